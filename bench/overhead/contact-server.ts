import { createServer } from "node:http";
import type { AddressInfo } from "node:net";

/** A realistic contact body (about 1.5 KB), answered for every GET /contacts/{id}. */
function contactJson(id: string): string {
  return JSON.stringify({
    type: "contact",
    id,
    workspace_id: "ecahpwf5",
    external_id: "ext-1",
    role: "user",
    email: "ada@example.com",
    phone: null,
    name: "Ada Lovelace",
    avatar: null,
    owner_id: null,
    social_profiles: { type: "list", data: [] },
    has_hard_bounced: false,
    marked_email_as_spam: false,
    unsubscribed_from_emails: false,
    created_at: 1700000000,
    updated_at: 1700000100,
    signed_up_at: 1700000000,
    last_seen_at: 1700000200,
    last_replied_at: null,
    last_contacted_at: null,
    last_email_opened_at: null,
    last_email_clicked_at: null,
    language_override: null,
    browser: "chrome",
    browser_version: "120.0",
    browser_language: "en",
    os: "Linux",
    location: { type: "location", country: "United Kingdom", region: "England", city: "London" },
    android_app_name: null,
    ios_app_name: null,
    custom_attributes: { plan: "pro", seats: 12, score: 9.5, vip: true },
    tags: { type: "list", data: [], url: `/contacts/${id}/tags`, total_count: 0, has_more: false },
    notes: {
      type: "list",
      data: [],
      url: `/contacts/${id}/notes`,
      total_count: 0,
      has_more: false,
    },
    companies: {
      type: "list",
      data: [],
      url: `/contacts/${id}/companies`,
      total_count: 0,
      has_more: false,
    },
    opted_out_subscription_types: {
      type: "list",
      data: [],
      url: "",
      total_count: 0,
      has_more: false,
    },
    opted_in_subscription_types: {
      type: "list",
      data: [],
      url: "",
      total_count: 0,
      has_more: false,
    },
    utm_campaign: null,
    utm_content: null,
    utm_medium: null,
    utm_source: null,
    utm_term: null,
    referrer: null,
    enabled_push_messaging: null,
  });
}

/**
 * The body serialised once around a placeholder id, so each request only splices
 * its id in: the server's share of every timing, raw `fetch` included, stays
 * small and the same for all contenders.
 */
const ID_SLOT = "__CONTACT_ID__";
const BODY_PARTS = contactJson(ID_SLOT).split(ID_SLOT);
const FIXED_BYTES = BODY_PARTS.reduce((sum, part) => sum + Buffer.byteLength(part), 0);

function contactBody(id: string): { body: string; bytes: number } {
  const slot = JSON.stringify(id).slice(1, -1); // as JSON.stringify would write it inside a string
  return {
    body: BODY_PARTS.join(slot),
    bytes: FIXED_BYTES + (BODY_PARTS.length - 1) * Buffer.byteLength(slot),
  };
}

/**
 * One page of `GET /contacts?per_page=…&starting_after=…` out of `total`
 * contacts named `c0`, `c1`, …: Intercom's cursor list shape, with
 * `pages.next` left out on the last page (the end signal every client uses).
 */
function contactPage(url: URL, total: number): string {
  const perPage = Math.min(Number(url.searchParams.get("per_page") ?? 50), 150);
  const after = url.searchParams.get("starting_after");
  const start = after ? Number(after.slice(1)) + 1 : 0;
  const end = Math.min(start + perPage, total);
  const items: string[] = [];
  for (let n = start; n < end; n++) items.push(contactBody(`c${n}`).body);
  const page = Math.floor(start / perPage) + 1;
  const pages: Record<string, unknown> = {
    type: "pages",
    page,
    per_page: perPage,
    total_pages: Math.ceil(total / perPage),
  };
  if (end < total) pages.next = { per_page: perPage, starting_after: `c${end - 1}` };
  return `{"type":"list","data":[${items.join(",")}],"total_count":${total},"pages":${JSON.stringify(pages)}}`;
}

/**
 * Loopback only; answers instantly, so what is measured is the client side.
 * `GET /contacts/{id}` answers one contact; with `listTotal`, `GET /contacts`
 * answers cursor pages out of that many contacts.
 */
export async function startContactServer(options: { listTotal?: number } = {}): Promise<{
  url: string;
  requests(): number;
  close(): Promise<void>;
}> {
  let count = 0;
  const server = createServer((req, res) => {
    count += 1;
    const url = new URL(req.url ?? "/", "http://127.0.0.1");
    if (options.listTotal !== undefined && url.pathname === "/contacts") {
      const page = contactPage(url, options.listTotal);
      res.writeHead(200, {
        "content-type": "application/json",
        "content-length": Buffer.byteLength(page),
      });
      res.end(page);
      return;
    }
    const id = url.pathname.split("/").at(-1) ?? "x";
    const { body, bytes } = contactBody(id);
    res.writeHead(200, {
      "content-type": "application/json",
      "content-length": bytes,
      "x-ratelimit-limit": "1666",
      "x-ratelimit-remaining": "1665",
      "x-ratelimit-reset": String(Math.floor(Date.now() / 1000) + 10),
    });
    res.end(body);
  });
  server.keepAliveTimeout = 30_000;
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    requests: () => count,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
