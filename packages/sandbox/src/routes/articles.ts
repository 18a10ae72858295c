import { Hono } from "hono";
import { nowSeconds, storeOf } from "../app/context-helpers.js";
import type { SandboxEnv } from "../app/env.js";
import { optionalInteger, optionalString } from "../http/body-fields.js";
import { badRequest, errorResponse, notFound } from "../http/error-list.js";
import { type JsonObject, readJsonObject } from "../http/read-json.js";
import { numberedPage } from "../paging/page-number.js";
import { pageParam, perPageParam } from "../paging/paging-params.js";
import { serializeArticle, serializeArticleListItem } from "../serialize/article.js";
import type { ArticleRecord } from "../store/records.js";

/** Article pages hold 25 articles unless `per_page` (at most 250) says otherwise. */
const DEFAULT_PER_PAGE = 25;
const MAX_PER_PAGE = 250;

/** Articles: list (page numbers), create, retrieve, update, delete. */
export function articleRoutes(): Hono<SandboxEnv> {
  const routes = new Hono<SandboxEnv>();

  routes.get("/articles", (c) => {
    const store = storeOf(c);
    const articles = [...store.articles.values()].sort(
      (a, b) => b.updated_at - a.updated_at || Number(b.id) - Number(a.id),
    );
    const page = numberedPage(
      articles,
      pageParam(c.req.query("page")),
      perPageParam(c.req.query("per_page"), DEFAULT_PER_PAGE, MAX_PER_PAGE),
    );
    return c.json({
      type: "list",
      pages: page.pages,
      total_count: page.totalCount,
      data: page.items.map((article) => serializeArticleListItem(article, store)),
    });
  });

  routes.post("/articles", async (c) => {
    const body = await readJsonObject(c);
    if (body instanceof Response) return body;
    const store = storeOf(c);
    const title = optionalString(body.title);
    const authorId = optionalInteger(body.author_id);
    if (title === null)
      return errorResponse(
        c,
        400,
        "parameter_not_found",
        "title must be in the main body",
        "title",
      );
    if (authorId === null) {
      return errorResponse(
        c,
        400,
        "parameter_not_found",
        "author_id must be in the main body",
        "author_id",
      );
    }
    if (!store.admins.has(String(authorId)))
      return badRequest(c, "author_id is not an admin", "author_id");
    const state = body.state === undefined ? "draft" : body.state;
    if (state !== "draft" && state !== "published")
      return badRequest(c, "state must be draft or published", "state");
    const parentId = body.parent_id == null ? null : optionalInteger(Number(body.parent_id));
    if (parentId !== null && !store.collections.has(String(parentId))) {
      return badRequest(c, "parent_id is not a collection", "parent_id");
    }
    const now = nowSeconds(c);
    const article: ArticleRecord = {
      id: store.ids.sequence("article"),
      title,
      description: optionalString(body.description) ?? "",
      body: optionalString(body.body) ?? "",
      author_id: authorId,
      state,
      parent_id: parentId,
      created_at: now,
      updated_at: now,
      tag_ids: [],
    };
    store.articles.set(article.id, article);
    return c.json(serializeArticle(article, store));
  });

  routes.get("/articles/:article_id", (c) => {
    const store = storeOf(c);
    const article = store.articles.get(c.req.param("article_id"));
    return article ? c.json(serializeArticle(article, store)) : notFound.resource(c);
  });

  routes.put("/articles/:article_id", async (c) => {
    const store = storeOf(c);
    const article = store.articles.get(c.req.param("article_id"));
    if (!article) return notFound.resource(c);
    const body = await readJsonObject(c);
    if (body instanceof Response) return body;
    const problem = applyArticleUpdate(article, body);
    if (problem) return badRequest(c, problem.message, problem.field);
    article.updated_at = Math.max(nowSeconds(c), article.updated_at);
    return c.json(serializeArticle(article, store));
  });

  routes.delete("/articles/:article_id", (c) => {
    const store = storeOf(c);
    const id = c.req.param("article_id");
    if (!store.articles.delete(id)) return notFound.resource(c);
    return c.json({ id, object: "article", deleted: true });
  });

  return routes;
}

function applyArticleUpdate(
  article: ArticleRecord,
  body: JsonObject,
): { message: string; field: string } | undefined {
  if (body.state !== undefined && body.state !== "draft" && body.state !== "published") {
    return { message: "state must be draft or published", field: "state" };
  }
  if (body.title !== undefined) {
    const title = optionalString(body.title);
    if (title === null) return { message: "title cannot be empty", field: "title" };
    article.title = title;
  }
  if (body.description !== undefined) article.description = optionalString(body.description) ?? "";
  if (body.body !== undefined) article.body = optionalString(body.body) ?? "";
  if (body.author_id !== undefined)
    article.author_id = optionalInteger(body.author_id) ?? article.author_id;
  if (body.state === "draft" || body.state === "published") article.state = body.state;
  if (body.parent_id !== undefined) article.parent_id = optionalInteger(Number(body.parent_id));
  return undefined;
}
