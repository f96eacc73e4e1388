#!/usr/bin/env bash
# Set up and run the whole test suite: lint, types, unit, integration and browser tests.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh --dev
bin=.venv/bin/
[ -n "${VIRTUAL_ENV:-}" ] && bin=""
"${bin}ruff" check .
"${bin}ruff" format --check .
"${bin}mypy"  # type hints are checked, not only written ([tool.mypy] in pyproject.toml)
exec "${bin}python" -m pytest "$@"
