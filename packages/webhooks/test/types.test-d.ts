import type { Company, Contact, Conversation, Ticket } from "@intercom-kit/models";
import { describe, expectTypeOf, it } from "vitest";
import {
  createWebhookHandler,
  type Notification,
  type PingItem,
  type TopicItem,
  type UnknownItem,
} from "../src/index.js";

describe("a notification's item is typed by its topic", () => {
  it("maps the topic families to their API resources", () => {
    expectTypeOf<TopicItem<"contact.user.created">>().toEqualTypeOf<Contact>();
    expectTypeOf<TopicItem<"conversation.admin.closed">>().toEqualTypeOf<Conversation>();
    expectTypeOf<TopicItem<"conversation_part.tag.created">>().toEqualTypeOf<Conversation>();
    expectTypeOf<TopicItem<"company.updated">>().toEqualTypeOf<Company>();
    expectTypeOf<TopicItem<"ticket.state.updated">>().toEqualTypeOf<Ticket>();
    expectTypeOf<TopicItem<"ping">>().toEqualTypeOf<PingItem>();
  });

  it("claims nothing for topics whose object is not one resource, or unknown topics", () => {
    expectTypeOf<TopicItem<"contact.user.tag.created">>().toEqualTypeOf<UnknownItem>();
    expectTypeOf<TopicItem<"company.contact.attached">>().toEqualTypeOf<UnknownItem>();
    expectTypeOf<TopicItem<"ticket.note.created">>().toEqualTypeOf<UnknownItem>();
    expectTypeOf<TopicItem<"something.new">>().toEqualTypeOf<UnknownItem>();
  });

  it("types the handler's argument from the topic it is registered for", () => {
    createWebhookHandler({ clientSecret: "s" })
      .on("contact.lead.created", (n) => {
        expectTypeOf(n).toEqualTypeOf<Notification<"contact.lead.created">>();
        expectTypeOf(n.data.item.id).toEqualTypeOf<string>();
      })
      .otherwise((n) => {
        expectTypeOf(n.topic).toEqualTypeOf<string>();
        expectTypeOf(n.data.item).toEqualTypeOf<UnknownItem>();
      });
  });

  it("rejects a handler that is not a function", () => {
    // @ts-expect-error a handler is a function of the notification
    createWebhookHandler({ clientSecret: "s" }).on("ping", "not a function");
  });
});
