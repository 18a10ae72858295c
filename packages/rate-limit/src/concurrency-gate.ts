/**
 * At most `limit` holders at a time, first come first served. Waiting needs
 * no timer: a release hands the slot to the next waiter directly.
 */
export class ConcurrencyGate {
  readonly #limit: number;
  #active = 0;
  readonly #waiting: Array<() => void> = [];

  constructor(limit: number) {
    this.#limit = limit;
  }

  /** Resolves once a slot is held; rejects if `signal` aborts first. */
  enter(signal: AbortSignal | undefined): Promise<void> {
    if (signal?.aborted) return Promise.reject(signal.reason);
    if (this.#active < this.#limit) {
      this.#active += 1;
      return Promise.resolve();
    }
    return new Promise((resolve, reject) => {
      const admit = () => {
        signal?.removeEventListener("abort", onAbort);
        resolve();
      };
      const onAbort = () => {
        const index = this.#waiting.indexOf(admit);
        if (index !== -1) this.#waiting.splice(index, 1);
        reject(signal?.reason);
      };
      this.#waiting.push(admit);
      signal?.addEventListener("abort", onAbort, { once: true });
    });
  }

  leave(): void {
    const next = this.#waiting.shift();
    // The slot passes straight to the next waiter, so `active` stays the same.
    if (next) next();
    else this.#active -= 1;
  }

  /** Requests holding or waiting for a slot. */
  get pending(): number {
    return this.#active + this.#waiting.length;
  }
}
