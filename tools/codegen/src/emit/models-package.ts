import {
  LICENSE,
  registryLinks,
  TSCONFIG,
  TSCONFIG_BUILD,
  VITEST_CONFIG,
} from "./domain-package.ts";

/** The hand-owned files of @intercom-kit/models, written only when missing. */
export function modelsScaffold(): Map<string, string> {
  const files = new Map<string, string>();
  files.set(
    "package.json",
    `${JSON.stringify(
      {
        name: "@intercom-kit/models",
        version: "0.0.0",
        description: "Valibot schemas and TypeScript types for every schema of Intercom API 2.16.",
        keywords: ["intercom", "intercom-api", "intercom-kit", "models", "valibot", "schemas"],
        license: "MIT",
        ...registryLinks("packages/models"),
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
          test: "vitest run",
        },
        dependencies: { valibot: "^1.5.0" },
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
  files.set("src/index.ts", `export * from "./generated/index.js";\n`);
  return files;
}
