/** Milliseconds since the epoch. Injected so tests can move time (scroll expiry, rate windows). */
export type Clock = () => number;

export const systemClock: Clock = () => Date.now();

/** Intercom timestamps are integer UNIX seconds. */
export function unixSeconds(clock: Clock): number {
  return Math.floor(clock() / 1000);
}
