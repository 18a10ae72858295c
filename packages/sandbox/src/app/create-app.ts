import { Hono } from "hono";
import { cors } from "hono/cors";
import { systemClock } from "../clock.js";
import { FAULT_HEADER, faults } from "../faults/fault-middleware.js";
import { createFaultPlan } from "../faults/fault-plan.js";
import { apiVersion } from "../http/api-version.js";
import { bearerAuth } from "../http/auth.js";
import { errorListBody } from "../http/error-list.js";
import { operationGuard, unknownPath } from "../http/operation-guard.js";
import { rateLimit } from "../http/rate-limit.js";
import { requestId } from "../http/request-id.js";
import { createOAuthGrants } from "../oauth/oauth-grants.js";
import { type ResolvedOptions, resolveOptions, type SandboxOptions } from "../options.js";
import { adminActivityRoutes } from "../routes/admin-activity.js";
import { adminRoutes } from "../routes/admins.js";
import { articleRoutes } from "../routes/articles.js";
import { backgroundJobRoutes } from "../routes/background-jobs.js";
import { companyRoutes } from "../routes/companies.js";
import { companyScrollRoutes } from "../routes/companies-scroll.js";
import { contactAttachmentRoutes } from "../routes/contact-attachments.js";
import { contactRoutes } from "../routes/contacts.js";
import { contentExportRoutes } from "../routes/content-exports.js";
import { conversationChangeRoutes } from "../routes/conversation-changes.js";
import { conversationRoutes } from "../routes/conversations.js";
import { dataAttributeRoutes } from "../routes/data-attributes.js";
import { eventRoutes } from "../routes/events.js";
import { helpCenterRoutes } from "../routes/help-center.js";
import { messageRoutes } from "../routes/messages.js";
import { noteRoutes } from "../routes/notes.js";
import { oauthRoutes } from "../routes/oauth.js";
import { reportingExportRoutes } from "../routes/reporting-exports.js";
import { segmentRoutes } from "../routes/segments.js";
import { subscriptionRoutes } from "../routes/subscriptions.js";
import { tagRoutes } from "../routes/tags.js";
import { teamRoutes } from "../routes/teams.js";
import { ticketRoutes } from "../routes/tickets.js";
import { seedStore } from "../seed/seed-store.js";
import type { Store } from "../store/store.js";
import { createWebhookDispatcher, type WebhookDispatcher } from "../webhooks/webhook-dispatcher.js";
import type { SandboxEnv } from "./env.js";

export interface SandboxApp {
  /** The Hono app; `app.fetch` is a plain `(Request) => Response` for any runtime. */
  readonly app: Hono<SandboxEnv>;
  /** The live in-memory state, for tests that want to look behind the API. */
  readonly store: Store;
  readonly options: ResolvedOptions;
  /** Webhook subscriptions and the deliveries made to them (they outlive `reset()`). */
  readonly webhooks: WebhookDispatcher;
  /** Throws away every change and serves the seeded data again (rate windows and faults carry on). */
  reset(): void;
}

/**
 * Builds the emulator without starting a server. Middleware order matters:
 * CORS first (preflights carry no token), then faults (they stand for the
 * network and proxies in front of the API), then the OAuth routes (they
 * come before a token exists), then auth, version and the rate
 * limit, as Intercom checks them, then the operation guard (an example answer,
 * or 501 with `emulate: "stateful-only"`, for operations without state), then
 * the routes.
 */
export function createSandboxApp(options: SandboxOptions = {}): SandboxApp {
  const resolved = resolveOptions(options, systemClock);
  const seeded = () => seedStore(resolved.seed, resolved.seedSizes, resolved.clock);
  let store = seeded();
  const webhooks = createWebhookDispatcher(resolved.webhooks, resolved.clock, undefined);
  const oauth = createOAuthGrants(resolved.oauth, resolved.clock);
  const app = new Hono<SandboxEnv>();

  app.use(requestId());
  app.use(async (c, next) => {
    c.set("store", store);
    c.set("options", resolved);
    c.set("webhooks", webhooks);
    c.set("oauth", oauth);
    await next();
  });
  app.use(
    cors({
      origin: "*",
      allowMethods: ["GET", "POST", "PUT", "DELETE", "PATCH", "OPTIONS"],
      allowHeaders: ["Authorization", "Intercom-Version", "Content-Type", "Accept", FAULT_HEADER],
      exposeHeaders: [
        "X-RateLimit-Limit",
        "X-RateLimit-Remaining",
        "X-RateLimit-Reset",
        "X-Request-Id",
        "Link",
      ],
      maxAge: 600,
    }),
  );
  app.use(faults(createFaultPlan(resolved.faults, resolved.seed), resolved.sleep));
  // The authorize page and the token endpoint take no Bearer token.
  app.route("/", oauthRoutes());
  app.use(bearerAuth());
  app.use(apiVersion());
  if (resolved.rateLimit !== false) app.use(rateLimit(resolved.rateLimit, resolved.clock));
  app.use(operationGuard());

  for (const routes of [
    // Literal paths (`/admins/activity_logs`, `/conversations/deleted`) before `/:id` ones.
    adminActivityRoutes(),
    adminRoutes(),
    teamRoutes(),
    contactRoutes(),
    contactAttachmentRoutes(),
    // The scroll route must come before `/companies/:company_id`.
    companyScrollRoutes(),
    companyRoutes(),
    conversationChangeRoutes(),
    conversationRoutes(),
    messageRoutes(),
    tagRoutes(),
    noteRoutes(),
    segmentRoutes(),
    eventRoutes(),
    articleRoutes(),
    ticketRoutes(),
    subscriptionRoutes(),
    helpCenterRoutes(),
    dataAttributeRoutes(),
    contentExportRoutes(),
    reportingExportRoutes(),
    backgroundJobRoutes(),
  ]) {
    app.route("/", routes);
  }

  app.notFound(unknownPath);
  app.onError((error, c) => {
    console.error("[intercom-sandbox] unhandled error:", error);
    return c.json(
      errorListBody(c.get("requestId") ?? "", [
        { code: "server_error", message: "The sandbox failed to handle this request" },
      ]),
      500,
    );
  });
  return {
    app,
    get store() {
      return store;
    },
    options: resolved,
    webhooks,
    reset() {
      store = seeded();
    },
  };
}
