import { afterEach, describe, expect, it } from "vitest";
import { createFaultPlan } from "../src/faults/fault-plan.js";
import type { FaultOptions } from "../src/index.js";
import { type SandboxClient, startClient } from "./support/sandbox-client.js";

let api: SandboxClient | undefined;
afterEach(async () => {
  await api?.sandbox.stop();
  api = undefined;
});

async function withFaults(faults: FaultOptions): Promise<SandboxClient> {
  api = await startClient({ faults, rateLimit: false });
  return api;
}

describe("fault knobs", () => {
  it("serverErrorRate answers 500 with an error.list body and does not process the request", async () => {
    const client = await withFaults({ serverErrorRate: 1 });
    const before = client.sandbox.store.contacts.size;
    const res = await client.post("/contacts", { email: "fault@example.com" });
    expect(res.status).toBe(500);
    expect(res.body).toMatchObject({ type: "error.list", errors: [{ code: "server_error" }] });
    expect(client.sandbox.store.contacts.size).toBe(before);
  });

  it("htmlErrorRate answers 503 with an HTML page, as a proxy would", async () => {
    const client = await withFaults({ htmlErrorRate: 1 });
    const res = await client.get("/me");
    expect(res.status).toBe(503);
    expect(res.headers.get("content-type")).toContain("text/html");
    expect(res.text).toContain("<title>503 Service Unavailable</title>");
  });

  it("dropRate closes the connection without an answer", async () => {
    const client = await withFaults({ dropRate: 1 });
    await expect(client.get("/me")).rejects.toThrow();
  });

  it("truncateRate sends the processed answer cut in half", async () => {
    const client = await withFaults({ truncateRate: 1 });
    const res = await client.post("/contacts", { email: "cut@example.com" });
    expect(res.status).toBe(200);
    expect(() => JSON.parse(res.text)).toThrow();
    expect(res.text.startsWith('{"type":"contact"')).toBe(true);
    // The request itself went through.
    const created = [...client.sandbox.store.contacts.values()].find(
      (c) => c.email === "cut@example.com",
    );
    expect(created).toBeDefined();
  });

  it("invalidJsonRate sends a JSON content type with a body that does not parse", async () => {
    const client = await withFaults({ invalidJsonRate: 1 });
    const res = await client.get("/me");
    expect(res.headers.get("content-type")).toContain("application/json");
    expect(() => JSON.parse(res.text)).toThrow();
  });

  it("the X-Sandbox-Fault header forces one fault on one request", async () => {
    api = await startClient({ rateLimit: false });
    const forced = await api.request("GET", "/me", {
      headers: { "X-Sandbox-Fault": "server-error" },
    });
    expect(forced.status).toBe(500);
    expect((await api.get("/me")).status).toBe(200);
  });

  it("meets the same faults in the same order with the same seed", async () => {
    const statuses = async (seed: number): Promise<number[]> => {
      const client = await startClient({
        rateLimit: false,
        faults: { serverErrorRate: 0.5, seed },
      });
      const seen: number[] = [];
      for (let i = 0; i < 16; i++) seen.push((await client.get("/me")).status);
      await client.sandbox.stop();
      return seen;
    };
    const first = await statuses(7);
    expect(await statuses(7)).toEqual(first);
    expect(first).toContain(500);
    expect(first).toContain(200);
    expect(await statuses(8)).not.toEqual(first);
  });
});

describe("fault plan", () => {
  it("draws latencies within the range, deterministically", () => {
    const draw = () => {
      const plan = createFaultPlan({ latencyMs: { min: 10, max: 50 } }, 3);
      return Array.from({ length: 50 }, () => plan.next().latencyMs);
    };
    const latencies = draw();
    expect(latencies).toEqual(draw());
    expect(Math.min(...latencies)).toBeGreaterThanOrEqual(10);
    expect(Math.max(...latencies)).toBeLessThanOrEqual(50);
    expect(new Set(latencies).size).toBeGreaterThan(1);
  });

  it("is inactive with no knobs, and rates split the draws between kinds", () => {
    expect(createFaultPlan({}, 1).active).toBe(false);
    const plan = createFaultPlan({ serverErrorRate: 0.5, dropRate: 0.5 }, 1);
    const kinds = new Set(Array.from({ length: 40 }, () => plan.next().fault));
    expect(kinds).toEqual(new Set(["server-error", "drop"]));
  });
});
