#!/usr/bin/env bash
# Run the whole suite. pytest's exit 5 (no tests collected) is a failure here, never a silent pass.
set -uo pipefail
cd "$(dirname "$0")/.."
.venv/bin/ruff check . || exit 1
.venv/bin/ruff format --check . || { echo "error: run .venv/bin/ruff format ." >&2; exit 1; }
.venv/bin/mypy || exit 1
.venv/bin/python -m pytest -n 2 --dist loadgroup "$@"
rc=$?
if [ $rc -eq 5 ]; then
  echo "error: pytest collected no tests" >&2
  exit 1
fi
exit $rc
