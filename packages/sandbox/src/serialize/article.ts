import { collectionChain } from "../routes/help-center.js";
import type { ArticleRecord } from "../store/records.js";
import type { Store } from "../store/store.js";

/** The `article_list_item` schema. */
export function serializeArticleListItem(article: ArticleRecord, store: Store) {
  return {
    type: "article",
    id: article.id,
    workspace_id: store.workspace.id_code,
    title: article.title,
    description: article.description,
    body: article.body,
    author_id: article.author_id,
    state: article.state,
    created_at: article.created_at,
    updated_at: article.updated_at,
    url:
      article.state === "published"
        ? `https://help.sandbox.example.com/en/articles/${article.id}-${slug(article.title)}`
        : null,
    // The collection an article is in, then the collections that one sits in.
    parent_ids: collectionChain(store, article.parent_id),
    default_locale: "en",
    tags: {
      type: "tag.list",
      tags: article.tag_ids.flatMap((id) => {
        const tag = store.tags.get(id);
        return tag ? [{ type: "tag", id: tag.id, name: tag.name }] : [];
      }),
    },
  };
}

/** The `article` schema: the list item plus statistics. */
export function serializeArticle(article: ArticleRecord, store: Store) {
  return {
    ...serializeArticleListItem(article, store),
    statistics: {
      type: "article_statistics",
      views: 0,
      conversions: 0,
      reactions: 0,
      happy_reaction_percentage: 0,
      neutral_reaction_percentage: 0,
      sad_reaction_percentage: 0,
    },
  };
}

function slug(title: string): string {
  return title
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-|-$/g, "");
}
