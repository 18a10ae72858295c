import type { Drift } from "../validation/drift.js";
import type { ApiVersion } from "./api-version.js";
import type { Region } from "./regions.js";

/** A token, or a function that returns the current one (for rotation and OAuth refresh). */
export type TokenSupplier = string | (() => string | Promise<string>);

/** How responses are checked against the schemas. See docs/validation.md. */
export type ValidationMode = "strict" | "warn" | "off";

/** Where the core reports problems that are not errors, such as schema drift in `warn` mode. */
export interface CoreLogger {
  warn(message: string, details?: Record<string, unknown>): void;
}

export interface ClientOptions {
  /** An access token, or a function that supplies one for each request. */
  readonly token: TokenSupplier;
  /** The workspace's data region. Default `us`. Ignored when `baseUrl` is given. */
  readonly region?: Region;
  /** Another API root, e.g. your own proxy or the local sandbox. https, or http on loopback. */
  readonly baseUrl?: string;
  /** The `Intercom-Version` sent with every request. Default `"2.16"`. */
  readonly version?: ApiVersion;
  /**
   * Per-attempt timeout in milliseconds, or `false` for none. Default 30000.
   * It starts when the request is sent and covers the whole response body;
   * waits for a rate limiter or before a retry are not part of it.
   */
  readonly timeout?: number | false;
  /**
   * Largest response body read into memory, in bytes, counted after
   * decompression. Default 16 MiB. A larger success body is a
   * `ResponseTooLargeError`; a binary download (a stream) is not counted.
   */
  readonly maxResponseBytes?: number;
  /** A `fetch` to use instead of the global one. */
  readonly fetch?: typeof fetch;
  /** Headers added to every request. */
  readonly headers?: Readonly<Record<string, string>>;
  /** Appended to the SDK's own user agent, e.g. `my-app/1.2`. */
  readonly userAgent?: string;
  /** Response checking. Default `warn`: data is returned unchanged and drift is logged once. */
  readonly validation?: ValidationMode;
  /** Receives validation warnings. Default: `console`. */
  readonly logger?: CoreLogger;
  /**
   * Collects drift in `warn` mode instead of logging it: called for every
   * answer that differs from its schema, once per folded path, so a service
   * can count drift in its own telemetry.
   */
  readonly onDrift?: (drift: Drift) => void;
}

/** The resolved settings of a client; the token is not among them. */
export interface ClientConfig {
  readonly baseUrl: string;
  readonly version: ApiVersion;
  readonly timeout: number | false;
  readonly maxResponseBytes: number;
  readonly headers: Readonly<Record<string, string>>;
  readonly userAgent: string;
  readonly validation: ValidationMode;
}
