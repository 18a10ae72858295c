import { safeParse } from "valibot";
import type { ClientState } from "../client/client.js";
import type { ValidationMode } from "../client/client-options.js";
import { ResponseValidationError } from "../errors/validation-errors.js";
import type { Operation } from "../operation/operation.js";
import { conforms } from "./conforms.js";
import { collectDrift } from "./drift.js";
import { toValidationIssues } from "./issues.js";

/**
 * Compares a response with its (loose) schema. The data itself is never
 * replaced by the schema's output, so checking cannot drop or alter a field:
 * `strict` throws (the error keeps the data), `warn` reports drift, `off`
 * skips the work. In `warn` mode an `onDrift` callback gets every answer's
 * drift; without one, each operation-and-path is logged once per client.
 */
export function checkResponse(
  state: ClientState,
  operation: Operation,
  data: unknown,
  mode: ValidationMode,
): void {
  if (mode === "off" || !operation.output) return;
  // The common case, an answer that matches, without valibot's copy of it.
  if (conforms(operation.output, data)) return;
  const result = safeParse(operation.output, data);
  if (result.success) return;
  if (mode === "strict") {
    throw new ResponseValidationError(operation.id, toValidationIssues(result.issues), data);
  }
  for (const drift of collectDrift(operation.id, result.issues)) {
    if (state.onDrift) {
      state.onDrift(drift);
      continue;
    }
    const key = `${drift.operationId}:${drift.path}`;
    if (state.warned.has(key)) continue;
    state.warned.add(key);
    const times = drift.occurrences > 1 ? ` (${drift.occurrences} items)` : "";
    state.logger.warn(
      `[intercom-kit] ${drift.operationId} answered ${drift.received} at ${drift.path} where its schema expects ${drift.expected}${times}; the data is returned as sent`,
      { ...drift },
    );
  }
}
