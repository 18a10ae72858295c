import { ConfigurationError } from "@intercom-kit/core";
import {
  type AcquireResult,
  type BucketSettings,
  MemoryStore,
  type Observation,
  type RateLimitStore,
  type WaitReason,
} from "@intercom-kit/rate-limit";
import { withDeadline } from "./command-deadline.js";
import { ACQUIRE_SCRIPT, OBSERVE_SCRIPT } from "./lua-scripts.js";
import { connectionOf, type RedisClientLike, type RedisConnection } from "./redis-client.js";
import type { OutageEvent, OutagePolicy, RedisStoreOptions } from "./redis-store-options.js";
import { scriptSha } from "./script-sha.js";
import { type StoreUnavailableError, unavailable } from "./store-unavailable-error.js";

/**
 * A rate-limit store on Redis: every process given a store on the same Redis
 * (one server, a primary with replicas, or a Cluster) shares each app's
 * budget. The bucket logic runs in Lua scripts, called with EVALSHA (EVAL
 * when the key's node lacks the script). Every call waits at most
 * `commandTimeoutMs` for Redis; while Redis is down, the outage policy says
 * whether calls take their slot from an in-memory bucket or fail.
 */
export class RedisStore implements RateLimitStore {
  readonly #connection: RedisConnection;
  readonly #policy: OutagePolicy;
  readonly #timeoutMs: number;
  readonly #retryMs: number;
  readonly #onOutage: ((event: OutageEvent) => void) | undefined;
  readonly #shas = new Map<string, Promise<string>>();
  /** When Redis stopped answering, ms; undefined while it answers. */
  #downSince: number | undefined;
  /** This process's buckets while Redis is down (policy `local`); new for each outage. */
  #fallback = new MemoryStore();
  /** While down: when Redis may be tried again, and whether a try is in flight. */
  #nextTry = 0;
  #trying = false;

  /** `client` must already be connected; the store never connects or quits it. */
  constructor(client: RedisClientLike, options: RedisStoreOptions = {}) {
    for (const name of ["commandTimeoutMs", "retryIntervalMs"] as const) {
      const value = options[name];
      if (value !== undefined && !(Number.isInteger(value) && value > 0)) {
        throw new ConfigurationError(`RedisStore: \`${name}\` must be a positive whole number`);
      }
    }
    const policy = options.outage ?? "local";
    if (policy !== "local" && policy !== "fail") {
      throw new ConfigurationError('RedisStore: `outage` must be "local" or "fail"');
    }
    this.#policy = policy;
    this.#timeoutMs = options.commandTimeoutMs ?? 1000;
    this.#retryMs = options.retryIntervalMs ?? 1000;
    this.#onOutage = options.onOutage;
    this.#connection = connectionOf(client, this.#timeoutMs);
  }

  async acquire(key: string, now: number, settings: BucketSettings): Promise<AcquireResult> {
    if (this.#onFallback(key)) return this.#fallback.acquire(key, now, settings);
    let reply: unknown;
    try {
      reply = await this.#run(ACQUIRE_SCRIPT, key, [
        now,
        settings.windowMs,
        settings.probeMs,
        settings.probePollMs,
        settings.edgeMs,
      ]);
    } catch (error) {
      const down = this.#wentDown(key, error);
      if (this.#policy === "fail") throw down;
      return this.#fallback.acquire(key, now, settings);
    }
    this.#answered(false);
    const [granted, waitMs, reason] = reply as [number, number, string];
    return Number(granted) === 1
      ? { granted: true }
      : { granted: false, waitMs: Number(waitMs), reason: reason as WaitReason };
  }

  async observe(
    key: string,
    now: number,
    seen: Observation,
    settings: BucketSettings,
  ): Promise<void> {
    if (this.#onFallback(key)) return this.#fallback.observe(key, now, seen, settings);
    try {
      await this.#run(OBSERVE_SCRIPT, key, [
        now,
        settings.windowMs,
        seen.status,
        seen.limit,
        seen.remaining,
        seen.resetAt,
        seen.retryAfterMs,
      ]);
      this.#answered(false);
    } catch (error) {
      this.#wentDown(key, error);
      // Intercom has answered by now: the call keeps its response whatever the
      // policy, and only what it taught the limiter is lost (or kept locally).
      if (this.#policy === "local") await this.#fallback.observe(key, now, seen, settings);
    }
  }

  /** Whether calls use the in-memory buckets now; starts a try of Redis when one is due. */
  #onFallback(key: string): boolean {
    if (this.#policy !== "local" || this.#downSince === undefined) return false;
    const now = Date.now();
    if (!this.#trying && now >= this.#nextTry) {
      this.#trying = true;
      this.#nextTry = now + this.#retryMs;
      // One read on the bucket's own key, so a cluster client asks the bucket's node.
      withDeadline(this.#connection.send(key, ["PTTL", key]), this.#timeoutMs)
        .then(
          () => this.#answered(true),
          () => this.#connection.failed(key),
        )
        .finally(() => {
          this.#trying = false;
        });
    }
    return true;
  }

  #wentDown(key: string, error: unknown): StoreUnavailableError {
    const down = unavailable(error);
    this.#connection.failed(key);
    if (this.#downSince === undefined) {
      this.#downSince = Date.now();
      this.#nextTry = this.#downSince + this.#retryMs;
      this.#fallback = new MemoryStore();
      this.#onOutage?.({ state: "down", policy: this.#policy, error: down });
    }
    return down;
  }

  /**
   * Redis answered. With `local`, only a try made while down ends the
   * outage: a command sent before it began may still come back late.
   */
  #answered(byTry: boolean): void {
    if (this.#downSince === undefined) return;
    if (this.#policy === "local" && !byTry) return;
    const downMs = Date.now() - this.#downSince;
    this.#downSince = undefined;
    this.#onOutage?.({ state: "up", policy: this.#policy, downMs });
  }

  #run(script: string, key: string, args: readonly (number | undefined)[]): Promise<unknown> {
    const argv = args.map((value) => (value === undefined ? "" : String(Math.round(value))));
    return withDeadline(this.#eval(script, key, argv), this.#timeoutMs);
  }

  async #eval(script: string, key: string, argv: readonly string[]): Promise<unknown> {
    let sha = this.#shas.get(script);
    if (!sha) {
      sha = scriptSha(script);
      this.#shas.set(script, sha);
    }
    try {
      return await this.#connection.send(key, ["EVALSHA", await sha, "1", key, ...argv]);
    } catch (error) {
      // The key's node lacks the script: Redis restarted, SCRIPT FLUSH ran, a
      // replica was promoted, or this is the node's first call. EVAL routes by
      // key like EVALSHA, and caches the script on that node for the next EVALSHA.
      if (!String((error as Error)?.message).includes("NOSCRIPT")) throw error;
      return this.#connection.send(key, ["EVAL", script, "1", key, ...argv]);
    }
  }
}
