/**
 * Operations tagged with more than one domain's tags, pinned to one package.
 * The rule: an operation lives with the resource at the head of its path
 * (`/contacts/{id}/tags` → contacts), so attaching a tag to a ticket is a
 * tickets call. Single-domain operations follow their tag (config/domains.ts).
 */
export const OPERATION_DOMAINS: Readonly<Record<string, string>> = {
  attachTagToArticle: "articles",
  detachTagFromArticle: "articles",
  listAttachedContacts: "companies",
  listCompanyNotes: "companies",
  createCompanyNote: "companies",
  updateContact: "contacts",
  listCompaniesForAContact: "contacts",
  attachContactToACompany: "contacts",
  detachContactFromACompany: "contacts",
  listTagsForAContact: "contacts",
  attachTagToContact: "contacts",
  detachTagFromContact: "contacts",
  attachTagToContentSnippet: "content",
  detachTagFromContentSnippet: "content",
  updateConversation: "conversations",
  attachTagToConversation: "conversations",
  detachTagFromConversation: "conversations",
  attachTagToInternalArticle: "internal-articles",
  detachTagFromInternalArticle: "internal-articles",
  attachTagToTicket: "tickets",
  detachTagFromTicket: "tickets",
};
