import { createSandboxApp } from "./app/create-app.js";
import type { ResolvedOptions, SandboxOptions } from "./options.js";
import { LOOPBACK_HOST } from "./server/sandbox-server.js";
import { serve } from "./server/serve.js";
import type { Store } from "./store/store.js";
import type { WebhookDispatcher } from "./webhooks/webhook-dispatcher.js";

export interface StartSandboxOptions extends SandboxOptions {
  /** Port on 127.0.0.1; 0 (the default) picks a free one. */
  readonly port?: number;
}

export interface Sandbox {
  /** Base URL to give a client, e.g. `http://127.0.0.1:53122`. */
  readonly url: string;
  readonly port: number;
  /** A token the sandbox accepts. */
  readonly token: string;
  /** The live in-memory state, for tests that want to look behind the API. */
  readonly store: Store;
  readonly options: ResolvedOptions;
  /** Webhook subscriptions (`subscribe`), the tries made (`deliveries`) and `idle()`. */
  readonly webhooks: WebhookDispatcher;
  /** Throws away every change and serves the seeded data again, e.g. between tests. */
  reset(): void;
  /** Stops listening and closes open connections. */
  stop(): Promise<void>;
}

/** Starts the emulator in-process on loopback, on Node, Bun or Deno. */
export async function startSandbox(options: StartSandboxOptions = {}): Promise<Sandbox> {
  const sandboxApp = createSandboxApp(options);
  const { app, options: resolved } = sandboxApp;
  const server = await serve(app.fetch, options.port ?? 0);
  let stopped: Promise<void> | undefined;
  return {
    url: `http://${LOOPBACK_HOST}:${server.port}`,
    port: server.port,
    token: [...resolved.tokens][0] ?? "",
    get store() {
      return sandboxApp.store;
    },
    options: resolved,
    webhooks: sandboxApp.webhooks,
    reset: () => sandboxApp.reset(),
    stop: () => {
      sandboxApp.webhooks.close();
      stopped ??= server.close();
      return stopped;
    },
  };
}
