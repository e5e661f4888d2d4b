#!/usr/bin/env bash
# The whole-process table of docs/performance.md (issue 15), with public
# tools only: hyperfine (Debian package hyperfine), fzf (Debian package fzf),
# GNU time (/usr/bin/time), tmux (through scripts/picker-first-frame.sh).
#
#   scripts/perf-table.sh [-r RUNS] BINARY...
#
# Every BINARY (e.g. the huashu of main and of a branch) is measured in the
# same hyperfine invocation as fzf, so each ratio compares runs taken side by
# side. The corpus is the deterministic pkg/match/corpus (generated into
# $CORPUS, a temp dir by default, with go run ./pkg/match/corpus/gencorpus):
# 100k phrases as one pack (c100000.yaml) and as lines for fzf
# (c100000.txt), 5k likewise. Each binary gets its own empty XDG tree (no
# config, no history), so one binary's cache never serves another.
#
# Prints markdown: medians (ms), the ratio each target is stated in, peak
# RSS, and the picker's first frame. Rows where fzf finds nothing are marked:
# fzf then scans every line without a match to keep, its cheapest case.
set -euo pipefail
runs=15
if [[ ${1:-} == -r ]]; then runs=$2; shift 2; fi
(($#)) || { echo "usage: $0 [-r RUNS] BINARY..." >&2; exit 2; }
bins=()
for b in "$@"; do bins+=("$(realpath "$b")"); done
repo=$(cd "$(dirname "$0")/.." && pwd)
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
corpus=${CORPUS:-$tmp/corpus}
mkdir -p "$corpus"
for n in 5000 100000; do
  [[ -s $corpus/c$n.yaml ]] || (cd "$repo" && go run ./pkg/match/corpus/gencorpus -n $n -o "$corpus/c$n.yaml" -lines "$corpus/c$n.txt")
done
big=$corpus/c100000.yaml lines=$corpus/c100000.txt
# A code of the big pack, and one of the starter packs.
bigcode=$(awk '/^  - code: / {n++; if (n >= 50000 && code != "" && !vars) {print code; exit}; code = $3; vars = 0} /\{\{/ {vars = 1}' "$big")
smallcode=hy

# env_for I: the environment of binary I (its own XDG tree).
env_for() {
  local d=$tmp/xdg$1
  mkdir -p "$d"
  echo "env XDG_CONFIG_HOME=$d/c XDG_DATA_HOME=$d/d XDG_STATE_HOME=$d/s XDG_CACHE_HOME=$d/k HUASHU_CONFIG=$d/none.yaml"
}

# settle I: wait until binary I's background index build (if any) is done.
# A warm-up run sets HUASHU_INDEX_BUILD=foreground as well: the background
# build of a command that just exited may not have taken its lock yet, so
# waiting for the lock alone can let a "warm" row measure a cold start.
settle() { while ls "$tmp/xdg$1/k/huashu/index/"*.lock >/dev/null 2>&1; do sleep 0.05; done; }

# median_of CSV COMMAND-INDEX: the median (ms) of one command of a
# hyperfine CSV export (command,mean,stddev,median,…; seconds).
median_of() { awk -F, -v i="$2" 'NR == i + 2 {printf "%.1f", $4 * 1000}' "$1"; }

# bench NAME PREPARE COMMAND...: one hyperfine run over the commands, with
# PREPARE (may be empty) before each timing run.
bench() {
  local name=$1 prep=$2; shift 2
  local opts=(-i -w 2 -r "$runs" --style none --export-csv "$tmp/$name.csv")
  [[ -n $prep ]] && opts=(-i -w 0 -r "$runs" --style none --export-csv "$tmp/$name.csv" --prepare "$prep")
  hyperfine "${opts[@]}" "$@" >/dev/null 2>&1
}

ratio() { awk -v a="$1" -v b="$2" 'BEGIN {printf "%.3f", a / b}'; }

echo "Machine: $(nproc) CPUs, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ //'), load $(cut -d' ' -f1-3 /proc/loadavg), $(date -u '+%Y-%m-%d %H:%M UTC'); $runs runs per command."
echo
echo "### Warm search over 100k phrases, beside fzf --filter on the same phrases as lines"
echo
printf '| query |'; for b in "${bins[@]}"; do printf ' %s ms | ×fzf |' "$(basename "$b")"; done; echo ' fzf ms | fzf finds |'
printf '|---|'; for _ in "${bins[@]}"; do printf -- '---|---|'; done; echo '---|---|'
for q in tk tuikuan 退款 '退款 dz' heshi '亲 我昨天买的退款怎么还没到账啊都好几天了'; do
  cmds=()
  for i in "${!bins[@]}"; do
    e=$(env_for "$i")
    $e HUASHU_INDEX_BUILD=foreground "${bins[$i]}" search --no-embedded --pack "$big" -- "$q" >/dev/null 2>&1 || true # warm the cache
    settle "$i"
    cmds+=("$e ${bins[$i]} search --no-embedded --pack $big -- '$q' >/dev/null")
  done
  cmds+=("fzf --filter '$q' < $lines >/dev/null")
  bench warm "" "${cmds[@]}" || true
  found=$(fzf --filter "$q" <"$lines" | wc -l || true)
  f=$(median_of "$tmp/warm.csv" ${#bins[@]})
  printf '| `%s` |' "$q"
  for i in "${!bins[@]}"; do
    h=$(median_of "$tmp/warm.csv" "$i")
    printf ' %s | %s |' "$h" "$(ratio "$h" "$f")"
  done
  if ((found == 0)); then printf ' %s | **nothing** (full scan) |\n' "$f"; else printf ' %s | %s lines |\n' "$f" "$found"; fi
done

echo
echo "### get: 100k phrases (the big pack on top of the starter packs) against the starter packs alone (~150)"
echo
printf '| binary | get, 150 ms | get, 100k ms | 100k / 150 |\n|---|---|---|---|\n'
for i in "${!bins[@]}"; do
  e=$(env_for "$i")
  $e HUASHU_INDEX_BUILD=foreground "${bins[$i]}" get "$bigcode" --print --pack "$big" >/dev/null 2>&1
  $e HUASHU_INDEX_BUILD=foreground "${bins[$i]}" get "$smallcode" --print >/dev/null 2>&1
  settle "$i"
  bench get "" "$e ${bins[$i]} get $smallcode --print >/dev/null" "$e ${bins[$i]} get $bigcode --print --pack $big >/dev/null"
  s=$(median_of "$tmp/get.csv" 0) l=$(median_of "$tmp/get.csv" 1)
  printf '| %s | %s | %s | %s |\n' "$(basename "${bins[$i]}")" "$s" "$l" "$(ratio "$l" "$s")"
done

echo
echo "### Cold search over 100k phrases (cache removed before every run), beside fzf --filter"
echo
echo "A binary that leaves the build to a background process (huashu build-index) answers first: the"
echo "first column is the command; the second, the command and then the wait until the index is"
echo "written (its build lock gone, its stamp there). Before every run the previous background build"
echo "is waited for, then the cache removed, so no build overlaps a timed run."
echo
printf '| binary | cold `search tk` ms | ×fzf | until the index is written ms | fzf ms |\n|---|---|---|---|---|\n'
cold_runs=$(((runs + 2) / 3))
for i in "${!bins[@]}"; do
  e=$(env_for "$i")
  cache=$tmp/xdg$i/k
  idx=$cache/huashu/index
  settle="while ls $idx/*.lock >/dev/null 2>&1; do sleep 0.05; done; rm -rf $cache"
  written="while ls $idx/*.lock >/dev/null 2>&1 || ! ls $idx/*.stamp >/dev/null 2>&1; do sleep 0.01; done"
  saved=$runs; runs=$cold_runs
  bench cold "$settle" "$e ${bins[$i]} search --no-embedded --pack $big -- tk >/dev/null" \
    "$e ${bins[$i]} search --no-embedded --pack $big -- tk >/dev/null; $written" "fzf --filter tk < $lines >/dev/null"
  runs=$saved
  h=$(median_of "$tmp/cold.csv" 0) w=$(median_of "$tmp/cold.csv" 1) f=$(median_of "$tmp/cold.csv" 2)
  printf '| %s | %s | %s | %s | %s |\n' "$(basename "${bins[$i]}")" "$h" "$(ratio "$h" "$f")" "$w" "$f"
  eval "$settle"
done

echo
echo "### Peak RSS (/usr/bin/time -f %M, median of 5), search over 100k"
echo
rss() { for _ in 1 2 3 4 5; do "$@"; done 2>&1 >/dev/null | grep '^RSS ' | awk '{print $2}' | sort -n | sed -n 3p; }
msg='亲 我昨天买的退款怎么还没到账啊都好几天了'
printf '| binary | warm `tk` MiB | warm message MiB | cold `tk` MiB | fzf `tk` MiB |\n|---|---|---|---|---|\n'
f=$(rss sh -c "/usr/bin/time -f 'RSS %M' fzf --filter tk < $lines")
for i in "${!bins[@]}"; do
  e=$(env_for "$i")
  idx=$tmp/xdg$i/k/huashu/index
  settle="while ls $idx/*.lock >/dev/null 2>&1; do sleep 0.05; done"
  $e HUASHU_INDEX_BUILD=foreground "${bins[$i]}" search --no-embedded --pack "$big" tk >/dev/null
  eval "$settle"
  w=$(rss /usr/bin/time -f 'RSS %M' $e "${bins[$i]}" search --no-embedded --pack "$big" tk)
  m=$(rss /usr/bin/time -f 'RSS %M' $e "${bins[$i]}" search --no-embedded --pack "$big" "$msg")
  c=$(rss sh -c "$settle; rm -rf $tmp/xdg$i/k; /usr/bin/time -f 'RSS %M' $e ${bins[$i]} search --no-embedded --pack $big tk")
  eval "$settle"
  printf '| %s | %s | %s | %s | %s |\n' "$(basename "${bins[$i]}")" "$((w / 1024))" "$((m / 1024))" "$((c / 1024))" "$((f / 1024))"
done

echo
echo "### Picker: first frame on screen, warm (scripts/picker-first-frame.sh, $runs runs, net of the tmux floor)"
echo
for spec in "starter packs (~150)|" "5k|--no-embedded --pack $corpus/c5000.yaml" "100k|--no-embedded --pack $big"; do
  label=${spec%%|*} args=${spec#*|}
  echo "$label:"
  echo
  for i in "${!bins[@]}"; do
    # Warm each binary's cache first, in its own tree.
    PICKER_XDG=$tmp/pick$i "$repo/scripts/picker-first-frame.sh" 1 "${bins[$i]}" -- $args >/dev/null
    while ls "$tmp/pick$i/k/huashu/index/"*.lock >/dev/null 2>&1; do sleep 0.05; done # its background build
  done
  out=$tmp/pick.out
  : >"$out"
  for i in "${!bins[@]}"; do
    PICKER_XDG=$tmp/pick$i "$repo/scripts/picker-first-frame.sh" "$runs" "${bins[$i]}" -- $args | sed 1d >>"$out"
  done
  printf '| binary | median ms | range | net of floor ms |\n|---|---|---|---|\n'
  sed 's|^[^\t]*/||' "$out" | awk -F'\t' '{printf "| %s | %s | %s | %s |\n", $1, $2, $3, $4}'
  echo
done
