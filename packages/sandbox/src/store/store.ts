import type { Clock } from "../clock.js";
import { createPrng, deriveSeed, type Prng } from "../prng.js";
import type {
  ActivityLogRecord,
  AdminRecord,
  ArticleRecord,
  AwayStatusReasonRecord,
  BackgroundJobRecord,
  CollectionRecord,
  CompanyRecord,
  CompanySegmentRecord,
  ContactRecord,
  ConversationRecord,
  DataAttributeRecord,
  DataEventRecord,
  ExportJobRecord,
  HelpCenterRecord,
  NoteRecord,
  ReportExportRecord,
  ScrollRecord,
  SegmentRecord,
  SubscriptionTypeRecord,
  TagRecord,
  TeamRecord,
  TicketRecord,
  TicketStateRecord,
  TicketTypeRecord,
} from "./records.js";

/** The workspace the sandbox pretends to be. */
export interface Workspace {
  id_code: string;
  name: string;
  region: string;
  timezone: string;
  created_at: number;
}

/** All state of one sandbox. Maps keep insertion order, which listings rely on. */
export interface Store {
  readonly workspace: Workspace;
  /** The admin that owns the access token (`GET /me`). */
  meAdminId: string;
  readonly admins: Map<string, AdminRecord>;
  readonly contacts: Map<string, ContactRecord>;
  /** Contacts merged away (`POST /contacts/merge`): merged id → the id it lives on as. */
  readonly mergedContacts: Map<string, string>;
  readonly companies: Map<string, CompanyRecord>;
  readonly tags: Map<string, TagRecord>;
  readonly notes: Map<string, NoteRecord>;
  readonly segments: Map<string, SegmentRecord>;
  readonly conversations: Map<string, ConversationRecord>;
  readonly events: DataEventRecord[];
  readonly articles: Map<string, ArticleRecord>;
  readonly ticketTypes: Map<string, TicketTypeRecord>;
  readonly ticketStates: Map<string, TicketStateRecord>;
  readonly tickets: Map<string, TicketRecord>;
  readonly teams: Map<string, TeamRecord>;
  readonly activityLogs: ActivityLogRecord[];
  readonly awayStatusReasons: Map<string, AwayStatusReasonRecord>;
  readonly subscriptionTypes: Map<string, SubscriptionTypeRecord>;
  /** contact id → subscription type id → the contact's consent. */
  readonly contactSubscriptions: Map<string, Map<string, "opt_in" | "opt_out">>;
  readonly helpCenters: Map<string, HelpCenterRecord>;
  readonly collections: Map<string, CollectionRecord>;
  readonly dataAttributes: Map<string, DataAttributeRecord>;
  readonly companySegments: Map<string, CompanySegmentRecord>;
  readonly exportJobs: Map<string, ExportJobRecord>;
  readonly reportExports: Map<string, ReportExportRecord>;
  readonly backgroundJobs: Map<string, BackgroundJobRecord>;
  /** Conversation ids deleted through the API, for `GET /conversations/deleted`. */
  readonly deletedConversations: { id: string; deleted_at: number }[];
  scroll: ScrollRecord | undefined;
  readonly clock: Clock;
  readonly ids: IdSource;
}

export interface IdSource {
  /** A 24-hex-digit id, the shape Intercom gives contacts, companies and segments. */
  objectId(): string;
  /** The next number of a per-kind sequence, as a string (notes, tags, conversations…). */
  sequence(kind: string): string;
  /** An opaque token, e.g. a scroll parameter. */
  token(): string;
}

export function createIdSource(seed: number): IdSource {
  const prng: Prng = createPrng(deriveSeed(seed, "ids"));
  const counters = new Map<string, number>();
  const starts: Record<string, number> = {
    admin: 991_267_400,
    conversation: 400,
    part: 1_000,
    source: 403_918_300,
    ticket: 600,
    ticket_number: 30,
    article: 30,
    tag: 80,
    note: 20,
    activity_log: 7_000,
    subscription_type: 37_000,
    help_center: 0,
    collection: 2_000,
    data_attribute: 15_000,
    company_segment: 0,
    export_job: 0,
    redirect: 0,
  };
  return {
    objectId: () => prng.hex(24),
    sequence(kind) {
      const next = (counters.get(kind) ?? starts[kind] ?? 1) + 1;
      counters.set(kind, next);
      return String(next);
    },
    token: () =>
      `${prng.hex(8)}-${prng.hex(4)}-4${prng.hex(3)}-${prng.pick(["8", "9", "a", "b"])}${prng.hex(3)}-${prng.hex(12)}`,
  };
}

export function createEmptyStore(seed: number, clock: Clock, workspace: Workspace): Store {
  return {
    workspace,
    meAdminId: "",
    admins: new Map(),
    contacts: new Map(),
    mergedContacts: new Map(),
    companies: new Map(),
    tags: new Map(),
    notes: new Map(),
    segments: new Map(),
    conversations: new Map(),
    events: [],
    articles: new Map(),
    ticketTypes: new Map(),
    ticketStates: new Map(),
    tickets: new Map(),
    teams: new Map(),
    activityLogs: [],
    awayStatusReasons: new Map(),
    subscriptionTypes: new Map(),
    contactSubscriptions: new Map(),
    helpCenters: new Map(),
    collections: new Map(),
    dataAttributes: new Map(),
    companySegments: new Map(),
    exportJobs: new Map(),
    reportExports: new Map(),
    backgroundJobs: new Map(),
    deletedConversations: [],
    scroll: undefined,
    clock,
    ids: createIdSource(seed),
  };
}
