import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type Body, type SandboxClient, startClient } from "./support/sandbox-client.js";

let api: SandboxClient;
let adminId: string;
let contactId: string;
beforeAll(async () => {
  api = await startClient({ rateLimit: false });
  adminId = (await api.get("/me")).body.id;
  contactId = (await api.post("/contacts", { email: "talker@example.com", name: "Talker" })).body
    .id;
});
afterAll(() => api.sandbox.stop());

async function newConversation(body = "My invoice is wrong"): Promise<string> {
  const res = await api.post("/conversations", { from: { type: "user", id: contactId }, body });
  expect(res.status).toBe(200);
  return res.body.conversation_id;
}

describe("conversations", () => {
  it("creates a conversation from a contact's message", async () => {
    const res = await api.post("/conversations", {
      from: { type: "user", id: contactId },
      body: "Hello",
    });
    expect(res.body).toMatchObject({ type: "user_message", body: "Hello", message_type: "inapp" });
    const conversation = await api.get(`/conversations/${res.body.conversation_id}`);
    expect(conversation.body).toMatchObject({
      type: "conversation",
      state: "open",
      open: true,
      source: { body: "<p>Hello</p>", author: { id: contactId } },
      contacts: { type: "contact.list", contacts: [{ type: "contact", id: contactId }] },
      conversation_parts: { type: "conversation_part.list", total_count: 0 },
    });
  });

  it("answers 404 for an unknown contact or conversation", async () => {
    const res = await api.post("/conversations", {
      from: { type: "user", id: "nobody" },
      body: "Hi",
    });
    expect(res.status).toBe(404);
    expect((await api.get("/conversations/0")).status).toBe(404);
  });

  it("adds admin replies, notes and contact replies as parts", async () => {
    const id = await newConversation();
    const reply = await api.post(`/conversations/${id}/reply`, {
      message_type: "comment",
      type: "admin",
      admin_id: adminId,
      body: "Looking into it",
    });
    expect(reply.status).toBe(200);
    expect(reply.body.waiting_since).toBeNull();
    await api.post(`/conversations/${id}/reply`, {
      message_type: "note",
      type: "admin",
      admin_id: adminId,
      body: "Internal",
    });
    const fromContact = await api.post(`/conversations/${id}/reply`, {
      message_type: "comment",
      type: "user",
      intercom_user_id: contactId,
      body: "Thanks",
    });
    const parts = fromContact.body.conversation_parts.conversation_parts;
    expect(parts.map((p: Body) => [p.part_type, p.author.type])).toEqual([
      ["comment", "admin"],
      ["note", "admin"],
      ["comment", "user"],
    ]);
    expect(fromContact.body.conversation_parts.total_count).toBe(3);
    expect(Number.isInteger(fromContact.body.waiting_since)).toBe(true);
  });

  it("closes, snoozes, opens and assigns through parts", async () => {
    const id = await newConversation();
    const closed = await api.post(`/conversations/${id}/parts`, {
      message_type: "close",
      type: "admin",
      admin_id: adminId,
    });
    expect(closed.body).toMatchObject({ state: "closed", open: false });
    const snoozed = await api.post(`/conversations/${id}/parts`, {
      message_type: "snoozed",
      admin_id: adminId,
      snoozed_until: 2_000_000_000,
    });
    expect(snoozed.body).toMatchObject({ state: "snoozed", snoozed_until: 2_000_000_000 });
    const opened = await api.post(`/conversations/${id}/parts`, {
      message_type: "open",
      admin_id: adminId,
    });
    expect(opened.body).toMatchObject({ state: "open", snoozed_until: null });
    const assigned = await api.post(`/conversations/${id}/parts`, {
      message_type: "assignment",
      type: "admin",
      admin_id: adminId,
      assignee_id: adminId,
    });
    expect(assigned.body.admin_assignee_id).toBe(Number(adminId));
    const last = assigned.body.conversation_parts.conversation_parts.at(-1);
    expect(last).toMatchObject({
      part_type: "assign_and_reopen",
      assigned_to: { type: "admin", id: adminId },
    });
    const bad = await api.post(`/conversations/${id}/parts`, {
      message_type: "explode",
      admin_id: adminId,
    });
    expect(bad.status).toBe(400);
  });

  it("tags and untags a conversation", async () => {
    const id = await newConversation();
    const tag = (await api.post("/tags", { name: "Billing" })).body;
    const applied = await api.post(`/conversations/${id}/tags`, { id: tag.id, admin_id: adminId });
    expect(applied.body).toMatchObject({
      type: "tag",
      id: tag.id,
      applied_by: { type: "admin", id: adminId },
    });
    expect((await api.get(`/conversations/${id}`)).body.tags.tags.map((t: Body) => t.id)).toEqual([
      tag.id,
    ]);
    expect((await api.delete(`/conversations/${id}/tags/${tag.id}`)).status).toBe(200);
    expect((await api.get(`/conversations/${id}`)).body.tags.tags).toEqual([]);
  });

  it("searches conversations by state, by a word of source.body and by contact", async () => {
    const id = await newConversation("Refund for order 1234 please");
    const byWord = await api.post("/conversations/search", {
      query: { field: "source.body", operator: "=", value: "refund" },
    });
    expect(byWord.body.type).toBe("conversation.list");
    expect(byWord.body.conversations.map((c: Body) => c.id)).toEqual([id]);
    const byPhrase = await api.post("/conversations/search", {
      query: { field: "source.body", operator: "=", value: "refund for" },
    });
    expect(byPhrase.body.total_count).toBe(0);
    const openForContact = await api.post("/conversations/search", {
      query: {
        operator: "AND",
        value: [
          { field: "contact_ids", operator: "=", value: contactId },
          { field: "state", operator: "=", value: "open" },
        ],
      },
      pagination: { per_page: 2 },
    });
    const all = [...api.sandbox.store.conversations.values()].filter(
      (c) => c.contact_ids.includes(contactId) && c.state === "open",
    );
    expect(openForContact.body.total_count).toBe(all.length);
    expect(openForContact.body.pages.per_page).toBe(2);
  });

  it("lists conversations with a cursor", async () => {
    const first = await api.get("/conversations?per_page=5");
    expect(first.body.type).toBe("conversation.list");
    expect(first.body.conversations).toHaveLength(5);
    const next = await api.get(
      `/conversations?per_page=5&starting_after=${first.body.pages.next.starting_after}`,
    );
    expect(next.body.pages.page).toBe(2);
    const ids = new Set(
      [...first.body.conversations, ...next.body.conversations].map((c: Body) => c.id),
    );
    expect(ids.size).toBe(10);
    const garbage = await api.get("/conversations?starting_after=garbage");
    expect(garbage.status).toBe(400);
    expect(garbage.body.errors[0].field).toBe("starting_after");
  });
});
