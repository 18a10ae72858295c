import { gzipSync } from "node:zlib";
import { AbortError, ConfigurationError, createClient } from "@intercom-kit/core";
import type { LoopbackServer } from "@intercom-kit/test-support/loopback-server";
import { rejectionOf } from "@intercom-kit/test-support/rejection";
import { afterEach, describe, expect, it } from "vitest";
import {
  ExportDownloadError,
  ExportFailedError,
  type ExportProgress,
  ExportTimeoutError,
  runDataExport,
  runDataExportReport,
} from "../src/index.js";
import { readExportRows } from "../src/rows.js";
import { csvOf, heldDownload, startExportServer } from "./export-fault-server.js";

const range = { created_at_after: 1_700_000_000, created_at_before: 1_700_086_400 };
const fast = { pollIntervalMs: 1, maxPollIntervalMs: 2 };
let server: LoopbackServer | undefined;

afterEach(async () => {
  await server?.close();
  server = undefined;
});

async function clientFor(plan: Parameters<typeof startExportServer>[0]) {
  server = await startExportServer(plan);
  return createClient({ token: "t", baseUrl: server.url });
}

const paths = () => (server?.requests ?? []).map((r) => `${r.method} ${r.path}`);

describe("runDataExport", () => {
  it("polls until completed, reports progress, and streams the rows", async () => {
    const client = await clientFor({ polls: ["pending", "in_progress", "completed"] });
    const progress: ExportProgress[] = [];
    const result = await runDataExport(client, range, {
      ...fast,
      onProgress: (p) => progress.push(p),
    });
    expect(result.status).toBe("completed");
    expect(progress.map((p) => [p.attempt, p.status])).toEqual([
      [1, "pending"],
      [2, "in_progress"],
      [3, "completed"],
    ]);
    const rows = [];
    for await (const row of readExportRows(result)) rows.push(row);
    expect(rows).toEqual(
      [0, 1, 2].map((i) => ({
        conversation_id: `c${i}`,
        user_email: `user${i}@example.test`,
        subject: 'Hi, "you"',
      })),
    );
    expect(paths()).toContain("GET /download/content/data/job1");
  });

  it.each(["failed", "canceled"])("throws ExportFailedError on %s", async (status) => {
    const client = await clientFor({ polls: ["in_progress", status] });
    const error = await rejectionOf(runDataExport(client, range, fast), ExportFailedError);
    expect(error).toMatchObject({ jobIdentifier: "job1", status });
  });

  it("resolves no_data with empty downloads and asks for no file", async () => {
    const client = await clientFor({ polls: ["no_data"] });
    const result = await runDataExport(client, range, fast);
    expect(result.status).toBe("no_data");
    const rows = [];
    for await (const row of readExportRows(result)) rows.push(row);
    expect(rows).toEqual([]);
    expect(paths().some((p) => p.includes("/download/"))).toBe(false);
  });

  it("throws ExportTimeoutError past maxWaitMs and cancels the job", async () => {
    const client = await clientFor({ polls: ["in_progress"] });
    const error = await rejectionOf(
      // Long enough for the create and a poll to answer on a loaded machine.
      runDataExport(client, range, { pollIntervalMs: 5, maxPollIntervalMs: 50, maxWaitMs: 1500 }),
      ExportTimeoutError,
    );
    expect(error).toMatchObject({
      jobIdentifier: "job1",
      maxWaitMs: 1500,
      lastStatus: "in_progress",
    });
    expect(paths()).toContain("POST /export/cancel/job1");
  });

  it("stops polling when aborted mid-poll, and cancels unless told not to", async () => {
    for (const cancelOnAbort of [true, false]) {
      const client = await clientFor({ polls: ["in_progress"] });
      const controller = new AbortController();
      const error = await rejectionOf(
        runDataExport(client, range, {
          ...fast,
          cancelOnAbort,
          signal: controller.signal,
          onProgress: (p) => {
            if (p.attempt === 2) controller.abort(new Error("user left"));
          },
        }),
        AbortError,
      );
      expect(error.cause).toEqual(new Error("user left"));
      const polls = paths().filter((p) => p === "GET /export/content/data/job1");
      expect(polls).toHaveLength(2);
      expect(paths().includes("POST /export/cancel/job1")).toBe(cancelOnAbort);
      await server?.close();
    }
  });

  it("waits out a 429 on a poll and carries on", async () => {
    const limited = (res: import("node:http").ServerResponse) => {
      res.writeHead(429, { "content-type": "application/json", "retry-after": "0" });
      res.end(
        JSON.stringify({
          type: "error.list",
          errors: [{ code: "rate_limit_exceeded", message: "slow down" }],
        }),
      );
    };
    const client = await clientFor({ polls: [limited, limited, "completed"] });
    const progress: ExportProgress[] = [];
    const result = await runDataExport(client, range, {
      ...fast,
      onProgress: (p) => progress.push(p),
    });
    expect(result.status).toBe("completed");
    expect(progress.map((p) => [p.attempt, p.status])).toEqual([[3, "completed"]]);
  });

  it("streams a 50,000-row export: the first row arrives before the body ends", async () => {
    const held = heldDownload(50_000, 100);
    const client = await clientFor({ polls: ["completed"], download: held.serve });
    const result = await runDataExport(client, range, fast);
    let count = 0;
    let last: Record<string, string> | undefined;
    for await (const row of readExportRows(result)) {
      if (count === 0) {
        expect(row.conversation_id).toBe("c0");
        expect(held.bodyEnded()).toBe(false);
        held.release();
      }
      count += 1;
      last = row;
    }
    expect(count).toBe(50_000);
    expect(last?.conversation_id).toBe("c49999");
  });

  it("stops the download when aborted mid-body", async () => {
    const held = heldDownload(1_000, 10);
    const client = await clientFor({ polls: ["completed"], download: held.serve });
    const controller = new AbortController();
    const result = await runDataExport(client, range, { ...fast, signal: controller.signal });
    const rows = readExportRows(result);
    expect((await rows.next()).value).toMatchObject({ conversation_id: "c0" });
    controller.abort();
    await rejectionOf(
      (async () => {
        for await (const _ of rows);
      })(),
      AbortError,
    );
    expect(held.bodyEnded()).toBe(false);
  });

  it("turns a truncated gzip body into ExportDownloadError", async () => {
    const whole = gzipSync(csvOf(500));
    const client = await clientFor({
      polls: ["completed"],
      download: (res) => {
        res.writeHead(200, { "content-type": "application/octet-stream" });
        res.end(whole.subarray(0, whole.length - 12));
      },
    });
    const result = await runDataExport(client, range, fast);
    const error = await rejectionOf(
      (async () => {
        for await (const _ of readExportRows(result));
      })(),
      ExportDownloadError,
    );
    expect(error.jobIdentifier).toBe("job1");
    // The raw stream fails the same way.
    const stream = await result.stream();
    await rejectionOf(new Response(stream).arrayBuffer(), ExportDownloadError);
  });

  it("gives the raw gunzipped bytes through stream()", async () => {
    const client = await clientFor({ polls: ["completed"] });
    const result = await runDataExport(client, range, fast);
    expect(await new Response(await result.stream()).text()).toBe(csvOf(3));
  });

  it("refuses a non-positive limit before sending anything", async () => {
    const client = await clientFor({ polls: ["completed"] });
    await rejectionOf(runDataExport(client, range, { maxWaitMs: 0 }), ConfigurationError);
    expect(paths()).toEqual([]);
  });
});

describe("runDataExportReport", () => {
  const report = {
    dataset_id: "conversation",
    attribute_ids: ["conversation.conversation_id"],
    start_time: 1_717_490_000,
    end_time: 1_717_510_000,
    app_id: "abc123",
    client_id: "client1",
  };

  it("enqueues, polls until complete, and streams the rows", async () => {
    const client = await clientFor({ polls: ["pending", "complete"] });
    const result = await runDataExportReport(client, report, fast);
    expect(result.status).toBe("completed");
    let count = 0;
    for await (const _ of readExportRows(result)) count += 1;
    expect(count).toBe(3);
    const status = server?.requests.find((r) => r.path === "/export/reporting_data/job1");
    expect(Object.fromEntries(status?.query ?? [])).toEqual({
      app_id: "abc123",
      client_id: "client1",
    });
    const download = server?.requests.find((r) => r.path === "/download/reporting_data/job1");
    expect(download?.query.get("app_id")).toBe("abc123");
  });

  it("throws ExportFailedError on failed and ExportTimeoutError past the limit", async () => {
    const client = await clientFor({ polls: ["failed"] });
    expect(
      (await rejectionOf(runDataExportReport(client, report, fast), ExportFailedError)).status,
    ).toBe("failed");
    const slow = await clientFor({ polls: ["pending"] });
    await rejectionOf(
      runDataExportReport(slow, report, { pollIntervalMs: 5, maxWaitMs: 40 }),
      ExportTimeoutError,
    );
  });
});
