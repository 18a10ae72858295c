import type { MiddlewareHandler } from "hono";
import type { SandboxEnv } from "../app/env.js";
import { errorResponse } from "./error-list.js";

/** Versions Intercom publishes. A request without the header gets the app's default. */
export const KNOWN_API_VERSIONS: ReadonlySet<string> = new Set([
  "1.0",
  "1.1",
  "1.2",
  "1.3",
  "1.4",
  "2.0",
  "2.1",
  "2.2",
  "2.3",
  "2.4",
  "2.5",
  "2.6",
  "2.7",
  "2.8",
  "2.9",
  "2.10",
  "2.11",
  "2.12",
  "2.13",
  "2.14",
  "2.15",
  "2.16",
  "Unstable",
]);

export const DEFAULT_API_VERSION = "2.16";

/**
 * An unknown `Intercom-Version` is a 400 `intercom_version_invalid`, the code
 * the description's error examples use for version problems.
 */
export function apiVersion(): MiddlewareHandler<SandboxEnv> {
  return async (c, next) => {
    const version = c.req.header("Intercom-Version");
    if (version !== undefined && !KNOWN_API_VERSIONS.has(version.trim())) {
      return errorResponse(
        c,
        400,
        "intercom_version_invalid",
        `The requested version could not be found: ${version.trim().slice(0, 20)}`,
      );
    }
    await next();
  };
}
