import { IntercomError } from "@intercom-kit/core";
import { parse } from "csv-parse/stream";
import { ExportDownloadError } from "./errors.js";
import type { ExportDownload, ExportDownloadOptions } from "./export-download.js";

/** One CSV record, keyed by the header row's column names; every value is a string. */
export type ExportRow = Record<string, string>;

/**
 * Downloads an export's file and yields its CSV records one by one, keyed by
 * the header row. It gunzips and parses as the bytes arrive, so only the
 * chunk being parsed is held in memory. Breaking out of the loop cancels the
 * download. A `no_data` export yields nothing. Malformed CSV or a broken
 * gzip stream is an `ExportDownloadError`; the signal, the core's `AbortError`.
 */
export async function* readExportRows(
  download: ExportDownload,
  options: ExportDownloadOptions = {},
): AsyncGenerator<ExportRow, void, undefined> {
  const bytes = await download.stream(options);
  // csv-parse takes the bytes and decodes UTF-8 itself, so a character split
  // across two chunks is read whole.
  const records = bytes.pipeThrough(
    parse({ columns: true, bom: true, skip_empty_lines: true }) as TransformStream<
      Uint8Array,
      ExportRow
    >,
  );
  const reader = records.getReader();
  try {
    for (;;) {
      let next: ReadableStreamReadResult<ExportRow>;
      try {
        next = await reader.read();
      } catch (error) {
        if (error instanceof IntercomError) throw error;
        throw new ExportDownloadError(download.jobIdentifier, "the CSV could not be parsed", error);
      }
      if (next.done) return;
      yield next.value;
    }
  } finally {
    await reader.cancel().catch(() => undefined);
  }
}
