import { type PackageNode, paged } from "../resource-tree.ts";

export const news: PackageNode = {
  noun: null,
  summary: "News items and the newsfeeds that show them.",
  resources: {
    items: {
      noun: ["NewsItem", "NewsItems"],
      operations: {
        list: {
          op: "GET /news/news_items",
          summary: "Lists every news item, drafts included.",
          paged: paged("page", "data"),
        },
        create: { op: "POST /news/news_items", summary: "Writes a news item." },
        retrieve: { op: "GET /news/news_items/{news_item_id}", summary: "Fetches one news item." },
        update: { op: "PUT /news/news_items/{news_item_id}", summary: "Changes a news item." },
        delete: { op: "DELETE /news/news_items/{news_item_id}", summary: "Deletes a news item." },
      },
    },
    feeds: {
      noun: ["Newsfeed", "Newsfeeds"],
      operations: {
        list: {
          op: "GET /news/newsfeeds",
          summary: "Lists the workspace's newsfeeds.",
          paged: paged("page", "data"),
        },
        retrieve: { op: "GET /news/newsfeeds/{newsfeed_id}", summary: "Fetches one newsfeed." },
      },
      resources: {
        items: {
          noun: ["Item", "Items"],
          operations: {
            list: {
              op: "GET /news/newsfeeds/{newsfeed_id}/items",
              summary: "Lists the news items live in one newsfeed.",
              paged: paged("page", "data"),
            },
          },
        },
      },
    },
  },
};
