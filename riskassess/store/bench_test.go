package store_test

import (
	"runtime"
	"testing"

	"github.com/gikai-sec/riskregister/internal/synth"
	"github.com/gikai-sec/riskregister/riskassess/store"
)

// BenchmarkLoad10k loads a synthetic register of 10,000 entries (about
// 3 KB of YAML each) and reports the time and allocations per entry.
func BenchmarkLoad10k(b *testing.B) {
	const n = 10_000
	dir := b.TempDir()
	if err := synth.WriteDir(dir, synth.Generate(n, 1)); err != nil {
		b.Fatal(err)
	}
	b.ReportAllocs()
	var before, after runtime.MemStats
	runtime.ReadMemStats(&before)
	b.ResetTimer()
	for b.Loop() {
		reg, err := store.Load(dir)
		if err != nil {
			b.Fatal(err)
		}
		if got := len(reg.Entries()); got != n {
			b.Fatalf("loaded %d entries, want %d", got, n)
		}
	}
	b.StopTimer()
	runtime.ReadMemStats(&after)
	per := float64(b.N) * n
	b.ReportMetric(float64(b.Elapsed().Nanoseconds())/per, "ns/entry")
	b.ReportMetric(float64(after.Mallocs-before.Mallocs)/per, "allocs/entry")
	b.ReportMetric(float64(after.TotalAlloc-before.TotalAlloc)/per, "B/entry")
}
