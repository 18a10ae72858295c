import { createClient, type Region } from "@intercom-kit/core";
import { startLocalIntercom } from "./local-intercom.ts";
import { bold, dim } from "./print.ts";
import { runTour } from "./tour.ts";

// Runs unchanged on Node (>= 22.18, type stripping), Bun and Deno.
// With INTERCOM_TOKEN it talks to Intercom itself; otherwise to a local server.

const env = globalThis.process?.env ?? {};
const token = env.INTERCOM_TOKEN;

if (token) {
  const region = (env.INTERCOM_REGION ?? "us") as Region;
  console.log(bold(`intercom-kit demo · Intercom (${region}), read-only`));
  await runTour(createClient({ token, region }));
} else {
  const local = await startLocalIntercom();
  console.log(bold("intercom-kit demo · local emulator"), dim(local.url));
  try {
    await runTour(createClient({ token: local.token, baseUrl: local.url }));
  } finally {
    await local.stop();
  }
}
console.log(`\n${bold("Done.")}`);
