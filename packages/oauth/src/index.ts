export { type AuthorizeUrl, type AuthorizeUrlOptions, authorizeUrl } from "./authorize-url.js";
export { type ExchangeCodeOptions, exchangeCode, type OAuthToken } from "./exchange-code.js";
export {
  OAuthAuthorizationError,
  OAuthMissingCodeError,
  OAuthStateMismatchError,
  OAuthTokenError,
  type OAuthTokenErrorInit,
} from "./oauth-errors.js";
export { AUTHORIZE_BASE_URLS, TOKEN_PATH } from "./oauth-hosts.js";
export { randomState } from "./random-state.js";
export { type OAuthCallback, verifyCallback } from "./verify-callback.js";
