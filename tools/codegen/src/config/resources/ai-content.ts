import { type PackageNode, paged } from "../resource-tree.ts";

export const aiContent: PackageNode = {
  noun: null,
  summary: "Content that Fin learns from: import sources and the external pages they hold.",
  resources: {
    contentImportSources: {
      noun: ["ContentImportSource", "ContentImportSources"],
      operations: {
        list: {
          op: "GET /ai/content_import_sources",
          summary: "Lists the sources external content is imported from.",
          paged: paged("page", "data"),
        },
        create: {
          op: "POST /ai/content_import_sources",
          summary: "Adds a source to import external content from.",
        },
        retrieve: {
          op: "GET /ai/content_import_sources/{source_id}",
          summary: "Fetches one content import source.",
        },
        update: {
          op: "PUT /ai/content_import_sources/{source_id}",
          summary: "Changes a content import source's settings.",
        },
        delete: {
          op: "DELETE /ai/content_import_sources/{source_id}",
          summary: "Removes a content import source and what it imported.",
        },
      },
    },
    externalPages: {
      noun: ["ExternalPage", "ExternalPages"],
      operations: {
        list: {
          op: "GET /ai/external_pages",
          summary: "Lists the external pages Fin can use.",
          paged: paged("page", "data"),
        },
        create: {
          op: "POST /ai/external_pages",
          summary: "Adds an external page, or replaces the one with the same external id.",
        },
        retrieve: { op: "GET /ai/external_pages/{page_id}", summary: "Fetches one external page." },
        update: {
          op: "PUT /ai/external_pages/{page_id}",
          summary: "Changes an external page's content or settings.",
        },
        delete: { op: "DELETE /ai/external_pages/{page_id}", summary: "Removes an external page." },
      },
    },
  },
};
