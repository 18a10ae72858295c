export { createSandboxApp, type SandboxApp } from "./app/create-app.js";
export type { SandboxEnv } from "./app/env.js";
export type { Clock } from "./clock.js";
export { FAULT_HEADER } from "./faults/fault-middleware.js";
export type { FaultKind, FaultOptions } from "./faults/fault-options.js";
export { DEFAULT_API_VERSION, KNOWN_API_VERSIONS } from "./http/api-version.js";
export type { OAuthGrants, RedeemResult } from "./oauth/oauth-grants.js";
export type { OAuthClient, OAuthOptions } from "./oauth/oauth-options.js";
export {
  DEFAULT_RATE_LIMIT,
  DEFAULT_SANDBOX_TOKEN,
  DEFAULT_SEED,
  type EmulateMode,
  type ExportJobOptions,
  type RateLimitOptions,
  type ResolvedOptions,
  type SandboxOptions,
} from "./options.js";
export type { SeedSizes } from "./seed/seed-store.js";
export { type Sandbox, type StartSandboxOptions, startSandbox } from "./start-sandbox.js";
export type {
  ActivityLogRecord,
  AdminRecord,
  AppliedTag,
  ArticleRecord,
  AwayStatusReasonRecord,
  BackgroundJobRecord,
  CollectionRecord,
  CompanyRecord,
  CompanySegmentRecord,
  ContactRecord,
  ConversationPartRecord,
  ConversationRecord,
  ConversationState,
  DataAttributeRecord,
  DataEventRecord,
  ExportJobRecord,
  HelpCenterRecord,
  JsonValue,
  NoteRecord,
  PartAuthor,
  ReportExportRecord,
  ScrollRecord,
  SegmentRecord,
  SubscriptionTypeRecord,
  TagRecord,
  TeamRecord,
  TicketRecord,
  TicketStateCategory,
  TicketStateRecord,
  TicketTypeRecord,
} from "./store/records.js";
export type { IdSource, Store, Workspace } from "./store/store.js";
export type {
  WebhookDelivery,
  WebhookDispatcher,
} from "./webhooks/webhook-dispatcher.js";
export type {
  WebhookOptions,
  WebhookRetryOptions,
  WebhookSubscription,
} from "./webhooks/webhook-options.js";
