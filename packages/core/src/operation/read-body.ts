import { IntercomError } from "../errors/intercom-error.js";
import { ResponseValidationError } from "../errors/validation-errors.js";
import { responseText } from "../transport/held-body.js";
import type { Operation } from "./operation.js";

/** Reads a successful response the way its operation's response kind says. */
export async function readBody(operation: Operation, response: Response): Promise<unknown> {
  switch (operation.response) {
    case "binary":
      return response.body;
    case "text":
      return responseText(response);
    case "redirect":
      return redirectTarget(operation, response);
    case "empty": {
      // Documented as bodiless (202 events, 204 deletes, 200 tag delete), but
      // if a body does arrive it is handed over rather than thrown away.
      const text = await responseText(response);
      return text === "" ? undefined : parseJsonOrText(text);
    }
    case "json": {
      const text = await responseText(response);
      // An operation the description says answers JSON has no typed value
      // to give for an empty body (a proxy that dropped it, a server bug);
      // `undefined` would reach the caller typed as the resource.
      if (text.trim() === "") {
        throw new ResponseValidationError(
          operation.id,
          [
            {
              path: "(root)",
              message: `body is empty (status ${response.status}); JSON was expected`,
            },
          ],
          text,
        );
      }
      try {
        return JSON.parse(text);
      } catch {
        throw new ResponseValidationError(
          operation.id,
          [{ path: "(root)", message: `body is not valid JSON (${text.length} characters)` }],
          text,
        );
      }
    }
  }
}

function parseJsonOrText(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return text;
  }
}

/**
 * Call recordings answer 302 to a signed storage URL. The runner asks fetch not
 * to follow it (following would forward the Authorization header) and returns
 * the target. Browsers hide the target of an unfollowed redirect.
 */
function redirectTarget(operation: Operation, response: Response): string {
  const location = response.headers.get("location");
  if (location) return location;
  if (response.type === "opaqueredirect") {
    throw new IntercomError(
      `${operation.id} answers with a redirect, and this runtime hides its target (browsers do); call it from a server`,
    );
  }
  throw new IntercomError(
    `${operation.id} expected a redirect, got status ${response.status} without Location`,
  );
}
