import { readFileSync } from "node:fs";
import { README_EXAMPLE_SETUP } from "../config/readme-examples.ts";
import { README_HELPERS } from "../config/readme-helpers.ts";
import type { Domain } from "../model/domains.ts";
import type { OperationModel } from "../model/operation-model.ts";
import type { Description } from "../read/load-description.ts";
import { MD_HEADER, TS_HEADER } from "./header.ts";
import type { ModelNames } from "./models.ts";
import { kebabCase, pascalCase } from "./names.ts";
import { emitOperationModule, type FunctionShape } from "./operation-module.ts";

export interface DomainOutput {
  /** Regenerated on every run and compared by `--check`, relative to the package root. */
  readonly generated: Map<string, string>;
  /** Written only when missing: hand-owned once they exist. */
  readonly scaffold: Map<string, string>;
  readonly shapes: Map<string, FunctionShape>;
}

/** `packages/<domain>`: one module per operation, the facade, the index and the README. */
export function emitDomainPackage(
  domain: Domain,
  operations: readonly OperationModel[],
  description: Description,
  models: ModelNames,
  /** The domain's typed search fields, when it has a search builder. */
  searchFields?: string,
): DomainOutput {
  const generated = new Map<string, string>();
  if (searchFields !== undefined) generated.set("src/generated/search-fields.ts", searchFields);
  const shapes = new Map<string, FunctionShape>();
  for (const op of operations) {
    const { code, shape } = emitOperationModule(op, description, models);
    generated.set(`src/generated/${kebabCase(op.name)}.ts`, code);
    shapes.set(op.name, shape);
  }
  generated.set("src/generated/facade.ts", facadeModule(domain, operations, shapes));
  // The models the signatures name, so a user of this package alone can name them too.
  const modelTypes = [
    ...new Set(operations.flatMap((op) => shapes.get(op.name)?.modelTypes ?? [])),
  ];
  generated.set(
    "src/generated/index.ts",
    `${TS_HEADER}${[
      ...operations.map((op) => kebabCase(op.name)),
      "facade",
      ...(searchFields === undefined ? [] : ["search-fields"]),
    ]
      .sort()
      .map((file) => `export * from "./${file}.js";`)
      .join("\n")}
export type { ${modelTypes.sort().join(", ")} } from "@intercom-kit/models";
`,
  );
  generated.set("README.md", readme(domain, operations, shapes));
  return { generated, scaffold: scaffold(domain), shapes };
}

/** One level of a facade: the operations at a resource path, and the levels below it. */
interface FacadeLevel {
  readonly path: readonly string[];
  readonly operations: OperationModel[];
  readonly children: Map<string, FacadeLevel>;
}

function facadeTree(domain: Domain, operations: readonly OperationModel[]): FacadeLevel {
  const root: FacadeLevel = { path: [domain.facade], operations: [], children: new Map() };
  for (const op of operations) {
    let level = root;
    for (const member of op.resource.slice(1)) {
      let child = level.children.get(member);
      if (!child) {
        child = { path: [...level.path, member], operations: [], children: new Map() };
        level.children.set(member, child);
      }
      level = child;
    }
    level.operations.push(op);
  }
  return root;
}

/** `["contacts", "notes"]` → `ContactsNotesFacade`. */
function facadeTypeName(path: readonly string[]): string {
  return `${path.map(pascalCase).join("")}Facade`;
}

function facadeModule(
  domain: Domain,
  operations: readonly OperationModel[],
  shapes: Map<string, FunctionShape>,
): string {
  const root = facadeTree(domain, operations);
  const interfaces: string[] = [];
  const declare = (level: FacadeLevel) => {
    const members = [...level.operations]
      .sort((a, b) => a.verb.localeCompare(b.verb))
      .map((op) => {
        const shape = shapes.get(op.name) as FunctionShape;
        const params = shape.paramsRequired
          ? `params: ${shape.paramsType}`
          : `params?: ${shape.paramsType}`;
        return `${shape.doc}\n${op.verb}(${params}, options?: RequestOptions): ${shape.returnType};`;
      });
    const nested = [...level.children.entries()]
      .sort(([a], [b]) => a.localeCompare(b))
      .map(([member, child]) => {
        declare(child);
        return `/** \`client.${child.path.join(".")}\`: ${describeLevel(child)} */\nreadonly ${member}: ${facadeTypeName(child.path)};`;
      });
    interfaces.push(
      `/** The members of \`client.${level.path.join(".")}\`. */\nexport interface ${facadeTypeName(level.path)} {\n${[...members, ...nested].join("\n")}\n}`,
    );
  };
  declare(root);

  const bind = (level: FacadeLevel): string => {
    const entries = [
      ...[...level.operations]
        .sort((a, b) => a.verb.localeCompare(b.verb))
        .map((op) => `${op.verb}: (params, options) => ${op.name}(client, params, options)`),
      ...[...level.children.entries()]
        .sort(([a], [b]) => a.localeCompare(b))
        .map(([member, child]) => `${member}: ${bind(child)}`),
    ];
    return `{\n${entries.join(",\n")},\n}`;
  };

  const imports = operations
    .map(
      (op) =>
        `import { ${op.name}, type ${shapes.get(op.name)?.paramsType} } from "./${kebabCase(op.name)}.js";`,
    )
    .sort();
  const typeImports = new Set<string>(["type Client", "type Plugin", "type RequestOptions"]);
  const returnTypes = operations.map((op) => shapes.get(op.name)?.returnType ?? "");
  if (returnTypes.some((t) => t.startsWith("ApiPromise"))) typeImports.add("type ApiPromise");
  if (returnTypes.some((t) => t.startsWith("PagedCall"))) typeImports.add("type PagedCall");
  const modelTypes = new Set<string>();
  for (const type of returnTypes) {
    for (const match of type.matchAll(/\b([A-Z][A-Za-z0-9]*)\b/g)) {
      const name = match[1] as string;
      if (
        !["ApiPromise", "PagedCall", "NonNullable", "ReadableStream", "Uint8Array"].includes(name)
      ) {
        modelTypes.add(`type ${name}`);
      }
    }
  }
  const rootType = facadeTypeName(root.path);
  return `${TS_HEADER}import { ${[...typeImports].sort((a, b) => a.localeCompare(b)).join(", ")} } from "@intercom-kit/core";
${modelTypes.size > 0 ? `import { ${[...modelTypes].sort().join(", ")} } from "@intercom-kit/models";\n` : ""}${imports.join("\n")}

${interfaces.reverse().join("\n\n")}

/** Builds \`client.${domain.facade}\` for a client; \`${domain.facade}()\` and the umbrella's \`allDomains()\` use it. */
export function ${domain.facade}Facade(client: Client): { readonly ${domain.facade}: ${rootType} } {
  return {
    ${domain.facade}: ${bind(root)},
  };
}

/**
 * A plugin adding \`client.${domain.facade}\`: every operation of
 * \`@intercom-kit/${domain.name}\` by resource and verb, bound to the
 * client (and to whatever it is derived into later).
 */
export function ${domain.facade}(): Plugin<{ readonly ${domain.facade}: ${rootType} }> {
  return (client) => client.extend(${domain.facade}Facade);
}
`;
}

/** A facade level's doc: what can be done there, by verb. */
function describeLevel(level: FacadeLevel): string {
  const verbs = level.operations.map((op) => `\`${op.verb}\``).sort();
  const below = [...level.children.keys()].sort().map((member) => `\`${member}\``);
  const parts = [
    verbs.length > 0 ? verbs.join(", ") : "",
    below.length > 0 ? `and below it ${below.join(", ")}` : "",
  ].filter(Boolean);
  return `${parts.join(" ")}.`;
}

function readme(
  domain: Domain,
  operations: readonly OperationModel[],
  shapes: Map<string, FunctionShape>,
): string {
  const rows = operations.map((op) => {
    const paging = op.pagination ? op.pagination.strategy : "";
    return `| \`${op.name}\` | \`${facadeMember(op)}\` | ${op.summary} | \`${op.method} ${op.path}\` | ${paging} |`;
  });
  const setup = README_EXAMPLE_SETUP[domain.name];
  const example = setup
    ? {
        op: operations.find((op) => op.name === setup.operation) as OperationModel,
        args: `, ${setup.args}`,
      }
    : exampleOperation(operations, shapes);
  if (!example.op) throw new Error(`README_EXAMPLE_SETUP.${domain.name}: no such operation`);
  const ownImports = [example.op.name, domain.facade, ...(setup?.names ?? [])].join(", ");
  const imports = [
    'import { createClient } from "@intercom-kit/core";',
    `import { ${ownImports} } from "@intercom-kit/${domain.name}";`,
    ...(setup?.imports ?? []),
    'import { startSandbox } from "@intercom-kit/sandbox";',
  ];
  // The example's other domains (it may fetch ids from one) are installed too.
  const installs = [
    "@intercom-kit/core",
    `@intercom-kit/${domain.name}`,
    ...(setup?.imports ?? []).flatMap(
      (line) => line.match(/from "(@intercom-kit\/[^"]+)"/)?.[1] ?? [],
    ),
  ];
  const call = example.op.pagination
    ? `for await (const item of ${example.op.name}(client${example.args})) {\n  console.log(item);\n}`
    : `console.log(await ${example.op.name}(client${example.args}));`;
  const facadeCall = example.op.pagination
    ? `const page = await ic.${facadeMember(example.op)}(${example.args.replace(/^, /, "")});\nconsole.log(page.items.length, page.hasNextPage);`
    : `console.log(await ic.${facadeMember(example.op)}(${example.args.replace(/^, /, "")}));`;
  // The example runs as written (scripts/docs/check-code-blocks.mjs runs it),
  // so it talks to the sandbox it starts; the comment says what changes for
  // Intercom.
  const body = [
    "const client = createClient({ token: sandbox.token, baseUrl: sandbox.url });",
    ...(setup?.setup ?? []),
    "",
    "// One function per operation: a bundle keeps only what it calls.",
    call,
    "",
    `// Or the facade: every operation by resource and verb under \`client.${domain.facade}\`.`,
    `const ic = client.use(${domain.facade}());`,
    facadeCall,
  ];
  return `${MD_HEADER}# @intercom-kit/${domain.name}

${domain.summary} Part of [intercom-kit](https://github.com/intercom-kit/intercom-kit#readme); generated from Intercom's OpenAPI description 2.16.

\`\`\`sh
pnpm add ${installs.join(" ")}
\`\`\`

## Example

It runs as it is against the local emulator, \`@intercom-kit/sandbox\` (\`pnpm add -D @intercom-kit/sandbox\`). Against Intercom, create the client with your access token instead: \`createClient({ token: process.env.INTERCOM_TOKEN ?? "", region: "us" })\`.

\`\`\`ts
${imports.join("\n")}

const sandbox = await startSandbox();
try {
${body
  .join("\n")
  .split("\n")
  .map((line) => (line ? `  ${line}` : ""))
  .join("\n")}
} finally {
  await sandbox.stop();
}
\`\`\`

Params are one flat object with the API's own field names (path, query and body together). Unknown fields are rejected before anything is sent. The resource types the functions return are exported too, so this package alone can name them.

## Operations

| function | facade | what it does | request | paging |
|---|---|---|---|---|
${rows.join("\n")}
${README_HELPERS[domain.name] ? `\n${README_HELPERS[domain.name]}` : ""}`;
}

/** `client.contacts.notes.list`, without the `client.`. */
function facadeMember(op: OperationModel): string {
  return `${op.resource.join(".")}.${op.verb}`;
}

/** The README example: a list without required params if there is one, else the first read. */
function exampleOperation(
  operations: readonly OperationModel[],
  shapes: Map<string, FunctionShape>,
) {
  const free = (op: OperationModel) => !shapes.get(op.name)?.paramsRequired;
  const op =
    operations.find((o) => o.pagination && free(o)) ??
    operations.find((o) => o.method === "GET" && free(o) && o.response.kind === "json") ??
    operations.find((o) => o.method === "GET" && o.response.kind === "json") ??
    (operations[0] as OperationModel);
  const required = op.params.filter((p) => p.required);
  const args =
    required.length > 0
      ? `, { ${required.map((p) => `${p.name}: ${exampleValue(p.schema)}`).join(", ")} }`
      : "";
  return { op, args };
}

function exampleValue(schema: unknown): string {
  const type = (schema as { type?: string })?.type;
  return type === "integer" || type === "number" ? "1" : `"123"`;
}

function scaffold(domain: Domain): Map<string, string> {
  const files = new Map<string, string>();
  files.set(
    "package.json",
    `${JSON.stringify(
      {
        name: `@intercom-kit/${domain.name}`,
        version: "0.0.0",
        description: `Intercom API 2.16: ${domain.summary}`,
        keywords: ["intercom", "intercom-api", "intercom-kit", ...domain.name.split("-")],
        license: "MIT",
        ...registryLinks(`packages/${domain.name}`),
        type: "module",
        sideEffects: false,
        engines: { node: ">=22" },
        exports: {
          ".": { types: "./dist/index.d.ts", default: "./dist/index.js" },
          "./package.json": "./package.json",
        },
        files: ["dist", "src", "!src/**/*.test.ts", "CHANGELOG.md"],
        scripts: {
          build: "node ../../scripts/build-package.mjs",
          typecheck: "tsc -p tsconfig.json --noEmit",
          lint: "biome check .",
          test: "vitest run --passWithNoTests",
        },
        dependencies: {
          "@intercom-kit/core": "workspace:^",
          "@intercom-kit/models": "workspace:^",
          valibot: "^1.5.0",
        },
        devDependencies: { "@types/node": "24.19.2", typescript: "6.0.3", vitest: "4.1.12" },
      },
      null,
      2,
    )}\n`,
  );
  files.set("LICENSE", LICENSE);
  files.set("tsconfig.json", TSCONFIG);
  files.set("tsconfig.build.json", TSCONFIG_BUILD);
  files.set("vitest.config.ts", VITEST_CONFIG);
  files.set(
    "src/index.ts",
    `// Hand-written helpers of this domain go next to this file; the operations are generated.\nexport * from "./generated/index.js";\n`,
  );
  return files;
}

/** Where a published package's registry page links to (scripts/check-package-metadata.mjs checks them). */
export function registryLinks(directory: string) {
  return {
    homepage: `https://github.com/intercom-kit/intercom-kit/tree/main/${directory}#readme`,
    bugs: "https://github.com/intercom-kit/intercom-kit/issues",
    repository: {
      type: "git",
      url: "git+https://github.com/intercom-kit/intercom-kit.git",
      directory,
    },
  };
}

/** The repository's LICENSE, which every package carries as its own. */
export const LICENSE = readFileSync(new URL("../../../../LICENSE", import.meta.url), "utf8");

export const TSCONFIG = `{
  "extends": "../../tsconfig.base.json",
  "compilerOptions": {
    "types": ["node"],
    "noEmit": true
  },
  "include": ["src", "test", "*.ts"]
}
`;

export const TSCONFIG_BUILD = `{
  "extends": "../../tsconfig.base.json",
  "compilerOptions": {
    "rootDir": "src",
    "outDir": "dist"
  },
  "include": ["src"],
  "exclude": ["src/**/*.test.ts", "src/**/*.test-d.ts"]
}
`;

export const VITEST_CONFIG = `import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["src/**/*.test.ts", "test/**/*.test.ts"],
    typecheck: { enabled: true, include: ["test/**/*.test-d.ts"] },
  },
});
`;
