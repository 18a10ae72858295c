import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { parse } from "yaml";
import { DESCRIPTION_PATH } from "../description.js";

interface OverlayFix {
  readonly at?: string;
  readonly set?: Readonly<Record<string, unknown>>;
}
interface Overlay {
  readonly parameters: Record<string, unknown>;
  readonly fixes: readonly OverlayFix[];
}
type CodegenOverlay = { applyOverlay(doc: unknown, overlay: Overlay): void };

/** An overlay fix that gives a resource's `type` its one value. */
function isDiscriminant(fix: OverlayFix): boolean {
  const values = fix.set?.enum;
  return fix.at === "properties/type" && Array.isArray(values) && values.length === 1;
}

/**
 * The 2.16 description with only the overlay's discriminant fixes applied,
 * written to a temporary file for Prism's random data. The description shows
 * each resource's `type` only as an example, so random data would make up a
 * type the API never sends; every other fix stays out, so the rest of the
 * overlay still meets the description as published.
 */
export async function writeDiscriminatedDescription(): Promise<{ path: string; fixes: number }> {
  // Imported by name at run time: the generator is TypeScript run by Node, not part of this build.
  const overlayModule = "@intercom-kit/codegen/overlay";
  const { applyOverlay } = (await import(overlayModule)) as CodegenOverlay;
  const overlayPath = new URL(
    import.meta
      .resolve("@intercom-kit/codegen/package.json")
      .replace("package.json", "overlay.yaml"),
  );
  const doc = parse(readFileSync(DESCRIPTION_PATH, "utf8"));
  const overlay = parse(readFileSync(overlayPath, "utf8")) as Overlay;
  const fixes = overlay.fixes.filter(isDiscriminant);
  applyOverlay(doc, { parameters: overlay.parameters, fixes });
  const path = join(mkdtempSync(join(tmpdir(), "intercom-kit-prism-")), "2.16-discriminated.json");
  writeFileSync(path, JSON.stringify(doc));
  return { path, fixes: fixes.length };
}
