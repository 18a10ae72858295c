import type { MiddlewareHandler } from "hono";
import type { SandboxEnv } from "../app/env.js";

/** Every answer carries a request id, in the error body and in `X-Request-Id`, as Intercom's do. */
export function requestId(): MiddlewareHandler<SandboxEnv> {
  return async (c, next) => {
    const id = crypto.randomUUID();
    c.set("requestId", id);
    await next();
    c.res.headers.set("X-Request-Id", id);
  };
}
