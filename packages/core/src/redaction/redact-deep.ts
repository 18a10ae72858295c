import { redactHeaders } from "./redact-headers.js";
import { redactSecrets } from "./redact-secrets.js";

/** Bodies and cause chains are shallow; the limit only stops a pathological one. */
const MAX_DEPTH = 32;

/**
 * `value` with every occurrence of the secrets replaced, for what an error
 * carries: its message, stack, body, `errors[]`, headers and `cause` chain.
 *
 * - Strings, arrays, plain objects (keys too) and `Headers` are copied where
 *   something changes and returned as they are otherwise.
 * - Errors are redacted in place, every own property (`message`, `stack`,
 *   `cause`, class fields), so the caller still gets the same object with its
 *   class, `instanceof` and stack. They were made by the call being failed, so
 *   no one else holds them in their unredacted form.
 * - Other objects (class instances such as `Request` or `Map`) are returned
 *   untouched; the SDK's own errors never hold one.
 */
export function redactDeep<T>(value: T, secrets: readonly string[]): T {
  return redact(value, secrets, 0, new WeakSet()) as T;
}

function redact(
  value: unknown,
  secrets: readonly string[],
  depth: number,
  seen: WeakSet<object>,
): unknown {
  if (typeof value === "string") return redactSecrets(value, secrets);
  if (typeof value !== "object" || value === null || depth > MAX_DEPTH) return value;
  if (value instanceof Headers) return redactHeaders(value, secrets);
  if (value instanceof Error) return redactError(value, secrets, depth, seen);
  if (Array.isArray(value)) {
    const items = value.map((item) => redact(item, secrets, depth + 1, seen));
    return items.some((item, i) => item !== value[i]) ? items : value;
  }
  if (!isPlainObject(value)) return value;
  let changed = false;
  const entries = Object.entries(value).map(([key, item]) => {
    const safe = [redactSecrets(key, secrets), redact(item, secrets, depth + 1, seen)] as const;
    changed ||= safe[0] !== key || safe[1] !== item;
    return safe;
  });
  return changed ? Object.fromEntries(entries) : value;
}

function redactError(
  error: Error,
  secrets: readonly string[],
  depth: number,
  seen: WeakSet<object>,
): Error {
  // A cause chain may loop back on itself.
  if (seen.has(error)) return error;
  seen.add(error);
  for (const key of Object.getOwnPropertyNames(error)) {
    const descriptor = Object.getOwnPropertyDescriptor(error, key);
    if (!descriptor) continue;
    // V8 keeps `stack` as an own accessor; its getter renders the message too.
    const current: unknown = descriptor.get ? Reflect.get(error, key) : descriptor.value;
    const safe = redact(current, secrets, depth + 1, seen);
    if (safe !== current) replaceOwn(error, key, descriptor, safe);
  }
  return error;
}

function replaceOwn(error: Error, key: string, descriptor: PropertyDescriptor, value: unknown) {
  if (descriptor.set) {
    Reflect.set(error, key, value);
    return;
  }
  // A frozen property cannot be changed by anyone; the SDK's errors have none.
  if (!descriptor.writable && !descriptor.configurable) return;
  Object.defineProperty(error, key, {
    value,
    writable: descriptor.writable ?? true,
    enumerable: descriptor.enumerable ?? false,
    configurable: descriptor.configurable ?? false,
  });
}

function isPlainObject(value: object): boolean {
  const prototype = Object.getPrototypeOf(value);
  return prototype === Object.prototype || prototype === null;
}
