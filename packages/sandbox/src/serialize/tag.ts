import type { AppliedTag, TagRecord } from "../store/records.js";
import type { Store } from "../store/store.js";

/** The `tag` schema for a tag on its own. */
export function serializeTag(tag: TagRecord) {
  return { type: "tag", id: tag.id, name: tag.name };
}

/** The `tag` schema for a tag applied to something: who applied it and when. */
export function serializeAppliedTag(applied: AppliedTag, store: Store) {
  const tag = store.tags.get(applied.tag_id);
  return {
    type: "tag",
    id: applied.tag_id,
    name: tag?.name ?? "",
    applied_at: applied.applied_at,
    applied_by:
      applied.admin_id === null
        ? { type: "admin", id: null }
        : { type: "admin", id: applied.admin_id },
  };
}

/** Applied tags whose tag still exists (deleting a tag removes it everywhere). */
export function liveTags(applied: readonly AppliedTag[], store: Store): AppliedTag[] {
  return applied.filter((entry) => store.tags.has(entry.tag_id));
}
