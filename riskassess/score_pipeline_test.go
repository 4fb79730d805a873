package riskassess_test

import (
	"path/filepath"
	"reflect"
	"slices"
	"testing"
	"time"

	"github.com/gikai-sec/riskregister/internal/synth"
	"github.com/gikai-sec/riskregister/riskassess"
	"github.com/gikai-sec/riskregister/riskassess/catalog"
	"github.com/gikai-sec/riskregister/riskassess/store"
	"github.com/google/go-cmp/cmp"
	"github.com/google/go-cmp/cmp/cmpopts"
)

// pipeline assesses e by composing the public stage functions in the
// order Scorer.Assess documents; window is the expiry window sc uses.
func pipeline(sc riskassess.Scorer, org *riskassess.Organisation, reqs []riskassess.Requirement, e riskassess.Entry, asOf riskassess.Date, window int) riskassess.Assessment {
	a := riskassess.Assessment{Kind: e.Kind(), EntryID: e.Base().ID, Entry: e, AsOf: asOf}
	// 1. Inherent risk.
	inh := sc.Inherent(org, e, asOf)
	a.Inherent, a.InherentScore, a.InherentFactors = inh.Level, inh.Points, inh.Factors
	sensitive := inh.ConfidentialityRank >= 3
	// 2. Due items except the review, and their expiry findings.
	items := riskassess.DueItemsAt(org, reqs, e, riskassess.Date{}, asOf)
	exp := riskassess.ExpiryFindingsAt(org, reqs, e, items, asOf, window, sensitive)
	// 3. Catalogue findings merged with the expiry findings.
	fs := riskassess.MergeFindings(riskassess.Findings(org, reqs, e, asOf), exp)
	// 4. Control score.
	a.ControlScore = riskassess.ControlScore(fs)
	// 5. Blockers, residual, then the late requirements.
	scheme := org.Scheme()
	a.Blockers = mustAssess(sc.TriggeredBlockers(&riskassess.BlockerContext{Org: org, Scheme: &scheme, Entry: e, Findings: fs, AsOf: asOf}))
	a.Residual = sc.Residual(org, a.Inherent, a.ControlScore, a.Blockers)
	late := map[string]bool{}
	for _, r := range reqs {
		if r.AfterResidual {
			late[r.ID] = true
		}
	}
	for _, f := range riskassess.FindingsAt(org, reqs, e, asOf, a.Residual) {
		if late[f.Requirement] {
			i := slices.IndexFunc(fs, func(g riskassess.Finding) bool { return g.Requirement == f.Requirement })
			fs[i] = f
		}
	}
	// 6. The review, its due item and its expiry finding.
	if !riskassess.Record(e) {
		a.Review = riskassess.ReviewAt(org, reqs, e, a.Residual, asOf)
		a.NextReview = a.Review.Date
		items = riskassess.DueItemsAt(org, reqs, e, a.Review.Date, asOf)
		var rev []riskassess.DueItem
		for _, it := range items {
			if it.Kind == riskassess.DueReview {
				rev = append(rev, it)
			}
		}
		fs = riskassess.MergeFindings(fs, riskassess.ExpiryFindingsAt(org, reqs, e, rev, asOf, window, sensitive))
	}
	a.Due = items
	a.Findings = fs
	// 7. Decision and counts.
	a.Decision, a.Conditions = riskassess.Decide(a.Residual, a.Blockers, fs)
	a.Counts = riskassess.CountOutcomes(fs)
	return a
}

// TestAssessIsThePipeline holds Scorer.Assess and Scorer.AssessAll to the
// composition of the public stage functions (the pipeline Assess
// documents), for every entry of a synthetic register and of the example
// register, with the default scorer and with one whose thresholds,
// expiry window and blockers differ.
func TestAssessIsThePipeline(t *testing.T) {
	asOf := riskassess.NewDate(2026, time.November, 27)
	ex, err := store.Load(filepath.Join("..", "examples", "chofu-gikai"))
	if err != nil {
		t.Fatalf("loading the example register: %v", err)
	}
	regs := map[string]*riskassess.Register{"synth-400-seed-3": synth.Generate(400, 3), "examples/chofu-gikai": ex}
	scorers := []struct {
		name   string
		sc     riskassess.Scorer
		window int
	}{
		{"default", scorer(), riskassess.DefaultExpiryWindowDays},
		{"custom", riskassess.Scorer{
			Thresholds:       riskassess.InherentThresholds{Medium: 2, High: 5, Critical: 8},
			ExpiryWindowDays: 30,
			Blockers:         catalog.Blockers()[1:3],
		}, 30},
		{"overdue only", riskassess.Scorer{ExpiryWindowDays: -1, Blockers: []riskassess.BlockerRule{}}, -1},
	}
	opts := cmpopts.EquateEmpty()
	for name, reg := range regs {
		reqs, err := catalog.ForOrg(&reg.Org)
		if err != nil {
			t.Fatal(err)
		}
		for _, s := range scorers {
			all := mustAssess(s.sc.AssessAll(reg, reqs, asOf))
			for i, e := range reg.Entries() {
				want := pipeline(s.sc, &reg.Org, reqs, e, asOf, s.window)
				if reflect.DeepEqual(want, all[i]) {
					// cmp.Diff only for a difference: it is slow.
				} else if diff := cmp.Diff(want, all[i], opts); diff != "" {
					t.Fatalf("%s, %s scorer: AssessAll of %s differs from the pipeline (-pipeline +AssessAll):\n%s", name, s.name, e.Base().ID, diff)
				}
				one := mustAssess(s.sc.Assess(&reg.Org, reqs, e, asOf))
				if reflect.DeepEqual(want, one) {
				} else if diff := cmp.Diff(want, one, opts); diff != "" {
					t.Fatalf("%s, %s scorer: Assess of %s differs from the pipeline (-pipeline +Assess):\n%s", name, s.name, e.Base().ID, diff)
				}
			}
		}
	}
}
