package catalog

import (
	"github.com/gikai-sec/riskregister/internal/cputime"
	"testing"
	"time"

	"github.com/gikai-sec/riskregister/internal/synth"
	"github.com/gikai-sec/riskregister/riskassess"
)

// BenchmarkChecks10k runs the catalogue's applicability and checks, as the
// scorer runs them, on the synthetic register of 10,000 entries of
// riskassess's BenchmarkAssess10k: the catalogue's own share of that
// benchmark, without the engine's work around the checks (the answers are
// the entries' own, not attested; the requirements checked after the
// residual risk see a medium one). Run with -cpu 1; cpu-ns/entry is the
// process's CPU time an entry (garbage collection included), steadier than
// wall time on a busy machine.
func BenchmarkChecks10k(b *testing.B) {
	reg := synth.Generate(10000, 1)
	reqs, err := ForOrg(&reg.Org)
	if err != nil {
		b.Fatal(err)
	}
	byKind := map[riskassess.Kind][]riskassess.Requirement{}
	for _, r := range reqs {
		for _, k := range r.Kinds {
			byKind[k] = append(byKind[k], r)
		}
	}
	entries := reg.Entries()
	asOf := riskassess.NewDate(2026, time.April, 1)
	b.ReportAllocs()
	cpu0 := cputime.Process()
	n := 0
	s := &riskassess.Subject{} // one for all entries, as the scorer's
	for b.Loop() {
		n = 0
		for _, e := range entries {
			*s = riskassess.Subject{Org: &reg.Org, Entry: e, Answers: e.Base().Answers, AsOf: asOf}
			rs := byKind[e.Kind()]
			for i := range rs {
				r := &rs[i]
				s.Residual = ""
				if r.AfterResidual {
					s.Residual = riskassess.RiskMedium
				}
				if r.Applies != nil && !r.Applies(s) {
					continue
				}
				if r.Check(s).Outcome != "" {
					n++
				}
			}
		}
	}
	cpu := cputime.Process() - cpu0
	if n == 0 {
		b.Fatal("no check gave an outcome")
	}
	if cpu > 0 {
		b.ReportMetric(float64(cpu.Nanoseconds())/float64(b.N)/float64(len(entries)), "cpu-ns/entry")
	}
}
