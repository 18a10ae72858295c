import { identifyAdmin } from "@intercom-kit/admins";
import { createClient } from "@intercom-kit/core";
import {
  authorizeUrl,
  exchangeCode,
  OAuthStateMismatchError,
  verifyCallback,
} from "@intercom-kit/oauth";
import { dim, green, line, yellow } from "./print.ts";

/**
 * What a public app's "Connect Intercom" button and callback route do. The
 * sandbox plays Intercom: its authorize page approves at once and sends the
 * browser back with a code, and its token endpoint trades the code for a
 * token. The demo follows the redirect itself, as the user's browser would.
 */
export async function connectWithOAuth(sandboxUrl: string): Promise<void> {
  const app = { clientId: "demo-app", clientSecret: "demo-client-secret" };
  const redirectUri = "https://demo.example.com/oauth/callback";

  // 1. Send the user to Intercom, keeping the state in their session.
  const { url, state } = authorizeUrl({ clientId: app.clientId, redirectUri, baseUrl: sandboxUrl });
  line(`${green("→")} authorize at ${dim(url.replace(state, `${state.slice(0, 8)}…`))}`);
  const approved = await fetch(url, { redirect: "manual" });
  const callback = approved.headers.get("location") ?? "";

  // 2. The callback route: check the state, then trade the code.
  const code = verifyCallback(callback, state);
  const { accessToken } = await exchangeCode({ code, ...app, baseUrl: sandboxUrl });
  const me = await identifyAdmin(createClient({ token: accessToken, baseUrl: sandboxUrl }));
  line(
    `${green("✔")} state checked, code exchanged: the new token belongs to ${me?.name} <${me?.email}>`,
  );

  // A callback that did not start here (a CSRF attempt) never reaches the exchange.
  const other = authorizeUrl({ clientId: app.clientId, redirectUri, baseUrl: sandboxUrl });
  const forged = (await fetch(other.url, { redirect: "manual" })).headers.get("location") ?? "";
  try {
    verifyCallback(forged, state);
    line("unexpected: a foreign state was accepted");
  } catch (error) {
    if (!(error instanceof OAuthStateMismatchError)) throw error;
    line(`${yellow("refused")} a callback with another session's state: ${error.name}`);
  }
}
