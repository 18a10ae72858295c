import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DESCRIPTION_PATHS } from "../src/http/description-paths.js";
import { EMULATED_OPERATIONS as EMULATED } from "../src/http/emulated-operations.js";
import { createSandboxApp } from "../src/index.js";
import { type SandboxClient, startClient } from "./support/sandbox-client.js";

let api: SandboxClient;
beforeAll(async () => {
  api = await startClient({ rateLimit: false });
});
afterAll(() => api.sandbox.stop());

const OPERATIONS = DESCRIPTION_PATHS.flatMap(([path, methods]) =>
  methods.map((method) => ({ method, path })),
);

describe("operations the sandbox does not emulate", () => {
  it("covers all 231 operations of the description in its table", () => {
    expect(OPERATIONS).toHaveLength(231);
    for (const operation of EMULATED) {
      expect(OPERATIONS.some(({ method, path }) => `${method} ${path}` === operation)).toBe(true);
    }
  });

  it("answers 501 with an error.list naming the operation, for every operation not emulated", async () => {
    const unexpected: string[] = [];
    for (const { method, path } of OPERATIONS) {
      const operation = `${method} ${path}`;
      const concrete = path.replace(/\{[^}]+\}/g, "sandbox-id");
      const res = await api.request(
        method,
        concrete,
        method === "GET" || method === "DELETE" ? {} : { body: {} },
      );
      const is501 = res.status === 501;
      if (is501 === EMULATED.has(operation)) unexpected.push(`${operation} → ${res.status}`);
      if (is501) {
        expect(res.body.type).toBe("error.list");
        expect(res.body.errors[0]).toEqual({
          code: "not_implemented",
          message: `The Intercom sandbox does not emulate ${operation}`,
        });
      }
    }
    expect(unexpected).toEqual([]);
  });

  it("has a route for every operation it lists as emulated, and no route it does not list", () => {
    const normalize = (path: string) => path.replace(/\{[^}]+\}|:[^/]+/g, ":param");
    const routes = new Set(
      createSandboxApp()
        .app.routes.filter((route) => route.method !== "ALL")
        .map((route) => `${route.method} ${normalize(route.path)}`),
    );
    const emulated = new Set([...EMULATED].map((operation) => normalize(operation)));
    expect([...emulated].filter((operation) => !routes.has(operation))).toEqual([]);
    expect([...routes].filter((route) => !emulated.has(route))).toEqual([]);
  });

  it("answers 404 for a path that is not in the description", async () => {
    const res = await api.get("/no/such/thing");
    expect(res.status).toBe(404);
    expect(res.body).toMatchObject({ type: "error.list", errors: [{ code: "not_found" }] });
  });
});
