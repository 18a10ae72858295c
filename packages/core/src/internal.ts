/**
 * `@intercom-kit/core/internal`: what the SDK's own packages need from the
 * core and applications do not. The generated operation modules call
 * `runOperation` and `paginate`; the plugin packages read response headers
 * with `parseRateLimit`, `retryAfterMs`, `canonicalLink` and
 * `canonicalContactId`; `@intercom-kit/oauth` checks its token endpoint's
 * `baseUrl` with `checkBaseUrl`, as `createClient` does; the client's state
 * sits behind the two symbols.
 *
 * Not part of the public API: it changes with the packages that use it,
 * which depend on a matching core. Application code imports from
 * `@intercom-kit/core` (or `intercom-kit`) only. See docs/architecture.md.
 */
export { checkBaseUrl } from "./client/base-url.js";
export {
  CLIENT_STATE,
  CLIENT_TRANSPORT,
  type ClientState,
  type TransportSlot,
} from "./client/client.js";
export { canonicalContactId, canonicalLink } from "./errors/api-errors.js";
export { abortableSleep } from "./operation/abortable-sleep.js";
export { parseRateLimit } from "./operation/response-meta.js";
export { retryAfterMs } from "./operation/retry-after.js";
export { runOperation } from "./operation/run-operation.js";
export { paginate } from "./pagination/paginate.js";
