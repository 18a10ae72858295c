import type { Context } from "hono";
import { Hono } from "hono";
import { nowSeconds, storeOf } from "../app/context-helpers.js";
import type { SandboxEnv } from "../app/env.js";
import { optionalInteger, optionalString } from "../http/body-fields.js";
import { badRequest, errorResponse, notFound, parameterMissing } from "../http/error-list.js";
import { readJsonObject } from "../http/read-json.js";
import { serializeConversation } from "../serialize/conversation.js";
import { addPart } from "../store/conversation-parts.js";
import type { PartAuthor } from "../store/records.js";
import type { Store } from "../store/store.js";
import { emitWebhook } from "../webhooks/emit-webhook.js";

/** `POST /conversations/{conversation_id}/reply`: an admin's comment or note, or a contact's comment. */
export function conversationReplyRoutes(): Hono<SandboxEnv> {
  const routes = new Hono<SandboxEnv>();

  routes.post("/conversations/:conversation_id/reply", async (c) => {
    const store = storeOf(c);
    const conversation = store.conversations.get(c.req.param("conversation_id"));
    if (!conversation) return notFound.resource(c);
    const body = await readJsonObject(c);
    if (body instanceof Response) return body;
    const messageType = optionalString(body.message_type);
    if (messageType !== "comment" && messageType !== "note" && messageType !== "quick_reply") {
      return badRequest(c, "message_type must be comment, note or quick_reply", "message_type");
    }
    const author = replyAuthor(c, store, body.type, body);
    if (author instanceof Response) return author;
    const text = optionalString(body.body);
    if (text === null && messageType !== "quick_reply") return parameterMissing(c, "body");
    if (author.type !== "admin" && messageType !== "comment") {
      return badRequest(c, "a contact can only reply with a comment", "message_type");
    }
    const now = optionalInteger(body.created_at) ?? nowSeconds(c);
    addPart(store, conversation, {
      part_type: messageType === "note" ? "note" : messageType,
      body: text === null ? null : `<p>${text}</p>`,
      author,
      assigned_to: null,
      at: now,
    });
    if (messageType !== "note") {
      // A contact's reply reopens and waits for an admin; an admin's reply stops the wait.
      if (author.type === "admin") conversation.waiting_since = null;
      else {
        conversation.waiting_since = now;
        if (conversation.state === "closed") conversation.state = "open";
      }
    }
    const item = serializeConversation(conversation, store);
    emitWebhook(
      c,
      author.type !== "admin"
        ? "conversation.user.replied"
        : messageType === "note"
          ? "conversation.admin.noted"
          : "conversation.admin.replied",
      item,
    );
    return c.json(item);
  });

  return routes;
}

/** Who is replying: an admin (`type: "admin"`, `admin_id`) or a contact (`type: "user"`, by id or email). */
function replyAuthor(
  c: Context<SandboxEnv>,
  store: Store,
  type: unknown,
  body: Record<string, unknown>,
): PartAuthor | Response {
  if (type === "admin") {
    const admin = store.admins.get(optionalString(body.admin_id) ?? "");
    if (!admin) return notFound.resource(c);
    return { type: "admin", id: admin.id, name: admin.name, email: admin.email };
  }
  if (type === "user") {
    const id = optionalString(body.intercom_user_id);
    const email = optionalString(body.email);
    const userId = optionalString(body.user_id);
    const contact = [...store.contacts.values()].find(
      (x) =>
        (id !== null && x.id === id) ||
        (email !== null && x.email === email) ||
        (userId !== null && x.external_id === userId),
    );
    if (!contact) return errorResponse(c, 404, "not_found", "User Not Found");
    return { type: contact.role, id: contact.id, name: contact.name, email: contact.email ?? "" };
  }
  return badRequest(c, "type must be admin or user", "type");
}
