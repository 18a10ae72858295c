import type { Context } from "hono";
import { unixSeconds } from "../clock.js";
import type { Store } from "../store/store.js";
import type { SandboxEnv } from "./env.js";

export function storeOf(c: Context<SandboxEnv>): Store {
  return c.get("store");
}

/** The current time in UNIX seconds, from the sandbox's clock. */
export function nowSeconds(c: Context<SandboxEnv>): number {
  return unixSeconds(c.get("store").clock);
}
