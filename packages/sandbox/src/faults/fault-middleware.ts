import type { MiddlewareHandler } from "hono";
import type { SandboxEnv } from "../app/env.js";
import type { FaultKind } from "./fault-options.js";
import type { FaultPlan } from "./fault-plan.js";
import {
  dropConnection,
  htmlErrorResponse,
  invalidJsonResponse,
  serverErrorResponse,
  truncatedResponse,
} from "./fault-responses.js";

const FAULT_KINDS: ReadonlySet<string> = new Set<FaultKind>([
  "server-error",
  "drop",
  "truncate",
  "invalid-json",
  "html-error",
]);

/** A test can also force one fault on one request with this header. */
export const FAULT_HEADER = "X-Sandbox-Fault";

/**
 * Applies the request's fault: latency first, then either an answer that
 * stands in for the API (500, HTML 503, a dropped connection) without
 * processing, or the processed answer garbled (truncated, invalid JSON).
 */
export function faults(
  plan: FaultPlan,
  sleep: (ms: number) => Promise<void>,
): MiddlewareHandler<SandboxEnv> {
  return async (c, next) => {
    const forced = c.req.header(FAULT_HEADER);
    const forcedFault =
      forced !== undefined && FAULT_KINDS.has(forced) ? (forced as FaultKind) : undefined;
    if (!plan.active && forcedFault === undefined) return next();
    const decision = plan.active ? plan.next() : { latencyMs: 0, fault: undefined };
    const fault = forcedFault ?? decision.fault;
    if (decision.latencyMs > 0) await sleep(decision.latencyMs);
    switch (fault) {
      case "server-error":
        return serverErrorResponse(c);
      case "html-error":
        return htmlErrorResponse();
      case "drop":
        return dropConnection(c);
      case "truncate":
      case "invalid-json": {
        await next();
        if (!c.res.headers.get("Content-Type")?.includes("json")) return;
        c.res =
          fault === "truncate" ? await truncatedResponse(c.res) : await invalidJsonResponse(c.res);
        return;
      }
      default:
        return next();
    }
  };
}
