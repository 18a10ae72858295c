/**
 * Sections about a domain's hand-written helpers, appended to its generated
 * README after the operations table. The helpers live in the package's
 * `src/` beside `generated/`; their guide is `docs/guides/<name>.md`.
 */
export const README_HELPERS: Readonly<Record<string, string>> = {
  "data-export": `## Helpers: run an export and stream its rows

\`runDataExport\` creates a content export, polls it with growing waits until it ends, and resolves with a result to download from. \`runDataExportReport\` does the same for a reporting dataset. \`readExportRows\`, from the \`/rows\` subpath (it brings csv-parse, which the main entry does not), yields the CSV records as the gzipped file arrives, one chunk in memory at a time. A \`failed\` or \`canceled\` job throws \`ExportFailedError\`, the \`maxWaitMs\` limit \`ExportTimeoutError\`, and a broken download \`ExportDownloadError\`. \`no_data\` resolves with \`status: "no_data"\` and yields no rows. See [the guide](https://github.com/intercom-kit/intercom-kit/blob/main/docs/guides/exports-and-jobs.md).

\`\`\`ts
import { createClient } from "@intercom-kit/core";
import { runDataExport } from "@intercom-kit/data-export";
import { readExportRows } from "@intercom-kit/data-export/rows";
import { startSandbox } from "@intercom-kit/sandbox";

const sandbox = await startSandbox(); // against Intercom: createClient({ token: process.env.INTERCOM_TOKEN ?? "" })
try {
  const client = createClient({ token: sandbox.token, baseUrl: sandbox.url });
  const now = Math.floor(Date.now() / 1000);
  const result = await runDataExport(
    client,
    { created_at_after: now - 7 * 86_400, created_at_before: now },
    { maxWaitMs: 10 * 60_000, onProgress: (p) => console.log(p.attempt, p.status) },
  );
  for await (const row of readExportRows(result)) console.log(row);
} finally {
  await sandbox.stop();
}
\`\`\`
`,
  jobs: `## Helper: wait for a job

\`waitForJob(client, jobOrId, options)\` polls \`retrieveJobStatus\` with growing waits until the job says \`success\`, and resolves with its last answer (\`resource_id\`, \`resource_url\`). A \`failed\` job throws \`JobFailedError\`, the \`maxWaitMs\` limit \`JobTimeoutError\`, and the \`signal\` the core's \`AbortError\`. In API 2.16, \`enqueueTicket\` (in \`@intercom-kit/tickets\`) answers with such a job. See [the guide](https://github.com/intercom-kit/intercom-kit/blob/main/docs/guides/exports-and-jobs.md).

\`\`\`ts
import { createClient } from "@intercom-kit/core";
import { waitForJob } from "@intercom-kit/jobs";
import { startSandbox } from "@intercom-kit/sandbox";
import { enqueueTicket } from "@intercom-kit/tickets";

const sandbox = await startSandbox(); // against Intercom: createClient({ token: process.env.INTERCOM_TOKEN ?? "" })
try {
  const client = createClient({ token: sandbox.token, baseUrl: sandbox.url });
  // Ids from the sandbox's seeded workspace; against Intercom, your own.
  const [type] = sandbox.store.ticketTypes.values();
  const [contact] = sandbox.store.contacts.values();
  const job = await enqueueTicket(client, { ticket_type_id: type?.id ?? "", contacts: [{ id: contact?.id ?? "" }] });
  const done = await waitForJob(client, job, { maxWaitMs: 60_000 });
  console.log(done.resource_url);
} finally {
  await sandbox.stop();
}
\`\`\`
`,
};
