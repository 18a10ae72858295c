import { constantTimeEqual } from "./constant-time.js";
import {
  OAuthAuthorizationError,
  OAuthMissingCodeError,
  OAuthStateMismatchError,
} from "./oauth-errors.js";
import { requireString } from "./require-string.js";

/** The callback as it reached your server: its full URL, or just its query. */
export type OAuthCallback = string | URL | URLSearchParams;

/**
 * Checks the redirect Intercom sent the user back with and returns its
 * authorization code, for `exchangeCode`.
 *
 * - `error=` (the user declined): `OAuthAuthorizationError`. It is reported
 *   before the state is checked, since it grants nothing and Intercom's
 *   refusal is the more useful answer.
 * - a `state` other than `expectedState`, or none: `OAuthStateMismatchError`,
 *   compared in constant time.
 * - no `code`: `OAuthMissingCodeError`.
 */
export function verifyCallback(callback: OAuthCallback, expectedState: string): string {
  const expected = requireString(expectedState, "expectedState");
  const query = queryOf(callback);
  const error = query.get("error");
  if (error) {
    throw new OAuthAuthorizationError(error, query.get("error_description") ?? undefined);
  }
  const state = query.get("state");
  if (state === null || !constantTimeEqual(state, expected)) {
    throw new OAuthStateMismatchError(
      state === null
        ? "The OAuth callback has no state; it did not start with this session's authorize URL"
        : "The OAuth callback's state does not match this session's; refusing its code",
    );
  }
  const code = query.get("code");
  if (!code) throw new OAuthMissingCodeError("The OAuth callback has no code");
  return code;
}

function queryOf(callback: OAuthCallback): URLSearchParams {
  if (callback instanceof URLSearchParams) return callback;
  if (callback instanceof URL) return callback.searchParams;
  const text = requireString(callback, "callback");
  // A full URL, a path with a query (`/callback?code=…`), or a bare query.
  const question = text.indexOf("?");
  return new URLSearchParams(question === -1 ? text : text.slice(question + 1).split("#")[0]);
}
