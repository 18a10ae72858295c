#!/usr/bin/env bash
# Package hygiene for every published workspace package (built first):
# check-package-metadata.mjs checks what the registry page and the tarball
# need (repository, homepage, bugs, keywords, LICENSE, CHANGELOG in files,
# README links, no private package among the dependencies) and lists every
# problem at once; publint checks the manifest and the files it points at;
# attw checks that the types resolve for ESM consumers under node16 and
# bundler resolution.
set -euo pipefail
cd "$(dirname "$0")/.."
node scripts/check-package-metadata.mjs
count=0
for manifest in packages/*/package.json; do
  dir="$(dirname "$manifest")"
  if node -e 'process.exit(require(process.argv[1]).private ? 0 : 1)' "./$manifest"; then continue; fi
  (cd "$dir" && pnpm exec publint --strict >/dev/null) || { echo "publint failed in $dir"; (cd "$dir" && pnpm exec publint --strict); exit 1; }
  (cd "$dir" && pnpm exec attw --pack . --profile esm-only --format table-flipped >/dev/null) ||
    { echo "attw failed in $dir"; (cd "$dir" && pnpm exec attw --pack . --profile esm-only); exit 1; }
  count=$((count + 1))
done
echo "package hygiene: $count packages pass publint and attw"
