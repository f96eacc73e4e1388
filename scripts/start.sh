#!/usr/bin/env bash
# Set up and open the dashboard on the bundled data (http://127.0.0.1:8050 by default).
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
python=.venv/bin/python
[ -n "${VIRTUAL_ENV:-}" ] && python=python
exec "$python" app.py --open "$@"
