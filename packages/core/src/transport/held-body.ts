/**
 * The bytes the exchange already read, by the Response it handed up the
 * middleware chain. The runner decodes them directly: `response.text()` on a
 * Response built from bytes copies them into a stream and back out first,
 * two more copies of every page (225 KB each in the 100,000-contact run).
 * A middleware that hands back a Response of its own, or reads this one's
 * body, is read through the body as before.
 */
const held = new WeakMap<Response, Uint8Array>();
const utf8 = new TextDecoder();

export function holdBody(response: Response, bytes: Uint8Array): void {
  held.set(response, bytes);
}

/** The body as text, like `response.text()` (UTF-8, a leading BOM dropped, bad bytes replaced). */
export function responseText(response: Response): Promise<string> {
  const bytes = held.get(response);
  if (bytes === undefined || response.bodyUsed) return response.text();
  held.delete(response);
  return Promise.resolve(utf8.decode(bytes));
}
