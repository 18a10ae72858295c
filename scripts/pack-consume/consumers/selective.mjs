// Only core + contacts + retry are installed: no umbrella, no other domain.
import * as contacts from "@intercom-kit/contacts";
import * as core from "@intercom-kit/core";
import * as retry from "@intercom-kit/retry";
import { checkSdk } from "./checks.mjs";

const { SANDBOX_URL: url, SANDBOX_TOKEN: token, CONSUMER: label } = process.env;
const passed = await checkSdk({ core, contacts, retry }, { url, token, label });
for (const line of passed) console.log(`ok ${line}`);
