import { ConfigurationError } from "../errors/intercom-error.js";
import { isLoopbackHost } from "./loopback-host.js";

/**
 * The token travels in every request, so a custom base URL must be https.
 * Plain http is allowed only on loopback (a local sandbox or a test server).
 */
export function checkBaseUrl(raw: string): string {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    // Not echoed: a mistyped URL may well carry a token pasted into it.
    throw new ConfigurationError("baseUrl is not a valid absolute URL");
  }
  if (url.username || url.password) {
    throw new ConfigurationError("baseUrl must not carry credentials; pass `token` instead");
  }
  if (url.protocol !== "https:" && !(url.protocol === "http:" && isLoopbackHost(url.hostname))) {
    throw new ConfigurationError(
      `baseUrl must use https (plain http is allowed only for loopback hosts): ${url.origin}`,
    );
  }
  // Drop a trailing slash so that joining with `/contacts` never doubles it.
  return url.href.replace(/\/+$/, "");
}
