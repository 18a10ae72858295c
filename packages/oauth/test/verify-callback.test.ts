import { ConfigurationError, IntercomError } from "@intercom-kit/core";
import { describe, expect, it } from "vitest";
import {
  OAuthAuthorizationError,
  OAuthMissingCodeError,
  OAuthStateMismatchError,
  verifyCallback,
} from "../src/index.js";

const STATE = "expected-state-0123456789";

describe("verifyCallback", () => {
  it("returns the code from a full URL, a path, a bare query, a URL or URLSearchParams", () => {
    const query = `code=the-code&state=${STATE}`;
    for (const callback of [
      `https://app.example.com/oauth/callback?${query}`,
      `/oauth/callback?${query}#fragment`,
      query,
      new URL(`https://app.example.com/cb?${query}`),
      new URLSearchParams(query),
    ]) {
      expect(verifyCallback(callback, STATE)).toBe("the-code");
    }
  });

  it("refuses another state, a missing state and a state that only shares a prefix", () => {
    for (const state of ["other", `${STATE}x`, STATE.slice(0, -1), ""]) {
      const callback = `?code=c0de-value&state=${encodeURIComponent(state)}`;
      expect(() => verifyCallback(callback, STATE)).toThrow(OAuthStateMismatchError);
    }
    const missing = () => verifyCallback("?code=c0de-value", STATE);
    expect(missing).toThrow(OAuthStateMismatchError);
    expect(missing).toThrow(/has no state/);
  });

  it("never repeats either state or the code in the error", () => {
    try {
      verifyCallback("?code=secret-code-value&state=forged-state-value", STATE);
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(IntercomError);
      const text = `${String(error)} ${JSON.stringify(error)}`;
      for (const secret of [STATE, "forged-state-value", "secret-code-value"]) {
        expect(text).not.toContain(secret);
      }
    }
  });

  it("says when the code is missing", () => {
    expect(() => verifyCallback(`?state=${STATE}`, STATE)).toThrow(OAuthMissingCodeError);
    expect(() => verifyCallback(`?state=${STATE}&code=`, STATE)).toThrow(OAuthMissingCodeError);
  });

  it("turns error= into an OAuthAuthorizationError with Intercom's words", () => {
    try {
      verifyCallback(`?error=access_denied&error_description=User+declined&state=${STATE}`, STATE);
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(OAuthAuthorizationError);
      const refused = error as OAuthAuthorizationError;
      expect([refused.error, refused.errorDescription]).toEqual(["access_denied", "User declined"]);
      expect(JSON.parse(JSON.stringify(refused))).toMatchObject({
        name: "OAuthAuthorizationError",
        error: "access_denied",
        errorDescription: "User declined",
      });
    }
  });

  it("needs an expected state", () => {
    expect(() => verifyCallback("?code=c&state=s", "")).toThrow(ConfigurationError);
  });
});
