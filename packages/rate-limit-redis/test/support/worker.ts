// One worker process of the multi-process test: its own client, with retry
// and a rate limiter on the shared Redis store, sending calls from `PARALLEL`
// loops until `RUN_MS` has passed. Prints `started` after its first success
// and one `result {...}` line at the end.
import { createClient, type Operation } from "@intercom-kit/core";
import { runOperation } from "@intercom-kit/core/internal";
import { rateLimit } from "@intercom-kit/rate-limit";
import { retry } from "@intercom-kit/retry";
import { RedisStore } from "../../src/index.js";
import { type ClientKind, connectRedis } from "./redis-clients.js";

const identifyAdmin: Operation = {
  id: "identifyAdmin",
  method: "GET",
  path: "/me",
  response: "json",
  retrySafe: true,
};

const env = (name: string): string => {
  const value = process.env[name];
  if (value === undefined) throw new Error(`worker: ${name} is not set`);
  return value;
};

const redis = await connectRedis(env("REDIS_CLIENT") as ClientKind, env("REDIS_URL"));
const windowMs = Number(env("WINDOW_MS"));
const client = createClient({
  token: env("TOKEN"),
  baseUrl: env("BASE_URL"),
  headers: { "x-worker": env("WORKER") },
})
  .use(retry())
  .use(
    rateLimit({
      store: new RedisStore(redis.client),
      windowMs,
      probeMs: Number(env("PROBE_MS")),
    }),
  );

const deadline = Date.now() + Number(env("RUN_MS"));
let succeeded = 0;
const errors: string[] = [];
const loop = async () => {
  while (Date.now() < deadline) {
    try {
      await runOperation(client, identifyAdmin, {});
      succeeded += 1;
      if (succeeded === 1) process.stdout.write("started\n");
    } catch (error) {
      errors.push(error instanceof Error ? `${error.name}: ${error.message}` : String(error));
    }
  }
};
await Promise.all(Array.from({ length: Number(env("PARALLEL")) }, loop));
const result = { succeeded, failed: errors.length, errors: errors.slice(0, 5) };
process.stdout.write(`result ${JSON.stringify(result)}\n`);
await redis.close();
