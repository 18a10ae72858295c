import { readFile } from "node:fs/promises";
import { $RefParser } from "@apidevtools/json-schema-ref-parser";
import { parse } from "yaml";
import { isObject, type Json, type JsonObject } from "./json.ts";
import { applyOverlay, type Overlay } from "./overlay.ts";

export interface Description {
  readonly doc: JsonObject;
  /** Follows `$ref`s (chains too) to the node they point at. */
  deref(node: Json | undefined): Json | undefined;
}

/** Reads the description and the overlay, applies the overlay, and indexes `$ref`s. */
export async function loadDescription(specPath: string, overlayPath: string): Promise<Description> {
  const doc = parse(await readFile(specPath, "utf8")) as JsonObject;
  const overlay = parse(await readFile(overlayPath, "utf8")) as Overlay;
  applyOverlay(doc, overlay);
  const $refs = await new $RefParser().resolve(doc as never);
  const deref = (node: Json | undefined): Json | undefined => {
    let current = node;
    for (let hops = 0; isObject(current) && typeof current.$ref === "string"; hops++) {
      if (hops > 20) throw new Error(`$ref chain too long at ${current.$ref}`);
      current = $refs.get(current.$ref) as Json;
    }
    return current;
  };
  return { doc, deref };
}
