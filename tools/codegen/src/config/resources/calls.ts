import { type PackageNode, paged } from "../resource-tree.ts";

export const calls: PackageNode = {
  noun: ["Call", "Calls"],
  summary: "Phone calls, their recordings and transcripts, and redirects of calls to messaging.",
  operations: {
    list: {
      op: "GET /calls",
      summary: "Lists the workspace's phone calls, newest first.",
      paged: paged("page", "data"),
    },
    retrieve: { op: "GET /calls/{call_id}", summary: "Fetches one call by id." },
    listWithTranscripts: {
      op: "POST /calls/search",
      summary: "Fetches the calls of up to 20 conversations, each with its transcript.",
      readOnly: true,
    },
  },
  resources: {
    recording: {
      noun: ["Recording", "Recordings"],
      operations: {
        retrieve: {
          op: "GET /calls/{call_id}/recording",
          summary: "Resolves to the short-lived URL of a call's recording.",
        },
      },
    },
    transcript: {
      noun: ["Transcript", "Transcripts"],
      operations: {
        retrieve: {
          op: "GET /calls/{call_id}/transcript",
          summary: "Fetches a call's transcript as plain text.",
        },
      },
    },
    redirects: {
      noun: ["Redirect", "Redirects"],
      operations: {
        create: {
          op: "POST /phone_call_redirects",
          summary: "Texts a caller a link that moves their phone call to Messenger or WhatsApp.",
        },
      },
    },
  },
};
