// Checks the API reference typedoc just built (its JSON beside the HTML):
// every operation's page has the resource tree's summary, and its params,
// shown on that page (`@expand`), each say something. Run after `pnpm api-docs`.
import { readFileSync } from "node:fs";

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
if (problems.length > 0) {
  console.error(`API reference: ${problems.length} problems`);
  for (const problem of problems.slice(0, 40)) console.error(`  ${problem}`);
  process.exit(1);
}
console.log(
  `API reference: ${catalog.length} operation pages with their summary, ${params} params documented on them`,
);
