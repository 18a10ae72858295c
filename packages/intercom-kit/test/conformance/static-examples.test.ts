import { fileURLToPath } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createClient } from "../../src/index.js";
import { DESCRIPTION_PATH } from "../description.js";
import { EXAMPLE_FALLBACKS, STATIC_EXCEPTIONS } from "./known-exceptions.js";
import { type PrismServer, startPrism } from "./prism-server.js";
import { loadOperations, type Outcome, runAll } from "./run-operations.js";

let prism: PrismServer | undefined;
let outcomes: Map<string, Outcome>;

beforeAll(async () => {
  prism = await startPrism();
  const { operations, deref } = await loadOperations(fileURLToPath(DESCRIPTION_PATH));
  const client = createClient({ token: "t", baseUrl: prism.url, validation: "strict" });
  outcomes = await runAll(client, operations, deref);
}, 600_000);

afterAll(async () => {
  await prism?.stop();
});

describe("conformance: every operation against Prism serving the description's examples", () => {
  it("calls all 231 operations", () => {
    expect(outcomes.size).toBe(231);
  });

  it("gets every request accepted and every example response through the strict schemas, but the listed exceptions", () => {
    const failed = Object.fromEntries(
      [...outcomes]
        .filter(([, outcome]) => !outcome.ok)
        .map(([name, outcome]) => [name, outcome.cause]),
    );
    expect(Object.keys(failed).sort()).toEqual(Object.keys(STATIC_EXCEPTIONS).sort());
  });

  it("never has its request refused by Prism outside the listed description defects", () => {
    const refused = [...outcomes]
      .filter(([, outcome]) => outcome.cause?.startsWith("request rejected"))
      .map(([name]) => name);
    for (const name of refused)
      expect(STATIC_EXCEPTIONS[name], name).toMatch(/^(description|Prism)/);
  });

  // Failing operations are covered by STATIC_EXCEPTIONS; this pins the passing ones.
  it("passes after a fall-back from the description's examples only where that is listed", () => {
    const replaced = Object.fromEntries(
      [...outcomes]
        .filter(([, outcome]) => outcome.ok && outcome.replaced.length > 0)
        .map(([name, outcome]) => [name, [...outcome.replaced].sort()]),
    );
    const exampleRejected = [...outcomes]
      .filter(([, outcome]) => outcome.ok && outcome.exampleRejected)
      .map(([name]) => name)
      .sort();
    expect({ replaced, exampleRejected }).toEqual(EXAMPLE_FALLBACKS);
  });
});
