import { describe, expect, it } from "vitest";
import type { PackageNode } from "../src/config/resource-tree.ts";
import { collectOperations } from "../src/model/collect-operations.ts";
import { inMemoryDescription } from "./fixture.ts";

/** A one-resource tree placing `POST /contacts/{contact_id}` as `contacts.update`. */
const TREE: Record<string, PackageNode> = {
  contacts: {
    noun: ["Contact", "Contacts"],
    summary: "Contacts.",
    operations: { update: { op: "POST /contacts/{contact_id}", summary: "Changes a contact." } },
  },
};

function withOperation(operation: object, path = "/contacts/{contact_id}") {
  return inMemoryDescription({
    paths: {
      [path]: {
        post: { tags: ["Contacts"], responses: { "200": { description: "ok" } }, ...operation },
      },
    },
    components: { schemas: {} },
  });
}

const PATH_PARAM = { name: "contact_id", in: "path", required: true, schema: { type: "string" } };

describe("collectOperations", () => {
  it("names, places and describes an operation from the tree", () => {
    const [op] = collectOperations(
      withOperation({ operationId: "UpdateContact", parameters: [PATH_PARAM] }),
      TREE,
    );
    expect(op).toMatchObject({
      operationId: "UpdateContact",
      name: "updateContact",
      domain: "contacts",
      resource: ["contacts"],
      verb: "update",
      summary: "Changes a contact.",
      retrySafe: false,
    });
  });

  it("fails on an operation the tree does not place, and on an entry naming none", () => {
    const description = withOperation(
      { operationId: "x", parameters: [{ ...PATH_PARAM, name: "id" }] },
      "/contacts/{id}",
    );
    expect(() => collectOperations(description, TREE)).toThrow(
      /POST \/contacts\/\{id\} has no place in the resource tree/,
    );
    expect(() => collectOperations(description, TREE)).toThrow(
      /places POST \/contacts\/\{contact_id\}, which the description does not have/,
    );
  });

  it("fails on an operation placed twice", () => {
    const twice: Record<string, PackageNode> = {
      contacts: {
        ...(TREE.contacts as PackageNode),
        resources: {
          notes: {
            noun: ["Note", "Notes"],
            operations: { create: { op: "POST /contacts/{contact_id}", summary: "Again." } },
          },
        },
      },
    };
    const description = withOperation({ operationId: "x", parameters: [PATH_PARAM] });
    expect(() => collectOperations(description, twice)).toThrow(
      /placed twice: at contacts.update and at contacts.notes.create/,
    );
  });

  it("fails on readOnly for a method that is retry-safe anyway", () => {
    const tree: Record<string, PackageNode> = {
      contacts: {
        noun: ["Contact", "Contacts"],
        summary: "Contacts.",
        operations: {
          retrieve: { op: "GET /contacts/{contact_id}", summary: "Fetches.", readOnly: true },
        },
      },
    };
    const description = inMemoryDescription({
      paths: {
        "/contacts/{contact_id}": {
          get: { operationId: "x", parameters: [PATH_PARAM], responses: { "200": {} } },
        },
      },
    });
    expect(() => collectOperations(description, tree)).toThrow(/readOnly is for POST and PATCH/);
  });

  it("fails on a name declared in two places until the tree resolves it", () => {
    const description = withOperation({
      operationId: "x",
      parameters: [PATH_PARAM, { name: "contact_id", in: "query", schema: { type: "string" } }],
    });
    expect(() => collectOperations(description, TREE)).toThrow(
      /updateContact: param contact_id is declared in path and in query/,
    );
    const resolved: Record<string, PackageNode> = {
      contacts: {
        noun: ["Contact", "Contacts"],
        summary: "Contacts.",
        operations: {
          update: {
            op: "POST /contacts/{contact_id}",
            summary: "Changes a contact.",
            clashes: { contact_id: { keep: "path", reason: "the query copy is the same id" } },
          },
        },
      },
    };
    const [op] = collectOperations(description, resolved);
    expect(op?.params.map((p) => `${p.in}:${p.name}`)).toEqual(["path:contact_id"]);
  });

  it("fails on a body field that clashes with a path param", () => {
    const description = withOperation({
      operationId: "x",
      parameters: [PATH_PARAM],
      requestBody: {
        content: {
          "application/json": {
            schema: { type: "object", properties: { contact_id: { type: "string" } } },
          },
        },
      },
    });
    expect(() => collectOperations(description, TREE)).toThrow(
      /param contact_id is declared in path and in body/,
    );
  });

  it("fails on an operation without an operationId", () => {
    expect(() => collectOperations(withOperation({ parameters: [PATH_PARAM] }), TREE)).toThrow(
      /has no operationId/,
    );
  });

  it("fails on a path segment without a path parameter", () => {
    const description = withOperation({ operationId: "x" });
    expect(() => collectOperations(description, TREE)).toThrow(
      /\{contact_id\} has no path parameter/,
    );
  });
});
