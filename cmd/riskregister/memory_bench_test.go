package main

import (
	"bytes"
	"path/filepath"
	"runtime"
	"runtime/metrics"
	"strconv"
	"sync"
	"testing"
	"time"

	"github.com/gikai-sec/riskregister/internal/synth"
)

// peakHeap samples the bytes of live and not yet swept heap objects
// (runtime/metrics /memory/classes/heap/objects:bytes) every millisecond
// until stop is called, and returns the highest value seen.
func peakHeap() (stop func() uint64) {
	s := []metrics.Sample{{Name: "/memory/classes/heap/objects:bytes"}}
	var peak uint64
	done := make(chan struct{})
	var wg sync.WaitGroup
	wg.Go(func() {
		t := time.NewTicker(time.Millisecond)
		defer t.Stop()
		for {
			metrics.Read(s)
			peak = max(peak, s[0].Value.Uint64())
			select {
			case <-done:
				return
			case <-t.C:
			}
		}
	})
	return func() uint64 {
		close(done)
		wg.Wait()
		return peak
	}
}

// BenchmarkBuildPeakHeap runs the whole build (load, assess, render,
// write) of a synthetic register of 1,000 and 10,000 entries through the
// command, as `riskregister build` does, and reports the peak heap
// (peak-heap-MiB: bytes of heap objects, sampled every millisecond) and
// the CPU time per build. Issue 16 asks for at most 256 MiB of RSS at
// 10,000 entries; the heap is most of the RSS (RSS is about heap × 1.2
// plus the binary). Run with -benchtime 1x on a busy machine.
func BenchmarkBuildPeakHeap(b *testing.B) {
	for _, n := range []int{1000, 10000} {
		b.Run(strconv.Itoa(n), func(b *testing.B) {
			dir := filepath.Join(b.TempDir(), "reg")
			if err := synth.WriteDir(dir, synth.Generate(n, 1)); err != nil {
				b.Fatal(err)
			}
			out := filepath.Join(b.TempDir(), "public")
			build := func() {
				var o, e bytes.Buffer
				if code := run([]string{"build", "--register", dir, "-o", out, "--as-of", "2026-11-27"}, &o, &e); code != 0 {
					b.Fatalf("build: exit %d: %s", code, e.String())
				}
			}
			build() // the entry cache warm, as in use
			var peak uint64
			for b.Loop() {
				runtime.GC()
				stop := peakHeap()
				build()
				peak = max(peak, stop())
			}
			b.ReportMetric(float64(peak)/(1<<20), "peak-heap-MiB")
		})
	}
}
