import { execFileSync } from "node:child_process";
import { mkdir, mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";

const FORMATTED = /\.(ts|json)$/;

/**
 * Formats generated files with Biome under the repository's own settings
 * (the same binary `biome check` runs in CI), so the output is byte-stable
 * and the lint step finds nothing to change. Markdown passes through.
 */
export async function formatFiles(
  files: Map<string, string>,
  biomeConfig: string,
): Promise<Map<string, string>> {
  const dir = await mkdtemp(join(tmpdir(), "intercom-kit-codegen-"));
  try {
    const config = JSON.parse(await readFile(biomeConfig, "utf8"));
    // The scratch directory is not a git checkout: no VCS, no file filters.
    delete config.$schema;
    delete config.vcs;
    delete config.files;
    await writeFile(join(dir, "biome.json"), JSON.stringify(config));
    for (const [path, content] of files) {
      if (!FORMATTED.test(path)) continue;
      await mkdir(dirname(join(dir, "out", path)), { recursive: true });
      await writeFile(join(dir, "out", path), content);
    }
    const biome = createRequire(import.meta.url).resolve("@biomejs/biome/bin/biome");
    try {
      execFileSync(process.execPath, [biome, "check", "--write", "--max-diagnostics=0", "out"], {
        cwd: dir,
        stdio: ["ignore", "ignore", "pipe"],
      });
    } catch {
      // Lint findings that cannot be fixed are left for `biome check` to report; the formatting is done.
    }
    const result = new Map<string, string>();
    for (const [path, content] of files) {
      result.set(
        path,
        FORMATTED.test(path) ? await readFile(join(dir, "out", path), "utf8") : content,
      );
    }
    return result;
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}
