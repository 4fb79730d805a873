package xlsx_test

import (
	"testing"

	"github.com/gikai-sec/riskregister/riskassess"
	"github.com/gikai-sec/riskregister/riskassess/xlsx"
	"github.com/google/go-cmp/cmp"
)

// TestWriteRegisterOwnerNextAfterRetirement: the owners sheet's next due
// item of an owner falls back on an entry's next review when its
// assessment lists no due item. An account retired by a decision after
// the as-of date whose review falls after the retirement has no review
// item (riskassess.RecordFrom: nothing is due on it from that day); the
// sheet showed the review date of its assessment (Assessment.NextReview)
// as the owner's next work. It shows it only when the review falls before
// the retirement, or with no retirement ahead. (Assess now leaves
// NextReview zero for such an entry, TestReviewAfterRecordAhead; the
// assessments here are made by hand, as a caller may pass them.)
func TestWriteRegisterOwnerNextAfterRetirement(t *testing.T) {
	d := riskassess.NewDate
	asOf := d(2026, 11, 27)
	hist := []riskassess.DecisionRecord{{Status: riskassess.StatusApproved, On: d(2026, 4, 1)}, {Status: riskassess.StatusRetired, On: d(2027, 2, 1)}}
	retiredAhead := riskassess.Approval{Status: riskassess.StatusRetired, DecidedOn: d(2027, 2, 1), History: hist}
	approved := riskassess.Approval{Status: riskassess.StatusApproved, DecidedOn: d(2026, 4, 1)}
	for _, tc := range []struct {
		name   string
		ap     riskassess.Approval
		status riskassess.AccountStatus
		review riskassess.Date
		want   []string
	}{
		{"retired ahead, review after it: none", retiredAhead, riskassess.AccountRetired, d(2027, 4, 1), []string{"", ""}},
		{"retired ahead, review on the day: none", retiredAhead, riskassess.AccountRetired, d(2027, 2, 1), []string{"", ""}},
		{"retired ahead, review before it: shown", retiredAhead, riskassess.AccountRetired, d(2027, 1, 10), []string{"2027/01/10", "見直し: x"}},
		{"in use: shown", approved, riskassess.AccountActive, d(2027, 4, 1), []string{"2027/04/01", "見直し: x"}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			s := &riskassess.Social{Status: tc.status}
			s.ID, s.Name, s.Owner.Section, s.Approval = "x", riskassess.T("x", ""), "koho", tc.ap
			reg := &riskassess.Register{Org: riskassess.Organisation{Sections: []riskassess.Section{{ID: "koho", Name: riskassess.T("広報係", "")}}},
				Social: []*riskassess.Social{s}}
			as := []riskassess.Assessment{{Kind: riskassess.KindSocial, EntryID: "x", AsOf: asOf, Residual: riskassess.RiskLow, NextReview: tc.review}}
			_, f := writeRegisterBook(t, reg, as, xlsx.RegisterOptions{Lang: "ja"})
			var got []string
			for _, c := range []string{"F2", "G2"} {
				v, _ := f.GetCellValue("責任者", c)
				got = append(got, v)
			}
			if diff := cmp.Diff(tc.want, got); diff != "" {
				t.Errorf("責任者!F2:G2 (-want +got):\n%s", diff)
			}
		})
	}
}
