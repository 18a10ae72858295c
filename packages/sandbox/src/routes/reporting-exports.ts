import type { Context } from "hono";
import { Hono } from "hono";
import { storeOf } from "../app/context-helpers.js";
import type { SandboxEnv } from "../app/env.js";
import { exportStatus, isRunning } from "../exports/export-lifecycle.js";
import { csvLine, gzipText } from "../exports/gzip-text.js";
import { optionalInteger, optionalString } from "../http/body-fields.js";
import { badRequest, errorResponse, parameterMissing } from "../http/error-list.js";
import { readJsonObject } from "../http/read-json.js";
import type { ConversationRecord, ReportExportRecord } from "../store/records.js";
import type { Store } from "../store/store.js";

/** Intercom allows this many pending reporting exports per workspace. */
const MAX_PENDING = 5;

interface DatasetAttribute {
  readonly id: string;
  readonly name: string;
  readonly value: (conversation: ConversationRecord) => string;
}

/** The one dataset the sandbox offers, over its conversations. */
const CONVERSATION_ATTRIBUTES: readonly DatasetAttribute[] = [
  { id: "conversation_id", name: "Conversation ID", value: (x) => x.id },
  {
    id: "conversation_started_at",
    name: "Conversation started at",
    value: (x) => String(x.created_at),
  },
  { id: "state", name: "State", value: (x) => x.state },
  { id: "channel", name: "Channel", value: (x) => x.source.delivered_as },
  { id: "subject", name: "Subject", value: (x) => x.source.subject },
];

/** `conversation_id` or its qualified form `conversation.conversation_id`. */
function attributeFor(id: string): DatasetAttribute | undefined {
  const bare = id.startsWith("conversation.") ? id.slice("conversation.".length) : id;
  return CONVERSATION_ATTRIBUTES.find((a) => a.id === bare);
}

/**
 * Reporting data exports: the dataset list, then enqueue → status (which
 * moves on like content exports do, see `exportStatus`, and says `complete`
 * when done, as Intercom's examples do) → a gzipped CSV download with one
 * column per attribute asked for and one row per conversation started in
 * the range.
 */
export function reportingExportRoutes(): Hono<SandboxEnv> {
  const routes = new Hono<SandboxEnv>();

  routes.get("/export/reporting_data/get_datasets", (c) =>
    c.json({
      type: "list",
      data: [
        {
          id: "conversation",
          name: "Conversation",
          description: "One row per conversation of the sandbox.",
          default_time_attribute_id: "conversation_started_at",
          attributes: CONVERSATION_ATTRIBUTES.map((a) => ({
            id: a.id,
            qualified_id: `conversation.${a.id}`,
            name: a.name,
          })),
        },
      ],
    }),
  );

  routes.post("/export/reporting_data/enqueue", async (c) => {
    const store = storeOf(c);
    const body = await readJsonObject(c);
    if (body instanceof Response) return body;
    const dataset = optionalString(body.dataset_id);
    if (dataset === null) return parameterMissing(c, "dataset_id");
    if (dataset !== "conversation") {
      return badRequest(c, `${dataset} is not a valid dataset_id`, "dataset_id");
    }
    if (!Array.isArray(body.attribute_ids)) return parameterMissing(c, "attribute_ids");
    const ids = body.attribute_ids.map(String);
    if (ids.length === 0) {
      return badRequest(c, "attribute_ids must contain at least one attribute_id", "attribute_ids");
    }
    const unknown = ids.filter((id) => !attributeFor(id));
    if (unknown.length > 0) {
      return badRequest(
        c,
        `attribute_ids invalid for conversation dataset: ${unknown.join(", ")}`,
        "attribute_ids",
      );
    }
    const start = optionalInteger(body.start_time);
    const end = optionalInteger(body.end_time);
    if (start === null) return parameterMissing(c, "start_time");
    if (end === null) return parameterMissing(c, "end_time");
    const pending = [...store.reportExports.values()].filter((job) => isRunning(statusOf(c, job)));
    if (pending.length >= MAX_PENDING) {
      return errorResponse(
        c,
        429,
        "rate_limit_exceeded",
        `Exceeded rate limit of ${MAX_PENDING} pending reporting dataset export jobs`,
      );
    }
    const job: ReportExportRecord = {
      job_identifier: `report-${store.ids.sequence("report_export")}`,
      dataset_id: dataset,
      attribute_ids: ids,
      start_time: start,
      end_time: end,
      requested_ms: store.clock(),
      cancelled: false,
      polls: 0,
    };
    store.reportExports.set(job.job_identifier, job);
    return c.json(serializeJob(c, job));
  });

  routes.get("/export/reporting_data/:job_identifier", (c) => {
    const missing = missingQuery(c, ["app_id", "client_id"]);
    if (missing) return missing;
    const job = storeOf(c).reportExports.get(c.req.param("job_identifier"));
    if (!job) return jobNotFound(c);
    // The answer is the job as it stood; this poll moves it on for the next.
    const answer = serializeJob(c, job);
    job.polls += 1;
    return c.json(answer);
  });

  routes.get("/download/reporting_data/:job_identifier", async (c) => {
    const missing = missingQuery(c, ["app_id"]);
    if (missing) return missing;
    const store = storeOf(c);
    const job = store.reportExports.get(c.req.param("job_identifier"));
    if (!job || statusOf(c, job) !== "completed") return jobNotFound(c);
    const gzipped = await gzipText(reportCsv(store, job));
    return c.body(gzipped, 200, {
      "Content-Type": "application/octet-stream",
      "Content-Disposition": `attachment; filename="${job.job_identifier}.csv.gz"`,
    });
  });

  return routes;
}

function rowsOf(store: Store, job: ReportExportRecord): ConversationRecord[] {
  return [...store.conversations.values()]
    .filter((x) => x.created_at >= job.start_time && x.created_at <= job.end_time)
    .sort((a, b) => a.created_at - b.created_at || Number(a.id) - Number(b.id));
}

function reportCsv(store: Store, job: ReportExportRecord): string {
  const attributes = job.attribute_ids.flatMap((id) => attributeFor(id) ?? []);
  const lines = [
    csvLine(attributes.map((a) => a.id)),
    ...rowsOf(store, job).map((x) => csvLine(attributes.map((a) => a.value(x)))),
  ];
  return `${lines.join("\r\n")}\r\n`;
}

function statusOf(c: Context<SandboxEnv>, job: ReportExportRecord) {
  const store = storeOf(c);
  return exportStatus(
    { ...job, hasRows: rowsOf(store, job).length > 0 },
    store.clock(),
    c.get("options").exportJobs,
  );
}

function serializeJob(c: Context<SandboxEnv>, job: ReportExportRecord) {
  const status = statusOf(c, job);
  const done = status === "completed";
  const appId = storeOf(c).workspace.id_code;
  const origin = new URL(c.req.url).origin;
  return {
    job_identifier: job.job_identifier,
    status: done ? "complete" : status,
    download_url: done
      ? `${origin}/download/reporting_data/${job.job_identifier}?app_id=${appId}`
      : "",
    download_expires_at: done ? String(Math.floor(storeOf(c).clock() / 1000) + 2 * 86_400) : "",
  };
}

function missingQuery(c: Context<SandboxEnv>, names: readonly string[]): Response | undefined {
  const name = names.find((n) => !c.req.query(n));
  return name ? parameterMissing(c, name) : undefined;
}

function jobNotFound(c: Context<SandboxEnv>): Response {
  return errorResponse(
    c,
    404,
    "not_found",
    `Export job not found for identifier: ${c.req.param("job_identifier")}`,
  );
}
