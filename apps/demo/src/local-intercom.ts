import { createServer, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";

// A deliberately tiny stand-in for Intercom on 127.0.0.1, so the demo runs
// with no token and no network. It answers just what the tour calls.

export interface LocalIntercom {
  readonly url: string;
  readonly token: string;
  stop(): Promise<void>;
}

const TOKEN = "demo-token";
const NAMES = [
  "Ada Lovelace",
  "Grace Hopper",
  "Alan Turing",
  "Katherine Johnson",
  "Edsger Dijkstra",
  "Barbara Liskov",
  "Donald Knuth",
];

const contacts = NAMES.map((name, i) => ({
  type: "contact",
  id: `6650a1b2c3d4e5f6a7b8c9${String(i).padStart(2, "0")}`,
  role: "user",
  name,
  email: `${name.split(" ")[0]?.toLowerCase()}@example.com`,
  created_at: 1_700_000_000 + i * 86_400,
  updated_at: 1_700_000_000 + i * 86_400,
}));

export async function startLocalIntercom(): Promise<LocalIntercom> {
  let requestCounter = 0;
  const server = createServer((req, res) => {
    const requestId = `local-${++requestCounter}`;
    const url = new URL(req.url ?? "/", "http://127.0.0.1");
    if (req.headers.authorization !== `Bearer ${TOKEN}`) {
      return fail(res, 401, requestId, "unauthorized", "Access Token Invalid");
    }
    if (url.pathname === "/me") {
      return send(res, 200, {
        type: "admin",
        id: "991267",
        name: "Demo Admin",
        email: "admin@example.com",
        app: { type: "app", id_code: "demo", name: "Demo workspace", region: "US" },
      });
    }
    if (url.pathname === "/contacts") {
      const perPage = Number(url.searchParams.get("per_page") ?? 50);
      const after = url.searchParams.get("starting_after");
      const start = after ? contacts.findIndex((c) => c.id === after) + 1 : 0;
      const data = contacts.slice(start, start + perPage);
      const last = data.at(-1);
      const more = start + perPage < contacts.length && last;
      const pages = {
        type: "pages",
        page: Math.floor(start / perPage) + 1,
        per_page: perPage,
        total_pages: Math.ceil(contacts.length / perPage),
        ...(more
          ? { next: { page: Math.floor(start / perPage) + 2, starting_after: last.id } }
          : {}),
      };
      return send(res, 200, { type: "list", data, total_count: contacts.length, pages });
    }
    const match = /^\/contacts\/([^/]+)$/.exec(url.pathname);
    if (match) {
      const contact = contacts.find((c) => c.id === match[1]);
      return contact
        ? send(res, 200, contact)
        : fail(res, 404, requestId, "not_found", "User Not Found");
    }
    return fail(res, 404, requestId, "not_found", "Resource Not Found");
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    token: TOKEN,
    stop: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

function send(res: ServerResponse, status: number, body: unknown): void {
  res.writeHead(status, { "content-type": "application/json" });
  res.end(JSON.stringify(body));
}

function fail(
  res: ServerResponse,
  status: number,
  requestId: string,
  code: string,
  message: string,
): void {
  send(res, status, { type: "error.list", request_id: requestId, errors: [{ code, message }] });
}
