import { type ChildProcess, spawn } from "node:child_process";
import { createConnection, createServer } from "node:net";

/** One `redis-server` this test run started; only ever stopped by its own PID. */
export interface RedisProcess {
  readonly port: number;
  readonly pid: number;
  /** Resolves when the process has exited. */
  readonly exited: Promise<void>;
  /** SIGTERM (a clean shutdown) or SIGKILL (a crash), then waits for the exit. */
  stop(signal?: "SIGTERM" | "SIGKILL"): Promise<void>;
}

/** A port the OS just handed out and took back: free, unless something races for it. */
export async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const address = server.address();
  await new Promise<void>((resolve) => server.close(() => resolve()));
  if (address === null || typeof address === "string") throw new Error("no port");
  return address.port;
}

/** `count` distinct free ports. */
export async function freePorts(count: number): Promise<number[]> {
  const ports = new Set<number>();
  for (let tries = 0; ports.size < count && tries < count * 20; tries += 1) {
    ports.add(await freePort());
  }
  if (ports.size < count) throw new Error(`could not find ${count} free ports`);
  return [...ports];
}

export function answersPing(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = createConnection({ port, host: "127.0.0.1" }, () => socket.write("PING\r\n"));
    socket.setTimeout(1000, () => {
      socket.destroy();
      resolve(false);
    });
    socket.once("data", (data) => {
      socket.destroy();
      resolve(data.toString().startsWith("+PONG"));
    });
    socket.once("error", () => resolve(false));
  });
}

/**
 * Starts `redis-server` on 127.0.0.1:`port` with nothing written to disk
 * beyond what `extraArgs` ask for, and waits (up to 5 s) until it answers PING.
 */
export async function spawnRedis(
  port: number,
  extraArgs: readonly string[] = [],
): Promise<RedisProcess> {
  const child: ChildProcess = spawn(
    "redis-server",
    [
      "--port",
      String(port),
      "--bind",
      "127.0.0.1",
      "--save",
      "",
      "--appendonly",
      "no",
      ...extraArgs,
    ],
    { stdio: "ignore" },
  );
  const exited = new Promise<void>((resolve) => child.once("exit", () => resolve()));
  let spawnError: Error | undefined;
  child.once("error", (error) => {
    spawnError = error;
  });
  for (let tries = 0; tries < 100 && !(await answersPing(port)); tries += 1) {
    if (spawnError) throw new Error(`redis-server could not start: ${spawnError.message}`);
    if (child.exitCode !== null) throw new Error(`redis-server on port ${port} exited at start`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  const pid = child.pid;
  if (pid === undefined || !(await answersPing(port))) {
    if (pid !== undefined) process.kill(pid);
    throw new Error(`redis-server did not answer on port ${port}`);
  }
  return {
    port,
    pid,
    exited,
    stop: async (signal = "SIGTERM") => {
      if (child.exitCode === null && child.signalCode === null) process.kill(pid, signal);
      await exited;
    },
  };
}
