// Kept equal to package.json's version by scripts/sync-versions.mjs (run by
// `pnpm version-packages`); a test fails when they differ.
export const SDK_VERSION = "0.0.0";
