package catalog

import (
	"strings"
	"testing"
	"time"

	"github.com/gikai-sec/riskregister/riskassess"
	"github.com/gikai-sec/riskregister/riskassess/report"
)

// TestSignerProblemAgreesWithSignOffMismatches: validate's warning
// (report.SignOffMismatches) and APR-01 (signerProblem) judge a sign-off
// alike. A sign-off dated before the signer's first recorded post was not
// met by APR-01 but gave no warning.
func TestSignerProblemAgreesWithSignOffMismatches(t *testing.T) {
	d := func(y int, m time.Month, day int) riskassess.Date { return riskassess.NewDate(y, m, day) }
	org := riskassess.Organisation{
		Sections:  []riskassess.Section{{ID: "somu"}, {ID: "somu-shomu", Parent: "somu"}, {ID: "giji"}, {ID: "joho"}},
		Positions: []riskassess.Position{{ID: "kacho"}, {ID: "kakaricho"}},
		People: []riskassess.Person{
			// 課長 from 2026-04-01, nothing recorded before.
			{ID: "nagai", Name: riskassess.T("永井", "Nagai"), Section: "somu", Position: "kacho", From: d(2026, time.April, 1)},
			// 係長 until 2025-03-31, then a gap, then 課長 from 2025-10-01.
			{ID: "ogawa", Name: riskassess.T("小川", "Ogawa"), Section: "somu", Position: "kacho", From: d(2025, time.October, 1),
				Previous: []riskassess.Posting{{Section: "somu", Position: "kakaricho", Until: d(2025, time.March, 31)}}},
			// 課長 until 2026-03-31 (left).
			{ID: "sakamoto", Name: riskassess.T("坂本", "Sakamoto"), Section: "somu", Position: "kacho", Until: d(2026, time.March, 31)},
			// 課長 of another division throughout.
			{ID: "fujita", Name: riskassess.T("藤田", "Fujita"), Section: "giji", Position: "kacho"},
			// 課長 recorded in a unit below somu (the owner's line, below).
			{ID: "kubo", Name: riskassess.T("久保", "Kubo"), Section: "somu-shomu", Position: "kacho"},
		},
	}
	for _, tt := range []struct {
		name     string
		sg       riskassess.Signature
		flagged  bool
		wantText string // in the warning's Japanese message
		owner    string // the entry's owning section
	}{
		// The 課長 of another division for an entry of somu-shomu (under
		// somu, whose 課長 sakamoto was in post on 2026-03-01).
		{"another division's head", riskassess.Signature{Position: "kacho", Person: "fujita"}, true, "所管（somu-shomu）の", "somu-shomu"},
		{"another division's head, acting", riskassess.Signature{Position: "kacho", Person: "fujita", Acting: true}, false, "", "somu-shomu"},
		{"the owner's division head", riskassess.Signature{Position: "kacho", Person: "sakamoto"}, false, "", "somu-shomu"},
		{"a head in a unit below the owner", riskassess.Signature{Position: "kacho", Person: "kubo"}, false, "", "somu"},
		{"another division's head, nobody in the owner's line", riskassess.Signature{Position: "kacho", Person: "fujita"}, false, "", "joho"},
		{"in post", riskassess.Signature{Position: "kacho", Person: "nagai", On: d(2026, time.May, 1)}, false, "", ""},
		{"before the first recorded post", riskassess.Signature{Position: "kacho", Person: "nagai", On: d(2025, time.May, 1)}, true, "2025-05-01 の在任の記録がありません", ""},
		{"between two recorded posts", riskassess.Signature{Position: "kacho", Person: "ogawa", On: d(2025, time.June, 1)}, true, "people の previous に記録", ""},
		{"in the previous post", riskassess.Signature{Position: "kakaricho", Person: "ogawa", On: d(2025, time.March, 1)}, false, "", ""},
		{"another position", riskassess.Signature{Position: "kakaricho", Person: "ogawa", On: d(2026, time.March, 1)}, true, "acting: true", ""},
		// Acting (代決・兼務): any post held that day, but in post.
		{"acting, another position", riskassess.Signature{Position: "kakaricho", Person: "ogawa", On: d(2026, time.March, 1), Acting: true}, false, "", ""},
		{"acting, after leaving", riskassess.Signature{Position: "kacho", Person: "sakamoto", On: d(2026, time.April, 1), Acting: true}, true, "在任していません", ""},
		{"acting, before the first recorded post", riskassess.Signature{Position: "kakaricho", Person: "nagai", On: d(2025, time.May, 1), Acting: true}, true, "在任の記録がありません", ""},
		{"after leaving", riskassess.Signature{Position: "kacho", Person: "sakamoto", On: d(2026, time.April, 1)}, true, "在任していません", ""},
		{"on the day decided, before the first post", riskassess.Signature{Position: "kacho", Person: "nagai"}, true, "2026-03-01", ""},
	} {
		t.Run(tt.name, func(t *testing.T) {
			decided := d(2026, time.March, 1)
			if tt.sg.On.After(decided) {
				// Decided on the day of the last sign-off, as the store
				// (and CheckEntry) wants it.
				decided = tt.sg.On
			}
			c := &riskassess.Contractor{}
			c.ID, c.Source, c.Owner.Section = "c", "contractors/c.yaml", tt.owner
			c.Approval = riskassess.Approval{Status: riskassess.StatusApproved, DecidedOn: decided, Signatures: []riskassess.Signature{tt.sg}}
			reg := &riskassess.Register{Org: org, Contractors: []*riskassess.Contractor{c}}
			ws := report.SignOffMismatches(reg)
			apr, _ := signerProblem(&reg.Org, c.Owner.Section, tt.sg, decided)
			if (len(ws) > 0) != tt.flagged || (apr != "") != tt.flagged {
				t.Fatalf("warnings %v, APR-01 %q; want both flagged = %v", ws, apr, tt.flagged)
			}
			if tt.wantText != "" && !strings.Contains(ws[0].Message.Ja, tt.wantText) {
				t.Errorf("warning %q does not say %q", ws[0].Message.Ja, tt.wantText)
			}
			if tt.flagged && (!strings.HasPrefix(ws[0].Message.Ja, "approval.signatures[0].person: ") || ws[0].Message.En == "") {
				t.Errorf("warning %+v does not name the field in both languages", ws[0].Message)
			}
		})
	}
}
