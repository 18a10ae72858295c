import type { Clock } from "./clock.js";
import type { FaultOptions } from "./faults/fault-options.js";
import type { OAuthOptions } from "./oauth/oauth-options.js";
import type { SeedSizes } from "./seed/seed-store.js";
import type { WebhookOptions } from "./webhooks/webhook-options.js";

/** The token the sandbox accepts when no `tokens` are configured. */
export const DEFAULT_SANDBOX_TOKEN = "sandbox-token";

/** The seed used when none is given, so two plain starts serve the same data. */
export const DEFAULT_SEED = 1000;

/**
 * Intercom spreads a private app's 10,000 calls a minute over 10-second
 * windows; 1,666 a window is that budget, rounded down.
 */
export const DEFAULT_RATE_LIMIT: RateLimitOptions = { limit: 1666, windowSeconds: 10 };

export interface RateLimitOptions {
  /** Calls allowed per window and per token. */
  readonly limit: number;
  /** Window length in seconds; each window starts with a full budget. */
  readonly windowSeconds: number;
}

/**
 * Which operations answer: `"all"` (the default) gives every operation of
 * 2.16 an answer, from state where the sandbox keeps it and from an example
 * otherwise; `"stateful-only"` answers 501 `not_implemented` for the rest.
 */
export type EmulateMode = "all" | "stateful-only";

export interface SandboxOptions {
  /** Default `"all"`; `"stateful-only"` keeps 501 for operations without state. */
  readonly emulate?: EmulateMode;
  /** Seeds the generated data and the fault decisions. Default 1000. */
  readonly seed?: number;
  /** Bearer tokens accepted. Default: `[DEFAULT_SANDBOX_TOKEN]`. */
  readonly tokens?: readonly string[];
  /** Rate-limit budget, or `false` to turn limiting (and its headers) off. */
  readonly rateLimit?: RateLimitOptions | false;
  /** Deterministic fault injection for resilience tests. */
  readonly faults?: FaultOptions;
  /** How much seed data to generate. */
  readonly seedSizes?: Partial<SeedSizes>;
  /** Time source in milliseconds; tests inject one to expire scrolls and windows. */
  readonly clock?: Clock;
  /** How the latency knob waits; tests inject one to hold and release answers without real time. */
  readonly sleep?: (ms: number) => Promise<void>;
  /** Webhook subscriptions (loopback URLs) and how failed deliveries are retried. */
  readonly webhooks?: WebhookOptions;
  /** OAuth apps whose code exchange is checked; by default any client id is approved. */
  readonly oauth?: OAuthOptions;
  /** How export jobs move through their life cycle; tests use it to make them fail, find no data, or never end. */
  readonly exportJobs?: ExportJobOptions;
}

/**
 * Export jobs (content and reporting) start `pending`, then say `in_progress`,
 * then end. They move on by status polls, so a test is deterministic, and
 * also by the clock (see `EXPORT_PENDING_MS`), as Intercom's do.
 */
export interface ExportJobOptions {
  /** How many status polls a job answers in each of `pending` and `in_progress`. Default 1: the first poll says `pending`, the second `in_progress`, the third how it ended. */
  readonly pollsPerStep?: number;
  /** Whether time alone also moves jobs on. Default true; false with a huge `pollsPerStep` makes a job that never ends. */
  readonly followClock?: boolean;
  /** How a job ends. Default `"completed"` (`"no_data"` when its range holds nothing). */
  readonly outcome?: "completed" | "failed" | "no_data";
}

export interface ResolvedOptions {
  readonly emulate: EmulateMode;
  readonly seed: number;
  readonly tokens: ReadonlySet<string>;
  readonly rateLimit: RateLimitOptions | false;
  readonly faults: FaultOptions;
  readonly seedSizes: SeedSizes;
  readonly clock: Clock;
  readonly sleep: (ms: number) => Promise<void>;
  readonly webhooks: WebhookOptions;
  readonly oauth: OAuthOptions;
  readonly exportJobs: Required<ExportJobOptions>;
}

export function resolveOptions(options: SandboxOptions, systemClock: Clock): ResolvedOptions {
  const tokens = options.tokens?.length ? options.tokens : [DEFAULT_SANDBOX_TOKEN];
  return {
    emulate: options.emulate ?? "all",
    seed: options.seed ?? DEFAULT_SEED,
    tokens: new Set(tokens),
    rateLimit: options.rateLimit ?? DEFAULT_RATE_LIMIT,
    faults: options.faults ?? {},
    seedSizes: {
      contacts: options.seedSizes?.contacts ?? 120,
      companies: options.seedSizes?.companies ?? 40,
      conversations: options.seedSizes?.conversations ?? 60,
    },
    clock: options.clock ?? systemClock,
    sleep: options.sleep ?? ((ms) => new Promise((resolve) => setTimeout(resolve, ms))),
    webhooks: options.webhooks ?? {},
    oauth: options.oauth ?? {},
    exportJobs: {
      pollsPerStep: options.exportJobs?.pollsPerStep ?? 1,
      followClock: options.exportJobs?.followClock ?? true,
      outcome: options.exportJobs?.outcome ?? "completed",
    },
  };
}
