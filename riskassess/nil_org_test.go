package riskassess

import (
	"encoding/json"
	"testing"

	"github.com/google/go-cmp/cmp"
)

// TestNilOrganisation: a nil organisation is the zero one (the default
// classification, intervals and matrix), as for Findings, ReviewOf and
// ApprovalRoute and as catalog.ForOrg(nil) reads it. Assess, Assessor,
// Inherent and DueItems used to panic on it (Organisation.Scheme).
func TestNilOrganisation(t *testing.T) {
	asOf := d(2026, 11, 27)
	entries := []Entry{
		&Contractor{Common: Common{ID: "acme", Owner: Owner{Section: "somu"}, LastReviewed: d(2026, 3, 1)},
			Contracts:       []Contract{{ID: "c1", To: d(2027, 3, 31), Information: []InformationAccess{{Class: Classification{Confidentiality: "3A"}, PersonalData: true}}}},
			LastOnsiteCheck: d(2025, 1, 10)},
		&Service{Common: Common{ID: "box", Owner: Owner{Section: "somu"}}, ContractType: ContractTerms, Class: Classification{Confidentiality: "2"}},
		&Social{Common: Common{ID: "x", Owner: Owner{Section: "kouhou"}}, PasswordChangedOn: d(2025, 2, 1), Status: AccountActive},
	}
	reqs := []Requirement{fixed("OUT-01", SeverityLow, OutcomeMet, KindContractor), fixed("CLD-01", SeverityHigh, OutcomeNotMet, KindService), fixed("SNS-01", SeverityLow, OutcomeMet, KindSocial)}
	sc := Scorer{Blockers: []BlockerRule{}}
	zero := &Organisation{}
	assessor, err := sc.Assessor(nil, reqs)
	if err != nil {
		t.Fatal(err)
	}
	js := func(v any) string {
		b, err := json.Marshal(v)
		if err != nil {
			t.Fatal(err)
		}
		return string(b)
	}
	for _, e := range entries {
		want, err := sc.Assess(zero, reqs, e, asOf)
		if err != nil {
			t.Fatal(err)
		}
		got, err := sc.Assess(nil, reqs, e, asOf)
		if err != nil {
			t.Fatalf("%s: Assess with a nil organisation: %v", e.Base().ID, err)
		}
		if d := cmp.Diff(js(want), js(got)); d != "" {
			t.Errorf("%s: Assess(nil) (-zero organisation +nil):\n%s", e.Base().ID, d)
		}
		if d := cmp.Diff(js(want), js(assessor(e, asOf))); d != "" {
			t.Errorf("%s: Assessor(nil) (-zero organisation +nil):\n%s", e.Base().ID, d)
		}
		if d := cmp.Diff(js(Inherent(zero, e, asOf)), js(Inherent(nil, e, asOf))); d != "" {
			t.Errorf("%s: Inherent(nil) (-zero organisation +nil):\n%s", e.Base().ID, d)
		}
		if d := cmp.Diff(js(DueItems(zero, e, asOf, asOf)), js(DueItems(nil, e, asOf, asOf))); d != "" {
			t.Errorf("%s: DueItems(nil) (-zero organisation +nil):\n%s", e.Base().ID, d)
		}
	}
}
