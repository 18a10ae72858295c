import { parseArgs } from "node:util";
import type { FaultOptions } from "../faults/fault-options.js";
import type { StartSandboxOptions } from "../start-sandbox.js";

export const CLI_USAGE = `Usage: intercom-sandbox [options]

Serves an in-memory emulator of the Intercom REST API 2.16 on 127.0.0.1.

  --port <n>               port to listen on (default 4010; 0 picks a free one)
  --seed <n>               seed for the generated data and faults (default 1000)
  --token <t>              accepted bearer token; repeat for more (default sandbox-token)
  --contacts <n>           seed contacts (default 120)
  --companies <n>          seed companies (default 40)
  --conversations <n>      seed conversations (default 60)
  --rate-limit <n>         calls allowed per window and token (default 1666)
  --rate-window <s>        window length in seconds (default 10)
  --no-rate-limit          no limit and no X-RateLimit-* headers
  --latency <ms|min-max>   delay every answer
  --error-rate <p>         share of requests answered 500
  --drop-rate <p>          share of connections closed without an answer
  --truncate-rate <p>      share of JSON answers cut in half
  --invalid-json-rate <p>  share of answers with a body that is not JSON
  --html-error-rate <p>    share of requests answered with a 503 HTML page
  --fault-seed <n>         seed for fault decisions (default: --seed)
  --emulate <mode>         all (default): every operation answers; stateful-only: 501 for the rest
  --webhook <url>          send signed webhooks to this loopback URL (all topics)
  --webhook-secret <s>     client secret the webhooks are signed with (default sandbox-secret)
  -h, --help               show this help
`;

export type CliCommand =
  | { readonly kind: "help" }
  | { readonly kind: "start"; readonly options: StartSandboxOptions & { readonly port: number } };

export class CliUsageError extends Error {}

export function parseCliArgs(argv: readonly string[]): CliCommand {
  let parsed: ReturnType<typeof parse>;
  try {
    parsed = parse(argv);
  } catch (error) {
    throw new CliUsageError(error instanceof Error ? error.message : String(error));
  }
  const { values } = parsed;
  if (values.help) return { kind: "help" };
  const faults: FaultOptions = {
    ...(values.latency === undefined ? {} : { latencyMs: latency(values.latency) }),
    ...rate("serverErrorRate", values["error-rate"], "--error-rate"),
    ...rate("dropRate", values["drop-rate"], "--drop-rate"),
    ...rate("truncateRate", values["truncate-rate"], "--truncate-rate"),
    ...rate("invalidJsonRate", values["invalid-json-rate"], "--invalid-json-rate"),
    ...rate("htmlErrorRate", values["html-error-rate"], "--html-error-rate"),
    ...(values["fault-seed"] === undefined
      ? {}
      : { seed: integer(values["fault-seed"], "--fault-seed") }),
  };
  const seedSizes = {
    ...(values.contacts === undefined ? {} : { contacts: integer(values.contacts, "--contacts") }),
    ...(values.companies === undefined
      ? {}
      : { companies: integer(values.companies, "--companies") }),
    ...(values.conversations === undefined
      ? {}
      : { conversations: integer(values.conversations, "--conversations") }),
  };
  const rateLimit = values["no-rate-limit"]
    ? false
    : {
        limit:
          values["rate-limit"] === undefined ? 1666 : integer(values["rate-limit"], "--rate-limit"),
        windowSeconds:
          values["rate-window"] === undefined
            ? 10
            : integer(values["rate-window"], "--rate-window"),
      };
  return {
    kind: "start",
    options: {
      port: values.port === undefined ? 4010 : integer(values.port, "--port"),
      ...(values.seed === undefined ? {} : { seed: integer(values.seed, "--seed") }),
      ...(values.token === undefined ? {} : { tokens: values.token }),
      rateLimit,
      faults,
      seedSizes,
      ...(values.emulate === undefined ? {} : { emulate: emulateMode(values.emulate) }),
      ...(values.webhook === undefined
        ? {}
        : {
            webhooks: {
              subscriptions: values.webhook.map((url) => ({
                url,
                clientSecret: values["webhook-secret"] ?? "sandbox-secret",
                topics: ["*"],
              })),
            },
          }),
    },
  };
}

function parse(argv: readonly string[]) {
  return parseArgs({
    args: [...argv],
    strict: true,
    allowPositionals: false,
    options: {
      port: { type: "string" },
      seed: { type: "string" },
      token: { type: "string", multiple: true },
      contacts: { type: "string" },
      companies: { type: "string" },
      conversations: { type: "string" },
      "rate-limit": { type: "string" },
      "rate-window": { type: "string" },
      "no-rate-limit": { type: "boolean" },
      latency: { type: "string" },
      "error-rate": { type: "string" },
      "drop-rate": { type: "string" },
      "truncate-rate": { type: "string" },
      "invalid-json-rate": { type: "string" },
      "html-error-rate": { type: "string" },
      "fault-seed": { type: "string" },
      emulate: { type: "string" },
      webhook: { type: "string", multiple: true },
      "webhook-secret": { type: "string" },
      help: { type: "boolean", short: "h" },
    },
  });
}

function emulateMode(raw: string): "all" | "stateful-only" {
  if (raw === "all" || raw === "stateful-only") return raw;
  throw new CliUsageError(`--emulate takes all or stateful-only, not ${JSON.stringify(raw)}`);
}

function integer(raw: string, flag: string): number {
  const value = Number(raw);
  if (!Number.isInteger(value) || value < 0) {
    throw new CliUsageError(`${flag} needs a whole number, got '${raw}'`);
  }
  return value;
}

function rate(
  key: keyof FaultOptions,
  raw: string | undefined,
  flag: string,
): Partial<FaultOptions> {
  if (raw === undefined) return {};
  const value = Number(raw);
  if (!Number.isFinite(value) || value < 0 || value > 1) {
    throw new CliUsageError(`${flag} needs a share between 0 and 1, got '${raw}'`);
  }
  return { [key]: value };
}

function latency(raw: string): NonNullable<FaultOptions["latencyMs"]> {
  const range = /^(\d+)-(\d+)$/.exec(raw);
  if (range) return { min: Number(range[1]), max: Number(range[2]) };
  return integer(raw, "--latency");
}
