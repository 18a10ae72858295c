import { type Client, createClient } from "@intercom-kit/core";
import { runOperation } from "@intercom-kit/core/internal";
import { type LogFields, type Logger, logging } from "@intercom-kit/logging";
import { retry } from "@intercom-kit/retry";
import { afterEach, describe, expect, it } from "vitest";
import { type LimitedEvent, rateLimit } from "../src/index.js";
import { type BudgetServer, startBudgetServer, untilWindowStart } from "./support/budget-server.js";
import { identifyAdmin } from "./support/operations.js";

let server: BudgetServer | undefined;
afterEach(() => server?.close());

const WINDOW_MS = 1000;
const TOKEN = "tok-order";

type Name = "retry" | "rateLimit" | "logging";
const ORDERS: Name[][] = [
  ["retry", "rateLimit", "logging"],
  ["retry", "logging", "rateLimit"],
  ["rateLimit", "retry", "logging"],
  ["rateLimit", "logging", "retry"],
  ["logging", "retry", "rateLimit"],
  ["logging", "rateLimit", "retry"],
];

describe("plugin order", () => {
  it.each(ORDERS)("%s, %s, %s: the same attempts, lines, pauses and result", async (...order) => {
    server = await startBudgetServer({ windowMs: WINDOW_MS, budget: 3 });
    const lines: { level: string; fields: LogFields }[] = [];
    const at = (level: string) => (_message: string, fields: LogFields) =>
      void lines.push({ level, fields });
    const logger: Logger = {
      error: at("error"),
      warn: at("warn"),
      info: at("info"),
      debug: at("debug"),
    };
    const limited: LimitedEvent[] = [];
    const plugins = {
      retry: retry(),
      rateLimit: rateLimit({ windowMs: WINDOW_MS, onLimited: (e) => limited.push(e) }),
      logging: logging({ logger }),
    };
    let client: Client = createClient({ token: TOKEN, baseUrl: server.url });
    for (const name of order) client = client.use(plugins[name]);

    // At the start of a window, traffic from elsewhere spends the app's whole budget.
    await untilWindowStart(WINDOW_MS);
    server.exhaust(TOKEN);

    await expect(runOperation(client, identifyAdmin, {})).resolves.toMatchObject({ id: "1" });
    // Retry wraps the middleware: the 429 and its retry are both logged and both paced.
    expect(lines.map((l) => [l.level, l.fields.attempt, l.fields.status])).toEqual([
      ["warn", 1, 429],
      ["info", 2, 200],
    ]);
    expect(limited[0]?.reason).toBe("429");
    // The retry waited for the reset, so the server refused the client exactly once.
    expect(server.stats.limited).toBe(1);
    expect(server.stats.total).toBe(2);
  });
});
