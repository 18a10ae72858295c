// Hand-written helpers of this domain go next to this file; the operations are generated.
export * from "./generated/index.js";
export {
  type ContactSearchField,
  contactSearch,
} from "./search/contact-search.js";
