// The calls every runtime consumer makes against the sandbox, and what it must
// answer. No imports of its own: each consumer hands in the modules it loaded
// its own way (import, require, a bundle), so this file tests none of that.
// Throws on the first answer that is not what the SDK promises.

/**
 * @param {{ umbrella?: any, core: any, contacts: any, retry: any }} sdk
 * @param {{ url: string, token: string, label: string }} sandbox
 * @returns {Promise<string[]>} one line per check that passed
 */
export async function checkSdk(sdk, { url, token, label }) {
  const passed = [];
  const expect = (ok, what) => {
    if (!ok) throw new Error(`${label}: expected ${what}`);
    passed.push(what);
  };
  const email = `${label}@pack-consume.example`;

  // The selective way: core + one domain function + a plugin.
  const client = sdk.core.createClient({ token, baseUrl: url, validation: "strict" });
  const withRetry = client.use(sdk.retry.retry());
  const created = await sdk.contacts.createContact(withRetry, { role: "user", email, name: label });
  expect(
    typeof created.id === "string" && created.email === email,
    "createContact echoes the email",
  );
  const fetched = await sdk.contacts.retrieveContact(withRetry, { contact_id: created.id });
  expect(fetched.id === created.id && fetched.name === label, "retrieveContact finds it");

  // Pagination: the first page awaited, then every contact iterated lazily.
  const first = await sdk.contacts.listContacts(withRetry, { per_page: 50 });
  const total = first.body.total_count;
  expect(first.items.length === 50 && first.hasNextPage, "a first page of 50 with a next page");
  const ids = new Set();
  for await (const contact of sdk.contacts.listContacts(withRetry, { per_page: 50 })) {
    ids.add(contact.id);
  }
  expect(ids.size === total && ids.has(created.id), `${total} distinct contacts over pages`);

  // A typed error, one class whichever package it is imported from.
  const notFound = await sdk.contacts
    .retrieveContact(withRetry, { contact_id: "no-such-contact" })
    .then(
      () => undefined,
      (error) => error,
    );
  expect(
    notFound instanceof sdk.core.NotFoundError && notFound.status === 404,
    "a NotFoundError (404) for an unknown id",
  );

  if (sdk.umbrella) {
    const intercom = sdk.umbrella.createIntercom({ token, baseUrl: url });
    const again = await intercom.contacts.retrieve({ contact_id: created.id });
    expect(again.email === email, "createIntercom().contacts.retrieve finds it");
    const missing = await intercom.contacts.retrieve({ contact_id: "no-such-contact" }).then(
      () => undefined,
      (error) => error,
    );
    expect(
      missing instanceof sdk.umbrella.NotFoundError && missing instanceof sdk.core.IntercomError,
      "the umbrella's NotFoundError is core's",
    );
  }
  return passed;
}
