#!/usr/bin/env bash
# Whole-process time to the picker's first frame in a real terminal (tmux),
# for docs/performance.md: starts each given huashu binary in a fresh tmux
# pane, alternating between them, and prints the milliseconds from the exec
# of the binary (timestamped by the pane's shell right before it) until the
# status line ("条") is on screen.
#
# The poll (tmux capture-pane every 5 ms) adds its own delay, so each run
# also times "floor": a program that prints the status line at once, started
# the same way. The "net" column is the binary's time minus the median floor
# of the run: what the binary itself takes to draw. Compare binaries measured
# in one run.
#
#   scripts/picker-first-frame.sh RUNS BINARY... [-- HUASHU ARGS...]
#
# Set PICKER_XDG to a directory to keep the XDG tree (config, cache, state)
# between invocations (a warm index); by default each invocation starts from
# an empty one, so the first run of each binary builds its cache.
set -euo pipefail
runs=$1; shift
bins=()
while (($#)) && [[ $1 != -- ]]; do bins+=("$1"); shift; done
[[ ${1:-} == -- ]] && shift
args=("$@")
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
xdg=${PICKER_XDG:-$tmp}
export XDG_CONFIG_HOME=$xdg/c XDG_DATA_HOME=$xdg/d XDG_STATE_HOME=$xdg/s XDG_CACHE_HOME=$xdg/k
export HUASHU_CONFIG=$xdg/none.yaml LANG=C.UTF-8 LC_ALL=C.UTF-8
printf '#!/bin/sh\nprintf "floor 1 条\\n"; exec sleep 30\n' >"$tmp/floor"
chmod +x "$tmp/floor"

# once BIN ARGS...: milliseconds from exec to the status line on screen.
once() {
  local sock="ff$$-$RANDOM$RANDOM" end start
  rm -f "$tmp/start"
  # shellcheck disable=SC2016 # expanded by the pane's shell
  tmux -L "$sock" -f /dev/null new-session -d -x 100 -y 30 \
    sh -c 'date +%s%N >"$0"; exec "$@"' "$tmp/start" "$@"
  until tmux -L "$sock" capture-pane -p 2>/dev/null | grep -q '条'; do sleep 0.005; done
  end=$(date +%s%N)
  start=$(cat "$tmp/start")
  tmux -L "$sock" kill-server 2>/dev/null || true
  echo $(((end - start) / 1000000))
}

declare -A times
for ((r = 1; r <= runs; r++)); do
  times[floor]+=" $(once "$tmp/floor")"
  for bin in "${bins[@]}"; do
    times[$bin]+=" $(once "$bin" "${args[@]}")"
  done
done

median() { tr ' ' '\n' | grep . | sort -n | awk '{a[NR]=$1} END {print (NR%2 ? a[(NR+1)/2] : (a[NR/2]+a[NR/2+1])/2)}'; }
range() { tr ' ' '\n' | grep . | sort -n | awk 'NR==1{lo=$1} {hi=$1} END {print lo "–" hi}'; }
floor=$(median <<<"${times[floor]}")
printf 'binary\tmedian ms\trange ms\tnet ms (median − floor)\n'
printf 'floor\t%s\t%s\t—\n' "$floor" "$(range <<<"${times[floor]}")"
for bin in "${bins[@]}"; do
  m=$(median <<<"${times[$bin]}")
  printf '%s\t%s\t%s\t%s\n' "$bin" "$m" "$(range <<<"${times[$bin]}")" "$(awk -v a="$m" -v b="$floor" 'BEGIN {print a - b}')"
done
