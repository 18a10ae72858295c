import { RESOURCE_TREE } from "../config/resources/index.ts";
import { kebabCase } from "../emit/names.ts";

/** One generated package: a top-level resource of the tree. */
export interface Domain {
  /** Package directory and npm name suffix: `@intercom-kit/<name>`. */
  readonly name: string;
  /** The facade plugin and client member: `contacts()` → `client.contacts`. */
  readonly facade: string;
  /** One line for package.json and the README. */
  readonly summary: string;
}

/** The packages, in the tree's order. */
export const DOMAINS: readonly Domain[] = Object.entries(RESOURCE_TREE).map(([facade, node]) => ({
  name: kebabCase(facade),
  facade,
  summary: node.summary,
}));
