import type { CompanyRecord, CompanySegmentRecord } from "../store/records.js";
import type { Store } from "../store/store.js";
import { withDefinedAttributes } from "./custom-attributes.js";

/** How many contacts are attached to a company; Intercom reports it as `user_count`. */
export function companyUserCount(company: CompanyRecord, store: Store): number {
  let count = 0;
  for (const contact of store.contacts.values()) {
    if (contact.company_ids.includes(company.id)) count++;
  }
  return count;
}

/** The `company` schema. */
export function serializeCompany(company: CompanyRecord, store: Store) {
  return {
    type: "company",
    id: company.id,
    name: company.name,
    app_id: store.workspace.id_code,
    ...(company.plan === null
      ? {}
      : { plan: { type: "plan", id: planId(company.plan), name: company.plan } }),
    company_id: company.company_id,
    ...(company.remote_created_at === null ? {} : { remote_created_at: company.remote_created_at }),
    created_at: company.created_at,
    updated_at: company.updated_at,
    ...(company.last_request_at === null ? {} : { last_request_at: company.last_request_at }),
    ...(company.size === null ? {} : { size: company.size }),
    ...(company.website === null ? {} : { website: company.website }),
    ...(company.industry === null ? {} : { industry: company.industry }),
    monthly_spend: company.monthly_spend,
    session_count: company.session_count,
    user_count: companyUserCount(company, store),
    custom_attributes: withDefinedAttributes(company.custom_attributes, store, "company"),
    tags: {
      type: "tag.list",
      tags: company.tag_ids.flatMap((id) => {
        const tag = store.tags.get(id);
        return tag ? [{ type: "tag", id: tag.id, name: tag.name }] : [];
      }),
    },
    segments: {
      type: "segment.list",
      segments: companySegmentsOf(company, store).map(serializeCompanySegment),
    },
  };
}

/** Plans are named in requests; a stable id is derived from the name. */
function planId(name: string): string {
  let hash = 7;
  for (const char of name) hash = (hash * 31 + char.charCodeAt(0)) % 1_000_000;
  return String(hash);
}

/** The company segments a company is in. */
export function companySegmentsOf(company: CompanyRecord, store: Store): CompanySegmentRecord[] {
  return [...store.companySegments.values()].filter((segment) => segment.matches(company));
}

/** The `segment` schema for a company segment. */
export function serializeCompanySegment(segment: CompanySegmentRecord) {
  return {
    type: "segment",
    id: segment.id,
    name: segment.name,
    created_at: segment.created_at,
    updated_at: segment.updated_at,
    person_type: "user",
  };
}
