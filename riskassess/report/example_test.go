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

// The register table is what the xlsx and CSV exports and the site's
// downloads write: one row per entry of a kind, typed cells with their
// display text. Here the columns a contractor's row starts with: the owner
// is shown by post and name (OwnerLabel), never by staff id.
func ExampleRegisterTable() {
	reg := &riskassess.Register{
		Org: riskassess.Organisation{
			Sections:  []riskassess.Section{{ID: "somu", Name: riskassess.T("総務課", "General Affairs")}},
			Positions: []riskassess.Position{{ID: "kacho", Title: riskassess.T("課長", "Head")}},
			People:    []riskassess.Person{{ID: "yamada", Name: riskassess.T("山田 太郎", "Taro Yamada"), Section: "somu", Position: "kacho"}},
		},
		Contractors: []*riskassess.Contractor{{Common: riskassess.Common{
			ID: "acme", Name: riskassess.T("アクメ株式会社", "Acme"),
			Owner: riskassess.Owner{Section: "somu", Position: "kacho", Person: "yamada"},
		}}},
	}
	t := report.RegisterTable(reg, nil, riskassess.KindContractor, "ja")
	for i, c := range t.Columns[:4] {
		fmt.Printf("%s (%s): %q\n", c.Title.In("en"), c.Key, t.Rows[0].Values[i].Text)
	}
	fmt.Println(report.OwnerLabel(&reg.Org, reg.Contractors[0].Owner, "en"))
	// Output:
	// ID (id): "acme"
	// Name (name): "アクメ株式会社"
	// Section (section): "総務課"
	// Owner (owner): "課長 山田 太郎"
	// Head Taro Yamada
}
