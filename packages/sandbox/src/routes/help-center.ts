import { Hono } from "hono";
import { nowSeconds, storeOf } from "../app/context-helpers.js";
import type { SandboxEnv } from "../app/env.js";
import { optionalInteger, optionalString } from "../http/body-fields.js";
import { badRequest, errorResponse, parameterMissing } from "../http/error-list.js";
import { type JsonObject, readJsonObject } from "../http/read-json.js";
import { numberedPage } from "../paging/page-number.js";
import { pageParam, perPageParam } from "../paging/paging-params.js";
import type { CollectionRecord, HelpCenterRecord } from "../store/records.js";
import type { Store } from "../store/store.js";

export function serializeHelpCenter(helpCenter: HelpCenterRecord, store: Store) {
  return {
    id: helpCenter.id,
    workspace_id: store.workspace.id_code,
    created_at: helpCenter.created_at,
    updated_at: helpCenter.updated_at,
    identifier: helpCenter.identifier,
    website_turned_on: helpCenter.website_turned_on,
    display_name: helpCenter.display_name,
    url: `https://help.sandbox.example.com/${helpCenter.identifier}`,
    default: helpCenter.id === store.helpCenters.keys().next().value,
    locales: ["en"],
  };
}

/** The `collection` schema; a section is a collection with a `parent_id`. */
export function serializeCollection(collection: CollectionRecord, store: Store) {
  return {
    id: collection.id,
    workspace_id: store.workspace.id_code,
    name: collection.name,
    description: collection.description,
    created_at: collection.created_at,
    updated_at: collection.updated_at,
    url: `https://help.sandbox.example.com/en/collections/${collection.id}`,
    icon: collection.icon,
    order: collection.order,
    default_locale: "en",
    parent_id: collection.parent_id,
    help_center_id: Number(collection.help_center_id),
  };
}

const collectionNotFound = (c: Parameters<typeof errorResponse>[0]) =>
  errorResponse(c, 404, "collection_not_found", "Collection not found");

/**
 * Help centers (read-only) and their collections, with full CRUD. A
 * collection with a `parent_id` is a section of that collection; deleting a
 * collection deletes its sections, and the articles in any of them stay,
 * without a parent.
 */
export function helpCenterRoutes(): Hono<SandboxEnv> {
  const routes = new Hono<SandboxEnv>();

  routes.get("/help_center/help_centers", (c) => {
    const store = storeOf(c);
    const data = [...store.helpCenters.values()].map((x) => serializeHelpCenter(x, store));
    return c.json({ type: "list", data });
  });

  routes.get("/help_center/help_centers/:help_center_id", (c) => {
    const store = storeOf(c);
    const helpCenter = store.helpCenters.get(c.req.param("help_center_id"));
    return helpCenter
      ? c.json(serializeHelpCenter(helpCenter, store))
      : errorResponse(c, 404, "not_found", "Help Center not found");
  });

  routes.get("/help_center/collections", (c) => {
    const store = storeOf(c);
    const collections = [...store.collections.values()].sort(
      (a, b) => a.order - b.order || Number(a.id) - Number(b.id),
    );
    const page = numberedPage(
      collections,
      pageParam(c.req.query("page")),
      perPageParam(c.req.query("per_page"), 50, 150),
    );
    return c.json({
      type: "list",
      pages: page.pages,
      total_count: page.totalCount,
      data: page.items.map((x) => serializeCollection(x, store)),
    });
  });

  routes.post("/help_center/collections", async (c) => {
    const store = storeOf(c);
    const body = await readJsonObject(c);
    if (body instanceof Response) return body;
    const name = optionalString(body.name);
    if (name === null) return parameterMissing(c, "name");
    const helpCenterId =
      optionalString(body.help_center_id) ?? (store.helpCenters.keys().next().value as string);
    if (!store.helpCenters.has(helpCenterId)) {
      return badRequest(c, "help_center_id is not a help center", "help_center_id");
    }
    const parentId = optionalString(body.parent_id);
    if (parentId !== null && !store.collections.has(parentId)) {
      return badRequest(c, "parent_id is not a collection", "parent_id");
    }
    const now = nowSeconds(c);
    const siblings = [...store.collections.values()].filter((x) => x.parent_id === parentId);
    const collection: CollectionRecord = {
      id: store.ids.sequence("collection"),
      name,
      description: optionalString(body.description) ?? "",
      help_center_id: helpCenterId,
      parent_id: parentId,
      icon: "book-bookmark",
      order: siblings.length + 1,
      created_at: now,
      updated_at: now,
    };
    store.collections.set(collection.id, collection);
    return c.json(serializeCollection(collection, store));
  });

  routes.get("/help_center/collections/:collection_id", (c) => {
    const store = storeOf(c);
    const collection = store.collections.get(c.req.param("collection_id"));
    return collection ? c.json(serializeCollection(collection, store)) : collectionNotFound(c);
  });

  routes.put("/help_center/collections/:collection_id", async (c) => {
    const store = storeOf(c);
    const collection = store.collections.get(c.req.param("collection_id"));
    if (!collection) return collectionNotFound(c);
    const body = await readJsonObject(c);
    if (body instanceof Response) return body;
    const problem = applyCollectionUpdate(store, collection, body);
    if (problem) return badRequest(c, problem.message, problem.field);
    collection.updated_at = Math.max(nowSeconds(c), collection.updated_at);
    return c.json(serializeCollection(collection, store));
  });

  routes.delete("/help_center/collections/:collection_id", (c) => {
    const store = storeOf(c);
    const collection = store.collections.get(c.req.param("collection_id"));
    if (!collection) return collectionNotFound(c);
    const gone = new Set([collection.id, ...descendants(store, collection.id)]);
    for (const id of gone) store.collections.delete(id);
    for (const article of store.articles.values()) {
      if (article.parent_id !== null && gone.has(String(article.parent_id)))
        article.parent_id = null;
    }
    return c.json({ id: collection.id, object: "collection", deleted: true });
  });

  return routes;
}

function applyCollectionUpdate(
  store: Store,
  collection: CollectionRecord,
  body: JsonObject,
): { message: string; field: string } | undefined {
  if (body.parent_id !== undefined) {
    const parentId = optionalString(body.parent_id);
    if (parentId !== null) {
      if (!store.collections.has(parentId)) {
        return { message: "parent_id is not a collection", field: "parent_id" };
      }
      if (parentId === collection.id || descendants(store, collection.id).includes(parentId)) {
        return { message: "a collection cannot be inside itself", field: "parent_id" };
      }
    }
    collection.parent_id = parentId;
  }
  if (body.name !== undefined) {
    const name = optionalString(body.name);
    if (name === null) return { message: "name cannot be empty", field: "name" };
    collection.name = name;
  }
  if (body.description !== undefined)
    collection.description = optionalString(body.description) ?? "";
  const order = optionalInteger(body.order);
  if (order !== null) collection.order = order;
  return undefined;
}

/** Ids of the sections under a collection, at any depth. */
export function descendants(store: Store, id: string): string[] {
  const out: string[] = [];
  const queue = [id];
  while (queue.length > 0) {
    const parent = queue.shift();
    for (const child of store.collections.values()) {
      if (child.parent_id === parent && !out.includes(child.id)) {
        out.push(child.id);
        queue.push(child.id);
      }
    }
  }
  return out;
}

/** A collection and the ones it sits in, innermost first: an article's `parent_ids`. */
export function collectionChain(store: Store, id: number | null): number[] {
  const chain: number[] = [];
  let current = id === null ? undefined : store.collections.get(String(id));
  while (current && chain.length < 10) {
    chain.push(Number(current.id));
    current = current.parent_id === null ? undefined : store.collections.get(current.parent_id);
  }
  return chain;
}
