import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import * as v from "valibot";
import { beforeAll, describe, expect, it } from "vitest";
import { parse, stringify } from "yaml";
import { type SchemaContext, typeCode, valibotCode } from "../src/emit/schema-code.ts";
import { collectOperations } from "../src/model/collect-operations.ts";
import type { OperationModel } from "../src/model/operation-model.ts";
import type { Json } from "../src/read/json.ts";
import { type Description, loadDescription } from "../src/read/load-description.ts";

const SPEC = fileURLToPath(
  new URL("../../../../shared/intercom-openapi/2.16.yaml", import.meta.url),
);
const OVERLAY = fileURLToPath(new URL("../overlay.yaml", import.meta.url));

/** The overlay without the fixes learnt from the live API: the description as it stood. */
function overlayWithoutLiveFixes(): string {
  const overlay = parse(readFileSync(OVERLAY, "utf8")) as { fixes: { reason: string }[] };
  overlay.fixes = overlay.fixes.filter(
    (fix) => !fix.reason.startsWith("live-drift:") && !fix.reason.startsWith("numeric-id:"),
  );
  const path = join(mkdtempSync(join(tmpdir(), "codegen-drift-")), "overlay.yaml");
  writeFileSync(path, stringify(overlay));
  return path;
}

let before: Description;
let after: Description;
let opsBefore: OperationModel[];
let opsAfter: OperationModel[];

beforeAll(async () => {
  [before, after] = await Promise.all([
    loadDescription(SPEC, overlayWithoutLiveFixes()),
    loadDescription(SPEC, OVERLAY),
  ]);
  opsBefore = collectOperations(before);
  opsAfter = collectOperations(after);
}, 60_000);

function context(description: Description, inputChecks = false): SchemaContext {
  return {
    description,
    // Other components are not under test here: any value passes for them.
    names: (name) => ({ type: "unknown", schema: `ref(${JSON.stringify(name)})` }),
    isLazy: () => false,
    used: new Set(),
    inputChecks,
  };
}

/** The valibot schema the generator writes for a node, built and ready to parse with. */
function build(code: string): v.GenericSchema {
  return new Function("v", "ref", `return ${code};`)(v, () => v.any());
}

function component(description: Description, name: string): Json {
  return (description.doc.components as { schemas: Record<string, Json> }).schemas[name] as Json;
}

/** Parses `answer` with a component's schema from before and after the overlay's fixes. */
function parsesBeforeAndAfter(name: string, answer: unknown): [boolean, boolean] {
  return [before, after].map(
    (d) => v.safeParse(build(valibotCode(component(d, name), context(d))), answer).success,
  ) as [boolean, boolean];
}

function param(ops: OperationModel[], op: string, name: string) {
  const found = ops.find((o) => o.name === op)?.params.find((p) => p.name === name);
  if (!found) throw new Error(`${op} has no param ${name}`);
  return found;
}

describe("overlay fixes from the live API, each refused before and accepted after", () => {
  it("admin avatars come as objects (Fern's override of the official SDK)", () => {
    const admin = {
      type: "admin",
      id: "1",
      avatar: {
        type: "avatar",
        image_url: "https://static.intercomassets.com/avatars/1/square_128/me.jpg",
      },
    };
    expect(parsesBeforeAndAfter("admin", admin)).toEqual([false, true]);
    expect(
      parsesBeforeAndAfter("admin", { ...admin, avatar: "https://example.com/a.png" }),
    ).toEqual([true, true]);
  });

  it("data-event metadata values are not only strings (Intercom-OpenAPI#586, #592)", () => {
    const event = {
      type: "event",
      event_name: "invited",
      created_at: 1700000000,
      metadata: { invites: 3, premium: true },
    };
    expect(parsesBeforeAndAfter("data_event", event)).toEqual([false, true]);
  });

  it("attachment sizes are null for files that are not images (intercom-php#390)", () => {
    const pdf = {
      type: "upload",
      name: "invoice.pdf",
      content_type: "application/pdf",
      width: null,
      height: null,
    };
    expect(parsesBeforeAndAfter("part_attachment", pdf)).toEqual([false, true]);
  });

  it("external pages created without an external id answer it as null (intercom-php#401)", () => {
    const page = {
      type: "external_page",
      id: "17",
      title: "Pricing",
      html: "<p>Plans</p>",
      ai_agent_availability: true,
      ai_copilot_availability: true,
      locale: "en",
      source_id: 4,
      external_id: null,
      created_at: 1700000000,
      updated_at: 1700000000,
      last_ingested_at: 1700000000,
    };
    expect(parsesBeforeAndAfter("external_page", page)).toEqual([false, true]);
  });

  it("embedded companies and segments come without a type; the id stays required", () => {
    // Our own over-strictness, not the description's: the overlay required a type here before.
    const strictly = (name: string, answer: unknown) =>
      v.safeParse(build(valibotCode(component(after, name), context(after))), answer).success;
    expect(strictly("company", { id: "6", name: "Acme" })).toBe(true);
    expect(strictly("segment", { id: "s1", name: "VIPs" })).toBe(true);
    expect(strictly("company", { name: "Acme" })).toBe(false);
    expect(strictly("company", { type: "company", id: "6" })).toBe(true);
  });

  it("types the teammates the API answers under admins (intercom-node#462)", () => {
    const [was, is] = [before, after].map((d) =>
      typeCode(component(d, "conversation_teammates"), context(d)),
    );
    expect(was).not.toMatch(/\badmins\?:/);
    expect(is).toMatch(/\badmins\?:/);
  });

  it("lets contact replies carry attachment_files (Intercom-OpenAPI#135)", () => {
    const [was, is] = [before, after].map((d) =>
      typeCode(component(d, "contact_reply_base_request"), context(d)),
    );
    expect(was).not.toMatch(/\battachment_files\?:/);
    expect(is).toMatch(/\battachment_files\?:/);
  });

  it("declares the 409 of a duplicate contact (Intercom-OpenAPI#543)", () => {
    const statuses = (ops: OperationModel[]) =>
      ops.find((o) => o.name === "createContact")?.errorStatuses;
    expect(statuses(opsBefore)).not.toContain("409");
    expect(statuses(opsAfter)).toContain("409");
  });

  it("documents GET /contacts' real default page size of 10 (Intercom-OpenAPI#639)", () => {
    const perPage = (ops: OperationModel[]) =>
      (param(ops, "listContacts", "per_page").schema as { default?: number }).default;
    expect(perPage(opsBefore)).toBeUndefined();
    expect(perPage(opsAfter)).toBe(10);
  });

  it("takes the numeric ids Intercom's own reference examples send", () => {
    const check = (
      ops: OperationModel[],
      d: Description,
      op: string,
      name: string,
      value: unknown,
    ) =>
      v.safeParse(build(valibotCode(param(ops, op, name).schema, context(d, true))), value).success;
    for (const [op, name] of [
      ["attachConversationTag", "id"],
      ["attachConversationTag", "admin_id"],
      ["attachContactSubscription", "id"],
      ["createTicket", "ticket_type_id"],
      ["updateTicket", "ticket_state_id"],
    ] as const) {
      expect(check(opsBefore, before, op, name, 991267921), `${op} ${name}`).toBe(false);
      expect(check(opsAfter, after, op, name, 991267921), `${op} ${name}`).toBe(true);
      expect(check(opsAfter, after, op, name, "991267921"), `${op} ${name}`).toBe(true);
      expect(check(opsAfter, after, op, name, 1.5), `${op} ${name}: integers only`).toBe(false);
    }
  });
});
