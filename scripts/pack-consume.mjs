// The packages as a user gets them: `pnpm pack` of every published package,
// installed with npm into fresh projects outside the workspace, then used from
// Node (ESM and require), TypeScript (node16, nodenext, bundler), Bun, Deno and
// a browser bundle in Chromium, each calling the sandbox from its own tarball.
// A last project installs only core + contacts + retry. Run by scripts/test.sh
// after the build; see docs/versioning.md. Goes through each package's
// `exports` only, never a path inside dist/.
//
// Usage: node scripts/pack-consume.mjs [--keep]   (--keep: leave the projects to look at)
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { runInChromium } from "./pack-consume/chromium-page.mjs";
import { createConsumerProject } from "./pack-consume/consumer-project.mjs";
import { packTarballs } from "./pack-consume/pack-tarballs.mjs";
import { killRunningCommands, runCommand } from "./pack-consume/run-command.mjs";
import { startSandboxProcess } from "./pack-consume/sandbox-process.mjs";
import { summaryTable } from "./pack-consume/summary-table.mjs";

const repo = new URL("..", import.meta.url).pathname.replace(/\/$/, "");
const fixture = (name) => join(repo, "scripts/pack-consume/consumers", name);
const fromApp = (app) => createRequire(join(repo, "apps", app, "package.json"));
// The runtimes and tools the workspace already pins (see apps/demo, apps/browser).
const BUN = join(repo, "apps/demo/node_modules/.bin/bun");
const DENO = join(repo, "apps/demo/node_modules/.bin/deno");
const CHROMIUM = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
const TYPESCRIPT = JSON.parse(readFileSync(join(repo, "packages/core/package.json"), "utf8"))
  .devDependencies.typescript;
// What the selective project names; models comes with contacts (its schemas).
const SELECTIVE = ["@intercom-kit/core", "@intercom-kit/contacts", "@intercom-kit/retry"];
const SELECTIVE_TREE = [...SELECTIVE, "@intercom-kit/models"].sort();

const started = Date.now();
const rows = [];
const keep = process.argv.includes("--keep");
const tmp = mkdtempSync(join(tmpdir(), "intercom-kit-pack-consume-"));
let sandbox;
// Interrupted (Ctrl-C, a CI timeout): the same clean-up as the end of a run.
for (const signal of ["SIGINT", "SIGTERM"]) {
  process.once(signal, async () => {
    killRunningCommands();
    await sandbox?.stop();
    rmSync(tmp, { recursive: true, force: true });
    process.exit(130);
  });
}

// Records one stage or consumer; its output is printed only when it fails.
async function record(name, action) {
  const at = Date.now();
  let result;
  try {
    result = await action();
  } catch (error) {
    result = {
      ok: false,
      output: error instanceof Error ? (error.stack ?? error.message) : String(error),
    };
  }
  const row = { name, ok: result.ok, seconds: (Date.now() - at) / 1000 };
  rows.push(row);
  console.log(`• pack-consume: ${name}: ${row.ok ? "ok" : "FAILED"} (${row.seconds.toFixed(1)}s)`);
  if (!row.ok)
    console.log(`── output of ${name} ──\n${result.output.trimEnd()}\n── end of ${name} ──`);
  return row.ok;
}

function consumerEnv(label, extra = {}) {
  return {
    ...process.env,
    SANDBOX_URL: sandbox.url,
    SANDBOX_TOKEN: sandbox.token,
    CONSUMER: label,
    NO_COLOR: "1",
    ...extra,
  };
}

function tsconfig(dir, resolution) {
  const module = resolution === "bundler" ? "preserve" : resolution;
  const file = `tsconfig.${resolution}.json`;
  // require() of ESM type-checks under nodenext only (see typed-require.cts).
  const files = resolution === "nodenext" ? ["typed.ts", "typed-require.cts"] : ["typed.ts"];
  const compilerOptions = {
    strict: true,
    skipLibCheck: false,
    noEmit: true,
    target: "es2022",
    lib: ["es2023", "dom", "dom.iterable"],
    types: [],
    module,
    moduleResolution: resolution,
  };
  writeFileSync(join(dir, file), `${JSON.stringify({ compilerOptions, files }, null, 2)}\n`);
  return file;
}

const runtimeConsumers = (full, selective) => [
  [
    "node ESM (import)",
    () => runCommand(process.execPath, ["esm.mjs"], { cwd: full, env: consumerEnv("node-esm") }),
  ],
  [
    `node ${process.versions.node} CommonJS (require)`,
    () => runCommand(process.execPath, ["cjs.cjs"], { cwd: full, env: consumerEnv("node-cjs") }),
  ],
  ["bun ESM", () => runCommand(BUN, ["esm.mjs"], { cwd: full, env: consumerEnv("bun-esm") })],
  [
    "deno ESM",
    () =>
      runCommand(DENO, ["run", "--allow-env", "--allow-net=127.0.0.1", "--allow-read", "esm.mjs"], {
        cwd: full,
        env: consumerEnv("deno-esm", {
          DENO_DIR: join(tmp, "deno-dir"),
          DENO_NO_UPDATE_CHECK: "1",
        }),
      }),
  ],
  [
    "browser bundle (esbuild → Chromium)",
    async () => {
      const bundle = join(full, "browser-dist/bundle.js");
      await fromApp("browser")("esbuild").build({
        entryPoints: [join(full, "browser.mjs")],
        absWorkingDir: full,
        bundle: true,
        platform: "browser",
        format: "esm",
        outfile: bundle,
        logLevel: "silent",
      });
      const { chromium } = fromApp("browser")("playwright-core");
      const query = new URLSearchParams({
        url: sandbox.url,
        token: sandbox.token,
        label: "browser",
      });
      return runInChromium({ chromium, executablePath: CHROMIUM, bundle, query });
    },
  ],
  [
    "selective: core + contacts + retry",
    async () => {
      const installed = readdirSync(join(selective, "node_modules/@intercom-kit"))
        .map((name) => `@intercom-kit/${name}`)
        .sort();
      const umbrella = existsSync(join(selective, "node_modules/intercom-kit"));
      if (umbrella || installed.join() !== SELECTIVE_TREE.join()) {
        return {
          ok: false,
          output: `installed ${installed.join(", ")}${umbrella ? ", intercom-kit" : ""}; expected ${SELECTIVE_TREE.join(", ")}`,
        };
      }
      return runCommand(process.execPath, ["selective.mjs"], {
        cwd: selective,
        env: consumerEnv("selective"),
      });
    },
  ],
];

const typeConsumers = (full) =>
  ["node16", "nodenext", "bundler"].map((resolution) => [
    `tsc ${TYPESCRIPT} moduleResolution ${resolution}${resolution === "nodenext" ? " + .cts" : ""}`,
    () =>
      runCommand(
        process.execPath,
        [join(full, "node_modules/typescript/bin/tsc"), "-p", tsconfig(full, resolution)],
        {
          cwd: full,
        },
      ),
  ]);

async function runLane(consumers) {
  for (const [name, action] of consumers) await record(name, action);
}

try {
  const tarballDir = join(tmp, "tarballs");
  let tarballs = [];
  const packed = await record("pack: pnpm pack, published packages", () => {
    tarballs = packTarballs(repo, tarballDir);
    return { ok: true, output: "" };
  });
  if (!packed) throw new Error("packing failed");
  console.log(`  ${tarballs.length} tarballs in ${tarballDir}`);

  const full = join(tmp, "consumer");
  const selective = join(tmp, "selective");
  // The two installs overlap: they are mostly waiting on disk and the cache.
  const [fullOk, selectiveOk] = await Promise.all([
    record(`npm install: ${tarballs.length} tarballs + typescript`, () =>
      createConsumerProject(full, {
        tarballs,
        direct: tarballs.map((t) => t.name),
        registry: { typescript: TYPESCRIPT },
        fixtures: [
          "checks.mjs",
          "esm.mjs",
          "cjs.cjs",
          "browser.mjs",
          "typed.ts",
          "typed-require.cts",
        ].map(fixture),
      }),
    ),
    record("npm install: core + contacts + retry", () =>
      createConsumerProject(selective, {
        tarballs,
        direct: SELECTIVE,
        fixtures: ["checks.mjs", "selective.mjs"].map(fixture),
      }),
    ),
  ]);
  if (!fullOk || !selectiveOk) throw new Error("npm install failed");

  const listening = await record("sandbox: intercom-sandbox from its tarball", async () => {
    sandbox = await startSandboxProcess(join(full, "node_modules/.bin/intercom-sandbox"));
    return { ok: true, output: "" };
  });
  if (!listening) throw new Error("the sandbox did not start");
  console.log(`  listening on ${sandbox.url}`);
  // Type checks need no sandbox; they overlap the runtime consumers, which run
  // one after another so each sees the sandbox's contact count unchanged.
  await Promise.all([runLane(runtimeConsumers(full, selective)), runLane(typeConsumers(full))]);
} catch (error) {
  // A failed stage has printed its output already and stopped the run here.
  if (rows.every((row) => row.ok)) {
    console.log(error);
    rows.push({ name: "pack-consume itself", ok: false, seconds: 0 });
  }
} finally {
  await sandbox?.stop();
  if (keep) console.log(`• pack-consume: projects kept in ${tmp}`);
  else rmSync(tmp, { recursive: true, force: true });
}

const failed = rows.filter((row) => !row.ok);
console.log(summaryTable(rows));
const total = `${((Date.now() - started) / 1000).toFixed(1)}s`;
if (failed.length > 0) {
  console.log(`• pack-consume FAILED (${total}): ${failed.map((row) => row.name).join("; ")}`);
  process.exit(1);
}
console.log(`• pack-consume passed (${total})`);
