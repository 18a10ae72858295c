import { Hono } from "hono";
import { nowSeconds, storeOf } from "../app/context-helpers.js";
import type { SandboxEnv } from "../app/env.js";
import { optionalString } from "../http/body-fields.js";
import { errorResponse, notFound, parameterMissing } from "../http/error-list.js";
import { readJsonObject } from "../http/read-json.js";
import { serializeConversation } from "../serialize/conversation.js";
import { serializeAppliedTag } from "../serialize/tag.js";
import { emitWebhook } from "../webhooks/emit-webhook.js";

/** Tagging a conversation needs the tag and the admin who tags it. */
export function conversationTagRoutes(): Hono<SandboxEnv> {
  const routes = new Hono<SandboxEnv>();

  routes.post("/conversations/:conversation_id/tags", async (c) => {
    const store = storeOf(c);
    const conversation = store.conversations.get(c.req.param("conversation_id"));
    if (!conversation) return errorResponse(c, 404, "not_found", "Conversation not found");
    const body = await readJsonObject(c);
    if (body instanceof Response) return body;
    const tagId = optionalString(body.id);
    const adminId = optionalString(body.admin_id);
    if (tagId === null) return parameterMissing(c, "id");
    if (adminId === null) return parameterMissing(c, "admin_id");
    if (!store.tags.has(tagId) || !store.admins.has(adminId)) return notFound.resource(c);
    let applied = conversation.tags.find((t) => t.tag_id === tagId);
    if (!applied) {
      applied = { tag_id: tagId, applied_at: nowSeconds(c), admin_id: adminId };
      conversation.tags.push(applied);
      emitWebhook(c, "conversation_part.tag.created", serializeConversation(conversation, store));
    }
    return c.json(serializeAppliedTag(applied, store));
  });

  routes.delete("/conversations/:conversation_id/tags/:tag_id", async (c) => {
    const store = storeOf(c);
    const conversation = store.conversations.get(c.req.param("conversation_id"));
    if (!conversation) return errorResponse(c, 404, "not_found", "Conversation not found");
    const index = conversation.tags.findIndex((t) => t.tag_id === c.req.param("tag_id"));
    const applied = conversation.tags[index];
    if (!applied) return errorResponse(c, 404, "not_found", "Tag not found");
    conversation.tags.splice(index, 1);
    return c.json(serializeAppliedTag(applied, store));
  });

  return routes;
}
