#!/usr/bin/env bash
# `concurrency-tutor run` as a terminal user and a shell pipeline see it: output streams as
# python3's does (line-buffered on a terminal, block-buffered into a pipe, stdout flushed
# before a traceback), stdin is read only when the program reads, Ctrl-C is the program's
# KeyboardInterrupt, and SIGTERM keeps what was printed. python3 3.11 is the oracle where
# the two can be compared byte for byte.
# Usage: Tests/e2e/run-io.sh [path/to/concurrency-tutor]
set -uo pipefail
here=$(cd "$(dirname "$0")" && pwd)
bin=$(realpath "${1:-.build/release/concurrency-tutor}")
session="ct-run-io-$$"
polls=100
. "$here/tmux-lib.sh"

check() {
  local name=$1; shift
  if "$@"; then passed=$((passed + 1)); echo "ok - $name"
  else failed=$((failed + 1)); echo "not ok - $name"; fi
  stop_session
}

printf 'import sys\nprint("a")\nsys.stderr.write("e1\\n")\nprint("b")\nsys.stderr.write("no newline")\nprint("c", flush=True)\nsys.stderr.write("!\\n")\n1/0\n' > "$work/order.py"
printf 'name = input("name? ")\nprint("hi", name)\nprint(input())\ninput()\n' > "$work/ask.py"
printf 'print("hi")\n' > "$work/hi.py"
printf 'print("started", flush=True)\nn = 0\ntry:\n    while True:\n        n += 1\nexcept KeyboardInterrupt:\n    print("caught after", "some" if n else "no", "steps")\nprint("now waiting")\ninput("> ")\n' > "$work/interrupt.py"
printf 'import threading, time\ndef worker():\n    while True:\n        time.sleep(0.5)\nthreading.Thread(target=worker, daemon=True).start()\nprint("joining", flush=True)\nthreading.main_thread()\nfor t in threading.enumerate():\n    if t is not threading.current_thread():\n        t.join()\n' > "$work/join.py"
printf 'for i in range(3):\n    print("line", i)\nn = 0\nwhile True:\n    n += 1\n' > "$work/spin.py"

# Same bytes in the same order as python3 when both streams go into one pipe.
same_as_python() {
  local env=$1 file=$2 ours theirs
  ours=$(cd "$work" && env -u PYTHONUNBUFFERED $env "$bin" run "$(basename "$file")" 2>&1 </dev/null)
  # python3 names the script by its absolute path in tracebacks; the engine names it as
  # given. Both underline the failing expression (`~^~` under `1/0`).
  theirs=$(cd "$work" && env -u PYTHONUNBUFFERED $env python3 "$(basename "$file")" 2>&1 </dev/null \
           | sed "s|\"$work/|\"|")
  [ "$ours" = "$theirs" ] || { echo "ours:"; echo "$ours"; echo "python3:"; echo "$theirs"; return 1; } >&2
}
check "piped: stdout block-buffered, stderr by line, stdout flushed before the traceback" same_as_python "" "$work/order.py"
check "piped with PYTHONUNBUFFERED=1: every write in order" same_as_python "PYTHONUNBUFFERED=1" "$work/order.py"

stdin_from_pipe() {
  local out; out=$(printf 'bob\nlast' | "$bin" run "$work/ask.py" 2>&1); local code=$?
  [ "$code" = 1 ] && grep -qF 'name? hi bob' <<<"$out" && grep -qxF 'last' <<<"$out" \
    && grep -qF 'EOFError: EOF when reading a line' <<<"$out" || { echo "status $code: $out" >&2; return 1; }
}
check "input() reads piped stdin line by line, EOFError at its end" stdin_from_pipe

in_terminal() {
  start_in_tmux 100 30 "$bin run $work/hi.py"
  wait_for "hi" || return 1
  wait_for "EXIT=0" "the run ending without waiting for end of input" || return 1
  stop_session
}
check "in a terminal a program that never reads stdin does not wait for it" in_terminal

interactive() {
  start_in_tmux 100 30 "$bin run $work/ask.py"
  wait_for "name?" "the prompt, before any input" || return 1
  tmux send-keys -t "$session" "ada" Enter
  wait_for "hi ada" || return 1
  tmux send-keys -t "$session" "again" Enter
  wait_for "again" || return 1
  tmux send-keys -t "$session" C-d
  wait_for "EOFError: EOF when reading a line" || return 1
  wait_for "EXIT=1" || return 1
  stop_session
}
check "input() at a terminal: prompt first, each line as typed, Ctrl-D is EOFError" interactive

ctrl_c() {
  start_in_tmux 100 30 "$bin run $work/interrupt.py"
  wait_for "started" || return 1
  tmux send-keys -t "$session" C-c
  wait_for "caught after some steps" "KeyboardInterrupt caught by the program" || return 1
  wait_for "now waiting" || return 1
  tmux send-keys -t "$session" C-c
  wait_for "KeyboardInterrupt" || return 1
  local out; out=$(screen)
  grep -qF 'x = input' <<<"$out" || grep -qF 'input("> ")' <<<"$out" || { echo "no traceback at input():" >&2; echo "$out" >&2; return 1; }
  wait_for "EXIT=130" || return 1
  stop_session
}
check "Ctrl-C raises KeyboardInterrupt in the program, uncaught it exits 130 with a traceback" ctrl_c

ctrl_c_blocked() {
  start_in_tmux 100 30 "$bin run $work/join.py"
  wait_for "joining" || return 1
  tmux send-keys -t "$session" C-c
  wait_for "KeyboardInterrupt" || return 1
  wait_for "t.join()" "the traceback at the join" || return 1
  wait_for "EXIT=130" || return 1
  stop_session
}
check "Ctrl-C interrupts a main thread blocked in join()" ctrl_c_blocked

sigterm_keeps_output() {
  timeout -s TERM 2 "$bin" run --max-steps 1000000000000000 "$work/spin.py" > "$work/spin.out" 2>&1
  local code=$?
  [ "$code" = 124 ] || { echo "status $code" >&2; return 1; }   # timeout(1)'s status when it sent the signal
  [ "$(cat "$work/spin.out")" = "$(printf 'line 0\nline 1\nline 2')" ] || { echo "got:"; cat "$work/spin.out"; return 1; } >&2
}
check "SIGTERM (a timeout) ends the run and keeps what was printed" sigterm_keeps_output

echo "run-io: $passed passed, $failed failed"
[ "$failed" -eq 0 ]
