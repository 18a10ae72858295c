import { type Client, createClient, type Region } from "@intercom-kit/core";
import { type Logger, logging } from "@intercom-kit/logging";
import { rateLimit } from "@intercom-kit/rate-limit";
import { retry } from "@intercom-kit/retry";
import { startSandbox } from "@intercom-kit/sandbox";
import { dim } from "./print.ts";

export interface Target {
  readonly label: string;
  readonly client: Client;
  /** Every pause of the rate limiter so far, for the tour to report. */
  readonly pauses: RateLimitPause[];
  /** Whether the tour may create and change data. */
  readonly write: boolean;
  /** The embedded sandbox's URL, for the steps only it can play (OAuth's approval page). */
  readonly sandboxUrl?: string;
  stop(): Promise<void>;
}

export interface RateLimitPause {
  readonly operationId: string;
  readonly waitMs: number;
  readonly reason: string;
}

/** The logging plugin's lines, one per failed attempt, without the field dump `console` would add. */
const logLines: Logger = {
  error: (message) => console.log(`   ${dim(`log: ${message}`)}`),
  warn: (message) => console.log(`   ${dim(`log: ${message}`)}`),
  info: () => {},
  debug: () => {},
};

/** The sandbox's budget is made small on purpose, so the limiter's pauses show. */
const SANDBOX_BUDGET = { limit: 30, windowSeconds: 2 };

/** With INTERCOM_TOKEN, Intercom itself (read-only unless --write); otherwise the embedded sandbox. */
export async function chooseTarget(
  env: Record<string, string | undefined>,
  args: readonly string[],
): Promise<Target> {
  const token = env.INTERCOM_TOKEN;
  if (token) {
    const region = (env.INTERCOM_REGION ?? "us") as Region;
    const write = args.includes("--write");
    const pauses: RateLimitPause[] = [];
    return {
      label: `Intercom (${region}), ${write ? "read-write" : "read-only; pass --write to create data"}`,
      client: withPlugins(createClient({ token, region }), 10_000, pauses),
      pauses,
      write,
      stop: async () => {},
    };
  }
  const sandbox = await startSandbox({ seed: 1000, rateLimit: SANDBOX_BUDGET });
  const pauses: RateLimitPause[] = [];
  return {
    label: `embedded sandbox ${sandbox.url} (seed 1000, ${SANDBOX_BUDGET.limit} calls per ${SANDBOX_BUDGET.windowSeconds} s)`,
    client: withPlugins(
      createClient({ token: sandbox.token, baseUrl: sandbox.url }),
      SANDBOX_BUDGET.windowSeconds * 1000,
      pauses,
    ),
    pauses,
    write: true,
    sandboxUrl: sandbox.url,
    stop: () => sandbox.stop(),
  };
}

function withPlugins(client: Client, windowMs: number, pauses: RateLimitPause[]): Client {
  return client
    .use(retry())
    .use(
      rateLimit({
        windowMs,
        maxConcurrent: 8,
        onLimited: ({ operationId, waitMs, reason }) =>
          pauses.push({ operationId, waitMs, reason }),
      }),
    )
    .use(logging({ level: "warn", logger: logLines }));
}
