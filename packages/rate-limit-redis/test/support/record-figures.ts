import { mkdir, writeFile } from "node:fs/promises";

/**
 * Keeps the figures of a run in test-artifacts/<name>.json, for the record
 * (the README quotes them); nothing reads them back.
 */
export async function recordFigures(name: string, figures: Record<string, unknown>): Promise<void> {
  await mkdir("test-artifacts", { recursive: true });
  await writeFile(`test-artifacts/${name}.json`, `${JSON.stringify(figures, null, 2)}\n`);
}
