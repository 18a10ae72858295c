import { createHmac } from "node:crypto";
import { ConfigurationError } from "@intercom-kit/core";
import { describe, expect, it } from "vitest";
import { messengerJwt, userHash } from "../src/index.js";

const SECRET = "identity-secret-canary-91c2";

const base64url = (data: string | Buffer) => Buffer.from(data).toString("base64url");
const decode = (part: string) => JSON.parse(Buffer.from(part, "base64url").toString("utf8"));

describe("userHash", () => {
  it("is the hex HMAC-SHA256 of the user_id or email under the identity secret", async () => {
    for (const id of ["user-42", "zoë@example.com"]) {
      expect(await userHash(SECRET, id)).toBe(
        createHmac("sha256", SECRET).update(id).digest("hex"),
      );
    }
  });

  it("refuses an empty secret or identifier", async () => {
    await expect(userHash("", "user-42")).rejects.toThrow(ConfigurationError);
    await expect(userHash(SECRET, "")).rejects.toThrow(TypeError);
  });
});

describe("messengerJwt", () => {
  it("is an HS256 JWT of the claims, signed with the identity secret, with iat and exp", async () => {
    const before = Math.floor(Date.now() / 1000);
    const token = await messengerJwt(
      SECRET,
      { user_id: "user-42", email: "zoë@example.com", plan: "pro" },
      { expiresIn: 600 },
    );
    const [header = "", payload = "", signature = ""] = token.split(".");
    // Checked with node:crypto, apart from the library that signed it.
    const expected = base64url(
      createHmac("sha256", SECRET).update(`${header}.${payload}`).digest(),
    );
    expect(signature).toBe(expected);
    expect(decode(header)).toEqual({ alg: "HS256", typ: "JWT" });
    const claims = decode(payload);
    expect(claims).toMatchObject({ user_id: "user-42", email: "zoë@example.com", plan: "pro" });
    expect(claims.iat).toBeGreaterThanOrEqual(before);
    expect(claims.exp - claims.iat).toBe(600);
  });

  it("expires after an hour unless told otherwise", async () => {
    const claims = decode((await messengerJwt(SECRET, { user_id: "u" })).split(".")[1] ?? "");
    expect(claims.exp - claims.iat).toBe(3600);
  });

  it("refuses claims without a user_id and an empty secret, naming neither secret nor claims", async () => {
    await expect(messengerJwt(SECRET, { user_id: "" })).rejects.toThrow(
      "messengerJwt: claims.user_id must be a non-empty string",
    );
    const error = await messengerJwt("", { user_id: "u" }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ConfigurationError);
  });
});
