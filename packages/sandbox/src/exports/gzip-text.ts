/** Gzip with the web's CompressionStream, which Node, Bun and Deno all have. */
export async function gzipText(text: string): Promise<Uint8Array<ArrayBuffer>> {
  const stream = new Blob([text]).stream().pipeThrough(new CompressionStream("gzip"));
  return new Uint8Array(await new Response(stream).arrayBuffer());
}

/** One CSV line: a field with a comma, a quote or a line break is quoted, its quotes doubled. */
export function csvLine(fields: readonly string[]): string {
  return fields
    .map((value) => (/[",\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value))
    .join(",");
}
