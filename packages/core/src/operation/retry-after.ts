/**
 * How long a response asks the client to wait before sending again, in ms,
 * or `undefined` when it does not say. The one reading of these headers in
 * the SDK: `RateLimitError.retryAfterMs()` and the rate limiter use it, and
 * it follows the rules ky applies to its own retry waits, which the retry
 * plugin leaves to ky, so every part of the SDK waits the same time.
 *
 * - `Retry-After`, when present, decides alone: whole seconds, or an HTTP
 *   date (RFC 9110: IMF-fixdate, or the obsolete RFC 850 and asctime forms).
 *   Anything else in it (an empty value, `1.5`, a date in another format) is
 *   no answer, and the reset headers are not consulted.
 * - Otherwise the first of `RateLimit-Reset`, `X-RateLimit-Retry-After`,
 *   `X-RateLimit-Reset` and `X-Rate-Limit-Reset`. Intercom sends
 *   `X-RateLimit-Reset` as UNIX seconds; a reset header's number is read as
 *   a time when it is past 2024, as seconds to wait otherwise.
 */
export function retryAfterMs(headers: Headers, now: number = Date.now()): number | undefined {
  const retryAfter = headers.get("retry-after");
  if (retryAfter !== null) return delayFrom(retryAfter, false, now);
  for (const [name, allowTimestamp] of RESET_HEADERS) {
    const value = headers.get(name);
    if (value !== null) return delayFrom(value, allowTimestamp, now);
  }
  return undefined;
}

/** The reset headers in the order they are read, and whether their number may be a time. */
const RESET_HEADERS: readonly (readonly [string, boolean])[] = [
  ["ratelimit-reset", true],
  ["x-ratelimit-retry-after", false],
  ["x-ratelimit-reset", true],
  ["x-rate-limit-reset", true],
];

/** Numbers of seconds at least this large (in ms) are times, not waits: nobody waits 54 years. */
const TIMESTAMP_FROM = Date.UTC(2024, 0, 1);

function delayFrom(value: string, allowTimestamp: boolean, now: number): number | undefined {
  if (/^\d+$/.test(value)) {
    const ms = Number(value) * 1000;
    return Math.max(0, allowTimestamp && ms >= TIMESTAMP_FROM ? ms - now : ms);
  }
  const date = httpDate(value, now);
  return date === undefined ? undefined : Math.max(0, date - now);
}

const MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];
const IMF_FIXDATE =
  /^(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun), (\d{2}) ([A-Z][a-z]{2}) (\d{4}) (\d{2}):(\d{2}):(\d{2}) GMT$/;
const RFC_850 =
  /^(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday), (\d{2})-([A-Z][a-z]{2})-(\d{2}) (\d{2}):(\d{2}):(\d{2}) GMT$/;
const ASCTIME =
  /^(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun) ([A-Z][a-z]{2}) ( \d|\d{2}) (\d{2}):(\d{2}):(\d{2}) (\d{4})$/;
const FIFTY_YEARS_MS = 50 * 365.25 * 24 * 3600 * 1000;

/** An HTTP date in ms since the epoch, or `undefined` for anything else. */
function httpDate(value: string, now: number): number | undefined {
  let match = IMF_FIXDATE.exec(value);
  if (match) {
    const [, day, month, year, h, m, s] = match;
    return utc(Number(year), month, Number(day), h, m, s);
  }
  match = RFC_850.exec(value);
  if (match) {
    const [, day, month, yy, h, m, s] = match;
    // RFC 9110 §5.6.7: a two-digit year more than 50 years ahead is in the past century.
    const century = Math.floor(new Date(now).getUTCFullYear() / 100) * 100;
    const date = utc(century + Number(yy), month, Number(day), h, m, s);
    return date !== undefined && date > now + FIFTY_YEARS_MS
      ? utc(century - 100 + Number(yy), month, Number(day), h, m, s)
      : date;
  }
  match = ASCTIME.exec(value);
  if (match) {
    const [, month, day, h, m, s, year] = match;
    return utc(Number(year), month, Number(day), h, m, s);
  }
  return undefined;
}

function utc(
  year: number,
  month: string | undefined,
  day: number,
  ...clock: (string | undefined)[]
): number | undefined {
  const monthIndex = MONTHS.indexOf(month ?? "");
  const [hours, minutes, seconds] = clock.map(Number) as [number, number, number];
  if (monthIndex === -1 || hours > 23 || minutes > 59 || seconds > 60) return undefined;
  const date = new Date(Date.UTC(2000, monthIndex, day, hours, minutes, Math.min(seconds, 59)));
  date.setUTCFullYear(year);
  // Date.UTC rolls 31 Feb over into March; a date that does not exist is no date.
  if (date.getUTCMonth() !== monthIndex || date.getUTCDate() !== day) return undefined;
  // A leap second (:60) is the second after :59.
  return date.getTime() + (seconds === 60 ? 1000 : 0);
}
