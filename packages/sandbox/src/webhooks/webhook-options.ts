/** Where the sandbox sends notifications, and which. */
export interface WebhookSubscription {
  /** A loopback URL (`http://127.0.0.1:…`, `localhost`, `[::1]`): the sandbox sends nowhere else. */
  readonly url: string;
  /** The app's client secret: each body is signed with it (`X-Hub-Signature: sha1=…`). */
  readonly clientSecret: string;
  /** Topics to send, e.g. `contact.user.created`; `"*"` sends every topic. */
  readonly topics: readonly string[];
}

/** How a delivery that fails (a non-2xx answer, a timeout, a refused connection) is tried again. */
export interface WebhookRetryOptions {
  /** Tries in all, the first included. Default 4. */
  readonly attempts?: number;
  /** Wait before the second try, in ms; each later wait is `factor` times longer. Default 1000. */
  readonly initialDelayMs?: number;
  /** Default 2. */
  readonly factor?: number;
  /** No wait is longer than this. Default 30000. */
  readonly maxDelayMs?: number;
  /** One try gives up after this many ms. Default 10000. */
  readonly timeoutMs?: number;
}

export interface WebhookOptions {
  readonly subscriptions?: readonly WebhookSubscription[];
  readonly retry?: WebhookRetryOptions;
}

export interface ResolvedWebhookRetry {
  readonly attempts: number;
  readonly initialDelayMs: number;
  readonly factor: number;
  readonly maxDelayMs: number;
  readonly timeoutMs: number;
}

export function resolveWebhookRetry(retry: WebhookRetryOptions = {}): ResolvedWebhookRetry {
  return {
    attempts: Math.max(1, Math.floor(retry.attempts ?? 4)),
    initialDelayMs: Math.max(0, retry.initialDelayMs ?? 1000),
    factor: Math.max(1, retry.factor ?? 2),
    maxDelayMs: Math.max(0, retry.maxDelayMs ?? 30_000),
    timeoutMs: Math.max(1, retry.timeoutMs ?? 10_000),
  };
}

/** The wait before try `attempt + 1` (attempt counts from 1). */
export function backoffMs(retry: ResolvedWebhookRetry, attempt: number): number {
  return Math.min(retry.maxDelayMs, retry.initialDelayMs * retry.factor ** (attempt - 1));
}
