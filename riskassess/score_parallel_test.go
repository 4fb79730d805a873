package riskassess_test

import (
	"reflect"
	"testing"
	"time"

	"github.com/gikai-sec/riskregister/internal/synth"
	"github.com/gikai-sec/riskregister/riskassess"
	"github.com/gikai-sec/riskregister/riskassess/catalog"
	"github.com/google/go-cmp/cmp"
)

// TestAssessAllWorkers checks that AssessAll gives the same assessments,
// in the same order, on one goroutine and on several.
func TestAssessAllWorkers(t *testing.T) {
	reg := synth.Generate(1300, 7)
	reqs := catalog.Default()
	asOf := riskassess.NewDate(2026, time.November, 27)
	want := mustAssess(riskassess.Scorer{Workers: 1, Blockers: catalog.Blockers()}.AssessAll(reg, reqs, asOf))
	for _, w := range []int{0, 3, 8} {
		got := mustAssess(riskassess.Scorer{Workers: w, Blockers: catalog.Blockers()}.AssessAll(reg, reqs, asOf))
		if !reflect.DeepEqual(want, got) {
			for i := range want {
				if diff := cmp.Diff(want[i], got[i]); diff != "" {
					t.Fatalf("Workers %d: assessment %d (%s) differs (-one goroutine +workers):\n%s", w, i, want[i].EntryID, diff)
				}
			}
			t.Fatalf("Workers %d: results differ", w)
		}
	}
}

// TestAssessAllWorkerPanic checks that a panicking check in a worker
// goroutine reaches the caller of AssessAll, as it does on one goroutine.
func TestAssessAllWorkerPanic(t *testing.T) {
	reg := synth.Generate(600, 1)
	bad := reg.Entries()[590].Base().ID
	reqs := []riskassess.Requirement{{
		ID: "X-1", Kinds: riskassess.Kinds(), Severity: riskassess.SeverityLow,
		Check: func(s *riskassess.Subject) riskassess.Result {
			if s.Entry.Base().ID == bad {
				panic("check failed")
			}
			return riskassess.Result{Outcome: riskassess.OutcomeMet}
		},
	}}
	for _, w := range []int{1, 4} {
		func() {
			defer func() {
				if p := recover(); p != "check failed" {
					t.Errorf("Workers %d: recovered %v, want the check's panic", w, p)
				}
			}()
			mustAssess(riskassess.Scorer{Workers: w, Blockers: catalog.Blockers()}.AssessAll(reg, reqs, riskassess.NewDate(2026, time.April, 1)))
		}()
	}
}
