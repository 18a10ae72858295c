// A throwaway TypeScript project outside the workspace whose node_modules
// links every workspace package by name, so a doc snippet imports
// `@intercom-kit/contacts` or `intercom-kit` exactly as a user's code does,
// and resolves through each package's `exports` to its built `dist`.
import { existsSync } from "node:fs";
import { mkdir, mkdtemp, readdir, readFile, symlink, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";

export const REPO_ROOT = join(import.meta.dirname, "..", "..", "..");

/** The workspace's packages: `{ name, dir }` for packages/*, apps/* and tools/*. */
export async function workspacePackages() {
  const found = [];
  for (const group of ["packages", "apps", "tools"]) {
    for (const entry of await readdir(join(REPO_ROOT, group), { withFileTypes: true })) {
      if (!entry.isDirectory()) continue;
      const dir = join(REPO_ROOT, group, entry.name);
      try {
        const { name } = JSON.parse(await readFile(join(dir, "package.json"), "utf8"));
        found.push({ name, dir });
      } catch {
        // not a package
      }
    }
  }
  return found;
}

/**
 * Writes `files` (relative path → source) into a new temp project and
 * returns its directory. Strict, ESM, Node's types, top-level await allowed;
 * `compilerOptions` adds to (or overrides) those.
 */
export async function createTempProject(prefix, files, { compilerOptions: extra = {} } = {}) {
  const root = await mkdtemp(join(tmpdir(), prefix));
  const modules = join(root, "node_modules");
  await mkdir(join(modules, "@types"), { recursive: true });
  for (const { name, dir } of await workspacePackages()) {
    await mkdir(dirname(join(modules, name)), { recursive: true });
    await symlink(dir, join(modules, name), "dir");
  }
  await symlink(
    join(REPO_ROOT, "node_modules", "@types", "node"),
    join(modules, "@types", "node"),
    "dir",
  );
  await writeFile(join(root, "package.json"), JSON.stringify({ type: "module", private: true }));
  const compilerOptions = {
    strict: true,
    noEmit: true,
    target: "es2022",
    lib: ["es2023", "dom", "dom.iterable"],
    module: "nodenext",
    moduleResolution: "nodenext",
    types: ["node"],
    skipLibCheck: true,
    noUncheckedIndexedAccess: true,
    exactOptionalPropertyTypes: true,
    allowImportingTsExtensions: true,
    ...extra,
  };
  await writeFile(
    join(root, "tsconfig.json"),
    JSON.stringify({ compilerOptions, include: ["snippets/**/*.ts", "snippets/**/*.js"] }, null, 2),
  );
  for (const [path, source] of Object.entries(files)) {
    await mkdir(dirname(join(root, "snippets", path)), { recursive: true });
    await writeFile(join(root, "snippets", path), source);
  }
  return root;
}

/**
 * Links third-party packages a snippet imports (`valibot`, `ioredis`, …) into
 * the project's node_modules, from wherever the workspace installed them: the
 * root's node_modules or a workspace package's. Returns the names it could
 * not find, which the type check then reports as missing modules.
 */
export async function linkDependencies(projectDir, names) {
  const places = [REPO_ROOT, ...(await workspacePackages()).map(({ dir }) => dir)];
  const missing = [];
  for (const name of names) {
    const found = places.map((dir) => join(dir, "node_modules", name)).find(existsSync);
    if (!found) {
      missing.push(name);
      continue;
    }
    const target = join(projectDir, "node_modules", name);
    if (existsSync(target)) continue;
    await mkdir(dirname(target), { recursive: true });
    await symlink(found, target, "dir");
  }
  return missing;
}
