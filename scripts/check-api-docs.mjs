// Checks the docs site typedoc just built (its JSON beside the HTML):
// every operation's page has the resource tree's summary, and its params,
// shown on that page (`@expand`), each say something; the landing page is the
// users' one; every guide (docs/guides/*.md) and generated page
// (docs/generated/*.md) is a page of the site, in the navigation and the
// search index, the guides in the landing page's order. Run after `pnpm api-docs`.
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { inflateSync } from "node:zlib";

const [jsonPath = "docs/api/api.json"] = process.argv.slice(2);
const reference = JSON.parse(readFileSync(jsonPath, "utf8"));
const { catalog } = await import(
  new URL("../packages/intercom-kit/dist/catalog.js", import.meta.url).href
);

const text = (parts = []) => parts.map((part) => part.text).join("");
const problems = [];
let params = 0;
for (const entry of catalog) {
  const pkg = reference.children.find((child) => child.name === entry.package);
  const fn = pkg?.children?.find((child) => child.name === entry.name);
  const comment = fn?.signatures?.[0]?.comment;
  if (!comment) {
    problems.push(`${entry.package} ${entry.name}: no page, or no doc comment`);
    continue;
  }
  if (!text(comment.summary).startsWith(entry.summary)) {
    problems.push(`${entry.name}: the page does not start with its summary`);
  }
  const typeName = fn.signatures[0].parameters?.[1]?.type?.name;
  const type = pkg.children.find((child) => child.name === typeName);
  if (!type?.comment?.modifierTags?.includes("@expand")) {
    problems.push(`${entry.name}: ${typeName} is not expanded on the function's page`);
  }
  for (const member of type?.children ?? []) {
    params++;
    if (text(member.comment?.summary).trim() === "") {
      problems.push(`${entry.name}: param ${member.name} has no doc`);
    }
  }
}

// The site's pages besides the reference: each markdown file's title (front
// matter) must be a document of the project, with its HTML page written, a
// place in the navigation and an entry in the search index.
const siteDir = dirname(jsonPath);
const titleOf = (file) =>
  readFileSync(file, "utf8")
    .match(/^---\n[\s\S]*?^title: (.+)$/m)?.[1]
    ?.trim();
const pageFiles = ["docs/guides", "docs/generated"].flatMap((dir) =>
  existsSync(dir)
    ? readdirSync(dir)
        .filter((name) => name.endsWith(".md"))
        .map((name) => join(dir, name))
    : [],
);
const decode = (asset, global) => {
  const source = readFileSync(join(siteDir, "assets", asset), "utf8");
  // typedoc writes each as deflated JSON in base64: `window.navigationData = "eJy…"`.
  const base64 = source.match(new RegExp(`window\\.${global} = "(?:data:[^,]*,)?([^"]+)"`))?.[1];
  return base64
    ? JSON.parse(inflateSync(Buffer.from(base64, "base64")).toString("utf8"))
    : undefined;
};
const flatten = (items) => items.flatMap((item) => [item, ...flatten(item.children ?? [])]);
const navigationEntries = flatten(decode("navigation.js", "navigationData") ?? []);
const search = decode("search.js", "searchData");
const searchNames = new Set((search?.rows ?? []).map((row) => row.name));
if (!search) problems.push("site: no search index (assets/search.js)");
if (!existsSync("docs/guides") || pageFiles.length === 0)
  problems.push("site: no guide pages in docs/guides");
for (const file of pageFiles) {
  const title = titleOf(file);
  if (!title) {
    problems.push(`${file}: no title in its front matter`);
    continue;
  }
  const page = reference.documents?.find((document) => document.name === title);
  if (!page) {
    problems.push(`${file}: "${title}" is not a page of the site`);
    continue;
  }
  const entry = navigationEntries.find((item) => item.text === title);
  if (!entry) problems.push(`${file}: "${title}" is not in the navigation`);
  else if (!existsSync(join(siteDir, entry.path)))
    problems.push(`${file}: "${title}" has no HTML page (${entry.path})`);
  if (search && !searchNames.has(title))
    problems.push(`${file}: "${title}" is not in the search index`);
}
// The guides are in the navigation in reading order: the order the landing
// page's "Guides" section links them (typedoc keeps the order of
// `projectDocuments` in typedoc.json, which lists them so).
const guidesSection = readFileSync("docs/site/index.md", "utf8").match(
  /^## Guides\n([\s\S]*?)^## /m,
)?.[1];
const readingOrder = [
  ...new Set(
    [...(guidesSection ?? "").matchAll(/\]\(\.\.\/guides\/([\w-]+\.md)\)/g)].map(([, name]) =>
      titleOf(join("docs/guides", name)),
    ),
  ),
];
const guideTitles = new Set(
  pageFiles.filter((file) => file.startsWith("docs/guides/")).map(titleOf),
);
const navigationOrder = navigationEntries
  .map((item) => item.text)
  .filter((text) => guideTitles.has(text));
if (readingOrder.length !== guideTitles.size)
  problems.push(
    `site: the landing page's Guides section links ${readingOrder.length} of the ${guideTitles.size} guides`,
  );
if (navigationOrder.join("\n") !== readingOrder.join("\n"))
  problems.push(
    `site: the guides are not in the navigation in the landing page's order:\n    ${navigationOrder.join(", ")}`,
  );
// Its text without tags, since highlighted code splits a command into spans.
const landing = readFileSync(join(siteDir, "index.html"), "utf8").replace(/<[^>]+>/g, "");
for (const needle of [
  "npm install intercom-kit",
  "pnpm add @intercom-kit/core @intercom-kit/contacts @intercom-kit/retry",
]) {
  if (!landing.includes(needle)) problems.push(`site: the landing page lacks "${needle}"`);
}
if (landing.includes("bash scripts/test.sh"))
  problems.push("site: the landing page is the contributors' README");

if (problems.length > 0) {
  console.error(`API reference: ${problems.length} problems`);
  for (const problem of problems.slice(0, 40)) console.error(`  ${problem}`);
  process.exit(1);
}
console.log(
  `API reference: ${catalog.length} operation pages with their summary, ${params} params documented on them; ${pageFiles.length} guide and generated pages in the site, its navigation (guides in reading order) and its search`,
);
