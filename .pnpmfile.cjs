// pnpm hooks. `beforePacking` shapes the package.json that `pnpm pack` and
// `pnpm publish` (run by `changeset publish`) put in the tarball; the file on
// disk is not changed.
//
// devDependencies are dropped: no installer reads them from the registry, and
// ours name private workspace packages (@intercom-kit/test-support,
// @intercom-kit/codegen) whose `workspace:` ranges pnpm would rewrite to
// versions that were never published. scripts/release-dry-run.mjs packs every
// package and checks that no private package is named in a tarball.
//
// pnpm records a checksum of this file in pnpm-lock.yaml: after editing it,
// run `pnpm install` and commit the lockfile.
module.exports = {
  hooks: {
    beforePacking(manifest) {
      delete manifest.devDependencies;
      return manifest;
    },
  },
};
