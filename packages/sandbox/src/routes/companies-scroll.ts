import { Hono } from "hono";
import { storeOf } from "../app/context-helpers.js";
import type { SandboxEnv } from "../app/env.js";
import { errorResponse } from "../http/error-list.js";
import { serializeCompany } from "../serialize/company.js";
import type { Store } from "../store/store.js";

/** A scroll page holds this many companies. */
export const SCROLL_PAGE_SIZE = 15;
/** A scroll not used for a minute is closed. */
export const SCROLL_IDLE_MS = 60_000;

/**
 * `GET /companies/scroll`, with Intercom's rules: one scroll open per
 * workspace (opening a second one while the first is live is a 400), a
 * `scroll_param` that expires after a minute idle, and an empty `data`
 * page that ends the scroll and frees the workspace for a new one.
 */
export function companyScrollRoutes(): Hono<SandboxEnv> {
  const routes = new Hono<SandboxEnv>();

  routes.get("/companies/scroll", (c) => {
    const store = storeOf(c);
    const nowMs = store.clock();
    expireIdleScroll(store, nowMs);
    const param = c.req.query("scroll_param");
    let scroll = store.scroll;
    if (param === undefined || param === "") {
      if (scroll) {
        return errorResponse(
          c,
          400,
          "scroll_exists",
          "scroll already exists for this workspace. Please ensure to use the previous scroll parameter",
        );
      }
      scroll = {
        param: store.ids.token(),
        ids: [...store.companies.values()]
          .sort((a, b) => a.created_at - b.created_at || (a.id < b.id ? -1 : 1))
          .map((company) => company.id),
        offset: 0,
        last_used_ms: nowMs,
      };
      store.scroll = scroll;
    } else if (!scroll || scroll.param !== param) {
      return errorResponse(
        c,
        404,
        "scroll_param_not_found",
        "scroll_param is not valid or the scroll has expired",
        "scroll_param",
      );
    }
    const ids = scroll.ids.slice(scroll.offset, scroll.offset + SCROLL_PAGE_SIZE);
    scroll.offset += ids.length;
    scroll.last_used_ms = nowMs;
    const data = ids.flatMap((id) => {
      const company = store.companies.get(id);
      return company ? [serializeCompany(company, store)] : [];
    });
    // The empty page is the end signal; the scroll is closed once it is sent.
    if (ids.length === 0) store.scroll = undefined;
    return c.json({ type: "list", data, total_count: null, scroll_param: scroll.param });
  });

  return routes;
}

function expireIdleScroll(store: Store, nowMs: number): void {
  if (store.scroll && nowMs - store.scroll.last_used_ms >= SCROLL_IDLE_MS) store.scroll = undefined;
}
