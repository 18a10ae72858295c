const TEXTUAL = /json|text|xml|x-www-form-urlencoded/i;

/** The body of a request or response as text, without consuming the original; undefined for binary. */
export async function bodyText(message: Request | Response): Promise<string | undefined> {
  if (message.body === null) return undefined;
  const type = message.headers.get("content-type") ?? "";
  if (type !== "" && !TEXTUAL.test(type)) return undefined;
  try {
    return await message.clone().text();
  } catch {
    return undefined;
  }
}
