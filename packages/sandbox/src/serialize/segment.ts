import type { SegmentRecord } from "../store/records.js";
import type { Store } from "../store/store.js";

/** The `segment` schema; `count` only when asked for (`include_count=true`). */
export function serializeSegment(segment: SegmentRecord, store?: Store) {
  return {
    type: "segment",
    id: segment.id,
    name: segment.name,
    created_at: segment.created_at,
    updated_at: segment.updated_at,
    person_type: segment.person_type,
    ...(store === undefined
      ? {}
      : {
          count: [...store.contacts.values()].filter((c) => !c.archived && segment.matches(c))
            .length,
        }),
  };
}
