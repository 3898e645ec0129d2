#!/usr/bin/env bash
# Installs what the offline end-to-end suite needs, outside the repo. Idempotent: a second run checks and returns.
#   apt: Debian's Chromium, CJK fonts, ripgrep, and the toolchain code-server's native modules build with.
#   npm: code-server (= VS Code 1.100.3, runs on Node 20) and playwright-core into $LAWCITE_E2E_TOOLS.
set -euo pipefail

TOOLS="${LAWCITE_E2E_TOOLS:-$HOME/.cache/lawcite-e2e}"
CODE_SERVER_VERSION=4.100.3
PLAYWRIGHT_VERSION=1.65.1
RIPGREP_PKG_VERSION=1.15.11   # @vscode/ripgrep bundled by code-server 4.100.3
RIPGREP_ASSET=ripgrep-v13.0.0-10-x86_64-unknown-linux-musl.tar.gz

log() { printf '[e2e setup] %s\n' "$*"; }

APT_PACKAGES=(build-essential python3 pkg-config libkrb5-dev libxkbfile-dev libsecret-1-dev libx11-dev
  ripgrep chromium fonts-liberation fonts-noto-cjk)
missing=()
for p in "${APT_PACKAGES[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed' || missing+=("$p")
done
if ((${#missing[@]})); then
  log "apt packages missing: ${missing[*]}"
  SUDO=""; [ "$(id -u)" -ne 0 ] && SUDO="sudo"
  $SUDO apt-get update -q
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -q --no-install-recommends "${missing[@]}"
else
  log "apt packages present"
fi

stamp="$TOOLS/.installed-code-server-$CODE_SERVER_VERSION-playwright-$PLAYWRIGHT_VERSION"
if [ -f "$stamp" ] && [ -f "$TOOLS/node_modules/code-server/out/node/entry.js" ] \
   && [ -f "$TOOLS/node_modules/playwright-core/package.json" ]; then
  log "code-server $CODE_SERVER_VERSION and playwright-core $PLAYWRIGHT_VERSION present in $TOOLS"
  exit 0
fi

mkdir -p "$TOOLS"
# The ripgrep trick: @vscode/ripgrep's postinstall downloads from GitHub unless the archive is cached in $TMPDIR.
rg_cache="${TMPDIR:-/tmp}/vscode-ripgrep-cache-$RIPGREP_PKG_VERSION"
if [ ! -f "$rg_cache/$RIPGREP_ASSET" ]; then
  log "packing Debian's rg as $RIPGREP_ASSET"
  mkdir -p "$rg_cache"
  work=$(mktemp -d); cp "$(command -v rg)" "$work/rg"
  tar -czf "$rg_cache/$RIPGREP_ASSET" -C "$work" rg; rm -rf "$work"
fi

[ -f "$TOOLS/package.json" ] || echo '{ "name": "lawcite-e2e-tools", "private": true }' > "$TOOLS/package.json"
node_prefix=$(dirname "$(dirname "$(readlink -f "$(command -v node)")")")
log "npm install code-server@$CODE_SERVER_VERSION playwright-core@$PLAYWRIGHT_VERSION into $TOOLS (about a minute)"
start=$(date +%s)
npm_config_unsafe_perm=true npm_config_nodedir="$node_prefix" npm_config_yes=true \
  npm install --prefix "$TOOLS" --foreground-scripts --no-audit --no-fund \
  "code-server@$CODE_SERVER_VERSION" "playwright-core@$PLAYWRIGHT_VERSION"
touch "$stamp"
log "installed in $(( $(date +%s) - start )) s"
