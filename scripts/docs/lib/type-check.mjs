// One `tsc --noEmit` over a temp project, bounded by a timeout; errors are
// grouped by the snippet file they are in.
import { execFile } from "node:child_process";
import { join } from "node:path";
import { REPO_ROOT } from "./temp-project.mjs";

const TSC = join(REPO_ROOT, "node_modules", "typescript", "bin", "tsc");

/** Resolves to a map of snippet path (relative to `snippets/`) → its error lines. */
export function typeCheck(projectDir, { timeoutMs = 300_000 } = {}) {
  return new Promise((resolve, reject) => {
    execFile(
      process.execPath,
      [TSC, "-p", join(projectDir, "tsconfig.json"), "--pretty", "false"],
      { cwd: projectDir, timeout: timeoutMs, maxBuffer: 64 * 1024 * 1024 },
      (error, stdout) => {
        if (error?.killed) return reject(new Error(`tsc timed out after ${timeoutMs} ms`));
        const errors = new Map();
        let last;
        for (const line of stdout.split("\n")) {
          const match = /^snippets\/(.+?)\(\d+,\d+\): error/.exec(line);
          if (match) last = match[1];
          else if (!line.startsWith(" ")) last = line.trim() ? "(project)" : undefined;
          if (!last || !line.trim()) continue;
          errors.set(last, [...(errors.get(last) ?? []), line]);
        }
        if (error && errors.size === 0) return reject(new Error(`tsc failed:\n${stdout}`));
        resolve(errors);
      },
    );
  });
}
