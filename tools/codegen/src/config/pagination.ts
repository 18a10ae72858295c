import type { PaginationStrategy } from "../model/operation-model.ts";

/**
 * How each paginated operation pages, and which response field holds its
 * items. The strategies are the core's (see @intercom-kit/core next-target).
 * The description's `pages` schema does not tell a cursor from a page
 * number, so the table is explicit; the generator checks that every entry's
 * items field exists in the response and that its paging param is declared.
 */
export const PAGINATION: Readonly<
  Record<string, { readonly strategy: PaginationStrategy; readonly items: string }>
> = {
  // ?starting_after=… from pages.next.starting_after
  listContacts: { strategy: "cursor", items: "data" },
  listConversations: { strategy: "cursor", items: "conversations" },
  listMacros: { strategy: "cursor", items: "data" },
  listDataConnectors: { strategy: "cursor", items: "data" },
  listDataConnectorExecutionResults: { strategy: "cursor", items: "data" },
  getWhatsAppMessageStatus: { strategy: "cursor", items: "events" },
  // body.pagination.starting_after
  searchContacts: { strategy: "search", items: "data" },
  searchConversations: { strategy: "search", items: "conversations" },
  searchTickets: { strategy: "search", items: "tickets" },
  // ?page=N until pages.page reaches pages.total_pages
  listActivityLogs: { strategy: "page", items: "activity_logs" },
  listContentImportSources: { strategy: "page", items: "data" },
  listExternalPages: { strategy: "page", items: "data" },
  listArticles: { strategy: "page", items: "data" },
  listArticleVersions: { strategy: "page", items: "data" },
  listHelpCenterRedirects: { strategy: "page", items: "data" },
  listAllCollections: { strategy: "page", items: "data" },
  listInternalArticles: { strategy: "page", items: "data" },
  retrieveCompany: { strategy: "page", items: "data" },
  listAllCompanies: { strategy: "page", items: "data" },
  listAttachedContacts: { strategy: "page", items: "data" },
  listCompanyNotes: { strategy: "page", items: "data" },
  listCompaniesForAContact: { strategy: "page", items: "companies" },
  listNotes: { strategy: "page", items: "data" },
  searchContent: { strategy: "page", items: "data" },
  listSideConversations: { strategy: "page", items: "side_conversations" },
  listDeletedConversationIds: { strategy: "page", items: "conversations" },
  listCustomObjectInstances: { strategy: "page", items: "data" },
  listNewsItems: { strategy: "page", items: "data" },
  listNewsfeeds: { strategy: "page", items: "data" },
  listLiveNewsfeedItems: { strategy: "page", items: "data" },
  listSegments: { strategy: "page", items: "segments" },
  listCalls: { strategy: "page", items: "data" },
  // ?scroll_param=… until data comes back empty
  scrollOverAllCompanies: { strategy: "scroll", items: "data" },
  // ?cursor=… from next_cursor while has_more
  listContactMergeHistory: { strategy: "merge", items: "data" },
};

/** The request param each strategy writes; it must be declared by the operation. */
export const PAGING_PARAM: Readonly<Record<PaginationStrategy, string | undefined>> = {
  cursor: "starting_after",
  search: "pagination",
  page: "page",
  scroll: "scroll_param",
  link: undefined,
  merge: "cursor",
};
