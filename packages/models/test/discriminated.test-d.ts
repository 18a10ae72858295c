import { describe, expectTypeOf, it } from "vitest";
import type {
  ConversationAttribute,
  ConversationAttributeListType,
  ConversationAttributeStringType,
} from "../src/index.js";

declare const attribute: ConversationAttribute;

describe("discriminated unions", () => {
  it("narrow on the discriminator to the mapped member", () => {
    if (attribute.data_type === "list") {
      expectTypeOf(attribute).toExtend<ConversationAttributeListType>();
      expectTypeOf(attribute).not.toExtend<
        ConversationAttributeStringType & { data_type: "string" }
      >();
    }
  });

  it("reject a discriminator value the mapping does not name", () => {
    // @ts-expect-error "colour" selects no member
    const wrong: ConversationAttribute = { data_type: "colour" };
    expectTypeOf(wrong).toEqualTypeOf<ConversationAttribute>();
  });
});
