import { type PackageNode, paged } from "../resource-tree.ts";

export const customObjects: PackageNode = {
  noun: ["CustomObject", "CustomObjects"],
  summary: "Instances of the workspace's custom object types.",
  resources: {
    instances: {
      noun: ["Instance", "Instances"],
      operations: {
        list: {
          op: "GET /custom_object_instances/{custom_object_type_identifier}",
          summary:
            "Lists instances of a custom object type, or those linked to a contact or conversation.",
          paged: paged("page", "data"),
        },
        upsert: {
          op: "POST /custom_object_instances/{custom_object_type_identifier}",
          summary: "Creates an instance, or updates the one with the same external id.",
        },
        retrieve: {
          op: "GET /custom_object_instances/{custom_object_type_identifier}/{custom_object_instance_id}",
          summary: "Fetches one instance by Intercom id.",
        },
        delete: {
          op: "DELETE /custom_object_instances/{custom_object_type_identifier}/{custom_object_instance_id}",
          summary: "Deletes an instance by Intercom id.",
        },
        deleteByExternalId: {
          op: "DELETE /custom_object_instances/{custom_object_type_identifier}",
          summary: "Deletes the instance with the given external id.",
        },
      },
    },
  },
};
