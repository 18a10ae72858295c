// Hand-written helpers of this domain go next to this file; the operations are generated.

export { ContactMergedError } from "@intercom-kit/core";
export * from "./generated/index.js";
export {
  type FollowMergedContactsOptions,
  followMergedContacts,
  type MergedContactFollow,
} from "./merged/follow-merged-contacts.js";
export {
  type ContactSearchField,
  contactSearch,
} from "./search/contact-search.js";
