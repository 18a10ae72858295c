import { fileURLToPath } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createClient } from "../../src/index.js";
import { DESCRIPTION_PATH } from "../description.js";
import {
  EXAMPLE_FALLBACKS,
  listedKinds,
  STATIC_EXCEPTIONS,
  seenKinds,
} from "./known-exceptions.js";
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
  it("gets every request accepted and every example response through the strict schemas, but the listed exceptions", () => {
    const failed = [...outcomes].filter(([, outcome]) => !outcome.ok).map(([name]) => name);
    expect(failed.sort()).toEqual(Object.keys(STATIC_EXCEPTIONS).sort());
  });

  // Prism refusing a request, Prism refusing its own example, the SDK refusing an answer: each is listed as such.
  it("fails each listed operation the way its entry says", () => {
    expect(seenKinds(STATIC_EXCEPTIONS, outcomes)).toEqual(listedKinds(STATIC_EXCEPTIONS));
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
