import { type ChildProcess, spawn } from "node:child_process";
import { createConnection, createServer } from "node:net";

export interface RedisServer {
  readonly url: string;
  readonly port: number;
  stop(): Promise<void>;
}

/** A port the OS just handed out and took back: free, unless something races for it. */
async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const address = server.address();
  await new Promise<void>((resolve) => server.close(() => resolve()));
  if (address === null || typeof address === "string") throw new Error("no port");
  return address.port;
}

function answersPing(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = createConnection({ port, host: "127.0.0.1" }, () => socket.write("PING\r\n"));
    socket.once("data", (data) => {
      socket.destroy();
      resolve(data.toString().startsWith("+PONG"));
    });
    socket.once("error", () => resolve(false));
  });
}

/**
 * Starts a throwaway `redis-server` on 127.0.0.1 and a free port, with
 * nothing written to disk. `stop()` ends exactly this process, by its PID.
 */
export async function startRedisServer(): Promise<RedisServer> {
  const port = await freePort();
  const child: ChildProcess = spawn(
    "redis-server",
    ["--port", String(port), "--bind", "127.0.0.1", "--save", "", "--appendonly", "no"],
    { stdio: "ignore" },
  );
  const exited = new Promise<void>((resolve) => child.once("exit", () => resolve()));
  let spawnError: Error | undefined;
  child.once("error", (error) => {
    spawnError = error;
  });
  // Up to 5 s for the server to answer.
  for (let tries = 0; tries < 100 && !(await answersPing(port)); tries += 1) {
    if (spawnError) throw new Error(`redis-server could not start: ${spawnError.message}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  if (!(await answersPing(port))) {
    if (child.pid !== undefined) process.kill(child.pid);
    throw new Error(`redis-server did not answer on port ${port}`);
  }
  let stopping: Promise<void> | undefined;
  return {
    url: `redis://127.0.0.1:${port}`,
    port,
    stop: () => {
      stopping ??= (async () => {
        if (child.exitCode === null && child.pid !== undefined) process.kill(child.pid, "SIGTERM");
        await exited;
      })();
      return stopping;
    },
  };
}
