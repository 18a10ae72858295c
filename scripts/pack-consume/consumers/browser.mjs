// Bundled by esbuild for the browser and run in Chromium; the sandbox's URL and
// token come in the page's query. The outcome lands in document.title.
import * as contacts from "@intercom-kit/contacts";
import * as core from "@intercom-kit/core";
import * as retry from "@intercom-kit/retry";
import * as umbrella from "intercom-kit";
import { checkSdk } from "./checks.mjs";

const query = new URLSearchParams(location.search);
const sandbox = { url: query.get("url"), token: query.get("token"), label: query.get("label") };
checkSdk({ umbrella, core, contacts, retry }, sandbox).then(
  (passed) => {
    document.body.textContent = passed.map((line) => `ok ${line}`).join("\n");
    document.title = "passed";
  },
  (error) => {
    document.body.textContent = String(error?.stack ?? error);
    document.title = "failed";
  },
);
