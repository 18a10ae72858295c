import { DOMAINS } from "../model/domains.ts";
import type { OperationModel } from "../model/operation-model.ts";
import { MD_HEADER } from "./header.ts";

/** docs/domains.md: the packages and every resource in them, from the resource tree. */
export function domainsDoc(operations: readonly OperationModel[]): string {
  const rows = DOMAINS.map((domain) => {
    const ops = operations.filter((op) => op.domain === domain.name);
    return `| \`@intercom-kit/${domain.name}\` | \`${domain.facade}()\` → \`client.${domain.facade}\` | ${domain.summary} | ${ops.length} |`;
  });
  const sections = DOMAINS.map((domain) => {
    const resources = new Map<string, OperationModel[]>();
    for (const op of operations.filter((o) => o.domain === domain.name)) {
      const path = op.resource.join(".");
      resources.set(path, [...(resources.get(path) ?? []), op]);
    }
    const lines = [...resources.entries()]
      .sort(([a], [b]) => a.localeCompare(b))
      .map(
        ([path, ops]) =>
          `- \`${path}\`: ${ops
            .map((op) => `\`${op.verb}\` (\`${op.name}\`)`)
            .sort()
            .join(", ")}`,
      );
    return `### \`@intercom-kit/${domain.name}\`\n\n${lines.join("\n")}`;
  });
  return `${MD_HEADER}# Packages and resources

Every operation of Intercom API 2.16 sits once in a tree of resources, at a
resource path and a verb: \`contacts.notes\` + \`list\`. Each top-level resource
is one package, and its facade nests the same way:
\`client.contacts.notes.list({ contact_id })\`. The tree is
\`tools/codegen/src/config/resources/\`; function names follow from it by the
rule in [codegen.md](codegen.md#names).

| package | facade | what it holds | operations |
|---|---|---|---|
${rows.join("\n")}
| | | **total** | **${operations.length}** |

## Resources by package

${sections.join("\n\n")}
`;
}
