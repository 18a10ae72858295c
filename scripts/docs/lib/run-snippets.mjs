// Runs snippets of a temp project with Node (its type stripping runs `.ts`
// as written), each in its own process so a hung one can be killed, a few
// at a time. No Intercom token is passed on: a runnable block talks to the
// sandbox it starts, never to a real workspace.
import { execFile } from "node:child_process";
import { join } from "node:path";

/**
 * Resolves to a map of snippet path → `{ ok, ms, output }` for each of
 * `paths` (relative to the project's `snippets/`).
 */
export async function runSnippets(projectDir, paths, { timeoutMs = 30_000, concurrency = 2 } = {}) {
  const env = { ...process.env };
  for (const name of Object.keys(env)) if (name.startsWith("INTERCOM_")) delete env[name];
  const results = new Map();
  const queue = [...paths];
  const worker = async () => {
    for (let path = queue.shift(); path !== undefined; path = queue.shift()) {
      results.set(path, await runOne(projectDir, path, env, timeoutMs));
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, concurrency) }, worker));
  return new Map(paths.map((path) => [path, results.get(path)]));
}

function runOne(projectDir, path, env, timeoutMs) {
  const started = performance.now();
  return new Promise((resolve) => {
    execFile(
      process.execPath,
      ["--disable-warning=ExperimentalWarning", join("snippets", path)],
      {
        cwd: projectDir,
        env,
        timeout: timeoutMs,
        killSignal: "SIGKILL",
        maxBuffer: 16 * 1024 * 1024,
      },
      (error, stdout, stderr) => {
        const ms = Math.round(performance.now() - started);
        if (!error) return resolve({ ok: true, ms, output: stdout });
        const why = error.killed ? `timed out after ${timeoutMs} ms` : `exited with ${error.code}`;
        resolve({ ok: false, ms, output: `${why}\n${stderr || stdout}`.trim() });
      },
    );
  });
}
