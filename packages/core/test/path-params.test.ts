import {
  type LoopbackServer,
  sendJson,
  startLoopbackServer,
} from "@intercom-kit/test-support/loopback-server";
import { rejectionOf } from "@intercom-kit/test-support/rejection";
import * as v from "valibot";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { createClient, type Operation, RequestValidationError } from "../src/index.js";
import { paginate, runOperation } from "../src/internal.js";
import { listMergeHistory } from "./support/operations.js";

// Shaped like the generated operation: its schema only says "a string", so
// "", "." and ".." all pass it and reach the path builder.
const detachTag: Operation = {
  id: "detachTagFromContact",
  method: "DELETE",
  path: "/contacts/{contact_id}/tags/{tag_id}",
  input: v.strictObject({ contact_id: v.string(), tag_id: v.string() }),
  response: "json",
  retrySafe: true,
};
// Without a schema, for values a schema would already refuse (objects, undefined).
const { input: _schema, ...detachTagUnchecked } = detachTag;

let server: LoopbackServer;
const token = vi.fn(() => "tok_path_params");
beforeEach(async () => {
  token.mockClear();
  server = await startLoopbackServer((_req, res) =>
    sendJson(res, 200, { type: "list", data: [], has_more: false }),
  );
});
afterEach(() => server.close());

const client = () => createClient({ token, baseUrl: server.url });

/** Stringifies as a dot segment, to check the value is judged as it will be sent. */
const dotDot = { toString: () => ".." };

describe("path params that would not stay one segment", () => {
  it.each([
    ["..", ".."],
    [".", "."],
    ['""', ""],
    ["an object whose String() is ..", dotDot],
    ["undefined", undefined],
    ["null", null],
  ])("refuses %s before anything is sent", async (_label, tag_id) => {
    const error = await rejectionOf(
      runOperation(client(), detachTagUnchecked, { contact_id: "abc", tag_id }),
      RequestValidationError,
    );
    expect(error.operationId).toBe("detachTagFromContact");
    expect(error.issues).toHaveLength(1);
    expect(error.issues[0]?.path).toBe("tag_id");
    expect(error.issues[0]?.message).toMatch(/segment/);
    expect(error.message).toMatch(/^Invalid params for detachTagFromContact: tag_id: /);
    expect(server.requests).toHaveLength(0);
    expect(token).not.toHaveBeenCalled();
  });

  it("refuses them after the input schema has accepted them", async () => {
    const error = await rejectionOf(
      runOperation(client(), detachTag, { contact_id: ".", tag_id: ".." }),
      RequestValidationError,
    );
    expect(error.issues.map((i) => i.path)).toEqual(["contact_id", "tag_id"]);
    expect(error.issues[1]?.message).toContain('must not be ".."');
    expect(server.requests).toHaveLength(0);
  });

  it("refuses them on paginated calls, awaited or iterated", async () => {
    const awaited = await rejectionOf(
      paginate(client(), listMergeHistory, { contact_id: ".." }),
      RequestValidationError,
    );
    expect(awaited.issues.map((i) => i.path)).toEqual(["contact_id"]);
    const iterated = (async () => {
      for await (const _ of paginate(client(), listMergeHistory, { contact_id: "" })) {
        // unreachable: the first page is refused
      }
    })();
    await rejectionOf(iterated, RequestValidationError);
    expect(server.requests).toHaveLength(0);
  });
});

describe("path params that look like dot segments but are not", () => {
  it.each([
    ["...", "..."],
    ["a.b", "a.b"],
    [".hidden", ".hidden"],
    ["%2e%2e", "%252e%252e"],
    ["%2E.", "%252E."],
    [".%2e", ".%252e"],
    ["../..", "..%2F.."],
    ["a/../b", "a%2F..%2Fb"],
    ["..\\..", "..%5C.."],
    ["..?x=1#y", "..%3Fx%3D1%23y"],
  ])("sends %s as the single segment %s", async (tag_id, segment) => {
    await runOperation(client(), detachTag, { contact_id: "abc", tag_id });
    expect(server.requests.map((r) => `${r.method} ${r.path}`)).toEqual([
      `DELETE /contacts/abc/tags/${segment}`,
    ]);
    const segments = server.requests[0]?.path.split("/").slice(1);
    expect(segments).toHaveLength(4);
    expect(decodeURIComponent(segments?.[3] ?? "")).toBe(tag_id);
    expect(server.requests[0]?.query.size).toBe(0);
  });

  it("keeps a number as its digits", async () => {
    await runOperation(client(), detachTagUnchecked, { contact_id: 0, tag_id: 7 });
    expect(server.requests[0]?.path).toBe("/contacts/0/tags/7");
  });
});
