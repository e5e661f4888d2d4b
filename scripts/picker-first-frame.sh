#!/usr/bin/env bash
# Whole-process time to the picker's first frame in a real terminal (tmux),
# for docs/performance.md: starts each given huashu binary in a fresh tmux
# pane, alternating between them, and prints the milliseconds until the
# status line ("条") is on screen. The time includes tmux starting the pane
# and the polling interval (5 ms); compare binaries measured in one run.
#
#   scripts/picker-first-frame.sh RUNS BINARY... [-- HUASHU ARGS...]
set -euo pipefail
runs=$1; shift
bins=()
while (($#)) && [[ $1 != -- ]]; do bins+=("$1"); shift; done
[[ ${1:-} == -- ]] && shift
args=("$@")
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
export XDG_CONFIG_HOME=$tmp/c XDG_DATA_HOME=$tmp/d XDG_STATE_HOME=$tmp/s XDG_CACHE_HOME=$tmp/k
export HUASHU_CONFIG=$tmp/none.yaml LANG=C.UTF-8 LC_ALL=C.UTF-8
for ((r = 1; r <= runs; r++)); do
  for bin in "${bins[@]}"; do
    sock="ff$$-$r-$RANDOM" # a server per run: no state carried over
    start=$(date +%s%N)
    tmux -L "$sock" -f /dev/null new-session -d -x 100 -y 30 "$bin" "${args[@]}"
    until tmux -L "$sock" capture-pane -p 2>/dev/null | grep -q '条'; do sleep 0.005; done
    end=$(date +%s%N)
    tmux -L "$sock" kill-server 2>/dev/null || true
    printf '%s\t%d\n' "$bin" $(((end - start) / 1000000))
  done
done
