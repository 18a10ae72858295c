// The `./app` subpath: the Hono app alone, for mounting inside a server the
// caller runs. A file of its own so the bundler builds it as one entry,
// `dist/app.js`, beside `dist/index.js` (scripts/build-package.mjs).
export type { SandboxApp } from "./app/create-app.js";
export { createSandboxApp } from "./app/create-app.js";
