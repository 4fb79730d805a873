package report_test

import (
	"testing"

	"github.com/gikai-sec/riskregister/riskassess"
	"github.com/gikai-sec/riskregister/riskassess/report"
	"github.com/google/go-cmp/cmp"
)

// TestPlanYearExpected: a recurring task (a review, a yearly task) falls
// due again after its interval once done; the plan of a fiscal year shows
// its later turns within the year, marked Expected and counted from the
// turn before (from the as-of date when that one is overdue). The plan used
// to show only the one date the register gives as of the as-of date: the
// plan of the next year said 「この年度に期限の来る項目はありません」 for a
// register whose password changes, terms checks and reviews all fall due
// in it, and a year with reviews every two months showed only the first.
func TestPlanYearExpected(t *testing.T) {
	d := exportDate
	social := func(id string) riskassess.Entry {
		s := &riskassess.Social{}
		s.ID, s.Name, s.Owner.Section = id, riskassess.T(id, id), "koho"
		return s
	}
	contractor := func(id string, contractEnds ...string) riskassess.Entry {
		c := &riskassess.Contractor{}
		c.ID, c.Name, c.Owner.Section = id, riskassess.T(id, id), "koho"
		for _, to := range contractEnds {
			c.Contracts = append(c.Contracts, riskassess.Contract{ID: "k", To: d(to)})
		}
		return c
	}
	// personal is a contractor whose contract, ending on to, handles
	// personal data (the on-site check applies while it is live), its
	// data returned on returned ("" when not recorded).
	personal := func(id, to, returned string) riskassess.Entry {
		c := contractor(id, to).(*riskassess.Contractor)
		c.Contracts[0].Information = []riskassess.InformationAccess{{Description: "申請書", PersonalData: true}}
		if returned != "" {
			c.Contracts[0].DataReturnedOn = d(returned)
		}
		return c
	}
	service := func(id string) riskassess.Entry {
		s := &riskassess.Service{}
		s.ID, s.Name, s.Owner.Section = id, riskassess.T(id, id), "koho"
		return s
	}
	// decided gives e the approval decision status on on, taken after an
	// approval on 2026-02-20 (kept in the history).
	decided := func(e riskassess.Entry, status riskassess.ApprovalStatus, on string) riskassess.Entry {
		e.Base().Approval = riskassess.Approval{Status: status, DecidedOn: d(on),
			History: []riskassess.DecisionRecord{{Status: riskassess.StatusApproved, On: d("2026-02-20")}}}
		return e
	}
	// reverted gives e the approval decision status on on, taken after an
	// approval on 2026-02-20, and an approval again on again.
	reverted := func(e riskassess.Entry, status riskassess.ApprovalStatus, on, again string) riskassess.Entry {
		e.Base().Approval = riskassess.Approval{Status: riskassess.StatusApproved, DecidedOn: d(again),
			History: []riskassess.DecisionRecord{{Status: riskassess.StatusApproved, On: d("2026-02-20")}, {Status: status, On: d(on)},
				{Status: riskassess.StatusApproved, On: d(again)}}}
		return e
	}
	type due struct {
		kind riskassess.DueKind
		date string
	}
	type row struct {
		ID, Kind, Date, From string
		Months               int
	}
	tests := []struct {
		name      string
		entry     riskassess.Entry
		residual  riskassess.RiskLevel
		intervals riskassess.ReviewIntervals
		off       []riskassess.DueKind
		due       []due
		fy        riskassess.FiscalYear
		asOf      string
		want      []row
	}{
		{name: "next year: the yearly tasks and the review fall due in it", entry: social("x"), residual: riskassess.RiskMedium,
			due: []due{{riskassess.DuePassword, "2027-01-31"}, {riskassess.DuePlatformTerms, "2027-01-31"}, {riskassess.DueReview, "2027-01-31"}},
			fy:  2027, asOf: "2026-11-27",
			want: []row{
				{"x", "password", "2028-01-31", "2027-01-31", 12},
				{"x", "platform-terms-check", "2028-01-31", "2027-01-31", 12},
				{"x", "review", "2028-01-31", "2027-01-31", 12},
			}},
		{name: "this year: the turn the register dates is not repeated", entry: social("x"), residual: riskassess.RiskMedium,
			due: []due{{riskassess.DuePassword, "2027-01-31"}}, fy: 2026, asOf: "2026-11-27", want: nil},
		{name: "two years on: one turn a year", entry: social("x"), residual: riskassess.RiskMedium,
			due: []due{{riskassess.DuePassword, "2027-01-31"}}, fy: 2028, asOf: "2026-11-27",
			want: []row{{"x", "password", "2029-01-31", "2028-01-31", 12}}},
		{name: "31 January plus a month: 28 February, then 28 March", entry: social("x"), residual: riskassess.RiskCritical,
			intervals: riskassess.ReviewIntervals{Critical: 1},
			due:       []due{{riskassess.DueReview, "2027-01-31"}}, fy: 2026, asOf: "2026-11-27",
			want: []row{
				{"x", "review", "2027-02-28", "2027-01-31", 1},
				{"x", "review", "2027-03-28", "2027-02-28", 1},
			}},
		{name: "29 February plus a year: 28 February", entry: social("x"), residual: riskassess.RiskMedium,
			due: []due{{riskassess.DuePassword, "2028-02-29"}}, fy: 2028, asOf: "2027-12-01",
			want: []row{{"x", "password", "2029-02-28", "2028-02-29", 12}}},
		{name: "overdue: counted from the as-of date", entry: social("x"), residual: riskassess.RiskHigh,
			due: []due{{riskassess.DueReview, "2026-05-20"}}, fy: 2026, asOf: "2026-08-10",
			want: []row{{"x", "review", "2027-02-10", "2026-08-10", 6}}},
		{name: "high risk within the year: every 6 months", entry: social("x"), residual: riskassess.RiskHigh,
			due: []due{{riskassess.DueReview, "2026-05-01"}}, fy: 2026, asOf: "2026-04-10",
			want: []row{{"x", "review", "2026-11-01", "2026-05-01", 6}}},
		{name: "last day of the year counts, the next day does not", entry: social("x"), residual: riskassess.RiskMedium,
			due: []due{{riskassess.DuePassword, "2026-03-31"}, {riskassess.DuePlatformTerms, "2026-04-01"}}, fy: 2026, asOf: "2026-03-01",
			want: []row{{"x", "password", "2027-03-31", "2026-03-31", 12}}},
		{name: "expiries, contract ends, remediation and replies do not recur", entry: social("x"), residual: riskassess.RiskMedium,
			due: []due{{riskassess.DueCertificate, "2026-06-01"}, {riskassess.DueContractEnd, "2026-06-01"}, {riskassess.DueApproval, "2026-06-01"},
				{riskassess.DueRemediation, "2026-06-01"}, {riskassess.DueReply, "2026-06-01"}, {riskassess.DueISMAP, "2026-06-01"}},
			fy: 2027, asOf: "2026-04-01", want: nil},
		{name: "an item after the year adds nothing", entry: social("x"), residual: riskassess.RiskCritical,
			due: []due{{riskassess.DueReview, "2027-04-01"}}, fy: 2026, asOf: "2026-04-01", want: nil},
		{name: "contractor in contract: low risk reviewed yearly (re-evaluation)", entry: contractor("c", "2030-03-31"), residual: riskassess.RiskLow,
			intervals: riskassess.ReviewIntervals{Low: 24},
			due:       []due{{riskassess.DueReview, "2026-06-01"}}, fy: 2027, asOf: "2026-04-01",
			want: []row{{"c", "review", "2027-06-01", "2026-06-01", 12}}},
		{name: "contractor whose contracts ended: the review interval", entry: contractor("c", "2026-03-31"), residual: riskassess.RiskLow,
			intervals: riskassess.ReviewIntervals{Low: 24},
			due:       []due{{riskassess.DueReview, "2026-06-01"}}, fy: 2027, asOf: "2026-04-01", want: nil},
		{name: "contractor, re-evaluation switched off: the review interval", entry: contractor("c", "2030-03-31"), residual: riskassess.RiskLow,
			intervals: riskassess.ReviewIntervals{Low: 24}, off: []riskassess.DueKind{riskassess.DueReevaluation},
			due: []due{{riskassess.DueReview, "2026-06-01"}}, fy: 2028, asOf: "2026-04-01",
			want: []row{{"c", "review", "2028-06-01", "2026-06-01", 24}}},
		{name: "service: low risk reviewed yearly (operation review)", entry: service("s"), residual: riskassess.RiskLow,
			intervals: riskassess.ReviewIntervals{Low: 24},
			due:       []due{{riskassess.DueReview, "2026-06-01"}}, fy: 2027, asOf: "2026-04-01",
			want: []row{{"s", "review", "2027-06-01", "2026-06-01", 12}}},
		{name: "confirmation and report only while a contract is in force", entry: personal("c", "2027-06-30", ""), residual: riskassess.RiskMedium,
			due: []due{{riskassess.DueConfirmation, "2026-09-01"}, {riskassess.DueReport, "2026-05-01"}, {riskassess.DueOnsiteCheck, "2026-09-01"}},
			fy:  2027, asOf: "2026-04-01",
			want: []row{
				{"c", "report", "2027-05-01", "2026-05-01", 12},
				// the data are not returned: the on-site check goes on
				{"c", "onsite-check", "2027-09-01", "2026-09-01", 12},
			}},
		{name: "no on-site check once the data are returned", entry: personal("c", "2027-06-30", "2027-07-15"), residual: riskassess.RiskMedium,
			due: []due{{riskassess.DueOnsiteCheck, "2026-09-01"}}, fy: 2027, asOf: "2026-04-01", want: nil},
		{name: "no on-site check for work that does not call for it", entry: contractor("c", "2030-03-31"), residual: riskassess.RiskMedium,
			due: []due{{riskassess.DueOnsiteCheck, "2026-09-01"}}, fy: 2027, asOf: "2026-04-01", want: nil},
		{name: "contract ends within the year: yearly, then the interval", entry: contractor("c", "2027-08-31"), residual: riskassess.RiskLow,
			intervals: riskassess.ReviewIntervals{Low: 24},
			due:       []due{{riskassess.DueReview, "2026-06-01"}}, fy: 2028, asOf: "2026-04-01",
			want: nil}, // 2027-06-01 (in contract), then 2029-06-01: no contract on 2028-06-01
		{name: "contract in force a year on: yearly", entry: contractor("c", "2028-06-01"), residual: riskassess.RiskLow,
			intervals: riskassess.ReviewIntervals{Low: 24},
			due:       []due{{riskassess.DueReview, "2026-06-01"}}, fy: 2028, asOf: "2026-04-01",
			want: []row{{"c", "review", "2028-06-01", "2027-06-01", 12}}},
		// An entry retired or rejected by a decision dated after the
		// as-of date has no turn from that day: a record has no review
		// nor yearly task. Other decisions leave the turns as they are.
		{name: "account retired before the turns: none", entry: decided(social("x"), riskassess.StatusRetired, "2027-06-30"),
			residual: riskassess.RiskMedium,
			due:      []due{{riskassess.DuePassword, "2027-02-15"}, {riskassess.DueReview, "2027-02-20"}}, fy: 2027, asOf: "2026-11-27",
			want: nil},
		{name: "account retired within the year: the turns before it", entry: decided(social("x"), riskassess.StatusRetired, "2027-06-30"),
			residual: riskassess.RiskCritical, intervals: riskassess.ReviewIntervals{Critical: 2},
			due: []due{{riskassess.DueReview, "2027-04-15"}}, fy: 2027, asOf: "2027-04-01",
			want: []row{{"x", "review", "2027-06-15", "2027-04-15", 2}}},
		{name: "retired on the day of the turn: none", entry: decided(social("x"), riskassess.StatusRetired, "2027-06-15"),
			residual: riskassess.RiskCritical, intervals: riskassess.ReviewIntervals{Critical: 2},
			due: []due{{riskassess.DueReview, "2027-04-15"}}, fy: 2027, asOf: "2027-04-01",
			want: nil},
		{name: "contractor rejected on renewal: no turn after it", entry: decided(contractor("c", "2030-03-31"), riskassess.StatusRejected, "2027-05-01"),
			residual: riskassess.RiskMedium,
			due:      []due{{riskassess.DueConfirmation, "2027-01-10"}, {riskassess.DueReview, "2026-12-01"}}, fy: 2027, asOf: "2026-11-27",
			want: nil},
		{name: "approval renewed after the as-of date: the turns go on", entry: decided(contractor("c", "2030-03-31"), riskassess.StatusApproved, "2027-05-01"),
			residual: riskassess.RiskMedium,
			due:      []due{{riskassess.DueConfirmation, "2027-01-10"}}, fy: 2027, asOf: "2026-11-27",
			want: []row{{"c", "confirmation", "2028-01-10", "2027-01-10", 12}}},
		// A retirement or rejection that a later decision reverts stops
		// no turn: the entry is in use again, the work still to do.
		{name: "account retired, approved again a month later: the turns go on",
			entry:    reverted(social("x"), riskassess.StatusRetired, "2027-06-01", "2027-07-01"),
			residual: riskassess.RiskCritical, intervals: riskassess.ReviewIntervals{Critical: 2},
			due: []due{{riskassess.DueReview, "2027-04-15"}}, fy: 2027, asOf: "2027-04-01",
			want: []row{{"x", "review", "2027-06-15", "2027-04-15", 2}, {"x", "review", "2027-08-15", "2027-06-15", 2},
				{"x", "review", "2027-10-15", "2027-08-15", 2}, {"x", "review", "2027-12-15", "2027-10-15", 2}, {"x", "review", "2028-02-15", "2027-12-15", 2}}},
		{name: "contractor rejected, then approved: the turns go on",
			entry:    reverted(contractor("c", "2030-03-31"), riskassess.StatusRejected, "2027-05-01", "2027-06-01"),
			residual: riskassess.RiskMedium,
			due:      []due{{riskassess.DueConfirmation, "2027-01-10"}}, fy: 2027, asOf: "2026-11-27",
			want: []row{{"c", "confirmation", "2028-01-10", "2027-01-10", 12}}},
		{name: "account retired on the as-of date: no turn", entry: decided(social("x"), riskassess.StatusRetired, "2026-11-27"),
			residual: riskassess.RiskMedium,
			due:      []due{{riskassess.DuePassword, "2027-02-15"}}, fy: 2027, asOf: "2026-11-27",
			want: nil},
		{name: "account suspended after the as-of date: the turns go on", entry: decided(social("x"), riskassess.StatusSuspended, "2027-06-30"),
			residual: riskassess.RiskMedium,
			due:      []due{{riskassess.DuePassword, "2027-02-15"}}, fy: 2027, asOf: "2026-11-27",
			want: []row{{"x", "password", "2028-02-15", "2027-02-15", 12}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			reg := &riskassess.Register{Org: riskassess.Organisation{ReviewIntervals: tt.intervals, DueOff: tt.off}}
			b := tt.entry.Base()
			switch e := tt.entry.(type) {
			case *riskassess.Social:
				reg.Social = append(reg.Social, e)
			case *riskassess.Contractor:
				reg.Contractors = append(reg.Contractors, e)
			case *riskassess.Service:
				reg.Services = append(reg.Services, e)
			}
			a := riskassess.Assessment{Kind: tt.entry.Kind(), EntryID: b.ID, Residual: tt.residual}
			for _, x := range tt.due {
				a.Due = append(a.Due, riskassess.DueItem{Kind: x.kind, EntryKind: tt.entry.Kind(), EntryID: b.ID, Date: d(x.date)})
			}
			p := report.PlanYear(reg, []riskassess.Assessment{a}, tt.fy, d(tt.asOf))
			var got []row
			n := 0
			for _, m := range p.Months {
				for _, s := range m.Sections {
					for _, it := range s.Items {
						n++
						if !it.Expected {
							continue
						}
						if it.Overdue || it.Section != "koho" || it.Name.Ja != b.ID {
							t.Errorf("expected item %s %s: overdue %v, section %q, name %q", it.Kind, it.Date, it.Overdue, it.Section, it.Name.Ja)
						}
						got = append(got, row{it.EntryID, string(it.Kind), it.Date.String(), it.From.String(), it.Months})
					}
				}
			}
			if diff := cmp.Diff(tt.want, got); diff != "" {
				t.Errorf("expected turns (-want +got):\n%s", diff)
			}
			if n != p.Count {
				t.Errorf("Count = %d, the months hold %d items", p.Count, n)
			}
		})
	}
}
