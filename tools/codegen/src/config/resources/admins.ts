import { type PackageNode, paged } from "../resource-tree.ts";

export const admins: PackageNode = {
  noun: ["Admin", "Admins"],
  summary: "Admins (teammates): who they are, their away status, and the workspace's activity log.",
  operations: {
    list: { op: "GET /admins", summary: "Lists every admin of the workspace." },
    retrieve: { op: "GET /admins/{admin_id}", summary: "Fetches one admin by id." },
    identify: {
      op: "GET /me",
      summary: "Fetches the admin that the access token belongs to, with its workspace.",
    },
  },
  resources: {
    away: {
      noun: ["Away", "Away"],
      operations: {
        update: {
          op: "PUT /admins/{admin_id}/away",
          summary:
            "Turns an admin's away mode on or off, optionally reassigning their conversations.",
        },
      },
    },
    activityLogs: {
      noun: ["ActivityLog", "ActivityLogs"],
      operations: {
        list: {
          op: "GET /admins/activity_logs",
          summary: "Lists what admins did in a time range, page by page.",
          paged: paged("page", "activity_logs"),
        },
        search: {
          op: "POST /admins/activity_logs/search",
          summary: "Finds activity log entries matching a filter of event types and admins.",
          readOnly: true,
        },
      },
      resources: {
        eventTypes: {
          noun: ["EventType", "EventTypes"],
          operations: {
            list: {
              op: "GET /admins/activity_log_event_types",
              summary: "Lists the event types an activity log entry can have.",
            },
          },
        },
      },
    },
    awayStatusReasons: {
      noun: ["AwayStatusReason", "AwayStatusReasons"],
      operations: {
        list: {
          op: "GET /away_status_reasons",
          summary: "Lists the reasons an admin can give for being away.",
        },
      },
    },
  },
};
