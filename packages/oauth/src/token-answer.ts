import { redactSecrets } from "@intercom-kit/core";
import type { OAuthToken } from "./exchange-code.js";
import { OAuthTokenError } from "./oauth-errors.js";

type Json = Record<string, unknown>;

/**
 * The token, or an `OAuthTokenError`. Intercom answers with `token` and
 * `access_token` holding the same value; either is taken. An error body is
 * OAuth's `{error, error_description}` or Intercom's `error.list`; whatever
 * it says is cleaned of the code and the secret, in case it echoes them.
 */
export function readTokenAnswer(
  status: number,
  text: string,
  secrets: readonly string[],
): OAuthToken {
  const body = parseObject(text);
  const clean = (value: unknown) =>
    typeof value === "string" && value !== "" ? redactSecrets(value, secrets) : undefined;
  const fail = (error: string, description?: unknown, requestId?: unknown) =>
    new OAuthTokenError({
      status,
      error: clean(error) ?? "invalid_response",
      errorDescription: clean(description),
      requestId: clean(requestId),
    });

  if (body === undefined) {
    throw fail("invalid_response", `the ${status} answer is not a JSON object`);
  }
  if (typeof body.error === "string" && body.error !== "") {
    throw fail(body.error, body.error_description ?? body.message, body.request_id);
  }
  const [first] = Array.isArray(body.errors) ? (body.errors as unknown[]) : [];
  if (status < 200 || status > 299 || first !== undefined) {
    const item = isObject(first) ? first : {};
    const code = typeof item.code === "string" ? item.code : `http_${status}`;
    throw fail(code, item.message, body.request_id);
  }
  const accessToken = firstString(body.access_token, body.token);
  if (accessToken === undefined) {
    throw fail("invalid_response", "the answer has no access_token", body.request_id);
  }
  return { accessToken, tokenType: firstString(body.token_type) ?? "Bearer" };
}

function parseObject(text: string): Json | undefined {
  try {
    const value: unknown = JSON.parse(text);
    return isObject(value) ? value : undefined;
  } catch {
    return undefined;
  }
}

function isObject(value: unknown): value is Json {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

function firstString(...values: unknown[]): string | undefined {
  return values.find((v): v is string => typeof v === "string" && v.trim() !== "");
}
