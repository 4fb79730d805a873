package diff_test

import (
	"errors"
	"testing"
	"time"

	"github.com/gikai-sec/riskregister/riskassess"
	"github.com/gikai-sec/riskregister/riskassess/diff"
)

// TestCompareUsesFromScorer: when the catalogues differ, Compare assesses
// the later register again with the earlier catalogue and the earlier
// snapshot's scorer. A snapshot without blocker rules is refused
// (ErrNoBlockers), never compared as if no blocker existed; the earlier
// scorer's blocker rules decide the catalogue's effect.
func TestCompareUsesFromScorer(t *testing.T) {
	req := func(id string) riskassess.Requirement {
		return riskassess.Requirement{ID: id, Kinds: []riskassess.Kind{riskassess.KindService}, Severity: riskassess.SeverityLow,
			Title: riskassess.T(id, id), Check: func(*riskassess.Subject) riskassess.Result {
				return riskassess.Result{Outcome: riskassess.OutcomeMet}
			}}
	}
	reg := &riskassess.Register{Services: []*riskassess.Service{{
		Common:       riskassess.Common{ID: "chat", Name: riskassess.T("チャット", "Chat"), LastReviewed: riskassess.NewDate(2026, time.October, 1)},
		ContractType: riskassess.ContractTerms,
		Class:        riskassess.Classification{Confidentiality: "1"},
	}}}
	asOf := riskassess.NewDate(2026, time.November, 27)
	oldReqs, newReqs := []riskassess.Requirement{req("A-1")}, []riskassess.Requirement{req("A-1"), req("A-2")}
	// The earlier catalogue's blocker rejects the service; the later has none.
	rejectChat := []riskassess.BlockerRule{{ID: "BLK-CHAT", Message: riskassess.T("チャット", "chat"),
		Check: func(c *riskassess.BlockerContext) (bool, string) { return c.Entry.Base().ID == "chat", "id" }}}
	snap := func(sc riskassess.Scorer, reqs []riskassess.Requirement) *diff.Snapshot {
		as, err := sc.AssessAll(reg, reqs, asOf)
		if err != nil {
			t.Fatal(err)
		}
		return &diff.Snapshot{Label: "s", AsOf: asOf, Register: reg, Requirements: reqs, Scorer: sc, Assessments: as}
	}
	to := snap(riskassess.Scorer{Blockers: []riskassess.BlockerRule{}}, newReqs)

	from := snap(riskassess.Scorer{Blockers: rejectChat}, oldReqs)
	ch, err := diff.Compare(from, to)
	if err != nil {
		t.Fatal(err)
	}
	if len(ch.Catalogue.Effects) != 1 || ch.Catalogue.Effects[0].FromDecision != riskassess.DecisionReject {
		t.Errorf("effects %+v: want chat rejected under the earlier catalogue's blocker", ch.Catalogue.Effects)
	}

	from.Scorer = riskassess.Scorer{} // no blocker rules
	if _, err := diff.Compare(from, to); !errors.Is(err, riskassess.ErrNoBlockers) {
		t.Errorf("Compare with an earlier snapshot without blocker rules: %v, want ErrNoBlockers", err)
	}
}
