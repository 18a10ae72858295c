import type { Contact } from "@intercom-kit/models";
import { createWebhookHandler, signatureFor } from "@intercom-kit/webhooks";
import { dim, green, line, yellow } from "./print.ts";

/**
 * What an app's webhook endpoint does with the notification Intercom sends
 * when a user is created: the demo plays Intercom's part locally (it signs
 * the body with a stand-in client secret) and hands the request to the
 * handler, as a server's `fetch` would. Nothing here calls Intercom.
 */
export async function receiveWebhook(contact: Contact): Promise<void> {
  const clientSecret = "demo-client-secret";
  const received: string[] = [];
  const webhooks = createWebhookHandler({ clientSecret }).on("contact.user.created", ({ data }) => {
    received.push(`${data.item.name ?? data.item.id} <${data.item.email ?? "no email"}>`);
  });

  const body = JSON.stringify({
    type: "notification_event",
    id: `notif_demo_${contact.id}`,
    topic: "contact.user.created",
    app_id: "demo",
    created_at: Math.floor(Date.now() / 1000),
    delivery_attempts: 1,
    data: { type: "notification_event_data", item: contact },
  });
  const deliver = (signature: string) =>
    webhooks.fetch(
      new Request("http://127.0.0.1/webhooks/intercom", {
        method: "POST",
        headers: { "Content-Type": "application/json", "X-Hub-Signature": signature },
        body,
      }),
    );

  const signed = await deliver(await signatureFor(body, clientSecret));
  line(
    `${green("✔")} signed contact.user.created: ${signed.status}, handler saw ${received.join(", ")}`,
  );
  const forged = await deliver(await signatureFor(body, "someone-elses-secret"));
  line(
    `${yellow("refused")} the same body with a forged signature: ${forged.status} ${dim(await forged.text())}`,
  );
}
