import { CLIENT_STATE, CLIENT_TRANSPORT, type Client } from "../client/client.js";
import { type ExchangeSettings, exchange } from "../transport/exchange.js";
import { createKyTransport } from "../transport/ky-transport.js";
import { composeMiddleware } from "../transport/middleware.js";
import { acceptHeaderFor } from "./accept-header.js";
import type { RequestParts } from "./build-request.js";
import { mapTransportError } from "./map-transport-error.js";
import type { Operation, RequestOptions } from "./operation.js";

/** Where to send: the operation's own path, or a next-page URL the API handed back. */
export type Target = { readonly params: Readonly<Record<string, unknown>> } | { readonly url: URL };

/** What to send: the parts built from params, or a next-page URL as the API gave it. */
export type Outgoing = RequestParts | URL;

/**
 * Sends one operation call through ky (and so through the plugins' retry and
 * hooks), with the client's middleware around every attempt. Resolves to the
 * successful Response; every failure comes out as an SDK error. `token` is the
 * call's own, resolved once, so every attempt sends the same one.
 */
export async function send(
  client: Client,
  operation: Operation,
  outgoing: Outgoing,
  token: string,
  options: RequestOptions | undefined,
): Promise<Response> {
  const state = client[CLIENT_STATE];
  const slot = client[CLIENT_TRANSPORT];
  slot.ky ??= createKyTransport(state);
  const timeout = options?.timeout ?? state.config.timeout;
  const signal = options?.signal;
  const settings: ExchangeSettings = {
    fetch: state.fetch ?? globalThis.fetch,
    operationId: operation.id,
    kind: operation.response,
    timeout,
    maxResponseBytes: options?.maxResponseBytes ?? state.config.maxResponseBytes,
  };

  // ky calls `fetch` once per attempt (retries included); each call runs the
  // whole middleware chain, so middleware sees every attempt exactly once.
  // The exchange at the end of the chain sends the request and reads the
  // body within the per-attempt timeout, which is why ky's own is off.
  let attempt = 0;
  const call = {};
  let attemptInit: RequestInit | undefined;
  const handler = composeMiddleware(state.middleware, (request) =>
    exchange(request, attemptInit, settings),
  );
  const attemptFetch = (request: Request, init?: RequestInit) => {
    attempt += 1;
    attemptInit = init;
    return handler(request, {
      operationId: operation.id,
      retrySafe: operation.retrySafe,
      attempt,
      signal,
      call,
    });
  };

  try {
    const parts = outgoing instanceof URL ? undefined : outgoing;
    const input = outgoing instanceof URL ? outgoing : outgoing.path.slice(1);
    return await slot.ky(input, {
      method: parts ? operation.method : "GET",
      ...(parts && parts.searchParams.size > 0 ? { searchParams: parts.searchParams } : {}),
      ...(parts?.json !== undefined ? { json: parts.json } : {}),
      headers: {
        ...acceptHeaderFor(operation.response),
        ...options?.headers,
        Authorization: `Bearer ${token}`,
      },
      timeout: false,
      ...(signal ? { signal } : {}),
      fetch: attemptFetch as typeof fetch,
      context: { ...options?.context, operationId: operation.id, retrySafe: operation.retrySafe },
      ...(operation.response === "redirect"
        ? { redirect: "manual" as const, throwHttpErrors: (status: number) => status >= 400 }
        : {}),
    });
  } catch (error) {
    throw mapTransportError(error, operation, signal, timeout, [token]);
  }
}
