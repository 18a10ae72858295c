import { identifyAdmin } from "@intercom-kit/admins";
import {
  attachContactTag,
  createContact,
  listContacts,
  retrieveContact,
} from "@intercom-kit/contacts";
import {
  createConversation,
  replyConversation,
  retrieveConversation,
} from "@intercom-kit/conversations";
import { type Client, NotFoundError } from "@intercom-kit/core";
import type { Contact } from "@intercom-kit/models";
import { createTag } from "@intercom-kit/tags";
import { runExport } from "./export-step.ts";
import { connectWithOAuth } from "./oauth-step.ts";
import { bold, dim, green, heading, line, yellow } from "./print.ts";
import { progressBar } from "./progress.ts";
import { typedSearch } from "./search-step.ts";
import type { RateLimitPause } from "./target.ts";
import { receiveWebhook } from "./webhook-step.ts";

const RUN = Date.now().toString(36);

/** Intercom always sends ids; where the description does not require one, say so once here. */
function idOf(resource: { id?: string | undefined } | null | undefined, what: string): string {
  if (!resource?.id) throw new Error(`the API returned a ${what} without an id`);
  return resource.id;
}

export async function runTour(
  client: Client,
  write: boolean,
  pauses: RateLimitPause[],
  sandboxUrl?: string,
): Promise<void> {
  let step = 0;
  const skipped = () => line(dim("skipped: read-only (pass --write)"));

  heading(++step, "Who does this token belong to?");
  const { data: me, response } = await identifyAdmin(client).withResponse();
  if (!me) throw new Error("the token has no admin (it may be an OAuth token without admin scope)");
  const adminId = idOf(me, "admin");
  line(`${green("✔")} ${me.name} <${me.email}>${me.app?.name ? ` in ${me.app.name}` : ""}`);
  line(
    dim(
      `request ${response.requestId ?? "-"} · rate limit remaining ${response.rateLimit.remaining ?? "n/a"}`,
    ),
  );

  heading(++step, "Create contacts");
  const created: Contact[] = [];
  if (write) {
    for (const name of ["Ada Lovelace", "Grace Hopper", "Alan Turing"]) {
      const email = `${name.split(" ")[0]?.toLowerCase()}.${RUN}@example.com`;
      const contact = await createContact(client, { role: "user", email, name });
      created.push(contact);
      line(`${green("+")} ${contact.name} ${dim(contact.id)}`);
    }
  } else skipped();

  heading(++step, "A typed search: users and leads whose email ends with @example.com");
  await typedSearch(client);

  heading(++step, "Page through every contact");
  // The first page says how many there are, so the bar is drawn from it.
  let bar: ReturnType<typeof progressBar> | undefined;
  let seen = 0;
  for await (const page of listContacts(client, { per_page: 50 }).pages()) {
    bar ??= progressBar(page.body.total_count ?? 0);
    seen += page.items.length;
    bar.update(seen);
  }
  bar?.finish();
  line(`${green("✔")} ${seen} contacts`);

  heading(++step, "Tag a contact");
  const target = created[0];
  if (write && target) {
    const tag = await createTag(client, { body: { name: `demo-${RUN}` } });
    const contactId = target.id;
    await attachContactTag(client, { contact_id: contactId, id: idOf(tag, "tag") });
    const tagged = await retrieveContact(client, { contact_id: contactId });
    const attached = tagged.tags?.data?.some((t) => t.id === tag.id) === true;
    line(
      `${attached ? green("✔") : yellow("✘")} ${tagged.name} is tagged ${bold(tag.name ?? "")} ${dim(`(tag ${tag.id})`)}`,
    );
  } else skipped();

  heading(++step, "A conversation with a reply and a note");
  if (write && target) {
    const started = await createConversation(client, {
      from: { type: "user", id: target.id },
      body: "Hi! Can I export my invoices as CSV?",
    });
    const conversationId = started.conversation_id;
    line(`${target.name}: “Hi! Can I export my invoices as CSV?” ${dim(conversationId)}`);
    await replyConversation(client, {
      conversation_id: conversationId,
      body: {
        message_type: "comment",
        type: "admin",
        admin_id: adminId,
        body: "Yes: Settings → Billing → Export.",
      },
    });
    line(`${me.name}: “Yes: Settings → Billing → Export.”`);
    await replyConversation(client, {
      conversation_id: conversationId,
      body: {
        message_type: "note",
        type: "admin",
        admin_id: adminId,
        body: "Asked about CSV exports twice this month.",
      },
    });
    line(dim(`note by ${me.name}: “Asked about CSV exports twice this month.”`));
    const conversation = await retrieveConversation(client, { conversation_id: conversationId });
    const parts = conversation.conversation_parts?.conversation_parts ?? [];
    line(
      `${green("✔")} the conversation now has ${parts.length} parts: ${parts.map((p) => p.part_type).join(", ")}`,
    );
  } else skipped();

  heading(++step, "Sixty lookups at once: the rate limiter paces them");
  const ids = (await listContacts(client, { per_page: 60 })).items.map((c) => c.id);
  const started = Date.now();
  const before = pauses.length;
  await Promise.all(ids.map((contact_id) => retrieveContact(client, { contact_id })));
  const waits = pauses.slice(before);
  if (waits.length > 0) {
    const longest = Math.max(...waits.map((w) => w.waitMs));
    line(
      `${yellow("⏸")}  the limiter held ${waits.length} calls back, the longest for ${(longest / 1000).toFixed(1)} s, at the window budget`,
    );
  }
  line(
    `${green("✔")} ${ids.length} lookups in ${((Date.now() - started) / 1000).toFixed(1)} s, no 429 reached the caller`,
  );

  heading(++step, "A webhook, verified before it is trusted (local: the demo signs it)");
  const [first] = (await listContacts(client, { per_page: 1 })).items;
  if (first) await receiveWebhook(first);

  heading(++step, "Connect a workspace with OAuth (local: the sandbox approves it)");
  if (sandboxUrl) await connectWithOAuth(sandboxUrl);
  else line(dim("skipped: approving an app needs a browser; run without INTERCOM_TOKEN to see it"));
  heading(++step, "A content data export, polled to its end and streamed");
  // Creating an export is a write at Intercom (one runs per workspace at a time).
  if (write) await runExport(client);
  else skipped();

  heading(++step, "A contact that does not exist");
  try {
    await retrieveContact(client, { contact_id: "does-not-exist" });
    line("unexpected: the API found it");
  } catch (error) {
    if (!(error instanceof NotFoundError)) throw error;
    line(
      `${yellow("handled")} ${error.name}: status ${error.status}, code ${error.code}, request ${error.requestId ?? "-"}`,
    );
  }
}
