import { StoreUnavailableError } from "./store-unavailable-error.js";

/**
 * Settles with `work`, or rejects with a StoreUnavailableError once `ms`
 * have passed. Clients queue commands while they reconnect, so without a
 * deadline a call would wait for as long as Redis stays away. The timer
 * lives only while a command is in flight.
 */
export function withDeadline<T>(work: Promise<T>, ms: number): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const timer = setTimeout(
      () => reject(new StoreUnavailableError(`Redis did not answer within ${ms} ms`)),
      ms,
    );
    work.then(
      (value) => {
        clearTimeout(timer);
        resolve(value);
      },
      (error: unknown) => {
        clearTimeout(timer);
        reject(error);
      },
    );
  });
}
