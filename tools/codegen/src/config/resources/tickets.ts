import { type PackageNode, paged } from "../resource-tree.ts";

export const tickets: PackageNode = {
  noun: ["Ticket", "Tickets"],
  summary: "Tickets, their replies, tags and linked conversations; ticket types and states.",
  operations: {
    search: {
      op: "POST /tickets/search",
      summary: "Finds tickets matching a query on their attributes.",
      paged: paged("search", "tickets"),
      readOnly: true,
    },
    create: { op: "POST /tickets", summary: "Opens a ticket for one or more contacts." },
    enqueue: {
      op: "POST /tickets/enqueue",
      summary: "Queues the creation of a ticket and answers with the job to follow.",
    },
    retrieve: { op: "GET /tickets/{ticket_id}", summary: "Fetches one ticket by id." },
    update: {
      op: "PUT /tickets/{ticket_id}",
      summary: "Changes a ticket's attributes, state, assignee or visibility.",
    },
    delete: { op: "DELETE /tickets/{ticket_id}", summary: "Deletes a ticket for good." },
    reply: {
      op: "POST /tickets/{ticket_id}/reply",
      summary: "Adds a reply or a note to a ticket, as an admin or a contact.",
    },
    changeType: {
      op: "POST /tickets/{ticket_id}/change_type",
      summary: "Moves a ticket to another ticket type.",
    },
  },
  resources: {
    conversations: {
      noun: ["Conversation", "Conversations"],
      operations: {
        link: {
          op: "POST /tickets/{ticket_id}/linked_conversations",
          summary: "Links a conversation to a ticket.",
        },
        unlink: {
          op: "DELETE /tickets/{ticket_id}/linked_conversations/{id}",
          summary: "Unlinks a conversation from a ticket.",
        },
      },
    },
    tags: {
      noun: ["Tag", "Tags"],
      operations: {
        attach: { op: "POST /tickets/{ticket_id}/tags", summary: "Tags a ticket." },
        detach: {
          op: "DELETE /tickets/{ticket_id}/tags/{tag_id}",
          summary: "Removes a tag from a ticket.",
        },
      },
    },
    states: {
      noun: ["State", "States"],
      operations: {
        list: { op: "GET /ticket_states", summary: "Lists the states a ticket can be in." },
      },
    },
    types: {
      noun: ["Type", "Types"],
      operations: {
        list: { op: "GET /ticket_types", summary: "Lists the workspace's ticket types." },
        create: { op: "POST /ticket_types", summary: "Adds a ticket type." },
        retrieve: {
          op: "GET /ticket_types/{ticket_type_id}",
          summary: "Fetches one ticket type with its attributes.",
        },
        update: {
          op: "PUT /ticket_types/{ticket_type_id}",
          summary: "Changes a ticket type's name, icon, category or archived state.",
        },
      },
      resources: {
        attributes: {
          noun: ["Attribute", "Attributes"],
          operations: {
            create: {
              op: "POST /ticket_types/{ticket_type_id}/attributes",
              summary: "Adds an attribute to a ticket type.",
            },
            update: {
              op: "PUT /ticket_types/{ticket_type_id}/attributes/{attribute_id}",
              summary: "Changes an attribute of a ticket type.",
            },
          },
        },
      },
    },
  },
};
