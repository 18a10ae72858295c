import { ConfigurationError } from "../errors/intercom-error.js";
import { DEFAULT_API_VERSION } from "./api-version.js";
import { checkBaseUrl } from "./base-url.js";
import { buildClient } from "./build-client.js";
import type { Client } from "./client.js";
import type { ClientOptions } from "./client-options.js";
import { REGION_BASE_URLS } from "./regions.js";
import { resolveToken } from "./resolve-token.js";
import { SDK_VERSION } from "./sdk-version.js";

/** Long enough for Intercom's slower endpoints (exports, searches over large workspaces). */
const DEFAULT_TIMEOUT_MS = 30_000;

/**
 * Far above any page Intercom sends (150 contacts with their custom
 * attributes are well under 1 MiB), and small enough that a compressed body
 * that inflates without end fails long before it hurts the process.
 */
export const DEFAULT_MAX_RESPONSE_BYTES = 16 * 1024 * 1024;

/**
 * Creates an immutable client. Nothing is sent and no timer is started until
 * an operation is called.
 */
export function createClient(options: ClientOptions): Client {
  const { token } = options;
  if (typeof token !== "function" && (typeof token !== "string" || token.trim() === "")) {
    throw new ConfigurationError("`token` must be a non-empty string or a function returning one");
  }
  const region = options.region ?? "us";
  const regionUrl = REGION_BASE_URLS[region];
  if (regionUrl === undefined) {
    throw new ConfigurationError(
      `Unknown region ${JSON.stringify(region)}; expected one of ${Object.keys(REGION_BASE_URLS).join(", ")}`,
    );
  }
  const timeout = options.timeout ?? DEFAULT_TIMEOUT_MS;
  if (timeout !== false && !(Number.isInteger(timeout) && timeout > 0)) {
    throw new ConfigurationError(
      "`timeout` must be a positive whole number of milliseconds, or false",
    );
  }
  const maxResponseBytes = options.maxResponseBytes ?? DEFAULT_MAX_RESPONSE_BYTES;
  if (!(Number.isInteger(maxResponseBytes) && maxResponseBytes > 0)) {
    throw new ConfigurationError("`maxResponseBytes` must be a positive whole number of bytes");
  }
  const validation = options.validation ?? "warn";
  if (!["strict", "warn", "off"].includes(validation)) {
    throw new ConfigurationError("`validation` must be one of strict, warn, off");
  }
  const sdkAgent = `intercom-kit/${SDK_VERSION}`;
  return buildClient({
    config: Object.freeze({
      baseUrl: options.baseUrl === undefined ? regionUrl : checkBaseUrl(options.baseUrl),
      version: options.version ?? DEFAULT_API_VERSION,
      timeout,
      maxResponseBytes,
      headers: Object.freeze({ ...options.headers }),
      userAgent: options.userAgent ? `${options.userAgent} ${sdkAgent}` : sdkAgent,
      validation,
    }),
    token: () => resolveToken(token),
    fetch: options.fetch,
    logger: options.logger ?? console,
    middleware: [],
    kyOptions: [],
    extensions: [],
    warned: new Set(),
    onDrift: options.onDrift,
  });
}
