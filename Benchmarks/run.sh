#!/usr/bin/env bash
# Times the tutor's engine against python3 on each benchmark program.
# Builds in release mode, checks the two print the same, then reports per program the
# median wall time of each, the peak RSS, and the ratio tutor/python3, and the geometric
# mean of the ratios. A program the engine cannot run yet is reported, not timed.
# Usage: Benchmarks/run.sh [-n RUNS] [program.py ...]
set -euo pipefail
cd "$(dirname "$0")/.."
runs=3
if [ "${1:-}" = "-n" ]; then runs=$2; shift 2; fi
programs=("$@")
[ ${#programs[@]} -gt 0 ] || programs=(Benchmarks/*.py)

swift build -c release >"${TMPDIR:-/tmp}/ct-bench-build.log" 2>&1 || { cat "${TMPDIR:-/tmp}/ct-bench-build.log" >&2; exit 1; }
bin=$(swift build -c release --show-bin-path)/concurrency-tutor
# The frame benchmark is its own executable, beside the tutor but not shipped with it.
bench=$(swift build -c release --show-bin-path)/run-view-bench
# Time the real interpreter, not a version-manager shim (pyenv's adds ~0.1 s per run).
py=$(python3 -c 'import sys; print(sys.executable)')
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

# Prints "median_seconds max_rss_kb" over $runs runs of the command.
measure() {
  local times=() rss=0 line
  for _ in $(seq "$runs"); do
    /usr/bin/time -o "$tmp/time" -f "%e %M" "$@" >/dev/null 2>/dev/null || true
    line=$(tail -n 1 "$tmp/time")
    times+=("${line% *}")
    [ "${line#* }" -gt "$rss" ] && rss=${line#* }
  done
  printf '%s\n' "${times[@]}" | sort -g | awk -v r="$rss" '{a[NR]=$1} END {print a[int((NR+1)/2)], r}'
}

printf '%-24s %10s %10s %8s %12s %12s\n' program python3_s tutor_s ratio python3_MB tutor_MB
ratios=()
for program in "${programs[@]}"; do
  name=$(basename "$program")
  "$py" "$program" >"$tmp/expected" 2>&1 || true
  if ! "$bin" run "$program" >"$tmp/actual" 2>&1 || ! cmp -s "$tmp/expected" "$tmp/actual"; then
    printf '%-24s %s\n' "$name" "engine output differs from python3 (not timed): $(head -c 120 "$tmp/actual" | tr '\n' ' ')"
    continue
  fi
  read -r py_s py_kb < <(measure "$py" "$program")
  read -r ct_s ct_kb < <(measure "$bin" run "$program")
  ratio=$(awk -v a="$ct_s" -v b="$py_s" 'BEGIN { printf "%.2f", (b > 0 ? a / b : 0) }')
  ratios+=("$ratio")
  printf '%-24s %10s %10s %8s %12s %12s\n' "$name" "$py_s" "$ct_s" "$ratio" "$((py_kb / 1024))" "$((ct_kb / 1024))"
done
if [ ${#ratios[@]} -gt 0 ]; then
  printf '%s\n' "${ratios[@]}" | awk '$1 > 0 { s += log($1); n++ } END { if (n) printf "geometric mean of ratios (%d programs): %.2f\n", n, exp(s / n) }'
fi

# The run view: drawing one frame of a recorded 50-thread run into the in-memory terminal
# (target under 5 ms), and a whole process that loads it and draws one frame, an upper
# bound for start-up to the first frame (target under 100 ms); it links the same libraries.
echo
"$bench" --bench-frame 200 --demo many
read -r startup _ < <(measure "$bench" --bench-frame 1 --demo many)
echo "start-up to first frame (whole process, upper bound): ${startup} s"
