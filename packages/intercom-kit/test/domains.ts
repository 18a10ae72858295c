// The domain functions the umbrella tests call (validation, types, pagination),
// through the umbrella's own dependencies.
export { listArticles } from "@intercom-kit/articles";
export { retrieveCallRecording, retrieveCallTranscript } from "@intercom-kit/calls";
export { listCompanies, scrollCompanies } from "@intercom-kit/companies";
export {
  createContact,
  listContactMergeHistory,
  listContacts,
  retrieveContact,
  searchContacts,
} from "@intercom-kit/contacts";
export { attachConversationTag, listConversations } from "@intercom-kit/conversations";
export { listDataEvents } from "@intercom-kit/data-events";
export { createMessage } from "@intercom-kit/messages";
export { createTag, tags } from "@intercom-kit/tags";
export { searchTickets } from "@intercom-kit/tickets";
