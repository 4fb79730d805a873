package report_test

import (
	"fmt"
	"path/filepath"
	"testing"
	"time"

	"github.com/gikai-sec/riskregister/riskassess"
	"github.com/gikai-sec/riskregister/riskassess/report"
	"github.com/gikai-sec/riskregister/riskassess/store"
	"github.com/google/go-cmp/cmp"
)

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
		if got := report.SortName(tt.e); got != tt.want {
			t.Errorf("SortName(%q) = %q, want %q", tt.e.Base().Name.Ja, got, tt.want)
		}
	}
}

func TestPlanYear(t *testing.T) {
	reg, as := planRegister()
	p := report.PlanYear(reg, as, 2026, exportDate("2026-04-10"))
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
	var carried []string
	for _, it := range p.Carried {
		carried = append(carried, it.EntryID+" "+it.Date.String()+" "+string(it.Kind))
	}
	if diff := cmp.Diff([]string{"zeta 2026-03-31 review"}, carried); diff != "" {
		t.Errorf("carried (-want +got):\n%s", diff)
	}
}

// TestPlanYearSectionsApart: a section's items share no room with the next
// section's: appending to one leaves the other as it was.
func TestPlanYearSectionsApart(t *testing.T) {
	reg, as := planRegister()
	p := report.PlanYear(reg, as, 2026, exportDate("2026-04-10"))
	secs := p.Months[0].Sections
	if len(secs) != 2 {
		t.Fatalf("April has %d sections, want 2", len(secs))
	}
	next := secs[1].Items[0].EntryID
	_ = append(secs[0].Items, report.PlanItem{DueItem: riskassess.DueItem{EntryID: "intruder"}})
	if got := secs[1].Items[0].EntryID; got != next {
		t.Errorf("after appending to the first section, the second starts with %q, want %q", got, next)
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
	p := report.PlanYear(reg, as, 2026, exportDate("2026-04-01"))
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
	p := report.PlanYear(reg, as, 2026, exportDate("2026-04-10"))
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
			item(riskassess.DueReview, "zeta", "2026-03-31"),      // FY2025, overdue: carried over
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

// TestPlanYearCarried: items dated before the fiscal year that are overdue
// on the as-of date (DueItem.OverdueAsOf, the rule of `due`) are carried
// over into the plan, oldest first; replies already on the chase list,
// undated items and items not overdue are not. The plan used to drop them:
// the year's to-do list silently missed open work from earlier years.
func TestPlanYearCarried(t *testing.T) {
	item := func(k riskassess.DueKind, id, d string, overdue bool) riskassess.DueItem {
		it := riskassess.DueItem{Kind: k, EntryKind: riskassess.KindContractor, EntryID: id, Overdue: overdue}
		if d != "" {
			it.Date = exportDate(d)
		}
		return it
	}
	as := []riskassess.Assessment{{Kind: riskassess.KindContractor, EntryID: "a", Due: []riskassess.DueItem{
		item(riskassess.DueOnsiteCheck, "a", "2025-12-05", false),
		item(riskassess.DueReview, "a", "2025-05-20", false),
		item(riskassess.DueReply, "a", "2025-10-31", false),       // chased, not carried
		item(riskassess.DueRemediation, "a", "", false),           // undated
		item(riskassess.DueCertificate, "a", "2026-04-30", false), // in the year
		item(riskassess.DueReview, "a", "2026-03-20", true),       // dated the as-of date below, first review
	}}}
	tests := []struct {
		name string
		fy   riskassess.FiscalYear
		asOf string
		want []string
	}{
		{"as of within the year", 2026, "2026-11-27", []string{"2025-05-20 review", "2025-12-05 onsite-check", "2026-03-20 review"}},
		{"as of before the year", 2026, "2026-03-20", []string{"2025-05-20 review", "2025-12-05 onsite-check", "2026-03-20 review"}},
		{"as of before the items", 2026, "2025-05-01", nil},
		{"as of between them", 2026, "2025-06-01", []string{"2025-05-20 review"}},
		{"earlier year", 2025, "2026-11-27", nil},
	}
	for _, tt := range tests {
		p := report.PlanYear(nil, as, tt.fy, exportDate(tt.asOf))
		var got []string
		for _, it := range p.Carried {
			if !it.Overdue {
				t.Errorf("%s: %s not marked overdue", tt.name, it.Date)
			}
			got = append(got, it.Date.String()+" "+string(it.Kind))
		}
		if diff := cmp.Diff(tt.want, got); diff != "" {
			t.Errorf("%s: carried (-want +got):\n%s", tt.name, diff)
		}
	}
}

// TestPlanYearOverdueLikeDue: on the example register, the plan of the
// fiscal year of the as-of date counts (carried over, in the months and
// on the chase list, each once) exactly the items `due` lists as overdue.
func TestPlanYearOverdueLikeDue(t *testing.T) {
	reg, err := store.Load(filepath.Join("..", "..", "examples", "chofu-gikai"))
	if err != nil {
		t.Fatal(err)
	}
	for _, s := range []string{"2026-04-01", "2026-11-27", "2027-03-31", "2027-04-01"} {
		asOf := exportDate(s)
		as := assessAll(t, reg, asOf)
		due := 0
		for _, d := range report.DueList(as, asOf, 0) {
			if d.Overdue {
				due++
			}
		}
		p := report.PlanYear(reg, as, riskassess.FiscalYearOf(asOf), asOf)
		if got := p.OverdueCount(); got != due || due == 0 {
			t.Errorf("as of %s: plan has %d overdue items (%d carried), due lists %d", s, got, len(p.Carried), due)
		}
	}
}
