import { readdirSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";

const generated = fileURLToPath(
  new URL("../../../packages/models/src/generated/", import.meta.url),
);
const files = readdirSync(generated).filter((file) => file.endsWith(".ts"));
const read = (file: string) => readFileSync(`${generated}${file}`, "utf8");

describe("the generated models", () => {
  it("write the contact schema once; the models that extend it spread its entries", () => {
    // `android_last_seen_at` is a field of the contact schema alone.
    const declaring = files.filter((file) =>
      /\bandroid_last_seen_at: (\/\*#__PURE__\*\/ )?v\./.test(read(file)),
    );
    expect(declaring).toEqual(["contact.ts"]);
    const spreading = files.filter((file) => read(file).includes("...ContactSchema.entries"));
    expect(spreading.sort()).toEqual([
      "create-contact-response.ts",
      "merge-contact-response.ts",
      "retrieve-contact-by-external-id-response.ts",
      "retrieve-contact-response.ts",
      "update-contact-response.ts",
    ]);
  });

  it("keep the valibot type of object models, so their entries compose", () => {
    const contact = read("contact.ts");
    expect(contact).toMatch(/export const ContactSchema = /);
    expect(contact).toMatch(/\}\) satisfies v\.GenericSchema<Contact>;/);
  });

  it("mark every valibot call pure, so a bundled module can drop the schemas a bundle does not use", () => {
    for (const file of files) {
      const code = read(file).replace(/\/\*\*[\s\S]*?\*\//g, "");
      const unmarked = code.match(
        /(?<!\/\*#__PURE__\*\/\s*)\bv\.(?!GenericSchema|InferOutput|InferInput)\w+\(/,
      );
      expect(unmarked?.[0], file).toBeUndefined();
    }
    // A spread reads another schema's entries, so the whole schema is a pure function call.
    expect(read("create-contact-response.ts")).toMatch(
      /CreateContactResponseSchema\b[^=]*=\s+\/\*#__PURE__\*\/ \(function \(\) \{\s+return \/\*#__PURE__\*\/ v\.looseObject\(\{\s+\.\.\.ContactSchema\.entries/,
    );
  });
});
