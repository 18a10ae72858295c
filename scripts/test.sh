#!/usr/bin/env bash
# Quick start, command 2: set up what is missing, then run every check CI runs:
# lint, build, typecheck, package hygiene, the release dry run, the
# pack-and-consume test, the API reference and the whole test suite.
source "$(dirname "$0")/lib/toolchain.sh"
ensure_toolchain
# redis-cli (Debian's redis-tools, which redis-server depends on) joins the
# test Redis Cluster; it is named too for a redis-server from elsewhere.
ensure_apt redis-server:redis-server redis-cli:redis-tools chromium:chromium
cd "$REPO_ROOT"
step "lint: biome check"
pnpm exec biome check .
step "build + typecheck: turbo"
pnpm turbo run build typecheck --output-logs=errors-only
step "hygiene: registry metadata, publint + attw on every published package"
bash scripts/check-packages.sh
# Before the tests: it takes a minute or two in its own copy of the repository
# and fails on a changeset or manifest that would break `pnpm version-packages`
# long before the test suite would have finished.
step "release: changeset status + version dry run"
node scripts/release-dry-run.mjs
# The tarballs as a user gets them: installed with npm outside the workspace and
# run from Node (ESM and require), TypeScript, Bun, Deno and Chromium against
# the sandbox, plus a core + contacts + retry install. About a minute or two
# (see docs/versioning.md).
step "release: pack-and-consume (npm installs of the tarballs)"
node scripts/pack-consume.mjs
step "api reference: typedoc (a warning fails)"
pnpm api-docs --logLevel Warn
node scripts/check-api-docs.mjs docs/api/api.json
step "api reference: every operation's @example type-checks"
node --test scripts/docs/check-examples.test.mjs
node scripts/docs/check-examples.mjs
step "docs: every code block of the READMEs and guides type-checks, and the runnable ones run against the sandbox"
node --test scripts/docs/check-code-blocks.test.mjs
node scripts/docs/check-code-blocks.mjs
step "docs site: screenshots of the landing and an operation page, and search, in chromium"
node scripts/docs/screenshots.mjs
step "test: turbo (vitest in every package)"
# Each package also writes a JSON report, so the suite ends with one total.
# The summary is printed whatever turbo's status, and that status is kept.
status=0
pnpm turbo run test --continue --output-logs=new-only -- \
  --reporter=default --reporter=json --outputFile.json=test-artifacts/vitest.json || status=$?
node scripts/test-summary.mjs
exit "$status"
