#!/usr/bin/env bash
# Regenerates the expected results of the conformance corpus from CPython 3.11 (the oracle).
#
#   Scripts/regen-conformance.sh                 # every program in Tests/Conformance/*/ (not deadlock/;
#                                                # greenlet/, gevent/ only if $PYTHON has the package)
#   Scripts/regen-conformance.sh FILE.py ...     # only these programs
#
# Each program runs from inside its own folder as `python3 NNN_topic.py [args]` so tracebacks
# name the file only. Sidecars: NNN_topic.stdin is fed to stdin (else /dev/null), NNN_topic.args
# holds one argument per line. Writes NNN_topic.stdout, .stderr (exact bytes) and .status
# (exit status + newline). The absolute folder path CPython puts in front of the file name in
# tracebacks is removed, so they read `File "NNN_topic.py", line N, in F`. Every program runs twice; any difference between the runs is
# reported as nondeterministic and makes the script exit 1. Timeout: 20 s per run.
set -u
PY=${PYTHON:-python3}
ROOT=$(cd "$(dirname "$0")/.." && pwd)
CORPUS="$ROOT/Tests/Conformance"

ver=$("$PY" -c 'import sys; print("%d.%d" % sys.version_info[:2])' 2>/dev/null)
if [ "$ver" != "3.11" ]; then
    echo "regen-conformance: need python3 3.11 as the oracle, found '${ver:-none}' ($PY)" >&2
    exit 2
fi
command -v timeout >/dev/null || { echo "regen-conformance: needs timeout(1)" >&2; exit 2; }

if [ $# -gt 0 ]; then
    progs=("$@")
else
    progs=()
    for d in "$CORPUS"/*/; do
        case "$(basename "$d")" in
            deadlock) continue ;;
            # These need the package (Scripts/regen-coroutines.sh makes a venv with it).
            greenlet|gevent)
                if ! "$PY" -c "import $(basename "$d")" 2>/dev/null; then
                    echo "skip $(basename "$d")/: $PY has no $(basename "$d") (Scripts/regen-coroutines.sh)" >&2
                    continue
                fi ;;
        esac
        for f in "$d"*.py; do [ -e "$f" ] && progs+=("$f"); done
    done
fi

tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

# run_one DIR NAME OUTPREFIX
run_one() {
    local dir=$1 name=$2 out=$3 args=()
    if [ -f "$dir/$name.args" ]; then
        mapfile -t args < "$dir/$name.args"
    fi
    local input=/dev/null
    [ -f "$dir/$name.stdin" ] && input="$dir/$name.stdin"
    (
        cd "$dir" || exit 99
        env -i PATH="$PATH" HOME="${HOME:-/tmp}" LANG=C.UTF-8 LC_ALL=C.UTF-8 \
            PYTHONHASHSEED=0 PYTHONDONTWRITEBYTECODE=1 \
            timeout 20 "$PY" "$name.py" "${args[@]}" < "$input" > "$out.stdout" 2> "$out.stderr"
        echo $? > "$out.status"
    )
    # CPython 3.11 makes the script path absolute in tracebacks and warnings even when it is
    # started as `python3 NNN_topic.py`; write it as the bare file name, as the engine will.
    local abs
    abs=$(printf '%s/' "$dir" | sed 's/[][\\.*^$|/]/\\&/g')
    sed -i "s/$abs//g" "$out.stdout" "$out.stderr"
}

fail=0; count=0
for p in "${progs[@]}"; do
    p=$(cd "$(dirname "$p")" && pwd)/$(basename "$p")
    dir=$(dirname "$p"); name=$(basename "$p" .py)
    case "$dir" in */deadlock) echo "skip (deadlock, never run): $name"; continue ;; esac
    run_one "$dir" "$name" "$tmp/a"
    run_one "$dir" "$name" "$tmp/b"
    status=$(cat "$tmp/a.status")
    if [ "$status" = 124 ]; then
        echo "TIMEOUT: $dir/$name.py" >&2; fail=1; continue
    fi
    for ext in stdout stderr status; do
        if ! cmp -s "$tmp/a.$ext" "$tmp/b.$ext"; then
            echo "NONDETERMINISTIC ($ext differs between runs): $dir/$name.py" >&2
            diff "$tmp/a.$ext" "$tmp/b.$ext" | head -5 >&2
            fail=1
        fi
        cp "$tmp/a.$ext" "$dir/$name.$ext"
    done
    count=$((count + 1))
done
echo "regenerated $count program(s)"
exit $fail
