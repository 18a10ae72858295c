import { createHmac } from "node:crypto";
import { ConfigurationError } from "@intercom-kit/core";
import { afterEach, describe, expect, it } from "vitest";
import { createWebhookHandler, type Notification, type WebhookHandler } from "../src/index.js";
import { bodyOf, contactCreated, conversationReplied, ping } from "./support/notifications.js";
import { type Served, serveOnLoopback } from "./support/serve.js";

const SECRET = "client-secret-canary-7f3a";
const sign = (body: string) => `sha1=${createHmac("sha1", SECRET).update(body).digest("hex")}`;

let served: Served | undefined;
afterEach(async () => {
  await served?.close();
  served = undefined;
});

/** Posts `value` as Intercom would, to the handler served over loopback HTTP. */
async function deliver(handler: WebhookHandler, value: unknown, signature?: string) {
  served ??= await serveOnLoopback((request) => handler.fetch(request));
  const body = typeof value === "string" ? value : bodyOf(value);
  const response = await fetch(served.url, {
    method: "POST",
    headers: {
      "Content-Type": "application/json",
      "X-Hub-Signature": signature ?? sign(body),
    },
    body,
  });
  return { status: response.status, text: await response.text() };
}

describe("createWebhookHandler over HTTP", () => {
  it("gives a signed notification to its topic's handler, unaltered, and answers 200", async () => {
    const seen: Notification[] = [];
    const handler = createWebhookHandler({ clientSecret: SECRET })
      .on("contact.user.created", (n) => void seen.push(n))
      .on("conversation.user.replied", () => {
        throw new Error("not this one");
      });
    expect(await deliver(handler, contactCreated)).toEqual({ status: 200, text: "Handled" });
    expect(seen).toStrictEqual([contactCreated]);
  });

  it("answers 401 to a wrong or missing signature, and runs no handler", async () => {
    const calls: string[] = [];
    const handler = createWebhookHandler({ clientSecret: SECRET })
      .on("contact.user.created", (n) => void calls.push(n.id))
      .otherwise((n) => void calls.push(n.id));
    const forged = sign(bodyOf(ping));
    expect((await deliver(handler, contactCreated, forged)).status).toBe(401);
    expect((await deliver(handler, contactCreated, "")).status).toBe(401);
    expect(calls).toEqual([]);
  });

  it("answers 400 to a signed body that is not a notification, naming the bad path", async () => {
    const handler = createWebhookHandler({ clientSecret: SECRET });
    const answer = await deliver(handler, { type: "notification_event" });
    expect(answer.status).toBe(400);
    expect(answer.text).toContain("id: missing; topic: missing");
    expect((await deliver(handler, "{not json")).status).toBe(400);
  });

  it("answers 500 when a handler throws, so Intercom sends it again, and reports the error", async () => {
    const reported: [unknown, string][] = [];
    const handler = createWebhookHandler({
      clientSecret: SECRET,
      onError: (error, n) => reported.push([error, n.id]),
    }).on("conversation.user.replied", async () => {
      throw new Error("database down");
    });
    expect(await deliver(handler, conversationReplied)).toEqual({
      status: 500,
      text: "The notification's handler failed",
    });
    expect(reported).toEqual([[new Error("database down"), conversationReplied.id]]);
  });

  it("gives topics without a handler to `otherwise`, and acknowledges them with 200 without one", async () => {
    const others: string[] = [];
    const bare = createWebhookHandler({ clientSecret: SECRET });
    expect(await deliver(bare, ping)).toEqual({ status: 200, text: "No handler for this topic" });
    await served?.close();
    served = undefined;
    const withFallback = bare.otherwise((n) => void others.push(n.topic));
    expect((await deliver(withFallback, conversationReplied)).status).toBe(200);
    expect(others).toEqual(["conversation.user.replied"]);
  });

  it("answers Intercom's HEAD check with 200 and other methods with 405", async () => {
    const handler = createWebhookHandler({ clientSecret: SECRET });
    served = await serveOnLoopback((request) => handler.fetch(request));
    expect((await fetch(served.url, { method: "HEAD" })).status).toBe(200);
    const get = await fetch(served.url);
    expect(get.status).toBe(405);
    expect(get.headers.get("allow")).toBe("POST, HEAD");
  });
});

describe("createWebhookHandler's setup", () => {
  it("is immutable: on() returns a new handler and leaves the old one as it was", async () => {
    const seen: string[] = [];
    const base = createWebhookHandler({ clientSecret: SECRET });
    const extended = base.on("ping", () => void seen.push("ping"));
    const body = bodyOf(ping);
    expect((await base.receive(body, sign(body))).message).toBe("No handler for this topic");
    expect((await extended.receive(body, sign(body))).message).toBe("Handled");
    expect(seen).toEqual(["ping"]);
  });

  it("refuses a second handler for a topic, an empty topic and an empty secret", () => {
    const handler = createWebhookHandler({ clientSecret: SECRET }).on("ping", () => {});
    expect(() => handler.on("ping", () => {})).toThrow(ConfigurationError);
    expect(() => handler.on("", () => {})).toThrow(ConfigurationError);
    expect(() => createWebhookHandler({ clientSecret: "" })).toThrow(ConfigurationError);
  });

  it("never puts the secret in an answer or an error", async () => {
    const handler = createWebhookHandler({ clientSecret: SECRET });
    const answers = [
      await handler.receive(bodyOf(ping), "sha1=00"),
      await handler.receive("{", sign("{")),
    ];
    expect(JSON.stringify(answers)).not.toContain(SECRET);
  });
});
