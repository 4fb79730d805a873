package riskassess

import (
	"testing"

	"github.com/google/go-cmp/cmp"
)

// TestAddMonthsMonthEnd: a period in months that starts on a day the end
// month does not have ends on that month's last day (民法 143, Excel's
// EDATE), not days into the next month as time.AddDate overflows it. A
// review done on 31 May at high residual risk (6 months) was due on
// 1 December, so on that day due and check said "due today" of a review
// a day overdue; a yearly task done on 29 February 2024 was due on
// 1 March 2025.
func TestAddMonthsMonthEnd(t *testing.T) {
	for _, tc := range []struct {
		from Date
		n    int
		want Date
	}{
		{d(2026, 5, 31), 6, d(2026, 11, 30)},
		{d(2026, 8, 31), 6, d(2027, 2, 28)},
		{d(2027, 8, 31), 6, d(2028, 2, 29)},
		{d(2024, 2, 29), 12, d(2025, 2, 28)},
		{d(2028, 2, 29), 24, d(2030, 2, 28)},
		{d(2028, 2, 29), 48, d(2032, 2, 29)},
		{d(2026, 1, 31), 1, d(2026, 2, 28)},
		{d(2026, 12, 31), 3, d(2027, 3, 31)},
		{d(2026, 10, 31), -1, d(2026, 9, 30)},
		{d(2026, 3, 31), -1, d(2026, 2, 28)},
		{d(2026, 4, 30), 1, d(2026, 5, 30)},
		{d(2026, 11, 30), 3, d(2027, 2, 28)},
		{d(2026, 4, 1), 12, d(2027, 4, 1)},
		{NewDate(12000, 1, 31), 1, NewDate(12000, 2, 29)}, // outside the fast path
	} {
		if got := tc.from.AddMonths(tc.n); got != tc.want {
			t.Errorf("%v.AddMonths(%d) = %v, want %v", tc.from, tc.n, got, tc.want)
		}
	}
}

// TestDueAtMonthEnd: the review and the yearly tasks counted from a day
// the due month does not have fall due on that month's last day, and are
// overdue the day after it.
func TestDueAtMonthEnd(t *testing.T) {
	type got struct {
		Date    Date
		Overdue bool
	}
	for _, tc := range []struct {
		name     string
		e        Entry
		residual RiskLevel
		kind     DueKind
		asOf     Date
		want     got
	}{
		{"high: review 6 months after 31 May", &Social{Common: Common{ID: "x", LastReviewed: d(2026, 5, 31)}},
			RiskHigh, DueReview, d(2026, 12, 1), got{d(2026, 11, 30), true}},
		{"critical: review 3 months after 30 November", &Social{Common: Common{ID: "x", LastReviewed: d(2026, 11, 30)}},
			RiskCritical, DueReview, d(2027, 3, 1), got{d(2027, 2, 28), true}},
		{"low social: review 24 months after a leap day", &Social{Common: Common{ID: "x", LastReviewed: d(2028, 2, 29)}},
			RiskLow, DueReview, d(2030, 3, 1), got{d(2030, 2, 28), true}},
		{"service: yearly review after a leap day", &Service{Common: Common{ID: "s", LastReviewed: d(2028, 2, 29)}},
			RiskLow, DueReview, d(2029, 3, 1), got{d(2029, 2, 28), true}},
		{"confirmation a year after a leap day", &Contractor{Common: Common{ID: "c", LastReviewed: d(2024, 6, 1)},
			LastConfirmed: d(2024, 2, 29)}, RiskLow, DueConfirmation, d(2025, 3, 1), got{d(2025, 2, 28), true}},
		{"password changed on a leap day", &Social{Common: Common{ID: "x", LastReviewed: d(2028, 6, 1)},
			PasswordChangedOn: d(2028, 2, 29)}, RiskLow, DuePassword, d(2029, 3, 1), got{d(2029, 2, 28), true}},
	} {
		org := &Organisation{}
		r := ReviewOf(org, tc.e, tc.residual, tc.asOf)
		var item got
		for _, it := range DueItems(org, tc.e, r.Date, tc.asOf) {
			if it.Kind == tc.kind {
				item = got{it.Date, it.Overdue}
			}
		}
		if diff := cmp.Diff(tc.want, item); diff != "" {
			t.Errorf("%s: %s item (-want +got):\n%s", tc.name, tc.kind, diff)
		}
	}
}
