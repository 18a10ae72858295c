import { afterEach, describe, expect, it } from "vitest";
import { manualClock, type SandboxClient, startClient } from "./support/sandbox-client.js";

let api: SandboxClient | undefined;
afterEach(async () => {
  await api?.sandbox.stop();
  api = undefined;
});

describe("rate limit", () => {
  it("counts down X-RateLimit-Remaining and answers 429 rate_limit_exceeded past the budget", async () => {
    const time = manualClock(Date.UTC(2026, 0, 1, 0, 0, 0));
    api = await startClient({ rateLimit: { limit: 3, windowSeconds: 10 }, clock: time.clock });
    const remaining: (string | null)[] = [];
    for (let i = 0; i < 3; i++) {
      const res = await api.get("/me");
      expect(res.status).toBe(200);
      expect(res.headers.get("x-ratelimit-limit")).toBe("3");
      remaining.push(res.headers.get("x-ratelimit-remaining"));
    }
    expect(remaining).toEqual(["2", "1", "0"]);

    const limited = await api.get("/me");
    expect(limited.status).toBe(429);
    expect(limited.body).toMatchObject({
      type: "error.list",
      errors: [{ code: "rate_limit_exceeded" }],
    });
    expect(limited.headers.get("x-ratelimit-remaining")).toBe("0");
    // The window started at the clock's second 0 and lasts 10 s.
    expect(limited.headers.get("x-ratelimit-reset")).toBe(String(Date.UTC(2026, 0, 1) / 1000 + 10));
  });

  it("does not process a request it refuses", async () => {
    api = await startClient({
      rateLimit: { limit: 1, windowSeconds: 60 },
      clock: manualClock().clock,
    });
    const before = api.sandbox.store.contacts.size;
    expect((await api.get("/me")).status).toBe(200);
    const refused = await api.post("/contacts", { email: "late@example.com" });
    expect(refused.status).toBe(429);
    expect(api.sandbox.store.contacts.size).toBe(before);
  });

  it("gives a full budget again in the next window", async () => {
    const time = manualClock();
    api = await startClient({ rateLimit: { limit: 1, windowSeconds: 10 }, clock: time.clock });
    expect((await api.get("/me")).status).toBe(200);
    expect((await api.get("/me")).status).toBe(429);
    time.advance(10_000);
    const res = await api.get("/me");
    expect(res.status).toBe(200);
    expect(res.headers.get("x-ratelimit-remaining")).toBe("0");
  });

  it("keeps one budget per token", async () => {
    api = await startClient({
      tokens: ["one", "two"],
      rateLimit: { limit: 1, windowSeconds: 60 },
      clock: manualClock().clock,
    });
    expect((await api.request("GET", "/me", { token: "one" })).status).toBe(200);
    expect((await api.request("GET", "/me", { token: "one" })).status).toBe(429);
    expect((await api.request("GET", "/me", { token: "two" })).status).toBe(200);
  });

  it("sends no rate-limit headers when limiting is off", async () => {
    api = await startClient({ rateLimit: false });
    const res = await api.get("/me");
    expect(res.status).toBe(200);
    expect(res.headers.get("x-ratelimit-limit")).toBeNull();
  });
});
