import { AbortError, IntercomError } from "@intercom-kit/core";
import { ExportDownloadError } from "./errors.js";

/** Every gzip stream starts with these two bytes (RFC 1952). */
const GZIP_MAGIC = [0x1f, 0x8b] as const;

/**
 * The export file's bytes, gunzipped as they arrive, one chunk at a time.
 * A body that is not gzip is passed through as is: a proxy or a transport
 * that already decoded it (`Content-Encoding: gzip`) leaves plain CSV.
 * A gunzip or network failure is an `ExportDownloadError`; the caller's
 * signal firing is the core's `AbortError`.
 */
export function gunzipDownload(
  body: ReadableStream<Uint8Array> | null,
  jobIdentifier: string,
  operationId: string,
  signal: AbortSignal | undefined,
): ReadableStream<Uint8Array> {
  if (body === null) return new ReadableStream({ start: (controller) => controller.close() });
  const source = body.getReader();
  let reader: ReadableStreamDefaultReader<Uint8Array> | undefined;
  const fail = (error: unknown): IntercomError => {
    if (signal?.aborted) return new AbortError(operationId, signal.reason);
    if (error instanceof IntercomError) return error;
    return new ExportDownloadError(
      jobIdentifier,
      "the download is not a complete gzip file",
      error,
    );
  };
  return new ReadableStream<Uint8Array>(
    {
      async pull(controller) {
        try {
          reader ??= await decodedReader(source);
          const { done, value } = await reader.read();
          if (done) controller.close();
          else controller.enqueue(value);
        } catch (error) {
          controller.error(fail(error));
        }
      },
      async cancel(reason) {
        await (reader ?? source).cancel(reason);
      },
    },
    // Pull a chunk only when the consumer asks: one chunk in memory at a time.
    { highWaterMark: 0 },
  );
}

/** Peeks at the first chunk to tell gzip from plain bytes, then gunzips or passes through. */
async function decodedReader(
  source: ReadableStreamDefaultReader<Uint8Array>,
): Promise<ReadableStreamDefaultReader<Uint8Array>> {
  let first = await source.read();
  while (!first.done && first.value.byteLength === 0) first = await source.read();
  const head = first.done ? undefined : first.value;
  const rest = new ReadableStream<Uint8Array>(
    {
      start(controller) {
        if (head) controller.enqueue(head);
        if (first.done) controller.close();
      },
      async pull(controller) {
        if (first.done) return;
        const next = await source.read();
        if (next.done) controller.close();
        else controller.enqueue(next.value);
      },
      cancel: (reason) => source.cancel(reason),
    },
    { highWaterMark: 0 },
  );
  const gzipped = head !== undefined && head[0] === GZIP_MAGIC[0] && head[1] === GZIP_MAGIC[1];
  if (!gzipped) return rest.getReader();
  return rest
    .pipeThrough(
      new DecompressionStream("gzip") as unknown as TransformStream<Uint8Array, Uint8Array>,
    )
    .getReader();
}
