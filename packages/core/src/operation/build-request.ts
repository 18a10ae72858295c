import { RequestValidationError, type ValidationIssue } from "../errors/validation-errors.js";
import type { Operation } from "./operation.js";
import { pathSegmentProblem } from "./path-segment.js";

export interface RequestParts {
  /** The path with its params filled in and encoded, e.g. `/contacts/abc`. */
  readonly path: string;
  readonly searchParams: URLSearchParams;
  /** The JSON body, or `undefined` for none. */
  readonly json: unknown;
}

const PATH_PARAM = /\{([^}]+)\}/g;

/**
 * Splits the flat params object into path, query and body by the operation's
 * metadata. Values are sent as given (validation never rewrites them). Throws
 * `RequestValidationError`, before anything is sent, when a path param could
 * not arrive as exactly one segment.
 */
export function buildRequest(
  operation: Operation,
  params: Readonly<Record<string, unknown>>,
): RequestParts {
  const used = new Set<string>();
  const issues: ValidationIssue[] = [];
  const path = operation.path.replace(PATH_PARAM, (_, name: string) => {
    used.add(name);
    const problem = pathSegmentProblem(params[name]);
    if (problem) issues.push({ path: name, message: problem });
    return encodeURIComponent(String(params[name]));
  });
  if (issues.length > 0) throw new RequestValidationError(operation.id, issues);

  const searchParams = new URLSearchParams();
  for (const name of operation.query ?? []) {
    used.add(name);
    appendQuery(searchParams, name, params[name]);
  }

  let json: unknown;
  if (operation.body === "fields") {
    const fields: Record<string, unknown> = {};
    for (const [key, value] of Object.entries(params)) {
      if (!used.has(key) && value !== undefined) fields[key] = value;
    }
    json = fields;
  } else if (operation.body) {
    json = params[operation.body.param];
  }
  return { path, searchParams, json };
}

/**
 * OpenAPI's default for query params (`style: form, explode: true`): an array
 * repeats the name, and an object's own keys become params of their own, e.g.
 * `GET /events`'s `filter: { intercom_user_id }` is sent as `intercom_user_id=…`.
 */
function appendQuery(searchParams: URLSearchParams, name: string, value: unknown): void {
  if (value === undefined || value === null) return;
  if (Array.isArray(value)) {
    for (const item of value) searchParams.append(name, String(item));
  } else if (typeof value === "object") {
    for (const [key, item] of Object.entries(value)) appendQuery(searchParams, key, item);
  } else {
    searchParams.append(name, String(value));
  }
}
