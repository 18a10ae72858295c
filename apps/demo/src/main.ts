import { bold, dim } from "./print.ts";
import { chooseTarget } from "./target.ts";
import { runTour } from "./tour.ts";

// One program for Node (type stripping), Bun and Deno. With INTERCOM_TOKEN it
// talks to Intercom; otherwise to the embedded sandbox, so no token is needed.

const env = globalThis.process?.env ?? {};
const args = globalThis.process?.argv.slice(2) ?? [];

const target = await chooseTarget(env, args);
console.log(`${bold("intercom-kit demo")} ${dim(`· ${target.label}`)}`);
try {
  await runTour(target.client, target.write, target.pauses, target.sandboxUrl);
} finally {
  await target.stop();
}
console.log(`\n${bold("Done.")}`);
