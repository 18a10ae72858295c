// The `@example` blocks of the generated operation functions: the fenced
// code under `@example` in the doc comment right above `export function`.
import { readdir, readFile } from "node:fs/promises";
import { join, relative } from "node:path";
import { REPO_ROOT } from "./temp-project.mjs";

/** Extracts `{ file, operation, code }` for every function doc in `source`. */
export function examplesIn(source, file) {
  const found = [];
  const pattern = /\/\*\*\n((?: \*.*\n)*?) \*\/\nexport function (\w+)/g;
  for (const match of source.matchAll(pattern)) {
    const lines = match[1].split("\n").map((line) => line.replace(/^ \* ?/, ""));
    const at = lines.indexOf("@example");
    const code = [];
    if (at !== -1 && lines[at + 1]?.startsWith("```")) {
      for (const line of lines.slice(at + 2)) {
        if (line.startsWith("```")) break;
        code.push(line);
      }
    }
    found.push({ file, operation: match[2], code: code.length > 0 ? code.join("\n") : undefined });
  }
  return found;
}

/** Every operation module of every domain package (`src/generated/*.ts`, facade and index aside). */
export async function operationExamples(root = REPO_ROOT) {
  const all = [];
  for (const pkg of (await readdir(join(root, "packages"))).sort()) {
    const dir = join(root, "packages", pkg, "src", "generated");
    let names;
    try {
      names = await readdir(dir);
    } catch {
      continue;
    }
    if (!names.includes("facade.ts")) continue;
    for (const name of names.sort()) {
      if (!name.endsWith(".ts") || name === "facade.ts" || name === "index.ts") continue;
      const path = join(dir, name);
      all.push(...examplesIn(await readFile(path, "utf8"), relative(root, path)));
    }
  }
  return all;
}
