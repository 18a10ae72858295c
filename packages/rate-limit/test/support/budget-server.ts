import { randomUUID } from "node:crypto";
import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";

// A loopback stand-in for Intercom's rate limiting: a fixed budget per app
// (per Authorization header) in fixed windows aligned to the clock, the three
// X-RateLimit-* headers on every answer, and a real 429 `rate_limit_exceeded`
// once a window's budget is spent. Only node: imports, so the benchmark can
// load this file too.

export interface BudgetServerOptions {
  /** Window length in ms; a whole number of seconds, since X-RateLimit-Reset counts seconds. */
  readonly windowMs: number;
  /** Requests each app may make per window. */
  readonly budget: number;
  /** Wait this long before answering, to stand in for Intercom's own latency. */
  readonly latencyMs?: number;
  /** Requests this returns true for are read and never answered, like a hung upstream. */
  readonly hold?: (request: IncomingMessage) => boolean;
}

export interface BudgetStats {
  total: number;
  ok: number;
  limited: number;
  /** POST /contacts that were processed (not refused with 429). */
  creates: number;
  /** Requests held without an answer (see `hold`). */
  held: number;
  /** Successful answers per window index (`floor(now / windowMs)`). */
  readonly okPerWindow: Map<number, number>;
}

export interface BudgetServer {
  readonly url: string;
  readonly stats: BudgetStats;
  /** Spends the current window's whole budget of one app, as traffic from elsewhere would. */
  exhaust(token: string): void;
  close(): Promise<void>;
}

export async function startBudgetServer(options: BudgetServerOptions): Promise<BudgetServer> {
  const { windowMs, budget, latencyMs = 0 } = options;
  if (windowMs % 1000 !== 0) throw new Error("windowMs must be whole seconds");
  const stats: BudgetStats = {
    total: 0,
    ok: 0,
    limited: 0,
    creates: 0,
    held: 0,
    okPerWindow: new Map(),
  };
  const used = new Map<string, { window: number; count: number }>();

  const server = createServer(async (req, res) => {
    for await (const _chunk of req) {
      // Drain the body; its content does not matter here.
    }
    if (options.hold?.(req)) {
      stats.held += 1;
      return;
    }
    if (latencyMs > 0) await new Promise((resolve) => setTimeout(resolve, latencyMs));
    const now = Date.now();
    const window = Math.floor(now / windowMs);
    const app = req.headers.authorization ?? "";
    let entry = used.get(app);
    if (!entry || entry.window !== window) {
      entry = { window, count: 0 };
      used.set(app, entry);
    }
    stats.total += 1;
    const headers = {
      "x-ratelimit-limit": String(budget),
      "x-ratelimit-reset": String(((window + 1) * windowMs) / 1000),
      "x-request-id": randomUUID(),
    };
    if (entry.count >= budget) {
      stats.limited += 1;
      return send(res, 429, { ...headers, "x-ratelimit-remaining": "0" }, rateLimited());
    }
    entry.count += 1;
    stats.ok += 1;
    stats.okPerWindow.set(window, (stats.okPerWindow.get(window) ?? 0) + 1);
    if (isCreate(req)) stats.creates += 1;
    const remaining = String(budget - entry.count);
    const body = isCreate(req)
      ? { type: "contact", id: randomUUID(), created_at: Math.floor(now / 1000) }
      : { type: "admin", id: "1", email: "admin@example.com" };
    return send(res, 200, { ...headers, "x-ratelimit-remaining": remaining }, body);
  });

  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  let closing: Promise<void> | undefined;
  return {
    url: `http://127.0.0.1:${port}`,
    stats,
    exhaust: (token) => {
      used.set(`Bearer ${token}`, { window: Math.floor(Date.now() / windowMs), count: budget });
    },
    close: () => {
      closing ??= new Promise<void>((resolve, reject) => {
        server.closeAllConnections();
        server.close((error) => (error ? reject(error) : resolve()));
      });
      return closing;
    },
  };
}

/**
 * Resolves just after the next window boundary (the server's windows are
 * aligned to the clock), so a test's first requests are far from a window's end.
 */
export async function untilWindowStart(windowMs: number): Promise<void> {
  await new Promise((resolve) => setTimeout(resolve, windowMs - (Date.now() % windowMs) + 20));
}

/** Successful answers per whole window between the first and last busy windows (both excluded). */
export function fullWindowCounts(stats: BudgetStats): number[] {
  const windows = [...stats.okPerWindow.keys()].sort((a, b) => a - b);
  const first = windows[0];
  const last = windows.at(-1);
  if (first === undefined || last === undefined) return [];
  const counts: number[] = [];
  for (let w = first + 1; w < last; w += 1) counts.push(stats.okPerWindow.get(w) ?? 0);
  return counts;
}

function isCreate(req: IncomingMessage): boolean {
  return req.method === "POST" && (req.url ?? "").split("?")[0] === "/contacts";
}

function rateLimited() {
  return {
    type: "error.list",
    request_id: randomUUID(),
    errors: [{ code: "rate_limit_exceeded", message: "Exceeded rate limit of requests" }],
  };
}

function send(res: ServerResponse, status: number, headers: Record<string, string>, body: unknown) {
  res.writeHead(status, { "content-type": "application/json", ...headers });
  res.end(JSON.stringify(body));
}
