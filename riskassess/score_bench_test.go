package riskassess_test

import (
	"testing"
	"time"

	"github.com/gikai-sec/riskregister/internal/synth"
	"github.com/gikai-sec/riskregister/riskassess"
	"github.com/gikai-sec/riskregister/riskassess/catalog"
)

// BenchmarkAssess10k assesses a synthetic register of 10,000 entries
// against the full built-in catalogue. Run with -cpu 1; the ns/entry metric
// is the time per entry.
func BenchmarkAssess10k(b *testing.B) {
	const n = 10000
	reg := synth.Generate(n, 1)
	reqs, err := catalog.ForOrg(&reg.Org)
	if err != nil {
		b.Fatal(err)
	}
	asOf := riskassess.NewDate(2026, time.April, 1)
	b.ReportAllocs()
	b.ResetTimer()
	var out []riskassess.Assessment
	for b.Loop() {
		out = riskassess.AssessAll(reg, reqs, asOf)
	}
	b.StopTimer()
	if len(out) != n {
		b.Fatalf("got %d assessments, want %d", len(out), n)
	}
	b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N)/n, "ns/entry")
	b.ReportMetric(float64(len(reqs)), "requirements")
}
