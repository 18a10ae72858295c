import type { Client, Plugin } from "@intercom-kit/core";
import { canonicalContactId, canonicalLink } from "@intercom-kit/core/internal";

/** One followed 410, for logs. */
export interface MergedContactFollow {
  readonly operationId: string;
  /** The merged contact's id, the one the call named. */
  readonly from: string;
  /** The id of the contact it was merged into, which the call was sent to instead. */
  readonly to: string;
}

export interface FollowMergedContactsOptions {
  /**
   * The HTTP methods whose calls are followed; every other call keeps its
   * `ContactMergedError`. Default `["GET"]`: reads only. A `PUT` or `DELETE`
   * sent on would change the surviving contact, which is a choice, so it has
   * to be asked for.
   */
  readonly methods?: readonly ("GET" | "PUT" | "DELETE")[];
  /** Told every time a call is sent on to the canonical contact. */
  readonly onFollow?: (event: MergedContactFollow) => void;
}

/** Path segments after `contacts/` that are not contact ids. */
const NOT_IDS: ReadonlySet<string> = new Set(["search", "merge", "find_by_external_id"]);

/**
 * Follows merged contacts: when Intercom answers 410 `contact_merged` with
 * `Link: </contacts/{id}>; rel="canonical"`, the same call is sent once more
 * with the canonical id in place of the merged one, and its answer is the
 * call's. Only retry-safe operations are followed (those the core marks
 * `retrySafe`), only when the merged id is a `contacts/{id}` segment of the
 * path, only for `options.methods`, and at most once per call, retries
 * included, so a chain of merges or a second 410 ends in the
 * `ContactMergedError` as it would without the plugin.
 *
 * A plugin of this package, not of the core, since the core knows no
 * resource: it is the contact paths and this one error code that it reads.
 *
 * @example
 * const client = createClient({ token }).use(followMergedContacts());
 * const contact = await retrieveContact(client, { contact_id: mergedLeadId }); // the user it became
 */
export function followMergedContacts(options: FollowMergedContactsOptions = {}): Plugin {
  const methods = new Set<string>(options.methods ?? ["GET"]);
  return <TClient extends Client>(client: TClient): TClient => {
    const followed = new WeakSet<object>();
    return client.withMiddleware((next) => async (request, context) => {
      const eligible =
        context.retrySafe &&
        methods.has(request.method) &&
        !followed.has(context.call) &&
        contactIdIndex(new URL(request.url)) !== undefined;
      // The body goes with the first send, so keep a copy only for a call that may be sent on.
      const copy = eligible && request.body !== null ? request.clone() : undefined;
      const response = await next(request, context);
      if (!eligible || response.status !== 410 || followed.has(context.call)) return response;
      const to = canonicalContactId(canonicalLink(response.headers.get("link")));
      const url = new URL(request.url);
      const index = contactIdIndex(url) as number;
      const segments = url.pathname.split("/");
      const from = decodeURIComponent(segments[index] as string);
      if (to === undefined || to === from || !(await isContactMerged(response))) return response;
      followed.add(context.call);
      segments[index] = encodeURIComponent(to);
      url.pathname = segments.join("/");
      options.onFollow?.({ operationId: context.operationId, from, to });
      const resend = new Request(url, {
        method: request.method,
        headers: request.headers,
        body: copy ? await copy.arrayBuffer() : null,
        signal: request.signal,
        redirect: request.redirect,
      });
      return next(resend, context);
    });
  };
}

/** Where the contact id is in the path: the segment after the last `contacts`, when it is an id. */
function contactIdIndex(url: URL): number | undefined {
  const segments = url.pathname.split("/");
  const at = segments.lastIndexOf("contacts");
  const id = segments[at + 1];
  if (at < 0 || id === undefined || id === "" || NOT_IDS.has(id)) return undefined;
  return at + 1;
}

/** Whether the 410's body says `contact_merged`; the body is read already, so a clone costs nothing more. */
async function isContactMerged(response: Response): Promise<boolean> {
  try {
    const body = (await response.clone().json()) as { errors?: { code?: unknown }[] };
    return Array.isArray(body.errors) && body.errors.some((e) => e?.code === "contact_merged");
  } catch {
    return false;
  }
}
