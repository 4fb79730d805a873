#!/usr/bin/env bash
# bench/site/speed.sh — the speed and memory targets of issue 16, measured
# in one run: for each size (default 1000 10000 30000) and each source
# register (synth: bench/site/synthreg; example: examples/chofu-gikai grown
# by copying its files, bench/site/growreg) it times
#   fresh build (no output folder; warm entry cache), unchanged rebuild,
#   one-entry-changed rebuild, cold validate (--no-cache), warm validate,
#   Hugo building the same content (bench/site/hugogen), and the write
#   floor (the same bytes written with no rendering, bench/site/floor),
# each with wall seconds, CPU seconds (user+sys) and peak RSS. The order of
# ours / Hugo / floor alternates from one size to the next. The machine's
# load average is printed with every row: on a shared machine compare CPU
# time, not wall time.
#
# Usage: bench/site/speed.sh [N ...] (SOURCES="synth example" by default).
# Needs /usr/bin/time and hugo.
set -euo pipefail
cd "$(dirname "$0")/../.."
sizes=("$@"); [ ${#sizes[@]} -eq 0 ] && sizes=(1000 10000 30000)
work=$(mktemp -d /tmp/rr-speed.XXXXXX)
trap 'rm -rf "$work"' EXIT
command -v hugo >/dev/null || { echo "hugo not installed (apt-get install hugo)" >&2; exit 1; }
go build -o "$work/riskregister" ./cmd/riskregister
go build -o "$work/synthreg" ./bench/site/synthreg
go build -o "$work/growreg" ./bench/site/growreg
go build -o "$work/hugogen" ./bench/site/hugogen
go build -o "$work/floor" ./bench/site/floor
asof=2026-11-27
rr="$work/riskregister"

# measure CMD... → "wall cpu maxrss_mib"
measure() {
  /usr/bin/time -f '%e %U %S %M' -o "$work/time.txt" "$@" >/dev/null 2>"$work/err.txt" || { tail -5 "$work/err.txt" >&2; exit 1; }
  awk '{ printf "%.2f %.2f %d\n", $1, $2+$3, $4/1024 }' "$work/time.txt"
}
load() { cut -d' ' -f1 /proc/loadavg; }
ratio() { awk -v a="$1" -v b="$2" 'BEGIN{ if (b>0) printf "%.1f", a/b; else print "-" }'; }

echo "| N | register | step | wall s | CPU s | peak RSS MiB | ×Hugo (wall) | ×floor (wall) | load avg |"
echo "|---:|---|---|---:|---:|---:|---:|---:|---:|"
i=0
for n in "${sizes[@]}"; do
  for src in ${SOURCES:-synth example}; do
    reg="$work/reg-$src-$n"; out="$work/out-$src-$n"
    if [ "$src" = synth ]; then "$work/synthreg" -n "$n" -o "$reg"; else "$work/growreg" -from examples/chofu-gikai -n "$n" -o "$reg"; fi
    "$work/hugogen" -register "$reg" -as-of "$asof" -o "$work/hugo-$src-$n"
    sync
    # Warm the entry cache (and the page cache) once, outside the table.
    "$rr" validate --register "$reg" --as-of "$asof" >/dev/null 2>&1
    ours() {
      rm -rf "$out"
      read -r fresh_w fresh_c fresh_m < <(measure "$rr" build --register "$reg" -o "$out" --as-of "$asof")
      read -r same_w same_c same_m < <(measure "$rr" build --register "$reg" -o "$out" --as-of "$asof")
      local files=("$reg"/contractors/*.yaml)
      first=${files[0]}
      printf '\n# bench edit %s\n' "$n" >> "$first"
      read -r one_w one_c one_m < <(measure "$rr" build --register "$reg" -o "$out" --as-of "$asof")
      read -r cold_w cold_c cold_m < <(measure "$rr" validate --no-cache --register "$reg" --as-of "$asof")
      read -r warm_w warm_c warm_m < <(measure "$rr" validate --register "$reg" --as-of "$asof")
    }
    hugo_run() {
      rm -rf "$work/hout"
      read -r hugo_w hugo_c hugo_m < <(measure hugo --quiet -s "$work/hugo-$src-$n" -d "$work/hout")
      rm -rf "$work/hout"
    }
    floor_run() {
      rm -rf "$work/fout"
      read -r floor_w floor_cpu _ _ < <("$work/floor" -site "$out" -o "$work/fout")
      floor_c=$floor_cpu; floor_m=-
      rm -rf "$work/fout"
    }
    if [ $((i % 2)) -eq 0 ]; then ours; hugo_run; floor_run; else hugo_run; ours; floor_run; fi
    # (floor needs a built site, so it never runs before ours)
    la=$(load)
    row() { printf '| %s | %s | %s | %s | %s | %s | %s | %s | %s |\n' "$n" "$src" "$1" "$2" "$3" "$4" "$5" "$6" "$la"; }
    row "fresh build (warm cache)" "$fresh_w" "$fresh_c" "$fresh_m" "$(ratio "$hugo_w" "$fresh_w")" "$(ratio "$fresh_w" "$floor_w")"
    row "unchanged rebuild" "$same_w" "$same_c" "$same_m" "$(ratio "$hugo_w" "$same_w")" "$(ratio "$same_w" "$floor_w")"
    row "one entry changed" "$one_w" "$one_c" "$one_m" "$(ratio "$hugo_w" "$one_w")" "$(ratio "$one_w" "$floor_w")"
    row "validate cold (--no-cache)" "$cold_w" "$cold_c" "$cold_m" "" ""
    row "validate warm" "$warm_w" "$warm_c" "$warm_m" "" ""
    row "Hugo" "$hugo_w" "$hugo_c" "$hugo_m" "1.0" "$(ratio "$hugo_w" "$floor_w")"
    row "write floor ($(find "$out" -type f | wc -l) files, $(du -sm "$out" | cut -f1) MiB)" "$floor_w" "$floor_c" "$floor_m" "" "1.0"
    rm -rf "$reg" "$out" "$work/hugo-$src-$n"
    i=$((i + 1))
  done
done
