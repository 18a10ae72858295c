import {
  ApiError,
  type Client,
  IntercomError,
  RequestValidationError,
  ResponseValidationError,
} from "@intercom-kit/core";
import { catalog } from "../../src/catalog.js";
import { type Deref, type OperationInfo, sample, sampleParams } from "./sample-params.js";

/**
 * How one call went. `replaced` names the params whose description example
 * the SDK's own (strict) input check refused, so they were rebuilt from the
 * schema; `exampleRejected` says Prism refused the request built from the
 * description's examples and the call was repeated with schema samples.
 * Either way the example contradicts the description's own schema.
 */
export interface Outcome {
  readonly ok: boolean;
  readonly cause?: string;
  readonly replaced: readonly string[];
  readonly exampleRejected: boolean;
}

type CodegenOperations = {
  collectOperations(description: unknown): OperationInfo[];
};
type CodegenDescription = {
  loadDescription(spec: string, overlay: string): Promise<{ deref: Deref }>;
};

/** The operations as the generator models them (overlay applied), with a deref for the description. */
export async function loadOperations(
  spec: string,
): Promise<{ operations: OperationInfo[]; deref: Deref }> {
  // Imported by name at run time: the generator is TypeScript run by Node, not part of this build.
  const descriptionModule = "@intercom-kit/codegen/description";
  const operationsModule = "@intercom-kit/codegen/operations";
  const { loadDescription } = (await import(descriptionModule)) as CodegenDescription;
  const { collectOperations } = (await import(operationsModule)) as CodegenOperations;
  const overlay = new URL(
    import.meta
      .resolve("@intercom-kit/codegen/package.json")
      .replace("package.json", "overlay.yaml"),
  );
  const description = await loadDescription(spec, overlay.pathname);
  return { operations: collectOperations(description), deref: description.deref };
}

/** Calls every operation (or those `only` names) once with sample params; paginated calls fetch one page. */
export async function runAll(
  client: Client,
  operations: readonly OperationInfo[],
  deref: Deref,
  only?: (entry: (typeof catalog)[number]) => boolean,
): Promise<Map<string, Outcome>> {
  const outcomes = new Map<string, Outcome>();
  for (const entry of catalog) {
    if (only && !only(entry)) continue;
    const op = operations.find((o) => o.name === entry.name);
    if (!op) throw new Error(`no model for ${entry.name}`);
    const module = (await import(entry.package)) as Record<
      string,
      (...args: unknown[]) => PromiseLike<unknown>
    >;
    const call = module[entry.name] as (...args: unknown[]) => PromiseLike<unknown>;
    let params = sampleParams(op, deref);
    const replaced: string[] = [];
    let exampleRejected = false;
    // At most three tries: examples, examples with the SDK-refused params rebuilt, pure schema samples.
    for (let attempt = 0; attempt < 3; attempt++) {
      try {
        await call(client, params);
        outcomes.set(entry.name, { ok: true, replaced, exampleRejected });
        break;
      } catch (error) {
        const keys = error instanceof RequestValidationError ? rejectedKeys(error) : [];
        if (attempt === 0 && keys.length > 0) {
          for (const key of keys) {
            params[key] = sample(schemaOf(op, key), deref, 0);
            replaced.push(key);
          }
          continue;
        }
        // Prism refused the example, or the SDK did as a whole (it breaks the body's own
        // required sets): build every param from the schema instead.
        const refusedWhole = error instanceof RequestValidationError && keys.length === 0;
        if (!exampleRejected && (isRequestRejected(error) || refusedWhole)) {
          exampleRejected = true;
          params = sampleParams(op, deref, false);
          continue;
        }
        outcomes.set(entry.name, {
          ok: false,
          cause: describeFailure(error),
          replaced,
          exampleRejected,
        });
        break;
      }
    }
  }
  return outcomes;
}

/**
 * Prism refused the request as breaking the description: a 422, or the
 * operation's own declared 400 (Prism answers with that one when there is
 * one), with the violations in its `sl-violations` header.
 */
function isRequestRejected(error: unknown): boolean {
  if (!(error instanceof ApiError)) return false;
  return error.status === 422 || (error.status === 400 && error.headers.has("sl-violations"));
}

function rejectedKeys(error: RequestValidationError): string[] {
  return [...new Set(error.issues.map((issue) => issue.path.split(".")[0] as string))].filter(
    (k) => k !== "(root)",
  );
}

function schemaOf(op: OperationInfo, key: string) {
  if (op.bodyParam?.name === key) return op.bodyParam.schema;
  return op.params.find((param) => param.name === key)?.schema;
}

function describeFailure(error: unknown): string {
  if (error instanceof ResponseValidationError) {
    return `response schema: ${error.issues
      .slice(0, 8)
      .map((i) => `${i.path}: ${i.message}`)
      .join("; ")}`;
  }
  if (error instanceof ApiError) {
    const violations = error.headers.get("sl-violations");
    const body =
      violations ??
      JSON.stringify(
        (error.body as { validation?: unknown })?.validation ?? error.body ?? "",
      ).slice(0, 400);
    return `${isRequestRejected(error) ? "request rejected" : `status ${error.status}`}: ${body}`;
  }
  if (error instanceof IntercomError) return `${error.name}: ${error.message.slice(0, 300)}`;
  return `unexpected: ${String(error).slice(0, 300)}`;
}
