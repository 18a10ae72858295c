import { type Client, createClient } from "@intercom-kit/core";
import { retry } from "@intercom-kit/retry";

/**
 * Intercom's API does not allow browser CORS, and an access token must never
 * ship to a browser. So in real use the page talks to your own backend, which
 * adds the token and forwards to Intercom (see README: the proxy pattern);
 * `baseUrl` points at that backend. For the local sandbox, which does allow
 * CORS, the page takes `?api=…&token=…` from its URL.
 */
export function connect(location: Location): Client {
  const query = new URLSearchParams(location.search);
  const api = query.get("api") ?? new URL("/intercom", location.origin).href;
  const token = query.get("token") ?? "handled-by-your-proxy";
  return createClient({ token, baseUrl: api }).use(retry());
}
