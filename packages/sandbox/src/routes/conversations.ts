import type { Context } from "hono";
import { Hono } from "hono";
import { nowSeconds, storeOf } from "../app/context-helpers.js";
import type { SandboxEnv } from "../app/env.js";
import { optionalInteger, optionalString } from "../http/body-fields.js";
import { badRequest, errorResponse, notFound, parameterMissing } from "../http/error-list.js";
import { isObject, readJsonObject } from "../http/read-json.js";
import {
  compareKeys,
  cursorPage,
  InvalidCursorError,
  type SortKey,
} from "../paging/cursor-page.js";
import { perPageParam } from "../paging/paging-params.js";
import { conversationCatalog } from "../search/conversation-catalog.js";
import { runSearch } from "../search/run-search.js";
import { serializeConversation, serializeConversationListItem } from "../serialize/conversation.js";
import type { ConversationPartRecord, ConversationRecord, PartAuthor } from "../store/records.js";
import type { Store } from "../store/store.js";
import { conversationTagRoutes } from "./conversation-tags.js";

/** Conversations: create, retrieve, list, reply, manage (parts), search, tags. */
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
    try {
      const page = cursorPage(sorted, keyOf, compare, {
        perPage: perPageParam(c.req.query("per_page"), 20, 150),
        startingAfter: c.req.query("starting_after"),
      });
      return c.json({
        type: "conversation.list",
        conversations: page.items.map((x) => serializeConversationListItem(x, store)),
        total_count: page.totalCount,
        pages: page.pages,
      });
    } catch (error) {
      if (error instanceof InvalidCursorError)
        return badRequest(c, error.message, "starting_after");
      throw error;
    }
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
    return c.json(serializeConversation(conversation, store));
  });

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
          body: wrap(text),
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
          body: wrap(text),
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
    return c.json(serializeConversation(conversation, store));
  });

  routes.route("/", conversationTagRoutes());
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

interface NewPart {
  part_type: string;
  body: string | null;
  author: PartAuthor;
  assigned_to: ConversationPartRecord["assigned_to"];
  at: number;
}

function addPart(store: Store, conversation: ConversationRecord, part: NewPart): void {
  conversation.parts.push({
    id: store.ids.sequence("part"),
    part_type: part.part_type,
    body: part.body,
    created_at: part.at,
    updated_at: part.at,
    notified_at: part.at,
    author: part.author,
    assigned_to: part.assigned_to,
  });
  conversation.updated_at = Math.max(conversation.updated_at, part.at);
}

function wrap(text: string | null): string | null {
  return text === null ? null : `<p>${text}</p>`;
}
