import { ResponseTooLargeError } from "../errors/transport-errors.js";
import type { ResponseKind } from "../operation/operation.js";
import { AttemptTimeout, BodyInterrupted, bodyInterrupted } from "./attempt-failures.js";
import { holdBody } from "./held-body.js";
import { BodyReadFailure, readCapped } from "./read-capped.js";

/** How one HTTP attempt is made and bounded. */
export interface ExchangeSettings {
  readonly fetch: typeof fetch;
  readonly operationId: string;
  readonly kind: ResponseKind;
  /** Per-attempt timeout in ms, covering the headers and the whole body; `false` for none. */
  readonly timeout: number | false;
  /** Largest body read into memory, in bytes, after decompression. */
  readonly maxResponseBytes: number;
}

/** Statuses whose responses may not carry a body. */
const NULL_BODY_STATUSES = new Set([101, 103, 204, 205, 304]);

/**
 * One HTTP attempt: send the request, receive the headers and read the whole
 * body, all within the per-attempt timeout, which starts here. This is the
 * innermost handler of the middleware chain, so time a middleware spends
 * before it (a rate limiter's wait) and ky's wait before a retry are not
 * attempt time: a request that was never sent never times out.
 *
 * Reading the body here, inside the attempt, means a body that stalls,
 * trickles or breaks off fails this attempt, and ky's retry loop (with the
 * retry plugin's decision) sees it like any other timeout or network error.
 * The response handed back up has its body in memory.
 *
 * - Bodies the SDK reads itself (JSON, text, empty, and every error body)
 *   are capped at `maxResponseBytes` after decompression: a success body
 *   past the cap is a `ResponseTooLargeError`; an error body is cut at the
 *   cap, since its status still decides what happens.
 * - A binary success body is handed on as a stream, for the caller to read
 *   at its own pace: the timeout covers its headers.
 * - A redirect the runner does not follow keeps its response as it came.
 */
export async function exchange(
  request: Request,
  init: RequestInit | undefined,
  settings: ExchangeSettings,
): Promise<Response> {
  // The attempt's own signal: aborted by its timer, and by the request's
  // (the caller's abort). Forwarded by hand: AbortSignal.any costs tens of
  // microseconds a call, a fifth of the SDK's whole overhead.
  const controller = new AbortController();
  const { signal } = controller;
  const forward = () => controller.abort(request.signal.reason);
  if (request.signal.aborted) forward();
  else request.signal.addEventListener("abort", forward, { once: true });
  let status: number | undefined;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const { timeout } = settings;
  const expired =
    timeout === false
      ? undefined
      : new Promise<never>((_, reject) => {
          timer = setTimeout(() => {
            const error = new AttemptTimeout(request, timeout, status);
            controller.abort(error);
            reject(error);
          }, timeout);
        });

  const attempt = (async () => {
    let streaming = false;
    try {
      // Called unbound: a browser's fetch refuses any `this` but the window
      // ("Illegal invocation"), and `settings.fetch(…)` would pass `settings`.
      const fetchFn = settings.fetch;
      const response = await fetchFn(request, { ...init, signal });
      status = response.status;
      const settled = await settle(request, response, settings);
      // A body handed on as a stream still listens for the caller's abort.
      streaming = settled === response && response.body !== null;
      return settled;
    } finally {
      if (!streaming) request.signal.removeEventListener("abort", forward);
    }
  })();
  if (!expired) return attempt;
  // Once the timer has won, the aborted attempt's own failure is expected.
  attempt.catch(() => undefined);
  try {
    return await Promise.race([attempt, expired]);
  } finally {
    clearTimeout(timer);
  }
}

async function settle(
  request: Request,
  response: Response,
  settings: ExchangeSettings,
): Promise<Response> {
  if (response.type === "opaque" || response.type === "opaqueredirect") return response;
  if (settings.kind === "redirect" && response.status < 400) return response;
  if (settings.kind === "binary" && response.ok) return response;

  const limit = settings.maxResponseBytes;
  const declared = Number(response.headers.get("content-length") ?? Number.NaN);
  const encoded = (response.headers.get("content-encoding") ?? "identity") !== "identity";
  if (response.ok && !encoded && declared > limit) {
    // Known too large before a byte is read.
    await response.body?.cancel().catch(() => undefined);
    throw new ResponseTooLargeError(settings.operationId, limit, response.status);
  }

  let body: Awaited<ReturnType<typeof readCapped>>;
  try {
    body = await readCapped(response.body, limit);
  } catch (error) {
    if (!(error instanceof BodyReadFailure)) throw error;
    if (request.signal.aborted) throw error.cause;
    // The server answered, then the connection broke off mid-body.
    throw bodyInterrupted(
      request,
      new BodyInterrupted(response.status, error.receivedBytes, error.cause),
    );
  }
  if (body.truncated && response.ok) {
    throw new ResponseTooLargeError(settings.operationId, limit, response.status);
  }
  return inMemory(response, body.bytes);
}

/** The same response with its body already read. */
function inMemory(response: Response, bytes: Uint8Array): Response {
  const empty = NULL_BODY_STATUSES.has(response.status);
  const copy = new Response(empty ? null : bodyOf(bytes), {
    status: response.status,
    statusText: response.statusText,
    headers: response.headers,
  });
  if (!empty) holdBody(copy, bytes);
  // A constructed Response has no URL; ResponseMeta reports the one that answered.
  Object.defineProperty(copy, "url", { value: response.url });
  Object.defineProperty(copy, "redirected", { value: response.redirected });
  return copy;
}

/** Past this size a body is handed on as a stream, which is only read if someone reads it. */
const COPY_LIMIT = 16 * 1024;

/**
 * A Response copies bytes given to it; the runner reads the held bytes
 * instead (`responseText`), so for a large body that copy is waste unless a
 * middleware reads the body. A stream that yields the bytes when pulled
 * costs a few microseconds, which only pays off past `COPY_LIMIT`.
 */
function bodyOf(bytes: Uint8Array): BodyInit {
  // fetch's chunks are views of plain ArrayBuffers; the DOM types cannot say so.
  const body = bytes as Uint8Array<ArrayBuffer>;
  if (body.byteLength <= COPY_LIMIT) return body;
  return new ReadableStream<Uint8Array>({
    pull(controller) {
      controller.enqueue(body);
      controller.close();
    },
  });
}
