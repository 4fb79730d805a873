#!/usr/bin/env bash
# bench/serve/run.sh — issue 16: how long a saved edit of one entry takes
# to reach the browser in `riskregister serve` (file written → the long
# poll /__version?after=N answers the new build → the edited entry's page,
# open in the browser, fetched again as reload.js does), at N entries of
# the synthetic register (default 10000), with serve's CPU time per edit.
# Further arguments go to bench/serve/latency (e.g. -pages index.html,owners.html).
# The register's entry cache is warmed first (as it is on a second serve).
# On a shared machine compare the CPU column, not the wall time.
#
# Usage: bench/serve/run.sh [N] [EDITS] [latency flags…]
set -euo pipefail
cd "$(dirname "$0")/../.."
n=${1:-10000}
edits=${2:-10}
work=$(mktemp -d /tmp/rr-serve.XXXXXX)
trap 'rm -rf "$work"' EXIT
go build -o "$work/riskregister" ./cmd/riskregister
go build -o "$work/synthreg" ./bench/site/synthreg
go build -o "$work/latency" ./bench/serve/latency
"$work/synthreg" -n "$n" -o "$work/reg" >/dev/null
"$work/riskregister" validate --register "$work/reg" --as-of 2026-11-27 >/dev/null 2>&1 || true
echo "# $n entries, load average $(cut -d' ' -f1-3 /proc/loadavg)"
"$work/latency" -rr "$work/riskregister" -register "$work/reg" -edits "$edits" "${@:3}"
