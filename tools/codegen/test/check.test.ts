import { execFileSync } from "node:child_process";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";

const codegen = fileURLToPath(new URL("..", import.meta.url));

describe("generated code", () => {
  it("matches what the generator produces now (codegen --check)", { timeout: 120_000 }, () => {
    const output = execFileSync(
      process.execPath,
      [
        "src/cli.ts",
        "--spec",
        "../../../shared/intercom-openapi/2.16.yaml",
        "--root",
        "../..",
        "--check",
      ],
      { cwd: codegen, encoding: "utf8" },
    );
    expect(output).toMatch(/up to date: 231 operations/);
  });
});
