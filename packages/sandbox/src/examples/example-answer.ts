import type { Context } from "hono";
import type { SandboxEnv } from "../app/env.js";
import { EXAMPLE_RESPONSES } from "../generated/example-responses.js";
import { errorResponse, notFound } from "../http/error-list.js";
import type { MatchedOperation } from "../http/operation-guard.js";
import { isStored, storedKindOf } from "./stored-resource.js";

/** Successes the description gives a status other than 200. */
const SUCCESS_STATUS: Readonly<Record<string, 201 | 202 | 204>> = {
  "POST /office_hours_schedules": 201,
  "POST /office_hours_schedules/{office_hours_schedule_id}/office_hours_exceptions": 201,
  "POST /audiences": 201,
  "POST /content_snippets": 201,
  "POST /data_connectors": 201,
  "POST /content/bulk_actions": 202,
  "DELETE /ai/content_import_sources/{source_id}": 204,
  "DELETE /audiences/{id}": 204,
  "DELETE /content_snippets/{id}": 204,
};

/**
 * The answer to an operation the sandbox does not keep state for: its
 * example, checked against the store where the path names a stored record
 * (an unknown contact is a 404, as for every contact route), with the
 * record's id in the example's `id` when the path ends in it. Nothing is
 * changed: a create answers a record that a later list will not show.
 */
export function exampleAnswer(c: Context<SandboxEnv>, matched: MatchedOperation): Response {
  const store = c.get("store");
  for (const [param, value] of Object.entries(matched.params)) {
    const kind = storedKindOf(matched.operation.path, param);
    if (kind !== undefined && !isStored(store, kind, value)) {
      return kind === "contact"
        ? notFound.contact(c)
        : kind === "company"
          ? notFound.company(c)
          : kind === "admin"
            ? notFound.admin(c)
            : notFound.resource(c);
    }
  }
  const status = SUCCESS_STATUS[matched.key] ?? 200;
  switch (matched.operation.response) {
    case "empty":
      return c.body(null, status);
    case "text":
      return c.text("Example transcript: hello, how can I help?", 200);
    case "binary":
      return c.body(new Uint8Array(0), 200, { "Content-Type": "application/octet-stream" });
    case "redirect":
      // Intercom redirects to signed storage; the sandbox points back at itself
      // (a 404 there), so a client that follows it never leaves loopback.
      return c.redirect(`${new URL(c.req.url).origin}/sandbox-recordings/example.mp3`, 302);
    case "json":
      break;
  }
  const example = EXAMPLE_RESPONSES[matched.key];
  if (example === undefined) {
    return errorResponse(c, 500, "server_error", `No example for ${matched.key}`);
  }
  const body = structuredClone(example);
  withPathId(body, matched);
  return c.json(body as object, status as 200 | 201 | 202);
}

/** `GET /macros/{id}` answers the macro with that id, in the type the example has. */
function withPathId(body: unknown, matched: MatchedOperation): void {
  if (typeof body !== "object" || body === null || !("id" in body)) return;
  const last = matched.operation.path.split("/").at(-1) ?? "";
  const param = /^\{(.+)\}$/.exec(last)?.[1];
  if (param === undefined || !(param === "id" || param.endsWith("_id"))) return;
  const value = matched.params[param] ?? "";
  const record = body as Record<string, unknown>;
  if (typeof record.id === "number") {
    if (/^\d+$/.test(value)) record.id = Number(value);
  } else {
    record.id = value;
  }
}
