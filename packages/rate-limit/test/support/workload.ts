import type { Client } from "@intercom-kit/core";
import { runOperation } from "@intercom-kit/core/internal";
import { identifyAdmin } from "./operations.js";

export interface WorkloadResult {
  readonly succeeded: number;
  readonly failed: number;
  readonly errors: readonly string[];
}

/**
 * `total` calls spread over `parallel` loops that each send one call after
 * another: a bounded amount of work, so the run stops by itself.
 */
export async function runWorkload(
  client: Client,
  total: number,
  parallel: number,
): Promise<WorkloadResult> {
  let next = 0;
  let succeeded = 0;
  const errors: string[] = [];
  const loop = async () => {
    while (next < total) {
      next += 1;
      try {
        await runOperation(client, identifyAdmin, {});
        succeeded += 1;
      } catch (error) {
        errors.push(error instanceof Error ? error.name : String(error));
      }
    }
  };
  await Promise.all(Array.from({ length: parallel }, loop));
  return { succeeded, failed: errors.length, errors };
}
