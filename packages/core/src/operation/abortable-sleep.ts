import { AbortError } from "../errors/transport-errors.js";

/** Waits `ms`, or rejects with the core's `AbortError` as soon as `signal` fires; the job and export helpers poll with it. */
export function abortableSleep(
  ms: number,
  signal: AbortSignal | undefined,
  operationId: string,
): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal?.aborted) {
      reject(new AbortError(operationId, signal.reason));
      return;
    }
    const onAbort = () => {
      clearTimeout(timer);
      reject(new AbortError(operationId, signal?.reason));
    };
    const timer = setTimeout(() => {
      signal?.removeEventListener("abort", onAbort);
      resolve();
    }, ms);
    signal?.addEventListener("abort", onAbort, { once: true });
  });
}
