import type { Contact } from "@intercom-kit/models";
import { createWebhookHandler, signatureFor, verifySignature } from "@intercom-kit/webhooks";
import { afterEach, describe, expect, it } from "vitest";
import { type Sandbox, startSandbox, type WebhookSubscription } from "../src/index.js";
import type { ServerHandle } from "../src/server/sandbox-server.js";
import { serve } from "../src/server/serve.js";
import { signBody } from "../src/webhooks/sign-body.js";
import { createWebhookDispatcher } from "../src/webhooks/webhook-dispatcher.js";

const SECRET = "webhook-client-secret";
const started: Array<Sandbox | ServerHandle> = [];
afterEach(async () => {
  for (const server of started.splice(0)) {
    await ("stop" in server ? server.stop() : server.close());
  }
});

/** A receiver on 127.0.0.1 that records each body and answers what `answer` says. */
async function receiver(answer: (attempt: number) => number = () => 200) {
  const received: Array<{ body: string; signature: string | null; at: number }> = [];
  const server = await serve(async (request) => {
    received.push({
      body: await request.text(),
      signature: request.headers.get("X-Hub-Signature"),
      at: Date.now(),
    });
    return new Response(null, { status: answer(received.length) });
  }, 0);
  started.push(server);
  return { url: `http://127.0.0.1:${server.port}/hooks`, received };
}

async function sandboxWith(subscriptions: WebhookSubscription[], retry = {}) {
  const sandbox = await startSandbox({ rateLimit: false, webhooks: { subscriptions, retry } });
  started.push(sandbox);
  return sandbox;
}

function post(sandbox: Sandbox, path: string, body: unknown) {
  return fetch(`${sandbox.url}${path}`, {
    method: "POST",
    headers: { Authorization: `Bearer ${sandbox.token}`, "Content-Type": "application/json" },
    body: JSON.stringify(body),
  });
}

describe("webhook signing", () => {
  it("signs as @intercom-kit/webhooks expects: sha1= and the hex HMAC-SHA1 of the raw body", async () => {
    const body = JSON.stringify({ type: "notification_event", id: "n1" });
    const signature = await signBody(body, SECRET);
    expect(signature).toBe(await signatureFor(body, SECRET));
    expect(await verifySignature(body, signature, SECRET)).toBe(true);
    expect(await verifySignature(body, signature, "another-secret")).toBe(false);
  });
});

describe("webhook delivery", () => {
  it("reaches a createWebhookHandler over loopback, verified and typed", async () => {
    const users: Contact[] = [];
    const topics: string[] = [];
    const handler = createWebhookHandler({ clientSecret: SECRET })
      .on("contact.user.created", ({ data }) => {
        users.push(data.item); // typed: a Contact from @intercom-kit/models
      })
      .otherwise(({ topic }) => {
        topics.push(topic);
      });
    const server = await serve((request) => handler.fetch(request), 0);
    started.push(server);
    const sandbox = await sandboxWith([
      {
        url: `http://127.0.0.1:${server.port}/intercom`,
        clientSecret: SECRET,
        topics: ["contact.user.created", "contact.user.updated"],
      },
    ]);
    const created = await (await post(sandbox, "/contacts", { email: "hook@example.com" })).json();
    await fetch(`${sandbox.url}/contacts/${created.id}`, {
      method: "PUT",
      headers: { Authorization: `Bearer ${sandbox.token}`, "Content-Type": "application/json" },
      body: JSON.stringify({ name: "Hooked" }),
    });
    await sandbox.webhooks.idle();
    expect(users.map((u) => [u.id, u.email])).toEqual([[created.id, "hook@example.com"]]);
    expect(topics).toEqual(["contact.user.updated"]);
    expect(sandbox.webhooks.deliveries.map((d) => [d.topic, d.status])).toEqual([
      ["contact.user.created", 200],
      ["contact.user.updated", 200],
    ]);
  });

  it("sends the envelope of the shared notes, only for subscribed topics", async () => {
    const hook = await receiver();
    const sandbox = await sandboxWith([
      { url: hook.url, clientSecret: SECRET, topics: ["company.created"] },
    ]);
    await post(sandbox, "/companies", { company_id: "hooked-co", name: "Hooked Co" });
    await post(sandbox, "/contacts", { email: "unsubscribed-topic@example.com" });
    await sandbox.webhooks.idle();
    expect(hook.received).toHaveLength(1);
    const notification = JSON.parse(hook.received[0]?.body ?? "");
    expect(notification).toEqual({
      type: "notification_event",
      id: expect.any(String),
      topic: "company.created",
      app_id: sandbox.store.workspace.id_code,
      created_at: expect.any(Number),
      delivery_attempts: 1,
      first_sent_at: expect.any(Number),
      data: {
        type: "notification_event_data",
        item: expect.objectContaining({ type: "company", company_id: "hooked-co" }),
      },
    });
    expect(
      await verifySignature(hook.received[0]?.body ?? "", hook.received[0]?.signature, SECRET),
    ).toBe(true);
  });

  it("retries a non-2xx answer with backoff; delivery_attempts counts the tries, id and first_sent_at stay", async () => {
    const hook = await receiver((attempt) => (attempt < 3 ? 500 : 200));
    const sandbox = await sandboxWith([{ url: hook.url, clientSecret: SECRET, topics: ["*"] }], {
      attempts: 4,
      initialDelayMs: 20,
      factor: 2,
    });
    await post(sandbox, "/contacts", { role: "lead", email: "retry@example.com" });
    await sandbox.webhooks.idle();
    const bodies = hook.received.map((r) => JSON.parse(r.body));
    expect(bodies.map((b) => b.delivery_attempts)).toEqual([1, 2, 3]);
    expect(new Set(bodies.map((b) => b.id)).size).toBe(1);
    expect(new Set(bodies.map((b) => b.first_sent_at)).size).toBe(1);
    expect(bodies[0].topic).toBe("contact.lead.created");
    for (const r of hook.received)
      expect(await verifySignature(r.body, r.signature, SECRET)).toBe(true);
    const gaps = hook.received.slice(1).map((r, i) => r.at - (hook.received[i]?.at ?? 0));
    expect(gaps[0]).toBeGreaterThanOrEqual(18);
    expect(gaps[1]).toBeGreaterThanOrEqual(38);
    expect(sandbox.webhooks.deliveries.map((d) => [d.attempt, d.status, d.ok])).toEqual([
      [1, 500, false],
      [2, 500, false],
      [3, 200, true],
    ]);
  });

  it("gives up after the last try, and counts a refused connection as a try", async () => {
    const hook = await receiver(() => 503);
    const closed = await serve(() => new Response(null), 0);
    const deadUrl = `http://127.0.0.1:${closed.port}/gone`;
    await closed.close();
    const sandbox = await sandboxWith(
      [
        { url: hook.url, clientSecret: SECRET, topics: ["company.created"] },
        { url: deadUrl, clientSecret: SECRET, topics: ["company.created"] },
      ],
      { attempts: 2, initialDelayMs: 1 },
    );
    await post(sandbox, "/companies", { company_id: "never-ok" });
    await sandbox.webhooks.idle();
    expect(hook.received).toHaveLength(2);
    const dead = sandbox.webhooks.deliveries.filter((d) => d.url === deadUrl);
    expect(dead.map((d) => [d.attempt, d.status])).toEqual([
      [1, 0],
      [2, 0],
    ]);
  });

  it("sends only to loopback, and a subscription can be added and removed at run time", async () => {
    expect(() =>
      createWebhookDispatcher(
        {
          subscriptions: [{ url: "https://example.com/hook", clientSecret: SECRET, topics: ["*"] }],
        },
        Date.now,
        undefined,
      ),
    ).toThrow(/loopback/);
    const hook = await receiver();
    const sandbox = await sandboxWith([]);
    const unsubscribe = sandbox.webhooks.subscribe({
      url: hook.url,
      clientSecret: SECRET,
      topics: ["*"],
    });
    await post(sandbox, "/companies", { company_id: "one" });
    await sandbox.webhooks.idle();
    unsubscribe();
    await post(sandbox, "/companies", { company_id: "two" });
    await sandbox.webhooks.idle();
    expect(hook.received).toHaveLength(1);
  });
});
