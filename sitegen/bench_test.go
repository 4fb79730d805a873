package sitegen

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"testing"

	"github.com/gikai-sec/riskregister/internal/synth"
	"github.com/gikai-sec/riskregister/riskassess"
	"github.com/gikai-sec/riskregister/riskassess/catalog"
)

// bench10k returns a synthetic register of 10,000 entries (internal/synth)
// assessed with the default catalogue, and build options for it.
func bench10k(b *testing.B) (*riskassess.Register, []riskassess.Assessment, Options) {
	reg := synth.Generate(10000, 1)
	reqs := catalog.Default()
	asOf := riskassess.NewDate(2026, 11, 27)
	return reg, mustAssess(riskassess.Scorer{Blockers: catalog.Blockers()}.AssessAll(reg, reqs, asOf)), Options{AsOf: asOf, Requirements: reqs}
}

// BenchmarkBuild10k builds the whole site of 10,000 entries into a new
// folder each iteration (every file written) and reports ns per page.
// Loading and assessing the register are not included.
func BenchmarkBuild10k(b *testing.B) {
	reg, as, opts := bench10k(b)
	tmp := b.TempDir()
	var pages, n int
	for b.Loop() {
		n++
		opts.OutDir = filepath.Join(tmp, fmt.Sprint("site", n))
		rep, err := Build(context.Background(), reg, as, opts)
		if err != nil {
			b.Fatal(err)
		}
		pages = rep.Pages
		b.StopTimer()
		os.RemoveAll(opts.OutDir)
		b.StartTimer()
	}
	b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(n)/float64(pages), "ns/page")
}

// BenchmarkRebuild10k rebuilds an unchanged site of 10,000 entries: every
// page is rendered and compared, and carried forward by a hard link.
func BenchmarkRebuild10k(b *testing.B) {
	reg, as, opts := bench10k(b)
	opts.OutDir = filepath.Join(b.TempDir(), "site")
	if _, err := Build(context.Background(), reg, as, opts); err != nil {
		b.Fatal(err)
	}
	var pages, n int
	for b.Loop() {
		n++
		rep, err := Build(context.Background(), reg, as, opts)
		if err != nil {
			b.Fatal(err)
		}
		if rep.Unchanged != rep.Files {
			b.Fatalf("rebuild changed %d files", rep.Written)
		}
		pages = rep.Pages
	}
	b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(n)/float64(pages), "ns/page")
}
