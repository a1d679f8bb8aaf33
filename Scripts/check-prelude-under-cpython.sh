#!/usr/bin/env bash
# Checks conformance programs against their recorded CPython results with the tutor's Python
# preludes in place of CPython's modules (Scripts/prelude-under-cpython.py), so a prelude can be
# verified before the engine runs it.
#
#   Scripts/check-prelude-under-cpython.sh asyncio Tests/Conformance/asyncio        # a folder
#   Scripts/check-prelude-under-cpython.sh asyncio Tests/Conformance/asyncio/003_gather.py
#
# Each program runs from its folder as the regen script runs it (same environment, stdin and
# arguments). Compared: stdout exactly, the exit status, and the last line of stderr (the
# harness's own frames make full tracebacks differ). Prints one line per mismatch and a
# summary; exits 1 if any program differs.
set -u
PY=${PYTHON:-python3}
ROOT=$(cd "$(dirname "$0")/.." && pwd)
[ $# -ge 2 ] || { sed -n '2,9p' "$0" >&2; exit 64; }
family=$1; shift
progs=()
for a in "$@"; do
    if [ -d "$a" ]; then
        for f in "$a"/*.py; do [ -e "$f" ] && progs+=("$f"); done
    else
        progs+=("$a")
    fi
done
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
pass=0; fail=0
for p in "${progs[@]}"; do
    p=$(cd "$(dirname "$p")" && pwd)/$(basename "$p")
    dir=$(dirname "$p"); name=$(basename "$p" .py)
    args=()
    [ -f "$dir/$name.args" ] && mapfile -t args < "$dir/$name.args"
    input=/dev/null
    [ -f "$dir/$name.stdin" ] && input="$dir/$name.stdin"
    (
        cd "$dir" || exit 99
        env -i PATH="$PATH" HOME="${HOME:-/tmp}" LANG=C.UTF-8 LC_ALL=C.UTF-8 \
            PYTHONHASHSEED=0 PYTHONDONTWRITEBYTECODE=1 \
            timeout 20 "$PY" "$ROOT/Scripts/prelude-under-cpython.py" "$family" "$name.py" "${args[@]}" \
            < "$input" > "$tmp/out" 2> "$tmp/err"
        echo $? > "$tmp/status"
    )
    abs=$(printf '%s/' "$dir" | sed 's/[][\\.*^$|/]/\\&/g')
    sed -i "s/$abs//g" "$tmp/out" "$tmp/err"
    problem=""
    if ! cmp -s "$tmp/out" "$dir/$name.stdout"; then
        problem="stdout differs: $(diff "$dir/$name.stdout" "$tmp/out" | head -3 | tr '\n' ' ')"
    elif [ "$(cat "$tmp/status")" != "$(cat "$dir/$name.status")" ]; then
        problem="status $(cat "$tmp/status"), expected $(cat "$dir/$name.status")"
    elif [ "$(grep -v '^$' "$tmp/err" | tail -n1)" != "$(grep -v '^$' "$dir/$name.stderr" | tail -n1)" ]; then
        problem="stderr last line: $(grep -v '^$' "$tmp/err" | tail -n1)"
    fi
    if [ -n "$problem" ]; then
        echo "FAIL $name: $problem"; fail=$((fail + 1))
    else
        pass=$((pass + 1))
    fi
done
echo "under CPython with the $family prelude: $pass passed, $fail failed"
[ $fail -eq 0 ]
