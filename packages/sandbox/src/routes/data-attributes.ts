import { Hono } from "hono";
import { nowSeconds, storeOf } from "../app/context-helpers.js";
import type { SandboxEnv } from "../app/env.js";
import { optionalString } from "../http/body-fields.js";
import { badRequest, errorResponse, parameterMissing } from "../http/error-list.js";
import { isObject, readJsonObject } from "../http/read-json.js";
import type { DataAttributeRecord } from "../store/records.js";
import type { Store } from "../store/store.js";
import { logActivity } from "./admin-activity.js";

const MODELS = ["contact", "company", "conversation"] as const;
const DATA_TYPES = ["string", "integer", "float", "boolean", "date", "options"] as const;

export function serializeDataAttribute(attribute: DataAttributeRecord) {
  return {
    type: "data_attribute",
    id: Number(attribute.id),
    model: attribute.model,
    name: attribute.name,
    full_name: attribute.custom ? `custom_attributes.${attribute.name}` : attribute.name,
    label: attribute.label,
    description: attribute.description,
    data_type: attribute.data_type,
    ...(attribute.data_type === "options" ? { options: attribute.options } : {}),
    api_writable: attribute.api_writable,
    messenger_writable: attribute.messenger_writable,
    ui_writable: attribute.ui_writable,
    custom: attribute.custom,
    archived: attribute.archived,
    created_at: attribute.created_at,
    updated_at: attribute.updated_at,
    ...(attribute.admin_id === null ? {} : { admin_id: attribute.admin_id }),
  };
}

/** The live custom attributes of a model, by name. */
export function customAttributeNames(store: Store, model: DataAttributeRecord["model"]): string[] {
  return [...store.dataAttributes.values()]
    .filter((a) => a.model === model && a.custom && !a.archived)
    .map((a) => a.name);
}

/**
 * The first key of a request's `custom_attributes` that is not a live custom
 * attribute of the model: Intercom refuses to write one that was never
 * created (`POST /data_attributes`) or has been archived.
 */
export function unknownCustomAttribute(
  store: Store,
  model: DataAttributeRecord["model"],
  values: unknown,
): string | undefined {
  if (!isObject(values)) return undefined;
  const known = new Set(customAttributeNames(store, model));
  return Object.keys(values).find((key) => !known.has(key));
}

/**
 * Data attributes: list (standard and custom, archived ones on request),
 * create a custom one, update its label, description, options or archived
 * state. A custom contact or company attribute can be written as soon as it
 * is created and shows on every contact or company (null until set).
 */
export function dataAttributeRoutes(): Hono<SandboxEnv> {
  const routes = new Hono<SandboxEnv>();

  routes.get("/data_attributes", (c) => {
    const store = storeOf(c);
    const model = c.req.query("model");
    const archived = c.req.query("include_archived") === "true";
    if (model !== undefined && !(MODELS as readonly string[]).includes(model)) {
      return badRequest(c, "model must be contact, company or conversation", "model");
    }
    const data = [...store.dataAttributes.values()]
      .filter((a) => (model === undefined || a.model === model) && (archived || !a.archived))
      .map(serializeDataAttribute);
    return c.json({ type: "list", data });
  });

  routes.post("/data_attributes", async (c) => {
    const store = storeOf(c);
    const body = await readJsonObject(c);
    if (body instanceof Response) return body;
    const name = optionalString(body.name);
    const model = body.model;
    const dataType = body.data_type;
    if (name === null) return parameterMissing(c, "name");
    if (model === undefined) return parameterMissing(c, "model");
    if (!(MODELS as readonly unknown[]).includes(model) || model === "conversation") {
      return badRequest(c, "model must be contact or company", "model");
    }
    if (!(DATA_TYPES as readonly unknown[]).includes(dataType)) {
      return badRequest(c, `data_type must be one of ${DATA_TYPES.join(", ")}`, "data_type");
    }
    if (!/^[A-Za-z0-9_ -]+$/.test(name) || name.includes(".")) {
      return badRequest(c, "name may hold letters, digits, spaces, _ and -", "name");
    }
    const typedModel = model as DataAttributeRecord["model"];
    if ([...store.dataAttributes.values()].some((a) => a.model === typedModel && a.name === name)) {
      return errorResponse(
        c,
        400,
        "parameter_invalid",
        `You already have '${name}' in your ${typedModel} data`,
        "name",
      );
    }
    const options = optionNames(body.options);
    if (dataType === "options" && options.length === 0) {
      return badRequest(c, "an options attribute needs options", "options");
    }
    const now = nowSeconds(c);
    const attribute: DataAttributeRecord = {
      id: store.ids.sequence("data_attribute"),
      model: typedModel,
      name,
      label: name,
      description: optionalString(body.description) ?? "",
      data_type: dataType as DataAttributeRecord["data_type"],
      options,
      custom: true,
      archived: false,
      api_writable: true,
      ui_writable: true,
      messenger_writable: body.messenger_writable === true,
      admin_id: store.meAdminId,
      created_at: now,
      updated_at: now,
    };
    store.dataAttributes.set(attribute.id, attribute);
    logActivity(
      store,
      "app_data_attribute_created",
      `Created the ${typedModel} attribute ${name}.`,
      { name },
      now,
    );
    return c.json(serializeDataAttribute(attribute));
  });

  routes.put("/data_attributes/:data_attribute_id", async (c) => {
    const store = storeOf(c);
    const attribute = store.dataAttributes.get(c.req.param("data_attribute_id"));
    if (!attribute)
      return errorResponse(
        c,
        404,
        "field_not_found",
        "We couldn't find that data attribute to update",
      );
    const body = await readJsonObject(c);
    if (body instanceof Response) return body;
    if (!attribute.custom) {
      return errorResponse(c, 400, "field_not_found", "Only custom data attributes can be updated");
    }
    if (body.archived !== undefined) {
      if (typeof body.archived !== "boolean")
        return badRequest(c, "archived must be a boolean", "archived");
      attribute.archived = body.archived;
    }
    if (body.description !== undefined)
      attribute.description = optionalString(body.description) ?? "";
    if (body.messenger_writable !== undefined)
      attribute.messenger_writable = body.messenger_writable === true;
    if (body.options !== undefined) {
      if (attribute.data_type !== "options") {
        return badRequest(c, "only an options attribute has options", "options");
      }
      attribute.options = optionNames(body.options);
    }
    attribute.updated_at = Math.max(nowSeconds(c), attribute.updated_at);
    logActivity(
      store,
      "app_data_attribute_updated",
      `Updated the ${attribute.model} attribute ${attribute.name}.`,
      { name: attribute.name },
      attribute.updated_at,
    );
    return c.json(serializeDataAttribute(attribute));
  });

  return routes;
}

/** Options arrive as `[{value: "Gold"}, …]`; plain strings are taken too. */
function optionNames(raw: unknown): string[] {
  if (!Array.isArray(raw)) return [];
  return raw.flatMap((option) => {
    const value = isObject(option) ? optionalString(option.value) : optionalString(option);
    return value === null ? [] : [value];
  });
}
