package riskassess_test

import (
	"testing"

	"github.com/gikai-sec/riskregister/internal/synth"
	"github.com/gikai-sec/riskregister/riskassess"
	"github.com/gikai-sec/riskregister/riskassess/catalog"
)

// TestProvenanceShared checks the provenances of a run's findings: the
// findings resting on the same register field share one Provenance (what
// keeps a finding at 112 bytes in BenchmarkAssess10k), an answer's
// provenance is its finding's own, no provenance is the zero value (nil
// means none), and each is the one a single Assess gives.
func TestProvenanceShared(t *testing.T) {
	reg := synth.Generate(600, 1)
	reqs, err := catalog.ForOrg(&reg.Org)
	if err != nil {
		t.Fatal(err)
	}
	sc := scorer()
	sc.Workers = 1
	all := mustAssess(sc.AssessAll(reg, reqs, benchAsOf))
	byField := map[string]*riskassess.Provenance{}
	answers := map[*riskassess.Provenance]string{}
	shared := 0
	for i, a := range all {
		one := mustAssess(sc.Assess(&reg.Org, reqs, a.Entry, benchAsOf))
		for j := range a.Findings {
			f, g := &a.Findings[j], &one.Findings[j]
			p := f.Provenance
			if (p == nil) != (g.Provenance == nil) || (p != nil && *p != *g.Provenance) {
				t.Fatalf("entry %d finding %s: provenance %+v, single Assess gives %+v", i, f.Requirement, p, g.Provenance)
			}
			switch {
			case p == nil:
			case *p == riskassess.Provenance{}:
				t.Fatalf("entry %d finding %s: zero provenance, want nil", i, f.Requirement)
			case p.From == riskassess.AttestRegister:
				if q, ok := byField[p.Field]; ok {
					if q != p {
						t.Errorf("entry %d finding %s: register field %q has a provenance of its own", i, f.Requirement, p.Field)
					}
					shared++
				}
				byField[p.Field] = p
			default:
				if prev, ok := answers[p]; ok {
					t.Errorf("entry %d finding %s: answer provenance shared with %s", i, f.Requirement, prev)
				}
				answers[p] = f.Requirement
			}
		}
	}
	if shared == 0 || len(answers) == 0 {
		t.Errorf("%d shared register provenances, %d answer provenances: the register does not exercise both", shared, len(answers))
	}
}
