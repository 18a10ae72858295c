import { REDACTED, redactSecrets } from "./redact-secrets.js";

/** Credentials by name: masked whatever their value, since it may be a token the SDK never saw. */
const CREDENTIAL_HEADERS = new Set(["authorization", "proxy-authorization"]);

/**
 * Headers with the secrets replaced in every value and credential headers
 * masked; the same object when there was nothing to change. A copy rather than
 * an edit, because a response's headers are immutable.
 */
export function redactHeaders(headers: Headers, secrets: readonly string[]): Headers {
  const copy = new Headers();
  let changed = false;
  for (const [name, value] of headers) {
    const safe = CREDENTIAL_HEADERS.has(name) ? REDACTED : redactSecrets(value, secrets);
    changed ||= safe !== value;
    copy.append(name, safe);
  }
  return changed ? copy : headers;
}
