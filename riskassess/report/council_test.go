package report_test

import (
	"testing"

	"github.com/gikai-sec/riskregister/internal/synth"
	"github.com/gikai-sec/riskregister/riskassess"
	"github.com/gikai-sec/riskregister/riskassess/report"
	"github.com/google/go-cmp/cmp"
)

// councilRegister is a small council whose entries are all in order on
// 2026-05-01: an active account on the public list, a contractor whose
// contract has its clauses, every owner in post, every review on time.
func councilRegister() (*riskassess.Register, []riskassess.Assessment) {
	day := func(s string) riskassess.Date {
		d, err := riskassess.ParseDate(s)
		if err != nil {
			panic(err)
		}
		return d
	}
	reg := &riskassess.Register{
		Org: riskassess.Organisation{
			Sections:  []riskassess.Section{{ID: "koho"}, {ID: "giji"}},
			Positions: []riskassess.Position{{ID: "kacho"}},
			People: []riskassess.Person{
				{ID: "nagai", Section: "koho", Position: "kacho", From: day("2025-04-01")},
				{ID: "ueda", Section: "giji", Position: "kacho", From: day("2025-04-01")},
			},
		},
		Contractors: []*riskassess.Contractor{{
			Common:    riskassess.Common{ID: "acme", Owner: riskassess.Owner{Section: "giji", Position: "kacho"}},
			Contracts: []riskassess.Contract{{ID: "c1", To: day("2027-03-31")}},
		}},
		Social: []*riskassess.Social{{
			Common:      riskassess.Common{ID: "x-gikai", Owner: riskassess.Owner{Section: "koho", Position: "kacho"}},
			Responsible: riskassess.Owner{Section: "koho", Position: "kacho"},
			Status:      riskassess.AccountActive, ListedOn: "https://example.jp/sns",
		}},
	}
	as := []riskassess.Assessment{
		{Kind: riskassess.KindContractor, EntryID: "acme", Review: riskassess.Review{Date: day("2026-10-01")},
			Findings: []riskassess.Finding{{FindingSpec: &riskassess.FindingSpec{Requirement: "OUT-10"}, Outcome: riskassess.OutcomeMet, Evidence: "contracts[0].clauses"}}},
		{Kind: riskassess.KindSocial, EntryID: "x-gikai", Review: riskassess.Review{Date: day("2026-10-01")}},
	}
	return reg, as
}

func TestCouncilItems(t *testing.T) {
	asOf, _ := riskassess.ParseDate("2026-05-01")
	type got struct {
		Outcome riskassess.Outcome
		Checked int
		Gaps    []string // kind/id field
	}
	for _, tc := range []struct {
		name   string
		change func(*riskassess.Register, []riskassess.Assessment)
		in     func(riskassess.Entry) bool
		want   map[string]got
	}{
		{name: "all in order", change: func(*riskassess.Register, []riskassess.Assessment) {},
			want: map[string]got{
				"CW-01": {riskassess.OutcomeMet, 1, nil}, "CW-02": {riskassess.OutcomeMet, 1, nil},
				"CW-03": {riskassess.OutcomeMet, 2, nil}, "CW-04": {riskassess.OutcomeMet, 2, nil}}},
		{name: "account not on the public list", change: func(r *riskassess.Register, _ []riskassess.Assessment) { r.Social[0].ListedOn = "" },
			want: map[string]got{"CW-01": {riskassess.OutcomeNotMet, 1, []string{"social/x-gikai listed_on"}}}},
		{name: "suspended account not listed", change: func(r *riskassess.Register, _ []riskassess.Assessment) {
			r.Social[0].ListedOn, r.Social[0].Status = " ", riskassess.AccountSuspended
		}, want: map[string]got{"CW-01": {riskassess.OutcomeNotMet, 1, []string{"social/x-gikai listed_on"}}}},
		{name: "listed_on that the assessment reads as no listing", change: func(r *riskassess.Register, as []riskassess.Assessment) {
			r.Social[0].ListedOn = "未定"
			as[1].Findings = []riskassess.Finding{{FindingSpec: &riskassess.FindingSpec{Requirement: "SNS-02"}, Outcome: riskassess.OutcomeNotMet, Evidence: "listed_on"}}
		}, want: map[string]got{"CW-01": {riskassess.OutcomeNotMet, 1, []string{"social/x-gikai listed_on"}}}},
		{name: "listed_on on another site: partial, listed", change: func(_ *riskassess.Register, as []riskassess.Assessment) {
			as[1].Findings = []riskassess.Finding{{FindingSpec: &riskassess.FindingSpec{Requirement: "SNS-02"}, Outcome: riskassess.OutcomePartial, Evidence: "listed_on"}}
		}, want: map[string]got{"CW-01": {riskassess.OutcomeMet, 1, nil}}},
		{name: "retired account is a record", change: func(r *riskassess.Register, _ []riskassess.Assessment) {
			r.Social[0].ListedOn, r.Social[0].Status = "", riskassess.AccountRetired
		}, want: map[string]got{"CW-01": {riskassess.OutcomeNotApplicable, 0, nil}, "CW-03": {riskassess.OutcomeMet, 1, nil}}},
		{name: "contract missing a clause", change: func(_ *riskassess.Register, as []riskassess.Assessment) {
			as[0].Findings = append(as[0].Findings,
				riskassess.Finding{FindingSpec: &riskassess.FindingSpec{Requirement: "OUT-11"}, Outcome: riskassess.OutcomeNotMet, Evidence: "contracts[0].clauses"},
				// Not about a clause: not this item's business.
				riskassess.Finding{FindingSpec: &riskassess.FindingSpec{Requirement: "OUT-30"}, Outcome: riskassess.OutcomeNotMet, Evidence: "last_confirmed"})
		}, want: map[string]got{"CW-02": {riskassess.OutcomeNotMet, 1, []string{"contractor/acme contracts[0].clauses"}}}},
		{name: "contract ended, information returned", change: func(r *riskassess.Register, as []riskassess.Assessment) {
			r.Contractors[0].Contracts[0].To, _ = riskassess.ParseDate("2026-03-31")
			r.Contractors[0].Contracts[0].DataReturnedOn, _ = riskassess.ParseDate("2026-04-10")
		}, want: map[string]got{"CW-02": {riskassess.OutcomeNotApplicable, 0, nil}}},
		// Still holding the information, the ended contract is checked for
		// its clauses as the catalogue's clause requirements check it.
		{name: "contract ended, information not returned", change: func(r *riskassess.Register, as []riskassess.Assessment) {
			r.Contractors[0].Contracts[0].To, _ = riskassess.ParseDate("2026-03-31")
		}, want: map[string]got{"CW-02": {riskassess.OutcomeMet, 1, nil}}},
		{name: "owner's post vacant", change: func(r *riskassess.Register, _ []riskassess.Assessment) {
			r.Org.People = r.Org.People[:1] // ueda (giji kacho) gone
		}, want: map[string]got{"CW-03": {riskassess.OutcomeNotMet, 2, []string{"contractor/acme owner"}}}},
		{name: "owner names a section only", change: func(r *riskassess.Register, _ []riskassess.Assessment) {
			r.Contractors[0].Owner = riskassess.Owner{Section: "giji"}
		}, want: map[string]got{"CW-03": {riskassess.OutcomeNotMet, 2, []string{"contractor/acme owner"}}}},
		{name: "account's responsible person left", change: func(r *riskassess.Register, _ []riskassess.Assessment) {
			r.Social[0].Responsible = riskassess.Owner{Section: "koho", Position: "kacho", Person: "ueda"}
		}, want: map[string]got{"CW-03": {riskassess.OutcomeNotMet, 2, []string{"social/x-gikai responsible.person"}}}},
		{name: "account without a responsible person", change: func(r *riskassess.Register, _ []riskassess.Assessment) {
			r.Social[0].Responsible = riskassess.Owner{}
		}, want: map[string]got{"CW-03": {riskassess.OutcomeNotMet, 2, []string{"social/x-gikai responsible"}}}},
		{name: "review overdue", change: func(_ *riskassess.Register, as []riskassess.Assessment) {
			as[1].Review.Overdue, as[1].Review.Field = true, "last_reviewed"
		}, want: map[string]got{"CW-04": {riskassess.OutcomeNotMet, 2, []string{"social/x-gikai last_reviewed"}}}},
		{name: "scope leaves the failing entry out", change: func(r *riskassess.Register, _ []riskassess.Assessment) { r.Social[0].ListedOn = "" },
			in:   func(e riskassess.Entry) bool { return e.Base().Owner.Section == "giji" },
			want: map[string]got{"CW-01": {riskassess.OutcomeNotApplicable, 0, nil}, "CW-03": {riskassess.OutcomeMet, 1, nil}}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			reg, as := councilRegister()
			tc.change(reg, as)
			items := report.CouncilItems(reg, as, asOf, tc.in)
			if len(items) != 4 {
				t.Fatalf("%d items, want 4", len(items))
			}
			for _, it := range items {
				if it.Text.Ja == "" || it.Text.En == "" || it.Basis.Ja == "" || it.Basis.En == "" {
					t.Errorf("%s: a text is missing in one language: %+v", it.ID, it)
				}
				w, ok := tc.want[it.ID]
				if !ok {
					continue
				}
				g := got{Outcome: it.Outcome, Checked: it.Checked}
				for _, gp := range it.Gaps {
					g.Gaps = append(g.Gaps, string(gp.Kind)+"/"+gp.EntryID+" "+gp.Field)
					if gp.Message.Ja == "" || gp.Message.En == "" {
						t.Errorf("%s: gap %s/%s has no message in one language", it.ID, gp.Kind, gp.EntryID)
					}
				}
				if diff := cmp.Diff(w, g); diff != "" {
					t.Errorf("%s (-want +got):\n%s", it.ID, diff)
				}
			}
		})
	}
}

// TestCouncilItemsBrief checks that CouncilItemsBrief is CouncilItems
// without the gaps' messages, on a synthetic register with gaps in every
// item.
func TestCouncilItemsBrief(t *testing.T) {
	reg := synth.Generate(400, 3)
	for _, s := range reg.Social[:len(reg.Social)/2] {
		s.ListedOn = "" // CW-01's gaps: the synthetic accounts are all listed
	}
	// CW-03's gaps: an owner named by section alone, a vacant post.
	reg.Contractors[0].Owner = riskassess.Owner{Section: reg.Contractors[0].Owner.Section}
	reg.Contractors[1].Owner = riskassess.Owner{Section: reg.Contractors[1].Owner.Section, Position: "no-such-post"}
	asOf, _ := riskassess.ParseDate("2026-11-27")
	as := assessAll(t, reg, asOf)
	want := report.CouncilItems(reg, as, asOf, nil)
	for i := range want {
		if len(want[i].Gaps) == 0 {
			t.Fatalf("%s has no gap: the register does not test it", want[i].ID)
		}
		for j := range want[i].Gaps {
			if want[i].Gaps[j].Message == (riskassess.Text{}) {
				t.Fatalf("%s gap %d has no message", want[i].ID, j)
			}
			want[i].Gaps[j].Message = riskassess.Text{}
		}
	}
	if diff := cmp.Diff(want, report.CouncilItemsBrief(reg, as, asOf, nil)); diff != "" {
		t.Errorf("CouncilItemsBrief differs from CouncilItems without messages (-want +got):\n%s", diff)
	}
}
