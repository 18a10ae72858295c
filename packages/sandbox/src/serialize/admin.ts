import type { AdminRecord } from "../store/records.js";
import type { Store } from "../store/store.js";

/** The `admin` schema. */
export function serializeAdmin(admin: AdminRecord) {
  return {
    type: "admin",
    id: admin.id,
    name: admin.name,
    email: admin.email,
    job_title: admin.job_title,
    away_mode_enabled: admin.away_mode_enabled,
    away_mode_reassign: admin.away_mode_reassign,
    away_status_reason_id: admin.away_status_reason_id,
    has_inbox_seat: admin.has_inbox_seat,
    team_ids: admin.team_ids,
    avatar: null,
  };
}

/** The `admin_with_app` schema, answered by `GET /me`. */
export function serializeAdminWithApp(admin: AdminRecord, store: Store) {
  return {
    type: "admin",
    id: admin.id,
    name: admin.name,
    email: admin.email,
    job_title: admin.job_title,
    away_mode_enabled: admin.away_mode_enabled,
    away_mode_reassign: admin.away_mode_reassign,
    has_inbox_seat: admin.has_inbox_seat,
    team_ids: admin.team_ids,
    avatar: { type: "avatar", image_url: null },
    email_verified: true,
    app: {
      type: "app",
      id_code: store.workspace.id_code,
      name: store.workspace.name,
      region: store.workspace.region,
      timezone: store.workspace.timezone,
      created_at: store.workspace.created_at,
      identity_verification: false,
    },
  };
}
