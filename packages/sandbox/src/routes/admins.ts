import { Hono } from "hono";
import { storeOf } from "../app/context-helpers.js";
import type { SandboxEnv } from "../app/env.js";
import { notFound } from "../http/error-list.js";
import { serializeAdmin, serializeAdminWithApp } from "../serialize/admin.js";

/** `GET /me`, `GET /admins`, `GET /admins/{admin_id}`. */
export function adminRoutes(): Hono<SandboxEnv> {
  const routes = new Hono<SandboxEnv>();

  routes.get("/me", (c) => {
    const store = storeOf(c);
    const me = store.admins.get(store.meAdminId);
    return me ? c.json(serializeAdminWithApp(me, store)) : notFound.admin(c);
  });

  routes.get("/admins", (c) => {
    const admins = [...storeOf(c).admins.values()].map(serializeAdmin);
    return c.json({ type: "admin.list", admins });
  });

  routes.get("/admins/:admin_id", (c) => {
    const admin = storeOf(c).admins.get(c.req.param("admin_id"));
    return admin ? c.json(serializeAdmin(admin)) : notFound.admin(c);
  });

  return routes;
}
