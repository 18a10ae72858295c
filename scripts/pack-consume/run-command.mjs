// One command, its stdout and stderr captured together, with a bounded wait:
// past `timeoutMs` the child is killed by its PID and the run counts as failed.
import { spawn } from "node:child_process";

const running = new Set();

/** Kills, by PID, every command still running (the run was interrupted). */
export function killRunningCommands() {
  for (const child of running) child.kill("SIGKILL");
}

/**
 * @param {string} command
 * @param {string[]} args
 * @param {{ cwd?: string, env?: NodeJS.ProcessEnv, timeoutMs?: number }} [options]
 * @returns {Promise<{ ok: boolean, output: string, seconds: number }>}
 */
export function runCommand(command, args, { cwd, env, timeoutMs = 180_000 } = {}) {
  const started = Date.now();
  return new Promise((resolve) => {
    const child = spawn(command, args, {
      cwd,
      env: env ?? process.env,
      stdio: ["ignore", "pipe", "pipe"],
    });
    running.add(child);
    let output = "";
    child.stdout.on("data", (chunk) => {
      output += chunk;
    });
    child.stderr.on("data", (chunk) => {
      output += chunk;
    });
    const timer = setTimeout(() => {
      output += `\n[killed after ${timeoutMs / 1000}s]`;
      child.kill("SIGKILL");
    }, timeoutMs);
    const finish = (ok, extra = "") => {
      running.delete(child);
      clearTimeout(timer);
      resolve({ ok, output: output + extra, seconds: (Date.now() - started) / 1000 });
    };
    child.on("error", (error) => finish(false, `\n${command}: ${error.message}`));
    child.on("close", (code, signal) =>
      finish(code === 0, code === 0 ? "" : `\n[${command} exited ${code ?? signal}]`),
    );
  });
}
