import { ConfigurationError } from "@intercom-kit/core";
import type { RawBody } from "./hmac.js";
import type { Notification } from "./notification.js";
import { requireSecret } from "./secret.js";
import { SIGNATURE_HEADER } from "./signature.js";
import { verifyNotification } from "./verify-notification.js";
import { WebhookPayloadError, WebhookSignatureError } from "./webhook-errors.js";

export type NotificationHandler<TTopic extends string> = (
  notification: Notification<TTopic>,
) => unknown;

export interface WebhookHandlerOptions {
  /** The app's client secret (Developer Hub → Basic information), which signs every notification. */
  readonly clientSecret: string;
  /**
   * Called when a topic's handler throws. The answer is then 500, so Intercom
   * sends the notification again later. Default: `console.error` of the
   * error's name and message and the notification's id and topic.
   */
  readonly onError?: (error: unknown, notification: Notification) => void;
}

/** What the handler answered, for frameworks that write the response themselves. */
export interface WebhookResult {
  /** 200 handled (or nothing to do), 400 not a notification, 401 bad signature, 500 a handler threw. */
  readonly status: 200 | 400 | 401 | 500;
  readonly message: string;
  /** Set once the signature and envelope checked out. */
  readonly notification?: Notification;
}

export interface WebhookHandler {
  /** A handler with `handler` for `topic` added; its notification's item is typed by the topic. */
  on<TTopic extends string>(topic: TTopic, handler: NotificationHandler<TTopic>): WebhookHandler;
  /** A handler that gives every topic without its own handler to `handler`. */
  otherwise(handler: NotificationHandler<string>): WebhookHandler;
  /**
   * Answers a `Request` (Bun.serve, Deno.serve, Hono, Next.js route handlers,
   * edge workers): HEAD is 200 (Intercom checks the URL with it), POST is
   * verified, parsed and dispatched, anything else is 405.
   */
  fetch(request: Request): Promise<Response>;
  /** The same for a raw body and its `X-Hub-Signature` value, e.g. from `express.raw()`. */
  receive(body: RawBody, signature: string | null | undefined): Promise<WebhookResult>;
}

interface Registry {
  readonly topics: ReadonlyMap<string, NotificationHandler<string>>;
  readonly otherwise: NotificationHandler<string> | undefined;
}

/**
 * A webhook endpoint for Intercom notifications. Immutable: `on` and
 * `otherwise` return a new handler. Handlers run before the answer is sent,
 * so keep them short (or hand the notification to a queue): Intercom waits
 * only a few seconds and sends it again when the answer is not a 2xx.
 *
 * @example
 * const webhooks = createWebhookHandler({ clientSecret })
 *   .on("contact.user.created", ({ data }) => console.log(data.item.email))
 *   .on("conversation.user.replied", ({ data }) => console.log(data.item.id));
 * Bun.serve({ fetch: (request) => webhooks.fetch(request) });
 */
export function createWebhookHandler(options: WebhookHandlerOptions): WebhookHandler {
  const clientSecret = requireSecret(options.clientSecret, "clientSecret");
  const onError = options.onError ?? reportToConsole;
  return handlerOf({ topics: new Map(), otherwise: undefined }, clientSecret, onError);
}

function handlerOf(
  registry: Registry,
  clientSecret: string,
  onError: NonNullable<WebhookHandlerOptions["onError"]>,
): WebhookHandler {
  const receive = async (body: RawBody, signature: string | null | undefined) => {
    let notification: Notification;
    try {
      notification = await verifyNotification(body, signature, clientSecret);
    } catch (error) {
      if (error instanceof WebhookSignatureError)
        return { status: 401, message: error.message } as const;
      if (error instanceof WebhookPayloadError)
        return { status: 400, message: error.message } as const;
      throw error;
    }
    const handler = registry.topics.get(notification.topic) ?? registry.otherwise;
    try {
      await handler?.(notification);
    } catch (error) {
      onError(error, notification);
      return { status: 500, message: "The notification's handler failed", notification } as const;
    }
    return {
      status: 200,
      message: handler ? "Handled" : "No handler for this topic",
      notification,
    } as const;
  };

  return {
    on(topic, handler) {
      if (typeof topic !== "string" || topic.length === 0) {
        throw new ConfigurationError("on(): the topic must be a non-empty string");
      }
      if (registry.topics.has(topic)) {
        throw new ConfigurationError(`on(): "${topic}" already has a handler`);
      }
      const topics = new Map(registry.topics).set(topic, handler as NotificationHandler<string>);
      return handlerOf({ ...registry, topics }, clientSecret, onError);
    },
    otherwise(handler) {
      return handlerOf({ ...registry, otherwise: handler }, clientSecret, onError);
    },
    receive,
    async fetch(request) {
      if (request.method === "HEAD") return new Response(null, { status: 200 });
      if (request.method !== "POST") {
        return new Response("Method Not Allowed", {
          status: 405,
          headers: { Allow: "POST, HEAD" },
        });
      }
      const result = await receive(
        await request.arrayBuffer(),
        request.headers.get(SIGNATURE_HEADER),
      );
      return new Response(result.message, {
        status: result.status,
        headers: { "Content-Type": "text/plain; charset=utf-8" },
      });
    },
  };
}

function reportToConsole(error: unknown, notification: Notification): void {
  const what = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
  console.error(
    `intercom webhook ${notification.topic} ${notification.id}: the handler threw ${what}`,
  );
}
