/** What was read of a body: all of it, or the first `limit` bytes of a longer one. */
export interface CappedBody {
  readonly bytes: Uint8Array;
  /** True when the body went on past the limit; the rest was not read. */
  readonly truncated: boolean;
}

/** Thrown by `readCapped` when the stream fails; says how much had arrived. */
export class BodyReadFailure extends Error {
  override name = "BodyReadFailure";
  readonly receivedBytes: number;

  constructor(receivedBytes: number, cause: unknown) {
    super(`body read failed after ${receivedBytes} bytes`, { cause });
    this.receivedBytes = receivedBytes;
  }
}

/**
 * Reads a body to its end, or to `limit` bytes, whichever comes first. The
 * bytes are counted as the stream yields them, which for a compressed
 * response is after `fetch` decompressed them: a small gzip body cannot
 * grow past the limit in memory. Past the limit the stream is cancelled.
 */
export async function readCapped(
  body: ReadableStream<Uint8Array> | null,
  limit: number,
): Promise<CappedBody> {
  if (body === null) return { bytes: new Uint8Array(0), truncated: false };
  const reader = body.getReader();
  const chunks: Uint8Array[] = [];
  let received = 0;
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      if (received + value.byteLength > limit) {
        chunks.push(value.subarray(0, limit - received));
        received = limit;
        await reader.cancel().catch(() => undefined);
        return { bytes: concat(chunks, received), truncated: true };
      }
      chunks.push(value);
      received += value.byteLength;
    }
  } catch (error) {
    throw new BodyReadFailure(received, error);
  } finally {
    reader.releaseLock();
  }
  return { bytes: concat(chunks, received), truncated: false };
}

function concat(chunks: readonly Uint8Array[], length: number): Uint8Array {
  if (chunks.length === 1 && chunks[0]?.byteLength === length) return chunks[0];
  const bytes = new Uint8Array(length);
  let offset = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return bytes;
}
