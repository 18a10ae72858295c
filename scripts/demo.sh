#!/usr/bin/env bash
# Quick start, command 1: set up what is missing, build, and run the demo
# against a local emulator (no Intercom token needed).
source "$(dirname "$0")/lib/toolchain.sh"
ensure_toolchain
step "build: turbo build (cached when nothing changed)"
(cd "$REPO_ROOT" && pnpm turbo run build --filter=@intercom-kit/demo... --output-logs=errors-only >/dev/null)
step "demo: running apps/demo"
cd "$REPO_ROOT/apps/demo" && exec pnpm --silent start "$@"
