package diff_test

import (
	"fmt"
	"time"

	"github.com/gikai-sec/riskregister/riskassess"
	"github.com/gikai-sec/riskregister/riskassess/catalog"
	"github.com/gikai-sec/riskregister/riskassess/diff"
)

// snapshot assesses reg with reqs and the catalogue's blocker rules as of
// asOf and names it label.
func snapshot(label string, reg *riskassess.Register, reqs []riskassess.Requirement, asOf riskassess.Date) *diff.Snapshot {
	sc := riskassess.Scorer{Blockers: catalog.Blockers()}
	as, err := sc.AssessAll(reg, reqs, asOf)
	if err != nil {
		panic(err)
	}
	return &diff.Snapshot{Label: label, AsOf: asOf, Register: reg, Requirements: reqs, Scorer: sc, Assessments: as}
}

// A web-forms service answers its open question between the end of the
// fiscal year and today, and a contractor is added: Compare names the new
// entry and the risk change, both in register order.
func ExampleCompare() {
	reqs := []riskassess.Requirement{{
		ID: "MY-1", Kinds: []riskassess.Kind{riskassess.KindService, riskassess.KindContractor},
		Severity: riskassess.SeverityHigh, Title: riskassess.T("暗号化", "Encryption"),
		Question:    &riskassess.Question{ID: "Q1", Type: riskassess.AnswerYesNo},
		Remediation: riskassess.T("暗号化する", "Encrypt"),
	}}
	service := func(answer string) *riskassess.Service {
		s := &riskassess.Service{
			Common: riskassess.Common{ID: "web-forms", Name: riskassess.T("電子申請", "Web forms"),
				Owner: riskassess.Owner{Section: "somu"}, LastReviewed: riskassess.NewDate(2026, time.January, 15)},
			ContractType: riskassess.ContractNegotiated,
			Class:        riskassess.Classification{Confidentiality: "2"},
			PersonalData: true,
			Segments:     []riskassess.Segment{riskassess.SegmentInternet},
		}
		if answer != "" {
			s.Answers = map[string]riskassess.Answer{"Q1": {Value: answer}}
		}
		return s
	}
	before := &riskassess.Register{Services: []*riskassess.Service{service("")}}
	after := &riskassess.Register{
		Contractors: []*riskassess.Contractor{{Common: riskassess.Common{ID: "acme", Name: riskassess.T("アクメ", "Acme"),
			Owner: riskassess.Owner{Section: "somu"}}}},
		Services: []*riskassess.Service{service("yes")},
	}
	ch, err := diff.Compare(
		snapshot("令和7年度末", before, reqs, riskassess.NewDate(2026, time.March, 31)),
		snapshot("today", after, reqs, riskassess.NewDate(2026, time.November, 27)))
	if err != nil {
		fmt.Println(err)
		return
	}
	for _, a := range ch.Added {
		fmt.Println("added:", a.Kind, a.ID, a.Name.In("en"))
	}
	for _, r := range ch.Risk {
		fmt.Println("risk:", r.ID, r.FromResidual, "→", r.ToResidual, r.FromDecision, "→", r.ToDecision)
	}
	fmt.Println("empty:", ch.Empty())
	// Output:
	// added: contractor acme Acme
	// risk: web-forms high → low conditional → approve
	// empty: false
}
