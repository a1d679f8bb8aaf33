#!/usr/bin/env bash
# The plain commands as a script would use them: output, exit status, error messages.
# Usage: Tests/e2e/cli.sh [path/to/concurrency-tutor]
set -uo pipefail
here=$(cd "$(dirname "$0")" && pwd)
bin=$(realpath "${1:-.build/release/concurrency-tutor}")
course="$here/course"
broken="$here/../LessonKitTests/Fixtures/broken/bad-questions"
passed=0
failed=0

expect() {   # expect NAME EXPECTED_STATUS PATTERN -- COMMAND...
  local name=$1 status=$2 pattern=$3; shift 4
  local out code
  out=$("$@" 2>&1); code=$?
  local matched=1
  if [ "${pattern:0:1}" = "=" ]; then [ "$out" = "${pattern:1}" ] || matched=0   # =TEXT: the whole output
  else grep -qE -- "$pattern" <<<"$out" || matched=0; fi
  if [ "$code" = "$status" ] && [ "$matched" = 1 ]; then
    passed=$((passed + 1)); echo "ok - $name"
  else
    failed=$((failed + 1)); echo "not ok - $name (status $code, wanted $status; output:)"; echo "$out" | head -20
  fi
}

expect "list prints id<TAB>title in course order" 0 $'=first-steps\tFirst steps\nsecond\tSecond lesson' -- "$bin" list --lessons "$course"
expect "list honours CONCURRENCY_TUTOR_LESSONS" 0 $'^first-steps\tFirst steps' -- env CONCURRENCY_TUTOR_LESSONS="$course" "$bin" list
expect "show prints the lesson as plain text" 0 'Fixture lesson one opens' -- "$bin" show first-steps --lessons "$course"
expect "show prints the question's answer" 0 'Answer: b' -- "$bin" show first-steps --lessons "$course"
# The Chinese edition: --lang, else CONCURRENCY_TUTOR_LANG, else the locale.
expect "list --lang zh prints the translated titles" 0 $'=first-steps\t第一步\nsecond\tSecond lesson' -- "$bin" list --lang zh --lessons "$course"
expect "show --lang zh prints the lesson in Chinese" 0 '^答案：b\) 2$' -- "$bin" show --lang zh first-steps --lessons "$course"
expect "show under a zh_CN locale is Chinese" 0 '^题目：`print\(1 \+ 1\)` 会打印什么？$' -- env LC_ALL=zh_CN.UTF-8 "$bin" show first-steps --lessons "$course"
expect "CONCURRENCY_TUTOR_LANG=en wins over the locale" 0 '^Answer: b' -- env LC_ALL=zh_CN.UTF-8 CONCURRENCY_TUTOR_LANG=en "$bin" show first-steps --lessons "$course"
expect "--lang en wins over CONCURRENCY_TUTOR_LANG" 0 '^Answer: b' -- env CONCURRENCY_TUTOR_LANG=zh "$bin" show --lang en first-steps --lessons "$course"
expect "show --lang zh marks a lesson with no translation" 0 '^（本课还没有中文译本，下面是英文原文）$' -- "$bin" show --lang zh second --lessons "$course"
expect "the CLI's own errors are in Chinese too" 1 '^concurrency-tutor: 没有 id 为“nope”的课程' -- "$bin" show --lang zh nope --lessons "$course"
expect "--lang takes only en or zh" 64 "lang" -- "$bin" show --lang fr first-steps --lessons "$course"
zhcourse=$(mktemp -d)
cp -r "$course/." "$zhcourse/"
sed -i 's/^- \[x\] 2$/- [ ] 2/; s/^- \[ \] 11$/- [x] 11/' "$zhcourse/01-first-steps/lesson.zh.md"
expect "check fails on a translation out of step" 1 "01-first-steps/lesson.zh.md:[0-9]+:1: page 3: question's answer is choice 1 where lesson.md line 33 has choice 2" -- "$bin" check --no-run "$zhcourse"
rm -rf "$zhcourse"
expect "show of an unknown id is an error" 1 "^concurrency-tutor: no lesson with id 'nope'" -- "$bin" show nope --lessons "$course"
expect "check of a clean course says so, warning of the lesson with no translation" 0 "=$course/02-second/lesson.zh.md:1:1: warning: no translation (lesson.zh.md is missing): the zh edition shows this lesson in English
2 lessons, 4 pages, 1 example: no problems (examples run in the tutor)" -- "$bin" check "$course"
expect "check reports every problem as file:line:col" 1 'lesson.md:9:1: question has no choices' -- "$bin" check "$broken"
expect "check reports more than the first problem" 1 'lesson.md:30:1: question is not closed' -- "$bin" check "$broken"
expect "check of a missing folder is an error" 1 'no such directory' -- "$bin" check /nonexistent
expect "a missing lessons folder is named" 1 'no lessons folder found; tried:' -- "$bin" list --lessons /nonexistent
expect "--help says which lessons folder is in use" 0 'Lessons in use: .*/course \(--lessons\)|Lessons are looked up' -- "$bin" --help
expect "--version prints the version" 0 '^[0-9]+\.[0-9]+\.[0-9]+$' -- "$bin" --version
expect "the real lessons check clean" 0 'no problems' -- "$bin" check "$here/../../Lessons"
expect "the TUI without a terminal fails cleanly" 1 'cannot open the terminal' -- sh -c "'$bin' --lessons '$course' </dev/null >/dev/null"

# The engine's commands: python3's output, status and error formats.
scratch=$(mktemp -d)
trap 'rm -rf "$scratch"' EXIT
printf 'import sys\nprint(sum(range(10)), sys.argv[1:])\nsys.exit(3)\n' > "$scratch/ok.py"
printf 'def f(n):\n    return 1 / n\nf(0)\n' > "$scratch/boom.py"
printf 'print("ok")\n# caf\xe9\n' > "$scratch/latin1.py"
printf 'x = (\n' > "$scratch/open.py"
printf 'while True:\n    pass\n' > "$scratch/spin.py"
expect "run prints what python3 prints and exits as sys.exit says" 3 "=45 ['a', 'b']" -- "$bin" run "$scratch/ok.py" a b
expect "run prints a CPython traceback, exit 1" 1 'ZeroDivisionError: division by zero' -- "$bin" run "$scratch/boom.py"
expect "run of a file that is not UTF-8 is CPython's SyntaxError" 1 "^SyntaxError: Non-UTF-8 code starting with '\\\\xe9' in file .*latin1.py on line 2" -- "$bin" run "$scratch/latin1.py"
expect "run of bad syntax is a SyntaxError with a caret" 1 "SyntaxError: '\\(' was never closed" -- "$bin" run "$scratch/open.py"
expect "the step budget stops a runaway program, exit 4" 4 '=step budget exhausted after 10000 steps' -- "$bin" run --max-steps 10000 "$scratch/spin.py"
printf 'try:\n    x = [0] * 10**7\nexcept MemoryError:\n    print("MemoryError")\nprint(len(x) if "x" in dir() else 0)\n' > "$scratch/big.py"
expect "--max-memory bounds the program's objects: MemoryError" 0 $'=MemoryError\n0' -- "$bin" run --max-memory 1000000 "$scratch/big.py"
expect "without --max-memory the same list fits in 1 GiB" 0 '=10000000' -- "$bin" run "$scratch/big.py"
expect "--max-memory must be positive, a usage error" 64 'max-memory must be a positive number of bytes' -- "$bin" run --max-memory 0 "$scratch/big.py"
# Threads stopped inside built-ins keep a host thread each (Docs/ENGINE.md, carriers): when the
# host refuses one (here a 4 GB address-space limit), the run ends with a message, no crash.
cat >"$scratch/parked.py" <<'PY'
import queue, threading
q = queue.Queue()
def worker(out):
    out.append(sum(q.get() for _ in range(2)))
out = []
ts = [threading.Thread(target=worker, args=(out,)) for _ in range(200)]
for t in ts: t.start()
for i in range(400): q.put(1)
for t in ts: t.join()
print(len(out), sum(out))
PY
expect "threads parked inside built-ins finish as in CPython" 0 '=200 400' -- "$bin" run "$scratch/parked.py"
expect "no host thread left for a parked thread: a message and status 1" 1 \
  '^concurrency-tutor: the host cannot start another thread to run the program on$' \
  -- sh -c "ulimit -v 4000000; exec '$bin' run '$scratch/parked.py'"
expect "run --help documents --max-memory" 0 '--max-memory <bytes>' -- "$bin" run --help
expect "watch takes the same engine options as run" 0 '--max-memory <bytes>' -- "$bin" watch --help
expect "check takes the same engine options as run" 0 '--switch-points <switch-points>' -- "$bin" check --help
expect "the engine options are validated once for every command" 64 '--cores must be at least 1' -- "$bin" watch --cores 0 "$scratch/big.py"
expect "dis lists the bytecode like CPython's dis" 0 'RETURN_VALUE' -- "$bin" dis "$scratch/boom.py"
expect "a deadlock is reported, exit 3" 3 '^deadlock:' -- "$bin" run "$here/../../Lessons/04-threads/deadlock.py"

# The checker: lesson code never runs on the host unless asked; every run is bounded.
lessons="$scratch/lessons"
mkdir -p "$lessons/01-writes" "$lessons/02-spin"
printf -- '---\nid: writes\ntitle: Writes\nsummary: S\n---\n## P\nText.\n@example writes.py\n' > "$lessons/01-writes/lesson.md"
printf "try:\n    open('made-by-lesson.txt', 'w').write('x')\nexcept Exception:\n    pass\nprint('done')\n" > "$lessons/01-writes/writes.py"
printf 'done\n' > "$lessons/01-writes/writes.out"
printf -- '---\nid: spin\ntitle: Spin\nsummary: S\n---\n## P\nText.\n@example spin.py\n' > "$lessons/02-spin/lesson.md"
printf 'n = 0\nwhile True:\n    n += 1\n' > "$lessons/02-spin/spin.py"
expect "check runs an endless loop only up to the step budget, within seconds" 1 "spin.py:1:1: did not finish within the check's step budget of 500,000,000 steps" -- timeout 60 "$bin" check "$lessons"
expect "check without --python3 runs no lesson code on the host" 0 '=no file made' -- sh -c "cd '$scratch' && '$bin' check '$lessons' >/dev/null 2>&1; if ls '$lessons/01-writes' '$scratch' | grep -q made-by-lesson; then echo made; else echo 'no file made'; fi"
rm -rf "$lessons/02-spin"
expect "check --python3 runs python3 in a fresh temporary folder" 0 'compared with .*python3\)$' -- sh -c "'$bin' check --python3 python3 '$lessons' && ! ls '$lessons/01-writes' | grep made-by-lesson"
printf '#!/bin/sh\ntrap "" TERM\nif [ "$1" = -c ]; then echo 3.11; exit 0; fi\nwhile :; do sleep 1; done\n' > "$scratch/stubborn-python3"
chmod +x "$scratch/stubborn-python3"
expect "check kills a python3 that ignores SIGTERM at the time limit" 1 "writes.py:1:1: python3 did not finish within the check's time limit of 2 s \(stopped with SIGKILL\)" -- timeout 60 "$bin" check --python3 "$scratch/stubborn-python3" --time-limit 2 "$lessons"
expect "check --help says python3 runs lesson code on this machine" 0 'Lesson code runs on this machine only with --python3' -- "$bin" check --help
mkdir -p "$lessons/04-big"
printf -- '---\nid: big\ntitle: Big\nsummary: S\n---\n## P\nText.\n@example big.py\n' > "$lessons/04-big/lesson.md"
cp "$scratch/big.py" "$lessons/04-big/big.py"
printf '10000000\n' > "$lessons/04-big/big.out"
expect "check runs each example with the engine options it is given" 1 'big.py:1:1: .*differs from big.out' -- "$bin" check --max-memory 1000000 "$lessons"
expect "check with the default engine options passes the same example" 0 'no problems' -- "$bin" check "$lessons"
rm -rf "$lessons/04-big"
mkdir -p "$lessons/05-claim"
printf -- '---\nid: claim\ntitle: Claim\nsummary: S\n---\n## P\nText.\n@example race.py\n@claim every run: number after "lost" > 0\n' > "$lessons/05-claim/lesson.md"
printf '# nondeterministic: a race that loses nothing\nprint("lost", 0)\n' > "$lessons/05-claim/race.py"
expect "check fails a false @claim at its line, saying what a run showed" 1 "05-claim/lesson.md:9:1: claim 'every run: number after \"lost\" > 0' is false for race.py: in the tutor with --seed 0, the number after \"lost\" was 0" -- "$bin" check "$lessons"
rm -rf "$lessons/05-claim"
mkdir -p "$lessons/03-fifo"
mkfifo "$lessons/03-fifo/lesson.md"
expect "check reports a FIFO in place of lesson.md without blocking on it" 1 '03-fifo/lesson.md:1:1: lesson.md is a FIFO \(named pipe\), not a file' -- timeout 60 "$bin" check --no-run "$lessons"
expect "list keeps a broken lesson, saying why" 0 $'^fifo\t03-fifo\tbroken: lesson.md is a FIFO' -- timeout 60 "$bin" list --lessons "$lessons"
expect "list marks a lesson with problems" 0 $'^alpha\tAlpha\t7 problems$' -- "$bin" list --lessons "$broken"
expect "show prints a lesson's problems under its title" 0 'This lesson has 7 problems' -- "$bin" show alpha --lessons "$broken"
expect "show of a broken lesson says why" 1 "lesson 'fifo' cannot be shown: .*lesson.md is a FIFO" -- timeout 60 "$bin" show fifo --lessons "$lessons"

# The schedule explorer (issue 24): each buggy program of Tests/Explore found within a minute,
# its schedule replayed by run --schedule to the same failure; no false alarm on a locked counter.
explore="$here/../Explore"
export EXPLORE_OUT="$scratch/explore.out"
explore_case() {   # explore_case FILE KIND REPLAY_STATUS REPLAY_PATTERN [OPTIONS...]
  local file=$1 kind=$2 status=$3 pattern=$4; shift 4
  local schedule
  expect "explore finds the $kind in $file within a minute" 1 "^found: $kind after [0-9]+ runs?$" -- \
    bash -c 'timeout 90 "$0" explore "$@" 2>/dev/null >"$EXPLORE_OUT"; code=$?; cat "$EXPLORE_OUT"; exit $code' "$bin" "$explore/$file" --time-limit 60 "$@"
  schedule=$(sed -n 's/^schedule: //p' "$EXPLORE_OUT")
  expect "run --schedule replays $file to the same $kind" "$status" "$pattern" -- "$bin" run "$explore/$file" --schedule "$schedule"
}
explore_case counter_call.py "exception AssertionError" 1 '^AssertionError: lost updates'
explore_case bank_transfer.py deadlock 3 '^cycle: '
explore_case condition_if.py "exception IndexError" 0 '^IndexError: pop from empty list'
explore_case two_flags.py "exception AssertionError" 0 '^AssertionError: both threads' --switch-points every
expect "explore gives no false alarm on a locked counter (cpython)" 0 '^no failure in 300 runs$' -- "$bin" explore "$explore/locked_counter.py" --runs 300
expect "explore gives no false alarm on a locked counter (every)" 0 '^no failure in 300 runs$' -- "$bin" explore "$explore/locked_counter.py" --runs 300 --switch-points every
expect "explore gives no false alarm on transfers that lock in one order" 0 '^no failure in 300 runs$' -- "$bin" explore "$explore/bank_transfer_ordered.py" --runs 300
expect "explore --strategy dfs says when it covered every schedule" 0 '^exhausted: all [0-9]+ schedules with at most 1 preemption pass$' -- "$bin" explore "$explore/bank_transfer_ordered.py" --strategy dfs --max-preemptions 1
expect "run --schedule refuses a schedule that does not fit, naming the step" 2 '^concurrency-tutor: schedule does not fit the program at step [0-9]+: ' -- "$bin" run "$explore/counter_call.py" --schedule v1:cpython:p5t7:100
expect "run --schedule refuses unreadable text" 64 "bad schedule: it must start with 'v1:'" -- "$bin" run "$explore/counter_call.py" --schedule nonsense
expect "run --schedule refuses an option that contradicts the schedule" 64 "--seed 3 differs from the schedule's 0" -- "$bin" run "$explore/counter_call.py" --schedule v1:cpython::4046 --seed 3
expect "watch --schedule refuses a schedule that does not fit before opening" 1 'schedule does not fit the program' -- "$bin" watch "$explore/counter_call.py" --schedule v1:cpython:p5t7:100

# Fix-it exercises (issue 24 item 5): each broken program refused and each reference solution
# accepted by --once with the learner's own budget; one solved by saving while `exercise`
# watches; Ctrl-C; watch --rerun.
exercises="$here/../../Exercises"
solutions="$here/../Exercises"
exdir="$scratch/exercises"
ex() { env XDG_DATA_HOME="$scratch/xdg" "$bin" exercise --dir "$exdir" "$@"; }
wait_for() {   # wait_for FILE PATTERN: polls FILE for PATTERN, for two minutes at most
  local deadline=$((SECONDS + 120))
  until grep -qE -- "$2" "$1" 2>/dev/null; do [ $SECONDS -lt $deadline ] || return 1; sleep 0.2; done
}
for dir in "$exercises"/[0-9]*-*/; do
  name=${dir%/}; name=${name##*/}; name=${name#*-}
  expect "exercise --once refuses the broken $name" 1 '^Not solved yet' -- ex "$name" --once
  cp "$solutions/$name.py" "$exdir/$name.py"
  expect "exercise --once accepts the reference solution of $name" 0 "^✓ Solved: $name\$" -- ex "$name" --once
done
expect "solved exercises are kept in the progress file" 0 '"queue-shutdown"' -- cat "$scratch/xdg/concurrency-tutor/progress.json"
expect "exercise lists the exercises, solved marked, and says when all are solved" 0 '^  \[x\] race  Lost updates' -- ex
expect "exercise --reset puts the broken program back" 0 "^race: a fresh copy of the broken program is at $exdir/race.py\$" -- ex --reset race
expect "the reset copy is the broken program" 0 '' -- cmp "$exdir/race.py" "$exercises/01-race/race.py"
expect "exercise --reset forgets that it was solved" 1 '^  \[ \] race  ' -- ex --once
expect "exercise --lang zh speaks Chinese" 1 '^还没有通过' -- ex race --once --lang zh
expect "exercise --hint prints the hint" 0 'threading.Lock' -- ex race --hint
expect "exercise of an unknown name lists the names" 1 "no exercise named 'nope'; the exercises: race, deadlock" -- ex nope
timeout 300 env XDG_DATA_HOME="$scratch/xdg" "$bin" exercise --dir "$exdir" race </dev/null >"$scratch/solve.out" 2>&1 &
pid=$!
wait_for "$scratch/solve.out" '^Not solved yet' && cp "$solutions/race.py" "$exdir/race.py"
wait_for "$scratch/solve.out" '^✓ Solved: race$'
wait "$pid"; status=$?
expect "exercise accepts a fix saved while it watches, and exits 0" 0 '^Why it works:' -- bash -c 'cat "$0"; exit "$1"' "$scratch/solve.out" "$status"
ex --reset race >/dev/null
# Not through `ex`: a backgrounded function is a subshell, which would get the SIGINT.
env XDG_DATA_HOME="$scratch/xdg" "$bin" exercise --dir "$exdir" race </dev/null >"$scratch/stop.out" 2>&1 &
pid=$!
wait_for "$scratch/stop.out" '^Not solved yet'; kill -INT "$pid"; wait "$pid"; status=$?
expect "Ctrl-C stops exercise at once, exit 130, saying where the copy is" 130 "^Stopped. Your copy stays at $exdir/race.py" -- bash -c 'cat "$0"; exit "$1"' "$scratch/stop.out" "$status"
cp "$explore/locked_counter.py" "$scratch/rerun.py"
"$bin" watch --rerun "$scratch/rerun.py" </dev/null >"$scratch/rerun.out" 2>&1 &
pid=$!
wait_for "$scratch/rerun.out" 'no failing schedule' && cp "$explore/counter_call.py" "$scratch/rerun.py"
wait_for "$scratch/rerun.out" 'found a failing schedule'; kill -INT "$pid"; wait "$pid"; status=$?
expect "watch --rerun checks the file again on each save" 130 'found a failing schedule: exception AssertionError' -- bash -c 'cat "$0"; exit "$1"' "$scratch/rerun.out" "$status"

echo "cli: $passed passed, $failed failed"
[ "$failed" -eq 0 ]
