export type Runtime = "node" | "bun" | "deno";

/** Bun and Deno also define `process`, so they are checked first. */
export function detectRuntime(): Runtime {
  const global = globalThis as { Bun?: unknown; Deno?: unknown };
  if (global.Bun !== undefined) return "bun";
  if (global.Deno !== undefined) return "deno";
  return "node";
}
