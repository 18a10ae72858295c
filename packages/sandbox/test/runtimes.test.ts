import { existsSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { afterEach, beforeAll, describe, expect, it } from "vitest";
import { DEFAULT_SANDBOX_TOKEN } from "../src/index.js";
import { buildCli, type RunningCli, spawnCli, stopCli } from "./support/run-cli.js";

/**
 * Bun and Deno come from their npm packages (devDependencies of this package).
 * The binaries are run directly, not through the `.bin` shell shims, so that
 * SIGTERM reaches the runtime itself.
 */
const binary = (path: string) => fileURLToPath(new URL(`../node_modules/${path}`, import.meta.url));

const RUNTIMES = [
  { name: "Bun", command: binary("bun/bin/bun.exe"), args: (cli: string) => [cli] },
  {
    name: "Deno",
    command: binary("deno/deno"),
    args: (cli: string) => ["run", "--allow-all", cli],
  },
] as const;

let cli: RunningCli | undefined;
let CLI_PATH = "";
beforeAll(() => {
  CLI_PATH = buildCli("cli-build-runtimes");
}, 120_000);
afterEach(async () => {
  if (cli) await stopCli(cli, "SIGKILL");
  cli = undefined;
});

describe.each(RUNTIMES)("the sandbox on $name", ({ command, args }) => {
  it("has the runtime installed", () => {
    expect(existsSync(command)).toBe(true);
  });

  it("serves the API with its own server and stops on SIGTERM", async () => {
    cli = await spawnCli(
      command,
      [...args(CLI_PATH), "--port", "0", "--seed", "1000", "--rate-limit", "100"],
      60_000,
    );
    const auth = { Authorization: `Bearer ${DEFAULT_SANDBOX_TOKEN}` };
    const me = await fetch(`${cli.url}/me`, { headers: auth });
    expect(me.status).toBe(200);
    expect(me.headers.get("x-ratelimit-limit")).toBe("100");
    const search = await fetch(`${cli.url}/contacts/search`, {
      method: "POST",
      headers: { ...auth, "Content-Type": "application/json" },
      body: JSON.stringify({
        query: { field: "role", operator: "=", value: "lead" },
        pagination: { per_page: 5 },
      }),
    });
    const body = await search.json();
    expect(body.type).toBe("list");
    expect(body.data).toHaveLength(5);
    const unauthorized = await fetch(`${cli.url}/me`);
    expect(unauthorized.status).toBe(401);
    expect(await stopCli(cli)).toBe(0);
    cli = undefined;
  }, 90_000);

  it("serves the same seed data as Node does", async () => {
    cli = await spawnCli(command, [...args(CLI_PATH), "--port", "0", "--seed", "77"], 60_000);
    const first = await fetch(`${cli.url}/contacts?per_page=3`, {
      headers: { Authorization: `Bearer ${DEFAULT_SANDBOX_TOKEN}` },
    });
    const ids = (await first.json()).data.map((c: { id: string }) => c.id);
    const { createSandboxApp } = await import("../src/index.js");
    const node = createSandboxApp({ seed: 77 });
    const local = await node.app.request("/contacts?per_page=3", {
      headers: { Authorization: `Bearer ${DEFAULT_SANDBOX_TOKEN}` },
    });
    expect(ids).toEqual((await local.json()).data.map((c: { id: string }) => c.id));
  }, 90_000);

  it("drops a connection when told to", async () => {
    cli = await spawnCli(command, [...args(CLI_PATH), "--port", "0"], 60_000);
    // Bun and Deno cannot close a socket before the status line; the body fails instead.
    const attempt = fetch(`${cli.url}/me`, {
      headers: { Authorization: `Bearer ${DEFAULT_SANDBOX_TOKEN}`, "X-Sandbox-Fault": "drop" },
    }).then((res) => res.text());
    await expect(attempt).rejects.toThrow();
  }, 90_000);
});
