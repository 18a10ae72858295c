import { safeParse } from "valibot";
import type { ClientState } from "../client/client.js";
import type { ValidationMode } from "../client/client-options.js";
import { ResponseValidationError } from "../errors/validation-errors.js";
import type { Operation } from "../operation/operation.js";
import { toValidationIssues } from "./issues.js";

/**
 * Compares a response with its (loose) schema. The data itself is never
 * replaced by the schema's output, so checking cannot drop or alter a field:
 * `strict` throws (the error keeps the data), `warn` reports each schema-and-path
 * once per client, `off` skips the work.
 */
export function checkResponse(
  state: ClientState,
  operation: Operation,
  data: unknown,
  mode: ValidationMode,
): void {
  if (mode === "off" || !operation.output) return;
  const result = safeParse(operation.output, data);
  if (result.success) return;
  const issues = toValidationIssues(result.issues);
  if (mode === "strict") throw new ResponseValidationError(operation.id, issues, data);
  for (const issue of issues) {
    const key = `${operation.id}:${issue.path}`;
    if (state.warned.has(key)) continue;
    state.warned.add(key);
    state.logger.warn(
      `[intercom-kit] ${operation.id} response differs from its schema at ${issue.path}: ${issue.message}`,
      {
        operationId: operation.id,
        path: issue.path,
      },
    );
  }
}
