// The browser-safe build of the whole SDK, for pages without a bundler:
// `import { createClient, contacts } from "./intercom-kit.browser.js"`.
// Node-only parts (the Redis rate-limit store, the sandbox) are not in it.
// With a bundler, import the packages themselves: they tree-shake further.
export * from "intercom-kit";
