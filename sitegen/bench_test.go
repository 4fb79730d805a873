package sitegen

import (
	"context"
	"path/filepath"
	"testing"

	"github.com/gikai-sec/riskregister/internal/synth"
	"github.com/gikai-sec/riskregister/riskassess"
	"github.com/gikai-sec/riskregister/riskassess/catalog"
)

// BenchmarkBuild10k builds the site of a synthetic register of 10,000
// entries (internal/synth), assessed with the default catalogue, into the
// same folder each iteration (so later iterations carry unchanged files
// forward, as a rebuild does). It reports ns per page.
func BenchmarkBuild10k(b *testing.B) {
	reg := synth.Generate(10000, 1)
	reqs := catalog.Default()
	asOf := riskassess.NewDate(2026, 11, 27)
	as := riskassess.AssessAll(reg, reqs, asOf)
	opts := Options{OutDir: filepath.Join(b.TempDir(), "site"), AsOf: asOf, Requirements: reqs}
	var pages int
	b.ResetTimer()
	for b.Loop() {
		rep, err := Build(context.Background(), reg, as, opts)
		if err != nil {
			b.Fatal(err)
		}
		pages = rep.Pages
	}
	b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N)/float64(pages), "ns/page")
}
