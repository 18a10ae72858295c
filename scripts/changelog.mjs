// The changelog lines `changeset version` writes (see .changeset/config.json).
// It differs from changesets' default in two ways, both for the registry page
// where these changelogs are read:
// - no commit hash before each line: there it is plain text, not a link;
// - no "Updated dependencies" line for a dependency that is released for the
//   first time, since no one can have had an older version of it. Without this,
//   every package of the first release would get a "Patch Changes" section
//   listing only its internal dependencies.
// See docs/versioning.md.

// One changeset → one bullet; its further lines stay inside the bullet.
export async function getReleaseLine(changeset) {
  const [first = "", ...rest] = changeset.summary.trim().split("\n");
  const indented = rest.map((line) => (line.trim() === "" ? "" : `  ${line.trimEnd()}`));
  return [`- ${first.trimEnd()}`, ...indented].join("\n");
}

export async function getDependencyReleaseLine(_changesets, dependenciesUpdated) {
  const updated = dependenciesUpdated.filter((dependency) => dependency.oldVersion !== "0.0.0");
  if (updated.length === 0) return "";
  return [
    "- Updated dependencies:",
    ...updated.map((dependency) => `  - ${dependency.name}@${dependency.newVersion}`),
  ].join("\n");
}

export default { getReleaseLine, getDependencyReleaseLine };
