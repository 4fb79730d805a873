package sitegen

import (
	"bytes"
	"context"
	"crypto/sha256"
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

// BenchmarkRender10k renders every HTML page of the 10,000-entry site
// into memory (no file written; assembling the views once, outside the
// loop): the cost of producing a page's bytes, per page and per byte.
func BenchmarkRender10k(b *testing.B) {
	reg, as, opts := bench10k(b)
	opts.Lang = "ja"
	pages, err := assemble(reg, as, &opts)
	if err != nil {
		b.Fatal(err)
	}
	var html []*page
	for _, p := range pages {
		if p.view != nil {
			html = append(html, p)
		}
	}
	var buf bytes.Buffer
	var n int64
	for _, p := range html {
		buf.Reset()
		if err := renderPage(&buf, p); err != nil {
			b.Fatal(err)
		}
		n += int64(buf.Len())
	}
	b.SetBytes(n)
	for b.Loop() {
		for _, p := range html {
			buf.Reset()
			if err := renderPage(&buf, p); err != nil {
				b.Fatal(err)
			}
		}
	}
	b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N)/float64(len(html)), "ns/page")
}

// BenchmarkPrepare10k prepares the site of 10,000 entries (serve's work
// after an edit, before any page is asked for): "fresh" as a first
// Prepare, "next" as the site following one whose entries are unchanged
// (Site.Next takes their rows and listed findings from it).
func BenchmarkPrepare10k(b *testing.B) {
	reg, as, opts := bench10k(b)
	keys := map[riskassess.Entry][32]byte{}
	for _, e := range reg.Entries() {
		keys[e] = sha256.Sum256([]byte(key(e.Kind(), e.Base().ID)))
	}
	opts.Inputs = &Inputs{Entry: func(e riskassess.Entry) ([32]byte, bool) {
		k, ok := keys[e]
		return k, ok
	}}
	prev, err := Prepare(context.Background(), reg, as, opts)
	if err != nil {
		b.Fatal(err)
	}
	for _, next := range []bool{false, true} {
		b.Run(map[bool]string{false: "fresh", true: "next"}[next], func(b *testing.B) {
			b.ReportAllocs()
			for b.Loop() {
				p := prev
				if !next {
					p = nil
				}
				if _, err := p.Next(context.Background(), reg, as, opts); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}

// BenchmarkDashboard10k renders index.html of a site of 10,000 entries
// just prepared (outside the timer): what serve does after an edit while
// the dashboard is open, its due items (report.DueList) included.
func BenchmarkDashboard10k(b *testing.B) {
	reg, as, opts := bench10k(b)
	var buf bytes.Buffer
	b.ReportAllocs()
	for b.Loop() {
		b.StopTimer()
		s, err := Prepare(context.Background(), reg, as, opts)
		if err != nil {
			b.Fatal(err)
		}
		buf.Reset()
		b.StartTimer()
		if _, err := s.Render(&buf, "index.html"); err != nil {
			b.Fatal(err)
		}
	}
}
