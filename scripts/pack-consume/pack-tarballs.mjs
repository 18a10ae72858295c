// `pnpm pack` of every published (non-private) workspace package into one
// folder, then a look inside each tarball's package.json: .pnpmfile.cjs must
// have dropped devDependencies, and no range may name a private package or
// still say `workspace:`, or npm could never install it from the registry.
import { execFileSync } from "node:child_process";
import { join } from "node:path";
import { workspacePackages } from "../lib/workspace-packages.mjs";

const DEPENDENCY_FIELDS = ["dependencies", "peerDependencies", "optionalDependencies"];

/** @returns {{ name: string, file: string, manifest: Record<string, any> }[]} */
export function packTarballs(repo, destination) {
  const all = workspacePackages(repo);
  const published = all.filter((p) => !p.manifest.private);
  const privateNames = new Set(all.filter((p) => p.manifest.private).map((p) => p.manifest.name));
  const filters = published.flatMap((p) => ["--filter", p.manifest.name]);
  const packed = JSON.parse(
    execFileSync("pnpm", [...filters, "pack", "--pack-destination", destination, "--json"], {
      cwd: repo,
      encoding: "utf8",
      maxBuffer: 64 * 1024 * 1024,
      stdio: ["ignore", "pipe", "pipe"],
    }),
  );
  const tarballs = (Array.isArray(packed) ? packed : [packed]).map((pack) => {
    const file = pack.filename.startsWith("/") ? pack.filename : join(destination, pack.filename);
    const manifest = JSON.parse(execFileSync("tar", ["-xzOf", file, "package/package.json"]));
    return { name: manifest.name, file, manifest };
  });

  const problems = [];
  const names = new Set(tarballs.map((t) => t.name));
  for (const { manifest } of published) {
    if (!names.has(manifest.name)) problems.push(`${manifest.name}: pnpm pack made no tarball`);
  }
  for (const { name, manifest } of tarballs) {
    if (manifest.devDependencies) problems.push(`${name}: the tarball keeps devDependencies`);
    for (const field of DEPENDENCY_FIELDS) {
      for (const [dep, range] of Object.entries(manifest[field] ?? {})) {
        if (privateNames.has(dep)) problems.push(`${name}: ${field} names private ${dep}`);
        if (range.startsWith("workspace:")) problems.push(`${name}: ${field}.${dep} is ${range}`);
      }
    }
  }
  if (problems.length > 0) throw new Error(`tarballs:\n  ${problems.join("\n  ")}`);
  return tarballs;
}
