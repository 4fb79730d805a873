package riskassess

import (
	"testing"

	"github.com/google/go-cmp/cmp"
)

// TestDueItemsOversightTasks: the yearly tasks the catalogue judges with a
// deadline (OUT-30 measures confirmed, OUT-32 report received, CLD-47 and
// SNS-15 terms checked) are due items, dated as the catalogue dates them
// (last done + 12 months; done after the as-of date: due on it, overdue),
// so that due, the calendar, the workbook, the site and the year plan list
// them. A contractor whose annual check was overdue on its entry page
// (OUT-30 期限超過) was missing from every due list. The contractor's
// tasks stop when all its contracts have ended; a task switched off
// (Organisation.DueOff) gives no item.
func TestDueItemsOversightTasks(t *testing.T) {
	asOf := d(2026, 11, 27)
	type item struct {
		Kind    DueKind
		Date    Date
		Field   string
		Overdue bool
		Note    bool
	}
	con := func(mod func(c *Contractor)) Entry {
		c := &Contractor{Common: Common{ID: "c", Owner: Owner{Section: "s"}}}
		mod(c)
		return c
	}
	for _, tc := range []struct {
		name string
		e    Entry
		off  []DueKind
		want []item
	}{
		{"confirmation overdue, no contract recorded", con(func(c *Contractor) { c.LastConfirmed = d(2025, 11, 10) }), nil,
			[]item{{DueConfirmation, d(2026, 11, 10), "last_confirmed", true, false}}},
		{"confirmation with a contract in force to the as-of date", con(func(c *Contractor) {
			c.LastConfirmed = d(2026, 2, 1)
			c.Contracts = []Contract{{ID: "k", To: asOf}}
		}), nil, []item{{DueContractEnd, asOf, "contracts[0].to", false, false}, {DueConfirmation, d(2027, 2, 1), "last_confirmed", false, false}}},
		{"every contract ended: no oversight tasks", con(func(c *Contractor) {
			c.LastConfirmed = d(2025, 1, 1)
			c.Reports = []Report{{On: d(2025, 1, 1), Title: "r"}}
			c.Contracts = []Contract{{ID: "k", To: d(2026, 3, 31), DataReturnedOn: d(2026, 4, 10)}}
		}), nil, nil},
		{"confirmation after the as-of date", con(func(c *Contractor) { c.LastConfirmed = d(2062, 1, 1) }), nil,
			[]item{{DueConfirmation, asOf, "last_confirmed", true, true}}},
		{"latest report by the as-of date, in any order", con(func(c *Contractor) {
			c.Reports = []Report{{On: d(2026, 1, 15), Title: "b"}, {On: d(2025, 6, 1), Title: "a"}, {On: d(2026, 12, 1), Title: "later"}}
		}), nil, []item{{DueReport, d(2027, 1, 15), "reports[0].on", false, false}}},
		{"every report after the as-of date", con(func(c *Contractor) {
			c.Reports = []Report{{On: d(2026, 12, 1), Title: "later"}, {On: d(2027, 1, 1), Title: "latest"}}
		}), nil, []item{{DueReport, asOf, "reports[1].on", true, true}}},
		{"contractor tasks switched off", con(func(c *Contractor) {
			c.LastConfirmed = d(2025, 11, 10)
			c.Reports = []Report{{On: d(2025, 6, 1), Title: "a"}}
		}), []DueKind{DueConfirmation, DueReport}, nil},
		{"report switched off, confirmation kept", con(func(c *Contractor) {
			c.LastConfirmed = d(2025, 11, 10)
			c.Reports = []Report{{On: d(2025, 6, 1), Title: "a"}}
		}), []DueKind{DueReport}, []item{{DueConfirmation, d(2026, 11, 10), "last_confirmed", true, false}}},
		{"service terms", &Service{Common: Common{ID: "s"}, TermsCheckedOn: d(2025, 10, 1)}, nil,
			[]item{{DueTermsCheck, d(2026, 10, 1), "terms_checked_on", true, false}}},
		{"service terms switched off", &Service{Common: Common{ID: "s"}, TermsCheckedOn: d(2025, 10, 1)}, []DueKind{DueTermsCheck}, nil},
		{"platform terms; the service's switch leaves them", &Social{Common: Common{ID: "x"}, Status: AccountActive, TermsCheckedOn: d(2026, 1, 10)},
			[]DueKind{DueTermsCheck}, []item{{DuePlatformTerms, d(2027, 1, 10), "terms_checked_on", false, false}}},
		{"platform terms switched off", &Social{Common: Common{ID: "x"}, Status: AccountActive, TermsCheckedOn: d(2026, 1, 10)},
			[]DueKind{DuePlatformTerms}, nil},
		{"retired: none", &Service{Common: Common{ID: "s", Approval: Approval{Status: StatusRetired}}, TermsCheckedOn: d(2025, 10, 1)}, nil, nil},
	} {
		org := testOrg()
		org.DueOff = tc.off
		var got []item
		for _, it := range DueItems(org, tc.e, Date{}, asOf) {
			got = append(got, item{it.Kind, it.Date, it.Field, it.OverdueAsOf(asOf), it.Note != (Text{})})
		}
		if diff := cmp.Diff(tc.want, got); diff != "" {
			t.Errorf("%s: DueItems (-want +got):\n%s", tc.name, diff)
		}
	}
}

// TestLatestReportOn: the report the due item and the catalogue's OUT-32
// read is the latest dated by the as-of date (the first listed of a
// date), else the latest of those dated after it; -1 without reports.
func TestLatestReportOn(t *testing.T) {
	asOf := d(2026, 11, 27)
	for _, tc := range []struct {
		name string
		ons  []Date
		want int
	}{
		{"none", nil, -1},
		{"latest by the as-of date, a later one ignored", []Date{d(2025, 6, 1), d(2026, 12, 1), d(2026, 1, 15)}, 2},
		{"on the as-of date", []Date{d(2026, 1, 15), asOf}, 1},
		{"same date: first listed", []Date{d(2026, 1, 15), d(2026, 1, 15)}, 0},
		{"all after: the latest", []Date{d(2026, 12, 1), d(2027, 1, 1), d(2026, 12, 5)}, 1},
	} {
		k := &Contractor{}
		for _, on := range tc.ons {
			k.Reports = append(k.Reports, Report{On: on})
		}
		if diff := cmp.Diff(tc.want, k.LatestReportOn(asOf)); diff != "" {
			t.Errorf("%s: LatestReportOn (-want +got):\n%s", tc.name, diff)
		}
	}
}

// TestLastReviewedOn: the last re-evaluation by the as-of date (the yearly
// review bound and the catalogue's OUT-36/CLD-42) is last_reviewed, or,
// when that is after the as-of date, the review log's latest by then;
// without one, last_reviewed itself (after the as-of date: not done).
func TestLastReviewedOn(t *testing.T) {
	asOf := d(2026, 11, 27)
	type got struct {
		On    Date
		Field string
	}
	for _, tc := range []struct {
		name    string
		last    Date
		reviews []Date
		want    got
	}{
		{"none", Date{}, nil, got{Date{}, "last_reviewed"}},
		{"by the as-of date", d(2026, 3, 1), []Date{d(2026, 6, 1)}, got{d(2026, 3, 1), "last_reviewed"}},
		{"later: the log's latest by then", d(2026, 12, 1), []Date{d(2025, 5, 1), d(2026, 4, 1), d(2026, 12, 1)}, got{d(2026, 4, 1), "reviews[1].on"}},
		{"later, none in the log by then", d(2026, 12, 1), []Date{d(2026, 12, 1)}, got{d(2026, 12, 1), "last_reviewed"}},
		// The last_reviewed a record replaced (previous_review) is a
		// review held before it.
		{"later: the date the first record replaced", d(2026, 12, 1), []Date{d(2026, 12, 1)}, got{d(2026, 8, 5), "reviews[0].previous_review"}},
		{"later: a record after the date it replaced", d(2026, 12, 1), []Date{d(2026, 11, 1), d(2026, 12, 1)}, got{d(2026, 11, 1), "reviews[0].on"}},
		// Only the first record holds a replaced date (the store refuses
		// one elsewhere): a later record's is not a review the log holds.
		{"later: a date on a later record is not counted", d(2026, 12, 3), []Date{d(2025, 12, 1), d(2026, 12, 3)}, got{d(2025, 12, 1), "reviews[0].on"}},
		{"later: the replaced date after the as-of date", d(2026, 12, 1), []Date{d(2026, 12, 1)}, got{d(2026, 12, 1), "last_reviewed"}},
	} {
		c := &Common{LastReviewed: tc.last}
		for _, on := range tc.reviews {
			c.Reviews = append(c.Reviews, ReviewRecord{On: on})
		}
		switch tc.name {
		case "later: the date the first record replaced", "later: a record after the date it replaced":
			c.Reviews[0].PreviousReview = d(2026, 8, 5)
		case "later: a date on a later record is not counted":
			c.Reviews[1].PreviousReview = d(2026, 6, 1)
		case "later: the replaced date after the as-of date":
			c.Reviews[0].PreviousReview = d(2026, 11, 28)
		}
		on, field := c.LastReviewedOn(asOf)
		if diff := cmp.Diff(tc.want, got{on, field}); diff != "" {
			t.Errorf("%s: LastReviewedOn (-want +got):\n%s", tc.name, diff)
		}
	}
}

// TestContractInForceOn: a contract is in force until the end of its to
// date (none: open-ended); a contractor's oversight tasks apply while one
// is, or when none is recorded.
func TestContractInForceOn(t *testing.T) {
	asOf := d(2026, 11, 27)
	for _, tc := range []struct {
		name string
		tos  []Date
		want bool
	}{
		{"no contract recorded", nil, true},
		{"open-ended", []Date{{}}, true},
		{"ends on the as-of date", []Date{asOf}, true},
		{"ended the day before", []Date{d(2026, 11, 26)}, false},
		{"one ended, one in force", []Date{d(2025, 3, 31), d(2027, 3, 31)}, true},
		{"all ended", []Date{d(2025, 3, 31), d(2026, 3, 31)}, false},
	} {
		k := &Contractor{}
		for _, to := range tc.tos {
			k.Contracts = append(k.Contracts, Contract{To: to})
		}
		if diff := cmp.Diff(tc.want, k.ContractInForceOn(asOf)); diff != "" {
			t.Errorf("%s: ContractInForceOn (-want +got):\n%s", tc.name, diff)
		}
	}
}
