import type { ServerResponse } from "node:http";
import { AbortError, ConfigurationError, createClient } from "@intercom-kit/core";
import {
  type LoopbackServer,
  startLoopbackServer,
} from "@intercom-kit/test-support/loopback-server";
import { rejectionOf } from "@intercom-kit/test-support/rejection";
import { afterEach, describe, expect, it } from "vitest";
import { JobFailedError, type JobProgress, JobTimeoutError, waitForJob } from "../src/index.js";

type Reply = string | ((res: ServerResponse) => void);
let server: LoopbackServer | undefined;

afterEach(async () => {
  await server?.close();
  server = undefined;
});

/** A loopback `/jobs/status/20` answering one scripted reply per poll; the last repeats. */
async function clientFor(replies: readonly Reply[]) {
  let poll = 0;
  server = await startLoopbackServer((request, res) => {
    const reply = replies[Math.min(poll, replies.length - 1)] ?? "pending";
    poll += 1;
    if (typeof reply === "function") return reply(res);
    res.writeHead(200, { "content-type": "application/json" });
    res.end(
      JSON.stringify({
        type: "job",
        id: request.path.split("/").pop(),
        status: reply,
        resource_type: "ticket",
        resource_id: reply === "success" ? "123" : null,
      }),
    );
  });
  return createClient({ token: "t", baseUrl: server.url });
}

const fast = { pollIntervalMs: 1, maxPollIntervalMs: 2 };

describe("waitForJob", () => {
  it("polls until success, reporting each poll", async () => {
    const client = await clientFor(["pending", "pending", "success"]);
    const progress: JobProgress[] = [];
    const job = await waitForJob(client, "20", { ...fast, onProgress: (p) => progress.push(p) });
    expect(job).toMatchObject({ id: "20", status: "success", resource_id: "123" });
    expect(progress.map((p) => [p.attempt, p.status])).toEqual([
      [1, "pending"],
      [2, "pending"],
      [3, "success"],
    ]);
    expect(server?.requests.map((r) => r.path)).toEqual(Array(3).fill("/jobs/status/20"));
  });

  it("takes the job an operation answered with", async () => {
    const client = await clientFor(["success"]);
    const job = await waitForJob(client, { type: "job", id: "20", status: "pending" }, fast);
    expect(job.status).toBe("success");
  });

  it("throws JobFailedError on failed", async () => {
    const client = await clientFor(["pending", "failed"]);
    const error = await rejectionOf(waitForJob(client, "20", fast), JobFailedError);
    expect(error).toMatchObject({ jobId: "20", status: "failed" });
  });

  it("throws JobTimeoutError past maxWaitMs", async () => {
    const client = await clientFor(["pending"]);
    const error = await rejectionOf(
      // Long enough for a poll to answer on a loaded machine.
      waitForJob(client, "20", { pollIntervalMs: 5, maxPollIntervalMs: 50, maxWaitMs: 1500 }),
      JobTimeoutError,
    );
    expect(error).toMatchObject({ jobId: "20", maxWaitMs: 1500, lastStatus: "pending" });
  });

  it("stops when aborted mid-poll", async () => {
    const client = await clientFor(["pending"]);
    const controller = new AbortController();
    await rejectionOf(
      waitForJob(client, "20", {
        ...fast,
        signal: controller.signal,
        onProgress: (p) => {
          if (p.attempt === 2) controller.abort();
        },
      }),
      AbortError,
    );
    expect(server?.requests).toHaveLength(2);
  });

  it("waits out a 429 and polls again", async () => {
    const limited = (res: ServerResponse) => {
      res.writeHead(429, { "content-type": "application/json", "retry-after": "0" });
      res.end(
        JSON.stringify({
          type: "error.list",
          errors: [{ code: "rate_limit_exceeded", message: "x" }],
        }),
      );
    };
    const client = await clientFor([limited, "success"]);
    expect((await waitForJob(client, "20", fast)).status).toBe("success");
    expect(server?.requests).toHaveLength(2);
  });

  it("refuses an empty id or a bad limit before sending anything", async () => {
    const client = await clientFor(["success"]);
    await rejectionOf(waitForJob(client, ""), ConfigurationError);
    await rejectionOf(waitForJob(client, "20", { maxWaitMs: -1 }), ConfigurationError);
    expect(server?.requests).toHaveLength(0);
  });
});
