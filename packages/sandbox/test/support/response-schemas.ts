import * as v from "valibot";

/**
 * Strict valibot schemas for the response shapes the sandbox sends, written
 * from the 2.16 description's component schemas: every field optional as the
 * description has it, but no field the description does not declare. They
 * stand in until `@intercom-kit/models` offers strict schemas to check with.
 */

const int = v.pipe(v.number(), v.integer());
/** UNIX seconds: an integer, and not milliseconds. */
const timestamp = v.pipe(int, v.minValue(0), v.maxValue(99_999_999_999));
const str = v.string();
const nstr = v.nullable(v.string());
const o = v.optional;

export const ErrorListSchema = v.strictObject({
  type: v.literal("error.list"),
  request_id: v.pipe(v.string(), v.uuid()),
  errors: v.pipe(
    v.array(v.strictObject({ code: str, message: str, field: o(str) })),
    v.minLength(1),
  ),
});

export const AdminSchema = v.strictObject({
  type: v.literal("admin"),
  id: str,
  name: str,
  email: str,
  job_title: o(str),
  away_mode_enabled: o(v.boolean()),
  away_mode_reassign: o(v.boolean()),
  away_status_reason_id: o(v.nullable(int)),
  has_inbox_seat: o(v.boolean()),
  team_ids: o(v.array(int)),
  avatar: o(nstr),
});

export const AdminWithAppSchema = v.strictObject({
  type: v.literal("admin"),
  id: str,
  name: str,
  email: str,
  job_title: o(str),
  away_mode_enabled: o(v.boolean()),
  away_mode_reassign: o(v.boolean()),
  has_inbox_seat: o(v.boolean()),
  team_ids: o(v.array(int)),
  avatar: o(v.strictObject({ type: str, image_url: nstr })),
  email_verified: o(v.nullable(v.boolean())),
  app: v.strictObject({
    type: v.literal("app"),
    id_code: str,
    name: str,
    region: str,
    timezone: str,
    created_at: timestamp,
    identity_verification: v.boolean(),
  }),
});

export const AdminListSchema = v.strictObject({
  type: v.literal("admin.list"),
  admins: v.array(AdminSchema),
});

const CursorPagesSchema = v.strictObject({
  type: v.literal("pages"),
  page: int,
  per_page: int,
  total_pages: int,
  next: o(v.nullable(v.strictObject({ per_page: o(int), starting_after: o(nstr) }))),
});

const addressable = v.strictObject({ type: str, id: str, url: str });
const addressableList = v.strictObject({
  data: v.array(addressable),
  url: str,
  total_count: int,
  has_more: v.boolean(),
});

export const ContactSchema = v.strictObject({
  type: v.literal("contact"),
  id: str,
  external_id: nstr,
  workspace_id: str,
  role: v.picklist(["user", "lead"]),
  email: o(str),
  email_domain: o(str),
  phone: nstr,
  name: nstr,
  owner_id: nstr,
  has_hard_bounced: v.boolean(),
  marked_email_as_spam: v.boolean(),
  unsubscribed_from_emails: v.boolean(),
  created_at: timestamp,
  updated_at: timestamp,
  signed_up_at: v.nullable(timestamp),
  last_seen_at: v.nullable(timestamp),
  last_replied_at: v.nullable(timestamp),
  last_contacted_at: v.nullable(timestamp),
  last_email_opened_at: v.nullable(timestamp),
  last_email_clicked_at: v.nullable(timestamp),
  language_override: nstr,
  browser: nstr,
  browser_version: nstr,
  browser_language: nstr,
  os: nstr,
  custom_attributes: v.record(v.string(), v.unknown()),
  avatar: v.strictObject({ type: str, image_url: nstr }),
  tags: addressableList,
  notes: addressableList,
  companies: addressableList,
  location: v.strictObject({ type: nstr, country: nstr, region: nstr, city: nstr }),
  social_profiles: v.strictObject({ data: v.array(v.unknown()) }),
});

export const ContactListSchema = v.strictObject({
  type: v.literal("list"),
  data: v.array(ContactSchema),
  total_count: int,
  pages: CursorPagesSchema,
});

const contactRef = v.strictObject({ type: v.literal("contact"), id: str, external_id: nstr });
export const ContactDeletedSchema = v.strictObject({ ...contactRef.entries, deleted: v.boolean() });
export const ContactArchivedSchema = v.strictObject({
  ...contactRef.entries,
  archived: v.boolean(),
});

const tagBasic = v.strictObject({ type: v.literal("tag"), id: str, name: str });
export const TagSchema = v.strictObject({
  type: v.literal("tag"),
  id: str,
  name: str,
  applied_at: o(v.nullable(timestamp)),
  applied_by: o(v.strictObject({ type: str, id: nstr })),
});
export const TagListSchema = v.strictObject({ type: v.literal("list"), data: v.array(TagSchema) });

export const SegmentSchema = v.strictObject({
  type: v.literal("segment"),
  id: str,
  name: str,
  created_at: timestamp,
  updated_at: timestamp,
  person_type: v.picklist(["contact", "user"]),
  count: o(v.nullable(int)),
});
export const ContactSegmentsSchema = v.strictObject({
  type: v.literal("list"),
  data: v.array(SegmentSchema),
});
export const SegmentListSchema = v.strictObject({
  type: v.literal("segment.list"),
  segments: v.array(SegmentSchema),
  pages: o(v.record(v.string(), v.unknown())),
});

export const CompanySchema = v.strictObject({
  type: v.literal("company"),
  id: str,
  name: str,
  app_id: str,
  plan: o(v.strictObject({ type: str, id: str, name: str })),
  company_id: str,
  remote_created_at: o(timestamp),
  created_at: timestamp,
  updated_at: timestamp,
  last_request_at: o(timestamp),
  size: o(int),
  website: o(str),
  industry: o(str),
  monthly_spend: int,
  session_count: int,
  user_count: int,
  custom_attributes: v.record(v.string(), v.unknown()),
  tags: v.strictObject({ type: v.literal("tag.list"), tags: v.array(tagBasic) }),
  segments: v.strictObject({ type: v.literal("segment.list"), segments: v.array(SegmentSchema) }),
});

export const CompanyListSchema = v.strictObject({
  type: v.literal("list"),
  pages: CursorPagesSchema,
  total_count: int,
  data: v.array(CompanySchema),
});

export const CompanyScrollSchema = v.strictObject({
  type: v.literal("list"),
  data: v.array(CompanySchema),
  total_count: v.nullable(int),
  scroll_param: str,
});

export const ContactAttachedCompaniesSchema = v.strictObject({
  type: v.literal("list"),
  companies: v.array(CompanySchema),
  total_count: int,
  pages: v.strictObject({
    type: v.literal("pages"),
    page: int,
    next: nstr,
    per_page: int,
    total_pages: int,
  }),
});

export const NoteSchema = v.strictObject({
  type: v.literal("note"),
  id: str,
  created_at: timestamp,
  contact: o(v.strictObject({ type: str, id: str })),
  company: o(v.strictObject({ type: str, id: str })),
  author: o(AdminSchema),
  body: str,
});
export const NoteListSchema = v.strictObject({
  type: v.literal("list"),
  data: v.array(NoteSchema),
  total_count: int,
  pages: CursorPagesSchema,
});

const partAuthor = v.strictObject({
  type: str,
  id: str,
  name: nstr,
  email: str,
  from_ai_agent: o(v.boolean()),
  is_ai_answer: o(v.boolean()),
});

const ConversationPartSchema = v.strictObject({
  type: v.literal("conversation_part"),
  id: str,
  part_type: str,
  body: nstr,
  created_at: timestamp,
  updated_at: timestamp,
  notified_at: timestamp,
  assigned_to: o(v.nullable(v.strictObject({ type: str, id: nstr }))),
  author: partAuthor,
  attachments: v.array(v.unknown()),
  external_id: nstr,
  redacted: v.boolean(),
});

const conversationEntries = {
  type: v.literal("conversation"),
  id: str,
  title: nstr,
  created_at: timestamp,
  updated_at: timestamp,
  waiting_since: v.nullable(timestamp),
  snoozed_until: v.nullable(timestamp),
  open: v.boolean(),
  state: v.picklist(["open", "closed", "snoozed"]),
  read: v.boolean(),
  priority: v.picklist(["none", "low", "medium", "high", "urgent"]),
  admin_assignee_id: o(int),
  team_assignee_id: o(int),
  tags: v.strictObject({ type: v.literal("tag.list"), tags: v.array(TagSchema) }),
  source: v.strictObject({
    type: str,
    id: nstr,
    delivered_as: str,
    subject: str,
    body: str,
    author: v.strictObject({ type: str, id: nstr, name: nstr, email: nstr }),
    attachments: v.array(v.unknown()),
    url: nstr,
    redacted: v.boolean(),
  }),
  contacts: v.strictObject({ type: v.literal("contact.list"), contacts: v.array(contactRef) }),
  teammates: v.strictObject({
    type: str,
    teammates: v.array(v.strictObject({ type: str, id: nstr })),
  }),
  custom_attributes: v.record(v.string(), v.unknown()),
  ai_agent_participated: v.boolean(),
};

export const ConversationListItemSchema = v.strictObject(conversationEntries);
export const ConversationSchema = v.strictObject({
  ...conversationEntries,
  conversation_parts: v.strictObject({
    type: v.literal("conversation_part.list"),
    conversation_parts: v.array(ConversationPartSchema),
    total_count: int,
  }),
});
export const ConversationListSchema = v.strictObject({
  type: v.literal("conversation.list"),
  conversations: v.array(ConversationListItemSchema),
  total_count: int,
  pages: CursorPagesSchema,
});

export const MessageSchema = v.strictObject({
  type: str,
  id: str,
  created_at: timestamp,
  subject: o(str),
  body: str,
  message_type: v.picklist(["email", "inapp", "facebook", "twitter"]),
  conversation_id: str,
});

const articleEntries = {
  type: v.literal("article"),
  id: str,
  workspace_id: str,
  title: str,
  description: nstr,
  body: nstr,
  author_id: int,
  state: v.picklist(["published", "draft"]),
  created_at: timestamp,
  updated_at: timestamp,
  url: nstr,
  parent_ids: v.array(int),
  default_locale: str,
  tags: v.strictObject({ type: v.literal("tag.list"), tags: v.array(TagSchema) }),
};
export const ArticleListSchema = v.strictObject({
  type: v.literal("list"),
  pages: CursorPagesSchema,
  total_count: int,
  data: v.array(v.strictObject(articleEntries)),
});
export const ArticleSchema = v.strictObject({
  ...articleEntries,
  statistics: v.nullable(
    v.strictObject({
      type: v.literal("article_statistics"),
      views: int,
      conversions: int,
      reactions: int,
      happy_reaction_percentage: v.number(),
      neutral_reaction_percentage: v.number(),
      sad_reaction_percentage: v.number(),
    }),
  ),
});
export const DeletedArticleSchema = v.strictObject({
  id: str,
  object: v.literal("article"),
  deleted: v.boolean(),
});

const TicketTypeSchema = v.strictObject({
  type: v.literal("ticket_type"),
  id: str,
  category: v.picklist(["Customer", "Back-office", "Tracker"]),
  name: str,
  description: str,
  icon: str,
  workspace_id: str,
  archived: v.boolean(),
  created_at: timestamp,
  updated_at: timestamp,
});
export const TicketTypeListSchema = v.strictObject({
  type: v.literal("list"),
  data: v.array(TicketTypeSchema),
});

export const TicketSchema = v.strictObject({
  type: v.literal("ticket"),
  id: str,
  ticket_id: str,
  category: v.picklist(["Customer", "Back-office", "Tracker"]),
  ticket_attributes: v.record(v.string(), v.unknown()),
  ticket_state: v.strictObject({
    type: v.literal("ticket_state"),
    id: str,
    category: v.picklist(["submitted", "in_progress", "waiting_on_customer", "resolved"]),
    internal_label: str,
    external_label: str,
  }),
  ticket_type: TicketTypeSchema,
  contacts: v.strictObject({ type: v.literal("contact.list"), contacts: v.array(contactRef) }),
  admin_assignee_id: o(int),
  team_assignee_id: o(int),
  created_at: timestamp,
  updated_at: timestamp,
  open: v.boolean(),
  ticket_parts: v.strictObject({
    type: v.literal("ticket_part.list"),
    ticket_parts: v.array(v.unknown()),
    total_count: int,
  }),
  is_shared: v.boolean(),
});
export const TicketListSchema = v.strictObject({
  type: v.literal("ticket.list"),
  tickets: v.array(TicketSchema),
  total_count: int,
  pages: CursorPagesSchema,
});

export const DataEventSummarySchema = v.strictObject({
  type: v.literal("event.summary"),
  email: o(str),
  intercom_user_id: o(str),
  user_id: o(str),
  events: v.array(
    v.strictObject({ name: str, first: str, last: str, count: int, description: o(str) }),
  ),
});
