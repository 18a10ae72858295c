// The operation catalogue as the umbrella package builds it (`intercom-kit/catalog`),
// so every generated page derives from the same resource tree as the code.
export async function loadCatalog() {
  const url = new URL("../../packages/intercom-kit/dist/catalog.js", import.meta.url);
  try {
    return (await import(url.href)).catalog;
  } catch (error) {
    throw new Error(
      `cannot load the catalogue (${error.message}); build first: pnpm turbo run build`,
    );
  }
}

/** A typedoc link to the function's page, shown as its name: `{@link "@intercom-kit/contacts"!retrieveContact}`. */
export const referenceLink = (entry) => `{@link "${entry.package}"!${entry.name}}`;

/** The facade path from a `createIntercom` client. */
export const facadePath = (entry) => `intercom.${entry.resource}.${entry.verb}`;
