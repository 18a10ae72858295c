import { type PackageNode, paged } from "../resource-tree.ts";

export const conversations: PackageNode = {
  noun: ["Conversation", "Conversations"],
  summary:
    "Conversations: replies, state changes, participants, tags, search, and conversation attributes.",
  operations: {
    list: {
      op: "GET /conversations",
      summary: "Lists every conversation of the workspace.",
      paged: paged("cursor", "conversations"),
    },
    search: {
      op: "POST /conversations/search",
      summary: "Finds conversations matching a query on their attributes.",
      paged: paged("search", "conversations"),
      readOnly: true,
    },
    create: {
      op: "POST /conversations",
      summary: "Starts a conversation on behalf of a contact.",
    },
    retrieve: {
      op: "GET /conversations/{conversation_id}",
      summary: "Fetches one conversation with its parts.",
    },
    update: {
      op: "PUT /conversations/{conversation_id}",
      summary: "Changes a conversation's read state, title or custom attributes.",
    },
    delete: {
      op: "DELETE /conversations/{conversation_id}",
      summary: "Deletes a conversation for good.",
    },
    reply: {
      op: "POST /conversations/{conversation_id}/reply",
      summary: "Adds a reply or a note to a conversation, as an admin or a contact.",
    },
    manage: {
      op: "POST /conversations/{conversation_id}/parts",
      summary: "Closes, snoozes, opens or assigns a conversation.",
    },
    merge: {
      op: "POST /conversations/{id}/merge",
      summary: "Merges a conversation into another one.",
    },
    redact: {
      op: "POST /conversations/redact",
      summary: "Blanks out one part, or the opening message, of a conversation.",
    },
    convertToTicket: {
      op: "POST /conversations/{conversation_id}/convert",
      summary: "Turns a conversation into a ticket of the given type.",
    },
  },
  resources: {
    attributes: {
      noun: ["Attribute", "Attributes"],
      operations: {
        list: {
          op: "GET /conversations/attributes",
          summary: "Lists the custom attributes conversations can have.",
        },
        create: {
          op: "POST /conversations/attributes",
          summary: "Adds a custom conversation attribute.",
        },
        retrieve: {
          op: "GET /conversations/attributes/{id}",
          summary: "Fetches one conversation attribute.",
        },
        update: {
          op: "PUT /conversations/attributes/{id}",
          summary: "Changes a conversation attribute's name, description or settings.",
        },
        delete: {
          op: "DELETE /conversations/attributes/{id}",
          summary: "Archives a conversation attribute.",
        },
      },
      resources: {
        options: {
          noun: ["Option", "Options"],
          operations: {
            create: {
              op: "POST /conversations/attributes/{id}/options",
              summary: "Adds an option to a list attribute.",
            },
            update: {
              op: "PUT /conversations/attributes/{id}/options/{option_id}",
              summary: "Renames an option of a list attribute.",
            },
            delete: {
              op: "DELETE /conversations/attributes/{id}/options/{option_id}",
              summary: "Archives an option of a list attribute.",
            },
          },
        },
      },
    },
    contacts: {
      noun: ["Contact", "Contacts"],
      operations: {
        attach: {
          op: "POST /conversations/{conversation_id}/customers",
          summary: "Adds a contact to a conversation as a participant.",
        },
        detach: {
          op: "DELETE /conversations/{conversation_id}/customers/{contact_id}",
          summary: "Removes a participant from a group conversation.",
        },
      },
    },
    deletedIds: {
      noun: ["DeletedId", "DeletedIds"],
      operations: {
        list: {
          op: "GET /conversations/deleted",
          summary: "Lists the ids of deleted conversations, so a copy can drop them.",
          paged: paged("page", "conversations"),
        },
      },
    },
    handlingEvents: {
      noun: ["HandlingEvent", "HandlingEvents"],
      operations: {
        list: {
          op: "GET /conversations/{id}/handling_events",
          summary: "Lists who handled a conversation when: assignments, pauses and resumes.",
        },
      },
    },
    sideConversations: {
      noun: ["SideConversation", "SideConversations"],
      operations: {
        list: {
          op: "GET /conversations/{id}/side_conversations",
          summary: "Lists the side conversations started from a conversation.",
          paged: paged("page", "side_conversations"),
        },
      },
    },
    tags: {
      noun: ["Tag", "Tags"],
      operations: {
        attach: {
          op: "POST /conversations/{conversation_id}/tags",
          summary: "Tags a conversation.",
        },
        detach: {
          op: "DELETE /conversations/{conversation_id}/tags/{tag_id}",
          summary: "Removes a tag from a conversation.",
        },
      },
    },
  },
};
