import type { OAuthGrants } from "../oauth/oauth-grants.js";
import type { ResolvedOptions } from "../options.js";
import type { Store } from "../store/store.js";
import type { WebhookDispatcher } from "../webhooks/webhook-dispatcher.js";

/** What every handler can read from the Hono context. */
export interface SandboxEnv {
  Variables: {
    requestId: string;
    store: Store;
    options: ResolvedOptions;
    webhooks: WebhookDispatcher;
    oauth: OAuthGrants;
  };
}
