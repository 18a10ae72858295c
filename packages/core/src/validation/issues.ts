import { type BaseIssue, getDotPath } from "valibot";
import type { ValidationIssue } from "../errors/validation-errors.js";

export function toValidationIssues(issues: readonly BaseIssue<unknown>[]): ValidationIssue[] {
  return issues.map((issue) => ({ path: getDotPath(issue) ?? "(root)", message: issue.message }));
}
