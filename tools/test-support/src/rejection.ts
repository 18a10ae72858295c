/** Awaits a call that must fail, checks the error's class, and returns it typed. */
export async function rejectionOf<E>(
  call: PromiseLike<unknown>,
  ErrorClass: abstract new (...args: never[]) => E,
): Promise<E> {
  let failure: unknown;
  try {
    await call;
  } catch (error) {
    failure = error;
  }
  if (failure === undefined) throw new Error(`expected the call to fail with ${ErrorClass.name}`);
  if (!(failure instanceof ErrorClass)) {
    throw new Error(`expected ${ErrorClass.name}, the call failed with ${String(failure)}`, {
      cause: failure,
    });
  }
  return failure;
}
