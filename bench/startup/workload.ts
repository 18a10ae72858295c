// One contender of the paging workload, or of the memory run, in a process of
// its own, so that its whole-process CPU and memory are its own: the server
// runs in the parent (run.ts). Prints one line of JSON.
//
//   node startup/workload.ts <contender> <base url> page
//   node --expose-gc startup/workload.ts <contender> <base url> memory
import { listContacts, retrieveContact } from "@intercom-kit/contacts";
import { createClient } from "@intercom-kit/core";
import { IntercomClient } from "intercom-client";
import ky from "ky";

const [contender = "", base = "", mode = "page"] = process.argv.slice(2);
const TOKEN = "bench-token";
const HEADERS = {
  Authorization: `Bearer ${TOKEN}`,
  Accept: "application/json",
  "Intercom-Version": "2.16",
};
const PER_PAGE = mode === "memory" ? 150 : 50;
const RETRIEVES = mode === "memory" ? 0 : 1000;
/** How many contacts the memory run's server lists (run.ts starts it with this many). */
const LIST_TOTAL = 100_000;

type ListPage = { data: { id: string }[]; pages?: { next?: { starting_after?: string } } };
type Contender = {
  /** Every contact, page by page, each handed to `each`. */
  list(each: (id: string) => void): Promise<void>;
  retrieve(id: string): Promise<unknown>;
};

/** The loop raw fetch and plain ky share: follow `pages.next.starting_after` to the end. */
async function follow(getPage: (query: string) => Promise<ListPage>, each: (id: string) => void) {
  let after: string | undefined;
  do {
    const query = `per_page=${PER_PAGE}${after ? `&starting_after=${after}` : ""}`;
    const page = await getPage(query);
    for (const item of page.data) each(item.id);
    after = page.pages?.next?.starting_after;
  } while (after);
}

function contenderNamed(name: string): Contender {
  switch (name) {
    case "fetch":
      return {
        list: (each) =>
          follow(
            async (q) =>
              (await (
                await fetch(`${base}/contacts?${q}`, { headers: HEADERS })
              ).json()) as ListPage,
            each,
          ),
        retrieve: async (id) =>
          (await fetch(`${base}/contacts/${id}`, { headers: HEADERS })).json(),
      };
    case "ky": {
      const api = ky.create({ prefix: base, headers: HEADERS, retry: 0 });
      return {
        list: (each) => follow((q) => api.get(`contacts?${q}`).json<ListPage>(), each),
        retrieve: (id) => api.get(`contacts/${id}`).json(),
      };
    }
    case "intercom-kit": {
      const client = createClient({ token: TOKEN, baseUrl: base }); // validation: warn, the default
      return {
        async list(each) {
          for await (const contact of listContacts(client, { per_page: PER_PAGE }))
            each(contact.id);
        },
        retrieve: (id) => retrieveContact(client, { contact_id: id }),
      };
    }
    case "intercom-client": {
      const client = new IntercomClient({ token: TOKEN, baseUrl: base });
      return {
        async list(each) {
          const pager = await client.contacts.list({ per_page: PER_PAGE });
          for await (const contact of pager) each(contact.id);
        },
        retrieve: (id) => client.contacts.find({ contact_id: id }),
      };
    }
    default:
      throw new Error(`unknown contender ${JSON.stringify(name)}`);
  }
}

const start = performance.now();
const client = contenderNamed(contender);
const ids: string[] = [];
let listed = 0;
let rssAfterFirstPage = 0;
let rssPeak = 0;
// The memory run is started with --expose-gc: what is still reachable after a
// full collection, on the first page and on the last (the iteration still
// live), is what the client retains; the default-flags peak also counts
// garbage V8 has not collected yet.
const gc = (globalThis as { gc?: () => void }).gc;
let heapAfterFirstPage = 0;
let heapOnLastPage = 0;
const heapAfterGc = () => {
  gc?.();
  return process.memoryUsage().heapUsed;
};
await client.list((id) => {
  listed += 1;
  if (listed === PER_PAGE) {
    rssAfterFirstPage = process.memoryUsage.rss();
    heapAfterFirstPage = heapAfterGc();
  }
  if (listed % 500 === 0) rssPeak = Math.max(rssPeak, process.memoryUsage.rss());
  if (mode === "memory" && listed === LIST_TOTAL) heapOnLastPage = heapAfterGc();
  if (ids.length < RETRIEVES) ids.push(id);
});
for (const id of ids) await client.retrieve(id);
const wallMs = performance.now() - start;
rssPeak = Math.max(rssPeak, process.memoryUsage.rss());
const { user, system } = process.cpuUsage(); // the whole process, from its start
console.log(
  JSON.stringify({
    listed,
    retrieved: ids.length,
    wallMs,
    cpuMs: (user + system) / 1000,
    rssAfterFirstPage,
    rssPeak,
    heapAfterFirstPage,
    heapOnLastPage,
  }),
);
