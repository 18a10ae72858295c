import { describe, expect, it } from "vitest";
import { redactDeep } from "../src/redaction/redact-deep.js";
import { REDACTED, redactSecrets } from "../src/redaction/redact-secrets.js";

const SECRET = "tok_SECRET_42";

describe("redactSecrets", () => {
  it("replaces every occurrence, and leaves values too short to be a credential", () => {
    expect(redactSecrets(`a ${SECRET} b ${SECRET}`, [SECRET])).toBe(`a ${REDACTED} b ${REDACTED}`);
    expect(redactSecrets("token tok", ["tok"])).toBe("token tok");
  });
});

describe("redactDeep", () => {
  it("returns data untouched, by identity, when it holds no secret", () => {
    const body = { type: "error.list", errors: [{ code: "x", message: "y" }] };
    const headers = new Headers({ "x-request-id": "r1" });
    expect(redactDeep(body, [SECRET])).toBe(body);
    expect(redactDeep(headers, [SECRET])).toBe(headers);
  });

  it("copies data where a secret is found, keys included, and leaves the original alone", () => {
    const body = { errors: [{ code: "x", message: `bad ${SECRET}` }], [SECRET]: 1, n: 2 };
    const safe = redactDeep(body, [SECRET]);
    expect(safe).toEqual({
      errors: [{ code: "x", message: `bad ${REDACTED}` }],
      [REDACTED]: 1,
      n: 2,
    });
    expect(body.errors[0]?.message).toBe(`bad ${SECRET}`);
  });

  it("masks credential headers whatever their value", () => {
    const headers = new Headers({ Authorization: "Bearer someone-else", "X-A": `v ${SECRET}` });
    const safe = redactDeep(headers, [SECRET]);
    expect([...safe]).toEqual([
      ["authorization", REDACTED],
      ["x-a", `v ${REDACTED}`],
    ]);
  });

  it("redacts an error in place: message, stack, fields and causes, keeping its class", () => {
    class CustomError extends Error {
      detail = { sent: `Bearer ${SECRET}` };
    }
    const inner = new AggregateError([new Error(`inner ${SECRET}`)], "several");
    const error = new CustomError(`outer ${SECRET}`, { cause: inner });
    expect(redactDeep(error, [SECRET])).toBe(error);
    expect(error).toBeInstanceOf(CustomError);
    expect(error.message).toBe(`outer ${REDACTED}`);
    expect(error.stack).toContain(`outer ${REDACTED}`);
    expect(error.stack).not.toContain(SECRET);
    expect(error.detail.sent).toBe(`Bearer ${REDACTED}`);
    expect(inner.errors[0].message).toBe(`inner ${REDACTED}`);
  });

  it("stops on a cause chain that loops back", () => {
    const a = new Error(`a ${SECRET}`);
    const b = new Error("b", { cause: a });
    (a as { cause?: unknown }).cause = b;
    redactDeep(a, [SECRET]);
    expect(a.message).toBe(`a ${REDACTED}`);
  });
});
