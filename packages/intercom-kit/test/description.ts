import { readFileSync } from "node:fs";
import { parse } from "yaml";

/** The description the SDK is generated from, read from `shared/` beside the checkout (never copied in). */
export const DESCRIPTION_PATH = new URL(
  "../../../../shared/intercom-openapi/2.16.yaml",
  import.meta.url,
);

const METHODS = ["get", "post", "put", "patch", "delete"];

/** Every `METHOD /path` of the description. */
export function describedOperations(): string[] {
  const doc = parse(readFileSync(DESCRIPTION_PATH, "utf8")) as { paths: Record<string, object> };
  return Object.entries(doc.paths).flatMap(([path, item]) =>
    Object.keys(item)
      .filter((key) => METHODS.includes(key))
      .map((method) => `${method.toUpperCase()} ${path}`),
  );
}
