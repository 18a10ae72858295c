import { describe, expect, it } from "vitest";
import { parseNotification, WebhookPayloadError } from "../src/index.js";
import { bodyOf, contactCreated, notification } from "./support/notifications.js";

/** The WebhookPayloadError parsing `body` throws; fails the test when nothing is thrown. */
function payloadErrorOf(body: string): WebhookPayloadError {
  try {
    parseNotification(body);
  } catch (error) {
    expect(error).toBeInstanceOf(WebhookPayloadError);
    return error as WebhookPayloadError;
  }
  throw new Error("parseNotification accepted the body");
}

describe("parseNotification", () => {
  it("returns the notification exactly as sent, fields no schema knows included", () => {
    const parsed = parseNotification(bodyOf(contactCreated));
    expect(parsed).toStrictEqual(contactCreated);
    expect(parsed.topic).toBe("contact.user.created");
  });

  it("names every bad path of a body that is not the envelope", () => {
    const broken = { ...notification("contact.user.created", {}), type: "event", created_at: "x" };
    const error = payloadErrorOf(bodyOf({ ...broken, data: { type: "notification_event_data" } }));
    expect(error.issues).toEqual([
      'type: expected "notification_event"',
      "created_at: expected number",
      "data.item: missing",
    ]);
  });

  it("says the body is not JSON without repeating it", () => {
    const secretish = '{"type":"notification_event","email":"private@example.com"';
    expect(() => parseNotification(secretish)).toThrow(
      new WebhookPayloadError("The webhook body is not JSON"),
    );
    const error = payloadErrorOf(secretish);
    expect(JSON.stringify(error)).not.toContain("private@example.com");
    expect(String(error)).not.toContain("private@example.com");
  });

  it("never repeats a received value in its issues", () => {
    const leaky = { ...notification("contact.user.created", {}), id: { email: "p@example.com" } };
    expect(() => parseNotification(bodyOf(leaky))).toThrow(/: id: expected string$/);
    const error = payloadErrorOf(
      bodyOf({ ...leaky, data: { type: "notification_event_data", item: "p@example.com" } }),
    );
    expect(error.message).not.toContain("p@example.com");
  });
});
