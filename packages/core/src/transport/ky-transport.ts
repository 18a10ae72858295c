import ky, { type KyInstance } from "ky";
import type { ClientState } from "../client/client.js";

/**
 * The one ky instance behind a client: base URL, the headers every request
 * carries, and the plugins' ky layers (hooks, retry). Retries are off until a
 * plugin turns them on, so the core alone never sends a request twice.
 */
export function createKyTransport(state: ClientState): KyInstance {
  const { config } = state;
  let instance = ky.create({
    prefix: config.baseUrl,
    timeout: config.timeout,
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
