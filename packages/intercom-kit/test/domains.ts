// The domain functions the umbrella tests call, through the umbrella's own dependencies.
export { listContacts, showContact } from "@intercom-kit/contacts";
export { createTag, tags } from "@intercom-kit/tags";
