package sitegen

import (
	"testing"

	"github.com/gikai-sec/riskregister/internal/synth"
	"github.com/gikai-sec/riskregister/riskassess"
	"github.com/gikai-sec/riskregister/riskassess/catalog"
	"github.com/google/go-cmp/cmp"
)

// TestKeptFindings: the findings packed by several workers (keptFindings)
// come back field for field as they were put, with their provenances,
// conflicts and due dates, past the end of a block, and after the maps
// of packing are dropped; an assessment without findings gives nil.
func TestKeptFindings(t *testing.T) {
	reg := synth.Generate(500, 1)
	as := mustAssess(riskassess.Scorer{Blockers: catalog.Blockers()}.AssessAll(reg, catalog.Default(), testAsOf))
	as = append(as, riskassess.Assessment{})
	const workers = 2
	k := newKeptFindings(len(as), workers, newInterner())
	var conflicts, dues, provs int
	for i := range as {
		k.put(i%workers, i, as[i].Findings)
		for _, f := range as[i].Findings {
			if f.Conflict != nil {
				conflicts++
			}
			if f.DueOn != nil {
				dues++
			}
			if f.Provenance != nil {
				provs++
			}
		}
	}
	k.done()
	if conflicts == 0 || dues == 0 || provs == 0 {
		t.Fatalf("the register has %d conflicts, %d due dates and %d provenances: want some of each", conflicts, dues, provs)
	}
	if blocks := len(k.tabs[0].blocks); blocks < 2 {
		t.Fatalf("worker 0 packed into %d block: want more than one", blocks)
	}
	// Unpacked into a new array, then into one used before (too short
	// for some assessments, long enough for others).
	var buf []riskassess.Finding
	for _, reuse := range []bool{false, true} {
		for i := range as {
			got := k.findings(i, buf)
			if d := cmp.Diff(as[i].Findings, got); d != "" {
				t.Fatalf("findings of assessment %d, array reused %v (-put +got):\n%s", i, reuse, d)
			}
			if reuse && got != nil {
				buf = got
			}
		}
	}
	if got := k.findings(len(as)-1, buf); got != nil {
		t.Errorf("an assessment without findings gives %v, want nil", got)
	}
}
