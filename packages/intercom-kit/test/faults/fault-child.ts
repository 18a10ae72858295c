// Run by faults.test.ts as a child process, with Node's own TypeScript
// support: every case of the fault table through one stack, the umbrella's
// defaults (`createIntercom`: retry + rate limit) or core + retry, against
// a fresh raw-TCP fault server each. It prints one JSON line per case, then
// a last line with the unhandled rejections, the peak memory growth and the
// handles still open, and must then exit on its own: nothing may keep the
// event loop alive. It imports the built packages (`intercom-kit` refers to
// itself), so the umbrella is built before its tests run.
import { createContact, retrieveContact } from "@intercom-kit/contacts";
import { createClient } from "@intercom-kit/core";
import { retry } from "@intercom-kit/retry";
import { deleteTag } from "@intercom-kit/tags";
import { FAULT_CASES, type FaultCase } from "@intercom-kit/test-support/fault-cases";
import { startFaultServer } from "@intercom-kit/test-support/fault-server";
import { createIntercom } from "intercom-kit";

export type Stack = "umbrella" | "core+retry";

/** What one case did, as the child reports it. */
export interface CaseResult {
  readonly id: string;
  readonly outcome: string;
  /** The error's `responseStatus`; null when it had none (or the call succeeded). */
  readonly responseStatus: number | null;
  readonly requests: number;
  readonly elapsedMs: number;
  readonly message: string | null;
}

export interface ChildSummary {
  readonly done: true;
  readonly unhandled: readonly string[];
  readonly peakRssGrowthBytes: number;
  /** `process.getActiveResourcesInfo()` 100 ms after every call settled and every server closed. */
  readonly resources: readonly string[];
}

const stack = process.argv[2] as Stack;
const unhandled: string[] = [];
process.on("unhandledRejection", (reason) => unhandled.push(String(reason)));
const silent = { warn: () => undefined };

function call(c: FaultCase, baseUrl: string): Promise<unknown> {
  const options = { token: "fault-token", baseUrl, timeout: c.timeoutMs, logger: silent };
  if (stack === "umbrella") {
    const intercom = createIntercom(options);
    if (c.target === "retrieve") return intercom.contacts.retrieve({ contact_id: "c1" });
    if (c.target === "create") return intercom.contacts.create({ email: "a@b.co" });
    return intercom.tags.delete({ tag_id: "7" });
  }
  const client = createClient(options).use(retry());
  if (c.target === "retrieve") return retrieveContact(client, { contact_id: "c1" });
  if (c.target === "create") return createContact(client, { email: "a@b.co" });
  return deleteTag(client, { tag_id: "7" });
}

async function run(c: FaultCase): Promise<CaseResult> {
  const server = await startFaultServer(c.faultFor);
  const started = performance.now();
  let outcome = "data";
  let responseStatus: number | null = null;
  let message: string | null = null;
  try {
    await call(c, server.url);
  } catch (error) {
    const e = error as Error & { responseStatus?: number };
    outcome = e.name;
    responseStatus = e.responseStatus ?? null;
    message = e.message;
  }
  const elapsedMs = Math.round(performance.now() - started);
  await server.close();
  return {
    id: c.id,
    outcome,
    responseStatus,
    requests: server.requests.length,
    elapsedMs,
    message,
  };
}

// An optional third argument runs only the cases whose id contains it (for debugging one fault).
const only = process.argv[3];
const cases = FAULT_CASES.filter((c) => only === undefined || c.id.includes(only));
const rssBefore = process.memoryUsage().rss;
const bombs = cases.filter((c) => c.expect.outcome === "ResponseTooLargeError");
const rest = cases.filter((c) => !bombs.includes(c));
// The bombs one after another, where their memory is easy to see; the rest side by side.
const results: CaseResult[] = [];
for (const c of bombs) results.push(await run(c));
results.push(...(await Promise.all(rest.map(run))));
for (const result of results) console.log(JSON.stringify(result));

// Sockets and servers closed a moment ago are released on a later turn of
// the event loop; look at what is still open once they have been.
await new Promise((resolve) => setTimeout(resolve, 100));
const summary: ChildSummary = {
  done: true,
  unhandled,
  peakRssGrowthBytes: process.resourceUsage().maxRSS * 1024 - rssBefore,
  resources: process.getActiveResourcesInfo(),
};
console.log(JSON.stringify(summary));
