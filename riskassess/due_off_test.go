package riskassess

import (
	"errors"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
)

// TestDueOff: a yearly task the organisation switched off
// (Organisation.DueOff, which the loader fills from requirements.disable)
// has no due item, no expiry finding and no approval condition, in
// DueItems, Assess, AssessAll and Assessor alike; with nothing switched
// off everything is as before. A council that disabled OUT-31 still had
// the on-site check due, EXP-ONSITE not met (high at class 3C) and an
// approval condition.
//
// The tasks of the requirements Organisation.Requirements.Disable lists
// are switched off as well, with DueOff not set (a register loaded with
// store.Load, or built in Go, and assessed against catalog.ForOrg's
// requirements): before, disabling OUT-31 or SNS-14 still gave their due
// items and EXP-ONSITE. Disabling another requirement (SNS-18) switches
// nothing off.
func TestDueOff(t *testing.T) {
	con := &Contractor{
		Common: Common{ID: "acme", Owner: Owner{Section: "somu"}, LastReviewed: d(2026, 3, 1), Approval: Approval{Status: StatusApproved}},
		Contracts: []Contract{{ID: "c1", To: d(2027, 3, 31),
			Information: []InformationAccess{{Class: Classification{Confidentiality: "3C"}, PersonalData: true}}}},
		LastOnsiteCheck: d(2025, 1, 10), // due 2026-01-10: overdue
	}
	soc := &Social{Common: Common{ID: "x", Owner: Owner{Section: "kouhou"}, LastReviewed: d(2026, 3, 1), Approval: Approval{Status: StatusApproved}},
		PasswordChangedOn: d(2025, 2, 1), Status: AccountActive} // due 2026-02-01: overdue
	reqs := []Requirement{fixed("OUT-01", SeverityLow, OutcomeMet, KindContractor), fixed("SNS-01", SeverityLow, OutcomeMet, KindSocial)}

	type got struct {
		ContractorDue []DueKind
		SocialDue     []DueKind
		Findings      []string // requirement outcome severity of the expiry findings
		Conditions    []string // the requirement ids the conditions name
	}
	kindsOf := func(items []DueItem) []DueKind {
		var out []DueKind
		for _, it := range items {
			out = append(out, it.Kind)
		}
		return out
	}
	summary := func(as []Assessment) got {
		var g got
		for _, a := range as {
			switch a.Kind {
			case KindContractor:
				g.ContractorDue = kindsOf(a.Due)
			case KindSocial:
				g.SocialDue = kindsOf(a.Due)
			}
			for _, f := range a.Findings {
				if strings.HasPrefix(f.Requirement, "EXP-") {
					g.Findings = append(g.Findings, a.EntryID+" "+f.Requirement+" "+string(f.Outcome)+" "+string(f.Severity))
				}
			}
			for _, c := range a.Conditions {
				id, _, _ := strings.Cut(c.Ja, ":")
				g.Conditions = append(g.Conditions, a.EntryID+" "+id)
			}
		}
		return g
	}
	all := got{
		// The review: last reviewed 2026-03-01, due a year later at the latest
		// (the yearly re-evaluation, OUT-36), before the contract ends.
		ContractorDue: []DueKind{DueOnsiteCheck, DueReview, DueContractEnd},
		SocialDue:     []DueKind{DuePassword, DueReview},
		Findings:      []string{"acme EXP-ONSITE not-met high"},
		Conditions:    []string{"acme EXP-ONSITE"},
	}
	onsiteOff := got{
		ContractorDue: []DueKind{DueReview, DueContractEnd},
		SocialDue:     []DueKind{DuePassword, DueReview},
	}
	passwordOff := got{
		ContractorDue: all.ContractorDue,
		SocialDue:     []DueKind{DueReview},
		Findings:      all.Findings,
		Conditions:    all.Conditions,
	}
	for _, tc := range []struct {
		name    string
		off     []DueKind
		disable []string // Organisation.Requirements.Disable
		want    got
	}{
		{"nothing switched off", nil, nil, all},
		{"empty list", []DueKind{}, nil, all},
		{"on-site check", []DueKind{DueOnsiteCheck}, nil, onsiteOff},
		{"password", []DueKind{DuePassword}, nil, passwordOff},
		{"both, twice", []DueKind{DuePassword, DueOnsiteCheck, DuePassword}, nil, got{
			ContractorDue: []DueKind{DueReview, DueContractEnd},
			SocialDue:     []DueKind{DueReview},
		}},
		{"OUT-31 disabled, DueOff not set", nil, []string{"OUT-31"}, onsiteOff},
		{"SNS-18 and SNS-14 disabled, DueOff not set", nil, []string{"SNS-18", "SNS-14"}, passwordOff},
		{"SNS-18 disabled: nothing switched off", nil, []string{"SNS-18"}, all},
		{"OUT-31 disabled, password in DueOff", []DueKind{DuePassword}, []string{"OUT-31"}, got{
			ContractorDue: []DueKind{DueReview, DueContractEnd},
			SocialDue:     []DueKind{DueReview},
		}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			org := testOrg()
			org.DueOff = tc.off
			org.Requirements.Disable = tc.disable
			reg := &Register{Org: *org, Contractors: []*Contractor{con}, Social: []*Social{soc}}
			sc := Scorer{Blockers: []BlockerRule{}}
			as, err := sc.AssessAll(reg, reqs, asOf)
			if err != nil {
				t.Fatal(err)
			}
			if diff := cmp.Diff(tc.want, summary(as)); diff != "" {
				t.Errorf("AssessAll (-want +got):\n%s", diff)
			}
			assess, err := sc.Assessor(&reg.Org, reqs)
			if err != nil {
				t.Fatal(err)
			}
			for i, e := range reg.Entries() {
				one := mustAssess(sc.Assess(&reg.Org, reqs, e, asOf))
				if diff := cmp.Diff(as[i], one); diff != "" {
					t.Errorf("Assess(%s) differs from AssessAll (-all +one):\n%s", e.Base().ID, diff)
				}
				if diff := cmp.Diff(as[i], assess(e, asOf)); diff != "" {
					t.Errorf("Assessor(%s) differs from AssessAll (-all +one):\n%s", e.Base().ID, diff)
				}
				// DueItems lists what Assess does.
				if diff := cmp.Diff(kindsOf(as[i].Due), kindsOf(DueItems(&reg.Org, e, as[i].NextReview, asOf))); diff != "" {
					t.Errorf("DueItems(%s) (-Assess +DueItems):\n%s", e.Base().ID, diff)
				}
			}
		})
	}
}

// TestDueOffRefusesOtherKinds: only the yearly tasks can be switched off;
// anything else in Organisation.DueOff is refused, not ignored.
func TestDueOffRefusesOtherKinds(t *testing.T) {
	reqs := []Requirement{fixed("OUT-01", SeverityLow, OutcomeMet, KindContractor)}
	con := &Contractor{Common: Common{ID: "acme", Owner: Owner{Section: "somu"}}}
	for _, k := range []DueKind{DueReview, DueApproval, DueRemediation, "onsite"} {
		org := testOrg()
		org.DueOff = []DueKind{DueOnsiteCheck, k}
		reg := &Register{Org: *org, Contractors: []*Contractor{con}}
		sc := Scorer{Blockers: []BlockerRule{}}
		if _, err := sc.AssessAll(reg, reqs, asOf); !errors.Is(err, ErrDueOff) || !strings.Contains(err.Error(), `"`+string(k)+`"`) {
			t.Errorf("AssessAll with DueOff %v: %v, want ErrDueOff naming %q", org.DueOff, err, k)
		}
		if _, err := sc.Assess(org, reqs, con, asOf); !errors.Is(err, ErrDueOff) {
			t.Errorf("Assess with DueOff %v: %v, want ErrDueOff", org.DueOff, err)
		}
		if _, err := sc.Assessor(org, reqs); !errors.Is(err, ErrDueOff) {
			t.Errorf("Assessor with DueOff %v: %v, want ErrDueOff", org.DueOff, err)
		}
	}
}
