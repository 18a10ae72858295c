import type { Context } from "hono";
import { Hono } from "hono";
import { nowSeconds, storeOf } from "../app/context-helpers.js";
import type { SandboxEnv } from "../app/env.js";
import { type ExportStatus, exportStatus, isRunning } from "../exports/export-lifecycle.js";
import { csvLine, gzipText } from "../exports/gzip-text.js";
import { optionalInteger } from "../http/body-fields.js";
import { badRequest, errorResponse, parameterMissing } from "../http/error-list.js";
import { readJsonObject } from "../http/read-json.js";
import type { ExportJobRecord } from "../store/records.js";
import type { Store } from "../store/store.js";
import { logActivity } from "./admin-activity.js";

export { EXPORT_COMPLETED_MS, EXPORT_PENDING_MS } from "../exports/export-lifecycle.js";

/** A completed export can be downloaded for two days, as Intercom keeps them. */
const DOWNLOAD_TTL_SECONDS = 2 * 86_400;

/** Where a content job is now; see `exportStatus` for how it moves on. */
function statusOf(c: Context<SandboxEnv>, job: ExportJobRecord): ExportStatus {
  const store = storeOf(c);
  return exportStatus(
    { ...job, hasRows: exportRows(store, job).length > 0 },
    store.clock(),
    c.get("options").exportJobs,
  );
}

/**
 * Content data exports: `POST /export/content/data` starts a job over the
 * conversations created in a time range; `GET /export/content/data/{id}`
 * tells its status as polls come and time passes (pending → in_progress →
 * completed, or `no_data` for an empty range; the `exportJobs` option can
 * make them fail or never end);
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
    const running = [...store.exportJobs.values()].find((job) => isRunning(statusOf(c, job)));
    if (running) {
      return errorResponse(c, 429, "too_many_requests", "Exceeded rate limit of 1 active job");
    }
    const job: ExportJobRecord = {
      job_identifier: `${store.workspace.id_code}-export-${store.ids.sequence("export_job")}`,
      created_at_after: after,
      created_at_before: before,
      requested_ms: store.clock(),
      cancelled: false,
      polls: 0,
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
    if (!job) return jobNotFound(c);
    // The answer is the job as it stood; this poll moves it on for the next.
    const answer = serializeJob(c, job);
    job.polls += 1;
    return c.json(answer);
  });

  routes.post("/export/cancel/:job_identifier", (c) => {
    const store = storeOf(c);
    const job = store.exportJobs.get(c.req.param("job_identifier"));
    if (!job) return jobNotFound(c);
    if (!isRunning(statusOf(c, job))) {
      return badRequest(c, "a finished export cannot be canceled", "job_identifier");
    }
    job.cancelled = true;
    return c.json(serializeJob(c, job));
  });

  routes.get("/download/content/data/:job_identifier", async (c) => {
    const store = storeOf(c);
    const job = store.exportJobs.get(c.req.param("job_identifier"));
    if (!job) return jobNotFound(c);
    if (statusOf(c, job) !== "completed") {
      return errorResponse(c, 404, "not_found", "The export is not ready to download");
    }
    const gzipped = await gzipText(exportCsv(store, job));
    return c.body(gzipped, 200, {
      "Content-Type": "application/octet-stream",
      "Content-Disposition": `attachment; filename="${job.job_identifier}.csv.gz"`,
    });
  });

  return routes;
}

function serializeJob(c: Context<SandboxEnv>, job: ExportJobRecord) {
  const status = statusOf(c, job);
  const completed = status === "completed";
  const origin = new URL(c.req.url).origin;
  return {
    job_identifier: job.job_identifier,
    status,
    download_url: completed ? `${origin}/download/content/data/${job.job_identifier}` : "",
    download_expires_at: completed
      ? String(Math.floor(storeOf(c).clock() / 1000) + DOWNLOAD_TTL_SECONDS)
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

/** The conversations created in the job's range, oldest first, as CSV fields. */
function exportRows(store: Store, job: ExportJobRecord): string[][] {
  return [...store.conversations.values()]
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
}

/** One line per conversation created in the job's range, oldest first. */
export function exportCsv(store: Store, job: ExportJobRecord): string {
  return `${[CSV_COLUMNS as readonly string[], ...exportRows(store, job)].map(csvLine).join("\r\n")}\r\n`;
}
