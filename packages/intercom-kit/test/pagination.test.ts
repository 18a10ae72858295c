import { CompanyListSchema, ListCompaniesResponseSchema } from "@intercom-kit/models";
import {
  type LoopbackServer,
  type RecordedRequest,
  sendJson,
  startLoopbackServer,
} from "@intercom-kit/test-support/loopback-server";
import * as v from "valibot";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createClient } from "../src/index.js";
import {
  listArticles,
  listCompanies,
  listContactMergeHistory,
  scrollCompanies,
  searchContacts,
} from "./domains.js";

/** A loopback API that answers each request from a queue; it records what it was sent. */
let server: LoopbackServer;
const answers: unknown[] = [];

beforeAll(async () => {
  server = await startLoopbackServer((_request, response) =>
    sendJson(response, 200, answers.shift() ?? {}),
  );
});

afterAll(() => server.close());

/** Path and query as sent, e.g. `/articles?page=2&per_page=1`. */
const urlOf = (request: RecordedRequest) =>
  request.query.size === 0 ? request.path : `${request.path}?${request.query}`;
const bodyOf = (request: RecordedRequest): unknown =>
  request.body === "" ? undefined : JSON.parse(request.body);

function start(...queue: unknown[]) {
  server.requests.length = 0;
  answers.length = 0;
  answers.push(...queue);
  return createClient({ token: "t", baseUrl: server.url, validation: "strict" });
}

async function collect<T>(iterable: AsyncIterable<T>): Promise<T[]> {
  const items: T[] = [];
  for await (const item of iterable) items.push(item);
  return items;
}

describe("generated pagination metadata drives the right strategy", () => {
  it("searchContacts pages through body.pagination.starting_after", async () => {
    const client = start(
      {
        type: "list",
        data: [{ type: "contact", id: "1" }],
        pages: { next: { starting_after: "c2" } },
      },
      { type: "list", data: [{ type: "contact", id: "2" }], pages: { next: null } },
    );
    const query = { field: "role", operator: "=", value: "user" };
    const ids = (await collect(searchContacts(client, { query, pagination: { per_page: 1 } }))).map(
      (c) => c.id,
    );
    expect(ids).toEqual(["1", "2"]);
    expect(server.requests.map(bodyOf)).toEqual([
      { query, pagination: { per_page: 1 } },
      { query, pagination: { per_page: 1, starting_after: "c2" } },
    ]);
  });

  it("listArticles pages by page number until total_pages", async () => {
    const client = start(
      { type: "list", data: [{ type: "article", id: "a" }], pages: { page: 1, total_pages: 2 } },
      { type: "list", data: [{ type: "article", id: "b" }], pages: { page: 2, total_pages: 2 } },
    );
    const ids = (await collect(listArticles(client, { per_page: 1 }))).map((a) => a.id);
    expect(ids).toEqual(["a", "b"]);
    expect(server.requests.map(urlOf)).toEqual([
      "/articles?per_page=1",
      "/articles?page=2&per_page=1",
    ]);
  });

  it("scrollCompanies follows scroll_param until data is empty", async () => {
    const client = start(
      { type: "list", data: [{ type: "company", id: "x" }], scroll_param: "s1" },
      { type: "list", data: [], scroll_param: "s1" },
    );
    const ids = (await collect(scrollCompanies(client))).map((c) => c.id);
    expect(ids).toEqual(["x"]);
    expect(server.requests.map(urlOf)).toEqual([
      "/companies/scroll",
      "/companies/scroll?scroll_param=s1",
    ]);
  });

  it("listContactMergeHistory follows next_cursor while has_more", async () => {
    const client = start(
      { type: "list", data: [{ source_contact_id: "m1" }], has_more: true, next_cursor: "k" },
      { type: "list", data: [{ source_contact_id: "m2" }], has_more: false },
    );
    const items = await collect(listContactMergeHistory(client, { id: "c" }));
    expect(items.map((i) => i.source_contact_id)).toEqual(["m1", "m2"]);
    expect(server.requests.map(urlOf)).toEqual([
      "/contacts/c/merge_history",
      "/contacts/c/merge_history?cursor=k",
    ]);
  });
});

describe("GET /companies answering one company (Intercom-OpenAPI#240)", () => {
  const company = { type: "company", id: "6", company_id: "acme", name: "Acme", user_count: 3 };

  it("reads the lone company as a page of one, in strict mode", async () => {
    const client = start(company);
    const page = await listCompanies(client, { company_id: "acme" });
    expect(page.items).toEqual([company]);
    expect(page.hasNextPage).toBe(false);
    expect(urlOf(server.requests[0] as RecordedRequest)).toBe("/companies?company_id=acme");
  });

  it("is refused by the list schema the description declares, and taken by ours", () => {
    expect(v.safeParse(CompanyListSchema, company).success).toBe(false);
    expect(v.safeParse(ListCompaniesResponseSchema, company).success).toBe(true);
  });
});
