/** One entry of an Intercom `error.list` body. */
export interface ApiErrorItem {
  readonly code: string;
  readonly message: string;
  readonly field?: string;
}

export interface NormalizedErrorBody {
  readonly requestId: string | undefined;
  readonly errors: readonly ApiErrorItem[];
}

const MAX_TEXT_MESSAGE = 200;

/**
 * Reads every error shape Intercom is known to send, so each still yields a
 * useful message: the standard `error.list`, `/messages/status`'s
 * `{type: "error", message}`, `/phone_call_redirects`'s `{error_key, message}`,
 * `/fin/csat`'s `errors` keyed by field, and plain text or HTML from proxies.
 */
export function normalizeErrorBody(body: unknown): NormalizedErrorBody {
  if (typeof body === "string") {
    const message = textMessage(body);
    return { requestId: undefined, errors: message ? [{ code: "non_json_body", message }] : [] };
  }
  if (!isRecord(body)) return { requestId: undefined, errors: [] };

  const requestId = typeof body.request_id === "string" ? body.request_id : undefined;
  const { errors } = body;
  if (Array.isArray(errors)) {
    return { requestId, errors: errors.filter(isRecord).map(listItem) };
  }
  if (isRecord(errors)) {
    // `/fin/csat`: { errors: { rating: ["must be 1-5"] } }
    const items = Object.entries(errors).flatMap(([field, value]) =>
      (Array.isArray(value) ? value : [value]).map((message) => ({
        code: "invalid_field",
        message: String(message),
        field,
      })),
    );
    return { requestId, errors: items };
  }
  if (typeof body.message === "string") {
    const code = typeof body.error_key === "string" ? body.error_key : String(body.type ?? "error");
    return { requestId, errors: [{ code, message: body.message }] };
  }
  return { requestId, errors: [] };
}

function listItem(item: Record<string, unknown>): ApiErrorItem {
  const base = { code: String(item.code ?? "unknown"), message: String(item.message ?? "") };
  return typeof item.field === "string" ? { ...base, field: item.field } : base;
}

/** An HTML error page says most in its <title>; other text is cut short. */
function textMessage(text: string): string {
  const title = /<title[^>]*>([^<]*)<\/title>/i.exec(text)?.[1];
  const plain = (title ?? text.replace(/<[^>]*>/g, " ")).replace(/\s+/g, " ").trim();
  return plain.length > MAX_TEXT_MESSAGE ? `${plain.slice(0, MAX_TEXT_MESSAGE)}…` : plain;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}
