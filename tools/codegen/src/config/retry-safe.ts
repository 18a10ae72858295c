/**
 * POST operations that only read, so a retry after a lost response cannot
 * create or change anything. GET, PUT and DELETE are retry-safe by method.
 */
export const RETRY_SAFE_POSTS: ReadonlySet<string> = new Set([
  "searchContacts",
  "searchConversations",
  "searchTickets",
  "searchActivityLogs",
  "listCallsWithTranscripts",
  // POST only because the filter travels in the query; it lists companies.
  "listAllCompanies",
]);
