import type {
  AcquireResult,
  BucketSettings,
  Observation,
  RateLimitStore,
  WaitReason,
} from "@intercom-kit/rate-limit";
import { ACQUIRE_SCRIPT, OBSERVE_SCRIPT } from "./lua-scripts.js";
import { type RedisClientLike, sendCommand } from "./redis-client.js";

/**
 * A rate-limit store on Redis: every process given a store on the same Redis
 * shares each app's budget. The bucket logic runs in Lua scripts, loaded once
 * per store with SCRIPT LOAD and called with EVALSHA (EVAL after a NOSCRIPT).
 */
export class RedisStore implements RateLimitStore {
  readonly #client: RedisClientLike;
  readonly #shas = new Map<string, Promise<string>>();

  /** `client` must already be connected; the store never connects or quits it. */
  constructor(client: RedisClientLike) {
    this.#client = client;
  }

  async acquire(key: string, now: number, settings: BucketSettings): Promise<AcquireResult> {
    const reply = await this.#run(ACQUIRE_SCRIPT, key, [
      now,
      settings.windowMs,
      settings.probeMs,
      settings.probePollMs,
      settings.edgeMs,
    ]);
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
    await this.#run(OBSERVE_SCRIPT, key, [
      now,
      settings.windowMs,
      seen.status,
      seen.limit,
      seen.remaining,
      seen.resetAt,
      seen.retryAfterMs,
    ]);
  }

  async #run(script: string, key: string, args: readonly (number | undefined)[]): Promise<unknown> {
    const argv = args.map((value) => (value === undefined ? "" : String(Math.round(value))));
    try {
      return await this.#evalsha(script, key, argv);
    } catch (error) {
      // The key's node lacks the script: Redis restarted, SCRIPT FLUSH ran, or (on a
      // cluster) SCRIPT LOAD, which has no key, reached another node. EVAL routes by
      // key like EVALSHA, and caches the script on that node for the next EVALSHA.
      if (!String((error as Error)?.message).includes("NOSCRIPT")) throw error;
      return sendCommand(this.#client, ["EVAL", script, "1", key, ...argv]);
    }
  }

  async #evalsha(script: string, key: string, argv: readonly string[]): Promise<unknown> {
    let sha = this.#shas.get(script);
    if (!sha) {
      sha = sendCommand(this.#client, ["SCRIPT", "LOAD", script]).then(String);
      this.#shas.set(script, sha);
      sha.catch(() => this.#shas.delete(script));
    }
    return sendCommand(this.#client, ["EVALSHA", await sha, "1", key, ...argv]);
  }
}
