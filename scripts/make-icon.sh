#!/usr/bin/env bash
# Renders images/icon.html to images/icon.png with Debian's headless Chromium (installed by scripts/e2e/setup.sh).
set -euo pipefail
cd "$(dirname "$0")/.."
tmp=$(mktemp -d); trap 'rm -rf "$tmp"' EXIT
XDG_CONFIG_HOME=$tmp XDG_CACHE_HOME=$tmp HOME=$tmp chromium --headless --no-sandbox --disable-gpu \
  --default-background-color=00000000 --hide-scrollbars --window-size=256,256 \
  --screenshot="$PWD/images/icon.png" "file://$PWD/images/icon.html" 2>/dev/null
echo "wrote images/icon.png"
