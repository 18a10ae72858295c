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

  it("refuses a fix without a reason", () => {
    expect(() =>
      applyOverlay(description(), {
        parameters,
        fixes: [{ schema: "thing", reason: " ", set: {} }],
      }),
    ).toThrow(/no reason/);
  });
});
