import { type ChildProcess, execFileSync, spawn } from "node:child_process";
import { once } from "node:events";
import { fileURLToPath } from "node:url";

export const PACKAGE_DIR = fileURLToPath(new URL("../..", import.meta.url));
/**
 * CLI tests run a compiled build. Each test file builds into its own
 * directory under `test-artifacts/`, so test files running in parallel never
 * race each other, nor the package's own `build` task writing `dist/`.
 * Returns the path of the built `cli.js`.
 */
export function buildCli(name: string): string {
  const outDir = `test-artifacts/${name}`;
  execFileSync(
    "pnpm",
    [
      "exec",
      "tsc",
      "-p",
      "tsconfig.build.json",
      "--outDir",
      outDir,
      "--declaration",
      "false",
      "--declarationMap",
      "false",
      "--sourceMap",
      "false",
    ],
    { cwd: PACKAGE_DIR, stdio: "inherit" },
  );
  return fileURLToPath(new URL(`../../${outDir}/cli.js`, import.meta.url));
}

export interface RunningCli {
  readonly child: ChildProcess;
  readonly url: string;
  output(): string;
}

/** Spawns the CLI with `command` and waits for its "listening on" line (bounded by `timeoutMs`). */
export async function spawnCli(
  command: string,
  args: readonly string[],
  timeoutMs = 20_000,
): Promise<RunningCli> {
  const child = spawn(command, [...args], { cwd: PACKAGE_DIR, stdio: ["ignore", "pipe", "pipe"] });
  let output = "";
  child.stdout?.on("data", (chunk: Buffer) => {
    output += chunk.toString();
  });
  child.stderr?.on("data", (chunk: Buffer) => {
    output += chunk.toString();
  });
  const url = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(
      () => reject(new Error(`CLI did not start in time:\n${output}`)),
      timeoutMs,
    );
    const check = () => {
      const match = /listening on (http:\/\/127\.0\.0\.1:\d+)/.exec(output);
      if (match?.[1]) {
        clearTimeout(timer);
        resolve(match[1]);
      }
    };
    child.stdout?.on("data", check);
    child.once("exit", (code) => {
      clearTimeout(timer);
      reject(new Error(`CLI exited with ${code}:\n${output}`));
    });
  });
  return { child, url, output: () => output };
}

/** Stops our own child by its PID and waits for it to exit. */
export async function stopCli(
  cli: RunningCli,
  signal: NodeJS.Signals = "SIGTERM",
): Promise<number | null> {
  if (cli.child.exitCode !== null || cli.child.signalCode !== null) return cli.child.exitCode;
  const exited = once(cli.child, "exit");
  process.kill(cli.child.pid as number, signal);
  const [code] = (await exited) as [number | null];
  return code;
}
