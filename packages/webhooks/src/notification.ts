import * as v from "valibot";
import type { TopicItem } from "./topic-item.js";
import { WebhookPayloadError } from "./webhook-errors.js";

/**
 * One webhook notification: the envelope Intercom wraps every topic in.
 * Fields the envelope gains later are kept (the index signature), as the
 * item's unknown fields are.
 */
export interface Notification<TTopic extends string = string> {
  readonly type: "notification_event";
  readonly id: string;
  readonly topic: TTopic;
  /** The workspace the event happened in: one app's webhooks serve every workspace that installed it. */
  readonly app_id: string;
  /** UNIX seconds. */
  readonly created_at: number;
  readonly delivery_attempts?: number;
  /** UNIX seconds. */
  readonly first_sent_at?: number;
  readonly data: {
    readonly type: "notification_event_data";
    readonly item: TopicItem<TTopic>;
    readonly [field: string]: unknown;
  };
  readonly [field: string]: unknown;
}

// Loose: the envelope is checked, nothing is dropped, and the item is only
// required to be an object. Items are the API's own resources, and a
// notification that fails a resource schema must still reach its handler.
// Built on first use: this package ships as one module, and a schema built at
// import time would stay in the bundle of an app that only verifies signatures.
let notificationSchema: ReturnType<typeof buildNotificationSchema> | undefined;

function buildNotificationSchema() {
  return v.looseObject({
    type: v.literal("notification_event"),
    id: v.string(),
    topic: v.pipe(v.string(), v.minLength(1)),
    app_id: v.string(),
    created_at: v.number(),
    delivery_attempts: v.optional(v.number()),
    first_sent_at: v.optional(v.number()),
    data: v.looseObject({
      type: v.literal("notification_event_data"),
      item: v.looseObject({}),
    }),
  });
}

/**
 * The notification in a raw webhook body, checked against the envelope.
 * What is returned is the parsed JSON itself, unaltered. Verify the
 * signature first (`verifySignature`), or use `createWebhookHandler`, which does.
 * @throws WebhookPayloadError when the body is not JSON or not the envelope.
 */
export function parseNotification(body: string): Notification {
  let json: unknown;
  try {
    json = JSON.parse(body);
  } catch (error) {
    throw new WebhookPayloadError("The webhook body is not JSON", [], { cause: error });
  }
  notificationSchema ??= buildNotificationSchema();
  const result = v.safeParse(notificationSchema, json);
  if (!result.success) {
    // Each issue says what was expected, never what was received: the body
    // can hold customer data, and errors end up in logs.
    const issues = result.issues.map((issue) => {
      const what = issue.input === undefined ? "missing" : `expected ${issue.expected}`;
      return `${v.getDotPath(issue) ?? "(body)"}: ${what}`;
    });
    throw new WebhookPayloadError("The webhook body is not an Intercom notification", issues);
  }
  return json as Notification;
}
