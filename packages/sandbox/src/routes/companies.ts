import type { Context } from "hono";
import { Hono } from "hono";
import { nowSeconds, storeOf } from "../app/context-helpers.js";
import type { SandboxEnv } from "../app/env.js";
import { customAttributes, optionalInteger, optionalString } from "../http/body-fields.js";
import { errorResponse, notFound } from "../http/error-list.js";
import { isObject, type JsonObject, readJsonObject } from "../http/read-json.js";
import { numberedPage } from "../paging/page-number.js";
import { pageParam, perPageParam } from "../paging/paging-params.js";
import {
  companySegmentsOf,
  serializeCompany,
  serializeCompanySegment,
} from "../serialize/company.js";
import { serializeContact } from "../serialize/contact.js";
import type { CompanyRecord } from "../store/records.js";
import type { Store } from "../store/store.js";
import { emitWebhook } from "../webhooks/emit-webhook.js";
import { unknownAttribute } from "./contacts.js";
import { unknownCustomAttribute } from "./data-attributes.js";

/** Company page listings hold 15 companies unless `per_page` (at most 60) says otherwise. */
const DEFAULT_PER_PAGE = 15;
const MAX_PER_PAGE = 60;

/** Companies: create or update, retrieve, update, delete, page listings, attached contacts. */
export function companyRoutes(): Hono<SandboxEnv> {
  const routes = new Hono<SandboxEnv>();

  // Intercom's create-or-update: `company_id` (your id) picks the company to update.
  routes.post("/companies", async (c) => {
    const body = await readJsonObject(c);
    if (body instanceof Response) return body;
    const store = storeOf(c);
    const companyId = optionalString(body.company_id);
    if (companyId === null) {
      return errorResponse(c, 400, "parameter_not_found", "company_id not specified", "company_id");
    }
    const unknown = unknownCustomAttribute(store, "company", body.custom_attributes);
    if (unknown !== undefined) return unknownAttribute(c, unknown);
    const now = nowSeconds(c);
    let company = [...store.companies.values()].find((x) => x.company_id === companyId);
    const created = company === undefined;
    if (!company) {
      company = {
        id: store.ids.objectId(),
        company_id: companyId,
        name: "",
        plan: null,
        size: null,
        website: null,
        industry: null,
        monthly_spend: 0,
        session_count: 0,
        remote_created_at: null,
        created_at: now,
        updated_at: now,
        last_request_at: null,
        custom_attributes: {},
        tag_ids: [],
      };
      store.companies.set(company.id, company);
    }
    applyCompanyFields(company, body, now);
    const item = serializeCompany(company, store);
    emitWebhook(c, created ? "company.created" : "company.updated", item);
    return c.json(item);
  });

  routes.get("/companies", (c) => {
    const store = storeOf(c);
    const name = c.req.query("name");
    const companyId = c.req.query("company_id");
    const tagId = c.req.query("tag_id");
    const segmentId = c.req.query("segment_id");
    let companies = newestFirst(store);
    if (name !== undefined) companies = companies.filter((x) => x.name === name);
    if (companyId !== undefined) companies = companies.filter((x) => x.company_id === companyId);
    if (tagId !== undefined) companies = companies.filter((x) => x.tag_ids.includes(tagId));
    if (segmentId !== undefined) companies = [];
    if ((name !== undefined || companyId !== undefined) && companies.length === 0) {
      return notFound.company(c);
    }
    return c.json(companyPage(c, store, companies));
  });

  routes.post("/companies/list", (c) => {
    const store = storeOf(c);
    const order = c.req.query("order") === "asc" ? "asc" : "desc";
    const companies = newestFirst(store);
    if (order === "asc") companies.reverse();
    return c.json(companyPage(c, store, companies));
  });

  routes.get("/companies/:company_id", (c) => {
    const store = storeOf(c);
    const company = store.companies.get(c.req.param("company_id"));
    return company ? c.json(serializeCompany(company, store)) : notFound.company(c);
  });

  routes.put("/companies/:company_id", async (c) => {
    const store = storeOf(c);
    const company = store.companies.get(c.req.param("company_id"));
    if (!company) return notFound.company(c);
    const body = await readJsonObject(c);
    if (body instanceof Response) return body;
    const unknown = unknownCustomAttribute(store, "company", body.custom_attributes);
    if (unknown !== undefined) return unknownAttribute(c, unknown);
    applyCompanyFields(company, body, nowSeconds(c));
    const item = serializeCompany(company, store);
    emitWebhook(c, "company.updated", item);
    return c.json(item);
  });

  routes.delete("/companies/:company_id", (c) => {
    const store = storeOf(c);
    const company = store.companies.get(c.req.param("company_id"));
    if (!company) return notFound.company(c);
    const item = serializeCompany(company, store);
    store.companies.delete(company.id);
    emitWebhook(c, "company.deleted", item);
    for (const contact of store.contacts.values()) {
      contact.company_ids = contact.company_ids.filter((id) => id !== company.id);
    }
    return c.json({ id: company.id, object: "company", deleted: true });
  });

  routes.get("/companies/:company_id/segments", (c) => {
    const store = storeOf(c);
    const company = store.companies.get(c.req.param("company_id"));
    if (!company) return notFound.company(c);
    const data = companySegmentsOf(company, store).map(serializeCompanySegment);
    return c.json({ type: "list", data });
  });

  routes.get("/companies/:company_id/contacts", (c) => {
    const store = storeOf(c);
    const company = store.companies.get(c.req.param("company_id"));
    if (!company) return notFound.company(c);
    const contacts = [...store.contacts.values()].filter((x) => x.company_ids.includes(company.id));
    const page = numberedPage(
      contacts,
      pageParam(c.req.query("page")),
      perPageParam(c.req.query("per_page"), 50, 50),
    );
    return c.json({
      type: "list",
      data: page.items.map((contact) => serializeContact(contact, store)),
      total_count: page.totalCount,
      pages: page.pages,
    });
  });

  return routes;
}

function newestFirst(store: Store): CompanyRecord[] {
  return [...store.companies.values()].sort(
    (a, b) => b.created_at - a.created_at || (a.id < b.id ? 1 : -1),
  );
}

function companyPage(c: Context<SandboxEnv>, store: Store, companies: readonly CompanyRecord[]) {
  const page = numberedPage(
    companies,
    pageParam(c.req.query("page")),
    perPageParam(c.req.query("per_page"), DEFAULT_PER_PAGE, MAX_PER_PAGE),
  );
  return {
    type: "list",
    data: page.items.map((company) => serializeCompany(company, store)),
    total_count: page.totalCount,
    pages: page.pages,
  };
}

function applyCompanyFields(company: CompanyRecord, body: JsonObject, now: number): void {
  if (body.name !== undefined) company.name = optionalString(body.name) ?? "";
  if (body.plan !== undefined) company.plan = optionalString(body.plan);
  if (body.size !== undefined) company.size = optionalInteger(body.size);
  if (body.website !== undefined) company.website = optionalString(body.website);
  if (body.industry !== undefined) company.industry = optionalString(body.industry);
  if (body.monthly_spend !== undefined)
    company.monthly_spend = optionalInteger(body.monthly_spend) ?? 0;
  if (body.remote_created_at !== undefined) {
    company.remote_created_at = optionalInteger(body.remote_created_at);
  }
  if (body.update_last_request_at === true) company.last_request_at = now;
  if (isObject(body.custom_attributes)) {
    Object.assign(company.custom_attributes, customAttributes(body.custom_attributes));
  }
  company.updated_at = Math.max(now, company.updated_at);
}
