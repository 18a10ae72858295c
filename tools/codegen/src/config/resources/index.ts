import type { PackageNode } from "../resource-tree.ts";
import { admins } from "./admins.ts";
import { aiContent } from "./ai-content.ts";
import { articles } from "./articles.ts";
import { audiences } from "./audiences.ts";
import { calls } from "./calls.ts";
import { companies } from "./companies.ts";
import { contacts } from "./contacts.ts";
import { content } from "./content.ts";
import { conversations } from "./conversations.ts";
import { customObjects } from "./custom-objects.ts";
import { dataAttributes } from "./data-attributes.ts";
import { dataConnectors } from "./data-connectors.ts";
import { dataEvents } from "./data-events.ts";
import { dataExport } from "./data-export.ts";
import { fin } from "./fin.ts";
import { helpCenter } from "./help-center.ts";
import { internalArticles } from "./internal-articles.ts";
import { jobs } from "./jobs.ts";
import { macros } from "./macros.ts";
import { messages } from "./messages.ts";
import { news } from "./news.ts";
import { notes } from "./notes.ts";
import { officeHours } from "./office-hours.ts";
import { segments } from "./segments.ts";
import { subscriptionTypes } from "./subscription-types.ts";
import { tags } from "./tags.ts";
import { teams } from "./teams.ts";
import { tickets } from "./tickets.ts";
import { visitors } from "./visitors.ts";
import { workspace } from "./workspace.ts";

/**
 * Every top-level resource, by its client member (`client.contacts`). Each is
 * one package, named by the key in kebab case (`helpCenter` →
 * `@intercom-kit/help-center`); docs/domains.md lists them.
 */
export const RESOURCE_TREE: Readonly<Record<string, PackageNode>> = {
  admins,
  aiContent,
  articles,
  audiences,
  calls,
  companies,
  contacts,
  content,
  conversations,
  customObjects,
  dataAttributes,
  dataConnectors,
  dataEvents,
  dataExport,
  fin,
  helpCenter,
  internalArticles,
  jobs,
  macros,
  messages,
  news,
  notes,
  officeHours,
  segments,
  subscriptionTypes,
  tags,
  teams,
  tickets,
  visitors,
  workspace,
};
