import type { MiddlewareHandler } from "hono";
import type { SandboxEnv } from "../app/env.js";
import type { Clock } from "../clock.js";
import type { RateLimitOptions } from "../options.js";
import { bearerToken } from "./auth.js";
import { errorResponse } from "./error-list.js";

interface Window {
  startMs: number;
  used: number;
}

/**
 * A fixed-window budget per token, with Intercom's `X-RateLimit-Limit`,
 * `-Remaining` and `-Reset` (UNIX seconds) headers. A request over budget is
 * answered 429 `rate_limit_exceeded` and, as with Intercom, not processed.
 */
export function rateLimit(options: RateLimitOptions, clock: Clock): MiddlewareHandler<SandboxEnv> {
  const windowMs = options.windowSeconds * 1000;
  const windows = new Map<string, Window>();
  return async (c, next) => {
    const now = clock();
    const token = bearerToken(c.req.header("Authorization"));
    // Windows are aligned to the clock so every token's reset falls on the same boundary.
    const startMs = now - (now % windowMs);
    let window = windows.get(token);
    if (!window || window.startMs !== startMs) {
      window = { startMs, used: 0 };
      windows.set(token, window);
    }
    const reset = String(Math.ceil((startMs + windowMs) / 1000));
    const exceeded = window.used >= options.limit;
    if (!exceeded) window.used += 1;
    const headers = {
      "X-RateLimit-Limit": String(options.limit),
      "X-RateLimit-Remaining": String(Math.max(0, options.limit - window.used)),
      "X-RateLimit-Reset": reset,
    };
    if (exceeded) {
      const response = errorResponse(c, 429, "rate_limit_exceeded", "Exceeded rate limit");
      for (const [name, value] of Object.entries(headers)) response.headers.set(name, value);
      return response;
    }
    await next();
    for (const [name, value] of Object.entries(headers)) c.res.headers.set(name, value);
  };
}
