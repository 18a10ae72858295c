import type { Region } from "@intercom-kit/core";
import { ConfigurationError } from "@intercom-kit/core";
import { AUTHORIZE_BASE_URLS, resolveHost } from "./oauth-hosts.js";
import { randomState } from "./random-state.js";
import { requireString } from "./require-string.js";

export interface AuthorizeUrlOptions {
  /** The app's client id, from the Developer Hub. */
  readonly clientId: string;
  /**
   * One of the app's registered redirect URLs. Without it Intercom uses the
   * first one registered.
   */
  readonly redirectUri?: string;
  /** Your own state; by default a fresh random one. Either way, keep it for `verifyCallback`. */
  readonly state?: string;
  /** The workspace's region, when you know it. Default `us`. Ignored when `baseUrl` is given. */
  readonly region?: Region;
  /** Another authorize host, e.g. the local sandbox. https, or http on loopback. */
  readonly baseUrl?: string;
}

export interface AuthorizeUrl {
  /** Where to send the user's browser. */
  readonly url: string;
  /** The `state` the URL carries: store it in the user's session and pass it to `verifyCallback`. */
  readonly state: string;
}

/**
 * The URL that starts Intercom's OAuth flow, with a `state` for CSRF
 * protection. Intercom takes no scope: the app's permissions are set in the
 * Developer Hub.
 */
export function authorizeUrl(options: AuthorizeUrlOptions): AuthorizeUrl {
  const clientId = requireString(options.clientId, "clientId");
  const state = options.state === undefined ? randomState() : requireString(options.state, "state");
  const url = new URL("/oauth", resolveHost(AUTHORIZE_BASE_URLS, options.region, options.baseUrl));
  url.searchParams.set("client_id", clientId);
  if (options.redirectUri !== undefined) {
    url.searchParams.set("redirect_uri", absoluteUrl(options.redirectUri));
  }
  url.searchParams.set("state", state);
  return { url: url.href, state };
}

function absoluteUrl(raw: unknown): string {
  const value = requireString(raw, "redirectUri");
  try {
    return new URL(value).href;
  } catch {
    throw new ConfigurationError("redirectUri must be an absolute URL");
  }
}
