import { SEARCH_CONFIGS } from "./config/search-fields.ts";
import { emitDomainPackage } from "./emit/domain-package.ts";
import { domainsDoc } from "./emit/domains-doc.ts";
import { emitModels } from "./emit/models.ts";
import { modelsScaffold } from "./emit/models-package.ts";
import { emitSearchFields } from "./emit/search-fields.ts";
import { emitUmbrella } from "./emit/umbrella.ts";
import { collectOperations } from "./model/collect-operations.ts";
import { DOMAINS } from "./model/domains.ts";
import type { OperationModel } from "./model/operation-model.ts";
import { searchFieldsModel } from "./model/search-fields.ts";
import type { Plan } from "./output/sync.ts";
import type { Description } from "./read/load-description.ts";

/** Everything the generator writes, by repository-relative path (not yet formatted). */
export function generate(description: Description): { plan: Plan; operations: OperationModel[] } {
  const operations = collectOperations(description);
  const generated = new Map<string, string>();
  const scaffold = new Map<string, string>();
  const ownedDirs: string[] = [];
  const prefix = (dir: string, files: Map<string, string>, into: Map<string, string>) => {
    for (const [path, content] of files) into.set(`${dir}/${path}`, content);
  };

  const models = emitModels(description, operations);
  prefix("packages/models/src/generated", models.files, generated);
  prefix("packages/models", modelsScaffold(), scaffold);
  ownedDirs.push("packages/models/src/generated");

  const modelTypes = new Set<string>();
  for (const domain of DOMAINS) {
    const ops = operations.filter((op) => op.domain === domain.name);
    if (ops.length === 0) throw new Error(`domain ${domain.name} has no operations`);
    const search = SEARCH_CONFIGS.find((config) => config.domain === domain.name);
    if (search && !ops.some((op) => `${op.method} ${op.path}` === search.op)) {
      throw new Error(`search config ${search.op} names no operation of ${domain.name}`);
    }
    const output = emitDomainPackage(
      domain,
      ops,
      description,
      models.names,
      search ? emitSearchFields(searchFieldsModel(description, search)) : undefined,
    );
    for (const shape of output.shapes.values())
      for (const type of shape.modelTypes) modelTypes.add(type);
    prefix(`packages/${domain.name}`, output.generated, generated);
    prefix(`packages/${domain.name}`, output.scaffold, scaffold);
    ownedDirs.push(`packages/${domain.name}/src/generated`);
  }

  prefix("packages/intercom-kit/src/generated", emitUmbrella(operations, modelTypes), generated);
  ownedDirs.push("packages/intercom-kit/src/generated");
  generated.set("docs/domains.md", domainsDoc(operations));
  return { plan: { generated, scaffold, ownedDirs }, operations };
}
