// node --test scripts/docs/check-examples.test.mjs: a broken example fails
// the type check and is named; a sound one passes.
import assert from "node:assert/strict";
import { rm } from "node:fs/promises";
import { test } from "node:test";
import { examplesIn } from "./lib/operation-examples.mjs";
import { createTempProject } from "./lib/temp-project.mjs";
import { typeCheck } from "./lib/type-check.mjs";

const doc = (body) =>
  `/**\n * Fetches.\n *\n * @example\n * \`\`\`ts\n${body
    .split("\n")
    .map((line) => ` * ${line}`)
    .join("\n")}\n * \`\`\`\n */\nexport function retrieveContact() {}\n`;

const good = `import { retrieveContact } from "@intercom-kit/contacts";
import { createIntercom } from "intercom-kit";
const intercom = createIntercom({ token: "t" });
console.log(await retrieveContact(intercom, { contact_id: "1" }));`;

test("extracts the example under @example and names the operation", () => {
  const [example] = examplesIn(doc(good), "x.ts");
  assert.equal(example.operation, "retrieveContact");
  assert.equal(example.code, good);
  assert.equal(
    examplesIn("/**\n * No example.\n */\nexport function f() {}\n", "y.ts")[0].code,
    undefined,
  );
});

test("a broken example fails the type check, a sound one passes", async () => {
  const broken = good.replace('contact_id: "1"', "contact_id: 1");
  const project = await createTempProject("examples-test-", {
    "good.ts": good,
    "broken.ts": broken,
  });
  try {
    const errors = await typeCheck(project);
    assert.deepEqual([...errors.keys()], ["broken.ts"]);
  } finally {
    await rm(project, { recursive: true, force: true });
  }
});
