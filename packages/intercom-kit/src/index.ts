export * from "@intercom-kit/core";
export { createIntercom, type IntercomClient } from "./create-intercom.js";
export * from "./generated/domains.js";
