import type { JsonObject } from "../src/read/json.ts";
import { isObject } from "../src/read/json.ts";
import type { Description } from "../src/read/load-description.ts";

/** A description held in memory, with local `$ref`s only. */
export function inMemoryDescription(doc: JsonObject): Description {
  const deref: Description["deref"] = (node) => {
    let current = node;
    while (isObject(current) && typeof current.$ref === "string") {
      current = current.$ref
        .slice(2)
        .split("/")
        .reduce<unknown>((at, key) => (at as JsonObject)[key], doc) as JsonObject;
    }
    return current;
  };
  return { doc, deref };
}
