import { IntercomError } from "@intercom-kit/core";

/**
 * The callback's `state` is missing or is not the one this session sent:
 * the redirect did not start here (CSRF) or belongs to another login. Its
 * code must not be exchanged. Neither state is repeated in the message.
 */
export class OAuthStateMismatchError extends IntercomError {
  override name = "OAuthStateMismatchError";
}

/** The callback carries the right `state` but no `code`. */
export class OAuthMissingCodeError extends IntercomError {
  override name = "OAuthMissingCodeError";
}

/**
 * Intercom sent the user back with `error=` instead of a code, e.g. when the
 * user declined. `error` and `errorDescription` are Intercom's own words.
 */
export class OAuthAuthorizationError extends IntercomError {
  override name = "OAuthAuthorizationError";
  readonly error: string;
  readonly errorDescription: string | undefined;

  constructor(error: string, errorDescription: string | undefined) {
    super(
      `Intercom refused the authorization: ${error}${errorDescription ? ` (${errorDescription})` : ""}`,
    );
    this.error = error;
    this.errorDescription = errorDescription;
  }

  override toJSON(): Record<string, unknown> {
    return { ...super.toJSON(), error: this.error, errorDescription: this.errorDescription };
  }
}

export interface OAuthTokenErrorInit {
  /** The HTTP status of the token endpoint's answer. */
  readonly status: number;
  /** The error code: OAuth's `error`, the first `errors[].code` of an `error.list`, or `invalid_response`. */
  readonly error: string;
  readonly errorDescription?: string | undefined;
  readonly requestId?: string | undefined;
}

/**
 * The token endpoint did not give a token: a non-2xx answer, a body with
 * `error`, or a body that is not a token answer (`error` is then
 * `invalid_response`). The client secret and the code are never part of it:
 * they are removed from the endpoint's own description too.
 */
export class OAuthTokenError extends IntercomError {
  override name = "OAuthTokenError";
  readonly status: number;
  readonly error: string;
  readonly errorDescription: string | undefined;
  readonly requestId: string | undefined;

  constructor(init: OAuthTokenErrorInit, options?: { cause?: unknown }) {
    const description = init.errorDescription ? `: ${init.errorDescription}` : "";
    super(`The code exchange failed with ${init.status} ${init.error}${description}`, options);
    this.status = init.status;
    this.error = init.error;
    this.errorDescription = init.errorDescription;
    this.requestId = init.requestId;
  }

  override toJSON(): Record<string, unknown> {
    return {
      ...super.toJSON(),
      status: this.status,
      error: this.error,
      errorDescription: this.errorDescription,
      requestId: this.requestId,
    };
  }
}
