import { describe, expect, it, vi } from "vitest";
import { createClient, createIntercom, RequestValidationError } from "../src/index.js";
import { createTag, listContacts, retrieveContact, tags } from "./domains.js";

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
