import type { PackageNode } from "../resource-tree.ts";

export const dataExport: PackageNode = {
  noun: ["DataExport", "DataExports"],
  summary: "Exports of message content data and of reporting datasets, and their downloads.",
  operations: {
    create: {
      op: "POST /export/content/data",
      summary: "Starts a job exporting message content data for a time range.",
    },
    retrieve: {
      op: "GET /export/content/data/{job_identifier}",
      summary: "Fetches a content export job's status.",
    },
    cancel: {
      op: "POST /export/cancel/{job_identifier}",
      summary: "Stops a content export job that has not finished.",
    },
    download: {
      op: "GET /download/content/data/{job_identifier}",
      summary: "Streams a finished content export as a gzipped CSV file.",
    },
  },
  resources: {
    reports: {
      noun: ["Report", "Reports"],
      operations: {
        enqueue: {
          op: "POST /export/reporting_data/enqueue",
          summary: "Starts a job exporting one reporting dataset for a time range.",
        },
        retrieve: {
          op: "GET /export/reporting_data/{job_identifier}",
          summary: "Fetches a reporting export job's status.",
        },
        download: {
          op: "GET /download/reporting_data/{job_identifier}",
          summary: "Streams a finished reporting export as a gzipped CSV file.",
        },
      },
      resources: {
        datasets: {
          noun: ["Dataset", "Datasets"],
          operations: {
            list: {
              op: "GET /export/reporting_data/get_datasets",
              summary: "Lists the reporting datasets and the attributes each can export.",
            },
          },
        },
      },
    },
  },
};
