package report_test

import (
	"encoding/json"
	"fmt"
	"testing"

	"github.com/gikai-sec/riskregister/riskassess"
	"github.com/gikai-sec/riskregister/riskassess/report"
	"github.com/google/go-cmp/cmp"
)

func TestNeutraliseFormula(t *testing.T) {
	tests := []struct{ in, want string }{
		{"", ""},
		{"普通の名前", "普通の名前"},
		{"=HYPERLINK(\"http://evil.example\",\"x\")", "'=HYPERLINK(\"http://evil.example\",\"x\")"},
		{"+cmd|' /C calc'!A0", "'+cmd|' /C calc'!A0"},
		{"-2+3", "'-2+3"},
		{"@SUM(1)", "'@SUM(1)"},
		{"\t=1", "'\t=1"},
		{"\r=1", "'\r=1"},
		{"a=1", "a=1"},
		{"'already", "'already"},
		{"＝全角", "＝全角"},
	}
	for _, tt := range tests {
		if got := report.NeutraliseFormula(tt.in); got != tt.want {
			t.Errorf("NeutraliseFormula(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func exportDate(s string) riskassess.Date {
	v, err := riskassess.ParseDate(s)
	if err != nil {
		panic(err)
	}
	return v
}

func TestDueList(t *testing.T) {
	asOf := exportDate("2026-04-01")
	as := []riskassess.Assessment{
		{Kind: riskassess.KindService, EntryID: "forms", Due: []riskassess.DueItem{
			{Kind: riskassess.DueReview, EntryKind: riskassess.KindService, EntryID: "forms", Date: exportDate("2026-05-01")},
			{Kind: riskassess.DueISMAP, EntryKind: riskassess.KindService, EntryID: "forms", Date: exportDate("2026-03-31")},
			{Kind: riskassess.DueContractEnd, EntryKind: riskassess.KindService, EntryID: "forms", Date: exportDate("2026-07-01")}, // outside 90d
		}},
		{Kind: riskassess.KindContractor, EntryID: "acme", Due: []riskassess.DueItem{
			{Kind: riskassess.DueReview, Date: exportDate("2026-05-01")}, // entry kind/id filled from the assessment
			{Kind: riskassess.DueCertificate, EntryKind: riskassess.KindContractor, EntryID: "acme", Date: exportDate("2026-05-01"), What: "IS 123"},
			{Kind: riskassess.DueApproval, EntryKind: riskassess.KindContractor, EntryID: "acme", Date: exportDate("2026-06-30")}, // day 90: inside
		}},
		{Kind: riskassess.KindSocial, EntryID: "x", Due: []riskassess.DueItem{
			{Kind: riskassess.DueReview, EntryKind: riskassess.KindSocial, EntryID: "x", Date: exportDate("2026-05-01")},
			{Kind: riskassess.DuePassword, EntryKind: riskassess.KindSocial, EntryID: "x", Date: exportDate("2026-04-01")}, // due today: not overdue
		}},
	}
	got := report.DueList(as, asOf, 90)
	type row struct {
		Date    string
		Kind    riskassess.DueKind
		Entry   string
		Overdue bool
	}
	var rows []row
	for _, it := range got {
		rows = append(rows, row{it.Date.String(), it.Kind, string(it.EntryKind) + "/" + it.EntryID, it.Overdue})
	}
	want := []row{
		{"2026-03-31", riskassess.DueISMAP, "service/forms", true},
		{"2026-04-01", riskassess.DuePassword, "social/x", false},
		{"2026-05-01", riskassess.DueCertificate, "contractor/acme", false},
		{"2026-05-01", riskassess.DueReview, "contractor/acme", false},
		{"2026-05-01", riskassess.DueReview, "service/forms", false},
		{"2026-05-01", riskassess.DueReview, "social/x", false},
		{"2026-06-30", riskassess.DueApproval, "contractor/acme", false},
	}
	if diff := cmp.Diff(want, rows); diff != "" {
		t.Errorf("DueList (-want +got):\n%s", diff)
	}
	if n := len(report.DueList(as, asOf, 0)); n != 2 {
		t.Errorf("DueList(0 days) has %d items, want 2 (overdue + today)", n)
	}
}

func TestNewExportDocument(t *testing.T) {
	reg := &riskassess.Register{
		Org: riskassess.Organisation{Name: riskassess.T("調布市議会", "Chofu City Council")},
		Contractors: []*riskassess.Contractor{{Common: riskassess.Common{ID: "acme", Source: "contractors/acme.yaml",
			Name: riskassess.T("アクメ", "")}}},
		Services: []*riskassess.Service{{Common: riskassess.Common{ID: "forms", Source: "services/forms.yaml"}}},
	}
	asOf := exportDate("2026-04-01")
	as := []riskassess.Assessment{
		{Kind: riskassess.KindContractor, EntryID: "acme", Residual: riskassess.RiskHigh, Decision: riskassess.DecisionConditional,
			Due: []riskassess.DueItem{{Kind: riskassess.DueReview, Date: exportDate("2026-01-01")}}},
		{Kind: riskassess.KindService, EntryID: "forms", Residual: riskassess.RiskCritical, Decision: riskassess.DecisionReject,
			Blockers: []riskassess.Blocker{{ID: "CLD-01"}}},
	}
	doc := report.NewExportDocument(reg, as, asOf, "2026.1")
	wantSummary := report.ExportSummary{
		Entries:      2,
		ByKind:       map[riskassess.Kind]int{"contractor": 1, "service": 1, "social": 0},
		ByResidual:   map[riskassess.RiskLevel]int{"low": 0, "medium": 0, "high": 1, "critical": 1},
		ByDecision:   map[riskassess.Decision]int{"approve": 0, "conditional": 1, "reject": 1, "record": 0},
		Blocked:      1,
		OverdueItems: 1,
	}
	if diff := cmp.Diff(wantSummary, doc.Summary); diff != "" {
		t.Errorf("Summary (-want +got):\n%s", diff)
	}
	// The first review of an entry never reviewed is dated the as-of date
	// and overdue (as due, check and the site count it): it is one of the
	// summary's overdue items. A due item of the as-of date that is not
	// overdue (a password change due today) is not.
	as[1].Due = []riskassess.DueItem{
		{Kind: riskassess.DueReview, Date: asOf, Overdue: true, Note: riskassess.T("見直し・決定の記録なし（最初の見直し）", "never reviewed nor decided (first review)")},
		{Kind: riskassess.DueContractEnd, Date: asOf},
	}
	if got := report.NewExportDocument(reg, as, asOf, "2026.1").Summary.OverdueItems; got != 2 {
		t.Errorf("OverdueItems with a first review due on the as-of date = %d, want 2", got)
	}
	if len(doc.Entries) != 2 || doc.Entries[0].Contractor == nil || doc.Entries[1].Service == nil ||
		doc.Entries[0].Source != "contractors/acme.yaml" || doc.Entries[1].Assessment.Residual != riskassess.RiskCritical {
		t.Errorf("Entries = %+v", doc.Entries)
	}
	b, err := json.Marshal(doc)
	if err != nil {
		t.Fatal(err)
	}
	var back map[string]any
	if err := json.Unmarshal(b, &back); err != nil {
		t.Fatal(err)
	}
	if back["as_of"] != "2026-04-01" || back["version"] != report.ExportVersion {
		t.Errorf("JSON as_of/version = %v/%v", back["as_of"], back["version"])
	}
}

func TestRegisterTable(t *testing.T) {
	reg := &riskassess.Register{
		Org: riskassess.Organisation{
			Sections:  []riskassess.Section{{ID: "sec", Name: riskassess.T("議会事務局", "Secretariat")}},
			Positions: []riskassess.Position{{ID: "chief", Title: riskassess.T("課長", "Chief")}},
			People:    []riskassess.Person{{ID: "yamada", Name: riskassess.T("山田 太郎", "Taro Yamada")}},
		},
		Contractors: []*riskassess.Contractor{{
			Common: riskassess.Common{ID: "acme", Name: riskassess.T("アクメ", "Acme"),
				Owner:    riskassess.Owner{Section: "sec", Position: "chief", Person: "yamada"},
				Approval: riskassess.Approval{Status: riskassess.StatusApproved, DecidedOn: exportDate("2025-04-01"), ValidUntil: exportDate("2027-03-31")}},
			CorporateNumber: "1234567890123",
			Contracts:       []riskassess.Contract{{ID: "C-1", Scope: "保守", From: exportDate("2025-04-01"), To: exportDate("2026-03-31")}, {ID: "C-2", Scope: "運用"}},
			Certifications:  []riskassess.Certification{{Type: riskassess.CertISMS, Number: "IS 1", ValidUntil: exportDate("2027-01-01")}},
		}},
		Services: []*riskassess.Service{{
			Common:   riskassess.Common{ID: "forms", Name: riskassess.T("フォーム", "")},
			Provider: riskassess.Provider{Contractor: "acme"}, ContractType: riskassess.ContractTerms, Delivery: riskassess.DeliverySaaS,
			ISMAP:         &riskassess.ISMAP{List: riskassess.ISMAPLIU, Number: "L-1", ValidUntil: exportDate("2026-12-31")},
			DataLocations: []riskassess.DataLocation{{Country: "JP", Region: "東京"}, {Country: "JP"}},
		}},
		Social: []*riskassess.Social{{Common: riskassess.Common{ID: "x"}, Platform: riskassess.PlatformX, Handle: "@gikai", URL: "https://x.com/gikai", Status: riskassess.AccountActive}},
	}
	as := []riskassess.Assessment{{Kind: riskassess.KindContractor, EntryID: "acme", Inherent: riskassess.RiskHigh, ControlScore: 66.666,
		Residual: riskassess.RiskMedium, Decision: riskassess.DecisionConditional, NextReview: exportDate("2026-10-01")}}
	cells := func(tb report.Table) []map[string]string {
		var out []map[string]string
		for _, r := range tb.Rows {
			m := map[string]string{}
			for i, c := range tb.Columns {
				if r.Values[i].Text != "" {
					m[c.Key] = r.Values[i].Text
				}
			}
			out = append(out, m)
		}
		return out
	}
	want := map[riskassess.Kind][]map[string]string{
		riskassess.KindContractor: {{"id": "acme", "name": "アクメ", "section": "議会事務局", "owner": "課長 山田 太郎", "approval_status": "承認",
			"approved_on": "2025-04-01", "approval_valid_until": "2027-03-31", "inherent": "高", "control_score": "66.7", "residual": "中",
			"decision": "条件付承認", "next_review": "2026-10-01", "corporate_number": "1234567890123",
			"contracts": "C-1 保守（2025-04-01〜2026-03-31）\nC-2 運用", "certifications": "ISMS（ISO/IEC 27001） IS 1（〜2027-01-01）"}},
		riskassess.KindService: {{"id": "forms", "name": "フォーム", "provider": "アクメ", "contract_type": "約款（利用規約）", "delivery": "インターネットSaaS",
			"ismap": "ISMAP-LIU L-1（〜2026-12-31）", "data_locations": "JP 東京, JP"}},
		riskassess.KindSocial: {{"id": "x", "platform": "X（旧Twitter）", "handle": "@gikai", "url": "https://x.com/gikai", "status": "運用中"}},
	}
	for _, k := range riskassess.Kinds() {
		tb := report.RegisterTable(reg, as, k, "ja")
		for _, r := range tb.Rows {
			if len(r.Values) != len(tb.Columns) {
				t.Fatalf("%s/%s: %d values for %d columns", k, r.ID, len(r.Values), len(tb.Columns))
			}
		}
		if diff := cmp.Diff(want[k], cells(tb)); diff != "" {
			t.Errorf("RegisterTable(%s) (-want +got):\n%s", k, diff)
		}
	}
	en := report.RegisterTable(reg, as, riskassess.KindContractor, "en")
	if en.Columns[1].Title.En != "Name" || en.Rows[0].Values[1].Text != "Acme" || en.Rows[0].Values[9].Text != "Medium" {
		t.Errorf("English table: %+v", en.Rows[0].Values)
	}
}

func ExampleNeutraliseFormula() {
	for _, s := range []string{"=1+2", "@SUM(A1)", "-5", "調布市議会", "a=b"} {
		fmt.Printf("%q\n", report.NeutraliseFormula(s))
	}
	// Output:
	// "'=1+2"
	// "'@SUM(A1)"
	// "'-5"
	// "調布市議会"
	// "a=b"
}

func ExampleDueList() {
	asOf := riskassess.NewDate(2026, 4, 1)
	as := []riskassess.Assessment{{Kind: riskassess.KindService, EntryID: "forms", Due: []riskassess.DueItem{
		{Kind: riskassess.DueReview, Date: riskassess.NewDate(2026, 9, 1)},
		{Kind: riskassess.DueISMAP, Date: riskassess.NewDate(2026, 3, 31), What: "C0001"},
		{Kind: riskassess.DueContractEnd, Date: riskassess.NewDate(2026, 5, 31)},
	}}}
	for _, it := range report.DueList(as, asOf, 90) {
		fmt.Println(it.Date, it.Kind, it.EntryKind, it.EntryID, it.What, it.Overdue)
	}
	// Output:
	// 2026-03-31 ismap service forms C0001 true
	// 2026-05-31 contract-end service forms  false
}

// TestTableNoControlScore: an entry to which no requirement applies has no
// control score; exports show an empty cell, not -1.
func TestTableNoControlScore(t *testing.T) {
	s := &riskassess.Social{Common: riskassess.Common{ID: "x"}}
	reg := &riskassess.Register{Social: []*riskassess.Social{s}}
	score := func(v float64) report.TableValue {
		as := []riskassess.Assessment{{Kind: riskassess.KindSocial, EntryID: "x", ControlScore: v}}
		tb := report.RegisterTable(reg, as, riskassess.KindSocial, "ja")
		for i, c := range tb.Columns {
			if c.Key == "control_score" {
				return tb.Rows[0].Values[i]
			}
		}
		t.Fatalf("no control_score column in %+v", tb.Columns)
		return report.TableValue{}
	}
	if got := score(riskassess.NoControlScore); got != (report.TableValue{}) {
		t.Errorf("NoControlScore gives %+v, want an empty cell", got)
	}
	if got := score(66.66); got.Text != "66.7" || got.Number != 66.7 {
		t.Errorf("66.66 gives %+v, want 66.7", got)
	}
}

// TestRegisterEntry checks that Register.Entry finds an entry by kind and
// id only, and returns a nil interface (not a typed nil) otherwise.
func TestRegisterEntry(t *testing.T) {
	reg := &riskassess.Register{
		Contractors: []*riskassess.Contractor{{Common: riskassess.Common{ID: "a"}}},
		Services:    []*riskassess.Service{{Common: riskassess.Common{ID: "a"}}, {Common: riskassess.Common{ID: "b"}}},
		Social:      []*riskassess.Social{{Common: riskassess.Common{ID: "b"}}},
	}
	for _, tc := range []struct {
		k    riskassess.Kind
		id   string
		want riskassess.Entry
	}{
		{riskassess.KindContractor, "a", reg.Contractors[0]},
		{riskassess.KindService, "a", reg.Services[0]},
		{riskassess.KindService, "b", reg.Services[1]},
		{riskassess.KindSocial, "b", reg.Social[0]},
		{riskassess.KindContractor, "b", nil},
		{riskassess.KindSocial, "a", nil},
		{riskassess.Kind("other"), "a", nil},
	} {
		if got := reg.Entry(tc.k, tc.id); got != tc.want {
			t.Errorf("Entry(%s, %s) = %#v, want %#v", tc.k, tc.id, got, tc.want)
		}
	}
}

// TestEntryIndex: every entry is found under its kind and id; ids shared
// across kinds stay apart.
func TestEntryIndex(t *testing.T) {
	c := &riskassess.Contractor{Common: riskassess.Common{ID: "x"}}
	s := &riskassess.Service{Common: riskassess.Common{ID: "x"}}
	m := &riskassess.Social{Common: riskassess.Common{ID: "y"}}
	idx := report.EntryIndex(&riskassess.Register{Contractors: []*riskassess.Contractor{c}, Services: []*riskassess.Service{s}, Social: []*riskassess.Social{m}})
	if len(idx) != 3 || idx[riskassess.EntryKey{Kind: riskassess.KindContractor, ID: "x"}] != c ||
		idx[riskassess.EntryKey{Kind: riskassess.KindService, ID: "x"}] != s || idx[riskassess.EntryKey{Kind: riskassess.KindSocial, ID: "y"}] != m {
		t.Errorf("EntryIndex = %v", idx)
	}
}

// TestEntryIndexAgreesWithEntry: with two entries of a kind under one id
// (only a Register built in code: a folder cannot hold two files of one name), the
// index holds the entry Register.Entry returns, the first, so that a page
// and an export never name different entries.
func TestEntryIndexAgreesWithEntry(t *testing.T) {
	first := &riskassess.Contractor{Common: riskassess.Common{ID: "dup", Name: riskassess.T("一", "one")}}
	second := &riskassess.Contractor{Common: riskassess.Common{ID: "dup", Name: riskassess.T("二", "two")}}
	s1 := &riskassess.Service{Common: riskassess.Common{ID: "svc"}}
	s2 := &riskassess.Service{Common: riskassess.Common{ID: "svc"}}
	reg := &riskassess.Register{Contractors: []*riskassess.Contractor{first, second}, Services: []*riskassess.Service{s1, s2}}
	idx := report.EntryIndex(reg)
	for _, k := range []riskassess.EntryKey{{Kind: riskassess.KindContractor, ID: "dup"}, {Kind: riskassess.KindService, ID: "svc"}} {
		if got, want := idx[k], reg.Entry(k.Kind, k.ID); got != want {
			t.Errorf("EntryIndex[%v] = %p, Register.Entry = %p", k, got, want)
		}
	}
	if got, want := report.ContractorIndex(reg)["dup"], reg.Contractor("dup"); got != want || got != first {
		t.Errorf("ContractorIndex[dup] = %p, Register.Contractor = %p, first = %p", got, want, first)
	}
}

// TestDueSectionOf: the item's own section wins; else the entry's owning
// section; with no entry (nil) and no section, the empty label. DueSection
// (which searches the register) gives the same for each.
func TestDueSectionOf(t *testing.T) {
	org := riskassess.Organisation{Sections: []riskassess.Section{
		{ID: "soumu", Name: riskassess.T("総務課", "General Affairs")},
		{ID: "joho", Name: riskassess.T("情報政策課", "Information Policy")},
	}}
	c := &riskassess.Contractor{Common: riskassess.Common{ID: "c1", Owner: riskassess.Owner{Section: "joho"}}}
	reg := &riskassess.Register{Org: org, Contractors: []*riskassess.Contractor{c}}
	for _, tc := range []struct {
		name string
		e    riskassess.Entry
		it   riskassess.DueItem
		want string
	}{
		{"item section", c, riskassess.DueItem{EntryKind: riskassess.KindContractor, EntryID: "c1", Section: "soumu"}, "総務課"},
		{"entry section", c, riskassess.DueItem{EntryKind: riskassess.KindContractor, EntryID: "c1"}, "情報政策課"},
		{"no entry", nil, riskassess.DueItem{EntryKind: riskassess.KindContractor, EntryID: "gone"}, ""},
	} {
		if got := report.DueSectionOf(&reg.Org, tc.e, tc.it, riskassess.LangJa); got != tc.want {
			t.Errorf("%s: DueSectionOf = %q, want %q", tc.name, got, tc.want)
		}
		if got := report.DueSection(reg, tc.it, riskassess.LangJa); got != tc.want {
			t.Errorf("%s: DueSection = %q, want %q", tc.name, got, tc.want)
		}
	}
}

// TestTableRecordHasNoReview: a retired entry has no next review
// (riskassess.ReviewOf), whatever review_due is left in its file; the
// table showed that review_due.
func TestTableRecordHasNoReview(t *testing.T) {
	retired := &riskassess.Service{Common: riskassess.Common{ID: "old", ReviewDue: exportDate("2026-11-05"),
		Approval: riskassess.Approval{Status: riskassess.StatusRetired, DecidedOn: exportDate("2026-10-31")}}}
	inUse := &riskassess.Service{Common: riskassess.Common{ID: "new", ReviewDue: exportDate("2027-03-31")}}
	reg := &riskassess.Register{Services: []*riskassess.Service{retired, inUse}}
	as := []riskassess.Assessment{
		{Kind: riskassess.KindService, EntryID: "old", Residual: riskassess.RiskMedium},
		{Kind: riskassess.KindService, EntryID: "new", Residual: riskassess.RiskMedium, NextReview: exportDate("2027-03-31")},
	}
	tb := report.RegisterTable(reg, as, riskassess.KindService, "ja")
	got := map[string]string{}
	for _, r := range tb.Rows {
		for i, c := range tb.Columns {
			if c.Key == "next_review" {
				got[r.ID] = r.Values[i].Text
			}
		}
	}
	if diff := cmp.Diff(map[string]string{"old": "", "new": "2027-03-31"}, got); diff != "" {
		t.Errorf("next_review (-want +got):\n%s", diff)
	}
}

// TestTableStatusOnAsOf: the register table's approval status is the decision in
// force on the assessments' as-of date (2026-11-27), as the site's register
// page shows it: a renewal decided later shows the earlier decision (not
// with the renewal's valid_until), and a first approval decided later is
// undecided on that date, not 承認, and its 承認日 and 承認期限 are empty (not
// the later decision's date and valid_until, which due does not list
// either: beside 未決定 a 承認日 read as a decision taken by then); an approval past
// its valid_until is 承認の有効期限切れ, not 承認.
func TestTableStatusOnAsOf(t *testing.T) {
	asOf := exportDate("2026-11-27")
	later := &riskassess.Service{Common: riskassess.Common{ID: "later",
		Approval: riskassess.Approval{Status: riskassess.StatusApproved, DecidedOn: exportDate("2026-12-15")}}}
	// First approved after the as-of date, valid for a year from then: on
	// the as-of date no approval was in force, so none expires (due lists
	// no approval item, the entry page no 有効期限).
	laterUntil := &riskassess.Service{Common: riskassess.Common{ID: "later-until",
		Approval: riskassess.Approval{Status: riskassess.StatusConditional, DecidedOn: exportDate("2026-12-15"), ValidUntil: exportDate("2027-12-14")}}}
	renewed := &riskassess.Service{Common: riskassess.Common{ID: "renewed",
		Approval: riskassess.Approval{Status: riskassess.StatusApproved, DecidedOn: exportDate("2026-12-15"), ValidUntil: exportDate("2028-12-14"),
			History: []riskassess.DecisionRecord{{Status: riskassess.StatusConditional, On: exportDate("2025-12-10")}}}}}
	now := &riskassess.Service{Common: riskassess.Common{ID: "now",
		Approval: riskassess.Approval{Status: riskassess.StatusApproved, DecidedOn: exportDate("2026-04-01"), ValidUntil: exportDate("2027-03-31")}}}
	// Past its valid_until on the as-of date: the site says 承認の有効期限切れ.
	lapsed := &riskassess.Service{Common: riskassess.Common{ID: "lapsed",
		Approval: riskassess.Approval{Status: riskassess.StatusApproved, DecidedOn: exportDate("2025-11-20"), ValidUntil: exportDate("2026-11-19")}}}
	lastDay := &riskassess.Service{Common: riskassess.Common{ID: "last-day",
		Approval: riskassess.Approval{Status: riskassess.StatusConditional, DecidedOn: exportDate("2025-11-27"), ValidUntil: asOf}}}
	reg := &riskassess.Register{Services: []*riskassess.Service{later, laterUntil, renewed, now, lapsed, lastDay}}
	var as []riskassess.Assessment
	for _, id := range []string{"later", "later-until", "renewed", "now", "lapsed", "last-day"} {
		as = append(as, riskassess.Assessment{Kind: riskassess.KindService, EntryID: id, AsOf: asOf, Residual: riskassess.RiskLow})
	}
	tb := report.RegisterTable(reg, as, riskassess.KindService, "ja")
	got := map[string]string{}
	for _, r := range tb.Rows {
		for i, c := range tb.Columns {
			if c.Key == "approval_status" || c.Key == "approved_on" || c.Key == "approval_valid_until" {
				got[r.ID] += r.Values[i].Text + " "
			}
		}
	}
	want := map[string]string{
		// Not the later decision's date (2026-12-15) in 承認日: no
		// decision existed on the as-of date.
		"later": "未決定（基準日に決定がない）   ",
		// Nor its valid_until (2027-12-14) in 承認期限.
		"later-until": "未決定（基準日に決定がない）   ",
		// The renewal's valid_until (2028-12-14) is not that of the
		// decision in force then, whose own is not recorded.
		"renewed": "条件付承認 2025-12-10  ",
		"now":     "承認 2026-04-01 2027-03-31 ",
		// Not 承認 beside a valid_until before the as-of date.
		"lapsed":   "承認の有効期限切れ 2025-11-20 2026-11-19 ",
		"last-day": "条件付承認 2025-11-27 2026-11-27 ",
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("status and decided_on (-want +got):\n%s", diff)
	}
}

// TestTableAccountStatusOnAsOf: a social account whose retirement is
// decided after the as-of date was in use then: its 状態 column says 運用中
// beside the approval column's 承認, not 廃止 (the status as recorded now);
// one whose approval alone was retired says 廃止, not 運用中.
func TestTableAccountStatusOnAsOf(t *testing.T) {
	asOf := exportDate("2026-11-27")
	later := &riskassess.Social{Common: riskassess.Common{ID: "later",
		Approval: riskassess.Approval{Status: riskassess.StatusRetired, DecidedOn: exportDate("2026-12-15"),
			History: []riskassess.DecisionRecord{{Status: riskassess.StatusApproved, On: exportDate("2026-05-01")}, {Status: riskassess.StatusRetired, On: exportDate("2026-12-15")}}}},
		Status: riskassess.AccountRetired}
	before := &riskassess.Social{Common: riskassess.Common{ID: "before",
		Approval: riskassess.Approval{Status: riskassess.StatusRetired, DecidedOn: exportDate("2026-10-31")}},
		Status: riskassess.AccountRetired}
	// riskregister review --outcome retired retires the approval only.
	reviewed := &riskassess.Social{Common: riskassess.Common{ID: "reviewed",
		Approval: riskassess.Approval{Status: riskassess.StatusRetired, DecidedOn: exportDate("2026-10-31")}},
		Status: riskassess.AccountActive}
	reg := &riskassess.Register{Social: []*riskassess.Social{later, before, reviewed}}
	var as []riskassess.Assessment
	for _, id := range []string{"later", "before", "reviewed"} {
		as = append(as, riskassess.Assessment{Kind: riskassess.KindSocial, EntryID: id, AsOf: asOf, Residual: riskassess.RiskLow})
	}
	tb := report.RegisterTable(reg, as, riskassess.KindSocial, "ja")
	got := map[string]string{}
	for _, r := range tb.Rows {
		for i, c := range tb.Columns {
			if c.Key == "approval_status" || c.Key == "status" {
				got[r.ID] += r.Values[i].Text + " "
			}
		}
	}
	want := map[string]string{"later": "承認 運用中 ", "before": "廃止 廃止 ", "reviewed": "廃止 廃止 "}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("approval status and account status (-want +got):\n%s", diff)
	}
}

// TestTableRecordDecision: a record on the as-of date (retired or rejected
// then, riskassess.RecordOn) has no recommended decision in the register
// table, as the site's pages and dashboard say, whatever its assessment
// computed; one retired after the as-of date keeps its decision.
func TestTableRecordDecision(t *testing.T) {
	asOf := exportDate("2026-11-27")
	retired := &riskassess.Service{Common: riskassess.Common{ID: "retired",
		Approval: riskassess.Approval{Status: riskassess.StatusRetired, DecidedOn: exportDate("2026-10-31")}}}
	rejected := &riskassess.Service{Common: riskassess.Common{ID: "rejected",
		Approval: riskassess.Approval{Status: riskassess.StatusRejected, DecidedOn: exportDate("2026-06-01")}}}
	later := &riskassess.Service{Common: riskassess.Common{ID: "later",
		Approval: riskassess.Approval{Status: riskassess.StatusRetired, DecidedOn: exportDate("2026-12-15"),
			History: []riskassess.DecisionRecord{{Status: riskassess.StatusApproved, On: exportDate("2026-05-01")}, {Status: riskassess.StatusRetired, On: exportDate("2026-12-15")}}}}}
	reg := &riskassess.Register{Services: []*riskassess.Service{retired, rejected, later}}
	var as []riskassess.Assessment
	for _, id := range []string{"retired", "rejected", "later"} {
		as = append(as, riskassess.Assessment{Kind: riskassess.KindService, EntryID: id, AsOf: asOf,
			Residual: riskassess.RiskLow, Decision: riskassess.DecisionApprove})
	}
	for _, lang := range []riskassess.Lang{"ja", "en"} {
		tb := report.RegisterTable(reg, as, riskassess.KindService, lang)
		got := map[string]string{}
		for _, r := range tb.Rows {
			for i, c := range tb.Columns {
				if c.Key == "decision" {
					got[r.ID] = r.Values[i].Text
				}
			}
		}
		want := map[string]string{
			"retired":  report.RecordDecision.In(lang),
			"rejected": report.RecordDecision.In(lang),
			"later":    riskassess.DecisionApprove.Label(lang),
		}
		if diff := cmp.Diff(want, got); diff != "" {
			t.Errorf("%s: decision (-want +got):\n%s", lang, diff)
		}
	}
	// The export's summary counts them as the table shows them.
	doc := report.NewExportDocument(reg, as, asOf, "")
	want := map[riskassess.Decision]int{riskassess.DecisionApprove: 1, riskassess.DecisionConditional: 0, riskassess.DecisionReject: 0, report.DecisionRecord: 2}
	if diff := cmp.Diff(want, doc.Summary.ByDecision); diff != "" {
		t.Errorf("summary.by_decision (-want +got):\n%s", diff)
	}
}

// TestTableCertificateObtainedLater: a certificate obtained after the
// as-of date was not held then (Certification.HeldOn): the assessment,
// due, plan and the entry page (取得日 …（基準日より後）) leave it out or
// mark it, but the 認証 column of the export (csv, xlsx) listed it as
// held, with nothing saying so.
func TestTableCertificateObtainedLater(t *testing.T) {
	asOf := exportDate("2026-04-01")
	reg := &riskassess.Register{Contractors: []*riskassess.Contractor{{Common: riskassess.Common{ID: "c"},
		Certifications: []riskassess.Certification{
			{Type: riskassess.CertISMS, Number: "IS 1", ObtainedOn: exportDate("2026-06-01"), ValidUntil: exportDate("2027-01-20")},
			{Type: riskassess.CertPrivacyMark, Number: "P 2", ObtainedOn: exportDate("2024-06-01"), ValidUntil: exportDate("2027-01-20")},
		}}}}
	as := []riskassess.Assessment{{Kind: riskassess.KindContractor, EntryID: "c", AsOf: asOf, Residual: riskassess.RiskLow}}
	for _, tc := range []struct {
		lang riskassess.Lang
		want string
	}{
		{"ja", "ISMS（ISO/IEC 27001） IS 1（〜2027-01-20）（取得 2026-06-01、基準日より後）\nプライバシーマーク P 2（〜2027-01-20）"},
		{"en", "ISMS (ISO/IEC 27001) IS 1（〜2027-01-20） (obtained 2026-06-01, after the as-of date)\nPrivacy Mark P 2（〜2027-01-20）"},
	} {
		tb := report.RegisterTable(reg, as, riskassess.KindContractor, tc.lang)
		var got string
		for i, c := range tb.Columns {
			if c.Key == "certifications" {
				got = tb.Rows[0].Values[i].Text
			}
		}
		if diff := cmp.Diff(tc.want, got); diff != "" {
			t.Errorf("%s: certifications (-want +got):\n%s", tc.lang, diff)
		}
	}
}

// TestTableOwnerNotInPost: the 担当 column marks the person named as owner
// who does not hold the post on the as-of date, as the entry page does
// (PersonMark): left, not yet in post, in another post; not one in post,
// and not a record, which needs nobody in charge.
func TestTableOwnerNotInPost(t *testing.T) {
	asOf := exportDate("2027-04-05")
	reg := &riskassess.Register{Org: riskassess.Organisation{
		Sections:  []riskassess.Section{{ID: "sec", Name: riskassess.T("議会事務局", "Secretariat")}, {ID: "other", Name: riskassess.T("総務課", "General affairs")}},
		Positions: []riskassess.Position{{ID: "chief", Title: riskassess.T("課長", "Chief")}},
		People: []riskassess.Person{
			{ID: "left", Name: riskassess.T("坂本 涼子", "Ryoko Sakamoto"), Section: "sec", Position: "chief", Until: exportDate("2027-03-31")},
			{ID: "later", Name: riskassess.T("加藤 優子", "Yuko Kato"), Section: "sec", Position: "chief", From: exportDate("2027-05-01")},
			{ID: "moved", Name: riskassess.T("永井 誠", "Makoto Nagai"), Section: "other", Position: "chief"},
			{ID: "here", Name: riskassess.T("山田 太郎", "Taro Yamada"), Section: "sec", Position: "chief"},
		},
	}}
	ids := []string{"left", "later", "moved", "here", "retired"}
	var as []riskassess.Assessment
	for _, id := range ids {
		c := &riskassess.Contractor{Common: riskassess.Common{ID: id, Owner: riskassess.Owner{Section: "sec", Position: "chief", Person: id}}}
		if id == "retired" {
			c.Owner.Person = "left"
			c.Approval = riskassess.Approval{Status: riskassess.StatusRetired, DecidedOn: exportDate("2027-03-01")}
		}
		reg.Contractors = append(reg.Contractors, c)
		as = append(as, riskassess.Assessment{Kind: riskassess.KindContractor, EntryID: id, AsOf: asOf})
	}
	got := map[string]string{}
	for _, lang := range []riskassess.Lang{"ja", "en"} {
		tb := report.RegisterTable(reg, as, riskassess.KindContractor, lang)
		for _, r := range tb.Rows {
			got[string(lang)+"/"+r.ID] = r.Values[3].Text
		}
	}
	want := map[string]string{
		"ja/left":    "課長 坂本 涼子（基準日に在任していない）",
		"ja/later":   "課長 加藤 優子（基準日に在任していない）",
		"ja/moved":   "課長 永井 誠（基準日には別の課・役職）",
		"ja/here":    "課長 山田 太郎",
		"ja/retired": "課長 坂本 涼子",
		"en/left":    "Chief Ryoko Sakamoto (not in post on the as-of date)",
		"en/later":   "Chief Yuko Kato (not in post on the as-of date)",
		"en/moved":   "Chief Makoto Nagai (in another post on the as-of date)",
		"en/here":    "Chief Taro Yamada",
		"en/retired": "Chief Ryoko Sakamoto",
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("owner column (-want +got):\n%s", diff)
	}
}
