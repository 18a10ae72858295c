import { safeParse } from "valibot";
import { RequestValidationError } from "../errors/validation-errors.js";
import type { Operation } from "../operation/operation.js";
import { toValidationIssues } from "./issues.js";

/** Throws before anything is sent when params break the operation's input schema. */
export function validateInput(operation: Operation, params: unknown): void {
  if (!operation.input) return;
  const result = safeParse(operation.input, params);
  if (!result.success) {
    throw new RequestValidationError(operation.id, toValidationIssues(result.issues));
  }
}
