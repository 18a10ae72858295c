/**
 * The operations of the 2.16 description the sandbox gives real semantics,
 * as `METHOD /template` exactly as the description spells the path. Every
 * other operation of the description is answered 501 (see `not-emulated.ts`).
 */
export const EMULATED_OPERATIONS: ReadonlySet<string> = new Set([
  // admins
  "GET /me",
  "GET /admins",
  "GET /admins/{admin_id}",
  // contacts
  "GET /contacts",
  "POST /contacts",
  "GET /contacts/{contact_id}",
  "PUT /contacts/{contact_id}",
  "DELETE /contacts/{contact_id}",
  "POST /contacts/search",
  "GET /contacts/find_by_external_id/{external_id}",
  "POST /contacts/{contact_id}/archive",
  "POST /contacts/{contact_id}/unarchive",
  "GET /contacts/{contact_id}/tags",
  "POST /contacts/{contact_id}/tags",
  "DELETE /contacts/{contact_id}/tags/{tag_id}",
  "GET /contacts/{contact_id}/notes",
  "POST /contacts/{contact_id}/notes",
  "GET /contacts/{contact_id}/companies",
  "POST /contacts/{contact_id}/companies",
  "DELETE /contacts/{contact_id}/companies/{company_id}",
  // companies
  "POST /companies",
  "GET /companies",
  "GET /companies/{company_id}",
  "PUT /companies/{company_id}",
  "DELETE /companies/{company_id}",
  "POST /companies/list",
  "GET /companies/scroll",
  "GET /companies/{company_id}/contacts",
  // conversations
  "GET /conversations",
  "POST /conversations",
  "GET /conversations/{conversation_id}",
  "POST /conversations/search",
  "POST /conversations/{conversation_id}/reply",
  "POST /conversations/{conversation_id}/parts",
  "POST /conversations/{conversation_id}/tags",
  "DELETE /conversations/{conversation_id}/tags/{tag_id}",
  // tags, notes, segments, events
  "GET /tags",
  "POST /tags",
  "GET /tags/{tag_id}",
  "DELETE /tags/{tag_id}",
  "GET /notes/{note_id}",
  "GET /segments",
  "GET /segments/{segment_id}",
  "POST /events",
  "GET /events",
  // articles
  "GET /articles",
  "POST /articles",
  "GET /articles/{article_id}",
  "PUT /articles/{article_id}",
  "DELETE /articles/{article_id}",
  // tickets
  "GET /ticket_types",
  "POST /tickets",
  "GET /tickets/{ticket_id}",
  "POST /tickets/search",
]);
