// The closing table: one row per stage and consumer, with its seconds.

/** @param {{ name: string, ok: boolean, seconds: number }[]} rows */
export function summaryTable(rows) {
  const width = Math.max(...rows.map((row) => row.name.length), "consumer".length);
  const lines = [`  ${"consumer".padEnd(width)}  result  seconds`];
  for (const { name, ok, seconds } of rows) {
    lines.push(
      `  ${name.padEnd(width)}  ${(ok ? "ok" : "FAILED").padEnd(6)}  ${seconds.toFixed(1).padStart(7)}`,
    );
  }
  return lines.join("\n");
}
