import type { OperationModel } from "../model/operation-model.ts";
import type { Json } from "../read/json.ts";
import type { Description } from "../read/load-description.ts";
import { exampleValue } from "./example-value.ts";

/**
 * The lines of an operation's `@example`: the facade call on the umbrella's
 * client, then the same call as the tree-shaken function, with the required
 * params only (values from the description's examples where it has them).
 * Paged calls iterate, and text and byte answers are read, as a user would.
 * `scripts/docs/check-examples.mjs` type-checks every one of them.
 */
export function operationExample(op: OperationModel, description: Description): string[] {
  const params = paramsLiteral(op, description);
  const facade = `intercom.${[...op.resource, op.verb].join(".")}(${params})`;
  const fn = `${op.name}(intercom, ${params})`.replace(", )", ")");
  const lines = [
    "```ts",
    `import { ${op.name} } from "@intercom-kit/${op.domain}";`,
    `import { createIntercom } from "intercom-kit";`,
    "",
    "const intercom = createIntercom({ token: process.env.INTERCOM_TOKEN! });",
    ...calls(op, facade, fn),
    "```",
  ];
  return lines;
}

function calls(op: OperationModel, facade: string, fn: string): string[] {
  if (op.pagination) {
    return [
      `const page = await ${facade};`,
      `console.log(page.items.length, page.hasNextPage);`,
      `for await (const item of ${fn}) console.log(item);`,
    ];
  }
  switch (op.response.kind) {
    case "text":
      return [`const text: string = await ${facade};`, `console.log(text, await ${fn});`];
    case "binary":
      return [
        `const stream = await ${facade};`,
        "const bytes = new Uint8Array(await new Response(stream).arrayBuffer());",
        `console.log(bytes.length, await ${fn});`,
      ];
    case "redirect":
      return [`const url: string = await ${facade};`, `console.log(url, await ${fn});`];
    case "empty":
      return [`await ${facade};`, `await ${fn};`];
    default:
      return [`const result = await ${facade};`, `console.log(result, await ${fn});`];
  }
}

/** The required params as a one-line object literal, or nothing when none is required. */
function paramsLiteral(op: OperationModel, description: Description): string {
  const value: Record<string, Json> = {};
  for (const param of op.params) {
    if (!param.required) continue;
    value[param.name] = exampleValue(param.schema, description, param.name, param.example);
  }
  if (op.bodyParam?.required) {
    value[op.bodyParam.name] = exampleValue(op.bodyParam.schema, description, op.bodyParam.name);
  }
  if (Object.keys(value).length === 0) return "";
  return literal(value);
}

/** JSON with bare keys where they are identifiers, as code reads; never a comment's end. */
function literal(value: Json): string {
  if (Array.isArray(value)) return `[${value.map(literal).join(", ")}]`;
  if (value !== null && typeof value === "object") {
    const entries = Object.entries(value).map(
      ([key, item]) =>
        `${/^[A-Za-z_$][\w$]*$/.test(key) ? key : JSON.stringify(key)}: ${literal(item as Json)}`,
    );
    return entries.length === 0 ? "{}" : `{ ${entries.join(", ")} }`;
  }
  return JSON.stringify(value).replaceAll("*/", "*\\/");
}
