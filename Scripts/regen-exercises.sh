#!/usr/bin/env bash
# Records each exercise's expected.out by running its reference solution
# (Tests/Exercises/NAME.py) with python3, the oracle: what every fix must print.
# Usage: Scripts/regen-exercises.sh [NAME...]   (default: every exercise)
set -euo pipefail
cd "$(dirname "$0")/.."
for dir in Exercises/[0-9]*-*/; do
  name=${dir#Exercises/*-}; name=${name%/}
  if [ $# -gt 0 ] && [[ " $* " != *" $name "* ]]; then continue; fi
  python3 "Tests/Exercises/$name.py" >"$dir/expected.out"
  echo "${dir%/}/expected.out"
done
