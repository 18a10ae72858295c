import type { Context } from "hono";
import type { SandboxEnv } from "../app/env.js";
import { badRequest } from "../http/error-list.js";
import {
  type CursorPage,
  type CursorPageRequest,
  cursorPage,
  InvalidCursorError,
  type SortKey,
} from "./cursor-page.js";

/**
 * `cursorPage` for a route: a `starting_after` this API never gave out is the
 * caller's mistake, so it is answered 400 on that field rather than as a 500.
 */
export function cursorPageOr400<T>(
  c: Context<SandboxEnv>,
  sorted: readonly T[],
  keyOf: (item: T) => SortKey,
  compare: (a: SortKey, b: SortKey) => number,
  request: CursorPageRequest,
): CursorPage<T> | Response {
  try {
    return cursorPage(sorted, keyOf, compare, request);
  } catch (error) {
    if (error instanceof InvalidCursorError) return badRequest(c, error.message, "starting_after");
    throw error;
  }
}
