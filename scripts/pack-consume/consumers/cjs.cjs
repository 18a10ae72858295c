// CommonJS: require() of the ESM-only packages, which Node >= 22.12 allows
// without a flag for modules with no top-level await.
const umbrella = require("intercom-kit");
const core = require("@intercom-kit/core");
const contacts = require("@intercom-kit/contacts");
const retry = require("@intercom-kit/retry");
const { checkSdk } = require("./checks.mjs");

const { SANDBOX_URL: url, SANDBOX_TOKEN: token, CONSUMER: label } = process.env;
checkSdk({ umbrella, core, contacts, retry }, { url, token, label }).then(
  (passed) => {
    for (const line of passed) console.log(`ok ${line}`);
  },
  (error) => {
    console.error(error);
    process.exitCode = 1;
  },
);
