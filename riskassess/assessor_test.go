package riskassess_test

import (
	"errors"
	"reflect"
	"sync"
	"testing"
	"time"

	"github.com/gikai-sec/riskregister/internal/synth"
	"github.com/gikai-sec/riskregister/riskassess"
	"github.com/gikai-sec/riskregister/riskassess/catalog"
	"github.com/google/go-cmp/cmp"
)

// TestAssessor: the assessor's assessments, made on several goroutines
// at once, are AssessAll's; assessments of one kind share the finding
// specs prepared once; the scorer's errors come before any assessment.
func TestAssessor(t *testing.T) {
	reg := synth.Generate(700, 3)
	reqs := catalog.Default()
	asOf := riskassess.NewDate(2026, time.November, 27)
	sc := riskassess.Scorer{Blockers: catalog.Blockers()}
	want := mustAssess(sc.AssessAll(reg, reqs, asOf))
	assess, err := sc.Assessor(&reg.Org, reqs)
	if err != nil {
		t.Fatal(err)
	}
	ents := reg.Entries()
	got := make([]riskassess.Assessment, len(ents))
	var wg sync.WaitGroup
	for g := range 4 {
		wg.Go(func() {
			for i := g; i < len(ents); i += 4 {
				got[i] = assess(ents[i], asOf)
			}
		})
	}
	wg.Wait()
	for i := range want {
		if !reflect.DeepEqual(want[i], got[i]) {
			t.Fatalf("assessment %d (%s) differs (-AssessAll +Assessor):\n%s", i, want[i].EntryID, cmp.Diff(want[i], got[i]))
		}
	}
	first := map[riskassess.Kind]*riskassess.FindingSpec{}
	for i := range got {
		if len(got[i].Findings) == 0 {
			continue
		}
		sp := got[i].Findings[0].FindingSpec
		if f, ok := first[got[i].Kind]; !ok {
			first[got[i].Kind] = sp
		} else if f.Requirement == sp.Requirement && f.Remediation == sp.Remediation && f != sp {
			t.Fatalf("%s: the spec of %s is a copy, not the one prepared", got[i].EntryID, sp.Requirement)
		}
	}
	if _, err := (riskassess.Scorer{}).Assessor(&reg.Org, reqs); !errors.Is(err, riskassess.ErrNoBlockers) {
		t.Errorf("no blocker rules: err = %v, want ErrNoBlockers", err)
	}
	if _, err := sc.Assessor(&reg.Org, nil); !errors.Is(err, riskassess.ErrNoRequirements) {
		t.Errorf("no requirements: err = %v, want ErrNoRequirements", err)
	}
}
