#!/usr/bin/env bash
# bench/site/run.sh — build the same synthetic register with riskregister and
# with Hugo (Debian package hugo) in one run, and print wall time and peak
# memory of each, with the ratio. Usage: bench/site/run.sh [N ...]
# (default: 1000 10000 30000). Needs /usr/bin/time and hugo.
set -euo pipefail
cd "$(dirname "$0")/../.."
sizes=("$@"); [ ${#sizes[@]} -eq 0 ] && sizes=(1000 10000 30000)
work=$(mktemp -d /tmp/rr-bench.XXXXXX)
trap 'rm -rf "$work"' EXIT
command -v hugo >/dev/null || { echo "hugo not installed (apt-get install hugo)" >&2; exit 1; }
go build -o "$work/riskregister" ./cmd/riskregister
go build -o "$work/synthreg" ./bench/site/synthreg
go build -o "$work/hugogen" ./bench/site/hugogen
asof=2026-11-27
# measure CMD... → prints "seconds maxrss_kib"
measure() {
  /usr/bin/time -f '%e %M' -o "$work/time.txt" "$@" >/dev/null 2>"$work/err.txt" || { cat "$work/err.txt" >&2; exit 1; }
  cat "$work/time.txt"
}
echo "| N | riskregister s | riskregister MiB | Hugo s | Hugo MiB | time ratio (Hugo/ours) | pages ours | pages Hugo |"
echo "|---:|---:|---:|---:|---:|---:|---:|---:|"
for n in "${sizes[@]}"; do
  reg="$work/reg-$n"; "$work/synthreg" -n "$n" -o "$reg"
  "$work/hugogen" -register "$reg" -as-of "$asof" -o "$work/hugo-$n"
  sync
  read -r ours_s ours_k < <(measure "$work/riskregister" build --register "$reg" -o "$work/out-$n" --as-of "$asof")
  read -r hugo_s hugo_k < <(measure hugo --quiet -s "$work/hugo-$n" -d "$work/hout-$n")
  pages_ours=$(find "$work/out-$n" -name '*.html' | wc -l)
  pages_hugo=$(find "$work/hout-$n" -name '*.html' | wc -l)
  ratio=$(awk -v a="$hugo_s" -v b="$ours_s" 'BEGIN{ if (b>0) printf "%.1f×", a/b; else print "∞" }')
  printf '| %s | %s | %d | %s | %d | %s | %s | %s |\n' "$n" "$ours_s" $((ours_k/1024)) "$hugo_s" $((hugo_k/1024)) "$ratio" "$pages_ours" "$pages_hugo"
  rm -rf "$reg" "$work/hugo-$n" "$work/out-$n" "$work/hout-$n"
done
