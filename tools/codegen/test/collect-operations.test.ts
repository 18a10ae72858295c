import { describe, expect, it } from "vitest";
import { collectOperations } from "../src/model/collect-operations.ts";
import { inMemoryDescription } from "./fixture.ts";

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

describe("collectOperations", () => {
  it("fails on a name declared in two places until the config resolves it", () => {
    const description = withOperation({
      operationId: "retrieveContact",
      parameters: [
        { name: "contact_id", in: "path", required: true, schema: { type: "string" } },
        { name: "contact_id", in: "query", schema: { type: "string" } },
      ],
    });
    expect(() => collectOperations(description)).toThrow(
      /retrieveContact: param contact_id is declared in path and in query/,
    );
  });

  it("fails on a body field that clashes with a path param", () => {
    const description = withOperation({
      operationId: "updateContact",
      parameters: [{ name: "contact_id", in: "path", required: true, schema: { type: "string" } }],
      requestBody: {
        content: {
          "application/json": {
            schema: { type: "object", properties: { contact_id: { type: "string" } } },
          },
        },
      },
    });
    expect(() => collectOperations(description)).toThrow(
      /param contact_id is declared in path and in body/,
    );
  });

  it("fails on an operation without an operationId", () => {
    expect(() => collectOperations(withOperation({}))).toThrow(/has no operationId/);
  });

  it("fails on a path segment without a path parameter", () => {
    const description = withOperation({ operationId: "retrieveContact" });
    expect(() => collectOperations(description)).toThrow(/\{contact_id\} has no path parameter/);
  });
});
