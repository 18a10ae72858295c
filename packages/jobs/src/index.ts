// Hand-written helpers of this domain go next to this file; the operations are generated.

export * from "./generated/index.js";
export { JobFailedError, JobTimeoutError } from "./wait-for-job/errors.js";
export {
  type JobProgress,
  type WaitForJobOptions,
  waitForJob,
} from "./wait-for-job/wait-for-job.js";
