export type { RawBody } from "./hmac.js";
export {
  type JsonValue,
  type MessengerJwtOptions,
  type MessengerUserClaims,
  messengerJwt,
  userHash,
} from "./identity.js";
export { type Notification, parseNotification } from "./notification.js";
export { SIGNATURE_HEADER, signatureFor, verifySignature } from "./signature.js";
export type { PingItem, TopicItem, UnknownItem } from "./topic-item.js";
export { verifyNotification } from "./verify-notification.js";
export { WebhookPayloadError, WebhookSignatureError } from "./webhook-errors.js";
export {
  createWebhookHandler,
  type NotificationHandler,
  type WebhookHandler,
  type WebhookHandlerOptions,
  type WebhookResult,
} from "./webhook-handler.js";
