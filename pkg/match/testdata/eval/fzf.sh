#!/usr/bin/env bash
# Scores `fzf --filter` on the evaluation set the way TestEvalReport scores
# huashu: top-1, top-3 and MRR@10 per kind and set, over plain lines and over
# lines with every pinyin reading appended. Needs an fzf binary, e.g.
#   go install github.com/junegunn/fzf@v0.65.2   (the version go.mod pins)
#
#   pkg/match/testdata/eval/fzf.sh [path/to/fzf]
set -euo pipefail
fzf=${1:-fzf}
dir=$(mktemp -d)
trap 'rm -rf "$dir"' EXIT
cd "$(dirname "$0")/../../../.."
HUASHU_EVAL_EXPORT=$dir go test ./pkg/match -run '^TestEvalExport$' -count=1 >/dev/null
for lines in plain readings; do
  while IFS=$'\t' read -r query want kind set; do
    # fzf matches the text after the code (--nth 2..) and prints whole lines.
    ranked=$({ "$fzf" --filter "$query" --delimiter $'\t' --nth 2.. < "$dir/$lines.txt" || true; } | head -10 | cut -f1 | tr '\n' ' ' || true)
    printf '%s\t%s\t%s\t%s\n' "$set" "$kind" "$want" "$ranked"
  done < "$dir/queries.tsv" > "$dir/$lines.ranked"
  echo "== fzf --filter, $lines lines"
  awk -F'\t' '
    { n[$1" "$2]++; split($4, r, " "); for (i = 1; i <= 10 && i <= length(r); i++) if (r[i] == $3) {
        if (i == 1) t1[$1" "$2]++; if (i <= 3) t3[$1" "$2]++; rr[$1" "$2] += 1 / i; break } }
    END { for (k in n) printf "%-24s n=%-3d top-1 %3.0f %%  top-3 %3.0f %%  MRR %.2f\n", k, n[k],
            100 * t1[k] / n[k], 100 * t3[k] / n[k], rr[k] / n[k] }' "$dir/$lines.ranked" | sort
done
