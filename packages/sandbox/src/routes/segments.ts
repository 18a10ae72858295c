import { Hono } from "hono";
import { storeOf } from "../app/context-helpers.js";
import type { SandboxEnv } from "../app/env.js";
import { notFound } from "../http/error-list.js";
import { serializeSegment } from "../serialize/segment.js";

/** Segments are read-only through the API: list and retrieve. */
export function segmentRoutes(): Hono<SandboxEnv> {
  const routes = new Hono<SandboxEnv>();

  routes.get("/segments", (c) => {
    const store = storeOf(c);
    const withCount = c.req.query("include_count") === "true";
    const segments = [...store.segments.values()].map((segment) =>
      serializeSegment(segment, withCount ? store : undefined),
    );
    return c.json({ type: "segment.list", segments });
  });

  routes.get("/segments/:segment_id", (c) => {
    const store = storeOf(c);
    const segment = store.segments.get(c.req.param("segment_id"));
    return segment ? c.json(serializeSegment(segment, store)) : notFound.resource(c);
  });

  return routes;
}
