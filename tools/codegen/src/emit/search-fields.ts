import type { SearchFieldsModel } from "../model/search-fields.ts";
import { TS_HEADER } from "./header.ts";

/**
 * `packages/<domain>/src/generated/search-fields.ts`: the typed maps the
 * hand-written search builder of that domain is defined with.
 */
export function emitSearchFields({ config, fields }: SearchFieldsModel): string {
  const c = config.constant;
  const q = (s: string) => JSON.stringify(s);
  const doc = (reason: string) => `  /** ${reason.charAt(0).toUpperCase()}${reason.slice(1)}. */\n`;
  const list = (ops: readonly string[]) => `[${ops.map(q).join(", ")}]`;
  const fieldLines = fields.map(
    (f) => `${f.reason ? doc(f.reason) : ""}  ${q(f.path)}: ${q(f.type)},`,
  );
  const own = fields.filter((f) => f.operators);
  const operatorLines = Object.entries(config.operators).map(
    ([type, ops]) => `  ${type}: ${list(ops)},`,
  );
  const ownLines = own.map(
    (f) => `${doc(f.reason ?? "")}  ${q(f.path)}: ${list(f.operators ?? [])},`,
  );
  return `${TS_HEADER}/**
 * The fields \`${config.op}\` searches by, and their types: read off the
 * \`${config.schema}\` schema, or stated with a reason in the generator's
 * config (\`tools/codegen/src/config/search-fields.ts\`). Fields under
 * \`${config.customPrefix}.\` are open.
 */
export const ${c}_SEARCH_FIELDS = {
${fieldLines.join("\n")}
} as const;

/** Which operators each field type takes on \`${config.op}\`: ${config.operatorsReason}. */
export const ${c}_SEARCH_OPERATORS = {
${operatorLines.join("\n")}
} as const;

/** Fields of \`${config.op}\` whose operators are their own rather than their type's. */
export const ${c}_SEARCH_FIELD_OPERATORS = {
${ownLines.join("\n")}
} as const;

/** The prefix of the workspace's own attributes on \`${config.op}\`, open to any name. */
export const ${c}_SEARCH_CUSTOM_PREFIX = ${q(config.customPrefix)};
`;
}
