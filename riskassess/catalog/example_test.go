package catalog_test

import (
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
	// requirements: 105
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
