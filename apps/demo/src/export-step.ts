import type { Client } from "@intercom-kit/core";
import { runDataExport } from "@intercom-kit/data-export";
import { readExportRows } from "@intercom-kit/data-export/rows";
import { dim, green, line } from "./print.ts";

/**
 * One content data export: created, polled with growing waits until it
 * ends, then its gzipped CSV streamed and parsed row by row, so only one
 * chunk is in memory however large the export.
 */
export async function runExport(client: Client): Promise<void> {
  const now = Math.floor(Date.now() / 1000);
  const result = await runDataExport(
    client,
    { created_at_after: now - 3 * 365 * 86_400, created_at_before: now },
    {
      pollIntervalMs: 250,
      maxWaitMs: 10 * 60_000,
      onProgress: (p) => line(dim(`poll ${p.attempt}: ${p.status} after ${p.elapsedMs} ms`)),
    },
  );
  if (result.status === "no_data") {
    line(`${green("✔")} export ${result.jobIdentifier}: no messages in the last three years`);
    return;
  }
  let count = 0;
  let first: Record<string, string> | undefined;
  for await (const row of readExportRows(result)) {
    first ??= row;
    count += 1;
  }
  line(`${green("✔")} export ${result.jobIdentifier}: ${count} rows streamed`);
  if (first) line(dim(`first row: ${JSON.stringify(first)}`));
}
