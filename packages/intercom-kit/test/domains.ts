// The domain functions the umbrella tests call (validation, types, pagination),
// through the umbrella's own dependencies.
export { listArticles } from "@intercom-kit/articles";
export { showCallRecording, showCallTranscript } from "@intercom-kit/calls";
export { scrollOverAllCompanies } from "@intercom-kit/companies";
export {
  listContactMergeHistory,
  listContacts,
  searchContacts,
  showContact,
} from "@intercom-kit/contacts";
export { listConversations } from "@intercom-kit/conversations";
export { createTag, tags } from "@intercom-kit/tags";
export { searchTickets } from "@intercom-kit/tickets";
