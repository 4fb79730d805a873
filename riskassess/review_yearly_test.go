package riskassess

import (
	"testing"

	"github.com/google/go-cmp/cmp"
)

// TestReviewYearlyReevaluation: the catalogue re-evaluates a contractor
// with a contract in force (OUT-36) and reviews a service's operation
// (CLD-42) at least yearly, counted from last_reviewed, so the review
// falls due at the earlier of that and the interval of the residual risk.
// A low-residual service last reviewed 14 months before the as-of date
// had CLD-42 not met (期日 2026-09-27) while its review was due in 2028
// and no due list showed anything. Social accounts, contractors whose
// contracts have all ended and a bound switched off (Organisation.DueOff)
// keep the interval.
func TestReviewYearlyReevaluation(t *testing.T) {
	asOf := d(2026, 11, 27)
	type got struct {
		Date    Date
		Field   string
		Overdue bool
	}
	con := func(mod func(c *Contractor)) Entry {
		c := &Contractor{Common: Common{ID: "c", LastReviewed: d(2025, 9, 27)}}
		mod(c)
		return c
	}
	svc := func(mod func(s *Service)) Entry {
		s := &Service{Common: Common{ID: "s", LastReviewed: d(2025, 9, 27)}}
		mod(s)
		return s
	}
	for _, tc := range []struct {
		name     string
		e        Entry
		residual RiskLevel
		off      []DueKind
		want     got
	}{
		{"low contractor, no contract recorded", con(func(*Contractor) {}), RiskLow, nil, got{d(2026, 9, 27), "last_reviewed", true}},
		{"low contractor, contract in force", con(func(c *Contractor) { c.Contracts = []Contract{{ID: "k", To: d(2027, 3, 31)}} }),
			RiskLow, nil, got{d(2026, 9, 27), "last_reviewed", true}},
		{"low contractor, every contract ended", con(func(c *Contractor) {
			c.Contracts = []Contract{{ID: "k", To: d(2026, 3, 31), DataReturnedOn: d(2026, 4, 10)}}
		}), RiskLow, nil, got{d(2027, 9, 27), "last_reviewed", false}},
		{"low service, later decision", svc(func(s *Service) {
			s.Approval = Approval{Status: StatusApproved, DecidedOn: d(2026, 3, 19)}
		}), RiskLow, nil, got{d(2026, 9, 27), "last_reviewed", true}},
		{"medium service, decision the same day", svc(func(s *Service) {
			s.Approval = Approval{Status: StatusApproved, DecidedOn: d(2025, 9, 27)}
		}), RiskMedium, nil, got{d(2026, 9, 27), "last_reviewed", true}},
		{"low service, review log by the as-of date", svc(func(s *Service) {
			s.LastReviewed = d(2062, 1, 1)
			s.Reviews = []ReviewRecord{{On: d(2025, 10, 1)}, {On: d(2062, 1, 1)}}
		}), RiskLow, nil, got{d(2026, 10, 1), "reviews[0].on", true}},
		{"low service, last_reviewed after the as-of date, decision before", svc(func(s *Service) {
			s.LastReviewed = d(2062, 4, 15) // a slip for 2026
			s.Approval = Approval{Status: StatusApproved, DecidedOn: d(2026, 3, 19)}
		}), RiskLow, nil, got{asOf, "last_reviewed", true}},
		{"last_reviewed after the as-of date, the interval fell due earlier", svc(func(s *Service) {
			s.LastReviewed = d(2062, 4, 15)
			s.Approval = Approval{Status: StatusApproved, DecidedOn: d(2025, 10, 25)}
		}), RiskCritical, nil, got{d(2026, 1, 25), "approval.decided_on", true}},
		{"last_reviewed after the as-of date, an earlier review_due kept", svc(func(s *Service) {
			s.LastReviewed = d(2062, 4, 15)
			s.ReviewDue = d(2026, 6, 1)
			s.Approval = Approval{Status: StatusApproved, DecidedOn: d(2026, 3, 19)}
		}), RiskLow, nil, got{d(2026, 6, 1), "review_due", true}},
		{"contractor, last_reviewed after the as-of date, OUT-36 disabled", con(func(c *Contractor) {
			c.LastReviewed = d(2062, 4, 15)
			c.Approval = Approval{Status: StatusApproved, DecidedOn: d(2026, 3, 19)}
		}), RiskLow, []DueKind{DueReevaluation}, got{d(2028, 3, 19), "approval.decided_on", false}},
		{"earlier review_due kept", svc(func(s *Service) { s.ReviewDue = d(2026, 6, 1) }), RiskLow, nil, got{d(2026, 6, 1), "review_due", true}},
		{"later review_due not used", svc(func(s *Service) { s.ReviewDue = d(2027, 1, 1) }), RiskLow, nil, got{d(2026, 9, 27), "last_reviewed", true}},
		{"high contractor: the interval is earlier", con(func(*Contractor) {}), RiskHigh, nil, got{d(2026, 3, 27), "last_reviewed", true}},
		{"low social account: interval", &Social{Common: Common{ID: "x", LastReviewed: d(2025, 9, 27)}}, RiskLow, nil,
			got{d(2027, 9, 27), "last_reviewed", false}},
		{"OUT-36 disabled", con(func(*Contractor) {}), RiskLow, []DueKind{DueReevaluation}, got{d(2027, 9, 27), "last_reviewed", false}},
		{"CLD-42 disabled leaves contractors", con(func(*Contractor) {}), RiskLow, []DueKind{DueOperationReview}, got{d(2026, 9, 27), "last_reviewed", true}},
		{"CLD-42 disabled", svc(func(*Service) {}), RiskLow, []DueKind{DueOperationReview}, got{d(2027, 9, 27), "last_reviewed", false}},
	} {
		org := &Organisation{DueOff: tc.off}
		r := ReviewOf(org, tc.e, tc.residual, asOf)
		if diff := cmp.Diff(tc.want, got{r.Date, r.Field, r.Overdue}); diff != "" {
			t.Errorf("%s: ReviewOf (-want +got):\n%s\n%s", tc.name, diff, r.Reason.Ja)
		}
		// The review item of DueItems rests on the same field.
		var item got
		for _, it := range DueItems(org, tc.e, r.Date, asOf) {
			if it.Kind == DueReview {
				item = got{it.Date, it.Field, it.Overdue}
			}
		}
		if diff := cmp.Diff(tc.want, item); diff != "" {
			t.Errorf("%s: review item (-want +got):\n%s", tc.name, diff)
		}
	}
}
