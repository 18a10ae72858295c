// Tidy, dependency-free terminal output that looks the same on Node, Bun and Deno.

const env = globalThis.process?.env ?? {};
const useColor = !("NO_COLOR" in env) && globalThis.process?.stdout?.isTTY === true;
const paint = (code: number) => (text: string) => (useColor ? `\x1b[${code}m${text}\x1b[0m` : text);

export const bold = paint(1);
export const dim = paint(2);
export const green = paint(32);
export const yellow = paint(33);

export function heading(step: number, title: string): void {
  console.log(`\n${bold(`${step}. ${title}`)}`);
}

export function line(text: string): void {
  console.log(`   ${text}`);
}

export function table(rows: readonly (readonly string[])[]): void {
  const widths =
    rows[0]?.map((_, col) => Math.max(...rows.map((row) => row[col]?.length ?? 0))) ?? [];
  for (const row of rows) line(row.map((cell, col) => cell.padEnd(widths[col] ?? 0)).join("  "));
}
