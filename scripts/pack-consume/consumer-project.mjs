// A fresh npm project outside the workspace that depends on some tarballs.
// Every package of ours is also pinned, through `overrides`, to its tarball:
// none is on the registry yet, so a transitive @intercom-kit/* dependency must
// come from the tarball too, while ky, valibot, hono… come from the registry.
// npm refuses an override that differs from a direct dependency's spec, so both
// use the same absolute `file:` spec. Registry packages come through npm's own
// cache (npm_config_cache, ~/.npm by default), shared by every consumer and run.
import { cpSync, mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { runCommand } from "./run-command.mjs";

/**
 * @param {string} dir
 * @param {{ tarballs: { name: string, file: string }[], direct: string[],
 *   registry?: Record<string, string>, fixtures: string[] }} spec
 */
export async function createConsumerProject(dir, { tarballs, direct, registry = {}, fixtures }) {
  const pinned = Object.fromEntries(tarballs.map((t) => [t.name, `file:${t.file}`]));
  const dependencies = {
    ...Object.fromEntries(direct.map((name) => [name, pinned[name]])),
    ...registry,
  };
  mkdirSync(dir, { recursive: true });
  writeFileSync(
    join(dir, "package.json"),
    `${JSON.stringify({ name: "pack-consumer", private: true, type: "module", dependencies, overrides: pinned }, null, 2)}\n`,
  );
  for (const fixture of fixtures) cpSync(fixture, join(dir, fixture.split("/").at(-1)));
  return runCommand(
    "npm",
    [
      "install",
      "--prefer-offline",
      "--no-audit",
      "--no-fund",
      "--no-update-notifier",
      "--loglevel=error",
    ],
    // A fresh machine's cache is cold: a clean-clone run took 215 s for the
    // three-package install and passed 300 s for the full one, beside the
    // other install on two cores. The bound only stops a hung npm.
    { cwd: dir, env: { ...process.env, npm_config_yes: "true" }, timeoutMs: 900_000 },
  );
}
