// The domain functions the type tests call, through the umbrella's own dependencies.
export { showCallRecording, showCallTranscript } from "@intercom-kit/calls";
export { listContacts, searchContacts, showContact } from "@intercom-kit/contacts";
export { listConversations } from "@intercom-kit/conversations";
export { searchTickets } from "@intercom-kit/tickets";
