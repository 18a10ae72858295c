/**
 * Which tags of the description make up each domain package. A domain is
 * usually one tag; small related tags share a package so users install a
 * handful of packages rather than forty. docs/domains.md lists the same table.
 */
export interface Domain {
  /** Package directory and npm name suffix: `@intercom-kit/<name>`. */
  readonly name: string;
  /** The facade plugin and client member, e.g. `contacts()` → `client.contacts`. */
  readonly facade: string;
  readonly tags: readonly string[];
  /** One line for package.json and the README. */
  readonly summary: string;
}

export const DOMAINS: readonly Domain[] = [
  {
    name: "admins",
    facade: "admins",
    tags: ["Admins", "Away Status Reasons", "Teams"],
    summary: "Admins (teammates), their away status and activity logs, and teams.",
  },
  {
    name: "ai-content",
    facade: "aiContent",
    tags: ["AI Content"],
    summary: "Content import sources and external pages that Fin learns from.",
  },
  {
    name: "articles",
    facade: "articles",
    tags: ["Articles"],
    summary: "Help center articles, their drafts, versions and tags.",
  },
  {
    name: "audiences",
    facade: "audiences",
    tags: ["Audiences"],
    summary: "Audiences: saved sets of people to target.",
  },
  {
    name: "calls",
    facade: "calls",
    tags: ["Calls", "Switch"],
    summary: "Phone calls, recordings, transcripts, Fin Voice and phone-call redirects (Switch).",
  },
  {
    name: "companies",
    facade: "companies",
    tags: ["Companies"],
    summary: "Companies, their contacts, segments and notes, and the companies scroll.",
  },
  {
    name: "contacts",
    facade: "contacts",
    tags: ["Contacts", "Banners", "Notes", "Segments", "Subscription Types"],
    summary: "Contacts (users and leads), their notes, segments, subscriptions, tags and banners.",
  },
  {
    name: "content",
    facade: "content",
    tags: ["Content", "Content Snippets", "Macros"],
    summary: "Knowledge content search and bulk actions, content snippets and macros.",
  },
  {
    name: "conversations",
    facade: "conversations",
    tags: ["Conversations", "Conversations Attributes"],
    summary: "Conversations, replies, parts, search, and conversation attributes.",
  },
  {
    name: "custom-objects",
    facade: "customObjects",
    tags: ["Custom Object Instances"],
    summary: "Custom object instances.",
  },
  {
    name: "data-attributes",
    facade: "dataAttributes",
    tags: ["Data Attributes"],
    summary: "Data attributes of contacts and companies.",
  },
  {
    name: "data-connectors",
    facade: "dataConnectors",
    tags: ["Data Connectors"],
    summary: "Data connectors and their execution results.",
  },
  {
    name: "events",
    facade: "events",
    tags: ["Data Events"],
    summary: "Data events: submit, list and summarise.",
  },
  {
    name: "data-export",
    facade: "dataExport",
    tags: ["Data Export", "Reporting Data Export", "Jobs"],
    summary: "Content and reporting data exports, their downloads, and job status.",
  },
  {
    name: "fin",
    facade: "fin",
    tags: ["Fin Agent"],
    summary: "The Fin agent API: start, reply, rate.",
  },
  {
    name: "help-center",
    facade: "helpCenter",
    tags: ["Help Center"],
    summary: "Help centers, collections and redirects.",
  },
  {
    name: "internal-articles",
    facade: "internalArticles",
    tags: ["Internal Articles"],
    summary: "Internal articles for teammates.",
  },
  {
    name: "messages",
    facade: "messages",
    tags: ["Messages", "WhatsApp"],
    summary: "Outbound messages and WhatsApp message status.",
  },
  { name: "news", facade: "news", tags: ["News"], summary: "News items and newsfeeds." },
  {
    name: "office-hours",
    facade: "officeHours",
    tags: ["Office Hours"],
    summary: "Office hours schedules and their exceptions.",
  },
  {
    name: "tags",
    facade: "tags",
    tags: ["Tags"],
    summary: "Tags: create, find, delete, and tag or untag in bulk.",
  },
  {
    name: "tickets",
    facade: "tickets",
    tags: ["Tickets", "Ticket Types", "Ticket Type Attributes", "Ticket States"],
    summary: "Tickets, ticket types, their attributes, and ticket states.",
  },
  {
    name: "visitors",
    facade: "visitors",
    tags: ["Visitors"],
    summary: "Visitors: retrieve, update, convert to contacts.",
  },
  {
    name: "workspace",
    facade: "workspace",
    tags: ["Brands", "Emails", "IP Allowlist", "Workflows"],
    summary: "Workspace settings: brands, email settings, the IP allowlist, workflow export.",
  },
];
