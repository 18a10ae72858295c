import type { ServerResponse } from "node:http";
import { constants, createGzip, gzipSync } from "node:zlib";
import {
  type LoopbackServer,
  type RecordedRequest,
  startLoopbackServer,
} from "@intercom-kit/test-support/loopback-server";

/** What a status poll answers: a status, or a raw reply (a 429, say). */
export type PollReply = string | ((res: ServerResponse) => void);

export interface ExportServerPlan {
  /** One reply per status poll; the last repeats. */
  readonly polls: readonly PollReply[];
  /** How the download is served. Default: `csv` gzipped in one go. */
  readonly download?: (res: ServerResponse) => void | Promise<void>;
}

/** A loopback stand-in for Intercom's content export endpoints, scripted per test. */
export async function startExportServer(plan: ExportServerPlan): Promise<LoopbackServer> {
  let poll = 0;
  return startLoopbackServer(async (request: RecordedRequest, res): Promise<void> => {
    const json = (body: unknown, status = 200) => {
      res.writeHead(status, { "content-type": "application/json" });
      res.end(JSON.stringify(body));
    };
    if (request.method === "POST" && request.path === "/export/content/data") {
      json({ job_identifier: "job1", status: "pending" });
      return;
    }
    if (request.method === "POST" && request.path === "/export/reporting_data/enqueue") {
      json({ job_identifier: "job1", status: "pending" });
      return;
    }
    if (request.method === "POST" && request.path === "/export/cancel/job1") {
      json({ job_identifier: "job1", status: "canceled" });
      return;
    }
    if (
      request.method === "GET" &&
      (request.path === "/export/content/data/job1" ||
        request.path === "/export/reporting_data/job1")
    ) {
      const reply = plan.polls[Math.min(poll, plan.polls.length - 1)] ?? "pending";
      poll += 1;
      if (typeof reply === "function") {
        reply(res);
        return;
      }
      json({ job_identifier: "job1", status: reply });
      return;
    }
    if (request.method === "GET" && request.path.startsWith("/download/")) {
      if (plan.download) {
        await plan.download(res);
        return;
      }
      res.writeHead(200, { "content-type": "application/octet-stream" });
      res.end(gzipSync(csvOf(3)));
      return;
    }
    json({ type: "error.list", errors: [{ code: "not_found", message: "no route" }] }, 404);
  });
}

export const CSV_HEADER = "conversation_id,user_email,subject";

/** A CSV of `rows` conversations; row i has id `c<i>`. A subject with a comma and a quote checks the quoting. */
export function csvOf(rows: number, from = 0): string {
  let text = from === 0 ? `${CSV_HEADER}\r\n` : "";
  for (let i = from; i < from + rows; i++) text += `c${i},user${i}@example.test,"Hi, ""you"""\r\n`;
  return text;
}

/**
 * Serves a gzipped CSV of `total` rows in two flushed parts and holds the
 * second until `release` is called: a reader that waits for the whole body
 * before yielding never sees its first row.
 */
export function heldDownload(total: number, head: number) {
  let release!: () => void;
  const released = new Promise<void>((resolve) => {
    release = resolve;
  });
  let ended = false;
  const serve = async (res: ServerResponse) => {
    res.writeHead(200, { "content-type": "application/octet-stream" });
    const gzip = createGzip();
    gzip.pipe(res);
    gzip.write(csvOf(head));
    gzip.flush(constants.Z_SYNC_FLUSH);
    await released;
    gzip.end(csvOf(total - head, head));
    gzip.on("end", () => {
      ended = true;
    });
  };
  return { serve, release, bodyEnded: () => ended };
}
