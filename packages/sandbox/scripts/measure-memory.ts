/**
 * Runs the 231-operation sweep many times against one sandbox process,
 * resetting between runs, and prints the heap after a full GC every few
 * runs: the figure in docs/sandbox.md comes from here.
 *
 *   node --expose-gc packages/sandbox/scripts/measure-memory.ts [runs]
 */
// The built package, so Node runs it as it ships (build first).
import { startSandbox } from "../dist/index.js";
import { sweep } from "./sweep.ts";

const runs = Number(process.argv[2] ?? 50);
const gc = (globalThis as { gc?: () => void }).gc;
if (!gc) throw new Error("run with node --expose-gc");
const sandbox = await startSandbox({ rateLimit: false, clock: () => Date.UTC(2026, 0, 1) });
const mb = () => (process.memoryUsage().heapUsed / 2 ** 20).toFixed(1);
try {
  let first: string | undefined;
  for (let run = 1; run <= runs; run++) {
    sandbox.reset();
    const result = JSON.stringify(await sweep(sandbox.url, sandbox.token, () => sandbox.store));
    first ??= result;
    if (result !== first) throw new Error(`run ${run} answered differently from run 1`);
    if (run === 1 || run % 50 === 0) {
      gc();
      console.log(`run ${run}: heap ${mb()} MiB after GC`);
    }
  }
  console.log(`${runs} runs of 231 operations, every run answered the same`);
} finally {
  await sandbox.stop();
}
