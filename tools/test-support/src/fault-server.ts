import { createServer, type Socket } from "node:net";
import { gzipSync } from "node:zlib";

/**
 * How a `FaultServer` answers a request. Each fault is one way a network,
 * proxy or server misbehaves after the request has arrived; `ok` is the
 * healthy answer a retry may get.
 */
export type Fault =
  | { readonly kind: "ok"; readonly body?: unknown; readonly status?: number }
  /** Headers and the first bytes of a longer body, then a TCP reset. */
  | { readonly kind: "reset-mid-body" }
  /** Headers and the first bytes of a longer body, then a clean close (FIN) short of Content-Length. */
  | { readonly kind: "close-mid-body" }
  /** The request is read, and nothing is ever answered. */
  | { readonly kind: "stall-headers" }
  /** Headers and the first bytes of the body, then silence. */
  | { readonly kind: "stall-body" }
  /** Headers, then one byte of the body every `intervalMs`: each byte in time, the whole never. */
  | { readonly kind: "trickle-body"; readonly intervalMs: number }
  /** A 200 with an empty body. */
  | { readonly kind: "empty-200" }
  /** A gzip body of a few KiB that inflates to `inflatedBytes`. */
  | { readonly kind: "gzip-bomb"; readonly inflatedBytes: number }
  /** A 429 with these headers (e.g. Retry-After and X-RateLimit-Reset). */
  | { readonly kind: "429"; readonly headers: Readonly<Record<string, string>> };

export interface SeenRequest {
  readonly method: string;
  readonly path: string;
  readonly body: string;
}

export interface FaultServer {
  readonly url: string;
  /** Every request the server received, in order. */
  readonly requests: SeenRequest[];
  /** Sockets still open on the server's side. */
  openSockets(): number;
  close(): Promise<void>;
}

/** A healthy JSON answer, good for every operation the fault tests call. */
export const HEALTHY_BODY = {
  type: "contact",
  id: "c1",
  created_at: 1,
  email: "a@b.co",
  data: [],
  pages: {},
} as const;

const LONG_BODY = JSON.stringify({ ...HEALTHY_BODY, padding: "x".repeat(4096) });

const MIB = 1024 * 1024;
let gzipMember: Buffer | undefined;

/**
 * A gzip body that inflates to `inflatedBytes` (rounded up to whole MiB) of
 * spaces: one ~1 KiB gzip member of 1 MiB, repeated, since a gzip stream may
 * hold many members. Neither side ever holds the inflated bytes.
 */
export function gzipBomb(inflatedBytes: number): Buffer {
  gzipMember ??= gzipSync(Buffer.alloc(MIB, 0x20), { level: 9 });
  const member = gzipMember;
  return Buffer.concat(Array.from({ length: Math.ceil(inflatedBytes / MIB) }, () => member));
}

/**
 * A raw TCP server on 127.0.0.1 speaking just enough HTTP/1.1 to answer
 * each request with `faultFor(n)` (n counts from 1), then close the
 * connection. Being on `node:net`, it can do what an HTTP library would
 * not: stop mid-body, reset the socket, send a body byte by byte.
 */
export async function startFaultServer(faultFor: (n: number) => Fault): Promise<FaultServer> {
  const requests: SeenRequest[] = [];
  const sockets = new Set<Socket>();
  const timers = new Set<ReturnType<typeof setTimeout>>();
  const server = createServer((socket) => {
    sockets.add(socket);
    socket.on("close", () => sockets.delete(socket));
    socket.on("error", () => undefined);
    let buffered = Buffer.alloc(0);
    let answered = false;
    socket.on("data", (chunk: Buffer) => {
      if (answered) return;
      buffered = Buffer.concat([buffered, chunk]);
      const head = buffered.indexOf("\r\n\r\n");
      if (head === -1) return;
      const lines = buffered.subarray(0, head).toString("latin1").split("\r\n");
      const length = Number(/^content-length:\s*(\d+)/im.exec(lines.join("\n"))?.[1] ?? 0);
      if (buffered.length < head + 4 + length) return;
      answered = true;
      const [method = "GET", target = "/"] = (lines[0] ?? "").split(" ");
      requests.push({
        method,
        path: new URL(target, "http://127.0.0.1").pathname,
        body: buffered.subarray(head + 4, head + 4 + length).toString("utf8"),
      });
      answer(socket, faultFor(requests.length), timers);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const address = server.address();
  const port = typeof address === "object" && address ? address.port : 0;
  let closing: Promise<void> | undefined;
  return {
    url: `http://127.0.0.1:${port}`,
    requests,
    openSockets: () => sockets.size,
    close: () => {
      closing ??= new Promise<void>((resolve) => {
        for (const timer of timers) clearTimeout(timer);
        for (const socket of sockets) socket.destroy();
        server.close(() => resolve());
      });
      return closing;
    },
  };
}

function head(status: number, headers: Readonly<Record<string, string | number>>): string {
  const reason = status === 200 ? "OK" : status === 429 ? "Too Many Requests" : "Status";
  const lines = Object.entries({
    "content-type": "application/json",
    connection: "close",
    ...headers,
  })
    .map(([name, value]) => `${name}: ${value}`)
    .join("\r\n");
  return `HTTP/1.1 ${status} ${reason}\r\n${lines}\r\n\r\n`;
}

function answer(socket: Socket, fault: Fault, timers: Set<ReturnType<typeof setTimeout>>): void {
  const later = (ms: number, run: () => void) => {
    const timer = setTimeout(() => {
      timers.delete(timer);
      run();
    }, ms);
    timers.add(timer);
  };
  switch (fault.kind) {
    case "ok": {
      const body = JSON.stringify(fault.body ?? HEALTHY_BODY);
      socket.end(head(fault.status ?? 200, { "content-length": Buffer.byteLength(body) }) + body);
      return;
    }
    case "reset-mid-body":
    case "close-mid-body": {
      socket.write(head(200, { "content-length": Buffer.byteLength(LONG_BODY) }));
      socket.write(LONG_BODY.slice(0, 100));
      // Let the client receive the headers and the first bytes, then cut.
      later(30, () => (fault.kind === "reset-mid-body" ? socket.resetAndDestroy() : socket.end()));
      return;
    }
    case "stall-headers":
      return;
    case "stall-body":
      socket.write(head(200, { "content-length": Buffer.byteLength(LONG_BODY) }));
      socket.write(LONG_BODY.slice(0, 100));
      return;
    case "trickle-body": {
      socket.write(head(200, { "content-length": Buffer.byteLength(LONG_BODY) }));
      let sent = 0;
      const drip = () => {
        if (socket.destroyed || sent >= LONG_BODY.length) return;
        socket.write(LONG_BODY[sent] ?? " ");
        sent += 1;
        later(fault.intervalMs, drip);
      };
      drip();
      return;
    }
    case "empty-200":
      socket.end(head(200, { "content-length": 0 }));
      return;
    case "gzip-bomb": {
      const body = gzipBomb(fault.inflatedBytes);
      socket.end(
        Buffer.concat([
          Buffer.from(head(200, { "content-encoding": "gzip", "content-length": body.length })),
          body,
        ]),
      );
      return;
    }
    case "429": {
      const body = JSON.stringify({
        type: "error.list",
        errors: [{ code: "rate_limit_exceeded", message: "Exceeded rate limit" }],
      });
      socket.end(head(429, { ...fault.headers, "content-length": Buffer.byteLength(body) }) + body);
      return;
    }
  }
}
