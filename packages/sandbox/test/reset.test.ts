import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type Body, type SandboxClient, startClient } from "./support/sandbox-client.js";

let api: SandboxClient;
beforeAll(async () => {
  api = await startClient({ rateLimit: false });
});
afterAll(() => api.sandbox.stop());

describe("reset", () => {
  it("throws away every change and serves the seeded data again", async () => {
    const before = (await api.get("/contacts?per_page=150")).body;
    const created = (await api.post("/contacts", { email: "temporary@example.com" })).body;
    await api.delete(`/contacts/${before.data[0].id}`);
    expect((await api.get(`/contacts/${before.data[0].id}`)).status).toBe(404);
    expect((await api.get("/contacts?per_page=150")).body.total_count).toBe(before.total_count);

    api.sandbox.reset();

    const after = (await api.get("/contacts?per_page=150")).body;
    expect(after.data.map((c: Body) => c.id)).toEqual(before.data.map((c: Body) => c.id));
    expect((await api.get(`/contacts/${created.id}`)).status).toBe(404);
    expect(api.sandbox.store.contacts.has(before.data[0].id)).toBe(true);
  });
});
