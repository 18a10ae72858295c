import { DOMAINS } from "../model/domains.ts";
import type { OperationModel } from "../model/operation-model.ts";
import { TS_HEADER } from "./header.ts";
import { pascalCase } from "./names.ts";

/** `packages/intercom-kit/src/generated/*`: the catalogue and the list of every facade. */
export function emitUmbrella(
  operations: readonly OperationModel[],
  modelTypes: ReadonlySet<string>,
): Map<string, string> {
  const files = new Map<string, string>();
  files.set(
    "types.ts",
    `${TS_HEADER}// The model types the operations' signatures name, as every domain package
// re-exports its own: \`import type { Contact } from "intercom-kit"\`.
export type { ${[...modelTypes].sort().join(", ")} } from "@intercom-kit/models";
`,
  );
  const entries = [...operations]
    .sort((a, b) => a.path.localeCompare(b.path) || a.method.localeCompare(b.method))
    .map(
      (op) =>
        `{ operationId: ${JSON.stringify(op.operationId)}, method: "${op.method}", path: ${JSON.stringify(op.path)}, package: "@intercom-kit/${op.domain}", name: ${JSON.stringify(op.name)}, resource: ${JSON.stringify(op.resource.join("."))}, verb: ${JSON.stringify(op.verb)}, summary: ${JSON.stringify(op.summary)}, pagination: ${op.pagination ? `"${op.pagination.strategy}"` : "null"} }`,
    );
  files.set(
    "catalog.ts",
    `${TS_HEADER}import type { HttpMethod, PaginationStrategy } from "@intercom-kit/core";

/** One operation of Intercom API 2.16 and where the SDK exports it. */
export interface CatalogEntry {
  /** The description's operationId (the overlay adds the few that are missing). */
  readonly operationId: string;
  readonly method: HttpMethod;
  readonly path: string;
  /** The package exporting the function. */
  readonly package: string;
  /** The exported function name. */
  readonly name: string;
  /** Where the facade holds it, from the client: \`contacts.notes\`. */
  readonly resource: string;
  /** The facade member at that resource: \`list\`, \`attach\`, … */
  readonly verb: string;
  /** What it does, in one line; its doc comment starts with it. */
  readonly summary: string;
  /** How the function pages, or null when it answers in one response. */
  readonly pagination: PaginationStrategy | null;
}

/** Every operation of the description (${operations.length}), sorted by path then method. */
export const catalog: readonly CatalogEntry[] = [
${entries.join(",\n")},
];
`,
  );
  const domains = DOMAINS.filter((d) => operations.some((op) => op.domain === d.name));
  const imports = domains.map(
    (d) =>
      `import { ${d.facade}, ${d.facade}Facade, type ${pascalCase(d.facade)}Facade } from "@intercom-kit/${d.name}";`,
  );
  files.set(
    "domains.ts",
    `${TS_HEADER}import type { Client, Plugin } from "@intercom-kit/core";
${imports.join("\n")}

export { ${domains.map((d) => d.facade).join(", ")} };

/** Every domain facade (${domains.length}) on one client. */
export interface AllDomains {
${domains.map((d) => `readonly ${d.facade}: ${pascalCase(d.facade)}Facade;`).join("\n")}
}

/** A plugin adding every domain facade: \`client.contacts\`, \`client.conversations\`, … */
export function allDomains(): Plugin<AllDomains> {
  return (client) =>
    client.extend((bound: Client): AllDomains => ({
${domains.map((d) => `...${d.facade}Facade(bound),`).join("\n")}
    }));
}
`,
  );
  return files;
}
