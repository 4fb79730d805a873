package riskassess_test

import (
	"encoding/json"
	"testing"

	"github.com/gikai-sec/riskregister/riskassess"
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
		if got := riskassess.NeutraliseFormula(tt.in); got != tt.want {
			t.Errorf("NeutraliseFormula(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func d(s string) riskassess.Date {
	v, err := riskassess.ParseDate(s)
	if err != nil {
		panic(err)
	}
	return v
}

func TestDueList(t *testing.T) {
	asOf := d("2026-04-01")
	as := []riskassess.Assessment{
		{Kind: riskassess.KindService, EntryID: "forms", Due: []riskassess.DueItem{
			{Kind: riskassess.DueReview, EntryKind: riskassess.KindService, EntryID: "forms", Date: d("2026-05-01")},
			{Kind: riskassess.DueISMAP, EntryKind: riskassess.KindService, EntryID: "forms", Date: d("2026-03-31")},
			{Kind: riskassess.DueContractEnd, EntryKind: riskassess.KindService, EntryID: "forms", Date: d("2026-07-01")}, // outside 90d
		}},
		{Kind: riskassess.KindContractor, EntryID: "acme", Due: []riskassess.DueItem{
			{Kind: riskassess.DueReview, Date: d("2026-05-01")}, // entry kind/id filled from the assessment
			{Kind: riskassess.DueCertificate, EntryKind: riskassess.KindContractor, EntryID: "acme", Date: d("2026-05-01"), What: "IS 123"},
			{Kind: riskassess.DueApproval, EntryKind: riskassess.KindContractor, EntryID: "acme", Date: d("2026-06-30")}, // day 90: inside
		}},
		{Kind: riskassess.KindSocial, EntryID: "x", Due: []riskassess.DueItem{
			{Kind: riskassess.DueReview, EntryKind: riskassess.KindSocial, EntryID: "x", Date: d("2026-05-01")},
			{Kind: riskassess.DuePassword, EntryKind: riskassess.KindSocial, EntryID: "x", Date: d("2026-04-01")}, // due today: not overdue
		}},
	}
	got := riskassess.DueList(as, asOf, 90)
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
	if n := len(riskassess.DueList(as, asOf, 0)); n != 2 {
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
	asOf := d("2026-04-01")
	as := []riskassess.Assessment{
		{Kind: riskassess.KindContractor, EntryID: "acme", Residual: riskassess.RiskHigh, Decision: riskassess.DecisionConditional,
			Due: []riskassess.DueItem{{Kind: riskassess.DueReview, Date: d("2026-01-01")}}},
		{Kind: riskassess.KindService, EntryID: "forms", Residual: riskassess.RiskCritical, Decision: riskassess.DecisionReject,
			Blockers: []riskassess.Blocker{{ID: "CLD-01"}}},
	}
	doc := riskassess.NewExportDocument(reg, as, asOf, "2026.1")
	wantSummary := riskassess.ExportSummary{
		Entries:      2,
		ByKind:       map[riskassess.Kind]int{"contractor": 1, "service": 1, "social": 0},
		ByResidual:   map[riskassess.RiskLevel]int{"low": 0, "medium": 0, "high": 1, "critical": 1},
		ByDecision:   map[riskassess.Decision]int{"approve": 0, "conditional": 1, "reject": 1},
		Blocked:      1,
		OverdueItems: 1,
	}
	if diff := cmp.Diff(wantSummary, doc.Summary); diff != "" {
		t.Errorf("Summary (-want +got):\n%s", diff)
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
	if back["as_of"] != "2026-04-01" || back["version"] != riskassess.ExportVersion {
		t.Errorf("JSON as_of/version = %v/%v", back["as_of"], back["version"])
	}
}
