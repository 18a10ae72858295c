/** An OAuth app the sandbox knows: its code exchange must carry this secret. */
export interface OAuthClient {
  readonly clientId: string;
  readonly clientSecret: string;
}

/**
 * `clients` registers OAuth apps. Without any, every client id is approved
 * and any non-empty secret is taken, so a demo needs no setup.
 */
export interface OAuthOptions {
  readonly clients?: readonly OAuthClient[];
}
