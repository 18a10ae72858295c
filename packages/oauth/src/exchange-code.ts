import {
  AbortError,
  ConfigurationError,
  NetworkError,
  REGION_BASE_URLS,
  type Region,
  TimeoutError,
} from "@intercom-kit/core";
import { resolveHost, TOKEN_PATH } from "./oauth-hosts.js";
import { requireString } from "./require-string.js";
import { readTokenAnswer } from "./token-answer.js";

/** The name this step has in timeout, abort and network errors. */
const OPERATION = "exchangeCode";

/** A token exchange is one small round trip; ten seconds leaves room for a slow network. */
const DEFAULT_TIMEOUT_MS = 10_000;

export interface ExchangeCodeOptions {
  /** The code `verifyCallback` returned. It works once, for a few minutes. */
  readonly code: string;
  readonly clientId: string;
  /** Stays on your server: it is sent to the token endpoint and nowhere else. */
  readonly clientSecret: string;
  /**
   * The workspace's region: its API host (core's `REGION_BASE_URLS`) takes
   * the exchange. Default `us`. Ignored when `baseUrl` is given.
   */
  readonly region?: Region;
  /** Another API root, e.g. the local sandbox. https, or http on loopback. */
  readonly baseUrl?: string;
  /** A `fetch` to use instead of the global one. */
  readonly fetch?: typeof fetch;
  /** Cancels the exchange; it then rejects with `AbortError`. */
  readonly signal?: AbortSignal;
  /** Milliseconds before it gives up with `TimeoutError`, or `false`. Default 10000. */
  readonly timeout?: number | false;
}

/** What the token endpoint gave. Intercom's tokens do not expire and come without a refresh token. */
export interface OAuthToken {
  /** The bearer token: `createClient({ token: accessToken, region })`. */
  readonly accessToken: string;
  /** `Bearer`, as Intercom sends it. */
  readonly tokenType: string;
}

/**
 * Trades an authorization code for the workspace's access token at the
 * region's token endpoint (`POST /auth/eagle/token`).
 *
 * Rejects with `OAuthTokenError` for an answer without a token, and with the
 * core's `TimeoutError`, `AbortError` or `NetworkError` otherwise. No error
 * holds the code or the client secret. Bad options are a
 * `ConfigurationError`, and nothing is sent.
 */
export async function exchangeCode(options: ExchangeCodeOptions): Promise<OAuthToken> {
  const code = requireString(options.code, "code");
  const clientId = requireString(options.clientId, "clientId");
  const clientSecret = requireString(options.clientSecret, "clientSecret");
  const endpoint = `${resolveHost(REGION_BASE_URLS, options.region, options.baseUrl)}${TOKEN_PATH}`;
  const timeout = options.timeout ?? DEFAULT_TIMEOUT_MS;
  if (timeout !== false && !(Number.isInteger(timeout) && timeout > 0)) {
    throw new ConfigurationError(
      "`timeout` must be a positive whole number of milliseconds, or false",
    );
  }
  if (options.signal?.aborted) throw new AbortError(OPERATION, options.signal.reason);

  const timer = timeout === false ? undefined : AbortSignal.timeout(timeout);
  const signals = [options.signal, timer].filter((s): s is AbortSignal => s !== undefined);
  const signal = signals.length === 0 ? undefined : AbortSignal.any(signals);
  const doFetch = options.fetch ?? fetch;
  const failure = (cause: unknown) => {
    if (options.signal?.aborted) return new AbortError(OPERATION, options.signal.reason);
    if (timer?.aborted) return new TimeoutError(OPERATION, timeout === false ? undefined : timeout);
    return new NetworkError(OPERATION, cause);
  };

  let response: Response;
  let text: string;
  try {
    response = await doFetch(endpoint, {
      method: "POST",
      headers: {
        Accept: "application/json",
        "Content-Type": "application/x-www-form-urlencoded",
      },
      body: new URLSearchParams({ code, client_id: clientId, client_secret: clientSecret }),
      redirect: "error",
      ...(signal === undefined ? {} : { signal }),
    });
    text = await response.text();
  } catch (cause) {
    throw failure(cause);
  }
  return readTokenAnswer(response.status, text, [code, clientSecret]);
}
