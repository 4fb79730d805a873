package riskassess_test

import (
	"fmt"
	"testing"
	"time"

	"github.com/gikai-sec/riskregister/riskassess"
	"github.com/google/go-cmp/cmp"
)

func TestFiscalYearOfBoundaries(t *testing.T) {
	tests := []struct {
		d    string
		want riskassess.FiscalYear
	}{
		{"2026-03-31", 2025}, {"2026-04-01", 2026}, {"2027-03-31", 2026}, {"2027-04-01", 2027},
		{"2026-01-01", 2025}, {"2026-12-31", 2026},
		{"2019-04-30", 2019}, {"2019-05-01", 2019}, // the era changed inside FY2019
		{"2020-02-29", 2019},
	}
	for _, tt := range tests {
		if got := riskassess.FiscalYearOf(exportDate(tt.d)); got != tt.want {
			t.Errorf("FiscalYearOf(%s) = %d, want %d", tt.d, got, tt.want)
		}
	}
	fy := riskassess.FiscalYear(2026)
	for d, want := range map[string]bool{"2026-03-31": false, "2026-04-01": true, "2027-03-31": true, "2027-04-01": false} {
		if got := fy.Contains(exportDate(d)); got != want {
			t.Errorf("FY2026.Contains(%s) = %v, want %v", d, got, want)
		}
	}
	if fy.Contains(riskassess.Date{}) {
		t.Error("FY2026 contains the zero Date")
	}
	m := fy.Months()
	if m[0] != exportDate("2026-04-01") || m[11] != exportDate("2027-03-01") {
		t.Errorf("Months = %v … %v", m[0], m[11])
	}
}

func TestSortName(t *testing.T) {
	mk := func(name, kana, legalKana string) riskassess.Entry {
		c := &riskassess.Contractor{LegalNameKana: legalKana}
		c.Name = riskassess.T(name, "")
		c.NameKana = kana
		return c
	}
	tests := []struct {
		e    riskassess.Entry
		want string
	}{
		{mk("株式会社アクメ", "", "カブシキガイシャアクメ"), "カブシキガイシャアクメ"},
		{mk("株式会社アクメ", "アクメ", "カブシキガイシャアクメ"), "アクメ"},
		{mk("さくら電算", "", ""), "サクラ電算"},
		{mk("x", "ｶﾞｯｺｳ ﾃﾞｰﾀ", ""), "ガッコウデータ"},
		{mk("x", "ﾊﾟﾝ・ｳﾞｨ", ""), "パンヴィ"},
		{mk("ＡＢＣ商事", "", ""), "ABC商事"},
	}
	for _, tt := range tests {
		if got := riskassess.SortName(tt.e); got != tt.want {
			t.Errorf("SortName(%q) = %q, want %q", tt.e.Base().Name.Ja, got, tt.want)
		}
	}
}

// TestRoundDueItems: an open round gives a reply item on its reply date;
// an imported one gives none; an overdue reply is overdue.
func TestRoundDueItems(t *testing.T) {
	org := &riskassess.Organisation{}
	c := &riskassess.Contractor{}
	c.ID = "acme"
	c.Owner.Section = "soumu"
	c.Approval.Status = riskassess.StatusApproved
	c.Rounds = []riskassess.RoundRecord{
		{Name: "令和7年度春", SentOn: exportDate("2025-05-01"), ReplyDue: exportDate("2025-05-31"), ReturnedOn: exportDate("2025-05-20"), ImportedOn: exportDate("2025-05-22")},
		{Name: "令和8年度春", SentOn: exportDate("2026-05-01"), ReplyDue: exportDate("2026-05-31")},
	}
	var got []riskassess.DueItem
	for _, it := range riskassess.DueItems(org, c, riskassess.Date{}, exportDate("2026-06-01")) {
		if it.Kind == riskassess.DueReply {
			got = append(got, it)
		}
	}
	want := []riskassess.DueItem{{Kind: riskassess.DueReply, EntryKind: riskassess.KindContractor, EntryID: "acme",
		Date: exportDate("2026-05-31"), Section: "soumu", What: "令和8年度春", Label: riskassess.T("回「令和8年度春」", "round 令和8年度春"),
		Field: "rounds[1].reply_due", Overdue: true}}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("reply items (-want +got):\n%s", diff)
	}
}

func planRegister() (*riskassess.Register, []riskassess.Assessment) {
	reg := &riskassess.Register{Org: riskassess.Organisation{Sections: []riskassess.Section{{ID: "jimu"}, {ID: "soumu"}}}}
	add := func(id, name, kana, section string) {
		c := &riskassess.Contractor{LegalNameKana: kana}
		c.ID, c.Name, c.Owner.Section = id, riskassess.T(name, ""), section
		reg.Contractors = append(reg.Contractors, c)
	}
	add("zeta", "株式会社ゼータ", "ゼータ", "soumu")
	add("alpha", "株式会社アルファ", "アルファ", "soumu")
	add("beta", "ベータ株式会社", "", "jimu")
	item := func(k riskassess.DueKind, id, d string) riskassess.DueItem {
		return riskassess.DueItem{Kind: k, EntryKind: riskassess.KindContractor, EntryID: id, Date: exportDate(d)}
	}
	as := []riskassess.Assessment{
		{Kind: riskassess.KindContractor, EntryID: "zeta", Due: []riskassess.DueItem{
			item(riskassess.DueReview, "zeta", "2026-03-31"),      // FY2025: not in the plan
			item(riskassess.DueReply, "zeta", "2026-04-01"),       // first day of FY2026, overdue: chased
			item(riskassess.DueCertificate, "zeta", "2027-03-31"), // last day of FY2026
			item(riskassess.DueApproval, "zeta", "2027-04-01"),    // FY2027
		}},
		{Kind: riskassess.KindContractor, EntryID: "alpha", Due: []riskassess.DueItem{
			item(riskassess.DueReview, "alpha", "2026-04-20"),
			item(riskassess.DueReply, "alpha", "2026-03-15"), // overdue from last year: chased, not in the plan
		}},
		{Kind: riskassess.KindContractor, EntryID: "beta", Due: []riskassess.DueItem{
			item(riskassess.DueOnsiteCheck, "beta", "2026-04-30"),
		}},
	}
	return reg, as
}

func TestPlanYear(t *testing.T) {
	reg, as := planRegister()
	p := riskassess.PlanYear(reg, as, 2026, exportDate("2026-04-10"))
	type row struct {
		Month, Section, ID string
		Kind               riskassess.DueKind
		Date               string
		Overdue            bool
	}
	var got []row
	for _, m := range p.Months {
		for _, s := range m.Sections {
			for _, it := range s.Items {
				got = append(got, row{m.Month.String(), s.Section, it.EntryID, it.Kind, it.Date.String(), it.Overdue})
			}
		}
	}
	want := []row{
		// April: section jimu first (register order), then soumu; within
		// soumu アルファ before ゼータ (by reading), though zeta is earlier.
		{"2026-04-01", "jimu", "beta", riskassess.DueOnsiteCheck, "2026-04-30", false},
		{"2026-04-01", "soumu", "zeta", riskassess.DueReply, "2026-04-01", true},
		{"2026-04-01", "soumu", "alpha", riskassess.DueReview, "2026-04-20", false},
		{"2027-03-01", "soumu", "zeta", riskassess.DueCertificate, "2027-03-31", false},
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("plan (-want +got):\n%s", diff)
	}
	if p.Count != 4 || len(p.Months) != 12 {
		t.Errorf("Count = %d, months = %d", p.Count, len(p.Months))
	}
	var chase []string
	for _, it := range p.Chase {
		chase = append(chase, it.EntryID+" "+it.Date.String()+" "+it.Name.Ja)
	}
	if diff := cmp.Diff([]string{"alpha 2026-03-15 株式会社アルファ", "zeta 2026-04-01 株式会社ゼータ"}, chase); diff != "" {
		t.Errorf("chase (-want +got):\n%s", diff)
	}
}

// TestPlanYearSortsByReading: within a section and a day, entries sort by
// their reading, not by id or by the code points of the kanji.
func TestPlanYearSortsByReading(t *testing.T) {
	reg := &riskassess.Register{}
	var as []riskassess.Assessment
	for _, e := range []struct{ id, name, kana string }{
		{"a", "和光データ", "ワコウデータ"}, {"b", "阿部商会", "アベショウカイ"}, {"c", "さくら電算", ""}, {"d", "安藤工業", "アンドウコウギョウ"},
	} {
		c := &riskassess.Contractor{LegalNameKana: e.kana}
		c.ID, c.Name = e.id, riskassess.T(e.name, "")
		reg.Contractors = append(reg.Contractors, c)
		as = append(as, riskassess.Assessment{Kind: riskassess.KindContractor, EntryID: e.id, Due: []riskassess.DueItem{
			{Kind: riskassess.DueReview, Date: riskassess.NewDate(2026, time.June, 1)}}})
	}
	p := riskassess.PlanYear(reg, as, 2026, exportDate("2026-04-01"))
	var got []string
	for _, it := range p.Months[2].Sections[0].Items {
		got = append(got, it.Name.Ja)
	}
	if diff := cmp.Diff([]string{"阿部商会", "安藤工業", "さくら電算", "和光データ"}, got); diff != "" {
		t.Errorf("order (-want +got):\n%s", diff)
	}
}

func ExamplePlanYear() {
	reg, as := planRegister()
	p := riskassess.PlanYear(reg, as, 2026, exportDate("2026-04-10"))
	for _, m := range p.Months {
		for _, s := range m.Sections {
			for _, it := range s.Items {
				fmt.Println(m.Month.Month, s.Section, it.Date, it.Kind.Label("ja"), it.Name.Ja)
			}
		}
	}
	fmt.Println("chase:", len(p.Chase))
	// Output:
	// April jimu 2026-04-30 実地確認 ベータ株式会社
	// April soumu 2026-04-01 確認票の回答期限 株式会社ゼータ
	// April soumu 2026-04-20 見直し 株式会社アルファ
	// March soumu 2027-03-31 認証の有効期限 株式会社ゼータ
	// chase: 2
}
