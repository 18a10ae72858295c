#!/usr/bin/env bash
# Quick start, command 2: set up what is missing, then run every check CI runs:
# lint, build, typecheck and the whole test suite.
source "$(dirname "$0")/lib/toolchain.sh"
ensure_toolchain
cd "$REPO_ROOT"
step "lint: biome check"
pnpm exec biome check .
step "build + typecheck + test: turbo"
pnpm turbo run build typecheck test --output-logs=new-only
