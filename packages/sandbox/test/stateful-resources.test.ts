import { gunzipSync } from "node:zlib";
import { afterEach, describe, expect, it } from "vitest";
import { EXPORT_COMPLETED_MS, EXPORT_PENDING_MS } from "../src/routes/content-exports.js";
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

async function start(options: Parameters<typeof startClient>[0] = {}) {
  api = await startClient({ rateLimit: false, ...options });
  return api;
}

describe("subscription types and a contact's subscriptions", () => {
  it("attaches with a consent, lists, and detaches", async () => {
    const a = await start();
    const types = (await a.get("/subscription_types")).body.data;
    expect(types.length).toBe(3);
    const contactId = [...a.sandbox.store.contacts.keys()][0];
    expect((await a.get(`/contacts/${contactId}/subscriptions`)).body.data).toEqual([]);
    const attached = await a.post(`/contacts/${contactId}/subscriptions`, {
      id: types[0].id,
      consent_type: "opt_in",
    });
    expect(attached.status).toBe(200);
    expect(attached.body).toMatchObject({ id: types[0].id, consent_type: "opt_in" });
    const listed = (await a.get(`/contacts/${contactId}/subscriptions`)).body.data;
    expect(listed.map((t: Body) => t.id)).toEqual([types[0].id]);
    const detached = await a.delete(`/contacts/${contactId}/subscriptions/${types[0].id}`);
    expect(detached.status).toBe(200);
    expect((await a.get(`/contacts/${contactId}/subscriptions`)).body.data).toEqual([]);
    expect((await a.delete(`/contacts/${contactId}/subscriptions/${types[0].id}`)).status).toBe(
      404,
    );
    const bad = await a.post(`/contacts/${contactId}/subscriptions`, {
      id: types[0].id,
      consent_type: "maybe",
    });
    expect(bad.status).toBe(400);
    expect((await a.get("/contacts/none/subscriptions")).status).toBe(404);
  });
});

describe("help centers and collections", () => {
  it("creates, nests, updates and deletes collections; articles sit in them", async () => {
    const a = await start();
    const helpCenters = (await a.get("/help_center/help_centers")).body.data;
    expect(helpCenters).toHaveLength(1);
    expect((await a.get(`/help_center/help_centers/${helpCenters[0].id}`)).body.id).toBe(
      helpCenters[0].id,
    );
    const before = (await a.get("/help_center/collections")).body.total_count;
    const parent = (await a.post("/help_center/collections", { name: "Security" })).body;
    const section = (
      await a.post("/help_center/collections", { name: "SSO", parent_id: parent.id })
    ).body;
    expect(section.parent_id).toBe(parent.id);
    expect((await a.get("/help_center/collections")).body.total_count).toBe(before + 2);
    const renamed = await a.put(`/help_center/collections/${parent.id}`, {
      name: "Security & SSO",
    });
    expect(renamed.body.name).toBe("Security & SSO");
    expect(
      (await a.put(`/help_center/collections/${parent.id}`, { parent_id: section.id })).status,
    ).toBe(400);
    const article = await a.post("/articles", {
      title: "Set up SSO",
      author_id: Number(a.sandbox.store.meAdminId),
      parent_id: Number(section.id),
    });
    expect(article.body.parent_ids).toEqual([Number(section.id), Number(parent.id)]);
    const deleted = await a.delete(`/help_center/collections/${parent.id}`);
    expect(deleted.body).toEqual({ id: parent.id, object: "collection", deleted: true });
    expect((await a.get(`/help_center/collections/${section.id}`)).status).toBe(404);
    expect((await a.get(`/articles/${article.body.id}`)).body.parent_ids).toEqual([]);
    expect((await a.post("/help_center/collections", {})).status).toBe(400);
  });
});

describe("data attributes", () => {
  it("lists, creates and updates; a created custom attribute shows on contacts and can be written", async () => {
    const a = await start();
    const all = (await a.get("/data_attributes?model=contact")).body.data;
    expect(all.every((x: Body) => x.model === "contact")).toBe(true);
    const contactId = [...a.sandbox.store.contacts.keys()][0];
    const refused = await a.put(`/contacts/${contactId}`, { custom_attributes: { nps: 9 } });
    expect(refused.status).toBe(400);
    const created = await a.post("/data_attributes", {
      name: "nps",
      model: "contact",
      data_type: "integer",
    });
    expect(created.body).toMatchObject({
      name: "nps",
      full_name: "custom_attributes.nps",
      custom: true,
    });
    expect((await a.get(`/contacts/${contactId}`)).body.custom_attributes.nps).toBeNull();
    const written = await a.put(`/contacts/${contactId}`, { custom_attributes: { nps: 9 } });
    expect(written.body.custom_attributes.nps).toBe(9);
    const archived = await a.put(`/data_attributes/${created.body.id}`, { archived: true });
    expect(archived.body.archived).toBe(true);
    expect((await a.get("/data_attributes")).body.data.some((x: Body) => x.name === "nps")).toBe(
      false,
    );
    expect(
      (await a.get("/data_attributes?include_archived=true")).body.data.some(
        (x: Body) => x.name === "nps",
      ),
    ).toBe(true);
    expect(
      (await a.post("/data_attributes", { name: "nps", model: "contact", data_type: "integer" }))
        .status,
    ).toBe(400);
  });
});

describe("teams, away mode and activity logs", () => {
  it("lists teams, sets an admin away and logs it", async () => {
    const a = await start();
    const teams = (await a.get("/teams")).body.teams;
    expect(teams.length).toBe(3);
    expect((await a.get(`/teams/${teams[0].id}`)).body.admin_ids.length).toBeGreaterThan(0);
    const adminId = a.sandbox.store.meAdminId;
    const away = await a.put(`/admins/${adminId}/away`, {
      away_mode_enabled: true,
      away_mode_reassign: true,
      away_status_reason_id: 1,
    });
    expect(away.body).toMatchObject({
      away_mode_enabled: true,
      away_mode_reassign: true,
      away_status_reason_id: 1,
    });
    expect((await a.get(`/admins/${adminId}`)).body.away_mode_enabled).toBe(true);
    const logs = (await a.get("/admins/activity_logs?created_at_after=0")).body.activity_logs;
    expect(logs[0]).toMatchObject({
      activity_type: "admin_away_mode_change",
      performed_by: { id: adminId },
    });
    expect((await a.get("/admins/activity_logs")).status).toBe(400);
  });
});

describe("messages and conversation changes", () => {
  it("opens a conversation with POST /messages, then updates, attaches, detaches, redacts and deletes", async () => {
    const a = await start();
    const store = a.sandbox.store;
    const [first, second] = [...store.contacts.keys()];
    const message = await a.post("/messages", {
      message_type: "email",
      subject: "Welcome",
      body: "Hello there",
      from: { type: "admin", id: Number(store.meAdminId) },
      to: { type: "user", id: first },
    });
    expect(message.status).toBe(200);
    const id = message.body.conversation_id;
    const conversation = (await a.get(`/conversations/${id}`)).body;
    expect(conversation.source).toMatchObject({
      delivered_as: "admin_initiated",
      subject: "Welcome",
    });
    expect(
      (await a.put(`/conversations/${id}`, { read: true, title: "Onboarding" })).body,
    ).toMatchObject({ read: true, title: "Onboarding" });
    const attached = await a.post(`/conversations/${id}/customers`, {
      admin_id: store.meAdminId,
      customer: { intercom_user_id: second },
    });
    expect(attached.body.customers.map((x: Body) => x.id)).toEqual([first, second]);
    const detached = await a.request("DELETE", `/conversations/${id}/customers/${second}`, {
      body: { admin_id: store.meAdminId },
    });
    expect(detached.body.customers.map((x: Body) => x.id)).toEqual([first]);
    const sourceId = conversation.source.id;
    const redacted = await a.post("/conversations/redact", {
      type: "source",
      conversation_id: id,
      source_id: sourceId,
    });
    expect(redacted.body.source).toMatchObject({ redacted: true });
    expect(redacted.body.source.body).not.toContain("Hello there");
    expect((await a.delete(`/conversations/${id}`)).body).toEqual({
      id,
      object: "conversation",
      deleted: true,
    });
    expect((await a.get(`/conversations/${id}`)).status).toBe(404);
    expect(
      (await a.get("/conversations/deleted")).body.conversations.map((x: Body) => x.id),
    ).toEqual([id]);
  });
});

describe("company segments", () => {
  it("lists the segments a company is in", async () => {
    const a = await start();
    const company = [...a.sandbox.store.companies.values()].find((x) => (x.size ?? 0) >= 500);
    const segments = (await a.get(`/companies/${company?.id}/segments`)).body.data;
    expect(segments.map((s: Body) => s.name)).toContain("Large companies");
  });
});

describe("content export jobs", () => {
  it("goes pending → in_progress → completed with the clock, then downloads gzipped CSV", async () => {
    const time = manualClock();
    const a = await start({ clock: time.clock });
    const job = await a.post("/export/content/data", {
      created_at_after: 0,
      created_at_before: 2_000_000_000,
    });
    expect(job.body).toMatchObject({ status: "pending", download_url: "" });
    const id = job.body.job_identifier;
    expect(
      (await a.post("/export/content/data", { created_at_after: 0, created_at_before: 1 })).status,
    ).toBe(429);
    expect((await a.get(`/download/content/data/${id}`)).status).toBe(404);
    time.advance(EXPORT_PENDING_MS);
    expect((await a.get(`/export/content/data/${id}`)).body.status).toBe("in_progress");
    time.advance(EXPORT_COMPLETED_MS - EXPORT_PENDING_MS);
    const done = (await a.get(`/export/content/data/${id}`)).body;
    expect(done.status).toBe("completed");
    expect(done.download_url).toContain(`/download/content/data/${id}`);
    const download = await fetch(`${a.sandbox.url}/download/content/data/${id}`, {
      headers: { Authorization: `Bearer ${a.sandbox.token}` },
    });
    const csv = gunzipSync(Buffer.from(await download.arrayBuffer())).toString("utf8");
    const lines = csv.trim().split("\r\n");
    expect(lines[0]).toBe(
      "conversation_id,conversation_created_at,user_id,user_email,delivered_as,subject,parts,state",
    );
    expect(lines.length - 1).toBe(a.sandbox.store.conversations.size);
    expect((await a.post(`/export/cancel/${id}`)).status).toBe(400);
    const second = (
      await a.post("/export/content/data", { created_at_after: 0, created_at_before: 1 })
    ).body;
    expect((await a.post(`/export/cancel/${second.job_identifier}`)).body.status).toBe("canceled");
  });
});

describe("content export jobs by polls", () => {
  const range = { created_at_after: 0, created_at_before: 2_000_000_000 };
  const statuses = async (a: Awaited<ReturnType<typeof start>>, id: string, polls: number) => {
    const seen: string[] = [];
    for (let i = 0; i < polls; i++)
      seen.push((await a.get(`/export/content/data/${id}`)).body.status);
    return seen;
  };

  it("moves on one step per poll, without the clock", async () => {
    const a = await start({ clock: manualClock().clock });
    const id = (await a.post("/export/content/data", range)).body.job_identifier;
    expect(await statuses(a, id, 3)).toEqual(["pending", "in_progress", "completed"]);
  });

  it("ends as no_data for an empty range, and as the outcome the option asks", async () => {
    const a = await start({ clock: manualClock().clock });
    const empty = (
      await a.post("/export/content/data", { created_at_after: 0, created_at_before: 1 })
    ).body.job_identifier;
    expect(await statuses(a, empty, 3)).toEqual(["pending", "in_progress", "no_data"]);
    expect((await a.get(`/download/content/data/${empty}`)).status).toBe(404);
    const failing = await start({ clock: manualClock().clock, exportJobs: { outcome: "failed" } });
    const id = (await failing.post("/export/content/data", range)).body.job_identifier;
    expect(await statuses(failing, id, 3)).toEqual(["pending", "in_progress", "failed"]);
  });

  it("never ends when told to be slow", async () => {
    const time = manualClock();
    const a = await start({
      clock: time.clock,
      exportJobs: { pollsPerStep: 1_000, followClock: false },
    });
    const id = (await a.post("/export/content/data", range)).body.job_identifier;
    time.advance(60_000);
    expect(await statuses(a, id, 3)).toEqual(["pending", "pending", "pending"]);
  });
});
