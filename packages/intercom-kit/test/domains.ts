// The domain functions the umbrella tests call (validation, types, pagination),
// through the umbrella's own dependencies.
export { listArticles } from "@intercom-kit/articles";
export { retrieveCallRecording, retrieveCallTranscript } from "@intercom-kit/calls";
export { scrollCompanies } from "@intercom-kit/companies";
export {
  listContactMergeHistory,
  listContacts,
  retrieveContact,
  searchContacts,
} from "@intercom-kit/contacts";
export { listConversations } from "@intercom-kit/conversations";
export { createTag, tags } from "@intercom-kit/tags";
export { searchTickets } from "@intercom-kit/tickets";
