import type { Context } from "hono";
import type { SandboxEnv } from "../app/env.js";

/** Tells the webhook subscriptions that something changed; returns at once, delivery runs on. */
export function emitWebhook(c: Context<SandboxEnv>, topic: string, item: unknown): void {
  c.get("webhooks").emit(c.get("store").workspace.id_code, topic, item);
}
