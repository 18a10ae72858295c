// Everything a user pays before (and around) the first call, intercom-kit
// beside the official intercom-client in the same run, with ratios: the rows
// of the goal table of the cold-start issue (docs/benchmarks.md).
//
//   pnpm turbo run build --filter=@intercom-kit/bench... --filter=@intercom-kit/browser-app...
//   pnpm --filter @intercom-kit/bench bench:startup
//   # knobs: RUNS=11 (cold imports) PAGE_RUNS=5 TSC_RUNS=3 ONLY=cold,page,tsc,bundle,memory
//
// Every measure runs in child processes, contenders interleaved run by run,
// and reports the median. Servers bind 127.0.0.1; every loop is bounded.
import { execFileSync, spawn, spawnSync } from "node:child_process";
import { mkdirSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { startContactServer } from "../overhead/contact-server.ts";

const benchDir = fileURLToPath(new URL("..", import.meta.url));
const RUNS = Number(process.env.RUNS ?? 11);
const PAGE_RUNS = Number(process.env.PAGE_RUNS ?? 5);
const TSC_RUNS = Number(process.env.TSC_RUNS ?? 3);
const only = new Set((process.env.ONLY ?? "cold,page,tsc,bundle,memory").split(","));

const median = (xs: number[]) => {
  const sorted = [...xs].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2
    ? (sorted[mid] ?? Number.NaN)
    : ((sorted[mid - 1] ?? 0) + (sorted[mid] ?? 0)) / 2;
};
const ratio = (a: number, b: number) => `${(a / b).toFixed(2)}×`;
function table(head: string[], rows: string[][]) {
  const widths = head.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? "").length)));
  const line = (cells: string[]) =>
    cells
      .map((c, i) => (i === 0 ? c.padEnd(widths[i] ?? 0) : c.padStart(widths[i] ?? 0)))
      .join("  ");
  console.log(line(head));
  for (const row of rows) console.log(line(row));
}

console.log(
  `Node ${process.versions.node}, ${(await import("node:os")).availableParallelism()} cores, load average ${(await import("node:os")).loadavg()[0]?.toFixed(2)} at the start\n`,
);

// ── cold import + construct: whole-process CPU of a fresh `node` ─────────────
if (only.has("cold")) {
  const PRINT_CPU =
    "const u = process.cpuUsage(); console.log(JSON.stringify({ cpuMs: (u.user + u.system) / 1000 }));";
  const cases: [string, string][] = [
    ["node alone (empty module)", ""],
    [
      "intercom-client: import + new IntercomClient",
      'import { IntercomClient } from "intercom-client"; new IntercomClient({ token: "t" });',
    ],
    [
      "intercom-kit: import + createIntercom (umbrella)",
      'import { createIntercom } from "intercom-kit"; createIntercom({ token: "t" });',
    ],
    [
      "core + contacts + retry: import + createClient().use(retry())",
      'import { createClient } from "@intercom-kit/core"; import { listContacts, retrieveContact } from "@intercom-kit/contacts"; import { retry } from "@intercom-kit/retry"; createClient({ token: "t" }).use(retry()); void listContacts; void retrieveContact;',
    ],
    ["@intercom-kit/models alone", 'import "@intercom-kit/models";'],
  ];
  const samples = cases.map(() => [] as number[]);
  for (let run = 0; run < RUNS; run++) {
    cases.forEach(([, code], i) => {
      const out = execFileSync(
        process.execPath,
        ["--input-type=module", "-e", `${code}\n${PRINT_CPU}`],
        {
          cwd: benchDir,
          encoding: "utf8",
        },
      );
      samples[i]?.push(JSON.parse(out).cpuMs);
    });
  }
  const [empty, official] = samples.map(median) as [number, number];
  console.log(`cold import + construct, whole-process CPU (user + sys), median of ${RUNS} runs`);
  table(
    ["case", "CPU ms", "× intercom-client", "above node alone ms", "× intercom-client above node"],
    cases.map(([name], i) => {
      const m = median(samples[i] ?? []);
      return [
        name,
        m.toFixed(0),
        ratio(m, official),
        (m - empty).toFixed(0),
        ratio(m - empty, official - empty),
      ];
    }),
  );
  console.log();
}

// ── paging workload: 5,000 contacts at 50 a page, then 1,000 retrieves ──────
async function runWorkload(
  names: string[],
  mode: "page" | "memory",
  runs: number,
  listTotal: number,
) {
  const server = await startContactServer({ listTotal });
  const results = new Map<string, Record<string, number>[]>(names.map((n) => [n, []]));
  try {
    for (let run = 0; run < runs; run++) {
      for (const name of names) {
        // async: the server answers from this process's event loop.
        const child = await new Promise<string>((resolve, reject) => {
          let out = "";
          const flags = mode === "memory" ? ["--expose-gc"] : [];
          const args = [...flags, "startup/workload.ts", name, server.url, mode];
          const proc = spawn(process.execPath, args, {
            cwd: benchDir,
            stdio: ["ignore", "pipe", "inherit"],
          });
          proc.stdout.on("data", (chunk: Buffer) => {
            out += chunk;
          });
          proc.on("error", reject);
          proc.on("exit", (code) =>
            code === 0 ? resolve(out) : reject(new Error(`${name} exited ${code}`)),
          );
        });
        results.get(name)?.push(JSON.parse(child));
      }
    }
  } finally {
    await server.close();
  }
  return results;
}

if (only.has("page")) {
  const names = ["fetch", "ky", "intercom-kit", "intercom-client"];
  const results = await runWorkload(names, "page", PAGE_RUNS, 5000);
  const stat = (name: string, key: string) =>
    median((results.get(name) ?? []).map((r) => r[key] ?? Number.NaN));
  const [fetchCpu, fetchWall] = [stat("fetch", "cpuMs"), stat("fetch", "wallMs")];
  const sample = results.get("intercom-kit")?.[0];
  console.log(
    `paging workload: ${sample?.listed} contacts at 50 a page, then ${sample?.retrieved} retrieves; one process per run, median of ${PAGE_RUNS}`,
  );
  table(
    ["contender", "CPU ms", "CPU × fetch", "wall ms", "wall × fetch"],
    names.map((name) => {
      const cpu = stat(name, "cpuMs");
      const wall = stat(name, "wallMs");
      const label = name === "intercom-kit" ? "intercom-kit (validation warn, the default)" : name;
      return [label, cpu.toFixed(0), ratio(cpu, fetchCpu), wall.toFixed(0), ratio(wall, fetchWall)];
    }),
  );
  console.log();
}

// ── type-check cost of a small consumer ─────────────────────────────────────
if (only.has("tsc")) {
  const consumers: Record<string, string> = {
    umbrella: `import { createIntercom } from "intercom-kit";
const intercom = createIntercom({ token: process.env.INTERCOM_TOKEN ?? "" });
export async function main(): Promise<string | undefined> {
  const me = await intercom.admins.identify();
  for await (const contact of intercom.contacts.list({ per_page: 50 })) {
    const full = await intercom.contacts.retrieve({ contact_id: contact.id });
    return full.email ?? me?.email ?? undefined;
  }
  return undefined;
}
`,
    "core + contacts + retry": `import { createClient } from "@intercom-kit/core";
import { listContacts, retrieveContact } from "@intercom-kit/contacts";
import { retry } from "@intercom-kit/retry";
const client = createClient({ token: process.env.INTERCOM_TOKEN ?? "" }).use(retry());
export async function main(): Promise<string | undefined> {
  for await (const contact of listContacts(client, { per_page: 50 })) {
    const full = await retrieveContact(client, { contact_id: contact.id });
    return full.email ?? undefined;
  }
  return undefined;
}
`,
    "intercom-client": `import { IntercomClient } from "intercom-client";
const client = new IntercomClient({ token: process.env.INTERCOM_TOKEN ?? "" });
export async function main(): Promise<string | undefined> {
  const me = await client.admins.identify();
  const page = await client.contacts.list({ per_page: 50 });
  for await (const contact of page) {
    const full = await client.contacts.find({ contact_id: contact.id });
    return full.email ?? me?.email ?? undefined;
  }
  return undefined;
}
`,
  };
  // Inside bench/, so the consumers resolve the packages from bench/node_modules.
  const root = join(benchDir, ".startup-consumers");
  rmSync(root, { recursive: true, force: true });
  const projects: { name: string; skipLibCheck: boolean; dir: string }[] = [];
  for (const [name, source] of Object.entries(consumers)) {
    for (const skipLibCheck of [false, true]) {
      const dir = join(root, `${name.replace(/\W+/g, "-")}-${skipLibCheck ? "skip" : "full"}`);
      mkdirSync(dir, { recursive: true });
      writeFileSync(join(dir, "index.ts"), source);
      writeFileSync(
        join(dir, "tsconfig.json"),
        JSON.stringify({
          compilerOptions: {
            strict: true,
            target: "es2022",
            module: "nodenext",
            moduleResolution: "nodenext",
            types: ["node"],
            noEmit: true,
            skipLibCheck,
          },
          files: ["index.ts"],
        }),
      );
      writeFileSync(join(dir, "package.json"), '{ "type": "module", "private": true }\n');
      projects.push({ name, skipLibCheck, dir });
    }
  }
  const tsc = join(benchDir, "node_modules/typescript/bin/tsc");
  const samples = projects.map(() => ({ seconds: [] as number[], types: 0, files: 0 }));
  for (let run = 0; run < TSC_RUNS; run++) {
    projects.forEach(({ dir }, i) => {
      const start = performance.now();
      const result = spawnSync(process.execPath, [tsc, "-p", dir, "--extendedDiagnostics"], {
        encoding: "utf8",
      });
      const seconds = (performance.now() - start) / 1000;
      if (result.status !== 0)
        throw new Error(`tsc failed in ${dir}:\n${result.stdout}${result.stderr}`);
      const sample = samples[i];
      if (!sample) return;
      sample.seconds.push(seconds);
      sample.types = Number(result.stdout.match(/^Types:\s+(\d+)/m)?.[1]);
      sample.files = Number(result.stdout.match(/^Files:\s+(\d+)/m)?.[1]);
    });
  }
  rmSync(root, { recursive: true, force: true });
  console.log(
    `tsc --noEmit of a small strict consumer (nodenext), whole process, median of ${TSC_RUNS}`,
  );
  const rows: string[][] = [];
  for (const skipLibCheck of [false, true]) {
    const official = projects.findIndex(
      (p) => p.name === "intercom-client" && p.skipLibCheck === skipLibCheck,
    );
    const ref = samples[official];
    projects.forEach((p, i) => {
      if (p.skipLibCheck !== skipLibCheck || !ref) return;
      const s = samples[i];
      if (!s) return;
      const secs = median(s.seconds);
      rows.push([
        `${p.name}, skipLibCheck ${skipLibCheck}`,
        secs.toFixed(2),
        ratio(secs, median(ref.seconds)),
        String(s.types),
        ratio(s.types, ref.types),
        String(s.files),
      ]);
    });
  }
  table(["consumer", "s", "× intercom-client", "types", "× intercom-client", "files"], rows);
  console.log();
}

// ── browser bundles (apps/browser's esbuild settings) ───────────────────────
if (only.has("bundle")) {
  const browserApp = join(benchDir, "../apps/browser");
  const { bundleForBrowser, gzipSize } = (await import(join(browserApp, "scripts/bundle.mjs"))) as {
    bundleForBrowser(entry: string): Promise<string>;
    gzipSize(code: string): number;
  };
  const targets: [string, string][] = [
    [
      "intercom-kit: list all contacts + retrieve one, with retry",
      "src/budget/list-and-retrieve.ts",
    ],
    ["intercom-client: the same two calls", "src/budget/intercom-client-equivalent.ts"],
    ["intercom-kit umbrella, everything", "src/sdk.ts"],
  ];
  const sizes = [];
  for (const [name, entry] of targets) {
    const code = await bundleForBrowser(join(browserApp, entry));
    sizes.push({ name, min: code.length / 1024, gz: gzipSize(code) / 1024 });
  }
  const officialGz = sizes[1]?.gz ?? Number.NaN;
  console.log("browser bundles (esbuild, minified, tree-shaken; gzip -9), KiB");
  table(
    ["bundle", "min KiB", "gz KiB", "gz × intercom-client"],
    sizes.map((s) => [s.name, s.min.toFixed(1), s.gz.toFixed(1), ratio(s.gz, officialGz)]),
  );
  console.log();
}

// ── memory: iterate 100,000 contacts ────────────────────────────────────────
if (only.has("memory")) {
  const names = ["fetch", "intercom-kit", "intercom-client"];
  const results = await runWorkload(names, "memory", 1, 100_000);
  console.log("iterating 100,000 contacts (150 a page) from a loopback server, one process each");
  const mib = (bytes: number) => (bytes / 1024 / 1024).toFixed(1);
  table(
    [
      "contender",
      "listed",
      "RSS after page 1 MiB",
      "peak RSS MiB",
      "RSS growth MiB",
      "live heap after gc, page 1 → last MiB",
      "retained MiB",
    ],
    names.map((name) => {
      const r = results.get(name)?.[0] ?? {};
      const first = r.rssAfterFirstPage ?? 0;
      const peak = r.rssPeak ?? 0;
      const [h1, h2] = [r.heapAfterFirstPage ?? 0, r.heapOnLastPage ?? 0];
      return [
        name === "fetch" ? "raw fetch" : name,
        String(r.listed),
        mib(first),
        mib(peak),
        mib(peak - first),
        `${mib(h1)} → ${mib(h2)}`,
        mib(h2 - h1),
      ];
    }),
  );
  console.log(
    "RSS growth counts garbage V8 has not collected yet (raw fetch grows as much); retained = live heap after a full gc on the last page minus on the first",
  );
}
