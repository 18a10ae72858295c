import { createClient } from "@intercom-kit/core";
import { runOperation } from "@intercom-kit/core/internal";
import { afterEach, describe, expect, it, vi } from "vitest";
import { type LimitedEvent, MemoryStore, type RateLimitStore, rateLimit } from "../src/index.js";
import { type BudgetServer, startBudgetServer } from "./support/budget-server.js";
import { identifyAdmin } from "./support/operations.js";

const CANARY = "tok_CANARY_7f3a91";
let server: BudgetServer | undefined;
afterEach(() => {
  vi.useRealTimers();
  return server?.close();
});

describe("the bucket key", () => {
  it("is a hash of the token: the store and onLimited never see the token", async () => {
    server = await startBudgetServer({ windowMs: 1000, budget: 2 });
    const memory = new MemoryStore();
    const seen: unknown[] = [];
    const store: RateLimitStore = {
      acquire: (...args) => {
        seen.push(args);
        return memory.acquire(...args);
      },
      observe: (...args) => {
        seen.push(args);
        return memory.observe(...args);
      },
    };
    const events: LimitedEvent[] = [];
    const client = createClient({ token: CANARY, baseUrl: server.url }).use(
      rateLimit({ store, windowMs: 1000, onLimited: (e) => events.push(e) }),
    );
    await Promise.all([1, 2, 3].map(() => runOperation(client, identifyAdmin, {})));
    const rendered = JSON.stringify([seen, events]);
    expect(seen.length).toBeGreaterThan(0);
    expect(events.length).toBeGreaterThan(0);
    expect(rendered).not.toContain(CANARY);
    expect(rendered).not.toContain("CANARY");
    expect(rendered).toMatch(/intercom-kit:rate-limit:[0-9a-f]{32}/);
  });

  it("starts no timer when built, nor after the last request", async () => {
    vi.useFakeTimers();
    const answer = () =>
      Response.json(
        { type: "admin", id: "1" },
        {
          headers: {
            "x-ratelimit-limit": "5",
            "x-ratelimit-remaining": "4",
            "x-ratelimit-reset": "9999999999",
          },
        },
      );
    const client = createClient({
      token: "tok",
      baseUrl: "http://127.0.0.1:9",
      timeout: false,
      fetch: async () => answer(),
    }).use(rateLimit({ maxConcurrent: 2 }));
    expect(vi.getTimerCount()).toBe(0);
    await runOperation(client, identifyAdmin, {});
    await runOperation(client, identifyAdmin, {});
    expect(vi.getTimerCount()).toBe(0);
  });
});
