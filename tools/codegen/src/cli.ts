import { resolve } from "node:path";
import { parseArgs } from "node:util";
import { generate } from "./generate.ts";
import { formatFiles } from "./output/format.ts";
import { checkPlan, writePlan } from "./output/sync.ts";
import { loadDescription } from "./read/load-description.ts";

const USAGE =
  "usage: node src/cli.ts --spec <description.yaml> [--root <repo>] [--overlay <file>] [--check]";

const { values } = parseArgs({
  options: {
    spec: { type: "string" },
    root: { type: "string", default: "../.." },
    overlay: { type: "string", default: "overlay.yaml" },
    check: { type: "boolean", default: false },
  },
});
if (!values.spec) {
  console.error(USAGE);
  process.exit(2);
}
const root = resolve(values.root);
const description = await loadDescription(resolve(values.spec), resolve(values.overlay));
const { plan, operations } = generate(description);
const formatted = {
  ...plan,
  generated: await formatFiles(plan.generated, resolve(root, "biome.json")),
};
const scaffold = await formatFiles(plan.scaffold, resolve(root, "biome.json"));
const final = { ...formatted, scaffold };

if (values.check) {
  const problems = await checkPlan(root, final);
  if (problems.length > 0) {
    console.error(
      `generated code is out of date (${problems.length} files); run \`pnpm --filter @intercom-kit/codegen codegen\`:`,
    );
    for (const problem of problems.slice(0, 50)) console.error(`  ${problem}`);
    process.exit(1);
  }
  console.log(
    `generated code is up to date: ${operations.length} operations, ${final.generated.size} files`,
  );
} else {
  const changed = await writePlan(root, final);
  for (const line of changed) console.log(line);
  console.log(
    `${operations.length} operations, ${final.generated.size} generated files, ${changed.length} changed`,
  );
}
