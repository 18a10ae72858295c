// The workspace's packages, found the way pnpm finds them: every directory
// that pnpm-workspace.yaml's `packages:` list names ("dir" or "dir/*") and
// that holds a package.json. Used by the release scripts, which must see the
// same set of packages as pnpm and changesets.
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";

/** @returns {{ dir: string, manifestPath: string, manifest: Record<string, any> }[]} */
export function workspacePackages(root) {
  const yaml = readFileSync(join(root, "pnpm-workspace.yaml"), "utf8");
  const list = yaml.match(/^packages:\n((?:[ \t]+-.*\n?)+)/m);
  if (!list) throw new Error("pnpm-workspace.yaml: no `packages:` list");
  const patterns = [...list[1].matchAll(/-\s*["']?([^"'\s#]+)/g)].map((match) => match[1]);
  const dirs = patterns.flatMap((pattern) => {
    if (!pattern.endsWith("/*")) return [pattern];
    const parent = pattern.slice(0, -2);
    if (/[*?{[]/.test(parent))
      throw new Error(`pnpm-workspace.yaml: unsupported pattern ${pattern}`);
    const abs = join(root, parent);
    if (!existsSync(abs)) return [];
    return readdirSync(abs, { withFileTypes: true })
      .filter((entry) => entry.isDirectory())
      .map((entry) => `${parent}/${entry.name}`)
      .sort();
  });
  return dirs
    .filter((dir) => existsSync(join(root, dir, "package.json")))
    .map((dir) => {
      const manifestPath = join(root, dir, "package.json");
      return { dir, manifestPath, manifest: JSON.parse(readFileSync(manifestPath, "utf8")) };
    });
}
