#!/usr/bin/env bash
# Records the expected results of the coroutine conformance programs (Tests/Conformance/greenlet/
# and Tests/Conformance/gevent/) with CPython 3.11 and the real greenlet and gevent from PyPI.
#
#   Scripts/regen-coroutines.sh                  # every program of both folders
#   Scripts/regen-coroutines.sh FILE.py ...      # only these programs
#
# It makes (once) a virtual environment with the pinned versions below and runs
# Scripts/regen-conformance.sh with PYTHON pointing into it, so the rules of that script hold:
# two runs per program, any difference reported as NONDETERMINISTIC. The venv lives outside
# the repository: $COROUTINES_VENV, default ~/.cache/concurrency-tutor/venv-coroutines.
# Versions recorded: greenlet 3.5.6, gevent 26.9.0 (gevent 24+ behaves the same for every
# program here), CPython 3.11.7.
set -eu
GREENLET_VERSION=3.5.6
GEVENT_VERSION=26.9.0
ROOT=$(cd "$(dirname "$0")/.." && pwd)
VENV=${COROUTINES_VENV:-$HOME/.cache/concurrency-tutor/venv-coroutines}
BASE_PY=${PYTHON:-python3}

if ! "$VENV/bin/python" -c "import greenlet, gevent, sys
sys.exit(0 if (greenlet.__version__, gevent.__version__) == ('$GREENLET_VERSION', '$GEVENT_VERSION') else 1)" 2>/dev/null; then
    echo "regen-coroutines: making $VENV (greenlet $GREENLET_VERSION, gevent $GEVENT_VERSION)" >&2
    "$BASE_PY" -m venv "$VENV"
    "$VENV/bin/python" -m pip install --quiet "greenlet==$GREENLET_VERSION" "gevent==$GEVENT_VERSION"
fi

if [ $# -gt 0 ]; then
    progs=("$@")
else
    progs=("$ROOT"/Tests/Conformance/greenlet/*.py "$ROOT"/Tests/Conformance/gevent/*.py)
fi
PYTHON="$VENV/bin/python" exec "$ROOT/Scripts/regen-conformance.sh" "${progs[@]}"
