/**
 * What the sandbox keeps in memory. Records hold state only; the response
 * shapes of the 2.16 description are built from them in `serialize/`.
 */

export type JsonValue =
  | string
  | number
  | boolean
  | null
  | JsonValue[]
  | { [key: string]: JsonValue };

export interface AdminRecord {
  id: string;
  name: string;
  email: string;
  job_title: string;
  away_mode_enabled: boolean;
  away_mode_reassign: boolean;
  away_status_reason_id: number | null;
  has_inbox_seat: boolean;
  team_ids: number[];
}

/** A tag applied to something, with who applied it and when. */
export interface AppliedTag {
  tag_id: string;
  applied_at: number;
  admin_id: string | null;
}

export interface ContactRecord {
  id: string;
  external_id: string | null;
  role: "user" | "lead";
  email: string | null;
  phone: string | null;
  name: string | null;
  owner_id: string | null;
  has_hard_bounced: boolean;
  marked_email_as_spam: boolean;
  unsubscribed_from_emails: boolean;
  created_at: number;
  updated_at: number;
  signed_up_at: number | null;
  last_seen_at: number | null;
  last_replied_at: number | null;
  last_contacted_at: number | null;
  language_override: string | null;
  browser: string | null;
  os: string | null;
  location: { country: string | null; region: string | null; city: string | null };
  custom_attributes: Record<string, JsonValue>;
  archived: boolean;
  tags: AppliedTag[];
  company_ids: string[];
}

export interface CompanyRecord {
  id: string;
  company_id: string;
  name: string;
  plan: string | null;
  size: number | null;
  website: string | null;
  industry: string | null;
  monthly_spend: number;
  session_count: number;
  remote_created_at: number | null;
  created_at: number;
  updated_at: number;
  last_request_at: number | null;
  custom_attributes: Record<string, JsonValue>;
  tag_ids: string[];
}

export interface TagRecord {
  id: string;
  name: string;
}

export interface NoteRecord {
  id: string;
  created_at: number;
  contact_id: string | null;
  company_id: string | null;
  admin_id: string;
  body: string;
}

export interface SegmentRecord {
  id: string;
  name: string;
  created_at: number;
  updated_at: number;
  person_type: "contact" | "user";
  /** Which contacts the segment holds; segments are read-only in the API. */
  matches: (contact: ContactRecord) => boolean;
}

export interface PartAuthor {
  type: "admin" | "user" | "lead" | "bot";
  id: string;
  name: string | null;
  email: string;
}

export interface ConversationPartRecord {
  id: string;
  part_type: string;
  body: string | null;
  created_at: number;
  updated_at: number;
  notified_at: number;
  author: PartAuthor;
  assigned_to: { type: "admin" | "team"; id: string } | null;
  /** Set by `POST /conversations/redact`: the body is gone for good. */
  redacted?: boolean;
}

export type ConversationState = "open" | "closed" | "snoozed";

export interface ConversationRecord {
  id: string;
  title: string | null;
  created_at: number;
  updated_at: number;
  waiting_since: number | null;
  snoozed_until: number | null;
  state: ConversationState;
  read: boolean;
  priority: "none" | "low" | "medium" | "high" | "urgent";
  admin_assignee_id: number | null;
  team_assignee_id: number | null;
  source: {
    id: string;
    type: string;
    delivered_as: string;
    subject: string;
    body: string;
    author: PartAuthor;
    redacted?: boolean;
  };
  contact_ids: string[];
  tags: AppliedTag[];
  parts: ConversationPartRecord[];
  custom_attributes: Record<string, JsonValue>;
}

export interface DataEventRecord {
  event_name: string;
  created_at: number;
  intercom_user_id: string;
  user_id: string | null;
  email: string | null;
  id: string | null;
  metadata: Record<string, JsonValue>;
}

export interface ArticleRecord {
  id: string;
  title: string;
  description: string;
  body: string;
  author_id: number;
  state: "published" | "draft";
  parent_id: number | null;
  created_at: number;
  updated_at: number;
  tag_ids: string[];
}

export interface TicketTypeRecord {
  id: string;
  name: string;
  description: string;
  icon: string;
  category: "Customer" | "Back-office" | "Tracker";
  created_at: number;
}

export type TicketStateCategory = "submitted" | "in_progress" | "waiting_on_customer" | "resolved";

export interface TicketStateRecord {
  id: string;
  category: TicketStateCategory;
  internal_label: string;
  external_label: string;
}

export interface TicketRecord {
  id: string;
  ticket_id: string;
  ticket_type_id: string;
  ticket_state_id: string;
  ticket_attributes: Record<string, JsonValue>;
  contact_ids: string[];
  company_id: string | null;
  admin_assignee_id: number | null;
  team_assignee_id: number | null;
  created_at: number;
  updated_at: number;
  open: boolean;
}

/** The one companies scroll a workspace may have open at a time. */
export interface ScrollRecord {
  param: string;
  /** Company ids in scroll order, fixed when the scroll opened. */
  ids: string[];
  offset: number;
  /** Clock reading (ms) of the last use; the scroll expires after a minute idle. */
  last_used_ms: number;
}

export interface TeamRecord {
  id: string;
  name: string;
  admin_ids: number[];
}

/** One line of `GET /admins/activity_logs`: something an admin did. */
export interface ActivityLogRecord {
  id: string;
  admin_id: string;
  activity_type: string;
  activity_description: string;
  metadata: Record<string, JsonValue>;
  created_at: number;
}

export interface AwayStatusReasonRecord {
  id: string;
  label: string;
  emoji: string;
  order: number;
}

export interface SubscriptionTypeRecord {
  id: string;
  name: string;
  description: string;
  state: "live" | "draft" | "archived";
  consent_type: "opt_out" | "opt_in";
  content_types: ("email" | "sms_message")[];
}

export interface HelpCenterRecord {
  id: string;
  identifier: string;
  display_name: string;
  website_turned_on: boolean;
  created_at: number;
  updated_at: number;
}

/** A help-center collection; one with a `parent_id` is a section of its parent. */
export interface CollectionRecord {
  id: string;
  name: string;
  description: string;
  help_center_id: string;
  parent_id: string | null;
  icon: string;
  order: number;
  created_at: number;
  updated_at: number;
}

export interface DataAttributeRecord {
  id: string;
  model: "contact" | "company" | "conversation";
  name: string;
  label: string;
  description: string;
  data_type: "string" | "integer" | "float" | "boolean" | "date" | "options";
  options: string[];
  custom: boolean;
  archived: boolean;
  api_writable: boolean;
  ui_writable: boolean;
  messenger_writable: boolean;
  admin_id: string | null;
  created_at: number;
  updated_at: number;
}

export interface CompanySegmentRecord {
  id: string;
  name: string;
  created_at: number;
  updated_at: number;
  matches: (company: CompanyRecord) => boolean;
}

/** A content data export (`POST /export/content/data`) and where it is in its life. */
export interface ExportJobRecord {
  job_identifier: string;
  created_at_after: number;
  created_at_before: number;
  /** Clock reading (ms) when it was asked for; its status follows from the time since. */
  requested_ms: number;
  cancelled: boolean;
  /** Status polls answered so far; with the clock, they move the job on. */
  polls: number;
}

/** A reporting dataset export (`POST /export/reporting_data/enqueue`). */
export interface ReportExportRecord {
  job_identifier: string;
  dataset_id: string;
  attribute_ids: string[];
  start_time: number;
  end_time: number;
  requested_ms: number;
  cancelled: boolean;
  polls: number;
}

/** A background job an operation answered with (`POST /tickets/enqueue`), for `GET /jobs/status/{id}`. */
export interface BackgroundJobRecord {
  id: string;
  resource_type: string;
  /** What the job made; shown once it says `success`. */
  resource_id: string;
  resource_path: string;
  requested_ms: number;
  polls: number;
}
