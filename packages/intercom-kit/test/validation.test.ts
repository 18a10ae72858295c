import { describe, expect, it, vi } from "vitest";
import { createClient, createIntercom, RequestValidationError } from "../src/index.js";
import {
  attachConversationTag,
  createContact,
  createMessage,
  createTag,
  listContacts,
  listDataEvents,
  retrieveContact,
  tags,
} from "./domains.js";

interface Sent {
  readonly method: string;
  readonly url: string;
  readonly body: string;
}

/** A fetch that records what was sent and answers one JSON body. */
function recordingFetch(answer: unknown) {
  const sent: Sent[] = [];
  const fetch = vi.fn(async (input: Request | string | URL, init?: RequestInit) => {
    const request = new Request(input, init);
    sent.push({ method: request.method, url: request.url, body: await request.text() });
    return new Response(JSON.stringify(answer), {
      headers: { "content-type": "application/json" },
    });
  });
  return Object.assign(fetch, { sent });
}

describe("requests the API takes are sent; nested mistakes are refused before sending", () => {
  it("takes the numeric ids Intercom's own examples send, and sends them as given", async () => {
    const fetch = recordingFetch({ type: "tag", id: "130", name: "vip" });
    const client = createClient({ token: "t", fetch, baseUrl: "http://127.0.0.1:9" });
    await attachConversationTag(client, { conversation_id: "7", id: 130, admin_id: 991267921 });
    await attachConversationTag(client, { conversation_id: "7", id: "130", admin_id: "991267921" });
    expect(fetch.sent.map((sent) => sent.body)).toEqual([
      '{"id":130,"admin_id":991267921}',
      '{"id":"130","admin_id":"991267921"}',
    ]);
  });

  it("refuses a misspelt or missing key inside a nested object, naming its path", async () => {
    const fetch = recordingFetch({});
    const client = createClient({ token: "t", fetch });
    const to = { type: "user", id: "c1" } as const;
    const missing = await createMessage(client, {
      message_type: "inapp",
      body: "Hi",
      from: { type: "admin" } as never,
      to,
    }).catch((error: unknown) => error);
    expect(missing).toBeInstanceOf(RequestValidationError);
    expect((missing as RequestValidationError).issues.map((i) => i.path)).toContain("from.id");
    const misspelt = await createMessage(client, {
      message_type: "inapp",
      body: "Hi",
      from: { type: "admin", id: 42, nmae: "Ada" } as never,
      to,
    }).catch((error: unknown) => error);
    expect((misspelt as RequestValidationError).issues.map((i) => i.path)).toContain("from.nmae");
    expect(fetch).not.toHaveBeenCalled();
  });

  it("refuses a filter holding keys that exclude each other", async () => {
    const fetch = recordingFetch({});
    const client = createClient({ token: "t", fetch });
    const call = listDataEvents(client, {
      type: "user",
      filter: { user_id: "1", intercom_user_id: "2", email: "ada@example.com" } as never,
    });
    await expect(call).rejects.toBeInstanceOf(RequestValidationError);
    expect(fetch).not.toHaveBeenCalled();
  });

  it("checks the description's required sets: a contact needs an email, an external id or a role", async () => {
    const fetch = recordingFetch({ type: "contact", id: "c1" });
    const client = createClient({ token: "t", fetch, baseUrl: "http://127.0.0.1:9" });
    await expect(createContact(client, { name: "Ada" })).rejects.toThrow(
      /needs email, or external_id, or role/,
    );
    expect(fetch).not.toHaveBeenCalled();
    // Enums stay open: a role the description does not list yet is sent.
    await createContact(client, { role: "prospect", name: "Ada" });
    expect(fetch.sent.map((sent) => JSON.parse(sent.body))).toEqual([
      { role: "prospect", name: "Ada" },
    ]);
  });
});

describe("generated functions check params before sending", () => {
  it("reject an unknown field and send nothing", async () => {
    const fetch = recordingFetch({});
    const client = createClient({ token: "t", fetch });
    const call = retrieveContact(client, { contact_id: "1", colour: "red" } as never);
    await expect(call).rejects.toBeInstanceOf(RequestValidationError);
    await expect(call).rejects.toThrow(/colour/);
    expect(fetch).not.toHaveBeenCalled();
  });

  it("reject a missing required param and a wrong type", async () => {
    const fetch = recordingFetch({});
    const client = createClient({ token: "t", fetch });
    await expect(retrieveContact(client, {} as never)).rejects.toThrow(/contact_id/);
    await expect(listContacts(client, { per_page: "50" } as never)).rejects.toThrow(/per_page/);
    expect(fetch).not.toHaveBeenCalled();
  });

  it("reject values outside the description's limits, naming the param", async () => {
    const fetch = recordingFetch({});
    const client = createClient({ token: "t", fetch });
    for (const per_page of [0, 151, 2.5]) {
      const call = listContacts(client, { per_page });
      await expect(call).rejects.toBeInstanceOf(RequestValidationError);
      await expect(call).rejects.toThrow(/per_page/);
    }
    expect(fetch).not.toHaveBeenCalled();
  });

  it("split flat params into path, query and body", async () => {
    const fetch = recordingFetch({ type: "tag", id: "1", name: "vip" });
    const client = createClient({ token: "t", fetch, baseUrl: "http://127.0.0.1:9" });
    await createTag(client, { body: { name: "vip" } });
    await retrieveContact(client, { contact_id: "a/b", include_merge_history: true });
    expect(fetch.sent).toEqual([
      { method: "POST", url: "http://127.0.0.1:9/tags", body: JSON.stringify({ name: "vip" }) },
      {
        method: "GET",
        url: "http://127.0.0.1:9/contacts/a%2Fb?include_merge_history=true",
        body: "",
      },
    ]);
  });

  it("route a facade member to its function", async () => {
    const fetch = recordingFetch({ type: "list", data: [] });
    const client = createClient({ token: "t", fetch, baseUrl: "http://127.0.0.1:9" }).use(tags());
    await client.tags.list();
    expect(fetch.sent.map((r) => `${r.method} ${r.url}`)).toEqual(["GET http://127.0.0.1:9/tags"]);
    expect(createIntercom({ token: "t" }).tags.list).toBeTypeOf("function");
  });
});
