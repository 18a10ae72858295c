// Paginated functions the pagination tests call, through the umbrella's own dependencies.
export { listArticles } from "@intercom-kit/articles";
export { scrollOverAllCompanies } from "@intercom-kit/companies";
export { listContactMergeHistory, searchContacts } from "@intercom-kit/contacts";
