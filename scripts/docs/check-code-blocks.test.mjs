// node --test scripts/docs/check-code-blocks.test.mjs: the checker reads each
// block's info string as the convention says, a block that does not
// type-check or does not run fails and is named, and a sound one passes.
import assert from "node:assert/strict";
import { rm } from "node:fs/promises";
import { test } from "node:test";
import { BLOCK_COMPILER_OPTIONS, codeBlocksIn, snippetPath } from "./lib/code-blocks.mjs";
import { runSnippets } from "./lib/run-snippets.mjs";
import { createTempProject } from "./lib/temp-project.mjs";
import { typeCheck } from "./lib/type-check.mjs";

const fence = "```";
const markdown = [
  "# A guide",
  `${fence}sh`,
  "npm install intercom-kit",
  fence,
  "Prose with an inline ```` ```ts ```` fence.",
  `${fence}ts`,
  "console.log(1);",
  fence,
  `- a list item:\n\n  ${fence}ts no-run`,
  "  const indented = 2;",
  `  ${fence}`,
  `${fence}ts ignore needs a real workspace`,
  "skipped();",
  fence,
  `${fence}ts ignore`,
  fence,
  `${fence}typescript norun`,
  fence,
  `${fence}js`,
  "export {};",
  fence,
].join("\n");

test("reads each block's mode from its info string, and where it starts", () => {
  const blocks = codeBlocksIn(markdown, "guide.md");
  assert.deepEqual(
    blocks.map(({ line, language, mode }) => [line, language, mode]),
    [
      [6, "ts", "run"],
      [11, "ts", "check"],
      [14, "ts", "ignore"],
      [17, "ts", "invalid"],
      [19, "ts", "invalid"],
      [21, "js", "run"],
    ],
  );
  assert.equal(blocks[1].code, "const indented = 2;");
  assert.equal(blocks[2].reason, "needs a real workspace");
  assert.match(blocks[3].reason, /needs a reason/);
  assert.match(blocks[4].reason, /unknown info string `norun`/);
  assert.equal(snippetPath(blocks[0]), "guide.md/L6.ts");
});

const sound = `import { createIntercom } from "intercom-kit";
import { startSandbox } from "@intercom-kit/sandbox";

const sandbox = await startSandbox();
try {
  const intercom = createIntercom({ token: sandbox.token, baseUrl: sandbox.url });
  const created = await intercom.contacts.create({ email: "ada@example.com" });
  const contact = await intercom.contacts.retrieve({ contact_id: created.id });
  if (contact.email !== "ada@example.com") throw new Error("not the contact created");
} finally {
  await sandbox.stop();
}`;

test("a block that does not type-check fails and is named, a sound one passes", async () => {
  const project = await createTempProject(
    "code-blocks-test-",
    {
      "sound.ts": sound,
      "wrong-param.ts": sound.replace("contact_id: created.id", "id: created.id"),
      // Without moduleDetection "force", this would see the other blocks' names.
      "undeclared.ts": "console.log(sandbox);",
      "type-import.ts": `import { Contact } from "intercom-kit";\nconst c: Contact | undefined = undefined;\nconsole.log(c);`,
    },
    { compilerOptions: BLOCK_COMPILER_OPTIONS },
  );
  try {
    const errors = await typeCheck(project);
    assert.deepEqual([...errors.keys()].sort(), [
      "type-import.ts",
      "undeclared.ts",
      "wrong-param.ts",
    ]);
  } finally {
    await rm(project, { recursive: true, force: true });
  }
});

test("a block that throws, answers wrong or hangs fails the run; a sound one passes", async () => {
  const project = await createTempProject("code-blocks-run-test-", {
    "sound.ts": sound,
    // The sandbox has no such contact: the SDK throws its 404.
    "not-found.ts": sound.replace("contact_id: created.id", 'contact_id: "404"'),
    "hangs.ts": "setInterval(() => {}, 1000);",
    "token.ts": "if (process.env.INTERCOM_TOKEN) throw new Error('a real token leaked in');",
  });
  // A token in the checker's own environment must not reach the blocks.
  const tokenVariable = "INTERCOM_TOKEN";
  process.env[tokenVariable] = "from-the-shell";
  try {
    const results = await runSnippets(
      project,
      ["sound.ts", "not-found.ts", "hangs.ts", "token.ts"],
      { timeoutMs: 8_000 },
    );
    const ok = Object.fromEntries([...results].map(([path, result]) => [path, result.ok]));
    assert.deepEqual(ok, {
      "sound.ts": true,
      "not-found.ts": false,
      "hangs.ts": false,
      "token.ts": true,
    });
    assert.match(results.get("not-found.ts").output, /NotFoundError|404/);
    assert.match(results.get("hangs.ts").output, /timed out after 8000 ms/);
  } finally {
    delete process.env[tokenVariable];
    await rm(project, { recursive: true, force: true });
  }
});
