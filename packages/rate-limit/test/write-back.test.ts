import { createClient } from "@intercom-kit/core";
import { runOperation } from "@intercom-kit/core/internal";
import { afterEach, describe, expect, it } from "vitest";
import { MemoryStore, type RateLimitStore, rateLimit, type StoreErrorEvent } from "../src/index.js";
import { type BudgetServer, startBudgetServer } from "./support/budget-server.js";
import { identifyAdmin } from "./support/operations.js";

let server: BudgetServer | undefined;
afterEach(() => server?.close());

describe("writing back what a response taught the limiter", () => {
  it("does not hold the response: a store whose write-back never settles still lets calls finish", async () => {
    server = await startBudgetServer({ windowMs: 1000, budget: 50 });
    const memory = new MemoryStore();
    let writeBacks = 0;
    const stalled: RateLimitStore = {
      acquire: (...args) => memory.acquire(...args),
      // A Redis that accepts the command and never answers.
      observe: () => {
        writeBacks += 1;
        return new Promise<void>(() => {});
      },
    };
    const client = createClient({ token: "tok", baseUrl: server.url }).use(
      rateLimit({ store: stalled, windowMs: 1000 }),
    );
    const answers = await Promise.all([1, 2, 3].map(() => runOperation(client, identifyAdmin, {})));
    expect(answers).toHaveLength(3);
    expect(writeBacks).toBe(3);
  });

  it("reports a failed write-back to onStoreError and keeps the call's answer", async () => {
    server = await startBudgetServer({ windowMs: 1000, budget: 50 });
    const memory = new MemoryStore();
    const failing: RateLimitStore = {
      acquire: (...args) => memory.acquire(...args),
      observe: () => Promise.reject(new Error("store is read-only")),
    };
    const events: StoreErrorEvent[] = [];
    const client = createClient({ token: "tok_SECRET_91", baseUrl: server.url }).use(
      rateLimit({ store: failing, windowMs: 1000, onStoreError: (event) => events.push(event) }),
    );
    const admin = await runOperation(client, identifyAdmin, {});
    expect(admin).toBeDefined();
    // The rejection is handled on the next turns of the event loop.
    await new Promise((resolve) => setTimeout(resolve, 10));
    expect(events).toHaveLength(1);
    expect(events[0]?.operationId).toBe(identifyAdmin.id);
    expect(events[0]?.error).toEqual(new Error("store is read-only"));
    expect(JSON.stringify(events[0])).not.toContain("tok_SECRET_91");
  });
});
