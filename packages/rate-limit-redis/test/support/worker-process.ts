import { type ChildProcess, spawn } from "node:child_process";
import { fileURLToPath } from "node:url";

export interface WorkerResult {
  readonly succeeded: number;
  readonly failed: number;
  readonly errors: readonly string[];
}

export interface WorkerProcess {
  readonly name: string;
  readonly pid: number;
  /** Resolves once the worker has had its first success. */
  readonly started: Promise<void>;
  /** Resolves when the process ends: its exit code (null when killed) and final result. */
  readonly done: Promise<{ code: number | null; result: WorkerResult | undefined; stderr: string }>;
  /** Ends this worker at once, as a crash would. */
  kill(): void;
}

const hook = fileURLToPath(new URL("./resolve-ts.mjs", import.meta.url));
const script = fileURLToPath(new URL("./worker.ts", import.meta.url));
// Node strips types by default from 23.6; 22.x (>= 22.15, for registerHooks) needs the flag.
const stripTypes = (process.features as { typescript?: unknown }).typescript
  ? []
  : ["--experimental-strip-types", "--disable-warning=ExperimentalWarning"];

/** Starts one worker process (see worker.ts) with the given settings. */
export function startWorker(name: string, env: Record<string, string>): WorkerProcess {
  const child: ChildProcess = spawn(process.execPath, [...stripTypes, "--import", hook, script], {
    env: { ...process.env, ...env, WORKER: name },
    stdio: ["ignore", "pipe", "pipe"],
  });
  if (child.pid === undefined) throw new Error(`worker ${name} did not start`);
  let stdout = "";
  let stderr = "";
  let markStarted: () => void = () => undefined;
  const started = new Promise<void>((resolve) => {
    markStarted = resolve;
  });
  child.stdout?.on("data", (chunk: Buffer) => {
    stdout += chunk.toString();
    if (stdout.includes("started\n")) markStarted();
  });
  child.stderr?.on("data", (chunk: Buffer) => {
    stderr += chunk.toString();
  });
  const done = new Promise<{
    code: number | null;
    result: WorkerResult | undefined;
    stderr: string;
  }>((resolve) =>
    child.once("exit", (code) => {
      const line = stdout.split("\n").find((l) => l.startsWith("result "));
      const result = line ? (JSON.parse(line.slice("result ".length)) as WorkerResult) : undefined;
      resolve({ code, result, stderr });
    }),
  );
  const pid = child.pid;
  return {
    name,
    pid,
    started,
    done,
    kill: () => {
      if (child.exitCode === null && child.signalCode === null) process.kill(pid, "SIGKILL");
    },
  };
}
