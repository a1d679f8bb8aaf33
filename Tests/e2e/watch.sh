#!/usr/bin/env bash
# End-to-end test of the run view (`concurrency-tutor watch`), driven as a person would: the
# real binary in tmux, keys sent, screens captured and checked; the terminal must be restored
# after q and after Ctrl-C during playback.
#
# Usage: Tests/e2e/watch.sh [--demo-only] [path/to/concurrency-tutor]
#   --demo-only  only the checks on the recorded demos (`run-view-bench --demo NAME`, built
#                beside the tutor, not shipped), which need no engine; without it the live
#                checks run programs on the engine's LiveRun too.
# .ci/run runs it in full.
set -euo pipefail
demo_only=0
if [ "${1:-}" = "--demo-only" ]; then demo_only=1; shift; fi
here=$(cd "$(dirname "$0")" && pwd)
bin=$(realpath "${1:-.build/release/concurrency-tutor}")
demo_bin=$(dirname "$bin")/run-view-bench
session="ct-watch-$$"
polls=200   # 10 s: the engine may run a while before a program's end is on screen
. "$here/tmux-lib.sh"

check() {
  local name=$1; shift
  if "$@"; then
    passed=$((passed + 1)); echo "ok - $name"
  else
    failed=$((failed + 1)); echo "not ok - $name"
  fi
  stop_session
}

start() {
  local width=$1 height=$2; shift 2
  start_in_tmux "$width" "$height" "$bin watch $*"
}

# The run view on a recorded run: the same app, with no engine behind it.
start_demo() {
  start_in_tmux "$1" "$2" "$demo_bin --demo $3"
}

keys() { tmux send-keys -t "$session" "$@"; }

# Presses n (next event) until TEXT is on screen, at most MAX times; fails if it never shows.
step_until() {
  local text=$1 max=$2 i
  for i in $(seq 1 "$max"); do
    grep -qF -- "$text" <<<"$(screen)" && return 0
    keys n; sleep 0.05
  done
  wait_for "$text" "'$text' while stepping"
}

# Starts playback, faster (at 20 changes a second the first half second can be all thread
# starts at one instant), and fails unless the screen moves within half a second.
plays() {
  keys + + + ' '
  wait_for "playing" "the play state" || return 1
  local before; before=$(screen)
  sleep 0.5
  [ "$(screen)" != "$before" ] || { echo "playback did not move:" >&2; echo "$before" >&2; return 1; }
}

# MARK: - Programs for the live checks

cat >"$work/two_threads.py" <<'PY'
import threading

counter_lock = threading.Lock()
total = 0

def work(n):
    global total
    for _ in range(n):
        with counter_lock:
            total += 1

alpha = threading.Thread(target=work, args=(3,), name="alpha")
beta = threading.Thread(target=work, args=(3,), name="beta")
alpha.start(); beta.start()
alpha.join(); beta.join()
print("total", total)
PY

cat >"$work/endless.py" <<'PY'
n = 0
while True:
    n += 1
PY

cat >"$work/deadlock.py" <<'PY'
import threading

first = threading.Lock()
second = threading.Lock()
ready = threading.Barrier(2)

def one():
    with first:
        ready.wait()
        with second:
            pass

def two():
    with second:
        ready.wait()
        with first:
            pass

a = threading.Thread(target=one, name="one")
b = threading.Thread(target=two, name="two")
a.start(); b.start()
a.join(); b.join()
PY

# MARK: - Checks on recorded demos (no engine needed)

demo_walkthrough() {
  start_demo 100 30 lock
  wait_for "Timeline" "the timeline pane" || return 1
  wait_for "lock_counter.py" "the code pane's title" || return 1
  keys n n n
  wait_for "Thread-1 (work)" || return 1
  keys G
  wait_for "exit status 0" "the end banner" || return 1
  wait_for "count = 2" "the output" || return 1
  keys b
  wait_gone "exit status 0" || return 1
  keys '?'
  wait_for "Help: Run: lock_counter.py" || return 1
  keys x
  wait_gone "Help:" || return 1
  tmux resize-window -t "$session" -x 60 -y 20
  wait_for "terminal too small (need 80x24)" || return 1
  tmux resize-window -t "$session" -x 80 -y 24
  wait_for "Timeline" "the view after the resize" || return 1
  keys q
  restored 0
}

demo_deadlock() {
  start_demo 80 24 deadlock
  wait_for "Timeline" || return 1
  keys G
  wait_for "deadlock: every thread is blocked" || return 1
  wait_for "⟳ a Lock held by Thread-1 (one)" "the cycle in the locks pane" || return 1
  keys q
  restored 0
}

demo_play_then_ctrl_c() {
  start_demo 120 40 many
  wait_for "Timeline" || return 1
  plays || return 1
  keys C-c
  restored 130
}

demo_ascii() {
  tmux -f /dev/null new-session -d -s "$session" -x 80 -y 24 \
    "env TERM=xterm-256color LANG=C LC_ALL=C NO_COLOR=1 $demo_bin --demo lock; echo EXIT=\$?; sleep 600"
  wait_for "Timeline" || return 1
  keys G
  wait_for "# run - GIL wait" "the ASCII legend" || return 1
  keys q
  wait_for "EXIT=0"
}

check "demo: walkthrough, resize and quit" demo_walkthrough
check "demo: deadlock report and cycle" demo_deadlock
check "demo: Ctrl-C during playback restores the terminal" demo_play_then_ctrl_c
check "demo: ASCII and NO_COLOR" demo_ascii

# MARK: - Live checks (the engine's LiveRun)

live_two_threads() {
  local width=$1 height=$2
  start "$width" "$height" "$work/two_threads.py"
  wait_for "Timeline" || return 1
  wait_for "two_threads.py" || return 1
  keys n n n i i
  keys G
  wait_for "exit status 0" "the end banner" || return 1
  wait_for "alpha" "the first thread's name" || return 1
  wait_for "beta" "the second thread's name" || return 1
  wait_for "counter_lock" "the lock's variable name" || return 1
  wait_for "total 6" "the program's output" || return 1
  keys b
  wait_gone "exit status 0" || return 1
  keys g
  wait_gone "total 6" || return 1
  tmux resize-window -t "$session" -x 80 -y 24
  wait_for "Timeline" "the view at 80x24" || return 1
  tmux resize-window -t "$session" -x 60 -y 20
  wait_for "terminal too small (need 80x24)" || return 1
  tmux resize-window -t "$session" -x "$width" -y "$height"
  wait_for "Timeline" || return 1
  keys q
  restored 0
}

live_endless_plays_and_ctrl_c() {
  start 100 30 "$work/endless.py"
  wait_for "Timeline" || return 1
  plays || return 1
  keys C-c
  restored 130
}

live_deadlock() {
  start 100 30 "$work/deadlock.py"
  wait_for "Timeline" || return 1
  keys G
  wait_for "deadlock:" "the deadlock report" || return 1
  wait_for "first" || return 1
  wait_for "second" || return 1
  keys q
  restored 0
}

live_mode_switch() {
  start 100 30 "$work/two_threads.py"
  wait_for "cpython" || return 1
  keys m
  wait_for "every" "the every-instruction mode" || return 1
  keys m
  wait_for "no-gil" || return 1
  keys G
  wait_for "total" || return 1
  keys q
  restored 0
}

# From a lesson page, r runs its example and q comes back to the page.
live_r_from_lesson_page() {
  local data; data=$(mktemp -d "$work/data.XXXX")
  tmux -f /dev/null new-session -d -s "$session" -x 100 -y 30 \
    "env TERM=xterm-256color LANG=C.UTF-8 LC_ALL=C.UTF-8 XDG_DATA_HOME=$data $bin --lessons $here/course; \
     echo EXIT=\$?; stty -a | tr ' ' '\n' | grep -E '^-?(icanon|echo)$' | tr '\n' ' '; echo; echo MODES-END; sleep 600"
  tmux set-option -t "$session" remain-on-exit on >/dev/null
  wait_for "Course:" || return 1
  keys Enter
  wait_for "page 1 of 3" || return 1
  keys Right
  wait_for "page 2 of 3" || return 1
  keys r
  wait_for "Timeline" "the run view on the page's example" || return 1
  keys G
  wait_for "exit status 0" || return 1
  keys q
  wait_for "page 2 of 3" "back on the page" || return 1
  keys q q
  restored 0
}

# A fork: step until the child has changed its global, then the process table (both pids) and
# the two address spaces side by side (the child's x = 11, the parent's x = 1) are on screen.
live_fork_memory() {
  start 80 24 "$here/fixtures/fork_global.py"
  wait_for "Timeline" || return 1
  wait_for "fork_global.py" || return 1
  local steps=0
  # "│x = 11" is a memory column's line; the code pane shows "x = 11" after a line number.
  until screen | grep -qF "│x = 11"; do
    steps=$((steps + 1))
    [ "$steps" -le 80 ] || { echo "FAIL: the child's x = 11 never showed:" >&2; screen >&2; return 1; }
    keys n
    sleep 0.05
  done
  [ "$steps" -gt 1 ] || { echo "FAIL: the child's x = 11 was on screen before any step" >&2; return 1; }
  local out; out=$(screen)
  for needle in "Processes" "PPID" "4242  1     MainProcess" "4243  4242  MainProcess" "Memory: globals per process" "pid 4242" "pid 4243" "│x = 1 "; do
    grep -qF -- "$needle" <<<"$out" || { echo "FAIL: '$needle' not on screen at 80x24:" >&2; echo "$out" >&2; return 1; }
  done
  # The child's change is in the child's column only: the parent's column, left, still says x = 1.
  grep -qE "x = 1 +│x = 11" <<<"$out" || { echo "FAIL: the columns are not parent x = 1, child x = 11:" >&2; echo "$out" >&2; return 1; }
  tmux resize-window -t "$session" -x 120 -y 40
  wait_for "pid 4243 MainProcess" "the child's column at 120x40" || return 1
  wait_for "│x = 11" || return 1
  wait_for "◆ fork ■ exit ○ reap" "the process marks' legend" || return 1
  keys G
  wait_for "parent x = 1" "the parent's output" || return 1
  keys q
  restored 0
}

live_greenlet_lanes() {
  start 100 30 "$here/fixtures/greenlet_lanes.py"
  wait_for "Timeline" || return 1
  keys G
  # "ended" in the status line ("all done" is also the code pane's last line).
  wait_for " ended " "the program's end" || return 1
  local out; out=$(screen)
  # Each greenlet has its own lane, suspended (┄) while the others run, and the legend says so.
  for needle in "greenlet-1 work" "greenlet-2 work" "┄ suspended"; do
    grep -qF -- "$needle" <<<"$out" || { echo "FAIL: '$needle' not on screen:" >&2; echo "$out" >&2; return 1; }
  done
  grep -E "greenlet-1 work" <<<"$out" | grep -qF "┄" || { echo "FAIL: greenlet-1's lane shows no suspended stretch:" >&2; echo "$out" >&2; return 1; }
  keys q
  restored 0
}

live_task_lanes() {
  start 120 40 "$here/../../Lessons/06-coroutines/tasks.py"
  wait_for "Timeline" || return 1
  keys G
  wait_for " ended " "the program's end" || return 1
  local out; out=$(screen)
  # Each asyncio task has a lane named as the task is, suspended (┄) at its awaits.
  for needle in "python.org" "pypi.org" "┄ suspended"; do
    grep -qF -- "$needle" <<<"$out" || { echo "FAIL: '$needle' not on screen:" >&2; echo "$out" >&2; return 1; }
  done
  grep -E "[0-9] python\.org" <<<"$out" | grep -qF "┄" || { echo "FAIL: the python.org task's lane shows no suspended stretch:" >&2; echo "$out" >&2; return 1; }
  keys q
  restored 0
}

live_two_phases() {
  start 120 40 "$here/../../Lessons/07-io-models/two_phases.py"
  wait_for "Timeline" || return 1
  keys G
  wait_for " ended " "the program's end" || return 1
  local out; out=$(screen)
  # A blocking recv: its thread waits for data (▚) in the kernel, and the legend names both phases.
  for needle in "▚ wait for data" "▞ copy to user"; do
    grep -qF -- "$needle" <<<"$out" || { echo "FAIL: '$needle' not on screen:" >&2; echo "$out" >&2; return 1; }
  done
  grep -E "M MainThread" <<<"$out" | grep -qF "▚▚▚" || { echo "FAIL: the main thread's recv shows no wait for data:" >&2; echo "$out" >&2; return 1; }
  keys q
  restored 0
}

live_event_loop_pane() {
  start 80 24 "$here/../../Lessons/06-coroutines/tasks.py"
  wait_for "Timeline" || return 1
  # Once the loop runs, at 80x24 it shares the locks' slot: the slot says [p], the key bar offers p.
  step_until "Locks  [p]" 100 || return 1
  grep -qF "p pane" <<<"$(screen)" || { echo "FAIL: the key bar does not offer p:" >&2; screen >&2; return 1; }
  keys p
  wait_for "Event loop  [p]" "the event loop pane after p" || return 1
  # Stepping to the two tasks' sleeps: the loop waits, with a timer per task, named after it.
  step_until "sleep → pypi.org" 200 || return 1
  local out; out=$(screen)
  for needle in "timers (2):" "sleep → pypi.org"; do
    grep -qF -- "$needle" <<<"$out" || { echo "FAIL: '$needle' not on screen:" >&2; echo "$out" >&2; return 1; }
  done
  # Every hand-over between tasks is marked on the lanes.
  grep -E "[0-9] python\.org" <<<"$out" | grep -qF "»" || { echo "FAIL: no switch mark on python.org's lane:" >&2; echo "$out" >&2; return 1; }
  # At 120x40 the locks and the loop stand one above the other, no toggle needed.
  tmux resize-window -t "$session" -x 120 -y 40
  wait_for "─ Locks ─" "the locks pane after the resize" || return 1
  out=$(screen)
  grep -qF "─ Event loop ─" <<<"$out" || { echo "FAIL: the event loop pane is not beside the locks at 120x40:" >&2; echo "$out" >&2; return 1; }
  keys q
  restored 0
}

live_kernel_pane() {
  start 120 40 "$here/../../Lessons/07-io-models/select_echo.py"
  wait_for "Timeline" || return 1
  # The server's socket is fd 3, listening, before any client connects.
  step_until "3 TCP LISTEN" 40 || return 1
  local out; out=$(screen)
  grep -qF "Kernel: descriptor tables" <<<"$out" || { echo "FAIL: no kernel pane:" >&2; echo "$out" >&2; return 1; }
  grep -qE "3 TCP LISTEN accept queue [0-9]+ 127\.0\.0\.1:25703" <<<"$out" || { echo "FAIL: the listening socket is not listed:" >&2; echo "$out" >&2; return 1; }
  # Later the connections are ESTABLISHED; at the end every descriptor is closed.
  step_until "TCP ESTABLISHED" 60 || return 1
  keys G
  wait_for " ended " "the program's end" || return 1
  wait_for "(no descriptors open)" "the closed table at the end" || return 1
  keys q
  restored 0
}

missing_file() {
  local out status=0
  out=$("$bin" watch "$work/nope.py" 2>&1) || status=$?
  [ "$status" = 2 ] && grep -qF "can't open file" <<<"$out"
}

# A challenge from the real lessons, played to the win by keys; the win is kept in progress.
live_challenge_won_by_keys() {
  local data; data=$(mktemp -d "$work/data.XXXX")
  tmux -f /dev/null new-session -d -s "$session" -x 80 -y 24 \
    "env TERM=xterm-256color LANG=C.UTF-8 LC_ALL=C.UTF-8 XDG_DATA_HOME=$data $bin --lessons $here/../../Lessons; \
     echo EXIT=\$?; stty -a | tr ' ' '\n' | grep -E '^-?(icanon|echo)$' | tr '\n' ' '; echo; echo MODES-END; sleep 600"
  tmux set-option -t "$session" remain-on-exit on >/dev/null
  wait_for "Course:" || return 1
  keys Down Down Down Enter
  wait_for "Threads" || return 1
  for _ in $(seq 16); do keys Right; done
  wait_for "Challenge: boolean flags" || return 1
  keys r
  wait_for "Goal: get two threads" "the challenge's goal" || return 1
  # Main starts A and B (blocking in start() until each runs), then both pass the flag test.
  local key
  for key in M M M M M M 1 M M 2 1 1 2 2 1 2; do keys "$key"; sleep 0.05; done
  wait_for "Solved!" || return 1
  wait_for "You reached the goal in 16 moves." || return 1
  keys q
  wait_for "Challenge (solved)" "the page marks the challenge solved" || return 1
  keys q q
  restored 0 || return 1
  grep -qF 'challenge_flags.py' "$data/concurrency-tutor/progress.json" || { echo "the win is not in progress.json" >&2; return 1; }
}

# f searches in the background and loads the failing schedule it finds.
live_find() {
  start 100 30 "$here/../Explore/counter_call.py"
  wait_for "Timeline" || return 1
  keys f
  wait_for "Found: exception AssertionError" "the finder's report" || return 1
  keys G
  wait_for "AssertionError:" "the loaded run fails as found" || return 1
  keys q
  restored 0
}

# exercise, as a learner meets it in a terminal: the broken program refused, a fix saved over
# the working copy while it watches, the fix accepted and explained, the terminal as it was.
live_exercise_fixed_while_watching() {
  local data; data=$(mktemp -d "$work/data.XXXX")
  local polls=900   # 45 s: accepting a fix runs the explorer's whole budget (up to 2 x 10 s)
  start_in_tmux 100 30 "env XDG_DATA_HOME=$data $bin exercise --dir $data/ex race"
  wait_for "Not solved yet" "the broken program's verdict" || return 1
  wait_for "$data/ex/race.py" "where the working copy is" || return 1
  cp "$here/../Exercises/race.py" "$data/ex/race.py"
  touch "$data/ex/race.py"
  wait_for "Solved: race" "the fix accepted" || return 1
  wait_for "Why it works:" "the explanation" || return 1
  restored 0 || return 1
  grep -qF '"race"' "$data/concurrency-tutor/progress.json" || { echo "the solved exercise is not in progress.json" >&2; return 1; }
}

if [ "$demo_only" = 0 ]; then
  check "live: two threads at 100x30" live_two_threads 100 30
  check "live: two threads at 120x40" live_two_threads 120 40
  check "live: an endless program animates; Ctrl-C restores" live_endless_plays_and_ctrl_c
  check "live: deadlock report" live_deadlock
  check "live: m cycles switch-point modes" live_mode_switch
  check "live: r on a lesson page runs its example, q returns" live_r_from_lesson_page
  check "live: fork shows the process table and both address spaces" live_fork_memory
  check "live: greenlets are lanes, suspended between switches" live_greenlet_lanes
  check "live: asyncio tasks are lanes named as the tasks" live_task_lanes
  check "live: a blocking read shows its two phases" live_two_phases
  check "live: the event loop pane shares the side slot (p), timers named by task" live_event_loop_pane
  check "live: the kernel pane lists the descriptor table" live_kernel_pane
  check "live: a missing file exits 2" missing_file
  check "live: a challenge won by keys, kept in progress" live_challenge_won_by_keys
  check "live: f finds a failing schedule in the background" live_find
  check "live: an exercise fixed while it watches, in a terminal" live_exercise_fixed_while_watching
fi

echo "e2e watch: $passed passed, $failed failed"
[ "$failed" -eq 0 ]
