import { type PackageNode, paged } from "../resource-tree.ts";

export const internalArticles: PackageNode = {
  noun: ["InternalArticle", "InternalArticles"],
  summary: "Internal articles: knowledge for teammates and Copilot, not shown to customers.",
  operations: {
    list: {
      op: "GET /internal_articles",
      summary: "Lists the workspace's internal articles.",
      paged: paged("page", "data"),
    },
    create: { op: "POST /internal_articles", summary: "Writes a new internal article." },
    retrieve: {
      op: "GET /internal_articles/{internal_article_id}",
      summary: "Fetches one internal article.",
    },
    update: {
      op: "PUT /internal_articles/{internal_article_id}",
      summary: "Changes an internal article.",
    },
    delete: {
      op: "DELETE /internal_articles/{internal_article_id}",
      summary: "Deletes an internal article.",
    },
    search: {
      op: "GET /internal_articles/search",
      summary: "Finds internal articles by folder.",
    },
  },
  resources: {
    tags: {
      noun: ["Tag", "Tags"],
      operations: {
        attach: {
          op: "POST /internal_articles/{internal_article_id}/tags",
          summary: "Tags an internal article.",
        },
        detach: {
          op: "DELETE /internal_articles/{internal_article_id}/tags/{id}",
          summary: "Removes a tag from an internal article.",
        },
      },
    },
  },
};
