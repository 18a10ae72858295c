import type { Context } from "hono";
import type { SandboxEnv } from "../app/env.js";
import { errorListBody } from "../http/error-list.js";

/** A 500 with Intercom's error body; the request was not processed. */
export function serverErrorResponse(c: Context<SandboxEnv>): Response {
  return c.json(
    errorListBody(c.get("requestId"), [
      { code: "server_error", message: "Sandbox fault: internal server error" },
    ]),
    500,
  );
}

/** What a load balancer in front of the API sends: HTML, not JSON. */
export function htmlErrorResponse(): Response {
  const page =
    "<!DOCTYPE html><html><head><title>503 Service Unavailable</title></head>" +
    "<body><h1>503 Service Unavailable</h1><p>No server is available to handle this request.</p></body></html>";
  return new Response(page, {
    status: 503,
    headers: { "Content-Type": "text/html; charset=utf-8" },
  });
}

/**
 * Closes the connection without an answer. On Node the socket is destroyed
 * before any byte is written; elsewhere the body stream fails, which makes
 * the runtime abort the connection mid-response.
 */
export function dropConnection(c: Context<SandboxEnv>): Response {
  const socket = (c.env as { incoming?: { socket?: { destroy(): void } } } | undefined)?.incoming
    ?.socket;
  if (socket) {
    socket.destroy();
    // Nothing reaches the client any more; this answer only ends the handler.
    return new Response(null, { status: 499 });
  }
  const body = new ReadableStream<Uint8Array>({
    start(controller) {
      controller.error(new Error("sandbox fault: connection dropped"));
    },
  });
  return new Response(body, { status: 200, headers: { "Content-Type": "application/json" } });
}

/** The processed answer, cut in half: what a client sees when a connection dies mid-body. */
export async function truncatedResponse(response: Response): Promise<Response> {
  const text = await response.text();
  return withBody(response, text.slice(0, Math.floor(text.length / 2)));
}

/** The processed answer with its JSON broken, as a misbehaving proxy might send it. */
export async function invalidJsonResponse(response: Response): Promise<Response> {
  const text = await response.text();
  return withBody(response, `${text.replace(":", " = ")}<!-- not json -->`);
}

function withBody(response: Response, body: string): Response {
  const headers = new Headers(response.headers);
  headers.delete("Content-Length");
  return new Response(body, { status: response.status, headers });
}
