import type { Clock } from "../clock.js";
import { signBody } from "./sign-body.js";
import {
  backoffMs,
  type ResolvedWebhookRetry,
  resolveWebhookRetry,
  type WebhookOptions,
  type WebhookSubscription,
} from "./webhook-options.js";

/** One try at delivering one notification, as the sandbox keeps it for tests to read. */
export interface WebhookDelivery {
  readonly notificationId: string;
  readonly topic: string;
  readonly url: string;
  /** 1 for the first try; the body's `delivery_attempts`. */
  readonly attempt: number;
  /** The HTTP status, or 0 when no answer came (refused, timed out). */
  readonly status: number;
  readonly ok: boolean;
}

export interface WebhookDispatcher {
  /** Adds a subscription; returns a function that removes it. */
  subscribe(subscription: WebhookSubscription): () => void;
  readonly subscriptions: readonly WebhookSubscription[];
  /** Sends `topic` with `item` to every subscription that asked for it. */
  emit(appId: string, topic: string, item: unknown): void;
  /** Resolves once every delivery under way has succeeded or run out of tries. */
  idle(): Promise<void>;
  /** The most recent tries, oldest first (the last 500 are kept). */
  readonly deliveries: readonly WebhookDelivery[];
  /** Stops every retry that is waiting; nothing is sent after this. */
  close(): void;
}

const KEPT_DELIVERIES = 500;

/**
 * Sends signed `notification_event`s. Each notification keeps its `id` and
 * `first_sent_at` over its tries; `delivery_attempts` counts them. A try that
 * is not answered 2xx is tried again after a backoff, up to `attempts`.
 */
export function createWebhookDispatcher(
  options: WebhookOptions,
  clock: Clock,
  sleep: ((ms: number) => Promise<void>) | undefined,
): WebhookDispatcher {
  const retry = resolveWebhookRetry(options.retry);
  const subscriptions: WebhookSubscription[] = [];
  const deliveries: WebhookDelivery[] = [];
  const inFlight = new Set<Promise<void>>();
  const timers = new Set<{ timer: ReturnType<typeof setTimeout>; resolve: () => void }>();
  let closed = false;
  let sequence = 0;

  const wait = (ms: number): Promise<void> => {
    if (sleep) return sleep(ms);
    return new Promise((resolve) => {
      const entry = {
        timer: setTimeout(() => {
          timers.delete(entry);
          resolve();
        }, ms),
        resolve,
      };
      timers.add(entry);
    });
  };

  const record = (delivery: WebhookDelivery) => {
    deliveries.push(delivery);
    if (deliveries.length > KEPT_DELIVERIES)
      deliveries.splice(0, deliveries.length - KEPT_DELIVERIES);
  };

  for (const subscription of options.subscriptions ?? []) subscribeChecked(subscription);

  function subscribeChecked(subscription: WebhookSubscription): () => void {
    assertLoopback(subscription.url);
    if (subscription.clientSecret === "")
      throw new TypeError("a webhook subscription needs a clientSecret");
    subscriptions.push(subscription);
    return () => {
      const index = subscriptions.indexOf(subscription);
      if (index !== -1) subscriptions.splice(index, 1);
    };
  }

  return {
    subscribe: subscribeChecked,
    subscriptions,
    deliveries,
    emit(appId, topic, item) {
      if (closed) return;
      for (const subscription of subscriptions) {
        if (!subscription.topics.includes(topic) && !subscription.topics.includes("*")) continue;
        sequence += 1;
        const createdAt = Math.floor(clock() / 1000);
        const envelope = {
          type: "notification_event",
          id: `notif_${createdAt.toString(36)}_${sequence}`,
          topic,
          app_id: appId,
          created_at: createdAt,
          // The item as it is now: later changes must not leak into a retry.
          data: { type: "notification_event_data", item: structuredClone(item) },
        };
        const delivery = deliver(subscription, envelope, retry, clock, wait, record, () => closed);
        inFlight.add(delivery);
        void delivery.finally(() => inFlight.delete(delivery));
      }
    },
    async idle() {
      // Bounded: each round waits for what is in flight; new emits join the next round.
      for (let round = 0; round < 100 && inFlight.size > 0; round++) {
        await Promise.allSettled([...inFlight]);
      }
    },
    close() {
      closed = true;
      for (const entry of timers) {
        clearTimeout(entry.timer);
        entry.resolve();
      }
      timers.clear();
    },
  };
}

async function deliver(
  subscription: WebhookSubscription,
  envelope: { id: string; topic: string; created_at: number } & Record<string, unknown>,
  retry: ResolvedWebhookRetry,
  clock: Clock,
  wait: (ms: number) => Promise<void>,
  record: (delivery: WebhookDelivery) => void,
  isClosed: () => boolean,
): Promise<void> {
  const firstSentAt = Math.floor(clock() / 1000);
  for (let attempt = 1; attempt <= retry.attempts; attempt++) {
    if (isClosed()) return;
    const body = JSON.stringify({
      type: envelope.type,
      id: envelope.id,
      topic: envelope.topic,
      app_id: envelope.app_id,
      created_at: envelope.created_at,
      delivery_attempts: attempt,
      first_sent_at: firstSentAt,
      data: envelope.data,
    });
    let status = 0;
    try {
      const response = await fetch(subscription.url, {
        method: "POST",
        headers: {
          "Content-Type": "application/json",
          "User-Agent": "intercom-sandbox-webhooks",
          "X-Hub-Signature": await signBody(body, subscription.clientSecret),
        },
        body,
        redirect: "manual",
        signal: AbortSignal.timeout(retry.timeoutMs),
      });
      status = response.status;
      await response.body?.cancel();
    } catch {
      status = 0;
    }
    const ok = status >= 200 && status < 300;
    record({
      notificationId: envelope.id,
      topic: envelope.topic,
      url: subscription.url,
      attempt,
      status,
      ok,
    });
    if (ok) return;
    if (attempt < retry.attempts) await wait(backoffMs(retry, attempt));
  }
}

/** The sandbox never sends outside the machine: a subscription's URL must be on loopback. */
function assertLoopback(url: string): void {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    throw new TypeError(`a webhook subscription needs a URL, not ${JSON.stringify(url)}`);
  }
  const host = parsed.hostname;
  const loopback = host === "localhost" || host === "[::1]" || /^127(\.\d{1,3}){3}$/.test(host);
  if (!loopback || (parsed.protocol !== "http:" && parsed.protocol !== "https:")) {
    throw new TypeError(
      `webhook URLs must be http(s) on loopback (127.0.0.1, localhost, [::1]); got ${parsed.protocol}//${host}`,
    );
  }
}
