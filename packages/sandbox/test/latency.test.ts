import { afterEach, describe, expect, it } from "vitest";
import { type SandboxClient, startClient } from "./support/sandbox-client.js";

let api: SandboxClient | undefined;
afterEach(async () => {
  await api?.sandbox.stop();
  api = undefined;
});

/** A sleep the test releases by hand, so the delay is proven without measuring time. */
function heldSleep() {
  const waits: { ms: number; release: () => void }[] = [];
  const sleep = (ms: number) =>
    new Promise<void>((resolve) => {
      waits.push({ ms, release: resolve });
    });
  return { sleep, waits };
}

async function until(condition: () => boolean): Promise<void> {
  for (let i = 0; i < 2000 && !condition(); i++) await new Promise((r) => setTimeout(r, 5));
  expect(condition()).toBe(true);
}

describe("latency", () => {
  it("holds each answer for the delay drawn for it", async () => {
    const held = heldSleep();
    api = await startClient({
      rateLimit: false,
      faults: { latencyMs: { min: 100, max: 900 } },
      sleep: held.sleep,
    });
    let answered = false;
    const pending = api.get("/me").then((res) => {
      answered = true;
      return res;
    });
    await until(() => held.waits.length === 1);
    const wait = held.waits[0];
    expect(wait?.ms).toBeGreaterThanOrEqual(100);
    expect(wait?.ms).toBeLessThanOrEqual(900);
    await new Promise((r) => setTimeout(r, 20));
    expect(answered).toBe(false);
    wait?.release();
    expect((await pending).status).toBe(200);
  });

  it("draws the same delays for the same seed", async () => {
    const delays = async (): Promise<number[]> => {
      const held = heldSleep();
      const client = await startClient({
        rateLimit: false,
        seed: 9,
        faults: { latencyMs: { min: 0, max: 1000 } },
        sleep: held.sleep,
      });
      for (let i = 0; i < 5; i++) {
        const pending = client.get("/me");
        await until(() => held.waits.length === i + 1);
        held.waits[i]?.release();
        await pending;
      }
      await client.sandbox.stop();
      return held.waits.map((w) => w.ms);
    };
    const first = await delays();
    expect(await delays()).toEqual(first);
    expect(new Set(first).size).toBeGreaterThan(1);
  });

  it("adds no wait when the knob is off", async () => {
    const held = heldSleep();
    api = await startClient({ rateLimit: false, sleep: held.sleep });
    expect((await api.get("/me")).status).toBe(200);
    expect(held.waits).toEqual([]);
  });
});
