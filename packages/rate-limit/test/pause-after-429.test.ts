import { createClient, RateLimitError } from "@intercom-kit/core";
import { runOperation } from "@intercom-kit/core/internal";
import { rejectionOf } from "@intercom-kit/test-support/rejection";
import { afterEach, describe, expect, it } from "vitest";
import { type LimitedEvent, MemoryStore, rateLimit } from "../src/index.js";
import { type BudgetServer, startBudgetServer, untilWindowStart } from "./support/budget-server.js";
import { identifyAdmin } from "./support/operations.js";

let server: BudgetServer | undefined;
afterEach(() => server?.close());

const TOKEN = "tok-shared-app";
const WINDOW_MS = 2000;

describe("after a 429", () => {
  it("every client sharing the store pauses until the reset", async () => {
    server = await startBudgetServer({ windowMs: WINDOW_MS, budget: 3 });
    const store = new MemoryStore();
    const events: LimitedEvent[] = [];
    const options = { store, windowMs: WINDOW_MS, onLimited: (e: LimitedEvent) => events.push(e) };
    const first = createClient({ token: TOKEN, baseUrl: server.url }).use(rateLimit(options));
    const second = createClient({ token: TOKEN, baseUrl: server.url }).use(rateLimit(options));

    // Just after a window boundary, so the steps below happen in one window.
    await untilWindowStart(WINDOW_MS);
    // Traffic from elsewhere has spent the app's whole budget.
    server.exhaust(TOKEN);
    // The first client's request meets the 429 (no retry plugin: it surfaces).
    await rejectionOf(runOperation(first, identifyAdmin, {}), RateLimitError);
    expect(server.stats.limited).toBe(1);
    // The second client never sends into the spent window: it waits for the reset.
    await expect(runOperation(second, identifyAdmin, {})).resolves.toMatchObject({ id: "1" });
    expect(server.stats.limited).toBe(1);
    expect(events.map((e) => e.reason)).toEqual(["429", "blocked"]);
  });
});
