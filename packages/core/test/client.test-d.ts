import { describe, expectTypeOf, it } from "vitest";
import {
  type ApiPromise,
  type ApiResult,
  type Client,
  createClient,
  type Page,
  type PagedCall,
} from "../src/index.js";
import { paginate, runOperation } from "../src/internal.js";
import { identifyAdmin, listContacts } from "./support/operations.js";

interface Contact {
  id: string;
}

const adminsPlugin = () => (client: Client) =>
  client.extend((c) => ({
    admins: { me: () => runOperation<{ email: string }>(c, identifyAdmin, {}) },
  }));

describe("client types", () => {
  it(".use() shows what a plugin added, and keeps it through later derivations", () => {
    const client = createClient({ token: "t" }).use(adminsPlugin());
    expectTypeOf(client.admins.me).returns.toEqualTypeOf<ApiPromise<{ email: string }>>();
    const derived = client.withMiddleware((next) => next);
    expectTypeOf(derived).toHaveProperty("admins");
    expectTypeOf(createClient({ token: "t" })).not.toHaveProperty("admins");
  });

  it("a paged call awaits to a page and iterates items", () => {
    const call = paginate<Contact, { data: Contact[] }>(
      createClient({ token: "t" }),
      listContacts,
      {},
    );
    expectTypeOf(call).toEqualTypeOf<PagedCall<Contact, { data: Contact[] }>>();
    expectTypeOf<Awaited<typeof call>>().toEqualTypeOf<Page<Contact, { data: Contact[] }>>();
    expectTypeOf<Awaited<typeof call>["items"]>().toEqualTypeOf<readonly Contact[]>();
    // A real promise, with the raw response as a single call has it.
    expectTypeOf(call).toExtend<Promise<Page<Contact, { data: Contact[] }>>>();
    expectTypeOf(call.withResponse()).resolves.toEqualTypeOf<
      ApiResult<Page<Contact, { data: Contact[] }>>
    >();
    expectTypeOf(call.catch).toBeFunction();
    expectTypeOf(call.finally).toBeFunction();
  });

  it("rejects unknown options", () => {
    // @ts-expect-error region must be us, eu or au
    createClient({ token: "t", region: "mars" });
    // @ts-expect-error validation mode is a closed set
    createClient({ token: "t", validation: "loose" });
  });
});
