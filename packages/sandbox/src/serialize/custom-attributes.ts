import type { JsonValue } from "../store/records.js";
import type { Store } from "../store/store.js";

/**
 * A record's custom attributes as Intercom shows them: every live custom
 * attribute of the model, null where the record has no value yet, then
 * any value the record holds for an attribute since archived.
 */
export function withDefinedAttributes(
  values: Readonly<Record<string, JsonValue>>,
  store: Store,
  model: "contact" | "company",
): Record<string, JsonValue> {
  const out: Record<string, JsonValue> = {};
  for (const attribute of store.dataAttributes.values()) {
    if (attribute.model === model && attribute.custom && !attribute.archived) {
      out[attribute.name] = values[attribute.name] ?? null;
    }
  }
  return { ...out, ...values };
}
