import type { RequestOptions } from "@intercom-kit/core";
import { describe, expectTypeOf, it } from "vitest";
import type { RetryOverrides } from "../src/index.js";

declare function call(options?: RequestOptions): void;

describe("per-call retry options are typed", () => {
  it("accepts the plugin's own key, with its own type", () => {
    call({ context: { retry: false } });
    call({ context: { retry: { limit: 5, statusCodes: [503] } } });
    expectTypeOf<NonNullable<RequestOptions["context"]>["retry"]>().toEqualTypeOf<
      RetryOverrides | undefined
    >();
  });

  it("refuses a misspelt key, a wrong value, and the keys the core sets", () => {
    // @ts-expect-error `retyr` is no plugin's key
    call({ context: { retyr: false } });
    // @ts-expect-error `limit` is a number of retries
    call({ context: { retry: { limit: "5" } } });
    // @ts-expect-error the core sets the operation id itself
    call({ context: { operationId: "x" } });
    const misspelt = { retyr: false };
    // @ts-expect-error a variable is checked too: it shares no key with the context
    call({ context: misspelt });
  });
});
