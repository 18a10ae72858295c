import type { Client, Middleware, Plugin } from "@intercom-kit/core";
import { parseRateLimit } from "@intercom-kit/core/internal";
import { type AttemptRecord, fieldsOf, formatLine, levelOf } from "./attempt-line.js";
import { bodyText } from "./body-text.js";
import { type EmitLevel, isEnabled, type LogFields } from "./logger.js";
import type { LoggingOptions } from "./logging-options.js";
import { redactBody, redactSecrets, redactValue } from "./redact.js";

/**
 * Writes one line per HTTP attempt, retries included: method, path, status,
 * duration, attempt number, request id and rate-limit remaining. Bodies only
 * at `debug`, redacted then truncated. The Authorization header is never
 * written, and the token is replaced wherever else it shows up.
 */
export function logging(options: LoggingOptions = {}): Plugin {
  const logger = options.logger ?? console;
  const level = options.level ?? "info";
  const maxBody = options.maxBodyLength ?? 2000;
  const extraSecrets = options.secrets ?? [];

  const middleware: Middleware = (next) => async (request, context) => {
    if (level === "silent") return next(request, context);
    const authorization = request.headers.get("authorization") ?? "";
    const secrets = [
      authorization,
      authorization.replace(/^Bearer\s+/i, ""),
      ...extraSecrets,
    ].filter((s) => s !== "");
    const debug = isEnabled(level, "debug");
    const requestBody = debug ? await bodyText(request) : undefined;
    const url = new URL(request.url);
    const started = performance.now();

    const write = (lineLevel: EmitLevel, record: AttemptRecord, extra: LogFields) => {
      if (!isEnabled(level, lineLevel)) return;
      const fields = redactValue({ ...fieldsOf(record), ...extra }, secrets) as LogFields;
      logger[lineLevel](redactSecrets(formatLine(record), secrets), fields);
    };
    const base = {
      operationId: context.operationId,
      method: request.method,
      path: url.pathname,
      attempt: context.attempt,
    };

    let response: Response;
    try {
      response = await next(request, context);
    } catch (error) {
      const record: AttemptRecord = {
        ...base,
        durationMs: Math.round(performance.now() - started),
        status: undefined,
        requestId: undefined,
        rateLimitRemaining: undefined,
        error: error instanceof Error ? `${error.name}: ${error.message}` : String(error),
        aborted: request.signal.aborted,
      };
      write(levelOf(record), record, debug ? bodies(requestBody, undefined, secrets, maxBody) : {});
      throw error;
    }
    const record: AttemptRecord = {
      ...base,
      durationMs: Math.round(performance.now() - started),
      status: response.status,
      requestId: response.headers.get("x-request-id") ?? undefined,
      rateLimitRemaining: parseRateLimit(response.headers).remaining,
      error: undefined,
      aborted: false,
    };
    const lineLevel = levelOf(record);
    if (debug && isEnabled(level, lineLevel)) {
      write(lineLevel, record, bodies(requestBody, await bodyText(response), secrets, maxBody));
    } else {
      write(lineLevel, record, {});
    }
    return response;
  };

  return <TClient extends Client>(client: TClient): TClient => client.withMiddleware(middleware);
}

/** The debug-only fields: both bodies, redacted, then cut to `max`. */
function bodies(
  sent: string | undefined,
  received: string | undefined,
  secrets: readonly string[],
  max: number,
): LogFields {
  return {
    ...(sent === undefined ? {} : { requestBody: redactBody(sent, secrets, max) }),
    ...(received === undefined ? {} : { responseBody: redactBody(received, secrets, max) }),
  };
}
