package report_test

import (
	"testing"
	"time"

	"github.com/gikai-sec/riskregister/internal/synth"
	"github.com/gikai-sec/riskregister/riskassess"
	"github.com/gikai-sec/riskregister/riskassess/report"
)

// BenchmarkCouncilItems10k is `check`'s council-wide items on a synthetic
// register of 10,000 entries: it grows linearly with the register (an
// entry looked up per assignment by searching the register's slices made
// it quadratic: 110 ms at 10k and ten times that at 30k). ns/entry should
// stay the same at any size (compare -benchtime runs of the 1k variant).
func BenchmarkCouncilItems10k(b *testing.B) { benchCouncilItems(b, 10000) }

// BenchmarkCouncilItems1k is BenchmarkCouncilItems10k at 1,000 entries.
func BenchmarkCouncilItems1k(b *testing.B) { benchCouncilItems(b, 1000) }

func benchCouncilItems(b *testing.B, n int) {
	reg := synth.Generate(n, 1)
	asOf := riskassess.NewDate(2026, time.April, 1)
	as := assessAll(b, reg, asOf)
	b.ReportAllocs()
	for b.Loop() {
		report.CouncilItems(reg, as, asOf, nil)
	}
	b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N)/float64(n), "ns/entry")
}

// BenchmarkCouncilItemsBrief10k is BenchmarkCouncilItems10k for
// CouncilItemsBrief, what check calls, as of a day with many gaps.
func BenchmarkCouncilItemsBrief10k(b *testing.B) {
	reg := synth.Generate(10000, 1)
	asOf := riskassess.NewDate(2026, time.November, 27)
	as := assessAll(b, reg, asOf)
	b.ReportAllocs()
	for b.Loop() {
		report.CouncilItemsBrief(reg, as, asOf, nil)
	}
	b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N)/10000, "ns/entry")
}

// BenchmarkNextActions10k is the next steps of every entry of a synthetic
// register of 10,000 entries: a site build works them out for every entry
// page.
func BenchmarkNextActions10k(b *testing.B) {
	reg := synth.Generate(10000, 1)
	asOf := riskassess.NewDate(2026, time.November, 27)
	as := assessAll(b, reg, asOf)
	idx := report.EntryIndex(reg)
	b.ReportAllocs()
	for b.Loop() {
		for i := range as {
			report.NextActions(&reg.Org, idx[riskassess.EntryKey{Kind: as[i].Kind, ID: as[i].EntryID}], &as[i])
		}
	}
	b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N)/10000, "ns/entry")
}

// BenchmarkPlanYear10k is the year plan of a synthetic register of
// 10,000 entries (plan.html of a site build): tens of thousands of due
// items sorted by month, section and entry.
func BenchmarkPlanYear10k(b *testing.B) {
	reg := synth.Generate(10000, 1)
	asOf := riskassess.NewDate(2026, time.November, 27)
	as := assessAll(b, reg, asOf)
	fy := riskassess.FiscalYearOf(asOf)
	b.ReportAllocs()
	var p report.YearPlan
	for b.Loop() {
		p = report.PlanYear(reg, as, fy, asOf)
	}
	if p.Count == 0 {
		b.Fatal("no items in the plan")
	}
	b.ReportMetric(float64(p.Count), "items")
}
