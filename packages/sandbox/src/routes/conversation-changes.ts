import { Hono } from "hono";
import { nowSeconds, storeOf } from "../app/context-helpers.js";
import type { SandboxEnv } from "../app/env.js";
import { customAttributes, optionalString } from "../http/body-fields.js";
import { badRequest, errorResponse, notFound, parameterMissing } from "../http/error-list.js";
import { isObject, readJsonObject } from "../http/read-json.js";
import { numberedPage } from "../paging/page-number.js";
import { pageParam, perPageParam } from "../paging/paging-params.js";
import { serializeConversation } from "../serialize/conversation.js";
import { serializeTicket } from "../serialize/ticket.js";
import { addPart } from "../store/conversation-parts.js";
import type { ContactRecord, ConversationRecord, TicketRecord } from "../store/records.js";
import type { Store } from "../store/store.js";
import { emitWebhook } from "../webhooks/emit-webhook.js";
import { logActivity } from "./admin-activity.js";

/** What a redacted part or source shows instead of what it said. */
export const REDACTED_BODY = "<p><i>This message was redacted</i></p>";
/** Intercom holds a conversation's participants to ten. */
const MAX_PARTICIPANTS = 10;

const conversationNotFound = (c: Parameters<typeof errorResponse>[0]) =>
  errorResponse(c, 404, "conversation_not_found", "Conversation not found");

/**
 * The rest of a conversation's life: update (read, title, custom
 * attributes), participants (attach, detach), redaction, deletion (listed by
 * `GET /conversations/deleted`) and conversion to a ticket.
 */
export function conversationChangeRoutes(): Hono<SandboxEnv> {
  const routes = new Hono<SandboxEnv>();

  routes.get("/conversations/deleted", (c) => {
    const store = storeOf(c);
    const ascending = c.req.query("order") === "asc";
    const deleted = [...store.deletedConversations].sort((a, b) =>
      ascending ? a.deleted_at - b.deleted_at : b.deleted_at - a.deleted_at,
    );
    const page = numberedPage(
      deleted,
      pageParam(c.req.query("page")),
      perPageParam(c.req.query("per_page"), 20, 150),
    );
    return c.json({
      type: "conversations.deleted",
      conversations: page.items.map((x) => ({
        type: "conversation",
        id: x.id,
        metrics_retained: false,
        deleted_at: x.deleted_at,
      })),
      total_count: page.totalCount,
      pages: { ...page.pages, next: null },
    });
  });

  routes.post("/conversations/redact", async (c) => {
    const store = storeOf(c);
    const body = await readJsonObject(c);
    if (body instanceof Response) return body;
    const conversation = store.conversations.get(optionalString(body.conversation_id) ?? "");
    if (body.type !== "conversation_part" && body.type !== "source") {
      return badRequest(c, "type must be conversation_part or source", "type");
    }
    if (!conversation) return conversationNotFound(c);
    if (body.type === "source") {
      if (optionalString(body.source_id) !== conversation.source.id) {
        return errorResponse(c, 404, "source_not_found", "Source not found");
      }
      conversation.source.body = REDACTED_BODY;
      conversation.source.redacted = true;
    } else {
      const part = conversation.parts.find(
        (p) => p.id === optionalString(body.conversation_part_id),
      );
      if (!part) return errorResponse(c, 404, "part_not_found", "Conversation part not found");
      part.body = REDACTED_BODY;
      part.redacted = true;
    }
    const now = nowSeconds(c);
    logActivity(
      store,
      "conversation_part_redaction",
      `Redacted a message in conversation ${conversation.id}.`,
      { conversation_id: conversation.id },
      now,
    );
    const item = serializeConversation(conversation, store);
    emitWebhook(c, "conversation_part.redacted", item);
    return c.json(item);
  });

  routes.put("/conversations/:conversation_id", async (c) => {
    const store = storeOf(c);
    const conversation = store.conversations.get(c.req.param("conversation_id"));
    if (!conversation) return conversationNotFound(c);
    const body = await readJsonObject(c);
    if (body instanceof Response) return body;
    if (body.read !== undefined && typeof body.read !== "boolean") {
      return badRequest(c, "read must be a boolean", "read");
    }
    const wasRead = conversation.read;
    if (typeof body.read === "boolean") conversation.read = body.read;
    if (body.title !== undefined) conversation.title = optionalString(body.title);
    if (isObject(body.custom_attributes)) {
      Object.assign(conversation.custom_attributes, customAttributes(body.custom_attributes));
    }
    conversation.updated_at = Math.max(nowSeconds(c), conversation.updated_at);
    const item = serializeConversation(conversation, store);
    if (!wasRead && conversation.read) emitWebhook(c, "conversation.read", item);
    return c.json(item);
  });

  routes.delete("/conversations/:conversation_id", (c) => {
    const store = storeOf(c);
    const conversation = store.conversations.get(c.req.param("conversation_id"));
    if (!conversation) return conversationNotFound(c);
    const item = serializeConversation(conversation, store);
    store.conversations.delete(conversation.id);
    const now = nowSeconds(c);
    store.deletedConversations.push({ id: conversation.id, deleted_at: now });
    logActivity(
      store,
      "conversation_deletion",
      `Deleted conversation ${conversation.id}.`,
      { conversation_id: conversation.id },
      now,
    );
    emitWebhook(c, "conversation.deleted", item);
    return c.json({ id: conversation.id, object: "conversation", deleted: true });
  });

  routes.post("/conversations/:conversation_id/customers", async (c) => {
    const store = storeOf(c);
    const conversation = store.conversations.get(c.req.param("conversation_id"));
    if (!conversation) return conversationNotFound(c);
    const body = await readJsonObject(c);
    if (body instanceof Response) return body;
    const admin = store.admins.get(optionalString(body.admin_id) ?? store.meAdminId);
    if (!admin) return notFound.admin(c);
    if (!isObject(body.customer)) return parameterMissing(c, "customer");
    const contact = customerContact(store, body.customer);
    if (!contact) return errorResponse(c, 404, "not_found", "User Not Found");
    if (!conversation.contact_ids.includes(contact.id)) {
      if (conversation.contact_ids.length >= MAX_PARTICIPANTS) {
        return badRequest(
          c,
          `a conversation has at most ${MAX_PARTICIPANTS} participants`,
          "customer",
        );
      }
      conversation.contact_ids.push(contact.id);
      addPart(store, conversation, {
        part_type: "participant_added",
        body: null,
        author: { type: "admin", id: admin.id, name: admin.name, email: admin.email },
        assigned_to: null,
        at: nowSeconds(c),
      });
      emitWebhook(c, "conversation.contact.attached", serializeConversation(conversation, store));
    }
    return c.json(customersOf(store, conversation));
  });

  routes.delete("/conversations/:conversation_id/customers/:contact_id", async (c) => {
    const store = storeOf(c);
    const conversation = store.conversations.get(c.req.param("conversation_id"));
    if (!conversation) return conversationNotFound(c);
    const body = await readJsonObject(c);
    if (body instanceof Response) return body;
    const admin = store.admins.get(optionalString(body.admin_id) ?? c.req.query("admin_id") ?? "");
    if (!admin) return parameterMissing(c, "admin_id");
    const contactId = c.req.param("contact_id");
    if (!conversation.contact_ids.includes(contactId)) {
      return errorResponse(c, 404, "not_found", "User Not Found");
    }
    if (conversation.contact_ids.length === 1) {
      return badRequest(c, "a conversation keeps at least one participant", "contact_id");
    }
    conversation.contact_ids = conversation.contact_ids.filter((id) => id !== contactId);
    addPart(store, conversation, {
      part_type: "participant_removed",
      body: null,
      author: { type: "admin", id: admin.id, name: admin.name, email: admin.email },
      assigned_to: null,
      at: nowSeconds(c),
    });
    emitWebhook(c, "conversation.contact.detached", serializeConversation(conversation, store));
    return c.json(customersOf(store, conversation));
  });

  routes.post("/conversations/:conversation_id/convert", async (c) => {
    const store = storeOf(c);
    const conversation = store.conversations.get(c.req.param("conversation_id"));
    if (!conversation) return conversationNotFound(c);
    const body = await readJsonObject(c);
    if (body instanceof Response) return body;
    const typeId = optionalString(body.ticket_type_id);
    if (typeId === null) return parameterMissing(c, "ticket_type_id");
    if (!store.ticketTypes.has(typeId))
      return errorResponse(c, 404, "not_found", "Ticket type not found");
    const stateId =
      optionalString(body.ticket_state_id) ??
      [...store.ticketStates.values()].find((s) => s.category === "submitted")?.id ??
      "";
    if (!store.ticketStates.has(stateId))
      return badRequest(c, "ticket_state_id is not a ticket state", "ticket_state_id");
    const now = nowSeconds(c);
    const ticket: TicketRecord = {
      id: store.ids.sequence("ticket"),
      ticket_id: store.ids.sequence("ticket_number"),
      ticket_type_id: typeId,
      ticket_state_id: stateId,
      ticket_attributes: {
        _default_title_: conversation.title ?? conversation.source.subject ?? "",
        ...customAttributes(body.attributes),
      },
      contact_ids: [...conversation.contact_ids],
      company_id: null,
      admin_assignee_id: conversation.admin_assignee_id,
      team_assignee_id: conversation.team_assignee_id,
      created_at: now,
      updated_at: now,
      open: true,
    };
    store.tickets.set(ticket.id, ticket);
    const item = serializeTicket(ticket, store);
    emitWebhook(c, "ticket.created", item);
    return c.json(item);
  });

  return routes;
}

function customersOf(store: Store, conversation: ConversationRecord) {
  return {
    customers: conversation.contact_ids.map((id) => ({
      type: store.contacts.get(id)?.role ?? "user",
      id,
    })),
  };
}

/** A participant is named by Intercom id, by your user id, or by email. */
function customerContact(
  store: Store,
  customer: Record<string, unknown>,
): ContactRecord | undefined {
  const id = optionalString(customer.intercom_user_id);
  const userId = optionalString(customer.user_id);
  const email = optionalString(customer.email)?.toLowerCase() ?? null;
  if (id !== null) return store.contacts.get(id);
  return [...store.contacts.values()].find(
    (x) =>
      (userId !== null && x.external_id === userId) ||
      (email !== null && x.email?.toLowerCase() === email),
  );
}
