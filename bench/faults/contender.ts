// One contender of bench/faults, in a process of its own (run.ts starts it):
// the cases of the fault table against a fresh raw-TCP fault server each,
// one JSON line per case as it ends, then a summary line. The process must
// then exit by itself; run.ts measures how soon it does. The gzip bombs run
// in a process of their own (`bombs`), one after the other, so the memory
// they take is theirs and a crash loses no other result.
//
//   node bench/faults/contender.ts <kit-umbrella | kit-core-retry | intercom-client> <others | bombs>
import { createContact, retrieveContact } from "@intercom-kit/contacts";
import { type Client, createClient, type Operation } from "@intercom-kit/core";
import { runOperation } from "@intercom-kit/core/internal";
import { rateLimit } from "@intercom-kit/rate-limit";
import { retry } from "@intercom-kit/retry";
import { IntercomClient } from "intercom-client";
import { FAULT_CASES, type FaultCase } from "../../tools/test-support/src/fault-cases.ts";
import { startFaultServer } from "../../tools/test-support/src/fault-server.ts";

export type ContenderName = "kit-umbrella" | "kit-core-retry" | "intercom-client";

export interface Measured {
  readonly id: string;
  /** `data`, the error's class name, or `unsettled` when it had not ended by the cap. */
  readonly outcome: string;
  readonly detail: string;
  readonly requests: number;
  readonly elapsedMs: number;
}

export interface ContenderSummary {
  readonly done: true;
  readonly unhandled: number;
  readonly peakRssGrowthMiB: number;
}

/** A call still running after this is recorded as not settling, and aborted. */
export const SETTLE_CAP_MS = 15_000;

const name = process.argv[2] as ContenderName;
const part = process.argv[3] === "bombs" ? "bombs" : "others";
let unhandled = 0;
process.on("unhandledRejection", () => {
  unhandled += 1;
});
const silent = { warn: () => undefined };
const token = "bench-token";

// deleteTag's metadata, as @intercom-kit/tags generates it (bench does not depend on that package).
const deleteTag: Operation = {
  id: "deleteTag",
  method: "DELETE",
  path: "/tags/{tag_id}",
  response: "empty",
  retrySafe: true,
};

function kitCall(client: Client, c: FaultCase, signal: AbortSignal): Promise<unknown> {
  if (c.target === "retrieve") return retrieveContact(client, { contact_id: "c1" }, { signal });
  if (c.target === "create") return createContact(client, { email: "a@b.co" }, { signal });
  return runOperation(client, deleteTag, { tag_id: "7" }, { signal });
}

function call(c: FaultCase, baseUrl: string, signal: AbortSignal): Promise<unknown> {
  if (name === "intercom-client") {
    const official = new IntercomClient({ token, baseUrl, timeoutInSeconds: c.timeoutMs / 1000 });
    const options = { abortSignal: signal };
    if (c.target === "retrieve") return official.contacts.find({ contact_id: "c1" }, options);
    if (c.target === "create") return official.contacts.create({ email: "a@b.co" }, options);
    return official.tags.delete({ tag_id: "7" }, options);
  }
  const base = createClient({ token, baseUrl, timeout: c.timeoutMs, logger: silent }).use(retry());
  // The umbrella's defaults: createIntercom preinstalls retry() and rateLimit(), in that order.
  const client = name === "kit-umbrella" ? base.use(rateLimit()) : base;
  return kitCall(client, c, signal);
}

async function run(c: FaultCase): Promise<Measured> {
  const server = await startFaultServer(c.faultFor);
  const controller = new AbortController();
  const started = performance.now();
  let outcome = "data";
  let detail = "";
  let cap: ReturnType<typeof setTimeout> | undefined;
  const capped = new Promise<"unsettled">((resolve) => {
    cap = setTimeout(() => resolve("unsettled"), SETTLE_CAP_MS);
  });
  try {
    const result = await Promise.race([call(c, server.url, controller.signal), capped]);
    if (result === "unsettled") {
      outcome = "unsettled";
      detail = `still running after ${SETTLE_CAP_MS / 1000} s`;
    }
  } catch (error) {
    const e = error as Error & { statusCode?: number; responseStatus?: number };
    outcome = e.constructor?.name ?? e.name;
    const status = e.responseStatus ?? e.statusCode;
    detail = `${status === undefined ? "" : `${status}: `}${e.message.replace(/\s+/g, " ").slice(0, 90)}`;
  } finally {
    clearTimeout(cap);
  }
  const elapsedMs = Math.round(performance.now() - started);
  controller.abort();
  await server.close();
  return { id: c.id, outcome, detail, requests: server.requests.length, elapsedMs };
}

const rssBefore = process.memoryUsage().rss;
const isBomb = (c: FaultCase) => c.expect.outcome === "ResponseTooLargeError";
const report = (result: Measured) => console.log(JSON.stringify(result));
if (part === "bombs") {
  for (const c of FAULT_CASES.filter(isBomb)) report(await run(c));
} else {
  await Promise.all(FAULT_CASES.filter((c) => !isBomb(c)).map(async (c) => report(await run(c))));
}
const summary: ContenderSummary = {
  done: true,
  unhandled,
  peakRssGrowthMiB: Math.round((process.resourceUsage().maxRSS * 1024 - rssBefore) / 2 ** 20),
};
console.log(JSON.stringify(summary));
