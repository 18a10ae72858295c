import { expect } from "vitest";

/** Awaits a call that must fail, checks the error's class, and returns it typed. */
export async function rejectionOf<E>(
  call: PromiseLike<unknown>,
  ErrorClass: abstract new (...args: never[]) => E,
): Promise<E> {
  try {
    await call;
  } catch (error) {
    expect(error).toBeInstanceOf(ErrorClass);
    return error as E;
  }
  throw new Error(`expected the call to fail with ${ErrorClass.name}`);
}
