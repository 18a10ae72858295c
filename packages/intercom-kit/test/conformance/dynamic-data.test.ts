import { fileURLToPath } from "node:url";
import { beforeAll, describe, expect, it } from "vitest";
import { createClient } from "../../src/index.js";
import { DESCRIPTION_PATH } from "../description.js";
import { writeDiscriminatedDescription } from "./discriminated-description.js";
import { DYNAMIC_EXCEPTIONS, listedKinds, seenKinds } from "./known-exceptions.js";
import { startPrism } from "./prism-server.js";
import { loadOperations, runAll } from "./run-operations.js";

/** Fixed seeds, so a failure reproduces with the same random data. */
const SEEDS = [1, 2];

let model: Awaited<ReturnType<typeof loadOperations>>;
let served: Awaited<ReturnType<typeof writeDiscriminatedDescription>>;

// The description is parsed once; each seed starts its own Prism.
beforeAll(async () => {
  model = await loadOperations(fileURLToPath(DESCRIPTION_PATH));
  served = await writeDiscriminatedDescription();
  expect(served.fixes).toBeGreaterThanOrEqual(19);
}, 600_000);

describe("conformance: every GET against Prism's random conforming data", () => {
  it.each(SEEDS)(
    "parses every answer in strict mode with seed %i, but the listed exceptions, each failing the listed way",
    { timeout: 600_000 },
    async (seed) => {
      const prism = await startPrism(["--dynamic", "--seed", String(seed)], served.path);
      try {
        const client = createClient({ token: "t", baseUrl: prism.url, validation: "strict" });
        const outcomes = await runAll(
          client,
          model.operations,
          model.deref,
          (entry) => entry.method === "GET",
        );
        expect(outcomes.size).toBe(108);
        const failed = [...outcomes].filter(([, outcome]) => !outcome.ok).map(([name]) => name);
        expect(failed.sort()).toEqual(Object.keys(DYNAMIC_EXCEPTIONS).sort());
        expect(seenKinds(DYNAMIC_EXCEPTIONS, outcomes)).toEqual(listedKinds(DYNAMIC_EXCEPTIONS));
      } finally {
        await prism.stop();
      }
    },
  );
});
