import { Hono } from "hono";
import { nowSeconds, storeOf } from "../app/context-helpers.js";
import type { SandboxEnv } from "../app/env.js";
import { optionalString } from "../http/body-fields.js";
import { errorResponse, notFound } from "../http/error-list.js";
import { isObject, readJsonObject } from "../http/read-json.js";
import { serializeTag } from "../serialize/tag.js";
import type { TagRecord } from "../store/records.js";
import type { Store } from "../store/store.js";

/**
 * Tags: list, find, delete, and `POST /tags`, which creates or renames a tag
 * and can tag or untag companies and users in the same call.
 */
export function tagRoutes(): Hono<SandboxEnv> {
  const routes = new Hono<SandboxEnv>();

  routes.get("/tags", (c) => {
    const data = [...storeOf(c).tags.values()].map(serializeTag);
    return c.json({ type: "list", data });
  });

  routes.post("/tags", async (c) => {
    const body = await readJsonObject(c);
    if (body instanceof Response) return body;
    const store = storeOf(c);
    const name = optionalString(body.name);
    if (name === null) {
      return errorResponse(c, 400, "parameter_invalid", "invalid tag parameters", "name");
    }
    const tag = upsertTag(store, name, optionalString(body.id));
    if (!tag) return notFound.resource(c);
    const companies = Array.isArray(body.companies) ? body.companies.filter(isObject) : [];
    const users = Array.isArray(body.users) ? body.users.filter(isObject) : [];
    const companyResults = companies.map((entry) => tagCompany(store, tag, entry));
    const userResults = users.map((entry) => tagUser(store, tag, entry, nowSeconds(c)));
    return c.json({
      ...serializeTag(tag),
      ...(companies.length > 0 ? { companies: companyResults } : {}),
      ...(users.length > 0 ? { users: userResults } : {}),
    });
  });

  routes.get("/tags/:tag_id", (c) => {
    const tag = storeOf(c).tags.get(c.req.param("tag_id"));
    return tag ? c.json(serializeTag(tag)) : notFound.resource(c);
  });

  // Intercom answers a tag deletion 200 with no body.
  routes.delete("/tags/:tag_id", (c) => {
    const store = storeOf(c);
    if (!store.tags.delete(c.req.param("tag_id"))) return notFound.resource(c);
    return c.body(null, 200);
  });

  return routes;
}

/** A name that exists returns that tag; with an `id`, the tag is renamed. */
function upsertTag(store: Store, name: string, id: string | null): TagRecord | undefined {
  if (id !== null) {
    const tag = store.tags.get(id);
    if (tag) tag.name = name;
    return tag;
  }
  const existing = [...store.tags.values()].find((tag) => tag.name === name);
  if (existing) return existing;
  const created = { id: store.ids.sequence("tag"), name };
  store.tags.set(created.id, created);
  return created;
}

function tagCompany(store: Store, tag: TagRecord, entry: Record<string, unknown>) {
  const id = optionalString(entry.id);
  const companyId = optionalString(entry.company_id);
  const company = [...store.companies.values()].find(
    (x) => (id !== null && x.id === id) || (companyId !== null && x.company_id === companyId),
  );
  const untag = entry.untag === true;
  if (company) {
    company.tag_ids = company.tag_ids.filter((t) => t !== tag.id);
    if (!untag) company.tag_ids.push(tag.id);
  }
  return { id: company?.id ?? id ?? companyId ?? "", tagged: company !== undefined && !untag };
}

function tagUser(store: Store, tag: TagRecord, entry: Record<string, unknown>, now: number) {
  const id = optionalString(entry.id) ?? "";
  const contact = store.contacts.get(id);
  const untag = entry.untag === true;
  if (contact) {
    contact.tags = contact.tags.filter((t) => t.tag_id !== tag.id);
    if (!untag) contact.tags.push({ tag_id: tag.id, applied_at: now, admin_id: store.meAdminId });
  }
  return { id, tagged: contact !== undefined && !untag };
}
