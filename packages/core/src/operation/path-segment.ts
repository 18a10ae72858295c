/**
 * Why a path param's value cannot be sent as exactly one path segment, or
 * `undefined` when it can.
 *
 * `encodeURIComponent` escapes `/`, `?`, `#` and `%`, so `a/b` or `%2e%2e`
 * stay inside their segment, but it leaves `.` alone. URL parsing then treats
 * a `.` or `..` segment as a dot segment and removes it: `{ contact_id: ".." }`
 * would send `GET /`, and a `tag_id` of `..` would turn a detach into
 * `DELETE /contacts/abc/`. An empty value leaves `//` or a trailing slash,
 * which is another endpoint too. The value is judged as it will be sent,
 * after `String()`.
 */
export function pathSegmentProblem(value: unknown): string | undefined {
  if (value === undefined || value === null) return "is required: it fills a segment of the path";
  const text = String(value);
  if (text === "") return "must not be empty: it fills a segment of the path";
  if (text === "." || text === "..") {
    return `must not be "${text}": URL parsing would remove that segment and send the request to another path`;
  }
  return undefined;
}
