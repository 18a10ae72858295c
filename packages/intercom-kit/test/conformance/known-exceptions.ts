/**
 * Operations whose conformance call does not come back clean, each with how
 * it fails and why. Every entry is explained in docs/conformance.md; the
 * suite fails when an operation fails that is not listed here, when a listed
 * one starts passing (so the list never goes stale), and when a listed one
 * fails some other way than its `kind` says.
 */

import type { Outcome } from "./run-operations.js";

/**
 * How a call fails: the start of its `Outcome.cause` (run-operations.ts).
 * `status 500`: Prism (`--errors`) found that the example response it would
 * serve breaks the description's own schema; `request rejected`: Prism
 * answered 422 to the request; `response schema`: the SDK's strict response
 * check refused the answer Prism served.
 */
export const FAILURE_KINDS = ["status 500", "request rejected", "response schema"] as const;
export type FailureKind = (typeof FAILURE_KINDS)[number];

export interface KnownException {
  readonly kind: FailureKind;
  /** Whose defect it is, then what: never the SDK's. */
  readonly why: `description: ${string}` | `Prism: ${string}`;
}

/** Each listed operation's kind, by name. */
export function listedKinds(exceptions: Readonly<Record<string, KnownException>>) {
  return Object.fromEntries(Object.entries(exceptions).map(([name, { kind }]) => [name, kind]));
}

/**
 * How each listed operation actually went, in the same terms: its failure
 * kind, `passes`, or (failing some other way) the start of its cause.
 */
export function seenKinds(
  exceptions: Readonly<Record<string, KnownException>>,
  outcomes: ReadonlyMap<string, Outcome>,
) {
  return Object.fromEntries(
    Object.keys(exceptions).map((name) => {
      const outcome = outcomes.get(name);
      if (outcome === undefined) return [name, "not called"];
      if (outcome.ok) return [name, "passes"];
      const cause = outcome.cause ?? "";
      return [
        name,
        FAILURE_KINDS.find((kind) => cause.startsWith(`${kind}: `)) ?? cause.slice(0, 200),
      ];
    }),
  );
}

/** The description's own example response breaks its schema, so Prism (--errors) answers 500. */
const EXAMPLE_RESPONSE_BREAKS_SCHEMA: KnownException = {
  kind: "status 500",
  why: "description: example response breaks its own schema",
};

/** Prism serves the description as published, without the overlay that moves the param. */
const JOB_IDENTIFIER_IN_QUERY: KnownException = {
  kind: "request rejected",
  why: "description: job_identifier declared in the query (the overlay moves it to the path, Prism does not)",
};

/** The SDK sends `?user_id=…`; Prism asks for every oneOf member's field. */
const FILTER_NOT_REBUILT: KnownException = {
  kind: "request rejected",
  why: "Prism: an exploded form-style object param whose schema is only a oneOf (filter) is not rebuilt from the query",
};

export const STATIC_EXCEPTIONS: Readonly<Record<string, KnownException>> = {
  updateAdminAway: EXAMPLE_RESPONSE_BREAKS_SCHEMA,
  listAdminActivityLogs: EXAMPLE_RESPONSE_BREAKS_SCHEMA,
  searchAdminActivityLogs: EXAMPLE_RESPONSE_BREAKS_SCHEMA,
  detachArticleTag: EXAMPLE_RESPONSE_BREAKS_SCHEMA,
  detachContentSnippetTag: EXAMPLE_RESPONSE_BREAKS_SCHEMA,
  detachInternalArticleTag: EXAMPLE_RESPONSE_BREAKS_SCHEMA,
  createContact: EXAMPLE_RESPONSE_BREAKS_SCHEMA,
  retrieveContact: EXAMPLE_RESPONSE_BREAKS_SCHEMA,
  updateContact: EXAMPLE_RESPONSE_BREAKS_SCHEMA,
  retrieveContactByExternalId: EXAMPLE_RESPONSE_BREAKS_SCHEMA,
  mergeContact: EXAMPLE_RESPONSE_BREAKS_SCHEMA,
  convertVisitor: EXAMPLE_RESPONSE_BREAKS_SCHEMA,
  listCustomObjectInstances: EXAMPLE_RESPONSE_BREAKS_SCHEMA,
  upsertCustomObjectInstance: EXAMPLE_RESPONSE_BREAKS_SCHEMA,
  retrieveCustomObjectInstance: EXAMPLE_RESPONSE_BREAKS_SCHEMA,
  listMessageStatuses: EXAMPLE_RESPONSE_BREAKS_SCHEMA,
  retrieveVisitorByUserId: EXAMPLE_RESPONSE_BREAKS_SCHEMA,
  updateVisitor: EXAMPLE_RESPONSE_BREAKS_SCHEMA,
  retrieveConversation: {
    kind: "response schema",
    why: "description: example conversation parts carry numeric ids; the schema (and the API) say string",
  },
  changeTicketType: {
    kind: "response schema",
    why: "description: example ticket_state is a string; the schema (and the API) say object",
  },
  createConversation: {
    kind: "request rejected",
    why: "description: the schema requires from.id as a uuid; every example (and the API) uses Intercom ids",
  },
  updateDataAttribute: {
    kind: "request rejected",
    why: "description: the oneOf members of the request body overlap, so no body matches exactly one",
  },
  retrieveDataExportReport: JOB_IDENTIFIER_IN_QUERY,
  downloadDataExportReport: JOB_IDENTIFIER_IN_QUERY,
  listDataEvents: FILTER_NOT_REBUILT,
};

/** GET operations that fail against Prism's random conforming data (dynamic mode), with how and why. */
export const DYNAMIC_EXCEPTIONS: Readonly<Record<string, KnownException>> = {
  retrieveDataExportReport: JOB_IDENTIFIER_IN_QUERY,
  downloadDataExportReport: JOB_IDENTIFIER_IN_QUERY,
  listDataEvents: FILTER_NOT_REBUILT,
};

/**
 * Operations that pass only after a fall-back from the description's examples
 * (see docs/conformance.md): `replaced` lists, per operation, the params whose
 * example the SDK's own input check refused, so they were rebuilt from the
 * schema; `exampleRejected` lists those whose example-built request Prism
 * refused, so the call was repeated with params built from the schema alone.
 */
export const EXAMPLE_FALLBACKS: {
  readonly replaced: Readonly<Record<string, readonly string[]>>;
  readonly exampleRejected: readonly string[];
} = {
  replaced: {
    // The example sender is a user with a string id; the schema admits only an admin with an integer id:
    createMessage: ["from"],
  },
  // Sorted by name. createMessage: the first example is a user's message without message_type or
  // to, which the schema requires. The others send numeric example ids, which the SDK takes as the
  // API does (docs/validation.md), but the description as published declares strings, so Prism
  // refuses them.
  exampleRejected: [
    "attachContactSubscription",
    "attachContactTag",
    "attachConversationContact",
    "attachConversationTag",
    "attachTicketTag",
    "createContactNote",
    "createMessage",
    "createTicket",
    "detachConversationContact",
    "detachConversationTag",
    "detachTicketTag",
    "enqueueTicket",
    "manageConversation",
    "redactConversation",
    "updateTicket",
  ],
};
