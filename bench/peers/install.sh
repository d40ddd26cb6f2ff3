#!/usr/bin/env bash
# Installs the peer extractors used by the speed benchmark:
#   - @mozilla/readability + jsdom (npm, into bench/peers/node_modules)
#   - readability-lxml (Debian package python3-readability, for /usr/bin/python3)
# Safe to run again: it skips what is already there.
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
cd "$here"

fail() { echo "install.sh: $*" >&2; exit 1; }

# --- Node side ---------------------------------------------------------------
command -v node >/dev/null || fail "node not found; install Node.js (>= 20.19) first"
command -v npm >/dev/null || fail "npm not found; install npm first"

if node -e 'require.resolve("@mozilla/readability"); require.resolve("jsdom")' 2>/dev/null; then
  echo "install.sh: npm peers already installed"
else
  echo "install.sh: installing npm peers (@mozilla/readability, jsdom)"
  if [ -f package-lock.json ]; then
    npm ci --no-audit --no-fund --loglevel=error || fail "npm ci failed"
  else
    npm install --no-audit --no-fund --loglevel=error || fail "npm install failed"
  fi
fi

# --- Python side -------------------------------------------------------------
# Use Debian's own interpreter: a pyenv python3 earlier on PATH does not see
# Debian packages.
py=/usr/bin/python3
[ -x "$py" ] || fail "$py not found; install Debian's python3 first"

if "$py" -c 'import readability' 2>/dev/null; then
  echo "install.sh: python3-readability already installed"
else
  echo "install.sh: installing Debian package python3-readability"
  sudo_cmd=()
  if [ "$(id -u)" -ne 0 ]; then
    command -v sudo >/dev/null || fail "not root and sudo not found; cannot apt-get install"
    sudo_cmd=(sudo)
  fi
  apt_install() {
    DEBIAN_FRONTEND=noninteractive "${sudo_cmd[@]}" apt-get install -y -qq python3-readability >/dev/null
  }
  if ! apt_install; then
    "${sudo_cmd[@]}" apt-get update -qq >/dev/null || fail "apt-get update failed"
    apt_install || fail "apt-get install python3-readability failed"
  fi
  "$py" -c 'import readability' 2>/dev/null \
    || fail "python3-readability installed but '$py -c \"import readability\"' still fails"
fi

echo "install.sh: peers ready"
