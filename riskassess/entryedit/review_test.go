package entryedit_test

import (
	"strings"
	"testing"

	"github.com/gikai-sec/riskregister/riskassess"
	"github.com/gikai-sec/riskregister/riskassess/entryedit"
	"github.com/google/go-cmp/cmp"
)

// TestCheckReview: a review is refused, with a reason in both languages,
// when a required field is empty, the outcome is unknown, it is dated
// before the latest review logged or the entry is retired; a complete
// review of a live entry is accepted, and ApplyReview of a review that is
// not a retirement leaves the approval alone.
func TestCheckReview(t *testing.T) {
	ok := riskassess.ReviewRecord{On: riskassess.NewDate(2026, 12, 1), Position: "kacho", Person: "yamada",
		Outcome: riskassess.ReviewStillValid, Reason: "変更なし"}
	live := func() *riskassess.Service {
		return &riskassess.Service{Common: riskassess.Common{ID: "forms", Approval: riskassess.Approval{Status: riskassess.StatusApproved},
			Reviews: []riskassess.ReviewRecord{{On: riskassess.NewDate(2026, 4, 1), Outcome: riskassess.ReviewStillValid}}}}
	}
	for _, tt := range []struct {
		name string
		edit func(r *riskassess.ReviewRecord)
		e    *riskassess.Service
		want string // part of the English reason; "" when accepted
	}{
		{"complete", func(*riskassess.ReviewRecord) {}, live(), ""},
		{"same day as the latest", func(r *riskassess.ReviewRecord) { r.On = riskassess.NewDate(2026, 4, 1) }, live(), ""},
		{"no date", func(r *riskassess.ReviewRecord) { r.On = riskassess.Date{} }, live(), "no date"},
		{"no position", func(r *riskassess.ReviewRecord) { r.Position = "" }, live(), "position is missing"},
		{"no person", func(r *riskassess.ReviewRecord) { r.Person = "" }, live(), "reviewer is missing"},
		{"unknown outcome", func(r *riskassess.ReviewRecord) { r.Outcome = "fine" }, live(), "outcome fine is not one of"},
		{"no outcome", func(r *riskassess.ReviewRecord) { r.Outcome = "" }, live(), "is not one of"},
		{"no reason", func(r *riskassess.ReviewRecord) { r.Reason = "" }, live(), "no reason"},
		{"before the latest", func(r *riskassess.ReviewRecord) { r.On = riskassess.NewDate(2026, 3, 31) }, live(), "before the latest review"},
		// No log, only last_reviewed: an earlier review moved it back.
		{"before last_reviewed without a log", func(r *riskassess.ReviewRecord) { r.On = riskassess.NewDate(2026, 3, 31) },
			&riskassess.Service{Common: riskassess.Common{ID: "forms", LastReviewed: riskassess.NewDate(2026, 4, 1)}}, "before the last review date in the register"},
		{"on last_reviewed without a log", func(r *riskassess.ReviewRecord) { r.On = riskassess.NewDate(2026, 4, 1) },
			&riskassess.Service{Common: riskassess.Common{ID: "forms", LastReviewed: riskassess.NewDate(2026, 4, 1)}}, ""},
		{"retired", func(*riskassess.ReviewRecord) {}, &riskassess.Service{Common: riskassess.Common{ID: "old",
			Approval: riskassess.Approval{Status: riskassess.StatusRetired}}}, "retired"},
		// genai-chat-free of the example register, rejected on 2026-07-31:
		// retired as of 2026-07-01, AppendReview failed with "would not
		// read back" (the rejection in the history after decided_on).
		{"retired before the decision", func(r *riskassess.ReviewRecord) {
			r.Outcome, r.On = riskassess.ReviewRetired, riskassess.NewDate(2026, 7, 1)
		}, &riskassess.Service{Common: riskassess.Common{ID: "chat",
			Approval: riskassess.Approval{Status: riskassess.StatusRejected, DecidedOn: riskassess.NewDate(2026, 7, 31)}}}, "before the latest decision recorded"},
		{"retired before a decision of the history", func(r *riskassess.ReviewRecord) {
			r.Outcome, r.On = riskassess.ReviewRetired, riskassess.NewDate(2026, 7, 1)
		}, &riskassess.Service{Common: riskassess.Common{ID: "chat",
			Approval: riskassess.Approval{Status: riskassess.StatusRequested, History: []riskassess.DecisionRecord{{Status: riskassess.StatusRequested, On: riskassess.NewDate(2026, 7, 16)}}}}}, "before the latest decision recorded"},
		{"retired on the day of the decision", func(r *riskassess.ReviewRecord) {
			r.Outcome, r.On = riskassess.ReviewRetired, riskassess.NewDate(2026, 7, 31)
		}, &riskassess.Service{Common: riskassess.Common{ID: "chat",
			Approval: riskassess.Approval{Status: riskassess.StatusRejected, DecidedOn: riskassess.NewDate(2026, 7, 31)}}}, ""},
	} {
		r := ok
		tt.edit(&r)
		got := entryedit.CheckReview(tt.e, r)
		if tt.want == "" {
			if got != (riskassess.Text{}) {
				t.Errorf("%s: refused: %s", tt.name, got.En)
			}
			continue
		}
		if !strings.Contains(got.En, tt.want) || got.Ja == "" {
			t.Errorf("%s: got %q / %q, want a reason containing %q in both languages", tt.name, got.Ja, got.En, tt.want)
		}
	}

	e := live()
	entryedit.ApplyReview(e, ok)
	if e.LastReviewed != ok.On || len(e.Reviews) != 2 || e.Reviews[1] != ok || e.Approval.Status != riskassess.StatusApproved || len(e.Approval.History) != 0 {
		t.Errorf("after a still-valid review: last_reviewed %v, reviews %v, approval %+v", e.LastReviewed, e.Reviews, e.Approval)
	}
}

// TestApplyReviewRetiredKeepsThePriorDecision: a retirement overwrites
// approval.status, approver and decided_on; the decision they held moves
// into approval.history first (with its conditions as the note), unless
// the history already holds it, so the approval that ended stays on
// record (the 承認記録 page lists the history and the current decision).
func TestApplyReviewRetiredKeepsThePriorDecision(t *testing.T) {
	retire := riskassess.ReviewRecord{On: riskassess.NewDate(2026, 11, 26), Position: "kacho", Person: "ishikawa",
		Outcome: riskassess.ReviewRetired, Reason: "廃止"}
	approved := riskassess.Approval{Status: riskassess.StatusApproved, Approver: "kacho", DecidedOn: riskassess.NewDate(2026, 2, 20),
		Conditions: []string{"機密性1に限る", "年1回確認"}}
	retired := riskassess.DecisionRecord{Status: riskassess.StatusRetired, Approver: "kacho", On: retire.On, Note: "廃止"}
	for _, tt := range []struct {
		name string
		ap   riskassess.Approval
		want []riskassess.DecisionRecord
	}{
		{"no history", approved, []riskassess.DecisionRecord{
			{Status: riskassess.StatusApproved, Approver: "kacho", On: riskassess.NewDate(2026, 2, 20), Note: "機密性1に限る / 年1回確認"}, retired}},
		{"history holds it", func() riskassess.Approval {
			a := approved
			a.History = []riskassess.DecisionRecord{{Status: riskassess.StatusApproved, Approver: "kacho", On: riskassess.NewDate(2026, 2, 20)}}
			return a
		}(), []riskassess.DecisionRecord{{Status: riskassess.StatusApproved, Approver: "kacho", On: riskassess.NewDate(2026, 2, 20)}, retired}},
		{"undated", riskassess.Approval{Status: riskassess.StatusApproved, Approver: "kacho"}, []riskassess.DecisionRecord{retired}},
		// Its valid_until goes with it: the expiry of the approval in
		// force before the retirement (Approval.InForceOn).
		{"valid_until kept", riskassess.Approval{Status: riskassess.StatusApproved, Approver: "kacho", DecidedOn: riskassess.NewDate(2025, 11, 20),
			ValidUntil: riskassess.NewDate(2026, 11, 19)}, []riskassess.DecisionRecord{
			{Status: riskassess.StatusApproved, Approver: "kacho", On: riskassess.NewDate(2025, 11, 20), ValidUntil: riskassess.NewDate(2026, 11, 19)}, retired}},
	} {
		e := &riskassess.Social{Common: riskassess.Common{ID: "x", Approval: tt.ap}}
		entryedit.ApplyReview(e, retire)
		if diff := cmp.Diff(tt.want, e.Approval.History); diff != "" {
			t.Errorf("%s: history (-want +got):\n%s", tt.name, diff)
		}
		if e.Approval.Status != riskassess.StatusRetired || e.Approval.DecidedOn != retire.On {
			t.Errorf("%s: approval %+v, want retired on %v", tt.name, e.Approval, retire.On)
		}
	}
}

// TestApplyReviewMeetsTheReviewDue: a review done a few days before the
// review due date meets it; the next review counts from the review. Kept,
// review_due: 2027-03-31 left a review of 2027-03-25 overdue from 04-01.
func TestApplyReviewMeetsTheReviewDue(t *testing.T) {
	e := &riskassess.Service{Common: riskassess.Common{ID: "forms", Approval: riskassess.Approval{Status: riskassess.StatusApproved},
		LastReviewed: riskassess.NewDate(2026, 3, 25), ReviewDue: riskassess.NewDate(2027, 3, 31)}}
	entryedit.ApplyReview(e, riskassess.ReviewRecord{On: riskassess.NewDate(2027, 3, 25), Position: "kacho", Person: "yamada",
		Outcome: riskassess.ReviewStillValid, Reason: "年度末の見直し"})
	if !e.ReviewDue.IsZero() {
		t.Errorf("review_due = %v, want it met by the review", e.ReviewDue)
	}
	org := &riskassess.Organisation{}
	if r := riskassess.ReviewOf(org, e, riskassess.RiskMedium, riskassess.NewDate(2027, 4, 2)); r.Overdue || r.Date != riskassess.NewDate(2028, 3, 25) {
		t.Errorf("next review %v (overdue %v), want 2028-03-25 from the review", r.Date, r.Overdue)
	}
}

// TestLogged: a last record with the same date, position, person,
// outcome and reason is found whatever risk was recorded with it; a
// change in any of those is another review, and so is a review equal to
// an earlier record only.
func TestLogged(t *testing.T) {
	r := riskassess.ReviewRecord{On: riskassess.NewDate(2026, 12, 1), Position: "kacho", Person: "yamada",
		Outcome: riskassess.ReviewStillValid, Reason: "変更なし", Residual: riskassess.RiskHigh}
	c := &riskassess.Contractor{}
	c.Reviews = []riskassess.ReviewRecord{{On: riskassess.NewDate(2026, 4, 1), Position: "kacho", Person: "yamada", Outcome: riskassess.ReviewStillValid, Reason: "変更なし"}, r}
	again := r
	again.Residual = riskassess.RiskMedium
	if !entryedit.Logged(c, again) {
		t.Error("Logged(same review) = false; want true")
	}
	for name, change := range map[string]func(*riskassess.ReviewRecord){
		"date":     func(x *riskassess.ReviewRecord) { x.On = riskassess.NewDate(2026, 12, 2) },
		"position": func(x *riskassess.ReviewRecord) { x.Position = "kakaricho" },
		"person":   func(x *riskassess.ReviewRecord) { x.Person = "sato" },
		"outcome":  func(x *riskassess.ReviewRecord) { x.Outcome = riskassess.ReviewRescored },
		"reason":   func(x *riskassess.ReviewRecord) { x.Reason = "再評価" },
	} {
		other := r
		change(&other)
		if entryedit.Logged(c, other) {
			t.Errorf("Logged(other %s) = true; want false", name)
		}
	}
	// A review equal to an earlier record but not to the last one (the
	// one in force) is a new review: 変更なし, 再評価した, then 変更なし
	// again was taken as reviews[0] and the rescore stayed in force.
	rescored := r
	rescored.Outcome, rescored.Reason = riskassess.ReviewRescored, "再評価した"
	c.Reviews = []riskassess.ReviewRecord{r, rescored}
	if entryedit.Logged(c, r) {
		t.Error("Logged(review before the last) = true; want false")
	}
	if !entryedit.Logged(c, rescored) {
		t.Error("Logged(last review) = false; want true")
	}
	if entryedit.Logged(&riskassess.Contractor{}, r) {
		t.Error("Logged(empty log) = true; want false")
	}
}

// TestReplacedReview: a review keeps the last_reviewed it replaces only
// when no record of the log holds it and it is before the review.
func TestReplacedReview(t *testing.T) {
	d := riskassess.NewDate
	on := d(2026, 12, 1)
	for _, tc := range []struct {
		name string
		last riskassess.Date
		logs []riskassess.Date
		want riskassess.Date
	}{
		{"before the log was kept", d(2026, 8, 5), nil, d(2026, 8, 5)},
		{"the date of the latest record", d(2026, 11, 1), []riskassess.Date{d(2026, 11, 1)}, riskassess.Date{}},
		{"never reviewed", riskassess.Date{}, nil, riskassess.Date{}},
		{"the review's own day", on, nil, riskassess.Date{}},
	} {
		c := &riskassess.Contractor{}
		c.LastReviewed = tc.last
		for _, l := range tc.logs {
			c.Reviews = append(c.Reviews, riskassess.ReviewRecord{On: l})
		}
		if got := entryedit.ReplacedReview(c, on); got != tc.want {
			t.Errorf("%s: ReplacedReview = %v, want %v", tc.name, got, tc.want)
		}
	}
}
