#!/bin/sh
# Benchmark: import 1,000 filled 100-question questionnaires with 2 workers
# (riskassess/xlsx BenchmarkImport1000) and report files per second, CPU time
# per file, the peak Go heap sampled during the import and the peak RSS of
# the whole test process (which includes generating the 1,000 files once).
#
# Usage: bench/questionnaire/run.sh [COUNT]   (COUNT runs, default 3)
set -eu
cd "$(dirname "$0")/../.."
count=${1:-3}
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
go test -c -o "$tmp/xlsx.test" ./riskassess/xlsx
echo "BenchmarkImport1000: 1,000 files x 100 questions, 2 workers, GOMAXPROCS=$(nproc)"
i=1
while [ "$i" -le "$count" ]; do
	if [ -x /usr/bin/time ]; then
		/usr/bin/time -v -o "$tmp/time.txt" "$tmp/xlsx.test" -test.run='^$' -test.bench='^BenchmarkImport1000$' \
			-test.benchtime=1x -test.benchmem >"$tmp/bench.txt"
		rss=$(awk -F': ' '/Maximum resident set size/ {printf "%.0f MiB", $2/1024}' "$tmp/time.txt")
	else
		"$tmp/xlsx.test" -test.run='^$' -test.bench='^BenchmarkImport1000$' -test.benchtime=1x -test.benchmem >"$tmp/bench.txt"
		rss="n/a (no /usr/bin/time)"
	fi
	grep '^BenchmarkImport1000' "$tmp/bench.txt" | awk -v rss="$rss" -v run="$i" '{
		for (j = 1; j <= NF; j++) {
			if ($(j) == "files/s") fps = $(j-1)
			if ($(j) == "peak-heap-MiB") heap = $(j-1)
			if ($(j) == "cpu-ms/file") cpu = $(j-1)
			if ($(j) == "B/op") bop = $(j-1)
			if ($(j) == "result-KiB/file") res = $(j-1)
		}
		printf "run %d: %s files/s, %s ms CPU per file, peak heap %s MiB (results kept: %s KiB per file), allocated %.1f MiB per file, peak RSS %s\n", run, fps, cpu, heap, res, bop/1000/1048576, rss
	}'
	i=$((i + 1))
done
