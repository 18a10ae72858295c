export * from "@intercom-kit/core";
export { createIntercom, type IntercomClient, type IntercomOptions } from "./create-intercom.js";
export * from "./generated/domains.js";
export type * from "./generated/types.js";
