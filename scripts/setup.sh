#!/usr/bin/env bash
# Set up Arms Flow Atlas on a fresh Debian machine with Python 3.11.
#   bash scripts/setup.sh            runtime dependencies (into .venv)
#   bash scripts/setup.sh --dev      + test/lint tools, Debian chromium + chromium-driver
# Idempotent: re-running only installs what is missing.
set -euo pipefail
cd "$(dirname "$0")/.."

dev=0
[ "${1:-}" = "--dev" ] && dev=1

python=${PYTHON:-python3}
if [ -z "${VIRTUAL_ENV:-}" ]; then
  [ -x .venv/bin/python ] || "$python" -m venv .venv
  python=.venv/bin/python
fi

req=requirements.txt
[ "$dev" = 1 ] && req=requirements-dev.txt
stamp=".venv/.installed-$(basename "$req" .txt)-$(sha256sum "$req" requirements.txt | sha256sum | cut -c1-12)"
if [ ! -f "$stamp" ]; then
  "$python" -m pip install --quiet --disable-pip-version-check --upgrade pip
  "$python" -m pip install --quiet --disable-pip-version-check -r "$req"
  mkdir -p .venv && touch "$stamp"
fi

if [ "$dev" = 1 ] && ! command -v chromium >/dev/null 2>&1; then
  sudo=""
  [ "$(id -u)" = 0 ] || sudo="sudo"
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq \
    chromium chromium-driver fonts-dejavu-core poppler-utils >/dev/null
fi
echo "setup done: $("$python" --version) in ${VIRTUAL_ENV:-.venv}"
