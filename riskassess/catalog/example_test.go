package catalog_test

import (
	"errors"
	"fmt"

	"github.com/gikai-sec/riskregister/riskassess"
	"github.com/gikai-sec/riskregister/riskassess/catalog"
)

func Example() {
	reqs := catalog.Default()
	fmt.Println("requirements:", len(reqs))
	for _, r := range reqs {
		if r.ID != "SNS-13" {
			continue
		}
		fmt.Println(r.ID, r.Title.Ja, "/", r.Title.En, "/", r.Severity, r.Clause)
		fmt.Println("question:", r.Question.ID, r.Question.Type)
		s := &riskassess.Subject{
			Org:   &riskassess.Organisation{},
			Entry: &riskassess.Social{MFA: new(false)},
			AsOf:  riskassess.NewDate(2026, 11, 1),
		}
		res := r.Check(s)
		fmt.Println(res.Outcome, res.Evidence, res.Message.En)
	}
	// Output:
	// requirements: 106
	// SNS-13 多要素認証 / Multi-factor authentication / high 6(8)③ア
	// question: Q-SNS-13 yesno
	// not-met mfa recorded as false
}

func ExampleForOrg() {
	org := &riskassess.Organisation{Requirements: riskassess.RequirementSettings{
		Disable:  []string{"SNS-12"},
		Override: []riskassess.RequirementOverride{{ID: "OUT-99", Weight: 2}},
	}}
	_, err := catalog.ForOrg(org)
	fmt.Println(err)
	// Output:
	// register.yaml: requirements.override[0].id: unknown requirement "OUT-99"; only built-in requirements can be overridden (see docs/catalog.md)
}

// The catalogue's blocker rules are data passed to the scorer: a
// terms-based service handling class 2 information is rejected whatever
// its score.
func ExampleBlockers() {
	for _, b := range catalog.Blockers() {
		fmt.Println(b.ID)
	}
	svc := &riskassess.Service{
		Common:       riskassess.Common{ID: "free-chat"},
		ContractType: riskassess.ContractTerms,
		Class:        riskassess.Classification{Confidentiality: "2"},
	}
	org := &riskassess.Organisation{}
	sc := riskassess.Scorer{Blockers: catalog.Blockers()}
	a, err := sc.Assess(org, catalog.Default(), svc, riskassess.NewDate(2026, 11, 1))
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(a.Blockers[0].ID, a.Blockers[0].Evidence, a.Residual, a.Decision)

	_, err = riskassess.Scorer{}.Assess(org, catalog.Default(), svc, riskassess.NewDate(2026, 11, 1))
	fmt.Println(errors.Is(err, riskassess.ErrNoBlockers))
	// Output:
	// BLK-TERMS-CLASS2
	// BLK-SNS-NO-RESPONSIBLE
	// BLK-NO-CONFIDENTIALITY-CLAUSE
	// BLK-MYNUMBER-SEGMENT
	// BLK-CRITICAL-NOT-MET
	// BLK-TERMS-CLASS2 contract_type, class.confidentiality critical reject
	// true
}
