#!/usr/bin/env bash
# End-to-end test of the full-screen tutor, driven as a person would drive it: the real
# binary in tmux, keys sent, screens captured and checked, at 80x24 and 120x40. Also checks
# the terminal is restored after q, Ctrl-C, SIGTERM and a crash signal.
# Usage: Tests/e2e/tui.sh [path/to/concurrency-tutor]
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
bin=$(realpath "${1:-.build/release/concurrency-tutor}")
course="$here/course"
session="ct-e2e-$$"
polls=100
. "$here/tmux-lib.sh"

# Each check starts with no saved progress unless it says otherwise.
check() {
  local name=$1; shift
  data=$(mktemp -d "$work/data.XXXX")
  if "$@"; then
    passed=$((passed + 1)); echo "ok - $name"
  else
    failed=$((failed + 1)); echo "not ok - $name"
  fi
}

start() { start_in_tmux "$1" "$2" "XDG_DATA_HOME=$data $bin --lessons $course"; }

app_pid() { pgrep -f -n "^$bin --lessons"; }

walkthrough() {
  local width=$1 height=$2
  start "$width" "$height"
  wait_for "Course:" "the lesson list" || return 1
  wait_for "First steps" || return 1
  wait_for "Second lesson" || return 1
  tmux send-keys -t "$session" Enter
  wait_for "page 1 of 3" || return 1
  wait_for "Fixture lesson one opens" "page 1 text" || return 1
  tmux send-keys -t "$session" Right
  wait_for "page 2 of 3" || return 1
  tmux send-keys -t "$session" Right
  wait_for "page 3 of 3" || return 1
  tmux send-keys -t "$session" Left
  wait_for "page 2 of 3" || return 1
  tmux send-keys -t "$session" '?'
  wait_for "Help:" "the help overlay" || return 1
  wait_for "next page" "the help entries" || return 1
  tmux send-keys -t "$session" x
  wait_gone "Help:" || return 1
  tmux resize-window -t "$session" -x 60 -y 20
  wait_for "terminal too small (need 80x24)" || return 1
  tmux resize-window -t "$session" -x "$width" -y "$height"
  wait_for "page 2 of 3" "the page after the resize" || return 1
  tmux send-keys -t "$session" q
  wait_for "Course:" "back to the list" || return 1
  tmux send-keys -t "$session" q
  restored 0 || return 1
  stop_session
}

signal_restores() {
  local how=$1 expected=$2
  start 100 30
  wait_for "Course:" || return 1
  tmux send-keys -t "$session" Enter
  wait_for "page 1 of 3" || return 1
  case $how in
    ctrl-c) tmux send-keys -t "$session" C-c ;;
    *) kill -s "$how" "$(app_pid)" ;;
  esac
  restored "$expected" || return 1
  stop_session
}

progress_is_remembered() {
  start 100 30
  wait_for "Course:" || return 1
  tmux send-keys -t "$session" Enter
  wait_for "page 1 of 3" || return 1
  tmux send-keys -t "$session" Right Right
  wait_for "page 3 of 3" || return 1
  tmux send-keys -t "$session" q q
  restored 0 || return 1
  stop_session
  grep -q '"lastLessonID"' "$data/concurrency-tutor/progress.json" || return 1
  start 100 30
  wait_for "Course:" || return 1
  tmux send-keys -t "$session" Enter
  wait_for "page 3 of 3" "the page where the learner left off" || return 1
  tmux send-keys -t "$session" q q
  restored 0 || return 1
  stop_session
}

# The Chinese edition under a zh_CN.UTF-8 locale (installed or not: curses then falls back to
# C.UTF-8 for the characters): Chinese throughout, L switches to English and back, remembered.
chinese_walkthrough() {
  start_in_tmux 80 24 "LC_ALL=zh_CN.UTF-8 LANG=zh_CN.UTF-8 XDG_DATA_HOME=$data $bin --lessons $course"
  wait_for "课程：Python 并发模型" "the Chinese lesson list" || return 1
  wait_for "第一步" || return 1
  wait_for "英文  共 1 页" "the untranslated lesson's marker" || return 1
  wait_for "L English" "the language key in the key bar" || return 1
  tmux send-keys -t "$session" Enter
  wait_for "第 1/3 页" || return 1
  wait_for "示例课程的第一页" "the page's Chinese text" || return 1
  tmux send-keys -t "$session" '?'
  wait_for "帮助：01 第一步" "the Chinese help" || return 1
  wait_for "English（切换到英文）" "the language key in the help" || return 1
  tmux send-keys -t "$session" x
  wait_gone "帮助：" || return 1
  tmux send-keys -t "$session" L
  wait_for "page 1 of 3" "English at once after L" || return 1
  tmux send-keys -t "$session" L
  wait_for "第 1/3 页" "Chinese again after L" || return 1
  tmux send-keys -t "$session" q q
  restored 0 || return 1
  stop_session
  grep -q '"language" : "zh"' "$data/concurrency-tutor/progress.json" || { echo "language not remembered" >&2; return 1; }
}

check "walkthrough at 80x24" walkthrough 80 24
stop_session
check "walkthrough at 120x40" walkthrough 120 40
stop_session
check "Chinese walkthrough at 80x24 under zh_CN.UTF-8" chinese_walkthrough
stop_session
check "progress is remembered across runs" progress_is_remembered
stop_session
check "Ctrl-C restores the terminal" signal_restores ctrl-c 130
stop_session
check "SIGTERM restores the terminal" signal_restores TERM 143
stop_session
check "SIGSEGV restores the terminal" signal_restores SEGV 139
stop_session
check "a Swift trap (SIGILL) restores the terminal" signal_restores ILL 132
stop_session

echo "e2e: $passed passed, $failed failed"
[ "$failed" -eq 0 ]
