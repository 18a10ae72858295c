import type { PackageNode } from "../resource-tree.ts";

export const officeHours: PackageNode = {
  noun: ["OfficeHours", "OfficeHours"],
  summary: "Office hours schedules and the exceptions (holidays, closures) to them.",
  resources: {
    schedules: {
      noun: ["Schedule", "Schedules"],
      operations: {
        list: { op: "GET /office_hours_schedules", summary: "Lists the office hours schedules." },
        create: { op: "POST /office_hours_schedules", summary: "Adds an office hours schedule." },
        retrieve: {
          op: "GET /office_hours_schedules/{id}",
          summary: "Fetches one office hours schedule.",
        },
        update: {
          op: "PUT /office_hours_schedules/{id}",
          summary: "Changes a schedule's name, time zone or hours.",
        },
        delete: {
          op: "DELETE /office_hours_schedules/{id}",
          summary: "Deletes an office hours schedule.",
        },
      },
      resources: {
        exceptions: {
          noun: ["Exception", "Exceptions"],
          operations: {
            list: {
              op: "GET /office_hours_schedules/{office_hours_schedule_id}/office_hours_exceptions",
              summary: "Lists a schedule's exceptions.",
            },
            create: {
              op: "POST /office_hours_schedules/{office_hours_schedule_id}/office_hours_exceptions",
              summary: "Adds a closure or changed hours to a schedule.",
            },
            retrieve: {
              op: "GET /office_hours_schedules/{office_hours_schedule_id}/office_hours_exceptions/{id}",
              summary: "Fetches one exception of a schedule.",
            },
            update: {
              op: "PUT /office_hours_schedules/{office_hours_schedule_id}/office_hours_exceptions/{id}",
              summary: "Changes an exception of a schedule.",
            },
            delete: {
              op: "DELETE /office_hours_schedules/{office_hours_schedule_id}/office_hours_exceptions/{id}",
              summary: "Removes an exception from a schedule.",
            },
          },
        },
      },
    },
  },
};
