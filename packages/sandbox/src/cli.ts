#!/usr/bin/env node
import process from "node:process";
import { CLI_USAGE, CliUsageError, parseCliArgs } from "./cli/parse-cli-args.js";
import { startSandbox } from "./start-sandbox.js";

/** `intercom-sandbox`: serves the emulator until SIGINT or SIGTERM. */
async function main(argv: readonly string[]): Promise<void> {
  let command: ReturnType<typeof parseCliArgs>;
  try {
    command = parseCliArgs(argv);
  } catch (error) {
    if (!(error instanceof CliUsageError)) throw error;
    process.stderr.write(`intercom-sandbox: ${error.message}\n\n${CLI_USAGE}`);
    process.exitCode = 2;
    return;
  }
  if (command.kind === "help") {
    process.stdout.write(CLI_USAGE);
    return;
  }
  const sandbox = await startSandbox(command.options);
  process.stdout.write(
    `intercom-sandbox listening on ${sandbox.url} (seed ${sandbox.options.seed}, token ${sandbox.token})\n`,
  );
  const shutdown = (signal: string) => {
    process.stdout.write(`intercom-sandbox: ${signal}, stopping\n`);
    sandbox.stop().then(
      () => process.exit(0),
      () => process.exit(1),
    );
  };
  process.once("SIGINT", () => shutdown("SIGINT"));
  process.once("SIGTERM", () => shutdown("SIGTERM"));
}

main(process.argv.slice(2)).catch((error: unknown) => {
  process.stderr.write(
    `intercom-sandbox: ${error instanceof Error ? error.message : String(error)}\n`,
  );
  process.exit(1);
});
