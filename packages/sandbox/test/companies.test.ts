import { afterEach, describe, expect, it } from "vitest";
import {
  type Body,
  manualClock,
  type SandboxClient,
  startClient,
} from "./support/sandbox-client.js";

let api: SandboxClient | undefined;
afterEach(async () => {
  await api?.sandbox.stop();
  api = undefined;
});

describe("companies", () => {
  it("creates a company, then updates the same one by company_id", async () => {
    api = await startClient({ rateLimit: false });
    // A custom attribute is created before it is written, as with Intercom.
    const unknown = await api.post("/companies", {
      company_id: "ext-1",
      custom_attributes: { tier: "gold" },
    });
    expect(unknown.status).toBe(400);
    expect(unknown.body.errors[0]).toMatchObject({ code: "parameter_invalid" });
    await api.post("/data_attributes", { name: "tier", model: "company", data_type: "string" });
    const created = await api.post("/companies", {
      company_id: "ext-1",
      name: "Blue Sun",
      plan: "Pro",
      custom_attributes: { tier: "gold" },
    });
    expect(created.status).toBe(200);
    expect(created.body).toMatchObject({
      type: "company",
      company_id: "ext-1",
      name: "Blue Sun",
      plan: { type: "plan", name: "Pro" },
      custom_attributes: { tier: "gold" },
    });
    const again = await api.post("/companies", { company_id: "ext-1", name: "Blue Sun Corp" });
    expect(again.body.id).toBe(created.body.id);
    expect(again.body.name).toBe("Blue Sun Corp");
    expect((await api.get(`/companies/${created.body.id}`)).body.name).toBe("Blue Sun Corp");
    const found = await api.get("/companies?company_id=ext-1");
    expect(found.body.data.map((c: Body) => c.id)).toEqual([created.body.id]);
    expect((await api.get("/companies?company_id=missing")).body.errors[0].code).toBe(
      "company_not_found",
    );
    expect((await api.put(`/companies/${created.body.id}`, { size: 12 })).body.size).toBe(12);
    expect((await api.delete(`/companies/${created.body.id}`)).body).toEqual({
      id: created.body.id,
      object: "company",
      deleted: true,
    });
    expect((await api.get(`/companies/${created.body.id}`)).status).toBe(404);
  });

  it("needs a company_id to create or update", async () => {
    api = await startClient({ rateLimit: false });
    const res = await api.post("/companies", { name: "No id" });
    expect(res.status).toBe(400);
    expect(res.body.type).toBe("error.list");
  });

  it("lists companies by page until page reaches total_pages", async () => {
    api = await startClient({ rateLimit: false, seedSizes: { companies: 33 } });
    const seen: string[] = [];
    let page = 1;
    let totalPages = Number.POSITIVE_INFINITY;
    for (; page <= totalPages && page < 20; page++) {
      const res = await api.get(`/companies?page=${page}&per_page=10`);
      expect(res.body.pages).toMatchObject({ type: "pages", page, per_page: 10 });
      totalPages = res.body.pages.total_pages;
      seen.push(...res.body.data.map((c: Body) => c.id));
    }
    expect(totalPages).toBe(4);
    expect(new Set(seen).size).toBe(33);
    const listed = await api.post("/companies/list?per_page=60");
    expect(listed.body.total_count).toBe(33);
    expect(listed.body.pages.per_page).toBe(60);
  });
});

describe("companies scroll", () => {
  it("scrolls through every company and ends with an empty data page", async () => {
    api = await startClient({ rateLimit: false, seedSizes: { companies: 32 } });
    let res = await api.get("/companies/scroll");
    const param: string = res.body.scroll_param;
    expect(typeof param).toBe("string");
    const seen: string[] = res.body.data.map((c: Body) => c.id);
    let pages = 1;
    while (res.body.data.length > 0 && pages < 10) {
      res = await api.get(`/companies/scroll?scroll_param=${param}`);
      pages++;
      seen.push(...res.body.data.map((c: Body) => c.id));
    }
    expect(res.body.data).toEqual([]);
    expect(pages).toBe(4); // 15 + 15 + 2, then the empty page
    expect(new Set(seen).size).toBe(32);
    // The empty page closed the scroll: a new one may start, the old parameter is gone.
    expect((await api.get(`/companies/scroll?scroll_param=${param}`)).status).toBe(404);
    expect((await api.get("/companies/scroll")).status).toBe(200);
  });

  it("allows one open scroll per workspace", async () => {
    api = await startClient({ rateLimit: false });
    expect((await api.get("/companies/scroll")).status).toBe(200);
    const second = await api.get("/companies/scroll");
    expect(second.status).toBe(400);
    expect(second.body).toMatchObject({ type: "error.list", errors: [{ code: "scroll_exists" }] });
  });

  it("expires a scroll after a minute idle", async () => {
    const time = manualClock();
    api = await startClient({ rateLimit: false, clock: time.clock });
    const param: string = (await api.get("/companies/scroll")).body.scroll_param;
    time.advance(59_000);
    expect((await api.get(`/companies/scroll?scroll_param=${param}`)).status).toBe(200);
    time.advance(59_000); // idle time restarts on every use
    expect((await api.get(`/companies/scroll?scroll_param=${param}`)).status).toBe(200);
    time.advance(60_000);
    expect((await api.get(`/companies/scroll?scroll_param=${param}`)).status).toBe(404);
    expect((await api.get("/companies/scroll")).status).toBe(200);
  });
});
