// Per-call overhead of intercom-kit against raw fetch, plain ky and the
// official intercom-client: the same workload (GET one contact, parse it) on
// the same loopback server, in one run, contenders interleaved round by round
// so that machine noise falls on all of them alike. Prints ratios to fetch.
//
//   pnpm turbo run build --filter=@intercom-kit/bench...
//   pnpm --filter @intercom-kit/bench bench:overhead     # CALLS=2000 ROUNDS=7
import { retrieveContact } from "@intercom-kit/contacts";
import { createClient } from "@intercom-kit/core";
import { retry } from "@intercom-kit/retry";
import { IntercomClient } from "intercom-client";
import ky from "ky";
import { startContactServer } from "./contact-server.ts";

const CALLS = Number(process.env.CALLS ?? 2000);
const ROUNDS = Number(process.env.ROUNDS ?? 7);
const TOKEN = "bench-token";
const HEADERS = {
  Authorization: `Bearer ${TOKEN}`,
  Accept: "application/json",
  "Intercom-Version": "2.16",
};

const server = await startContactServer();
const base = server.url;
const kyClient = ky.create({ prefix: base, headers: HEADERS, retry: 0 });
const kitOff = createClient({ token: TOKEN, baseUrl: base, validation: "off" });
const kitWarn = createClient({ token: TOKEN, baseUrl: base });
const kitRetry = kitWarn.use(retry());
const official = new IntercomClient({ token: TOKEN, baseUrl: base });

type Contender = readonly [name: string, call: (id: string) => Promise<unknown>];
const contenders: Contender[] = [
  ["raw fetch", async (id) => (await fetch(`${base}/contacts/${id}`, { headers: HEADERS })).json()],
  ["plain ky", (id) => kyClient.get(`contacts/${id}`).json()],
  ["intercom-kit, validation off", (id) => retrieveContact(kitOff, { contact_id: id })],
  ["intercom-kit, validation warn (default)", (id) => retrieveContact(kitWarn, { contact_id: id })],
  ["intercom-kit + retry plugin", (id) => retrieveContact(kitRetry, { contact_id: id })],
  ["intercom-client 7", (id) => official.contacts.find({ contact_id: id })],
];

// Warm-up: JIT, connection pools, module caches.
for (const [, call] of contenders) for (let i = 0; i < 200; i++) await call(`w${i}`);

const samples = new Map<string, number[]>(contenders.map(([name]) => [name, []]));
for (let round = 0; round < ROUNDS; round++) {
  for (const [name, call] of contenders) {
    const start = performance.now();
    for (let i = 0; i < CALLS; i++) await call(`c${i}`);
    samples.get(name)?.push(((performance.now() - start) * 1000) / CALLS);
  }
}
await server.close();

const median = (xs: number[]) =>
  [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? Number.NaN;
const fetchMedian = median(samples.get("raw fetch") ?? []);
console.log(
  `${CALLS} sequential calls × ${ROUNDS} rounds, median µs per call (loopback, Node ${process.versions.node})`,
);
const width = Math.max(...contenders.map(([name]) => name.length));
console.log(`${"contender".padEnd(width)}  µs/call  × fetch  overhead µs`);
for (const [name] of contenders) {
  const m = median(samples.get(name) ?? []);
  console.log(
    `${name.padEnd(width)}  ${m.toFixed(1).padStart(7)}  ${(m / fetchMedian).toFixed(2).padStart(7)}  ${(m - fetchMedian).toFixed(1).padStart(11)}`,
  );
}
console.log(`server answered ${server.requests()} requests`);
