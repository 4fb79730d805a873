package report_test

import (
	"io"
	"testing"
	"time"

	"github.com/gikai-sec/riskregister/internal/synth"
	"github.com/gikai-sec/riskregister/riskassess"
	"github.com/gikai-sec/riskregister/riskassess/report"
)

// BenchmarkDownloads10k is what a site build writes as its downloads on
// a synthetic register of 10,000 entries: the export document without
// findings, encoded (downloads/register.json), and the register table of
// each kind (the CSV files).
func BenchmarkDownloads10k(b *testing.B) {
	reg := synth.Generate(10000, 1)
	asOf := riskassess.NewDate(2026, time.November, 27)
	as := assessAll(b, reg, asOf)
	b.ReportAllocs()
	for b.Loop() {
		doc := report.NewExportDocument(reg, as, asOf, "v")
		if err := report.WriteJSON(io.Discard, &doc, report.JSONOptions{OmitFindings: true}); err != nil {
			b.Fatal(err)
		}
		for _, k := range riskassess.Kinds() {
			report.RegisterTable(reg, as, k, riskassess.LangJa)
		}
	}
}
