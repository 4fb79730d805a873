#!/usr/bin/env bash
# bench/site/speed.sh — the speed and memory targets of issue 16, measured
# in one run: for each size (default 1000 10000 30000) and each source
# register (synth: bench/site/synthreg; example: examples/chofu-gikai grown
# by copying its files, bench/site/growreg) it times
#   fresh build (into a folder that never existed; warm entry cache; the
#   faster of two runs), unchanged rebuild
#   (incremental: nothing rendered), one-entry-changed rebuild (the name
#   of one contractor changed: its page, the pages naming it, the lists and
#   the dashboard are rendered), cold validate (--no-cache), warm validate,
#   warm assess and warm check (the same entry cache; each run three
#   times, the median run shown), warm check again after 5 s pauses
#   (see machine_note),
#   Hugo building the same content (bench/site/hugogen), and the write
#   floor (the same bytes written with no rendering, bench/site/floor; the
#   faster of two runs, as our fresh build), and, once after the sizes,
#   the scoring of 10,000 entries on one core (BenchmarkAssess10k),
# each with wall seconds, CPU seconds (user+sys) and peak RSS. The order of
# ours / Hugo / floor alternates from one size to the next. The machine's
# load average is printed with every row: on a shared machine compare CPU
# time, not wall time.
#
# The "rendered" column is the number of files the build rendered (the
# rest were carried forward from the previous site).
#
# Usage: bench/site/speed.sh [N ...] (SOURCES="synth example" by default).
#        bench/site/speed.sh -rss N   peak RSS (and CPU) of validate (cold,
#        filling the entry cache, warm) and of the first build (filling the
#        cache), a fresh, an unchanged and a one-entry-changed build of a synthetic
#        register of N entries only, no Hugo (e.g. -rss 100000; needs about
#        1 GB of disk for the register and 5 GB for the site).
# Needs /usr/bin/time and hugo (not for -rss), and about 30 GB of free disk
# for the default sizes: nothing is deleted before the last row.
set -euo pipefail
cd "$(dirname "$0")/../.."
rss=""
if [ "${1:-}" = -rss ]; then rss=${2:?usage: speed.sh -rss N}; shift 2; fi
sizes=("$@"); [ ${#sizes[@]} -eq 0 ] && sizes=(1000 10000 30000)
work=$(mktemp -d /tmp/rr-speed.XXXXXX)
trap 'rm -rf "$work"' EXIT
[ -n "$rss" ] || command -v hugo >/dev/null || { echo "hugo not installed (apt-get install hugo)" >&2; exit 1; }
go build -o "$work/riskregister" ./cmd/riskregister
go build -o "$work/synthreg" ./bench/site/synthreg
go build -o "$work/growreg" ./bench/site/growreg
go build -o "$work/hugogen" ./bench/site/hugogen
go build -o "$work/floor" ./bench/site/floor
asof=2026-11-27
rr="$work/riskregister"

# measure CMD... → "wall cpu maxrss_mib rendered" (rendered: files the
# build rendered, from its summary line; - for other commands)
measure() {
  /usr/bin/time -f '%e %U %S %M' -o "$work/time.txt" "$@" >/dev/null 2>"$work/err.txt" || { tail -5 "$work/err.txt" >&2; exit 1; }
  local r
  r=$(sed -n -e 's/.*unchanged, \([0-9]*\) rendered).*/\1/p' -e 's/.*うち変更なし [0-9]*、描画 \([0-9]*\)）.*/\1/p' "$work/err.txt" | tail -1)
  awk -v r="${r:--}" '{ printf "%.2f %.2f %d %s\n", $1, $2+$3, $4/1024, r }' "$work/time.txt"
}

# measure_any CMD...: measure, for a command whose exit status 1 is a
# result, not a failure (check exits 1 when an entry needs action; GNU
# time then writes a "Command exited" line before its figures).
measure_any() {
  local st=0
  /usr/bin/time -f '%e %U %S %M' -o "$work/time.txt" "$@" >/dev/null 2>"$work/err.txt" || st=$?
  [ "$st" -le 1 ] || { tail -5 "$work/err.txt" >&2; exit 1; }
  tail -1 "$work/time.txt" | awk '{ printf "%.2f %.2f %d -\n", $1, $2+$3, $4/1024 }'
}

# median3 MEASURE CMD...: run MEASURE (measure or measure_any) CMD three
# times and print the run with the median wall time. The warm commands
# take a few tenths of a second, where one run's kernel work (memory the
# host had to give back, the writeback of the step before) can add half
# of it; three runs and the middle one say what a user sees.
median3() {
  local m=$1; shift
  { "$m" "$@"; "$m" "$@"; "$m" "$@"; } | sort -n -k1,1 | sed -n 2p
}

# edit_name FILE: change the entry's name (the first "  ja:" line, under
# name:) as a person editing the register would.
edit_name() {
  cp "$1" "$work/before.yaml"
  sed -i '0,/^  ja: \(.*\)$/s//  ja: \1（改）/' "$1"
  cmp -s "$1" "$work/before.yaml" && { echo "could not edit the name in $1" >&2; exit 1; }
  return 0
}

if [ -n "$rss" ]; then
  reg="$work/reg-rss"; out="$work/out-rss"
  "$work/synthreg" -n "$rss" -o "$reg"
  echo "| N | step | wall s | CPU s | peak RSS MiB | rendered |"
  echo "|---:|---|---:|---:|---:|---:|"
  read -r w c m r < <(measure "$rr" validate --no-cache --register "$reg" --as-of "$asof"); echo "| $rss | validate cold | $w | $c | $m | |"
  # --no-cache writes no cache: the first validate with it parses every
  # file and fills the cache, the second is warm.
  read -r w c m r < <(measure "$rr" validate --register "$reg" --as-of "$asof"); echo "| $rss | validate filling the cache | $w | $c | $m | |"
  read -r w c m r < <(measure "$rr" validate --register "$reg" --as-of "$asof"); echo "| $rss | validate warm | $w | $c | $m | |"
  # The first build of a register: no entry cache, no site.
  rm -rf "$reg/.riskregister-cache"
  read -r w c m r < <(measure "$rr" build --register "$reg" -o "$out" --as-of "$asof"); echo "| $rss | first build (filling the cache) | $w | $c | $m | $r |"
  # The fresh build writes into a folder that never existed (see below).
  out2="$out-2"; sync
  read -r w c m r < <(measure "$rr" build --register "$reg" -o "$out2" --as-of "$asof"); echo "| $rss | fresh build | $w | $c | $m | $r |"
  read -r w c m r < <(measure "$rr" build --register "$reg" -o "$out2" --as-of "$asof"); echo "| $rss | unchanged rebuild | $w | $c | $m | $r |"
  files=("$reg"/contractors/*.yaml); edit_name "${files[0]}"
  read -r w c m r < <(measure "$rr" build --register "$reg" -o "$out2" --as-of "$asof"); echo "| $rss | one entry changed | $w | $c | $m | $r |"
  exit 0
fi
load() { cut -d' ' -f1 /proc/loadavg; }

. bench/site/machinenote.sh

# after_pause MEASURE CMD...: run MEASURE CMD after 5 s of doing nothing,
# three times, and print the median run (see machine_note).
after_pause() {
  local m=$1; shift
  { sleep 5; "$m" "$@"; sleep 5; "$m" "$@"; sleep 5; "$m" "$@"; } | sort -n -k1,1 | sed -n 2p
}

ratio() { awk -v a="$1" -v b="$2" 'BEGIN{ if (b>0) printf "%.1f", a/b; else print "-" }'; }

machine_note
echo "| N | register | step | wall s | CPU s | peak RSS MiB | rendered | ×Hugo (wall) | ×floor (wall) | load avg |"
echo "|---:|---|---|---:|---:|---:|---:|---:|---:|---:|"
i=0
for n in "${sizes[@]}"; do
  for src in ${SOURCES:-synth example}; do
    reg="$work/reg-$src-$n"; out="$work/out-$src-$n"
    if [ "$src" = synth ]; then "$work/synthreg" -n "$n" -o "$reg"; else "$work/growreg" -from examples/chofu-gikai -n "$n" -o "$reg"; fi
    "$work/hugogen" -register "$reg" -as-of "$asof" -o "$work/hugo-$src-$n"
    sync
    # Warm the entry cache (and the page cache) once, outside the table.
    "$rr" validate --register "$reg" --as-of "$asof" >/dev/null 2>&1
    # Every fresh build (ours, Hugo's, the floor's) writes into a folder
    # that never existed, and nothing is deleted until the size's rows are
    # measured: on ext4, creating files right after deleting a large tree
    # is slow (the freed blocks and inodes are reclaimed meanwhile), and a
    # delete just before one step but not another would charge that cost to
    # one side only.
    ours() {
      # The fresh build is timed twice and the faster run kept: the
      # kernel's writeback of what the step before wrote (the register,
      # Hugo's site) can double a single run's system time.
      sync
      read -r fresh_w fresh_c fresh_m fresh_r < <(measure "$rr" build --register "$reg" -o "$out-1" --as-of "$asof")
      sync
      local w c m r
      read -r w c m r < <(measure "$rr" build --register "$reg" -o "$out" --as-of "$asof")
      if awk -v a="$w" -v b="$fresh_w" 'BEGIN { exit !(a < b) }'; then fresh_w=$w fresh_c=$c fresh_m=$m fresh_r=$r; fi
      read -r same_w same_c same_m same_r < <(measure "$rr" build --register "$reg" -o "$out" --as-of "$asof")
      local files=("$reg"/contractors/*.yaml)
      edit_name "${files[0]}"
      read -r one_w one_c one_m one_r < <(measure "$rr" build --register "$reg" -o "$out" --as-of "$asof")
      read -r cold_w cold_c cold_m _ < <(measure "$rr" validate --no-cache --register "$reg" --as-of "$asof")
      read -r warm_w warm_c warm_m _ < <(median3 measure "$rr" validate --register "$reg" --as-of "$asof")
      read -r assess_w assess_c assess_m _ < <(median3 measure "$rr" assess --register "$reg" --as-of "$asof")
      read -r check_w check_c check_m _ < <(median3 measure_any "$rr" check --register "$reg" --as-of "$asof")
      read -r pause_w pause_c pause_m _ < <(after_pause measure_any "$rr" check --register "$reg" --as-of "$asof")
    }
    hugo_run() {
      sync
      read -r hugo_w hugo_c hugo_m _ < <(measure hugo --quiet -s "$work/hugo-$src-$n" -d "$work/hout-$src-$n")
    }
    floor_run() {
      # Twice, the faster run kept, as the fresh build of ours.
      sync
      read -r floor_w floor_c _ _ < <("$work/floor" -site "$out" -o "$work/fout-$src-$n")
      sync
      local w c
      read -r w c _ _ < <("$work/floor" -site "$out" -o "$work/fout-$src-$n-2")
      if awk -v a="$w" -v b="$floor_w" 'BEGIN { exit !(a < b) }'; then floor_w=$w floor_c=$c; fi
      floor_m=-
    }
    if [ $((i % 2)) -eq 0 ]; then ours; hugo_run; floor_run; else hugo_run; ours; floor_run; fi
    # (floor needs a built site, so it never runs before ours)
    la=$(load)
    row() { printf '| %s | %s | %s | %s | %s | %s | %s | %s | %s | %s |\n' "$n" "$src" "$1" "$2" "$3" "$4" "$5" "$6" "$7" "$la"; }
    row "fresh build (warm cache)" "$fresh_w" "$fresh_c" "$fresh_m" "$fresh_r" "$(ratio "$hugo_w" "$fresh_w")" "$(ratio "$fresh_w" "$floor_w")"
    row "unchanged rebuild" "$same_w" "$same_c" "$same_m" "$same_r" "$(ratio "$hugo_w" "$same_w")" "$(ratio "$same_w" "$floor_w")"
    row "one entry changed (name)" "$one_w" "$one_c" "$one_m" "$one_r" "$(ratio "$hugo_w" "$one_w")" "$(ratio "$one_w" "$floor_w")"
    row "validate cold (--no-cache)" "$cold_w" "$cold_c" "$cold_m" "" "" ""
    row "validate warm" "$warm_w" "$warm_c" "$warm_m" "" "" ""
    row "assess warm" "$assess_w" "$assess_c" "$assess_m" "" "" ""
    row "check warm (exit 1 when entries need action)" "$check_w" "$check_c" "$check_m" "" "" ""
    row "check warm, after a 5 s pause" "$pause_w" "$pause_c" "$pause_m" "" "" ""
    row "Hugo" "$hugo_w" "$hugo_c" "$hugo_m" "" "1.0" "$(ratio "$hugo_w" "$floor_w")"
    row "write floor ($(find "$out" -type f | wc -l) files, $(du -sm "$out" | cut -f1) MiB)" "$floor_w" "$floor_c" "$floor_m" "" "" "1.0"
    # Nothing is deleted before the last row: on ext4 mounted with discard,
    # writes are slow for a minute or more after a large tree is deleted,
    # which made the write floor of the register measured after a delete
    # 3-8 times slower than that of the one before it (the EXIT trap
    # deletes the work folder).
    i=$((i + 1))
  done
done

# Scoring (issue 16's fourth target: 10,000 entries with the full
# catalogue in under 100 ms on one core), in the same run as the rows
# above: BenchmarkAssess10k (riskassess) with -cpu 1, three times, the
# median shown. Its register is the synthetic one of 10,000 entries,
# whatever the sizes given. Wall s is the time of one assessment of the
# register, CPU s the process's CPU time per assessment (cpu-ns/entry),
# garbage collection included.
scoring() {
  go test ./riskassess -run '^$' -bench '^BenchmarkAssess10k$' -cpu 1 -count 3 -benchtime 10x |
    awk '/^BenchmarkAssess10k[ \t]/ { w = c = 0
      for (i = 2; i < NF; i++) { if ($(i+1) == "ns/op") w = $i; if ($(i+1) == "cpu-ns/entry") c = $i }
      printf "%.3f %.3f\n", w / 1e9, c * 10000 / 1e9 }' |
    sort -n | sed -n 2p
}
read -r score_w score_c < <(scoring)
[ -n "${score_w:-}" ] || { echo "BenchmarkAssess10k gave no figures" >&2; exit 1; }
printf '| 10000 | synth | scoring, one core (BenchmarkAssess10k -cpu 1) | %s | %s | - |  |  |  | %s |\n' "$score_w" "$score_c" "$(load)"
