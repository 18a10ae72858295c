import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { sweep } from "../scripts/sweep.ts";
import { type Sandbox, startSandbox } from "../src/index.js";

let sandbox: Sandbox;
beforeAll(async () => {
  sandbox = await startSandbox({ rateLimit: false, clock: () => Date.UTC(2026, 0, 1) });
});
afterAll(() => sandbox.stop());

describe("like Intercom under repetition", () => {
  it("answers the same 231-operation suite the same way twice in one process, with reset() between", async () => {
    const first = await sweep(sandbox.url, sandbox.token, () => sandbox.store);
    sandbox.reset();
    const second = await sweep(sandbox.url, sandbox.token, () => sandbox.store);
    expect(second).toEqual(first);
    expect(first).toHaveLength(231);
    expect(first.filter(([, status]) => status === 501 || status >= 500)).toEqual([]);
  });
});
