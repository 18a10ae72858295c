import type { OperationModel } from "../model/operation-model.ts";

/**
 * Statuses every operation can answer (a bad token, the rate limit, a server
 * fault): listing them on each of 231 functions would say nothing.
 */
const EVERYWHERE = new Set(["401", "429", "500"]);

const PAGING: Readonly<Record<string, string>> = {
  cursor: "a cursor",
  search: "a cursor in the body",
  page: "page numbers",
  scroll: "a scroll param",
  link: "next-page links",
  merge: "a cursor",
};

/**
 * The doc comment of an operation's function and of its facade member: the
 * tree's one-line summary, the request, what the answer resolves to when
 * that is not plain JSON, and tags only where they tell something.
 */
export function operationDoc(
  op: OperationModel,
  example: readonly string[] = [],
  paramsDoc?: string,
): string {
  const lines = [op.summary, "", `\`${op.method} ${op.path}\`. ${answer(op)}`.trim()];
  const tags: string[] = paramsDoc ? [`@param params ${paramsDoc}`] : [];
  const remark = retryRemark(op);
  if (remark) tags.push(`@remarks ${remark}`);
  const statuses = op.errorStatuses.filter((status) => !EVERYWHERE.has(status));
  if (statuses.length > 0) {
    tags.push(
      `@throws \`ApiError\` subclasses, for the statuses it declares: ${statuses.join(", ")}.`,
    );
  }
  if (op.deprecated) tags.push("@deprecated Marked deprecated in Intercom's description.");
  tags.push(`@see \`${op.operationId}\`, its operationId in Intercom's API reference.`);
  const exampleTag = example.length > 0 ? ["@example", ...example] : [];
  const body = [...lines, "", ...tags, ...exampleTag];
  return `/**\n${body.map((line) => (line ? ` * ${line}` : " *")).join("\n")}\n */`;
}

function answer(op: OperationModel): string {
  if (op.pagination) {
    return `Paged by ${PAGING[op.pagination.strategy]}: \`await\` it for the first page, or \`for await\` it for every item.`;
  }
  switch (op.response.kind) {
    case "text":
      return "Resolves to the plain-text body.";
    case "binary":
      return "Resolves to the body as a byte stream.";
    case "redirect":
      return "Resolves to the URL it redirects to, without following it, so the token stays here.";
    case "empty":
      return `Resolves to nothing: the answer is a bodiless ${op.response.status}.`;
    default:
      return "";
  }
}

/** Only the cases a caller would not guess from the method. */
function retryRemark(op: OperationModel): string | undefined {
  const unsafeByMethod = op.method === "POST" || op.method === "PATCH";
  if (unsafeByMethod && op.retrySafe) return "Retried like a read: this POST changes nothing.";
  if (unsafeByMethod) {
    return "Retried only when it surely did not run: after a 429, or a connection that failed before sending.";
  }
  return undefined;
}
