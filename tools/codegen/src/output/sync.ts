import { existsSync } from "node:fs";
import { mkdir, readdir, readFile, rm, writeFile } from "node:fs/promises";
import { dirname, join, relative } from "node:path";

export interface Plan {
  /** Repository-relative path → content; always written, compared by `--check`. */
  readonly generated: Map<string, string>;
  /** Written only when missing. */
  readonly scaffold: Map<string, string>;
  /** Directories owned by the generator: any file in them that it did not emit is stale. */
  readonly ownedDirs: readonly string[];
}

/** Writes the plan; returns what changed. */
export async function writePlan(root: string, plan: Plan): Promise<string[]> {
  const changed: string[] = [];
  for (const [path, content] of plan.scaffold) {
    if (existsSync(join(root, path))) continue;
    await put(root, path, content);
    changed.push(`created ${path}`);
  }
  for (const [path, content] of plan.generated) {
    const current = await readOrUndefined(join(root, path));
    if (current === content) continue;
    await put(root, path, content);
    changed.push(`${current === undefined ? "created" : "updated"} ${path}`);
  }
  for (const path of await staleFiles(root, plan)) {
    await rm(join(root, path));
    changed.push(`deleted ${path}`);
  }
  return changed;
}

/** Every difference between the plan and the tree, without writing anything. */
export async function checkPlan(root: string, plan: Plan): Promise<string[]> {
  const problems: string[] = [];
  for (const path of plan.scaffold.keys()) {
    if (!existsSync(join(root, path))) problems.push(`missing ${path}`);
  }
  for (const [path, content] of plan.generated) {
    const current = await readOrUndefined(join(root, path));
    if (current === undefined) problems.push(`missing ${path}`);
    else if (current !== content) problems.push(`differs ${path}`);
  }
  for (const path of await staleFiles(root, plan)) problems.push(`stale ${path}`);
  return problems;
}

async function staleFiles(root: string, plan: Plan): Promise<string[]> {
  const stale: string[] = [];
  for (const dir of plan.ownedDirs) {
    for (const file of await listFiles(join(root, dir))) {
      const path = relative(root, file).split("\\").join("/");
      if (!plan.generated.has(path)) stale.push(path);
    }
  }
  return stale.sort();
}

async function listFiles(dir: string): Promise<string[]> {
  if (!existsSync(dir)) return [];
  const entries = await readdir(dir, { withFileTypes: true, recursive: true });
  return entries.filter((e) => e.isFile()).map((e) => join(e.parentPath, e.name));
}

async function readOrUndefined(path: string): Promise<string | undefined> {
  return existsSync(path) ? readFile(path, "utf8") : undefined;
}

async function put(root: string, path: string, content: string): Promise<void> {
  await mkdir(dirname(join(root, path)), { recursive: true });
  await writeFile(join(root, path), content);
}
