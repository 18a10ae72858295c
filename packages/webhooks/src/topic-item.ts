import type { Admin, Company, Contact, Conversation, Ticket } from "@intercom-kit/models";

/** What `ping` carries: Intercom's check that the endpoint answers. */
export interface PingItem {
  readonly type: "ping";
  readonly message?: string;
  readonly [field: string]: unknown;
}

/** An item whose shape this package does not claim to know: a JSON object. */
export interface UnknownItem {
  readonly type?: string;
  readonly [field: string]: unknown;
}

/**
 * The item a topic's notification carries, as Intercom's webhook reference
 * lists the topic's object: conversations for `conversation.*` and
 * `conversation_part.*`, contacts for `contact.*`, and so on. Topics whose
 * object is not one API resource (tags being applied, a company and a
 * contact being linked, ticket notes) and topics this table does not know
 * give `UnknownItem`; narrow those yourself.
 */
export type TopicItem<TTopic extends string> = TTopic extends "ping"
  ? PingItem
  : TTopic extends "conversation_part.tag.created"
    ? Conversation
    : TTopic extends
          | `${string}.tag.${string}`
          | `company.contact.${string}`
          | `ticket.note.${string}`
      ? UnknownItem
      : TTopic extends `conversation.${string}` | `conversation_part.${string}`
        ? Conversation
        : TTopic extends `contact.${string}`
          ? Contact
          : TTopic extends `company.${string}`
            ? Company
            : TTopic extends `ticket.${string}`
              ? Ticket
              : TTopic extends `admin.${string}`
                ? Admin
                : UnknownItem;
