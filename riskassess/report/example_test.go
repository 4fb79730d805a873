package report_test

import (
	"fmt"

	"github.com/gikai-sec/riskregister/riskassess"
	"github.com/gikai-sec/riskregister/riskassess/report"
)

// ExampleCouncilItems decides the council-wide self-check items of a small
// register: an active account that is not on the public list fails CW-01,
// and its owner's post, held by nobody, and its missing responsible person
// fail CW-03.
func ExampleCouncilItems() {
	reg := &riskassess.Register{
		Org: riskassess.Organisation{Sections: []riskassess.Section{{ID: "koho"}}, Positions: []riskassess.Position{{ID: "kacho"}}},
		Social: []*riskassess.Social{{
			Common: riskassess.Common{ID: "x-gikai", Owner: riskassess.Owner{Section: "koho", Position: "kacho"}},
			Status: riskassess.AccountActive,
		}},
	}
	asOf, _ := riskassess.ParseDate("2026-05-01")
	for _, it := range report.CouncilItems(reg, nil, asOf, nil) {
		fmt.Printf("%s %s", it.ID, it.Outcome)
		for _, g := range it.Gaps {
			fmt.Printf(" %s/%s:%s", g.Kind, g.EntryID, g.Field)
		}
		fmt.Println()
	}
	// Output:
	// CW-01 not-met social/x-gikai:listed_on
	// CW-02 not-applicable
	// CW-03 not-met social/x-gikai:owner social/x-gikai:responsible
	// CW-04 not-applicable
}
