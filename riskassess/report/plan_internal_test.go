package report

import (
	"testing"
	"time"

	"github.com/gikai-sec/riskregister/riskassess"
)

// TestCollectSizedOnce: the items of a year plan, its chase list and the
// items carried over each fill the slice they are collected in exactly,
// the expected later turns of recurring tasks
// included (they used to be appended past the capacity counted for the
// register's own due items, so the slice grew and the old one stayed
// beside the new: 60 MB at 100,000 entries). The register below has
// items of every source: due in the year, expected turns (a review every
// three months: three more in the year), three carried over, three
// replies on the chase list and one after the year (three each, as a
// slice grown by append holding one or two may still be full), and an
// account retired on the as-of date and approved again, whose items from
// that day (backItems: three, and two more turns of its review) are not
// in its assessment.
func TestCollectSizedOnce(t *testing.T) {
	d := func(y int, m time.Month, day int) riskassess.Date { return riskassess.NewDate(y, m, day) }
	fy := riskassess.FiscalYear(2026)
	x := expecting{fy: fy, asOf: d(2026, time.April, 1), org: &riskassess.Organisation{}}
	x.org.ReviewIntervals = riskassess.ReviewIntervals{Low: 3, Medium: 3, High: 3, Critical: 3}
	as := []riskassess.Assessment{
		{Kind: riskassess.KindService, EntryID: "a", Residual: riskassess.RiskLow, Due: []riskassess.DueItem{
			{Kind: riskassess.DueReview, Date: d(2026, time.May, 10)},
			{Kind: riskassess.DueCertificate, Date: d(2026, time.March, 1)},
			{Kind: riskassess.DueISMAP, Date: d(2026, time.February, 1)},
			{Kind: riskassess.DueApproval, Date: d(2025, time.December, 1)},
			{Kind: riskassess.DueCertificate, Date: d(2027, time.June, 1)},
		}},
		{Kind: riskassess.KindContractor, EntryID: "b", Due: []riskassess.DueItem{
			{Kind: riskassess.DueReply, Date: d(2026, time.March, 20)},
			{Kind: riskassess.DueReply, Date: d(2026, time.March, 21)},
			{Kind: riskassess.DueReply, Date: d(2026, time.March, 22)},
			{Kind: riskassess.DuePassword, Date: d(2026, time.July, 1)},
		}},
	}
	back := &riskassess.Social{Status: riskassess.AccountActive, PasswordChangedOn: d(2025, time.May, 1), TermsCheckedOn: d(2025, time.September, 1)}
	back.ID, back.Name = "c", riskassess.T("c", "c")
	back.Approval = riskassess.Approval{Status: riskassess.StatusApproved, DecidedOn: d(2026, time.June, 1), History: []riskassess.DecisionRecord{
		{Status: riskassess.StatusApproved, On: d(2025, time.April, 1)}, {Status: riskassess.StatusRetired, On: d(2026, time.April, 1)},
		{Status: riskassess.StatusApproved, On: d(2026, time.June, 1)}}}
	x.entries = map[riskassess.EntryKey]riskassess.Entry{{Kind: riskassess.KindSocial, ID: "c"}: back}
	as = append(as, riskassess.Assessment{Kind: riskassess.KindSocial, EntryID: "c", Residual: riskassess.RiskLow})
	items, chase, carried := x.collect(as)
	expected := 0
	for _, it := range items {
		if it.Expected {
			expected++
		}
	}
	if len(items) != 10 || expected != 5 || len(chase) != 3 || len(carried) != 3 {
		t.Fatalf("collect: %d items (%d expected), %d to chase, %d carried; want 10 (5), 3, 3", len(items), expected, len(chase), len(carried))
	}
	for _, l := range []struct {
		name  string
		items []PlanItem
	}{{"items", items}, {"chase", chase}, {"carried", carried}} {
		if cap(l.items) != len(l.items) {
			t.Errorf("collect: %d %s in a slice of capacity %d, want it sized exactly", len(l.items), l.name, cap(l.items))
		}
	}
}
