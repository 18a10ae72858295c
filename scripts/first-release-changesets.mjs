// Run by `pnpm version-packages` just before `changeset version`. A published
// package still at 0.0.0 has never been released, so the patch changesets that
// name it fixed code no user ever had. For each such package this folds every
// pending changeset that names it into one changeset of its own,
// `.changeset/first-release-<name>.md`:
//
//   "@intercom-kit/core": minor          (the highest bump the changesets asked for)
//   Initial release.
//   - <each major or minor summary, oldest changeset first>
//
// and takes the package out of the changesets it came from (a changeset left
// naming no package is deleted). Packages already released are not touched, so
// once everything is on the registry this does nothing. See docs/versioning.md.
import { execFileSync } from "node:child_process";
import { readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { workspacePackages } from "./lib/workspace-packages.mjs";

const root = new URL("..", import.meta.url).pathname;
const changesetDir = join(root, ".changeset");
const levels = ["none", "patch", "minor", "major"];
// The same split changesets itself uses (@changesets/parse).
const frontMatter = /^\s*---([\s\S]*?)\r?\n\s*---(\s*(?:\n|$)[\s\S]*)$/;

function parseChangeset(id, text) {
  const match = frontMatter.exec(text);
  if (!match) throw new Error(`.changeset/${id}.md: no front matter between two "---" lines`);
  const releases = new Map();
  for (const line of match[1].split("\n")) {
    if (line.trim() === "") continue;
    const entry = /^\s*(["']?)([^"']+?)\1\s*:\s*(major|minor|patch|none)\s*$/.exec(line);
    if (!entry) throw new Error(`.changeset/${id}.md: cannot read front matter line ${line}`);
    releases.set(entry[2], entry[3]);
  }
  return { id, releases, body: match[2], summary: match[2].trim(), changed: false };
}

function serialize({ releases, body }) {
  const lines = [...releases].map(([name, type]) => `${JSON.stringify(name)}: ${type}`);
  return `---\n${lines.join("\n")}\n---${body}`;
}

// Seconds since the epoch of the commit that added the changeset; changesets
// not committed yet (or no git at all) sort after the committed ones.
function addedAt(id) {
  try {
    const out = execFileSync(
      "git",
      ["log", "--diff-filter=A", "--format=%ct", "-1", "--", `.changeset/${id}.md`],
      { cwd: root, encoding: "utf8", stdio: ["ignore", "pipe", "ignore"] },
    ).trim();
    return out === "" ? Number.POSITIVE_INFINITY : Number(out);
  } catch {
    return Number.POSITIVE_INFINITY;
  }
}

function bullet(summary) {
  const [first, ...rest] = summary.split("\n");
  return [`- ${first}`, ...rest.map((line) => (line.trim() === "" ? "" : `  ${line}`))].join("\n");
}

const changesets = readdirSync(changesetDir)
  .filter((file) => file.endsWith(".md") && file.toLowerCase() !== "readme.md")
  .sort()
  .map((file) => {
    const id = file.slice(0, -3);
    return parseChangeset(id, readFileSync(join(changesetDir, file), "utf8"));
  });

const unreleased = workspacePackages(root)
  .map(({ manifest }) => manifest)
  .filter((manifest) => !manifest.private && manifest.version === "0.0.0");

const created = [];
for (const { name } of unreleased) {
  const own = `first-release-${name.replace(/^@/, "").replace(/\//g, "-")}`;
  const naming = changesets.filter((cs) => (cs.releases.get(name) ?? "none") !== "none");
  if (naming.length === 0) continue;
  if (naming.some((cs) => cs.id === own)) {
    if (naming.length === 1) continue; // folded already, nothing new since
    throw new Error(
      `${name}: .changeset/${own}.md exists and other changesets name ${name} too; ` +
        "fold them into it by hand or delete it and run this again",
    );
  }
  const type = naming
    .map((cs) => cs.releases.get(name))
    .reduce((a, b) => (levels.indexOf(b) > levels.indexOf(a) ? b : a));
  const notes = naming
    .filter((cs) => ["major", "minor"].includes(cs.releases.get(name)))
    .map((cs) => ({ cs, level: levels.indexOf(cs.releases.get(name)), at: addedAt(cs.id) }))
    .sort((a, b) => b.level - a.level || a.at - b.at || a.cs.id.localeCompare(b.cs.id))
    .map(({ cs }) => bullet(cs.summary));
  const summary = ["Initial release.", ...(notes.length > 0 ? ["", ...notes] : [])].join("\n");
  for (const cs of naming) {
    cs.releases.delete(name);
    cs.changed = true;
  }
  created.push({ id: own, releases: new Map([[name, type]]), body: `\n\n${summary}\n` });
  const left = naming.length - notes.length;
  console.log(
    `first release: ${name} ${type}, ${naming.length} changeset(s) folded` +
      (left > 0 ? ` (${left} patch note(s) on unreleased code left out)` : ""),
  );
}

for (const cs of changesets.filter((c) => c.changed)) {
  const path = join(changesetDir, `${cs.id}.md`);
  if (cs.releases.size === 0) rmSync(path);
  else writeFileSync(path, serialize(cs));
}
for (const cs of created) writeFileSync(join(changesetDir, `${cs.id}.md`), serialize(cs));
