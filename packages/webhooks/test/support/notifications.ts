/** Notifications shaped as Intercom sends them, with fields no schema knows, to prove nothing is dropped. */
export function notification(topic: string, item: Record<string, unknown>) {
  return {
    type: "notification_event",
    app_id: "abc123de",
    data: { type: "notification_event_data", item },
    links: {},
    id: "notif_5f6a1c2e-8d0b-4a8e-9b1e-0c2d3e4f5a6b",
    topic,
    delivery_status: "pending",
    delivery_attempts: 1,
    delivered_at: 0,
    first_sent_at: 1764633600,
    created_at: 1764633599,
    self: null,
    a_field_added_next_year: { nested: [1, 2, 3] },
  };
}

export const contactCreated = notification("contact.user.created", {
  type: "contact",
  id: "6762f0d51bb69f9f2193bb7f",
  role: "user",
  email: "zoë@example.com",
  name: "Zoë Müller",
  custom_attributes: { plan: "pro", seats: 12 },
  a_contact_field_added_later: true,
});

export const conversationReplied = notification("conversation.user.replied", {
  type: "conversation",
  id: "123456789",
  state: "open",
  source: { type: "conversation", body: "<p>Hi 👋</p>" },
});

export const ping = notification("ping", { type: "ping", message: "something something interzen" });

/** The body exactly as Intercom's servers serialise it: no spaces. */
export const bodyOf = (value: unknown) => JSON.stringify(value);
