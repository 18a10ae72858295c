// The TypeScript and JavaScript code blocks of the READMEs and guides, and
// what each one's info string asks of the checker (see docs/docs.md):
//   ```ts                  runs as written, against the sandbox it starts
//   ```ts no-run           type-checked only
//   ```ts ignore <reason>  skipped, and says why
import { readdir, readFile } from "node:fs/promises";
import { join } from "node:path";
import { REPO_ROOT } from "./temp-project.mjs";

/**
 * Node runs the blocks by stripping their types, so the type check rejects
 * what stripping cannot run (enums, type imports without `type`), and checks
 * JavaScript blocks too.
 */
export const BLOCK_COMPILER_OPTIONS = {
  // Each block is a module of its own, even without an import: a name one
  // block declares must not satisfy another that only uses it.
  moduleDetection: "force",
  verbatimModuleSyntax: true,
  erasableSyntaxOnly: true,
  allowJs: true,
  checkJs: true,
};

const LANGUAGES = { ts: "ts", typescript: "ts", js: "js", javascript: "js" };

/**
 * Every fenced block of `markdown` in one of LANGUAGES, as `{ file, line,
 * language, mode, reason?, code }`; `line` is the opening fence's (1-based).
 * A block whose info string the convention does not know has `mode:
 * "invalid"` and says why in `reason`.
 */
export function codeBlocksIn(markdown, file) {
  const blocks = [];
  const lines = markdown.split("\n");
  for (let at = 0; at < lines.length; at++) {
    // CommonMark: a backtick fence's info string holds no backtick, so
    // ```` ```ts ```` in running text is inline code, not a fence.
    const open = /^(\s*)(`{3,}|~{3,})([^`]*)$/.exec(lines[at]);
    if (!open) continue;
    const [, indent, fence, info] = open;
    const close = new RegExp(`^\\s*${fence[0]}{${fence.length},}\\s*$`);
    let end = at + 1;
    while (end < lines.length && !close.test(lines[end])) end++;
    const [word = "", ...rest] = info.trim().split(/\s+/);
    const language = LANGUAGES[word.toLowerCase()];
    if (language) {
      const code = lines
        .slice(at + 1, end)
        .map((line) => (line.startsWith(indent) ? line.slice(indent.length) : line.trimStart()))
        .join("\n");
      blocks.push({ file, line: at + 1, language, ...modeOf(rest), code });
    }
    at = end;
  }
  return blocks;
}

function modeOf([flag, ...reason]) {
  if (flag === undefined) return { mode: "run" };
  if (flag === "no-run" && reason.length === 0) return { mode: "check" };
  if (flag === "ignore") {
    return reason.length > 0
      ? { mode: "ignore", reason: reason.join(" ") }
      : { mode: "invalid", reason: "`ignore` needs a reason: ```ts ignore <why>" };
  }
  return {
    mode: "invalid",
    reason: `unknown info string \`${[flag, ...reason].join(" ")}\`: use nothing, \`no-run\` or \`ignore <reason>\``,
  };
}

/**
 * The markdown files whose blocks are checked, relative to `root`: the
 * READMEs (repository, packages/*, apps/*) and docs/, docs/guides/, docs/site/.
 */
export async function documentationFiles(root = REPO_ROOT) {
  const files = ["README.md"];
  for (const group of ["packages", "apps"]) {
    for (const entry of (await readdir(join(root, group), { withFileTypes: true })).sort(byName)) {
      if (!entry.isDirectory()) continue;
      const readme = join(group, entry.name, "README.md");
      if (await exists(join(root, readme))) files.push(readme);
    }
  }
  for (const dir of ["docs", "docs/guides", "docs/site"]) {
    for (const entry of (await readdir(join(root, dir), { withFileTypes: true })).sort(byName)) {
      if (entry.isFile() && entry.name.endsWith(".md")) files.push(join(dir, entry.name));
    }
  }
  return files;
}

/** Every block of every documentation file. */
export async function documentationBlocks(root = REPO_ROOT) {
  const blocks = [];
  for (const file of await documentationFiles(root)) {
    blocks.push(...codeBlocksIn(await readFile(join(root, file), "utf8"), file));
  }
  return blocks;
}

/** Where a block lives in the temp project: `docs/guides/errors.md` line 11 → `docs/guides/errors.md/L11.ts`. */
export function snippetPath(block) {
  return `${block.file}/L${block.line}.${block.language}`;
}

const byName = (a, b) => a.name.localeCompare(b.name);

async function exists(path) {
  try {
    await readFile(path);
    return true;
  } catch {
    return false;
  }
}

/** The packages `code` imports by bare name (`valibot`, `@intercom-kit/core`), Node's own aside. */
export function importedPackages(code) {
  const names = new Set();
  for (const [, specifier] of code.matchAll(/(?:from|import)\s*\(?\s*["']([^"'.][^"']*)["']/g)) {
    if (specifier.startsWith("node:")) continue;
    const parts = specifier.split("/");
    names.add(specifier.startsWith("@") ? parts.slice(0, 2).join("/") : parts[0]);
  }
  return [...names];
}
