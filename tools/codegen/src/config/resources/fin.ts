import type { PackageNode } from "../resource-tree.ts";

export const fin: PackageNode = {
  noun: ["Fin", "Fin"],
  summary: "Fin, Intercom's AI agent: conversations run through its API, and Fin Voice calls.",
  resources: {
    conversations: {
      noun: ["Conversation", "Conversations"],
      operations: {
        start: {
          op: "POST /fin/start",
          summary: "Hands a user's message to Fin, starting a conversation with it.",
        },
        reply: {
          op: "POST /fin/reply",
          summary: "Sends a user's follow-up message to Fin in a conversation it runs.",
        },
        rate: {
          op: "POST /fin/csat",
          summary: "Records the satisfaction rating a user gave Fin's answer.",
        },
      },
    },
    voiceCalls: {
      noun: ["VoiceCall", "VoiceCalls"],
      operations: {
        register: {
          op: "POST /fin_voice/register",
          summary: "Registers a phone call that Fin Voice is to handle.",
        },
        retrieve: {
          op: "GET /fin_voice/collect/{id}",
          summary: "Fetches a Fin Voice call by its id.",
        },
        retrieveByExternalId: {
          op: "GET /fin_voice/external_id/{external_id}",
          summary: "Fetches a Fin Voice call by your own call id.",
        },
        retrieveByPhoneNumber: {
          op: "GET /fin_voice/phone_number/{phone_number}",
          summary: "Fetches the latest Fin Voice call from a phone number.",
        },
        listByConversation: {
          op: "GET /fin_voice/conversation/{conversation_id}",
          summary: "Lists the Fin Voice calls of one conversation.",
        },
      },
    },
  },
};
