import { readFile } from "node:fs/promises";
import { describe, expect, it } from "vitest";
import {
  DOC_END,
  DOC_START,
  exampleResponses,
  loadOperations,
  operationsDoc,
  operationsTable,
} from "../scripts/generated-content.ts";
import { EXAMPLE_RESPONSES } from "../src/generated/example-responses.js";
import { OPERATIONS } from "../src/generated/operations.js";

/**
 * What `scripts/generate.ts` writes must match what it would write now:
 * run `pnpm --filter @intercom-kit/sandbox generate` when one of these fails.
 */
const operations = await loadOperations();

describe("generated from the catalogue, and current", () => {
  it("src/generated/operations.ts", () => {
    expect(OPERATIONS).toEqual(operationsTable(operations));
  });

  it("src/generated/example-responses.ts", () => {
    expect(EXAMPLE_RESPONSES).toEqual(exampleResponses(operations));
  });

  it("the operations section of docs/sandbox.md", async () => {
    const doc = await readFile(new URL("../../../docs/sandbox.md", import.meta.url), "utf8");
    const section = doc.slice(doc.indexOf(DOC_START), doc.indexOf(DOC_END) + DOC_END.length);
    expect(section).toBe(operationsDoc(operations));
  });

  it("ships no part of the OpenAPI description", async () => {
    const text = await readFile(
      new URL("../src/generated/example-responses.ts", import.meta.url),
      "utf8",
    );
    expect(text).not.toMatch(/openapi|\$ref|x-fern|components\/schemas/i);
  });
});
