# Shared by the tmux end-to-end tests: a private tmux server, screen capture and polling.
# The sourcing script sets `bin`, `session` and `polls` (50 ms polls before a wait fails).
command -v tmux >/dev/null || { echo "e2e: tmux is not installed" >&2; exit 1; }
[ -x "$bin" ] || { echo "e2e: no binary at $bin" >&2; exit 1; }

work=$(mktemp -d)
export TMUX_TMPDIR="$work"   # a private tmux server: no clash with a user's sessions
passed=0
failed=0
trap 'tmux kill-server 2>/dev/null || true; rm -rf "$work"' EXIT
# A session that lives as long as the script keeps the server up between checks: otherwise
# killing a check's last session shuts the server down, and the next check's new-session can
# reach the exiting server ("no server running", a flaky failure in CI).
tmux -f /dev/null new-session -d -s "keeper-$$" "sleep 86400"

screen() { tmux capture-pane -p -t "$session"; }

# Polls the screen until it contains $1 (a fixed string), or fails after the deadline.
wait_for() {
  local needle=$1 what=${2:-$1}
  for _ in $(seq 1 "$polls"); do
    if screen | grep -qF -- "$needle"; then return 0; fi
    sleep 0.05
  done
  echo "FAIL: waiting for '$what'; the screen was:" >&2
  screen >&2
  return 1
}

wait_gone() {
  local needle=$1
  for _ in $(seq 1 "$polls"); do
    if ! screen | grep -qF -- "$needle"; then return 0; fi
    sleep 0.05
  done
  echo "FAIL: '$needle' stayed on screen:" >&2
  screen >&2
  return 1
}

# Starts the shell command line $3 in a $1 x $2 session. After it exits the shell prints the
# exit status and the tty modes, so the restored terminal can be checked from the pane.
start_in_tmux() {
  local width=$1 height=$2 command=$3
  tmux -f /dev/null new-session -d -s "$session" -x "$width" -y "$height" \
    "env TERM=xterm-256color LANG=C.UTF-8 LC_ALL=C.UTF-8 $command; \
     echo EXIT=\$?; stty -a | tr ' ' '\n' | grep -E '^-?(icanon|echo)$' | tr '\n' ' '; echo; echo MODES-END; sleep 600"
  tmux set-option -t "$session" remain-on-exit on >/dev/null
}

stop_session() { tmux kill-session -t "$session" 2>/dev/null || true; }

# Checks the app exited with status $1 and left the terminal as it found it: canonical mode
# and echo on, the alternate screen off.
restored() {
  local expected_exit=$1
  wait_for "MODES-END" "the shell after the app" || return 1
  local out; out=$(screen)
  grep -qF "EXIT=$expected_exit" <<<"$out" || { echo "expected EXIT=$expected_exit:" >&2; echo "$out" >&2; return 1; }
  grep -qE '(^| )icanon( |$)' <<<"$out" || { echo "canonical mode not restored:" >&2; echo "$out" >&2; return 1; }
  grep -qE '(^| )echo( |$)' <<<"$out" || { echo "echo not restored:" >&2; echo "$out" >&2; return 1; }
  [ "$(tmux display -p -t "$session" '#{alternate_on}')" = 0 ] || { echo "still on the alternate screen" >&2; return 1; }
}
