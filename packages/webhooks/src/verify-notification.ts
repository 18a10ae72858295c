import { type RawBody, textOf } from "./hmac.js";
import { type Notification, parseNotification } from "./notification.js";
import { verifySignature } from "./signature.js";
import { WebhookSignatureError } from "./webhook-errors.js";

/**
 * Checks the signature, then parses the notification: the one call a
 * framework route needs before acting on a webhook.
 * @throws WebhookSignatureError when the signature is missing or wrong (answer 401).
 * @throws WebhookPayloadError when the body is not a notification (answer 400).
 */
export async function verifyNotification(
  body: RawBody,
  signature: string | null | undefined,
  clientSecret: string,
): Promise<Notification> {
  if (!(await verifySignature(body, signature, clientSecret))) {
    throw new WebhookSignatureError("The X-Hub-Signature does not match the body");
  }
  return parseNotification(textOf(body));
}
