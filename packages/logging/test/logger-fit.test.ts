import { Writable } from "node:stream";
import { createClient } from "@intercom-kit/core";
import { runOperation } from "@intercom-kit/core/internal";
import {
  type LoopbackServer,
  sendJson,
  startLoopbackServer,
} from "@intercom-kit/test-support/loopback-server";
import { pino } from "pino";
import { afterEach, describe, expect, it } from "vitest";
import winston from "winston";
import { type Logger, logging, objectFirst } from "../src/index.js";
import { identifyAdmin } from "./support/operations.js";

let server: LoopbackServer | undefined;
afterEach(() => server?.close());

/** A stream that keeps what it was given. */
function memoryStream() {
  const chunks: string[] = [];
  const stream = new Writable({
    write(chunk, _encoding, done) {
      chunks.push(String(chunk));
      done();
    },
  });
  return { stream, text: () => chunks.join("") };
}

async function oneCall(logger: Logger) {
  server = await startLoopbackServer((_req, res) =>
    sendJson(res, 200, { type: "admin", id: "1" }, { "x-request-id": "req-1" }),
  );
  const client = createClient({ token: "tok", baseUrl: server.url }).use(logging({ logger }));
  await runOperation(client, identifyAdmin, {});
}

describe("loggers that fit", () => {
  it("console, as it is", () => {
    const logger: Logger = console;
    expect(logger).toBe(console);
  });

  it("winston, as it is, keeping the fields", async () => {
    const { stream, text } = memoryStream();
    const logger = winston.createLogger({
      level: "info",
      format: winston.format.json(),
      transports: [new winston.transports.Stream({ stream })],
    });
    await oneCall(logger);
    const line = JSON.parse(text().trim());
    expect(line).toMatchObject({ level: "info", requestId: "req-1", status: 200, attempt: 1 });
    expect(line.message).toMatch(/^intercom GET \/me 200/);
  });

  it("pino, as it is (fields in the message) or through objectFirst (pino's own fields)", async () => {
    const plain = memoryStream();
    await oneCall(pino(plain.stream));
    expect(JSON.parse(plain.text()).msg).toMatch(/request_id=req-1/);
    await server?.close();

    const structured = memoryStream();
    await oneCall(objectFirst(pino(structured.stream)));
    expect(JSON.parse(structured.text())).toMatchObject({
      level: 30,
      requestId: "req-1",
      status: 200,
    });
  });
});
