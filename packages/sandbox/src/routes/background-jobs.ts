import type { Context } from "hono";
import { Hono } from "hono";
import { storeOf } from "../app/context-helpers.js";
import type { SandboxEnv } from "../app/env.js";
import { errorResponse } from "../http/error-list.js";
import type { BackgroundJobRecord } from "../store/records.js";

/** Records a job an operation answered with; its resource is already made. */
export function enqueueJob(
  c: Context<SandboxEnv>,
  resourceType: string,
  resourceId: string,
  resourcePath: string,
): BackgroundJobRecord {
  const store = storeOf(c);
  const job: BackgroundJobRecord = {
    id: store.ids.sequence("job"),
    resource_type: resourceType,
    resource_id: resourceId,
    resource_path: resourcePath,
    requested_ms: store.clock(),
    polls: 0,
  };
  store.backgroundJobs.set(job.id, job);
  return job;
}

/**
 * A job says `pending` to the first `exportJobs.pollsPerStep` status polls, then
 * `success` (or `failed`, when `exportJobs.outcome` is `failed`).
 */
function jobStatus(c: Context<SandboxEnv>, job: BackgroundJobRecord): string {
  const options = c.get("options").exportJobs;
  if (job.polls < options.pollsPerStep) return "pending";
  return options.outcome === "failed" ? "failed" : "success";
}

export function serializeJob(c: Context<SandboxEnv>, job: BackgroundJobRecord) {
  const status = jobStatus(c, job);
  const origin = new URL(c.req.url).origin;
  const done = status === "success";
  return {
    type: "job",
    id: job.id,
    url: `${origin}/jobs/status/${job.id}`,
    status,
    resource_type: job.resource_type,
    resource_id: done ? job.resource_id : null,
    resource_url: done ? `${origin}${job.resource_path}` : null,
  };
}

/** `GET /jobs/status/{job_id}`: each poll moves the job on. */
export function backgroundJobRoutes(): Hono<SandboxEnv> {
  const routes = new Hono<SandboxEnv>();
  routes.get("/jobs/status/:job_id", (c) => {
    const job = storeOf(c).backgroundJobs.get(c.req.param("job_id"));
    if (!job) return errorResponse(c, 404, "job_not_found", "Job not found");
    const answer = serializeJob(c, job);
    job.polls += 1;
    return c.json(answer);
  });
  return routes;
}
