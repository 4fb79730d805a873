package entryedit_test

import (
	"fmt"

	"github.com/gikai-sec/riskregister/riskassess"
	"github.com/gikai-sec/riskregister/riskassess/entryedit"
)

// A review is appended to the log and last_reviewed follows it; a
// retirement also retires the approval.
func ExampleApplyReview() {
	e := &riskassess.Service{Common: riskassess.Common{ID: "enquete", Approval: riskassess.Approval{Status: riskassess.StatusApproved}}}
	r := riskassess.ReviewRecord{On: riskassess.NewDate(2027, 3, 31), Position: "kacho", Person: "yamada",
		Outcome: riskassess.ReviewRetired, Reason: "利用終了", Residual: riskassess.RiskLow, Decision: riskassess.DecisionApprove}
	if t := entryedit.CheckReview(e, r); t.Ja != "" {
		fmt.Println(t.En)
		return
	}
	entryedit.ApplyReview(e, r)
	last, _ := riskassess.LatestReview(e)
	fmt.Println(e.LastReviewed, last.Outcome.Label("ja"), e.Approval.Status, riskassess.Retired(e))
	fmt.Println(entryedit.CheckReview(e, r).En)
	// Output:
	// 2027-03-31 廃止 retired true
	// this entry is retired; a retired record is not reviewed
}
