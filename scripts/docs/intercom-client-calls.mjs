// Reads the resource methods of the official `intercom-client` SDK (v7, the
// version bench/ compares against) from its compiled CommonJS client classes:
// each method's body holds the request's `method: "GET"` and its URL template,
// so the calls can be matched to ours by HTTP method and path, which both SDKs
// take from the same OpenAPI description. Its "unstable" namespace targets the
// `Unstable` API version, not 2.16, and is skipped.
import { readdirSync, readFileSync, statSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";

/** Where intercom-client is installed: bench/ has it as a dev dependency. */
export function intercomClientRoot(repoRoot) {
  const require = createRequire(join(repoRoot, "bench", "package.json"));
  return dirname(require.resolve("intercom-client/package.json"));
}

/** `contacts/${core.url.encodePathParam(contactId)}/tags` → `/contacts/{}/tags`. */
function pathTemplate(literal) {
  return `/${literal
    .slice(1, -1)
    .replace(/\$\{[^}]*\}\}?/g, "{}")
    .replace(/\$\{[^}]*\}/g, "{}")}`;
}

/** One client class file → its public methods with their HTTP method and path. */
function methodsOf(source) {
  const starts = [
    ...source.matchAll(/^ {4}([A-Za-z_$][\w$]*)\((?:request|requestOptions|[^)]*)\) \{$/gm),
  ];
  const found = new Map();
  starts.forEach((start, i) => {
    const name = start[1];
    if (name === "constructor" || name === "_getAuthorizationHeader") return;
    const body = source.slice(start.index, starts[i + 1]?.index ?? source.length);
    const url = body.match(/url: core\.url\.join\([\s\S]*?,\s*(`[^`]*`|"[^"]*")\)/);
    const method = body.match(/method: "([A-Z]+)"/);
    if (!url || !method) return;
    const publicName = name.startsWith("__") ? name.slice(2) : name;
    found.set(publicName, { method: method[1], path: pathTemplate(url[1]) });
  });
  return found;
}

/** Every resource method: `{ call: "client.contacts.find", method, path }`. */
export function intercomClientCalls(repoRoot) {
  const root = intercomClientRoot(repoRoot);
  const version = JSON.parse(readFileSync(join(root, "package.json"), "utf8")).version;
  const calls = [];
  const walk = (dir, accessor) => {
    for (const entry of readdirSync(dir).sort()) {
      if (accessor.length === 0 && entry === "unstable") continue;
      const resourceDir = join(dir, entry);
      if (!statSync(resourceDir).isDirectory()) continue;
      const clientFile = join(resourceDir, "client", "Client.js");
      const path = [...accessor, entry];
      try {
        for (const [name, http] of methodsOf(readFileSync(clientFile, "utf8"))) {
          calls.push({ call: `client.${path.join(".")}.${name}`, ...http });
        }
      } catch (error) {
        if (error.code !== "ENOENT") throw error;
      }
      const nested = join(resourceDir, "resources");
      try {
        if (statSync(nested).isDirectory()) walk(nested, path);
      } catch (error) {
        if (error.code !== "ENOENT") throw error;
      }
    }
  };
  walk(join(root, "dist", "cjs", "api", "resources"), []);
  return { version, calls };
}

/** `/contacts/{contact_id}/tags` → `/contacts/{}/tags`, to compare with the above. */
export const normalisedPath = (path) => path.replace(/\{[^}]*\}/g, "{}");
