import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { ContactRecord } from "../src/store/records.js";
import { type Body, type SandboxClient, startClient } from "./support/sandbox-client.js";

let api: SandboxClient;
let contacts: ContactRecord[];
beforeAll(async () => {
  api = await startClient({ rateLimit: false, seed: 42, seedSizes: { contacts: 80 } });
  contacts = [...api.sandbox.store.contacts.values()];
});
afterAll(() => api.sandbox.stop());

async function searchAll(query: unknown, perPage = 150): Promise<string[]> {
  const res = await api.post("/contacts/search", { query, pagination: { per_page: perPage } });
  expect(res.status).toBe(200);
  expect(res.body.pages.next).toBeUndefined();
  return res.body.data.map((c: Body) => c.id);
}

function expected(predicate: (c: ContactRecord) => boolean): string[] {
  return contacts.filter(predicate).map((c) => c.id);
}

describe("contact search: operators", () => {
  const first = () => contacts[0] as ContactRecord;

  it.each([
    ["=", "role", "lead", (c: ContactRecord) => c.role === "lead"],
    ["!=", "role", "lead", (c: ContactRecord) => c.role !== "lead"],
    [
      "IN",
      "location.country",
      ["Ireland", "Japan"],
      (c: ContactRecord) => ["Ireland", "Japan"].includes(c.location.country ?? ""),
    ],
    [
      "NIN",
      "location.country",
      ["Ireland", "Japan"],
      (c: ContactRecord) => !["Ireland", "Japan"].includes(c.location.country ?? ""),
    ],
    ["~", "name", "an", (c: ContactRecord) => (c.name ?? "").toLowerCase().includes("an")],
    ["!~", "name", "an", (c: ContactRecord) => !(c.name ?? "").toLowerCase().includes("an")],
    ["^", "email", "a", (c: ContactRecord) => (c.email ?? "").startsWith("a")],
    ["$", "email", ".org", (c: ContactRecord) => (c.email ?? "").endsWith(".org")],
    [
      ">",
      "custom_attributes.seats",
      25,
      (c: ContactRecord) => Number(c.custom_attributes.seats) > 25,
    ],
    [
      "<=",
      "custom_attributes.seats",
      10,
      (c: ContactRecord) => Number(c.custom_attributes.seats) <= 10,
    ],
  ] as const)(
    "%s on %s matches what the records say",
    async (operator, field, value, predicate) => {
      const ids = await searchAll({ field, operator, value });
      expect(ids.sort()).toEqual(expected(predicate).sort());
      expect(ids.length).toBeGreaterThan(0);
    },
  );

  it("matches strings without regard to case", async () => {
    const target = first();
    const ids = await searchAll({
      field: "email",
      operator: "=",
      value: (target.email ?? "").toUpperCase(),
    });
    expect(ids).toEqual([target.id]);
  });

  it("matches dates by calendar day", async () => {
    const target = first();
    const day = Math.floor(target.created_at / 86_400) * 86_400;
    const sameDay = await searchAll({ field: "created_at", operator: "=", value: day + 3600 });
    expect(sameDay).toContain(target.id);
    const after = await searchAll({ field: "created_at", operator: ">", value: day });
    expect(after).not.toContain(target.id);
    expect(after.sort()).toEqual(expected((c) => c.created_at >= day + 86_400).sort());
  });

  it("refuses operators a date field does not take", async () => {
    for (const operator of [">=", "<=", "!=", "IN"]) {
      const value = operator === "IN" ? [1] : 1;
      const res = await api.post("/contacts/search", {
        query: { field: "created_at", operator, value },
      });
      expect(res.status).toBe(400);
      expect(res.body.type).toBe("error.list");
    }
  });

  it("refuses a value of the wrong type", async () => {
    const res = await api.post("/contacts/search", {
      query: { field: "created_at", operator: ">", value: "foobar" },
    });
    expect(res.status).toBe(400);
  });

  it("finds contacts by tag_id and only with = or !=", async () => {
    const tagId = contacts.find((c) => c.tags.length > 0)?.tags[0]?.tag_id ?? "";
    const ids = await searchAll({ field: "tag_id", operator: "=", value: tagId });
    expect(ids.sort()).toEqual(expected((c) => c.tags.some((t) => t.tag_id === tagId)).sort());
    const refused = await api.post("/contacts/search", {
      query: { field: "tag_id", operator: "IN", value: [tagId] },
    });
    expect(refused.status).toBe(400);
  });

  it("needs a list for IN and a known operator", async () => {
    const notList = await api.post("/contacts/search", {
      query: { field: "role", operator: "IN", value: "user" },
    });
    expect(notList.status).toBe(400);
    const unknown = await api.post("/contacts/search", {
      query: { field: "role", operator: "LIKE", value: "u" },
    });
    expect(unknown.status).toBe(400);
  });
});

describe("contact search: groups and limits", () => {
  const filter = (i: number) => ({
    field: "custom_attributes.seats",
    operator: "!=",
    value: 1000 + i,
  });

  it("combines AND and OR groups two levels deep", async () => {
    const query = {
      operator: "OR",
      value: [
        {
          operator: "AND",
          value: [
            { field: "role", operator: "=", value: "user" },
            { field: "location.country", operator: "=", value: "Ireland" },
          ],
        },
        {
          operator: "AND",
          value: [
            { field: "role", operator: "=", value: "lead" },
            { field: "custom_attributes.beta_features", operator: "=", value: true },
          ],
        },
      ],
    };
    const ids = await searchAll(query);
    const want = expected(
      (c) =>
        (c.role === "user" && c.location.country === "Ireland") ||
        (c.role === "lead" && c.custom_attributes.beta_features === true),
    );
    expect(ids.sort()).toEqual(want.sort());
    expect(ids.length).toBeGreaterThan(0);
  });

  it("refuses a third level of nesting with a 400 error.list", async () => {
    const query = {
      operator: "AND",
      value: [{ operator: "OR", value: [{ operator: "AND", value: [filter(1), filter(2)] }] }],
    };
    const res = await api.post("/contacts/search", { query });
    expect(res.status).toBe(400);
    expect(res.body).toMatchObject({ type: "error.list", errors: [{ code: "bad_request" }] });
    expect(res.body.errors[0].message).toMatch(/nested/);
  });

  it("takes 15 filters in a group and refuses 16", async () => {
    const fifteen = await api.post("/contacts/search", {
      query: { operator: "AND", value: Array.from({ length: 15 }, (_, i) => filter(i)) },
    });
    expect(fifteen.status).toBe(200);
    expect(fifteen.body.total_count).toBe(contacts.length);
    const sixteen = await api.post("/contacts/search", {
      query: { operator: "AND", value: Array.from({ length: 16 }, (_, i) => filter(i)) },
    });
    expect(sixteen.status).toBe(400);
    expect(sixteen.body.errors[0].message).toMatch(/15/);
  });

  it("refuses a missing query and a bad group operator", async () => {
    expect((await api.post("/contacts/search", {})).status).toBe(400);
    const res = await api.post("/contacts/search", {
      query: { operator: "XOR", value: [filter(1)] },
    });
    expect(res.status).toBe(400);
  });
});

describe("contact search: pagination and sort", () => {
  it("pages with pagination.starting_after until pages.next is absent", async () => {
    const query = { field: "role", operator: "=", value: "user" };
    const total = expected((c) => c.role === "user").length;
    const seen: string[] = [];
    let startingAfter: string | undefined;
    let requests = 0;
    while (requests < 40) {
      const res = await api.post("/contacts/search", {
        query,
        pagination: { per_page: 9, ...(startingAfter ? { starting_after: startingAfter } : {}) },
      });
      requests++;
      expect(res.body.total_count).toBe(total);
      seen.push(...res.body.data.map((c: Body) => c.id));
      startingAfter = res.body.pages.next?.starting_after;
      if (!startingAfter) break;
    }
    expect(requests).toBe(Math.ceil(total / 9));
    expect(new Set(seen).size).toBe(total);
    const garbage = await api.post("/contacts/search", {
      query,
      pagination: { starting_after: "garbage" },
    });
    expect(garbage.status).toBe(400);
    expect(garbage.body.errors[0].field).toBe("starting_after");
  });

  it("sorts descending by created_at unless told otherwise", async () => {
    const query = { field: "role", operator: "!=", value: "nobody" };
    const desc = (await api.post("/contacts/search", { query })).body.data.map(
      (c: Body) => c.created_at,
    );
    expect(desc).toEqual([...desc].sort((a, b) => b - a));
    const asc = (
      await api.post("/contacts/search", {
        query,
        sort: { field: "created_at", order: "ascending" },
      })
    ).body.data.map((c: Body) => c.created_at);
    expect(asc).toEqual([...asc].sort((a, b) => a - b));
  });

  it("answers invalid_sort_order for an order it does not know", async () => {
    const res = await api.post("/contacts/search", {
      query: { field: "role", operator: "=", value: "user" },
      sort: { field: "created_at", order: "desc" },
    });
    expect(res.status).toBe(400);
    expect(res.body.errors[0].code).toBe("invalid_sort_order");
  });

  it("holds per_page to 150 and defaults to 50", async () => {
    const query = { field: "role", operator: "!=", value: "nobody" };
    expect((await api.post("/contacts/search", { query })).body.pages.per_page).toBe(50);
    const big = await api.post("/contacts/search", { query, pagination: { per_page: 1000 } });
    expect(big.body.pages.per_page).toBe(150);
  });
});

describe("contact search: optional and nullable parts of the query, as the description has them", () => {
  it("takes a filter without value as value: null (the issue's external_id != case)", async () => {
    const withNull = await searchAll({ field: "external_id", operator: "!=", value: null });
    const without = await searchAll({ field: "external_id", operator: "!=" });
    expect(without).toEqual(withNull);
    expect(without.sort()).toEqual(expected((c) => c.external_id !== null).sort());
    expect((await searchAll({ field: "external_id", operator: "=" })).sort()).toEqual(
      expected((c) => c.external_id === null).sort(),
    );
  });

  it("reads a null list for IN and NIN as an empty one", async () => {
    expect(await searchAll({ field: "role", operator: "IN" })).toEqual([]);
    expect((await searchAll({ field: "role", operator: "NIN", value: null })).length).toBe(
      contacts.length,
    );
  });

  it("matches no text for ~, ^ and $ with a null value (not the word null)", async () => {
    expect(await searchAll({ field: "name", operator: "~" })).toEqual([]);
    expect(await searchAll({ field: "name", operator: "^", value: null })).toEqual([]);
    expect(await searchAll({ field: "name", operator: "$" })).toEqual([]);
    expect((await searchAll({ field: "name", operator: "!~" })).length).toBe(contacts.length);
  });

  it("combines a group without operator with AND, and takes null pagination, cursor and sort", async () => {
    const both = [
      { field: "role", operator: "=", value: "user" },
      { field: "location.country", operator: "=", value: "Ireland" },
    ];
    const implicit = await searchAll({ value: both });
    expect(implicit).toEqual(await searchAll({ operator: "AND", value: both }));
    const res = await api.post("/contacts/search", {
      query: { field: "role", operator: "=", value: "lead" },
      pagination: null,
      sort: null,
    });
    expect(res.status).toBe(200);
    expect(res.body.total_count).toBe(expected((c) => c.role === "lead").length);
    const nullCursor = await api.post("/contacts/search", {
      query: { field: "role", operator: "=", value: "lead" },
      pagination: { per_page: 5, starting_after: null },
      sort: { field: "created_at", order: null },
    });
    expect(nullCursor.status).toBe(200);
    expect(nullCursor.body.pages.page).toBe(1);
  });

  it("still refuses a filter without a field, since it cannot match anything", async () => {
    const res = await api.post("/contacts/search", { query: { operator: "=", value: "x" } });
    expect(res.status).toBe(400);
    expect(res.body.errors[0].field).toBe("field");
  });
});
