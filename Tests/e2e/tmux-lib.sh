# Shared by the tmux end-to-end tests: a private tmux server, screen capture and polling.
# The sourcing script sets `bin`, `session` and `polls` (50 ms polls before a wait fails).
command -v tmux >/dev/null || { echo "e2e: tmux is not installed" >&2; exit 1; }
[ -x "$bin" ] || { echo "e2e: no binary at $bin" >&2; exit 1; }

work=$(mktemp -d)
export TMUX_TMPDIR="$work"   # a private tmux server: no clash with a user's sessions
passed=0
failed=0
trap 'tmux kill-server 2>/dev/null || true; rm -rf "$work"' EXIT

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
