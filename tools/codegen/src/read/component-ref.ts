import { isObject, type Json } from "./json.ts";

const COMPONENT_REF = "#/components/schemas/";

/** The component a `{ $ref: "#/components/schemas/x" }` node names (`x`), or `undefined` for any other node. */
export function componentOf(node: Json | undefined): string | undefined {
  if (!isObject(node) || typeof node.$ref !== "string") return undefined;
  if (!node.$ref.startsWith(COMPONENT_REF)) throw new Error(`unsupported $ref ${node.$ref}`);
  return node.$ref.slice(COMPONENT_REF.length);
}
