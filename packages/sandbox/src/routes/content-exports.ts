import type { Context } from "hono";
import { Hono } from "hono";
import { nowSeconds, storeOf } from "../app/context-helpers.js";
import type { SandboxEnv } from "../app/env.js";
import { optionalInteger } from "../http/body-fields.js";
import { badRequest, errorResponse, parameterMissing } from "../http/error-list.js";
import { readJsonObject } from "../http/read-json.js";
import type { ExportJobRecord } from "../store/records.js";
import type { Store } from "../store/store.js";
import { logActivity } from "./admin-activity.js";

/** A job is pending for this long after it is asked for, then in progress… */
export const EXPORT_PENDING_MS = 2_000;
/** …and completed this long after it is asked for. */
export const EXPORT_COMPLETED_MS = 5_000;
/** A completed export can be downloaded for two days, as Intercom keeps them. */
const DOWNLOAD_TTL_SECONDS = 2 * 86_400;

type ExportStatus = "pending" | "in_progress" | "completed" | "cancelled";

/** Where a job is, from the clock: pending, then in progress, then completed (or cancelled). */
export function exportStatus(job: ExportJobRecord, nowMs: number): ExportStatus {
  if (job.cancelled) return "cancelled";
  const age = nowMs - job.requested_ms;
  if (age < EXPORT_PENDING_MS) return "pending";
  if (age < EXPORT_COMPLETED_MS) return "in_progress";
  return "completed";
}

/**
 * Content data exports: `POST /export/content/data` starts a job over the
 * conversations created in a time range; `GET /export/content/data/{id}`
 * tells its status as time passes (pending → in_progress → completed);
 * `POST /export/cancel/{id}` cancels one not yet completed; and
 * `GET /download/content/data/{id}` hands over the gzipped CSV once
 * completed. One job runs at a time per workspace, as with Intercom.
 */
export function contentExportRoutes(): Hono<SandboxEnv> {
  const routes = new Hono<SandboxEnv>();

  routes.post("/export/content/data", async (c) => {
    const store = storeOf(c);
    const body = await readJsonObject(c);
    if (body instanceof Response) return body;
    const after = optionalInteger(body.created_at_after);
    const before = optionalInteger(body.created_at_before);
    if (after === null) return parameterMissing(c, "created_at_after");
    if (before === null) return parameterMissing(c, "created_at_before");
    if (before < after) {
      return badRequest(
        c,
        "created_at_before must not be before created_at_after",
        "created_at_before",
      );
    }
    const nowMs = store.clock();
    const running = [...store.exportJobs.values()].find((job) => {
      const status = exportStatus(job, nowMs);
      return status === "pending" || status === "in_progress";
    });
    if (running) {
      return errorResponse(c, 429, "too_many_requests", "Exceeded rate limit of 1 active job");
    }
    const job: ExportJobRecord = {
      job_identifier: `${store.workspace.id_code}-export-${store.ids.sequence("export_job")}`,
      created_at_after: after,
      created_at_before: before,
      requested_ms: nowMs,
      cancelled: false,
    };
    store.exportJobs.set(job.job_identifier, job);
    logActivity(
      store,
      "content_data_export_created",
      "Started a content data export.",
      { job_identifier: job.job_identifier },
      nowSeconds(c),
    );
    return c.json(serializeJob(c, job));
  });

  routes.get("/export/content/data/:job_identifier", (c) => {
    const job = storeOf(c).exportJobs.get(c.req.param("job_identifier"));
    return job ? c.json(serializeJob(c, job)) : jobNotFound(c);
  });

  routes.post("/export/cancel/:job_identifier", (c) => {
    const store = storeOf(c);
    const job = store.exportJobs.get(c.req.param("job_identifier"));
    if (!job) return jobNotFound(c);
    if (exportStatus(job, store.clock()) === "completed") {
      return badRequest(c, "a completed export cannot be cancelled", "job_identifier");
    }
    job.cancelled = true;
    return c.json(serializeJob(c, job));
  });

  routes.get("/download/content/data/:job_identifier", async (c) => {
    const store = storeOf(c);
    const job = store.exportJobs.get(c.req.param("job_identifier"));
    if (!job) return jobNotFound(c);
    if (exportStatus(job, store.clock()) !== "completed") {
      return errorResponse(c, 404, "not_found", "The export is not ready to download");
    }
    const gzipped = await gzip(exportCsv(store, job));
    return c.body(gzipped, 200, {
      "Content-Type": "application/octet-stream",
      "Content-Disposition": `attachment; filename="${job.job_identifier}.csv.gz"`,
    });
  });

  return routes;
}

function serializeJob(c: Context<SandboxEnv>, job: ExportJobRecord) {
  const store = storeOf(c);
  const status = exportStatus(job, store.clock());
  const completed = status === "completed";
  const origin = new URL(c.req.url).origin;
  return {
    job_identifier: job.job_identifier,
    status,
    download_url: completed ? `${origin}/download/content/data/${job.job_identifier}` : "",
    download_expires_at: completed
      ? String(Math.floor((job.requested_ms + EXPORT_COMPLETED_MS) / 1000) + DOWNLOAD_TTL_SECONDS)
      : "",
  };
}

function jobNotFound(c: Context<SandboxEnv>): Response {
  return errorResponse(c, 404, "not_found", "Export job not found");
}

const CSV_COLUMNS = [
  "conversation_id",
  "conversation_created_at",
  "user_id",
  "user_email",
  "delivered_as",
  "subject",
  "parts",
  "state",
] as const;

/** One line per conversation created in the job's range, oldest first. */
export function exportCsv(store: Store, job: ExportJobRecord): string {
  const rows = [...store.conversations.values()]
    .filter((x) => x.created_at >= job.created_at_after && x.created_at <= job.created_at_before)
    .sort((a, b) => a.created_at - b.created_at || Number(a.id) - Number(b.id))
    .map((x) => {
      const contact = store.contacts.get(x.contact_ids[0] ?? "");
      return [
        x.id,
        new Date(x.created_at * 1000).toISOString(),
        contact?.external_id ?? contact?.id ?? "",
        contact?.email ?? "",
        x.source.delivered_as,
        x.source.subject,
        String(x.parts.length),
        x.state,
      ];
    });
  return `${[CSV_COLUMNS as readonly string[], ...rows].map((row) => row.map(csvField).join(",")).join("\r\n")}\r\n`;
}

function csvField(value: string): string {
  return /[",\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

/** Gzip with the web's CompressionStream, which Node, Bun and Deno all have. */
async function gzip(text: string): Promise<Uint8Array<ArrayBuffer>> {
  const stream = new Blob([text]).stream().pipeThrough(new CompressionStream("gzip"));
  return new Uint8Array(await new Response(stream).arrayBuffer());
}
