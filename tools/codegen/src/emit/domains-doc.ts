import { DOMAINS } from "../config/domains.ts";
import { OPERATION_DOMAINS } from "../config/operation-domains.ts";
import type { OperationModel } from "../model/operation-model.ts";
import { MD_HEADER } from "./header.ts";

/** docs/domains.md: the grouping table, from the same config the generator uses. */
export function domainsDoc(operations: readonly OperationModel[]): string {
  const rows = DOMAINS.map((domain) => {
    const count = operations.filter((op) => op.domain === domain.name).length;
    return `| \`@intercom-kit/${domain.name}\` | \`${domain.facade}()\` → \`client.${domain.facade}\` | ${domain.tags.join(", ")} | ${count} |`;
  });
  const pinned = Object.entries(OPERATION_DOMAINS)
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([name, domain]) => {
      const op = operations.find((o) => o.operationId === name);
      return `| \`${name}\` | \`${op?.method} ${op?.path}\` | \`@intercom-kit/${domain}\` |`;
    });
  return `${MD_HEADER}# Domain packages

Each operation of Intercom API 2.16 lives in one domain package. A domain is
usually one tag of the description; small related tags share a package, so an
app installs a handful of packages rather than forty. The table is
\`tools/codegen/src/config/domains.ts\`.

| package | facade | tags | operations |
|---|---|---|---|
${rows.join("\n")}
| | | **total** | **${operations.length}** |

## Operations with tags from two domains

These are pinned in \`tools/codegen/src/config/operation-domains.ts\` by one
rule: an operation lives with the resource at the head of its path, so
\`POST /tickets/{id}/tags\` is a tickets call.

| operation | request | package |
|---|---|---|
${pinned.join("\n")}
`;
}
