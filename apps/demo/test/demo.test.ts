import { execFile } from "node:child_process";
import { fileURLToPath } from "node:url";
import { promisify } from "node:util";
import { describe, expect, it } from "vitest";

const run = promisify(execFile);
const here = (path: string) => fileURLToPath(new URL(`../${path}`, import.meta.url));

// The same src/main.ts under each runtime, each with its own embedded sandbox.
const RUNTIMES: Record<string, readonly string[]> = {
  node: [process.execPath, here("src/main.ts")],
  bun: [here("node_modules/.bin/bun"), here("src/main.ts")],
  deno: [
    here("node_modules/.bin/deno"),
    "run",
    "--allow-env",
    "--allow-net=127.0.0.1",
    "--allow-read",
    "--allow-sys",
    here("src/main.ts"),
  ],
};

describe.each(Object.entries(RUNTIMES))("the demo under %s", (_runtime, [command, ...args]) => {
  it("runs the whole tour against the embedded sandbox", async () => {
    const env = { ...process.env, INTERCOM_TOKEN: "", NO_COLOR: "1" };
    const { stdout } = await run(command as string, args, { env, cwd: here("."), timeout: 90_000 });
    expect(stdout).toContain("embedded sandbox http://127.0.0.1:");
    expect(stdout).toMatch(/✔ .+ <.+@.+>/);
    expect(stdout.match(/^ {3}\+ /gm)).toHaveLength(3);
    expect(stdout).toMatch(/matches; the first 5:/);
    expect(stdout).toMatch(
      /✔ typed search read [1-9]\d* matching contacts over [2-9]\d* pages of up to 10/,
    );
    expect(stdout).toMatch(
      /refused before any request: "~" does not apply to contacts field "created_at" \(date\)/,
    );
    expect(stdout).toMatch(/✔ (\d+) contacts\n/);
    expect(stdout).toMatch(/✔ Ada Lovelace is tagged demo-/);
    expect(stdout).toMatch(/✔ the conversation now has \d+ parts: .*comment, note/);
    expect(stdout).toMatch(/⏸ {2}the limiter held \d+ calls back/);
    expect(stdout).toContain("60 lookups in");
    expect(stdout).toMatch(/✔ signed contact\.user\.created: 200, handler saw .+ <.+@.+>/);
    expect(stdout).toContain("the same body with a forged signature: 401");
    expect(stdout).toMatch(/→ authorize at http:\/\/127\.0\.0\.1:\d+\/oauth\?client_id=demo-app/);
    expect(stdout).toMatch(/✔ state checked, code exchanged: the new token belongs to .+ <.+@.+>/);
    expect(stdout).toContain(
      "refused a callback with another session's state: OAuthStateMismatchError",
    );
    expect(stdout).toMatch(/poll \d+: in_progress after \d+ ms/);
    expect(stdout).toMatch(/✔ export \S+: [1-9]\d* rows streamed/);
    expect(stdout).toMatch(/first row: \{"conversation_id":"\d+"/);
    expect(stdout).toContain("handled NotFoundError: status 404, code not_found");
    expect(stdout.trimEnd().endsWith("Done.")).toBe(true);
  });
});
