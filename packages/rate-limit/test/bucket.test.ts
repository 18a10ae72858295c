import { describe, expect, it } from "vitest";
import { emptyBucket, learn, NO_LIMIT, takeSlot } from "../src/bucket.js";
import type { BucketSettings, Observation } from "../src/index.js";

const settings: BucketSettings = {
  windowMs: 10_000,
  probeMs: 5_000,
  probePollMs: 25,
  edgeMs: 500,
};
const T = 1_800_000_000_000; // a whole 10-second boundary, ms

function seen(fields: Partial<Observation>): Observation {
  return {
    status: 200,
    limit: undefined,
    remaining: undefined,
    resetAt: undefined,
    retryAfterMs: undefined,
    ...fields,
  };
}

describe("a bucket", () => {
  it("sends one probe while the budget is unknown, then learns it from the headers", () => {
    const bucket = emptyBucket();
    expect(takeSlot(bucket, T, settings)).toEqual({ granted: true });
    expect(takeSlot(bucket, T + 1, settings)).toMatchObject({ granted: false, reason: "probe" });
    learn(bucket, T + 5, seen({ limit: 3, remaining: 2, resetAt: T + 10_000 }), settings);
    expect(takeSlot(bucket, T + 6, settings).granted).toBe(true);
    expect(takeSlot(bucket, T + 7, settings).granted).toBe(true);
    expect(takeSlot(bucket, T + 8, settings)).toEqual({
      granted: false,
      waitMs: 10_000 - 8,
      reason: "window",
    });
  });

  it("frees the bucket when the probe never answers, once its lease ends", () => {
    const bucket = emptyBucket();
    takeSlot(bucket, T, settings);
    expect(takeSlot(bucket, T + settings.probeMs - 1, settings).granted).toBe(false);
    expect(takeSlot(bucket, T + settings.probeMs, settings).granted).toBe(true);
  });

  it("rolls to the next window on the server's grid, with the whole budget", () => {
    const bucket = emptyBucket();
    takeSlot(bucket, T, settings);
    learn(bucket, T, seen({ limit: 2, remaining: 0, resetAt: T + 10_000 }), settings);
    expect(takeSlot(bucket, T + 9_999, settings).granted).toBe(false);
    // Three windows later: the reset lands on the grid, not 10 s after "now".
    expect(takeSlot(bucket, T + 35_000, settings).granted).toBe(true);
    expect(bucket).toMatchObject({ resetAt: T + 40_000, remaining: 1 });
  });

  it("takes grants from a window's last moments out of the next window", () => {
    const bucket = emptyBucket();
    takeSlot(bucket, T, settings);
    learn(bucket, T, seen({ limit: 4, remaining: 3, resetAt: T + 10_000 }), settings);
    takeSlot(bucket, T + 100, settings); // early: lands in this window
    takeSlot(bucket, T + 9_600, settings); // within edgeMs of the reset: may land in the next
    takeSlot(bucket, T + 9_900, settings);
    expect(bucket.carried).toBe(2);
    // Next window: 4 - 2 carried.
    expect(takeSlot(bucket, T + 10_000, settings).granted).toBe(true);
    expect(takeSlot(bucket, T + 10_001, settings).granted).toBe(true);
    expect(takeSlot(bucket, T + 10_002, settings)).toMatchObject({ reason: "window" });
    // A window later still, nothing was carried: the whole budget again.
    expect(bucket.carried).toBe(0);
    for (let i = 0; i < 4; i += 1)
      expect(takeSlot(bucket, T + 20_000, settings).granted).toBe(true);
  });

  it("keeps the lower count within a window, and adopts a newer window's", () => {
    const bucket = emptyBucket();
    takeSlot(bucket, T, settings);
    learn(bucket, T, seen({ limit: 10, remaining: 9, resetAt: T + 10_000 }), settings);
    for (let i = 0; i < 5; i += 1) takeSlot(bucket, T + 1, settings); // 5 granted, in flight
    learn(bucket, T + 2, seen({ limit: 10, remaining: 8, resetAt: T + 10_000 }), settings);
    expect(bucket.remaining).toBe(4); // local count is lower: 5 not yet counted by the server
    learn(bucket, T + 3, seen({ limit: 10, remaining: 1, resetAt: T + 10_000 }), settings);
    expect(bucket.remaining).toBe(1); // other processes spent more
    learn(bucket, T + 4, seen({ limit: 10, remaining: 7, resetAt: T + 20_000 }), settings);
    expect(bucket).toMatchObject({ remaining: 7, resetAt: T + 20_000 });
    learn(bucket, T + 5, seen({ limit: 10, remaining: 9, resetAt: T + 10_000 }), settings);
    expect(bucket).toMatchObject({ remaining: 7, resetAt: T + 20_000 }); // stale: ignored
  });

  it("after a 429, holds every request until the reset", () => {
    const bucket = emptyBucket();
    takeSlot(bucket, T, settings);
    learn(bucket, T, seen({ limit: 10, remaining: 5, resetAt: T + 10_000 }), settings);
    learn(
      bucket,
      T + 1,
      seen({ status: 429, limit: 10, remaining: 0, resetAt: T + 10_000 }),
      settings,
    );
    expect(takeSlot(bucket, T + 2, settings)).toEqual({
      granted: false,
      waitMs: 9_998,
      reason: "blocked",
    });
    expect(takeSlot(bucket, T + 10_000, settings).granted).toBe(true);
  });

  it("prefers Retry-After on a 429", () => {
    const bucket = emptyBucket();
    learn(bucket, T, seen({ status: 429, retryAfterMs: 2_000, resetAt: T + 10_000 }), settings);
    expect(takeSlot(bucket, T + 1, settings)).toMatchObject({ waitMs: 1_999, reason: "blocked" });
  });

  it("holds nothing back when responses carry no rate-limit headers", () => {
    const bucket = emptyBucket();
    takeSlot(bucket, T, settings);
    learn(bucket, T, seen({}), settings);
    expect(bucket.limit).toBe(NO_LIMIT);
    for (let i = 0; i < 100; i += 1) expect(takeSlot(bucket, T + 1, settings).granted).toBe(true);
  });

  it("releases the probe when it got no response, without learning anything", () => {
    const bucket = emptyBucket();
    takeSlot(bucket, T, settings);
    learn(bucket, T + 1, seen({ status: 0 }), settings);
    expect(takeSlot(bucket, T + 2, settings).granted).toBe(true);
    expect(takeSlot(bucket, T + 3, settings).granted).toBe(false);
  });
});
