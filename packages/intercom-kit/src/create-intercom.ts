import { type ClientOptions, createClient } from "@intercom-kit/core";
import { allDomains } from "./generated/domains.js";

/** A client with every domain facade: `client.contacts`, `client.conversations`, … */
export type IntercomClient = ReturnType<ReturnType<typeof allDomains>>;

/**
 * The one-import client: `createClient` plus every domain facade.
 *
 * PRESET PLUGINS — retry and rate-limit are preinstalled here once their
 * packages are wired in (plugins issue): insert `.use(retry()).use(rateLimit())`
 * between `createClient(options)` and `.use(allDomains())`, so every facade
 * call goes through them, and add the two packages to package.json.
 */
export function createIntercom(options: ClientOptions): IntercomClient {
  return createClient(options).use(allDomains());
}
