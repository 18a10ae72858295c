import { createHmac } from "node:crypto";
import { ConfigurationError } from "@intercom-kit/core";
import { describe, expect, it } from "vitest";
import { signatureFor, verifySignature } from "../src/index.js";
import { bodyOf, contactCreated } from "./support/notifications.js";

const SECRET = "client-secret-canary-7f3a";
const body = bodyOf(contactCreated);
/** Computed with node:crypto, apart from the package's Web Crypto code. */
const nodeSignature = (text: string | Buffer, secret = SECRET) =>
  `sha1=${createHmac("sha1", secret).update(text).digest("hex")}`;

describe("signatureFor", () => {
  it("is the HMAC-SHA1 of the raw UTF-8 body under the client secret", async () => {
    expect(await signatureFor(body, SECRET)).toBe(nodeSignature(body));
    expect(await signatureFor(new TextEncoder().encode(body), SECRET)).toBe(nodeSignature(body));
  });
});

describe("verifySignature", () => {
  it("accepts Intercom's signature for the body as a string, bytes or an ArrayBuffer", async () => {
    const signature = nodeSignature(body);
    const bytes = new TextEncoder().encode(body);
    expect(await verifySignature(body, signature, SECRET)).toBe(true);
    expect(await verifySignature(bytes, signature, SECRET)).toBe(true);
    expect(await verifySignature(bytes.buffer, signature, SECRET)).toBe(true);
    // Upper-case hex and surrounding whitespace, as some proxies pass headers on.
    expect(await verifySignature(body, ` ${signature.toUpperCase()} `, SECRET)).toBe(true);
  });

  it("reads a view over a larger buffer as given", async () => {
    const padded = new TextEncoder().encode(`xx${body}yy`);
    const view = padded.subarray(2, padded.length - 2);
    expect(await verifySignature(view, nodeSignature(body), SECRET)).toBe(true);
  });

  it("refuses a body changed by one byte, a body parsed and serialised again, and another secret", async () => {
    const signature = nodeSignature(body);
    expect(await verifySignature(body.replace("Zoë", "Zoe"), signature, SECRET)).toBe(false);
    expect(await verifySignature(JSON.stringify(contactCreated, null, 1), signature, SECRET)).toBe(
      false,
    );
    expect(await verifySignature(body, nodeSignature(body, "another-secret"), SECRET)).toBe(false);
  });

  it.each([
    ["missing", undefined],
    ["null", null],
    ["empty", ""],
    ["without the sha1= prefix", nodeSignature(body).slice(5)],
    ["another algorithm", `sha256=${createHmac("sha256", SECRET).update(body).digest("hex")}`],
    ["too short", nodeSignature(body).slice(0, -2)],
    ["not hex", `sha1=${"z".repeat(40)}`],
  ])("is false, not an exception, for a header that is %s", async (_case, header) => {
    expect(await verifySignature(body, header, SECRET)).toBe(false);
  });

  it("refuses an empty secret with a ConfigurationError", async () => {
    await expect(verifySignature(body, nodeSignature(body), "")).rejects.toThrow(
      ConfigurationError,
    );
  });
});
