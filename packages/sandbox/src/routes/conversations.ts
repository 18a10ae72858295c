import { Hono } from "hono";
import { nowSeconds, storeOf } from "../app/context-helpers.js";
import type { SandboxEnv } from "../app/env.js";
import { optionalInteger, optionalString } from "../http/body-fields.js";
import { errorResponse, notFound, parameterMissing } from "../http/error-list.js";
import { isObject, readJsonObject } from "../http/read-json.js";
import { compareKeys, type SortKey } from "../paging/cursor-page.js";
import { cursorPageOr400 } from "../paging/cursor-page-or-400.js";
import { perPageParam } from "../paging/paging-params.js";
import { conversationCatalog } from "../search/conversation-catalog.js";
import { runSearch } from "../search/run-search.js";
import { serializeConversation, serializeConversationListItem } from "../serialize/conversation.js";
import type { ConversationRecord } from "../store/records.js";
import { emitWebhook } from "../webhooks/emit-webhook.js";
import { conversationPartRoutes } from "./conversation-parts.js";
import { conversationReplyRoutes } from "./conversation-replies.js";
import { conversationTagRoutes } from "./conversation-tags.js";

/** Conversations: create, retrieve, list and search; replies, parts and tags are mounted from their own files. */
export function conversationRoutes(): Hono<SandboxEnv> {
  const routes = new Hono<SandboxEnv>();

  routes.post("/conversations", async (c) => {
    const body = await readJsonObject(c);
    if (body instanceof Response) return body;
    const store = storeOf(c);
    const from = isObject(body.from) ? body.from : undefined;
    const text = optionalString(body.body);
    if (!from) return parameterMissing(c, "from");
    if (text === null) return parameterMissing(c, "body");
    const contact = store.contacts.get(optionalString(from.id) ?? "");
    if (!contact) return errorResponse(c, 404, "not_found", "User Not Found");
    const createdAt = optionalInteger(body.created_at) ?? nowSeconds(c);
    const conversation: ConversationRecord = {
      id: store.ids.sequence("conversation"),
      title: null,
      created_at: createdAt,
      updated_at: createdAt,
      waiting_since: createdAt,
      snoozed_until: null,
      state: "open",
      read: false,
      priority: "none",
      admin_assignee_id: null,
      team_assignee_id: null,
      source: {
        id: store.ids.sequence("source"),
        type: "conversation",
        delivered_as: "customer_initiated",
        subject: optionalString(body.subject) ?? "",
        body: `<p>${text}</p>`,
        author: {
          type: contact.role,
          id: contact.id,
          name: contact.name,
          email: contact.email ?? "",
        },
      },
      contact_ids: [contact.id],
      tags: [],
      parts: [],
      custom_attributes: {},
    };
    store.conversations.set(conversation.id, conversation);
    emitWebhook(c, "conversation.user.created", serializeConversation(conversation, store));
    return c.json({
      type: "user_message",
      id: conversation.source.id,
      created_at: createdAt,
      body: text,
      message_type: "inapp",
      conversation_id: conversation.id,
    });
  });

  routes.get("/conversations", (c) => {
    const store = storeOf(c);
    const compare = compareKeys("descending");
    const keyOf = (x: ConversationRecord): SortKey => [x.updated_at, x.id.padStart(12, "0")];
    const sorted = [...store.conversations.values()].sort((a, b) => compare(keyOf(a), keyOf(b)));
    const page = cursorPageOr400(c, sorted, keyOf, compare, {
      perPage: perPageParam(c.req.query("per_page"), 20, 150),
      startingAfter: c.req.query("starting_after"),
    });
    if (page instanceof Response) return page;
    return c.json({
      type: "conversation.list",
      conversations: page.items.map((x) => serializeConversationListItem(x, store)),
      total_count: page.totalCount,
      pages: page.pages,
    });
  });

  routes.post("/conversations/search", async (c) => {
    const body = await readJsonObject(c);
    if (body instanceof Response) return body;
    const store = storeOf(c);
    const page = runSearch(c, body, store.conversations.values(), conversationCatalog());
    if (page instanceof Response) return page;
    return c.json({
      type: "conversation.list",
      conversations: page.items.map((x) => serializeConversationListItem(x, store)),
      total_count: page.totalCount,
      pages: page.pages,
    });
  });

  routes.get("/conversations/:conversation_id", (c) => {
    const store = storeOf(c);
    const conversation = store.conversations.get(c.req.param("conversation_id"));
    return conversation ? c.json(serializeConversation(conversation, store)) : notFound.resource(c);
  });

  routes.route("/", conversationReplyRoutes());
  routes.route("/", conversationPartRoutes());
  routes.route("/", conversationTagRoutes());
  return routes;
}
