import { createServer, type IncomingMessage, type Server } from "node:http";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createClient } from "../src/index.js";
import {
  listArticles,
  listContactMergeHistory,
  scrollOverAllCompanies,
  searchContacts,
} from "./paged-domains.js";

interface Seen {
  readonly url: string;
  readonly body: unknown;
}

/** A loopback API that answers each request from a queue, recording what it was sent. */
let server: Server;
let baseUrl: string;
const seen: Seen[] = [];
const answers: unknown[] = [];

beforeAll(async () => {
  server = createServer(async (request, response) => {
    seen.push({ url: request.url ?? "", body: await readJson(request) });
    response.setHeader("content-type", "application/json");
    response.end(JSON.stringify(answers.shift() ?? {}));
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const address = server.address();
  baseUrl = `http://127.0.0.1:${typeof address === "object" && address ? address.port : 0}`;
});

afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

async function readJson(request: IncomingMessage): Promise<unknown> {
  let text = "";
  for await (const chunk of request) text += chunk;
  return text === "" ? undefined : JSON.parse(text);
}

function start(...queue: unknown[]) {
  seen.length = 0;
  answers.length = 0;
  answers.push(...queue);
  return createClient({ token: "t", baseUrl, validation: "strict" });
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
    expect(seen.map((s) => s.body)).toEqual([
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
    expect(seen.map((s) => s.url)).toEqual(["/articles?per_page=1", "/articles?page=2&per_page=1"]);
  });

  it("scrollOverAllCompanies follows scroll_param until data is empty", async () => {
    const client = start(
      { type: "list", data: [{ type: "company", id: "x" }], scroll_param: "s1" },
      { type: "list", data: [], scroll_param: "s1" },
    );
    const ids = (await collect(scrollOverAllCompanies(client))).map((c) => c.id);
    expect(ids).toEqual(["x"]);
    expect(seen.map((s) => s.url)).toEqual([
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
    expect(seen.map((s) => s.url)).toEqual([
      "/contacts/c/merge_history",
      "/contacts/c/merge_history?cursor=k",
    ]);
  });
});
