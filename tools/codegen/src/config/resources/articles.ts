import { type PackageNode, paged } from "../resource-tree.ts";

export const articles: PackageNode = {
  noun: ["Article", "Articles"],
  summary: "Help center articles, their drafts, versions and tags.",
  operations: {
    list: {
      op: "GET /articles",
      summary: "Lists the workspace's help center articles.",
      paged: paged("page", "data"),
    },
    create: { op: "POST /articles", summary: "Writes a new article, as a draft or published." },
    retrieve: { op: "GET /articles/{article_id}", summary: "Fetches one article by id." },
    update: { op: "PUT /articles/{article_id}", summary: "Changes an article's content or state." },
    delete: { op: "DELETE /articles/{article_id}", summary: "Deletes an article." },
    search: {
      op: "GET /articles/search",
      summary: "Finds published articles by phrase, state or help center.",
    },
  },
  resources: {
    draft: {
      noun: ["Draft", "Drafts"],
      operations: {
        retrieve: { op: "GET /articles/{id}/draft", summary: "Fetches an article's staged draft." },
        stage: {
          op: "PUT /articles/{id}/draft",
          summary: "Saves changes to an article as a draft, without publishing them.",
        },
        publish: {
          op: "POST /articles/{id}/draft/publish",
          summary: "Publishes an article's staged draft.",
        },
      },
    },
    tags: {
      noun: ["Tag", "Tags"],
      operations: {
        attach: { op: "POST /articles/{article_id}/tags", summary: "Tags an article." },
        detach: {
          op: "DELETE /articles/{article_id}/tags/{id}",
          summary: "Removes a tag from an article.",
        },
      },
    },
    versions: {
      noun: ["Version", "Versions"],
      operations: {
        list: {
          op: "GET /articles/{article_id}/versions",
          summary: "Lists an article's earlier versions.",
          paged: paged("page", "data"),
        },
        retrieve: {
          op: "GET /articles/{article_id}/versions/{id}",
          summary: "Fetches one earlier version of an article.",
        },
      },
    },
  },
};
