import { Hono } from "hono";
import { nowSeconds, storeOf } from "../app/context-helpers.js";
import type { SandboxEnv } from "../app/env.js";
import { optionalInteger, optionalString } from "../http/body-fields.js";
import { badRequest, errorResponse, notFound, parameterMissing } from "../http/error-list.js";
import { isObject, readJsonObject } from "../http/read-json.js";
import { serializeConversation } from "../serialize/conversation.js";
import type { ConversationRecord } from "../store/records.js";
import { emitWebhook } from "../webhooks/emit-webhook.js";

const MESSAGE_TYPES = new Set(["in_app", "inapp", "email", "sms"]);

/**
 * `POST /messages`: an admin writes to a contact first. The sandbox opens
 * the conversation the message starts (admin-initiated, the admin as its
 * author) and answers the `message` with its `conversation_id`; the
 * conversation is then listed, searchable and can be replied to.
 */
export function messageRoutes(): Hono<SandboxEnv> {
  const routes = new Hono<SandboxEnv>();

  routes.post("/messages", async (c) => {
    const store = storeOf(c);
    const body = await readJsonObject(c);
    if (body instanceof Response) return body;
    const messageType = optionalString(body.message_type);
    if (messageType === null) return parameterMissing(c, "message_type");
    if (!MESSAGE_TYPES.has(messageType)) {
      return badRequest(c, "message_type must be in_app, email or sms", "message_type");
    }
    const text = optionalString(body.body);
    if (text === null) return parameterMissing(c, "body");
    const subject = optionalString(body.subject);
    if (messageType === "email" && subject === null) return parameterMissing(c, "subject");
    const from = isObject(body.from) ? body.from : undefined;
    if (!from) return parameterMissing(c, "from");
    const admin = store.admins.get(optionalString(from.id) ?? "");
    if (from.type !== "admin" || !admin) return notFound.admin(c);
    const to = Array.isArray(body.to) ? body.to[0] : body.to;
    if (!isObject(to)) return parameterMissing(c, "to");
    const contactId = optionalString(to.id);
    const contact =
      contactId === null
        ? undefined
        : (store.contacts.get(contactId) ??
          [...store.contacts.values()].find((x) => x.external_id === contactId));
    if (!contact) return errorResponse(c, 404, "not_found", "User Not Found");
    const createdAt = optionalInteger(body.created_at) ?? nowSeconds(c);
    const conversation: ConversationRecord = {
      id: store.ids.sequence("conversation"),
      title: null,
      created_at: createdAt,
      updated_at: createdAt,
      waiting_since: null,
      snoozed_until: null,
      state: "open",
      read: false,
      priority: "none",
      admin_assignee_id: null,
      team_assignee_id: null,
      source: {
        id: store.ids.sequence("source"),
        type: messageType === "email" ? "email" : "conversation",
        delivered_as: "admin_initiated",
        subject: subject ?? "",
        body: `<p>${text}</p>`,
        author: { type: "admin", id: admin.id, name: admin.name, email: admin.email },
      },
      contact_ids: [contact.id],
      tags: [],
      parts: [],
      custom_attributes: {},
    };
    store.conversations.set(conversation.id, conversation);
    contact.last_contacted_at = createdAt;
    emitWebhook(c, "conversation.admin.single.created", serializeConversation(conversation, store));
    return c.json({
      type: messageType === "email" ? "email" : "inapp",
      id: conversation.source.id,
      created_at: createdAt,
      ...(subject === null ? {} : { subject }),
      body: text,
      message_type: messageType === "in_app" ? "inapp" : messageType,
      conversation_id: conversation.id,
    });
  });

  return routes;
}
