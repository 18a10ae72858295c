import ky, { type KyInstance } from "ky";
import type { ClientState } from "../client/client.js";

/**
 * The one ky instance behind a client: base URL, the headers every request
 * carries, and the plugins' ky layers (hooks, retry). Retries are off until a
 * plugin turns them on, so the core alone never sends a request twice.
 * ky's timeout is off too: it would run from the start of ky's `fetch`, and
 * so count a rate limiter's wait, and stop at the headers. The core's own
 * per-attempt timeout (see `exchange`) starts when the request is sent and
 * covers the body.
 */
export function createKyTransport(state: ClientState): KyInstance {
  const { config } = state;
  let instance = ky.create({
    prefix: config.baseUrl,
    timeout: false,
    retry: 0,
    headers: {
      ...config.headers,
      Accept: "application/json",
      "Intercom-Version": config.version,
      "User-Agent": config.userAgent,
    },
  });
  for (const layer of state.kyOptions) instance = instance.extend(layer);
  return instance;
}
