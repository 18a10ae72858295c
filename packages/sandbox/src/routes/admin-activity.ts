import { Hono } from "hono";
import { nowSeconds, storeOf } from "../app/context-helpers.js";
import type { SandboxEnv } from "../app/env.js";
import { optionalInteger } from "../http/body-fields.js";
import { badRequest, notFound, parameterMissing } from "../http/error-list.js";
import { readJsonObject } from "../http/read-json.js";
import { numberedPage } from "../paging/page-number.js";
import { pageParam, perPageParam } from "../paging/paging-params.js";
import { serializeAdmin } from "../serialize/admin.js";
import type { ActivityLogRecord, AdminRecord } from "../store/records.js";
import type { Store } from "../store/store.js";

/** The activity types the sandbox records (`GET /admins/activity_log_event_types`). */
export const ACTIVITY_TYPES = [
  "admin_login_success",
  "admin_away_mode_change",
  "app_data_attribute_created",
  "app_data_attribute_updated",
  "conversation_deletion",
  "conversation_part_redaction",
  "content_data_export_created",
] as const;

/** Appends one line to the workspace's activity log, as the admin whose token is used. */
export function logActivity(
  store: Store,
  type: (typeof ACTIVITY_TYPES)[number],
  description: string,
  metadata: ActivityLogRecord["metadata"],
  at: number,
  adminId = store.meAdminId,
): void {
  store.activityLogs.push({
    id: store.ids.sequence("activity_log"),
    admin_id: adminId,
    activity_type: type,
    activity_description: description,
    metadata,
    created_at: at,
  });
}

/** Away mode, away reasons and the activity log of the workspace's admins. */
export function adminActivityRoutes(): Hono<SandboxEnv> {
  const routes = new Hono<SandboxEnv>();

  routes.put("/admins/:admin_id/away", async (c) => {
    const store = storeOf(c);
    const admin = store.admins.get(c.req.param("admin_id"));
    if (!admin) return notFound.admin(c);
    const body = await readJsonObject(c);
    if (body instanceof Response) return body;
    if (typeof body.away_mode_enabled !== "boolean")
      return parameterMissing(c, "away_mode_enabled");
    if (typeof body.away_mode_reassign !== "boolean") {
      return parameterMissing(c, "away_mode_reassign");
    }
    const reasonId = optionalInteger(body.away_status_reason_id);
    if (reasonId !== null && !store.awayStatusReasons.has(String(reasonId))) {
      return badRequest(
        c,
        "away_status_reason_id is not an away status reason",
        "away_status_reason_id",
      );
    }
    setAway(store, admin, body.away_mode_enabled, body.away_mode_reassign, reasonId, nowSeconds(c));
    return c.json(serializeAdmin(admin));
  });

  routes.get("/admins/activity_logs", (c) => {
    const store = storeOf(c);
    const after = optionalInteger(Number(c.req.query("created_at_after")));
    if (after === null) return parameterMissing(c, "created_at_after");
    const beforeRaw = c.req.query("created_at_before");
    const before = beforeRaw === undefined ? Number.POSITIVE_INFINITY : Number(beforeRaw);
    if (!Number.isFinite(before) && beforeRaw !== undefined) {
      return badRequest(c, "created_at_before must be a UNIX timestamp", "created_at_before");
    }
    // Newest first, as Intercom lists them.
    const logs = store.activityLogs
      .filter((log) => log.created_at >= after && log.created_at <= before)
      .sort((a, b) => b.created_at - a.created_at || Number(b.id) - Number(a.id));
    const page = numberedPage(
      logs,
      pageParam(c.req.query("page")),
      perPageParam(c.req.query("per_page"), 20, 250),
    );
    return c.json({
      type: "activity_log.list",
      pages: page.pages,
      activity_logs: page.items.map((log) => serializeActivityLog(log, store)),
    });
  });

  routes.get("/admins/activity_log_event_types", (c) =>
    c.json({ type: "activity_log_event_type.list", event_types: [...ACTIVITY_TYPES] }),
  );

  routes.get("/away_status_reasons", (c) => {
    const store = storeOf(c);
    const data = [...store.awayStatusReasons.values()].map((reason) => ({
      type: "away_status_reason",
      id: reason.id,
      label: reason.label,
      emoji: reason.emoji,
      order: reason.order,
      deleted: false,
      created_at: store.workspace.created_at,
      updated_at: store.workspace.created_at,
    }));
    return c.json({ type: "list", data });
  });

  return routes;
}

function setAway(
  store: Store,
  admin: AdminRecord,
  enabled: boolean,
  reassign: boolean,
  reasonId: number | null,
  at: number,
): void {
  const previous = admin.away_mode_enabled;
  admin.away_mode_enabled = enabled;
  admin.away_mode_reassign = enabled && reassign;
  admin.away_status_reason_id = enabled ? reasonId : null;
  const reason = reasonId === null ? undefined : store.awayStatusReasons.get(String(reasonId));
  logActivity(
    store,
    "admin_away_mode_change",
    `${admin.name} changed their away mode from ${previous ? "away" : "active"} to ${enabled ? "away" : "active"}.`,
    {
      away_mode: enabled,
      reassign_conversations: admin.away_mode_reassign,
      ...(reason ? { away_status_reason: reason.label } : {}),
    },
    at,
    admin.id,
  );
}

function serializeActivityLog(log: ActivityLogRecord, store: Store) {
  const admin = store.admins.get(log.admin_id);
  return {
    id: log.id,
    performed_by: {
      type: "admin",
      id: log.admin_id,
      ...(admin ? { email: admin.email } : {}),
      ip: "127.0.0.1",
    },
    metadata: log.metadata,
    created_at: log.created_at,
    activity_type: log.activity_type,
    activity_description: log.activity_description,
  };
}
