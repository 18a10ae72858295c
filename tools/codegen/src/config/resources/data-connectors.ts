import { type PackageNode, paged } from "../resource-tree.ts";

export const dataConnectors: PackageNode = {
  noun: ["DataConnector", "DataConnectors"],
  summary: "Data connectors that call your APIs from workflows and Fin, and their run results.",
  operations: {
    list: {
      op: "GET /data_connectors",
      summary: "Lists the workspace's data connectors.",
      paged: paged("cursor", "data"),
    },
    create: { op: "POST /data_connectors", summary: "Sets up a new data connector." },
    retrieve: { op: "GET /data_connectors/{id}", summary: "Fetches one data connector." },
    update: {
      op: "PATCH /data_connectors/{id}",
      summary: "Changes some of a data connector's settings.",
    },
    delete: { op: "DELETE /data_connectors/{id}", summary: "Deletes a data connector." },
  },
  resources: {
    executionResults: {
      noun: ["ExecutionResult", "ExecutionResults"],
      operations: {
        list: {
          op: "GET /data_connectors/{data_connector_id}/execution_results",
          summary: "Lists a data connector's recent runs and how they went.",
          paged: paged("cursor", "data"),
        },
        retrieve: {
          op: "GET /data_connectors/{data_connector_id}/execution_results/{id}",
          summary: "Fetches one run of a data connector.",
        },
      },
    },
  },
};
