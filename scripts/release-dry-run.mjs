// The release, rehearsed: `changeset status` here, then `pnpm version-packages`
// in a throwaway copy of the repository, and checks that what it produced could
// be published. Run by scripts/test.sh; see docs/versioning.md.
//
// The copy is a clone of HEAD with the working tree laid over it (tracked files
// as they are on disk, untracked files git does not ignore), so a changeset not
// committed yet is rehearsed too; in CI the two are the same. Nothing here
// writes to this repository.
//
// Usage: node scripts/release-dry-run.mjs [--keep]   (--keep: leave the copy to look at)
import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { workspacePackages } from "./lib/workspace-packages.mjs";

const source = new URL("..", import.meta.url).pathname.replace(/\/$/, "");
const started = Date.now();
const failures = [];

function seconds(since) {
  return `${((Date.now() - since) / 1000).toFixed(1)}s`;
}

function step(title, action) {
  console.log(`• release: ${title}`);
  const at = Date.now();
  const result = action();
  console.log(`  (${seconds(at)})`);
  return result;
}

// Runs a command; its output is shown only when it fails (or when `show`).
function run(command, args, { cwd, input, env, show = false } = {}) {
  const result = spawnSync(command, args, {
    cwd,
    input,
    env: env ?? process.env,
    encoding: "utf8",
    maxBuffer: 256 * 1024 * 1024,
    stdio: [input === undefined ? "ignore" : "pipe", "pipe", "pipe"],
  });
  const output = `${result.stdout ?? ""}${result.stderr ?? ""}`;
  if (result.status !== 0) {
    process.stdout.write(output);
    throw new Error(`${command} ${args.join(" ")} exited ${result.status ?? result.signal}`);
  }
  if (show && output.trim() !== "") console.log(output.trimEnd().replace(/^/gm, "  "));
  return result.stdout;
}

function git(cwd, ...args) {
  return run("git", args, { cwd }).trim();
}

function hasRef(ref) {
  return spawnSync("git", ["rev-parse", "--verify", "--quiet", ref], { cwd: source }).status === 0;
}

function check(ok, text) {
  if (!ok) failures.push(text);
  return ok;
}

function report(passed, text) {
  console.log(`  ${passed ? "ok" : "FAILED"}: ${text}`);
}

// What a `workspace:` range becomes in the packed package.json.
function packedRange(range, version) {
  const spec = range.slice("workspace:".length);
  if (spec === "^" || spec === "~") return `${spec}${version}`;
  if (spec === "*") return version;
  return spec;
}

const readJson = (path) => JSON.parse(readFileSync(path, "utf8"));

// 1. changeset status, against main when this clone has it. A fresh clone of
// main has it and HEAD is main, so only uncommitted changes count as changed.
// A detached checkout may have only origin/main; with neither, HEAD itself.
const since = hasRef("refs/heads/main")
  ? []
  : hasRef("refs/remotes/origin/main")
    ? ["--since", "origin/main"]
    : ["--since", "HEAD"];
const tmp = mkdtempSync(join(tmpdir(), "intercom-kit-release-"));
const copy = join(tmp, "repo");
try {
  step(`changeset status${since.length ? ` ${since.join(" ")}` : " (base: main)"}`, () =>
    run("pnpm", ["exec", "changeset", "status", ...since], { cwd: source, show: true }),
  );

  step(`copy the repository to ${copy}`, () => {
    const head = git(source, "rev-parse", "HEAD");
    run("git", ["clone", "--quiet", "--no-hardlinks", "--no-checkout", source, copy]);
    git(copy, "checkout", "--quiet", "--detach", head);
    // changesets compares against its baseBranch, main.
    git(copy, "update-ref", "refs/heads/main", head);
    const list = (args) =>
      run("git", ["ls-files", "-z", ...args], { cwd: source })
        .split("\0")
        .filter(Boolean);
    const deleted = new Set(list(["--deleted"]));
    // Never an installed tree: a node_modules symlink escapes `node_modules/` in
    // .gitignore, and pnpm would then purge the repository's own.
    const files = list(["--cached", "--others", "--exclude-standard"]).filter(
      (f) => !deleted.has(f) && !/(^|\/)node_modules(\/|$)/.test(f),
    );
    run("bash", ["-c", 'tar --null -T - -cf - | tar -xf - -C "$1"', "-", copy], {
      cwd: source,
      input: files.join("\0"),
    });
    for (const file of deleted) rmSync(join(copy, file), { force: true });
    console.log(`  ${files.length} files at ${head.slice(0, 10)}, ${deleted.size} deleted`);
  });

  const before = new Map(workspacePackages(copy).map((p) => [p.manifest.name, p]));
  const published = [...before.values()].filter((p) => !p.manifest.private);
  const privateNames = new Set(
    [...before.values()].filter((p) => p.manifest.private).map((p) => p.manifest.name),
  );
  const pending = readdirSync(join(copy, ".changeset")).filter(
    (f) => f.endsWith(".md") && f.toLowerCase() !== "readme.md",
  );
  if (pending.length === 0) {
    console.log("• release: no pending changesets, nothing to version");
  } else {
    // Versioning needs only changesets and node, so it runs before the copy has
    // node_modules, with this repository's changesets on PATH; the install that
    // follows is then the one a release commit would get.
    const toolsEnv = {
      ...process.env,
      PATH: `${join(source, "node_modules/.bin")}:${process.env.PATH}`,
    };
    const planPath = join(tmp, "release-plan.json");
    step("release plan (changeset status --output)", () =>
      run("changeset", ["status", "--output", planPath], { cwd: copy, env: toolsEnv }),
    );
    const plan = readJson(planPath).releases.filter((r) => r.type !== "none");
    const planned = new Map(plan.map((r) => [r.name, r]));

    step(`pnpm version-packages (${pending.length} changesets)`, () =>
      run("pnpm", ["version-packages"], { cwd: copy, env: toolsEnv, show: true }),
    );

    const after = new Map(workspacePackages(copy).map((p) => [p.manifest.name, p]));
    const versionOf = (name) => after.get(name)?.manifest.version;

    step("check versions, changelogs, SDK_VERSION and consumed changesets", () => {
      const moves = new Map();
      let ok = true;
      for (const { manifest } of published) {
        const { name, version: old } = manifest;
        const now = versionOf(name);
        const expected = planned.get(name)?.newVersion ?? old;
        ok =
          check(now === expected, `${name}: version ${now}, changesets planned ${expected}`) && ok;
        ok =
          check(
            now !== "0.0.0",
            `${name}: still 0.0.0; add a changeset for it, or make it private`,
          ) && ok;
        const move = `${old} → ${now}`;
        moves.set(move, (moves.get(move) ?? 0) + 1);
      }
      const summary = [...moves].map(([move, n]) => `${n} × ${move}`).join(", ");
      report(ok, `every published package has the version changesets planned (${summary})`);

      ok = true;
      for (const release of plan) {
        const dir = after.get(release.name).dir;
        const path = join(copy, dir, "CHANGELOG.md");
        if (!check(existsSync(path), `${dir}: no CHANGELOG.md written`)) {
          ok = false;
          continue;
        }
        const text = readFileSync(path, "utf8");
        const heading = /^## (\S+)/m.exec(text)?.[1];
        ok =
          check(
            text.startsWith(`# ${release.name}\n`),
            `${dir}/CHANGELOG.md: title is not "# ${release.name}"`,
          ) && ok;
        ok =
          check(
            heading === release.newVersion,
            `${dir}/CHANGELOG.md: newest entry ${heading}, expected ${release.newVersion}`,
          ) && ok;
        if (release.oldVersion === "0.0.0") {
          const entry = text.slice(text.indexOf("## "));
          ok =
            check(
              /^- Initial release\./m.test(entry),
              `${dir}/CHANGELOG.md: first release without "Initial release."`,
            ) && ok;
        }
      }
      report(
        ok,
        `${plan.length} CHANGELOG.md files start with the new version (first releases: "Initial release.")`,
      );

      const core = after.get("@intercom-kit/core");
      const sdk = readFileSync(join(copy, core.dir, "src/client/sdk-version.ts"), "utf8");
      const sdkVersion = /SDK_VERSION = "([^"]*)"/.exec(sdk)?.[1];
      report(
        check(
          sdkVersion === core.manifest.version,
          `SDK_VERSION is ${sdkVersion}, core is ${core.manifest.version}`,
        ),
        `SDK_VERSION = "${sdkVersion}" = @intercom-kit/core's version`,
      );

      const left = readdirSync(join(copy, ".changeset")).filter(
        (f) => f.endsWith(".md") && f.toLowerCase() !== "readme.md",
      );
      report(
        check(left.length === 0, `changesets left after versioning: ${left.join(", ")}`),
        `all ${pending.length} changesets consumed`,
      );
    });

    step("install the versioned copy (pnpm install --frozen-lockfile --offline)", () =>
      run("pnpm", ["install", "--frozen-lockfile", "--offline"], { cwd: copy }),
    );
    step("build (turbo run build)", () =>
      run("pnpm", ["turbo", "run", "build", "--output-logs=errors-only"], { cwd: copy }),
    );
    const core = after.get("@intercom-kit/core");
    // The core ships bundled (scripts/build-package.mjs), so the constant sits
    // in whichever module of dist/ the bundler put it in.
    const builtDir = join(copy, core.dir, "dist");
    const builtSdk = existsSync(builtDir)
      ? readdirSync(builtDir, { recursive: true })
          .filter((f) => String(f).endsWith(".js"))
          .map((f) => join(builtDir, String(f)))
          .find((f) => readFileSync(f, "utf8").includes("SDK_VERSION = "))
      : undefined;
    report(
      check(
        builtSdk !== undefined &&
          readFileSync(builtSdk, "utf8").includes(`SDK_VERSION = "${core.manifest.version}"`),
        `${builtSdk ?? builtDir} does not carry ${core.manifest.version}`,
      ),
      `the built core reports ${core.manifest.version}`,
    );

    const tarballs = join(tmp, "tarballs");
    const packs = step("pack every published package (pnpm pack)", () =>
      JSON.parse(
        run(
          "pnpm",
          [
            ...published.flatMap((p) => ["--filter", p.manifest.name]),
            "pack",
            "--pack-destination",
            tarballs,
            "--json",
          ],
          { cwd: copy },
        ),
      ),
    );
    step("check the tarballs", () => {
      const byName = new Map((Array.isArray(packs) ? packs : [packs]).map((p) => [p.name, p]));
      let files = true;
      let manifests = true;
      let ranges = 0;
      for (const { manifest } of published) {
        const { name } = manifest;
        const pack = byName.get(name);
        if (!check(pack !== undefined, `${name}: pnpm pack made no tarball`)) {
          files = false;
          continue;
        }
        const paths = new Set(pack.files.map((f) => f.path));
        for (const file of ["package.json", "README.md", "LICENSE", "CHANGELOG.md"]) {
          files = check(paths.has(file), `${name}: ${file} is not in the tarball`) && files;
        }
        const packed = JSON.parse(run("tar", ["-xzOf", pack.filename, "package/package.json"]));
        const unpacked = after.get(name).manifest;
        manifests =
          check(packed.version === unpacked.version, `${name}: packed version ${packed.version}`) &&
          manifests;
        manifests =
          check(
            packed.devDependencies === undefined,
            `${name}: packed package.json still has devDependencies`,
          ) && manifests;
        for (const field of [
          "dependencies",
          "peerDependencies",
          "optionalDependencies",
          "devDependencies",
        ]) {
          for (const [dep, range] of Object.entries(packed[field] ?? {})) {
            manifests =
              check(
                !privateNames.has(dep),
                `${name}: packed ${field} names the private package ${dep}`,
              ) && manifests;
            manifests =
              check(
                !range.startsWith("workspace:"),
                `${name}: packed ${field}.${dep} is ${range}`,
              ) && manifests;
            const local = unpacked[field]?.[dep];
            if (!after.has(dep) || !local?.startsWith("workspace:")) continue;
            const want = packedRange(local, versionOf(dep));
            ranges += 1;
            manifests =
              check(
                range === want,
                `${name}: packed ${field}.${dep} is ${range}, expected ${want}`,
              ) && manifests;
            manifests =
              check(
                versionOf(dep) !== "0.0.0",
                `${name}: depends on ${dep}@0.0.0, never released`,
              ) && manifests;
          }
        }
      }
      report(
        files,
        `${published.length} tarballs carry package.json, README.md, LICENSE and CHANGELOG.md`,
      );
      report(
        manifests,
        `packed manifests: new versions, no devDependencies, no private package, ${ranges} internal ranges = ^ the dependency's new version`,
      );
    });
  }
} catch (error) {
  failures.push(error instanceof Error ? error.message : String(error));
} finally {
  if (process.argv.includes("--keep")) console.log(`• release: copy kept in ${tmp}`);
  else rmSync(tmp, { recursive: true, force: true });
}

if (failures.length > 0) {
  console.log(`• release dry run FAILED (${seconds(started)}):`);
  for (const failure of failures) console.log(`  - ${failure}`);
  process.exit(1);
}
console.log(`• release dry run passed (${seconds(started)})`);
