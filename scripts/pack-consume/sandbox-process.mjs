// The sandbox from its own tarball: the consumer's `intercom-sandbox` CLI on a
// free port of 127.0.0.1, read from the line it prints once it listens.
import { spawn } from "node:child_process";

/** @returns {Promise<{ url: string, token: string, stop(): Promise<void> }>} */
export function startSandboxProcess(cli, { timeoutMs = 30_000 } = {}) {
  const child = spawn(process.execPath, [cli, "--port", "0", "--seed", "1000"], {
    stdio: ["ignore", "pipe", "pipe"],
  });
  // SIGTERM, which the CLI handles by closing its server; SIGKILL if it has not
  // exited 5 s later.
  const stop = () => {
    if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
    return new Promise((done) => {
      const kill = setTimeout(() => child.kill("SIGKILL"), 5_000);
      child.once("exit", () => {
        clearTimeout(kill);
        done();
      });
      child.kill("SIGTERM");
    });
  };
  return new Promise((resolve, reject) => {
    let output = "";
    const fail = (why) => {
      clearTimeout(timer);
      stop();
      reject(new Error(`intercom-sandbox ${why}:\n${output}`));
    };
    const timer = setTimeout(() => fail(`printed no URL in ${timeoutMs / 1000}s`), timeoutMs);
    const read = (chunk) => {
      output += chunk;
      const match = /listening on (http:\/\/127\.0\.0\.1:\d+) .*token ([^)\s]+)\)/.exec(output);
      if (!match) return;
      clearTimeout(timer);
      child.stdout.off("data", read);
      child.stdout.resume();
      child.stderr.resume();
      resolve({ url: match[1], token: match[2], stop });
    };
    child.stdout.on("data", read);
    child.stderr.on("data", (chunk) => {
      output += chunk;
    });
    child.on("error", (error) => fail(`did not start: ${error.message}`));
    child.once("exit", (code) => fail(`exited ${code}`));
  });
}
