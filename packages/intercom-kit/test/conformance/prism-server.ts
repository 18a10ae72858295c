import { type ChildProcess, spawn } from "node:child_process";
import { createRequire } from "node:module";
import { createServer } from "node:net";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { DESCRIPTION_PATH } from "../description.js";

export interface PrismServer {
  readonly url: string;
  stop(): Promise<void>;
}

const packageRoot = fileURLToPath(new URL("../..", import.meta.url));

/**
 * Starts Prism on a free loopback port, serving the 2.16 description as it
 * is (or the file given), with `--errors` so a request that breaks the
 * description answers 422. Stopped by its own PID.
 */
export async function startPrism(
  extraArgs: readonly string[] = [],
  description: string = fileURLToPath(DESCRIPTION_PATH),
): Promise<PrismServer> {
  const port = await freePort();
  const require = createRequire(join(packageRoot, "package.json"));
  const cli = join(
    dirname(require.resolve("@stoplight/prism-cli/package.json")),
    "dist",
    "index.js",
  );
  const child = spawn(
    process.execPath,
    [cli, "mock", description, "-h", "127.0.0.1", "-p", String(port), "--errors", ...extraArgs],
    {
      cwd: packageRoot,
      stdio: ["ignore", "pipe", "pipe"],
    },
  );
  await listening(child);
  return {
    url: `http://127.0.0.1:${port}`,
    stop: () => stop(child),
  };
}

function listening(child: ChildProcess): Promise<void> {
  return new Promise((resolve, reject) => {
    let output = "";
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      if (output.includes("Prism is listening")) {
        child.stdout?.off("data", onData);
        child.stdout?.resume();
        resolve();
      }
    };
    child.stdout?.on("data", onData);
    child.stderr?.on("data", (chunk: Buffer) => {
      output += chunk.toString();
    });
    child.once("exit", (code) =>
      reject(new Error(`prism exited (${code}) before listening:\n${output.slice(-2000)}`)),
    );
  });
}

function stop(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.pid === undefined) return Promise.resolve();
  return new Promise((resolve) => {
    child.once("exit", () => resolve());
    process.kill(child.pid as number, "SIGTERM");
  });
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const address = server.address();
      const port = typeof address === "object" && address ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}
