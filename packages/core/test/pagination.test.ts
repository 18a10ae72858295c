import {
  type LoopbackServer,
  type RecordedRequest,
  sendJson,
  startLoopbackServer,
} from "@intercom-kit/test-support/loopback-server";
import { rejectionOf } from "@intercom-kit/test-support/rejection";
import { afterEach, describe, expect, it } from "vitest";
import {
  AbortError,
  createClient,
  type Operation,
  type PagedCall,
  RequestValidationError,
} from "../src/index.js";
import { paginate } from "../src/internal.js";
import {
  listCompaniesByPage,
  listContacts,
  listMergeHistory,
  listNewsItems,
  scrollCompanies,
  searchContacts,
} from "./support/operations.js";

let server: LoopbackServer;
afterEach(() => server.close());

const item = (id: number) => ({ type: "contact", id: `c${id}`, created_at: 1700000000 + id });

/** Ten items served three per page by whatever strategy `respond` implements. */
async function serve(respond: (req: RecordedRequest, page: number) => unknown) {
  server = await startLoopbackServer((req, res) => {
    sendJson(res, 200, respond(req, server.requests.length));
  });
  return createClient({ token: "tok", baseUrl: server.url });
}

const ALL = Array.from({ length: 10 }, (_, i) => item(i + 1));
const slice = (pageIndex: number) => ALL.slice(pageIndex * 3, pageIndex * 3 + 3);

async function collect<T>(call: PagedCall<T, unknown>): Promise<T[]> {
  const out: T[] = [];
  for await (const x of call) out.push(x);
  return out;
}

describe("pagination strategies", () => {
  it("query cursor: follows pages.next.starting_after and stops when it is absent", async () => {
    const client = await serve((req) => {
      const index = Number(req.query.get("starting_after") ?? 0);
      const next = index < 3 ? { page: index + 2, starting_after: String(index + 1) } : undefined;
      return {
        type: "list",
        data: slice(index),
        pages: { type: "pages", per_page: 3, ...(next ? { next } : {}) },
      };
    });
    const items = await collect(paginate(client, listContacts, { per_page: 3 }));
    expect(items).toEqual(ALL);
    expect(server.requests).toHaveLength(4);
    expect(server.requests.map((r) => r.query.get("starting_after"))).toEqual([
      null,
      "1",
      "2",
      "3",
    ]);
    expect(server.requests.every((r) => r.query.get("per_page") === "3")).toBe(true);
  });

  it("body cursor (search): sends pagination.starting_after in the body", async () => {
    const client = await serve((req) => {
      const body = JSON.parse(req.body);
      const index = Number(body.pagination.starting_after ?? 0);
      const next = index < 3 ? { starting_after: String(index + 1) } : null;
      return { type: "list", data: slice(index), total_count: 10, pages: { next } };
    });
    const query = { field: "role", operator: "=", value: "user" };
    const items = await collect(
      paginate(client, searchContacts, { query, pagination: { per_page: 3 } }),
    );
    expect(items).toEqual(ALL);
    expect(server.requests).toHaveLength(4);
    expect(server.requests.map((r) => JSON.parse(r.body))).toEqual([
      { query, pagination: { per_page: 3 } },
      { query, pagination: { per_page: 3, starting_after: "1" } },
      { query, pagination: { per_page: 3, starting_after: "2" } },
      { query, pagination: { per_page: 3, starting_after: "3" } },
    ]);
  });

  it("page number: stops at total_pages", async () => {
    const client = await serve((req) => {
      const page = Number(req.query.get("page") ?? 1);
      return {
        type: "list",
        data: slice(page - 1),
        pages: { type: "pages", page, per_page: 3, total_pages: 4 },
      };
    });
    const items = await collect(paginate(client, listCompaniesByPage, { per_page: 3 }));
    expect(items).toEqual(ALL);
    expect(server.requests.map((r) => r.query.get("page"))).toEqual([null, "2", "3", "4"]);
  });

  it("a resource answered alone, where the list allows it, is a page of that one item", async () => {
    const company = { type: "company", id: "6", company_id: "acme", name: "Acme" };
    const client = await serve(() => company);
    const findCompanies: Operation = {
      ...listCompaniesByPage,
      pagination: { strategy: "page", items: "data", single: "company" },
    };
    const page = await paginate(client, findCompanies, { company_id: "acme" });
    expect(page.items).toEqual([company]);
    expect(page.hasNextPage).toBe(false);
    expect(await collect(paginate(client, findCompanies, { company_id: "acme" }))).toEqual([
      company,
    ]);
    // Without `single`, the same answer has no items: nothing is made up from other bodies.
    expect((await paginate(client, listCompaniesByPage, {})).items).toEqual([]);
    expect(server.requests).toHaveLength(3);
  });

  it("companies scroll: passes scroll_param and ends on an empty data", async () => {
    const client = await serve((req) => {
      const param = req.query.get("scroll_param");
      const index = param ? Number(param.slice(2)) : 0;
      return { type: "list", data: slice(index), scroll_param: `sp${index + 1}` };
    });
    const items = await collect(paginate(client, scrollCompanies, {}));
    expect(items).toEqual(ALL);
    // The fifth request is the empty page that is the scroll's own end signal.
    expect(server.requests.map((r) => r.query.get("scroll_param"))).toEqual([
      null,
      "sp1",
      "sp2",
      "sp3",
      "sp4",
    ]);
  });

  it("next-URL link: follows pages.next on the client's own origin only", async () => {
    const client = await serve((req) => {
      const index = Number(req.query.get("p") ?? 0);
      // The API hands out absolute links; one of them points elsewhere and must be re-rooted.
      const host = index === 1 ? "https://elsewhere.example" : server.url;
      const next = index < 3 ? `${host}/news/news_items?p=${index + 1}` : null;
      return { type: "list", data: slice(index), pages: { type: "pages", next } };
    });
    const items = await collect(paginate(client, listNewsItems, {}));
    expect(items).toEqual(ALL);
    expect(server.requests.map((r) => `${r.path}?${r.query}`)).toEqual([
      "/news/news_items?",
      "/news/news_items?p=1",
      "/news/news_items?p=2",
      "/news/news_items?p=3",
    ]);
  });

  it("merge-history cursor: follows next_cursor while has_more", async () => {
    const client = await serve((req) => {
      const index = Number(req.query.get("cursor") ?? 0);
      return {
        data: slice(index),
        has_more: index < 3,
        next_cursor: index < 3 ? String(index + 1) : null,
      };
    });
    const items = await collect(
      paginate(client, listMergeHistory, { contact_id: "c1", per_page: 3 }),
    );
    expect(items).toEqual(ALL);
    expect(server.requests.map((r) => r.query.get("cursor"))).toEqual([null, "1", "2", "3"]);
    expect(server.requests[0]?.path).toBe("/contacts/c1/merge_history");
  });
});

describe("paged calls", () => {
  const cursorServer = () =>
    serve((req) => {
      const index = Number(req.query.get("starting_after") ?? 0);
      const next = index < 3 ? { starting_after: String(index + 1) } : undefined;
      return { type: "list", data: slice(index), pages: { ...(next ? { next } : {}) } };
    });

  it("is awaitable for the first page, with the way to the next", async () => {
    const client = await cursorServer();
    const page = await paginate(client, listContacts, {});
    expect(page.items).toEqual(slice(0));
    expect(page.body).toMatchObject({ type: "list" });
    expect(page.response.status).toBe(200);
    expect(page.hasNextPage).toBe(true);
    const second = await page.nextPage();
    expect(second?.items).toEqual(slice(1));
    expect(server.requests).toHaveLength(2);
  });

  it("resolves undefined after the last page without a request", async () => {
    const client = await cursorServer();
    let page = await paginate(client, listContacts, {});
    for (let i = 0; i < 3; i++) page = (await page.nextPage()) ?? page;
    expect(page.hasNextPage).toBe(false);
    expect(await page.nextPage()).toBeUndefined();
    expect(server.requests).toHaveLength(4);
  });

  it("sends the first page at once, like a single call, and shares it", async () => {
    const client = await cursorServer();
    const call = paginate(client, listContacts, {});
    for (let i = 0; i < 200 && server.requests.length === 0; i++) {
      await new Promise((r) => setTimeout(r, 5));
    }
    expect(server.requests).toHaveLength(1);
    const pages = [];
    for await (const page of call.pages()) pages.push(page.items.length);
    expect(pages).toEqual([3, 3, 3, 1]);
    // Awaiting after iterating, and iterating again, reuse the first page.
    expect((await call).items).toEqual(slice(0));
    const again = [];
    for await (const contact of call) again.push(contact);
    expect(again).toHaveLength(10);
    expect(server.requests).toHaveLength(4 + 3);
  });

  it("is a real promise: catch, finally and withResponse, as a single call has", async () => {
    const client = await cursorServer();
    const call = paginate(client, listContacts, {});
    expect(call).toBeInstanceOf(Promise);
    let settled = false;
    const page = await call.finally(() => {
      settled = true;
    });
    expect(settled).toBe(true);
    const { data, response } = await call.withResponse();
    expect(data).toBe(page);
    expect(response.status).toBe(200);
    expect(response).toBe(page.response);
    expect(server.requests).toHaveLength(1);

    const failing = paginate(client, listMergeHistory, { contact_id: ".." });
    const caught = await failing.catch((error: unknown) => error);
    expect(caught).toBeInstanceOf(RequestValidationError);
    expect(server.requests).toHaveLength(1);
  });

  it("stops lazily: breaking out early sends no further request", async () => {
    const client = await cursorServer();
    for await (const contact of paginate(client, listContacts, {})) {
      if ((contact as { id: string }).id === "c2") break;
    }
    expect(server.requests).toHaveLength(1);
  });

  it("honours the signal between pages", async () => {
    const client = await cursorServer();
    const controller = new AbortController();
    const seen: unknown[] = [];
    await rejectionOf(
      (async () => {
        for await (const contact of paginate(
          client,
          listContacts,
          {},
          { signal: controller.signal },
        )) {
          seen.push(contact);
          if (seen.length === 4) controller.abort();
        }
      })(),
      AbortError,
    );
    expect(seen).toHaveLength(4);
    expect(server.requests).toHaveLength(2);
  });

  it("refuses an operation without pagination metadata", () => {
    const client = createClient({ token: "tok" });
    const plain: Operation = { ...listContacts, pagination: undefined } as unknown as Operation;
    expect(() => paginate(client, plain, {})).toThrow(/not a paginated operation/);
  });
});
