import { Hono } from "hono";
import { nowSeconds, storeOf } from "../app/context-helpers.js";
import type { SandboxEnv } from "../app/env.js";
import { optionalInteger, optionalString } from "../http/body-fields.js";
import { badRequest, notFound, parameterMissing } from "../http/error-list.js";
import { readJsonObject } from "../http/read-json.js";
import { serializeConversation } from "../serialize/conversation.js";
import { addPart, htmlBody } from "../store/conversation-parts.js";
import type { PartAuthor } from "../store/records.js";
import { emitWebhook } from "../webhooks/emit-webhook.js";

/** The webhook topic each state change sends. */
const PART_TOPICS: Readonly<Record<string, string>> = {
  close: "conversation.admin.closed",
  open: "conversation.admin.opened",
  snoozed: "conversation.admin.snoozed",
  assignment: "conversation.admin.assigned",
};

/** `POST /conversations/{conversation_id}/parts`: close, snooze, open or assign. */
export function conversationPartRoutes(): Hono<SandboxEnv> {
  const routes = new Hono<SandboxEnv>();

  routes.post("/conversations/:conversation_id/parts", async (c) => {
    const store = storeOf(c);
    const conversation = store.conversations.get(c.req.param("conversation_id"));
    if (!conversation) return notFound.resource(c);
    const body = await readJsonObject(c);
    if (body instanceof Response) return body;
    const admin = store.admins.get(optionalString(body.admin_id) ?? "");
    if (!admin) return notFound.resource(c);
    const author: PartAuthor = {
      type: "admin",
      id: admin.id,
      name: admin.name,
      email: admin.email,
    };
    const now = nowSeconds(c);
    const text = optionalString(body.body);
    switch (body.message_type) {
      case "close":
        conversation.state = "closed";
        conversation.snoozed_until = null;
        addPart(store, conversation, {
          part_type: "close",
          body: htmlBody(text),
          author,
          assigned_to: null,
          at: now,
        });
        break;
      case "open":
        conversation.state = "open";
        conversation.snoozed_until = null;
        addPart(store, conversation, {
          part_type: "open",
          body: null,
          author,
          assigned_to: null,
          at: now,
        });
        break;
      case "snoozed": {
        const until = optionalInteger(body.snoozed_until);
        if (until === null) return parameterMissing(c, "snoozed_until");
        conversation.state = "snoozed";
        conversation.snoozed_until = until;
        addPart(store, conversation, {
          part_type: "snoozed",
          body: null,
          author,
          assigned_to: null,
          at: now,
        });
        break;
      }
      case "assignment": {
        const assigneeId = optionalString(body.assignee_id);
        if (assigneeId === null) return parameterMissing(c, "assignee_id");
        const kind = body.type === "team" ? "team" : "admin";
        if (kind === "team") conversation.team_assignee_id = Number(assigneeId);
        else conversation.admin_assignee_id = Number(assigneeId);
        conversation.state = "open";
        addPart(store, conversation, {
          part_type: "assign_and_reopen",
          body: htmlBody(text),
          author,
          assigned_to: { type: kind, id: assigneeId },
          at: now,
        });
        break;
      }
      default:
        return badRequest(
          c,
          "message_type must be close, snoozed, open or assignment",
          "message_type",
        );
    }
    const item = serializeConversation(conversation, store);
    const topic = PART_TOPICS[String(body.message_type)];
    if (topic) emitWebhook(c, topic, item);
    return c.json(item);
  });

  return routes;
}
