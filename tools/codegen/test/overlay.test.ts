import { describe, expect, it } from "vitest";
import { applyOverlay } from "../src/read/overlay.ts";

function description() {
  return {
    paths: {
      "/jobs/{job_id}": {
        get: {
          parameters: [{ name: "job_id", in: "query", schema: { type: "string" } }],
          responses: { "200": { description: "ok" } },
        },
      },
    },
    components: {
      schemas: { thing: { type: "object", properties: { custom_attributes: { type: "string" } } } },
    },
  };
}

const parameters = { page: { name: "page", in: "query", schema: { type: "integer" } } };

describe("overlay", () => {
  it("moves a parameter, adds paging params and retypes every property of a name", () => {
    const doc = description();
    applyOverlay(doc, {
      parameters,
      fixes: [
        {
          operation: "GET /jobs/{job_id}",
          parameter: "job_id",
          reason: "in the path",
          set: { in: "path" },
        },
        { operation: "GET /jobs/{job_id}", reason: "paging", addParameters: ["page"] },
        {
          everyProperty: "custom_attributes",
          reason: "any JSON",
          set: { type: "object", additionalProperties: {} },
        },
      ],
    });
    expect(doc.paths["/jobs/{job_id}"].get.parameters).toEqual([
      { name: "job_id", in: "path", schema: { type: "string" } },
      parameters.page,
    ]);
    expect(doc.components.schemas.thing.properties.custom_attributes).toEqual({
      type: "object",
      additionalProperties: {},
    });
  });

  it("fails on a fix whose target is gone, so stale fixes are noticed", () => {
    expect(() =>
      applyOverlay(description(), {
        parameters,
        fixes: [{ operation: "GET /nope", reason: "x", set: {} }],
      }),
    ).toThrow(/no operation GET \/nope/);
    expect(() =>
      applyOverlay(description(), {
        parameters,
        fixes: [{ operation: "GET /jobs/{job_id}", parameter: "nope", reason: "x", set: {} }],
      }),
    ).toThrow(/no parameter nope/);
  });

  it("fails when an added parameter is already declared (the description was fixed upstream)", () => {
    const doc = description();
    const fix = { operation: "GET /jobs/{job_id}", reason: "paging", addParameters: ["page"] };
    applyOverlay(doc, { parameters, fixes: [fix] });
    expect(() => applyOverlay(doc, { parameters, fixes: [fix] })).toThrow(/already declared/);
  });

  it("adds required properties, and fails on an unknown or already required one", () => {
    const doc = description();
    const fix = { schema: "thing", reason: "always sent", require: ["custom_attributes"] };
    applyOverlay(doc, { parameters, fixes: [fix] });
    expect(doc.components.schemas.thing).toMatchObject({ required: ["custom_attributes"] });
    expect(() => applyOverlay(doc, { parameters, fixes: [fix] })).toThrow(/already required/);
    expect(() =>
      applyOverlay(description(), {
        parameters,
        fixes: [{ schema: "thing", reason: "typo", require: ["nope"] }],
      }),
    ).toThrow(/no property nope to require/);
  });

  it("names keys with a slash, such as media types, JSON Pointer style", () => {
    const doc = description();
    const ok = doc.paths["/jobs/{job_id}"].get.responses["200"] as Record<string, unknown>;
    ok.content = { "application/json": { schema: { type: "object" } } };
    applyOverlay(doc, {
      parameters,
      fixes: [
        {
          operation: "GET /jobs/{job_id}",
          at: "responses/200/content/application~1json",
          reason: "narrower answer",
          set: { schema: { type: "array" } },
        },
      ],
    });
    expect(ok.content).toEqual({ "application/json": { schema: { type: "array" } } });
  });

  it("refuses a fix without a reason", () => {
    expect(() =>
      applyOverlay(description(), {
        parameters,
        fixes: [{ schema: "thing", reason: " ", set: {} }],
      }),
    ).toThrow(/no reason/);
  });
});
