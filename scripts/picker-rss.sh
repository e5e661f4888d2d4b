#!/usr/bin/env bash
# The picker's resident memory across the background index build, for
# docs/performance.md: starts each given huashu binary in a fresh tmux pane
# with an empty XDG tree (no index: big packs are served from memory and the
# index is built by a background "huashu build-index"), alternating between
# the binaries, and prints the picker's VmRSS (/proc/PID/status) at three
# moments:
#
#   first   the first frame is on screen (the packs parsed into memory)
#   built   the background build has finished (its lock is gone and the
#           index written), plus SETTLE seconds (the picker's checks are
#           once a second)
#   query   after typing a query (default 退款) and waiting a second
#
# and VmHWM (the peak) at the end; then, for comparison, a second picker
# started on the index the build wrote (warm): its first frame and after the
# same query. The background build's own memory is another process's and
# not counted.
#
#   scripts/picker-rss.sh RUNS BINARY... [-- HUASHU ARGS...]
#
# Environment: SETTLE (default 3), QUERY (default 退款).
set -euo pipefail
runs=$1; shift
bins=()
while (($#)) && [[ $1 != -- ]]; do bins+=("$1"); shift; done
[[ ${1:-} == -- ]] && shift
args=("$@")
settle=${SETTLE:-3}
query=${QUERY:-退款}
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
export LANG=C.UTF-8 LC_ALL=C.UTF-8
unset CI HUASHU_INDEX_BUILD

kib() { awk -v k="$1" '$1 == k":" {print $2}' "/proc/$2/status"; }
mib() { awk -v k="$1" 'BEGIN {printf "%.0f", k / 1024}'; }

# start SOCK XDG BIN ARGS...: the picker in a new tmux server; its pid
# once the first frame is on screen.
start() {
  local sock=$1 xdg=$2 pid
  shift 2
  tmux -L "$sock" -f /dev/null new-session -d -x 100 -y 30 \
    env XDG_CONFIG_HOME="$xdg/c" XDG_DATA_HOME="$xdg/d" XDG_STATE_HOME="$xdg/s" \
    XDG_CACHE_HOME="$xdg/k" HUASHU_CONFIG="$xdg/none.yaml" "$@"
  pid=$(tmux -L "$sock" display -p '#{pane_pid}')
  until tmux -L "$sock" capture-pane -p 2>/dev/null | grep -q '条'; do
    kill -0 "$pid" 2>/dev/null || { echo "the picker exited before its first frame" >&2; exit 1; }
    sleep 0.02
  done
  echo "$pid"
}

# once BIN ARGS...: "first built query peak warm-first warm-query" in MiB.
once() {
  local sock="pr$$-$RANDOM$RANDOM" xdg pid first built q peak wf wq
  xdg=$(mktemp -d "$tmp/xdg.XXXX")
  pid=$(start "$sock" "$xdg" "$@")
  first=$(kib VmRSS "$pid")
  # The build: its lock appears, then the index, then the lock goes.
  sleep 0.5
  until [[ -n $(find "$xdg/k" -name '*.idx' 2>/dev/null) && -z $(find "$xdg/k" -name '*.lock' 2>/dev/null) ]]; do
    sleep 0.1
  done
  sleep "$settle"
  built=$(kib VmRSS "$pid")
  tmux -L "$sock" send-keys -l "$query"
  sleep 1
  q=$(kib VmRSS "$pid")
  peak=$(kib VmHWM "$pid")
  tmux -L "$sock" kill-server 2>/dev/null || true
  sock=$sock-warm
  pid=$(start "$sock" "$xdg" "$@")
  wf=$(kib VmRSS "$pid")
  tmux -L "$sock" send-keys -l "$query"
  sleep 1
  wq=$(kib VmRSS "$pid")
  tmux -L "$sock" kill-server 2>/dev/null || true
  echo "$(mib "$first") $(mib "$built") $(mib "$q") $(mib "$peak") $(mib "$wf") $(mib "$wq")"
}

printf 'binary\trun\tfirst frame\tbuild done +%ss\tafter query\tpeak\twarm first frame\twarm after query (MiB)\n' "$settle"
for ((r = 1; r <= runs; r++)); do
  for bin in "${bins[@]}"; do
    read -r a b c d e f < <(once "$bin" "${args[@]}")
    printf '%s\t%d\t%s\t%s\t%s\t%s\t%s\t%s\n' "$bin" "$r" "$a" "$b" "$c" "$d" "$e" "$f"
  done
done
