package riskassess

import (
	"encoding/json"
	"errors"
	"fmt"
	"math"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"
)

var asOf = NewDate(2026, time.April, 1)

func d(y int, m time.Month, day int) Date { return NewDate(y, m, day) }

func boolp(b bool) *bool { return &b }

// fixed returns a requirement for kinds whose check always gives o.
func fixed(id string, sev Severity, o Outcome, kinds ...Kind) Requirement {
	if len(kinds) == 0 {
		kinds = Kinds()
	}
	return Requirement{
		ID: id, Kinds: kinds, Severity: sev, Clause: "6(8)",
		Title:       T(id+"の題", id+" title"),
		Remediation: T(id+"を直す", "fix "+id),
		Check:       func(*Subject) Result { return Result{Outcome: o, Evidence: "ev-" + id} },
	}
}

func testOrg() *Organisation {
	return &Organisation{
		Name:     T("テスト市議会", "Test council"),
		Sections: []Section{{ID: "somu", Name: T("総務課", "General affairs")}, {ID: "kouhou", Name: T("広報係", "PR")}},
	}
}

func TestCompareIDs(t *testing.T) {
	ids := []string{"OUT-10", "CLD-2", "OUT-2", "EXP-CERT", "OUT-1", "CLD-10", "SNS-01", "OUT-01", "A"}
	got := append([]string(nil), ids...)
	sortIDs(got)
	want := []string{"A", "CLD-2", "CLD-10", "EXP-CERT", "OUT-01", "OUT-1", "OUT-2", "OUT-10", "SNS-01"}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("sorted ids (-want +got):\n%s", diff)
	}
}

func sortIDs(xs []string) {
	for i := 1; i < len(xs); i++ {
		for j := i; j > 0 && CompareIDs(xs[j-1], xs[j]) > 0; j-- {
			xs[j-1], xs[j] = xs[j], xs[j-1]
		}
	}
}

func TestMatrixEveryCell(t *testing.T) {
	// One score per band, plus both sides of each band boundary.
	scores := []struct {
		score float64
		band  int
	}{{100, 0}, {80, 0}, {79.9, 1}, {60, 1}, {59.9, 2}, {40, 2}, {39.9, 3}, {0, 3}, {NoControlScore, 3}}
	want := map[RiskLevel][4]RiskLevel{
		RiskLow:      {RiskLow, RiskLow, RiskMedium, RiskMedium},
		RiskMedium:   {RiskLow, RiskMedium, RiskMedium, RiskHigh},
		RiskHigh:     {RiskMedium, RiskMedium, RiskHigh, RiskCritical},
		RiskCritical: {RiskMedium, RiskHigh, RiskCritical, RiskCritical},
	}
	var zero Matrix // the zero Matrix means DefaultMatrix
	for _, m := range []*Matrix{&defaultMatrix, &zero} {
		for _, inh := range RiskLevels() {
			for _, s := range scores {
				if got := m.Band(s.score); got != s.band {
					t.Errorf("Band(%v) = %d, want %d", s.score, got, s.band)
				}
				if got := m.Residual(inh, s.score); got != want[inh][s.band] {
					t.Errorf("Residual(%s, %v) = %s, want %s", inh, s.score, got, want[inh][s.band])
				}
			}
		}
	}
	if got := defaultMatrix.Residual("bogus", 90); got != RiskMedium {
		t.Errorf("unknown inherent level: got %s, want the 重大 row (中 at ≥80)", got)
	}
}

func TestInherentThresholds(t *testing.T) {
	var zero InherentThresholds
	for pts, want := range map[int]RiskLevel{0: RiskLow, 2: RiskLow, 3: RiskMedium, 6: RiskMedium, 7: RiskHigh, 10: RiskHigh, 11: RiskCritical, 30: RiskCritical} {
		if got := zero.Level(pts); got != want {
			t.Errorf("Level(%d) = %s, want %s", pts, got, want)
		}
	}
	custom := InherentThresholds{Medium: 1, High: 2, Critical: 3}
	if got := custom.Level(2); got != RiskHigh {
		t.Errorf("custom Level(2) = %s, want high", got)
	}
}

func TestInherent(t *testing.T) {
	tests := []struct {
		name    string
		e       Entry
		points  int
		level   RiskLevel
		factors []string // English texts
	}{
		{
			name:   "terms-based SaaS, class 1, internet",
			e:      &Service{ContractType: ContractTerms, Class: Classification{"1", "1", "1"}, Segments: []Segment{SegmentInternet}},
			points: 2, level: RiskLow,
			factors: []string{"Internet segment (+1)", "Terms-based contract (+1)"},
		},
		{
			name: "negotiated class 2 with personal data on LGWAN, I2 A2",
			e: &Service{ContractType: ContractNegotiated, Class: Classification{"2", "2", "2"}, PersonalData: true,
				Segments: []Segment{SegmentInternet, SegmentLGWAN}, DataLocations: []DataLocation{{Country: "JP"}}},
			points: 8, level: RiskHigh,
			factors: []string{"Confidentiality 2 (+2)", "Integrity 2 (+1)", "Availability 2 (+1)", "Personal data (+2)", "LGWAN segment (+2)"},
		},
		{
			name: "My Number system, 3B, My Number segment",
			e:    &Service{Class: Classification{"3B", "2", "2"}, MyNumber: true, Segments: []Segment{SegmentMyNumber}},
			// 4 + 1 + 1 + 2 (personal, implied by My Number) + 3 + 3
			points: 14, level: RiskCritical,
			factors: []string{"Confidentiality 3B (+4)", "Integrity 2 (+1)", "Availability 2 (+1)", "Personal data (+2)", "My Number data (+3)", "My Number segment (+3)"},
		},
		{
			name:   "old class 3 alias maps to 3A; data abroad listed once",
			e:      &Service{Class: Classification{Confidentiality: "3"}, DataLocations: []DataLocation{{Country: "us"}, {Country: "JP"}, {Country: "US"}, {Country: "SG"}}},
			points: 7, level: RiskHigh,
			factors: []string{"Confidentiality 3A (+5)", "Data outside Japan (US, SG) (+2)"},
		},
		{
			name:   "class not stated counts as 2",
			e:      &Service{ContractType: ContractNegotiated},
			points: 2, level: RiskLow,
			factors: []string{"Confidentiality not stated (taken as class 2) (+2)"},
		},
		{
			name: "contractor: max over live contracts, subcontracting, segments",
			e: &Contractor{Contracts: []Contract{
				{ID: "a", Information: []InformationAccess{{Class: Classification{"2", "1", "1"}, PersonalData: true}}, Segments: []Segment{SegmentInternet}},
				{ID: "b", Information: []InformationAccess{{Class: Classification{"3C", "2", "1"}}}, Segments: []Segment{SegmentLGWAN},
					Subcontractors: []Subcontractor{{Name: "下請"}}},
				// ended and data returned: ignored
				{ID: "c", To: d(2025, 3, 31), DataReturnedOn: d(2025, 4, 10),
					Information: []InformationAccess{{Class: Classification{"3A", "2", "2"}, MyNumber: true}}, Segments: []Segment{SegmentMyNumber}},
			}},
			points: 9, level: RiskHigh,
			factors: []string{"Confidentiality 3C (+3)", "Integrity 2 (+1)", "Personal data (+2)", "LGWAN segment (+2)", "Subcontracting (+1)"},
		},
		{
			name: "contractor: ended contract without data return still counts",
			e: &Contractor{Contracts: []Contract{
				{ID: "c", To: d(2025, 3, 31), Information: []InformationAccess{{Class: Classification{Confidentiality: "2"}}}},
			}},
			points: 2, level: RiskLow,
			factors: []string{"Confidentiality 2 (+2)"},
		},
		// An offshore work site is data processed abroad: its address
		// was read by no rule, and the contractor scored as working in
		// Japan.
		{
			name: "contractor: work sites abroad",
			e: &Contractor{Contracts: []Contract{
				{ID: "a", Information: []InformationAccess{{Class: Classification{Confidentiality: "2"}}}, WorkSites: []WorkSite{
					{Kind: SiteVendorPremises, Address: "東京都調布市小島町2丁目"},
					{Kind: SiteVendorPremises, Address: "中国 大連市高新園区"},
					{Kind: SiteRemote, Address: "Manila, Philippines"},
					{Kind: SiteRemote, Address: "ベトナム ハノイ"},
					{Kind: SiteRemote, Address: "ハノイ"},
					{Kind: SiteDataCentre, Address: "大連"},
				}},
			}},
			points: 4, level: RiskMedium,
			factors: []string{"Confidentiality 2 (+2)", "Data outside Japan (CN, PH, VN, ハノイ, 大連) (+2)"},
		},
		{
			name: "contractor: work site abroad of a city only",
			e: &Contractor{Contracts: []Contract{
				{ID: "a", WorkSites: []WorkSite{{Kind: SiteRemote, Address: "マニラ市マカティ"}}},
			}},
			points: 2, level: RiskLow,
			factors: []string{"Data outside Japan (マニラ) (+2)"},
		},
		// A subcontractor abroad (by the note ending its name, or a word
		// for abroad in its name or scope) is work handed on abroad: it
		// added no factor, while a work site there did. A word for abroad
		// beside a work site's is not said twice.
		{
			name: "contractor: subcontractors abroad",
			e: &Contractor{Contracts: []Contract{
				{ID: "a", Subcontractors: []Subcontractor{
					{Name: "Manila Data Services Inc. (Philippines)", Scope: "データ入力"},
					{Name: "株式会社多摩入力", Scope: "海外拠点でのデータ入力"},
				}},
			}},
			points: 3, level: RiskMedium,
			factors: []string{"Subcontracting (+1)", "Data outside Japan (PH, 海外) (+2)"},
		},
		{
			name: "contractor: subcontractor abroad by a word, beside a work site abroad",
			e: &Contractor{Contracts: []Contract{
				{ID: "a", WorkSites: []WorkSite{{Kind: SiteRemote, Address: "翻訳者の自宅（国外を含む）"}},
					Subcontractors: []Subcontractor{{Name: "海外在住の翻訳者（韓国語）", Scope: "韓国語訳"}, {Name: "大連華信データ有限公司（中国）"}}},
			}},
			points: 3, level: RiskMedium,
			factors: []string{"Subcontracting (+1)", "Data outside Japan (国外, CN) (+2)"},
		},
		{
			name: "contractor: subcontractors in Japan",
			e: &Contractor{Contracts: []Contract{
				{ID: "a", Subcontractors: []Subcontractor{
					{Name: "株式会社中国電研", Scope: "保守"},
					{Name: "フィリピン・テック株式会社", Scope: "入力"},
					{Name: "翻訳者（韓国語）", Scope: "韓国語訳"},
					{Name: "株式会社多摩溶解センター", Scope: "溶解処理（海外への搬出なし）"},
					{Contractor: "musashino-network", Scope: "LANスイッチの交換"},
				}},
				{ID: "c", To: d(2025, 3, 31), DataReturnedOn: d(2025, 4, 10), Subcontractors: []Subcontractor{{Name: "Acme Inc.（米国）"}}},
			}},
			points: 1, level: RiskLow,
			factors: []string{"Subcontracting (+1)"},
		},
		// Addresses in Japan holding a kanji of a country or a region's
		// name (印西市: 印 of India, 米原市, 中国地方) are no place abroad,
		// nor is a site of a contract ended with its data returned.
		{
			name: "contractor: work sites in Japan",
			e: &Contractor{Contracts: []Contract{
				{ID: "a", WorkSites: []WorkSite{
					{Kind: SiteDataCentre, Address: "千葉県印西市"},
					{Kind: SiteVendorPremises, Address: "滋賀県米原市"},
					{Kind: SiteVendorPremises, Address: "広島県広島市中区（中国地方）"},
					{Kind: SiteVendorPremises, Address: "東京都台東区"},
					{Kind: SiteOurPremises},
				}},
				{ID: "c", To: d(2025, 3, 31), DataReturnedOn: d(2025, 4, 10), WorkSites: []WorkSite{{Kind: SiteRemote, Address: "中国 大連市"}}},
			}},
			points: 0, level: RiskLow,
		},
		{
			name:   "contractor without contracts",
			e:      &Contractor{},
			points: 0, level: RiskLow,
		},
		{
			name:   "social on X",
			e:      &Social{Platform: PlatformX},
			points: 3, level: RiskMedium,
			factors: []string{"Public posting (impersonation, takeover, reputation) (+2)", "Platform: X (formerly Twitter) (+1)"},
		},
		{
			name:   "social on YouTube",
			e:      &Social{Platform: PlatformYouTube},
			points: 2, level: RiskLow,
			factors: []string{"Public posting (impersonation, takeover, reputation) (+2)"},
		},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got := Inherent(testOrg(), tc.e, asOf)
			var en []string
			for _, f := range got.Factors {
				en = append(en, f.En)
				if f.Ja == "" {
					t.Errorf("factor %q has no Japanese text", f.En)
				}
			}
			if got.Points != tc.points || got.Level != tc.level {
				t.Errorf("points, level = %d, %s; want %d, %s", got.Points, got.Level, tc.points, tc.level)
			}
			if diff := cmp.Diff(tc.factors, en); diff != "" {
				t.Errorf("factors (-want +got):\n%s", diff)
			}
		})
	}
}

func TestInherentJapaneseFactor(t *testing.T) {
	got := Inherent(testOrg(), &Service{Class: Classification{Confidentiality: "3B"}, PersonalData: true}, asOf)
	want := []Text{
		{Ja: "自治体機密性3B（+4）", En: "Confidentiality 3B (+4)"},
		{Ja: "個人情報（+2）", En: "Personal data (+2)"},
	}
	if diff := cmp.Diff(want, got.Factors); diff != "" {
		t.Errorf("factors (-want +got):\n%s", diff)
	}
}

// TestInherentPartialScheme: a scheme that gives only its confidentiality
// levels keeps the default integrity and availability levels, so that
// integrity 2 and availability 2 still add their points (they counted 0:
// the empty axes knew no level).
func TestInherentPartialScheme(t *testing.T) {
	org := testOrg()
	org.Classification = &ClassificationScheme{Confidentiality: []Level{
		{ID: "3", Name: T("機密性3", "Confidentiality 3"), Rank: 3},
		{ID: "2", Name: T("機密性2", "Confidentiality 2"), Rank: 2},
		{ID: "1", Name: T("機密性1", "Confidentiality 1"), Rank: 1},
	}}
	got := Inherent(org, &Service{Class: Classification{Confidentiality: "3", Integrity: "2", Availability: "2"}}, asOf)
	want := []string{"Confidentiality 3 (+3)", "Integrity 2 (+1)", "Availability 2 (+1)"}
	var gotEn []string
	for _, f := range got.Factors {
		gotEn = append(gotEn, f.En)
	}
	if diff := cmp.Diff(want, gotEn); diff != "" {
		t.Errorf("factors (-want +got):\n%s", diff)
	}
	if got.Points != 5 {
		t.Errorf("points = %d, want 5", got.Points)
	}
}

func blockerIDs(bs []Blocker) []string {
	var ids []string
	for _, b := range bs {
		ids = append(ids, b.ID+"@"+b.Evidence)
	}
	return ids
}

func TestFindings(t *testing.T) {
	q := func(id string) *Question { return &Question{ID: id, Type: AnswerYesNo} }
	reqs := []Requirement{
		fixed("OUT-10", SeverityHigh, OutcomeMet, KindContractor),
		fixed("CLD-10", SeverityHigh, OutcomeNotMet, KindService),
		fixed("CLD-2", SeverityLow, OutcomePartial, KindService),
		{ID: "CLD-3", Kinds: []Kind{KindService}, Severity: SeverityMedium, Title: T("対象外", "NA"), Remediation: T("r", "r"),
			Applies: func(s *Subject) bool { return s.Entry.(*Service).PersonalData },
			Check:   func(*Subject) Result { t.Error("Check called for a non-applicable requirement"); return Result{} }},
		{ID: "CLD-4", Kinds: []Kind{KindService}, Severity: SeverityMedium, Question: q("Q-4"), Remediation: T("答える", "answer"), Field: "f4"},
		{ID: "CLD-5", Kinds: []Kind{KindService}, Severity: SeverityMedium, Question: q("Q-5"), Field: "f5"},
		{ID: "CLD-6", Kinds: []Kind{KindService}, Severity: SeverityMedium, Question: q("Q-6")},
		{ID: "CLD-7", Kinds: []Kind{KindService}, Severity: SeverityMedium, Question: q("Q-7")},
		{ID: "CLD-8", Kinds: []Kind{KindService}, Severity: SeverityMedium, Weight: 5,
			Check: func(*Subject) Result { return Result{Outcome: "bogus"} }},
		{ID: "CLD-9", Kinds: []Kind{KindService}, Severity: SeverityLow,
			Check: func(s *Subject) Result {
				if s.AsOf != asOf || s.Org == nil || s.Answers["Q-4"].Value != "yes" {
					return Result{Outcome: OutcomeNotMet}
				}
				return Result{Outcome: OutcomeMet, Due: d(2026, 5, 1), Message: T("確認", "checked")}
			}},
	}
	svc := &Service{Common: Common{ID: "s", Answers: map[string]Answer{
		"Q-4": {Value: "yes", Cell: "Questions!D4"}, "Q-5": {Value: "no"}, "Q-6": {Value: "na"}, "Q-7": {Value: "たぶん"},
	}}}
	got := Findings(testOrg(), reqs, svc, asOf)
	type row struct {
		ID, Outcome, Evidence, Remediation string
		Weight                             float64
	}
	var rows []row
	for _, f := range got {
		rows = append(rows, row{f.Requirement, string(f.Outcome), f.Evidence, f.Remediation.Ja, f.Weight})
	}
	want := []row{
		{"CLD-2", "partial", "ev-CLD-2", "CLD-2を直す", 1},
		{"CLD-3", "not-applicable", "", "", 2},
		{"CLD-4", "met", "Questions!D4", "", 2},
		{"CLD-5", "not-met", "f5", "", 2},
		{"CLD-6", "not-applicable", "", "", 2},
		{"CLD-7", "not-answered", "", "", 2},
		{"CLD-8", "not-answered", "", "", 5},
		{"CLD-9", "met", "", "", 1},
		{"CLD-10", "not-met", "ev-CLD-10", "CLD-10を直す", 3},
	}
	if diff := cmp.Diff(want, rows); diff != "" {
		t.Errorf("findings (-want +got):\n%s", diff)
	}
	if f := got[7]; f.Due() != d(2026, 5, 1) || f.Message.En != "checked" {
		t.Errorf("CLD-9: due/message not carried: %+v", f)
	}
	if f := got[8]; f.Title.En != "CLD-10 title" || f.Clause != "6(8)" || f.Severity != SeverityHigh {
		t.Errorf("CLD-10: title/clause/severity not carried: %+v", f)
	}
	// No answers at all: question-based requirements are not answered.
	svc.Answers = nil
	for _, f := range Findings(testOrg(), reqs, svc, asOf) {
		if f.Requirement == "CLD-4" && f.Outcome != OutcomeNotAnswered {
			t.Errorf("CLD-4 without answers: %s, want not-answered", f.Outcome)
		}
	}
}

func TestControlScore(t *testing.T) {
	f := func(o Outcome, w float64) Finding { return Finding{FindingSpec: &FindingSpec{Weight: w}, Outcome: o} }
	tests := []struct {
		name string
		fs   []Finding
		want float64
	}{
		{"all met", []Finding{f(OutcomeMet, 3), f(OutcomeMet, 1)}, 100},
		{"partial counts half", []Finding{f(OutcomePartial, 2), f(OutcomeMet, 2)}, 75},
		{"not answered counts as not met", []Finding{f(OutcomeNotAnswered, 1), f(OutcomeMet, 1)}, 50},
		{"not met", []Finding{f(OutcomeNotMet, 3), f(OutcomeMet, 1)}, 25},
		{"not applicable left out", []Finding{f(OutcomeNotApplicable, 10), f(OutcomeMet, 1)}, 100},
		{"weight 0 (expiry findings) left out", []Finding{f(OutcomeNotMet, 0), f(OutcomeMet, 1)}, 100},
		{"weights", []Finding{f(OutcomeMet, 4), f(OutcomeNotMet, 3), f(OutcomePartial, 2), f(OutcomeNotAnswered, 1)}, 50},
		{"rounded to one decimal", []Finding{f(OutcomeMet, 1), f(OutcomeNotMet, 1), f(OutcomeNotMet, 1)}, 33.3},
		{"nothing applicable", []Finding{f(OutcomeNotApplicable, 1)}, NoControlScore},
		{"no findings", nil, NoControlScore},
	}
	for _, tc := range tests {
		if got := ControlScore(tc.fs); got != tc.want {
			t.Errorf("%s: ControlScore = %v, want %v", tc.name, got, tc.want)
		}
	}
}

func TestEffectiveWeight(t *testing.T) {
	for _, tc := range []struct {
		r    Requirement
		want float64
	}{
		{Requirement{Severity: SeverityLow}, 1}, {Requirement{Severity: SeverityMedium}, 2},
		{Requirement{Severity: SeverityHigh}, 3}, {Requirement{Severity: SeverityCritical}, 4},
		{Requirement{Severity: "?"}, 1}, {Requirement{Severity: SeverityLow, Weight: 2.5}, 2.5},
		{Requirement{Severity: SeverityHigh, Weight: -1}, 3},
	} {
		if got := EffectiveWeight(&tc.r); got != tc.want {
			t.Errorf("EffectiveWeight(%+v) = %v, want %v", tc.r, got, tc.want)
		}
	}
}

func TestDecide(t *testing.T) {
	fd := func(id string, sev Severity, o Outcome, rem string) Finding {
		return Finding{FindingSpec: &FindingSpec{Requirement: id, Severity: sev, Title: T(id+"題", id+" title"), Remediation: T(rem, rem+" (en)")}, Outcome: o}
	}
	blk := []Blocker{{ID: "BLK-TERMS-CLASS2"}}
	tests := []struct {
		name     string
		residual RiskLevel
		blockers []Blocker
		fs       []Finding
		want     Decision
		conds    []string
	}{
		{"low, clean", RiskLow, nil, []Finding{fd("A-1", SeverityCritical, OutcomeMet, "")}, DecisionApprove, nil},
		{"medium with medium gaps is still approve", RiskMedium, nil, []Finding{fd("A-1", SeverityMedium, OutcomeNotMet, "x")}, DecisionApprove, nil},
		{"high partial does not stop approval", RiskMedium, nil, []Finding{fd("A-1", SeverityHigh, OutcomePartial, "x")}, DecisionApprove, nil},
		{"low but high not met", RiskLow, nil, []Finding{
			fd("A-1", SeverityHigh, OutcomeNotMet, "直す1"),
			fd("A-2", SeverityLow, OutcomeNotMet, "低いので出ない"),
			fd("A-3", SeverityMedium, OutcomePartial, "直す3"),
			fd("A-4", SeverityMedium, OutcomeNotAnswered, ""),
			fd("A-5", SeverityCritical, OutcomeMet, "満たしているので出ない"),
			fd("A-6", SeverityMedium, OutcomeNotApplicable, "対象外"),
			fd("A-7", SeverityHigh, OutcomeNotMet, "直す1"), // same text, other id: kept
		}, DecisionConditional, []string{"A-1: 直す1", "A-3: 直す3", "A-4: A-4題を満たすこと。", "A-7: 直す1"}},
		{"medium but high not answered", RiskMedium, nil, []Finding{fd("A-1", SeverityHigh, OutcomeNotAnswered, "答える")},
			DecisionConditional, []string{"A-1: 答える"}},
		{"duplicate condition once", RiskHigh, nil, []Finding{
			{FindingSpec: &FindingSpec{Requirement: "EXP-CERT", Severity: SeverityMedium, Remediation: T("更新", "renew")}, Outcome: OutcomeNotMet, Evidence: "certifications[0]"},
			{FindingSpec: &FindingSpec{Requirement: "EXP-CERT", Severity: SeverityMedium, Remediation: T("更新", "renew")}, Outcome: OutcomePartial, Evidence: "certifications[1]"},
		}, DecisionConditional, []string{"EXP-CERT: 更新"}},
		{"high residual with only low gaps", RiskHigh, nil, []Finding{fd("A-1", SeverityLow, OutcomeNotMet, "x")}, DecisionConditional,
			[]string{"残留リスクが「高」のため、リスク低減の計画を定め、短い間隔で見直すこと。"}},
		{"critical residual", RiskCritical, nil, nil, DecisionReject, nil},
		{"blocker with low residual", RiskLow, blk, nil, DecisionReject, nil},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got, conds := Decide(tc.residual, tc.blockers, tc.fs)
			var cj []string
			for _, c := range conds {
				cj = append(cj, c.Ja)
				if c.En == "" {
					t.Errorf("condition %q has no English", c.Ja)
				}
			}
			if got != tc.want {
				t.Errorf("decision = %s, want %s", got, tc.want)
			}
			if diff := cmp.Diff(tc.conds, cj); diff != "" {
				t.Errorf("conditions (-want +got):\n%s", diff)
			}
		})
	}
}

// TestReviewOf feeds ReviewOf the inputs that made the review date
// silently wrong before: never reviewed nor decided (the date floated at
// asOf + interval and never fell due), review_due earlier and later than
// the last review + interval, a stale review_due from before the last
// review, and a decision later than the last review.
func TestReviewOf(t *testing.T) {
	// The intervals alone: the services' yearly operation review (CLD-42),
	// which can bring the review forward, is switched off here and tested
	// in TestReviewYearlyReevaluation.
	org := testOrg()
	org.DueOff = []DueKind{DueOperationReview}
	custom := testOrg()
	custom.ReviewIntervals = ReviewIntervals{High: 4}
	custom.DueOff = org.DueOff
	type want struct {
		Date    string
		Field   string
		Overdue bool
		Reason  string // a part of the Japanese reason
	}
	tests := []struct {
		name     string
		org      *Organisation
		c        Common
		residual RiskLevel
		want     want
	}{
		{"from last review, low 24 months", org, Common{LastReviewed: d(2025, 6, 30), Approval: Approval{DecidedOn: d(2024, 1, 1)}}, RiskLow,
			want{"2027-06-30", "last_reviewed", false, "前回の見直し日 2025-06-30 ＋ 24か月（残留リスク 低）＝ 2027-06-30。"}},
		{"from approval decision, medium 12", org, Common{Approval: Approval{DecidedOn: d(2025, 10, 1)}}, RiskMedium,
			want{"2026-10-01", "approval.decided_on", false, "承認の決定日 2025-10-01 ＋ 12か月"}},
		{"decision after the last review counts", org, Common{LastReviewed: d(2024, 1, 1), Approval: Approval{DecidedOn: d(2025, 10, 1)}}, RiskMedium,
			want{"2026-10-01", "approval.decided_on", false, "承認の決定日 2025-10-01"}},
		{"never reviewed nor decided: due now", org, Common{}, RiskHigh,
			want{"2026-04-01", "", true, "最初の見直しが基準日の時点で必要です。"}},
		{"never reviewed, review_due later: still due now", org, Common{ReviewDue: d(2027, 1, 31)}, RiskHigh,
			want{"2026-04-01", "", true, "台帳に書かれた見直し期限（2027-01-31）は最初の見直しを先送りしません。"}},
		{"critical 3", org, Common{LastReviewed: d(2026, 1, 31)}, RiskCritical,
			want{"2026-04-30", "last_reviewed", false, "＋ 3か月（残留リスク 重大）"}}, // Jan 31 + 3 months: the last day of April
		{"earlier review_due kept", org, Common{LastReviewed: d(2026, 1, 1), ReviewDue: d(2026, 3, 1)}, RiskLow,
			want{"2026-03-01", "review_due", true, "台帳に書かれた見直し期限 2026-03-01（前回の見直し日 2026-01-01 ＋ 24か月（残留リスク 低）＝ 2028-01-01 より早い）。"}},
		{"earlier review_due, not yet due", org, Common{LastReviewed: d(2026, 1, 1), ReviewDue: d(2026, 6, 1)}, RiskMedium,
			want{"2026-06-01", "review_due", false, "台帳に書かれた見直し期限 2026-06-01（"}},
		{"later review_due not used", org, Common{LastReviewed: d(2026, 1, 1), ReviewDue: d(2029, 1, 1)}, RiskLow,
			want{"2028-01-01", "last_reviewed", false, "台帳に書かれた見直し期限（2029-01-01）はこれより遅いため採りません。"}},
		{"review_due before the last review was met by it", org, Common{LastReviewed: d(2026, 3, 1), ReviewDue: d(2026, 2, 1)}, RiskMedium,
			want{"2027-03-01", "last_reviewed", false, "台帳に書かれた見直し期限（2026-02-01）は前回の見直し日以前の日付で、その見直しで済んでいます。"}},
		{"review_due equal to the computed date", org, Common{LastReviewed: d(2025, 6, 1), ReviewDue: d(2026, 6, 1)}, RiskMedium,
			want{"2026-06-01", "review_due", false, "台帳に書かれた見直し期限と同じ日です。"}},
		{"last review + interval passed", org, Common{LastReviewed: d(2025, 3, 1)}, RiskMedium,
			want{"2026-03-01", "last_reviewed", true, "前回の見直し日 2025-03-01"}},
		{"organisation interval", custom, Common{LastReviewed: d(2026, 1, 1)}, RiskHigh,
			want{"2026-05-01", "last_reviewed", false, "＋ 4か月（残留リスク 高）"}},
		{"organisation default for unset level", custom, Common{LastReviewed: d(2026, 1, 1)}, RiskMedium,
			want{"2027-01-01", "last_reviewed", false, "＋ 12か月"}},
		// Dates after asOf (2026-04-01): a slip (2062 for 2026) put the
		// next review off for decades; a review after a past as-of date
		// had not taken place by then.
		{"last review after the as-of date: due now", org, Common{LastReviewed: d(2062, 3, 26)}, RiskMedium,
			want{"2026-04-01", "last_reviewed", true, "基準日より後の日付で、基準日までの見直しの記録がないため"}},
		{"last review after the as-of date, the log has one before", org,
			Common{LastReviewed: d(2026, 6, 1), Reviews: []ReviewRecord{{On: d(2025, 6, 1)}, {On: d(2026, 6, 1)}}}, RiskMedium,
			want{"2026-06-01", "reviews[0].on", false, "前回の見直し日 2025-06-01 ＋ 12か月"}},
		{"decision after the as-of date does not count", org, Common{LastReviewed: d(2025, 10, 1), Approval: Approval{DecidedOn: d(2026, 5, 1)}}, RiskMedium,
			want{"2026-10-01", "last_reviewed", false, "前回の見直し日 2025-10-01"}},
		{"only a decision after the as-of date: due now", org, Common{Approval: Approval{DecidedOn: d(2026, 5, 1)}}, RiskMedium,
			want{"2026-04-01", "approval.decided_on", true, "基準日より後の日付"}},
		{"review on the as-of date counts", org, Common{LastReviewed: d(2026, 4, 1)}, RiskMedium,
			want{"2027-04-01", "last_reviewed", false, "前回の見直し日 2026-04-01"}},
		// A request is not a decision: with the decision after the as-of
		// date, a request before it left the entry never reviewed nor
		// decided, not reviewed on the day it was applied for.
		{"only a request by the as-of date, decided after it: due now", org, Common{Approval: Approval{Status: StatusRetired, DecidedOn: d(2026, 6, 30),
			History: []DecisionRecord{{Status: StatusRequested, On: d(2026, 3, 1)}, {Status: StatusRetired, On: d(2026, 6, 30)}}}}, RiskMedium,
			want{"2026-04-01", "approval.decided_on", true, "基準日より後の日付"}},
		{"a rejection, then a request, decided after the as-of date: from the rejection", org, Common{Approval: Approval{Status: StatusApproved, DecidedOn: d(2026, 6, 30),
			History: []DecisionRecord{{Status: StatusRejected, On: d(2025, 10, 1)}, {Status: StatusRequested, On: d(2026, 3, 1)}, {Status: StatusApproved, On: d(2026, 6, 30)}}}}, RiskMedium,
			want{"2026-10-01", "approval.history[0].on", false, "2025-10-01 ＋ 12か月"}},
		// Nor is a request (or draft) recorded as the approval itself, its
		// decided_on by the as-of date: after a rejection the rejection
		// counts, as it does once the request is decided (it read as an
		// approval decided on the day it was applied for).
		{"a rejection, then a request pending on the as-of date: from the rejection", org, Common{Approval: Approval{Status: StatusRequested, DecidedOn: d(2026, 3, 1),
			History: []DecisionRecord{{Status: StatusRejected, On: d(2025, 3, 1)}, {Status: StatusRequested, On: d(2026, 3, 1)}}}}, RiskMedium,
			want{"2026-03-01", "approval.history[0].on", true, "2025-03-01 ＋ 12か月"}},
		{"a retirement, then a draft: from the retirement", org, Common{Approval: Approval{Status: StatusDraft, DecidedOn: d(2026, 3, 1),
			History: []DecisionRecord{{Status: StatusRetired, On: d(2024, 3, 1)}}}}, RiskMedium,
			want{"2025-03-01", "approval.history[0].on", true, "2024-03-01 ＋ 12か月"}},
		{"only a request, pending on the as-of date: due now", org, Common{Approval: Approval{Status: StatusRequested, DecidedOn: d(2026, 3, 1)}}, RiskMedium,
			want{"2026-04-01", "", true, "最初の見直しが基準日の時点で必要です。"}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			e := &Service{Common: tc.c}
			r := ReviewOf(tc.org, e, tc.residual, asOf)
			got := want{r.Date.String(), r.Field, r.Overdue, tc.want.Reason}
			if diff := cmp.Diff(tc.want, got); diff != "" {
				t.Errorf("ReviewOf (-want +got):\n%s", diff)
			}
			if !strings.Contains(r.Reason.Ja, tc.want.Reason) || r.Reason.En == "" {
				t.Errorf("reason = %q / %q, want it to contain %q", r.Reason.Ja, r.Reason.En, tc.want.Reason)
			}
			if got := NextReview(tc.org, e, tc.residual, asOf); got != r.Date {
				t.Errorf("NextReview = %s, ReviewOf = %s", got, r.Date)
			}
			if r.NeverReviewed() != (tc.want.Field == "") {
				t.Errorf("NeverReviewed = %v", r.NeverReviewed())
			}
		})
	}
}

// TestDueItemsLaterDates: a yearly task or review dated after the as-of
// date (a slip: 2062 for 2026) fell due decades later and left the due
// list; it is due on the as-of date, overdue, with a note that says why,
// and its expiry finding is not met.
func TestDueItemsLaterDates(t *testing.T) {
	org := testOrg()
	sensitive := Classification{Confidentiality: "3C"} // the on-site check is due from class 3C (Contractor.OnsiteCheckApplies)
	con := &Contractor{
		Common:          Common{ID: "acme", Owner: Owner{Section: "somu"}, LastReviewed: d(2062, 3, 26), Approval: Approval{Status: StatusApproved}},
		LastOnsiteCheck: d(2062, 6, 18),
		Contracts:       []Contract{{ID: "c1", To: d(2027, 3, 31), Information: []InformationAccess{{Class: sensitive}}}},
	}
	soc := &Social{Common: Common{ID: "x", Owner: Owner{Section: "kouhou"}, LastReviewed: d(2026, 3, 1), Approval: Approval{Status: StatusApproved}},
		PasswordChangedOn: d(2052, 5, 20)}
	type item struct {
		Kind    DueKind
		Date    string
		Field   string
		Overdue bool
		Note    string
	}
	for _, tc := range []struct {
		e    Entry
		want []item
	}{
		{con, []item{
			{DueOnsiteCheck, "2026-04-01", "last_onsite_check", true, laterDoneNote.Ja},
			{DueReview, "2026-04-01", "last_reviewed", true, laterReviewNote.Ja},
			{DueContractEnd, "2027-03-31", "contracts[0].to", false, ""},
		}},
		{soc, []item{
			{DuePassword, "2026-04-01", "password_changed_on", true, laterDoneNote.Ja},
			{DueReview, "2027-03-01", "last_reviewed", false, ""},
		}},
	} {
		rev := ReviewOf(org, tc.e, RiskMedium, asOf)
		items := DueItems(org, tc.e, rev.Date, asOf)
		var got []item
		for _, it := range items {
			got = append(got, item{it.Kind, it.Date.String(), it.Field, it.Overdue, it.Note.Ja})
		}
		if diff := cmp.Diff(tc.want, got); diff != "" {
			t.Errorf("%s: DueItems (-want +got):\n%s", tc.e.Base().ID, diff)
		}
		for _, f := range ExpiryFindings(items, asOf, DefaultExpiryWindowDays, false) {
			if f.Evidence == "contracts[0].to" || f.Evidence == "last_reviewed" && tc.e == soc {
				continue
			}
			if f.Outcome != OutcomeNotMet || !strings.Contains(f.Message.Ja, "基準日より後") || f.Message.En == "" {
				t.Errorf("%s %s: %s %q, want not met, saying the date is after the as-of date", tc.e.Base().ID, f.Requirement, f.Outcome, f.Message.Ja)
			}
		}
	}
}

// TestDueItemsRetiredLater: an entry retired after the as-of date was in
// use on it: it has its due items dated before the retirement. Items dated
// on or after the retirement (RecordFrom), here the contract end, are not
// due: a retired service keeps none (TestDueItemsAfterLaterRecord); nor is
// its review (2028-04-01, counted from the approval in force then): it has
// no next review (TestReviewAfterRecordAhead).
func TestDueItemsRetiredLater(t *testing.T) {
	org := testOrg()
	svc := &Service{Common: Common{ID: "storage", Owner: Owner{Section: "somu"}, Approval: Approval{
		Status: StatusRetired, Approver: "kacho", DecidedOn: d(2026, 9, 30),
		History: []DecisionRecord{{Status: StatusApproved, Approver: "kacho", On: d(2026, 4, 1)}, {Status: StatusRetired, Approver: "kacho", On: d(2026, 9, 30)}},
	}}, ContractEnd: d(2027, 3, 31), Certifications: []Certification{{Type: CertISMS, Number: "IS 1", ValidUntil: d(2026, 9, 29)}}}
	type item struct {
		Kind    DueKind
		Date    string
		Field   string
		Overdue bool
	}
	for _, tc := range []struct {
		asOf   Date
		record bool
		review item
		want   []item
	}{
		{d(2026, 8, 1), false, item{}, []item{
			{DueCertificate, "2026-09-29", "certifications[0].valid_until", false},
		}},
		{d(2026, 10, 1), true, item{}, nil},
	} {
		if got := RecordOn(svc, tc.asOf); got != tc.record {
			t.Errorf("RecordOn(%s) = %v, want %v", tc.asOf, got, tc.record)
		}
		rev := ReviewOf(org, svc, RiskLow, tc.asOf)
		got := item{Field: rev.Field, Overdue: rev.Overdue}
		if !rev.Date.IsZero() {
			got.Kind, got.Date = DueReview, rev.Date.String()
		}
		if got != tc.review {
			t.Errorf("as of %s: ReviewOf = %+v, want %+v", tc.asOf, got, tc.review)
		}
		var items []item
		for _, it := range DueItems(org, svc, rev.Date, tc.asOf) {
			items = append(items, item{it.Kind, it.Date.String(), it.Field, it.Overdue})
		}
		if diff := cmp.Diff(tc.want, items); diff != "" {
			t.Errorf("as of %s: DueItems (-want +got):\n%s", tc.asOf, diff)
		}
	}
}

// TestDueItemsRetiredLaterExpired: a retirement keeps the valid_until of
// the approval it ends (review --outcome retired; errors.md: an expired
// approval may be retired later). As of a day before the retirement that
// approval was in force with that expiry, passed or not: recording the
// retirement on 2026-12-01 turned the as of 2026-11-27 承認の有効期限切れ
// (2026-11-26) into 承認 with no expiry and dropped the overdue item.
func TestDueItemsRetiredLaterExpired(t *testing.T) {
	ap := Approval{
		Status: StatusRetired, Approver: "kacho", DecidedOn: d(2026, 12, 1), ValidUntil: d(2026, 11, 26),
		History: []DecisionRecord{{Status: StatusApproved, Approver: "tokatsu", On: d(2026, 8, 25)}, {Status: StatusRetired, Approver: "kacho", On: d(2026, 12, 1)}},
	}
	want := Approval{Status: StatusApproved, Approver: "tokatsu", DecidedOn: d(2026, 8, 25), ValidUntil: d(2026, 11, 26)}
	if diff := cmp.Diff(want, ap.InForceOn(d(2026, 11, 27))); diff != "" {
		t.Errorf("retired later: InForceOn (-want +got):\n%s", diff)
	}
	svc := &Service{Common: Common{ID: "audit", Owner: Owner{Section: "somu"}, Approval: ap}}
	var got []string
	for _, it := range DueItems(testOrg(), svc, Date{}, d(2026, 11, 27)) {
		if it.Kind == DueApproval {
			got = append(got, fmt.Sprint(it.Date, " ", it.Field, " ", it.Overdue))
		}
	}
	if diff := cmp.Diff([]string{"2026-11-26 approval.valid_until true"}, got); diff != "" {
		t.Errorf("retired later: approval due items (-want +got):\n%s", diff)
	}
	// An approval older than the one the retirement ended has its own
	// expiry, not recorded: none.
	older := ap
	older.History = append([]DecisionRecord{{Status: StatusApproved, Approver: "kacho", On: d(2025, 8, 25)}}, ap.History...)
	if got := older.InForceOn(d(2026, 1, 10)); got.ValidUntil != (Date{}) || got.DecidedOn != d(2025, 8, 25) {
		t.Errorf("retired later, an older approval in force: InForceOn = %+v, want 2025-08-25 without valid_until", got)
	}
}

// TestDueItemsApprovalDecidedLater: the approval's valid_until belongs to
// its decision; with the decision taken after the as-of date it is not
// the expiry of the approval in force then (InForceOn, whose own is not
// recorded): due listed 2027-12-14 承認の有効期限 as of 2026-11-27 while
// the export's 承認期限 for the decision shown then was blank.
func TestDueItemsApprovalDecidedLater(t *testing.T) {
	svc := &Service{Common: Common{ID: "renewed", Owner: Owner{Section: "somu"}, Approval: Approval{
		Status: StatusApproved, DecidedOn: d(2026, 12, 15), ValidUntil: d(2027, 12, 14),
		History: []DecisionRecord{{Status: StatusApproved, On: d(2025, 12, 10)}, {Status: StatusApproved, On: d(2026, 12, 15)}},
	}}}
	for _, tc := range []struct {
		asOf Date
		want bool
	}{{d(2026, 11, 27), false}, {d(2026, 12, 20), true}} {
		got := false
		for _, it := range DueItems(testOrg(), svc, Date{}, tc.asOf) {
			got = got || it.Kind == DueApproval
		}
		if got != tc.want {
			t.Errorf("as of %s: approval expiry listed %v, want %v", tc.asOf, got, tc.want)
		}
	}
}

func TestDueItems(t *testing.T) {
	org := testOrg()
	contractor := &Contractor{
		Common: Common{ID: "acme", Owner: Owner{Section: "somu"}, Approval: Approval{Status: StatusApproved, ValidUntil: d(2026, 9, 30)}},
		Certifications: []Certification{
			{Type: CertISMS, Number: "IS 123", ValidUntil: d(2026, 3, 1)},
			{Type: CertOther, Name: "独自認証", ValidUntil: d(2027, 1, 1)},
			{Type: CertPrivacyMark}, // no date: no item
		},
		Contracts: []Contract{
			{ID: "c-live", To: d(2027, 3, 31), Information: []InformationAccess{{Class: Classification{Confidentiality: "1"}, PersonalData: true}}},
			{ID: "c-done", To: d(2025, 3, 31), DataReturnedOn: d(2025, 4, 30)},
			{ID: "c-open", To: d(2026, 3, 31)},
		},
		LastOnsiteCheck: d(2025, 5, 15),
		Remediation: []RemediationItem{
			{Summary: "ログ保管", Due: d(2026, 2, 1)},
			{Summary: "完了済み", Due: d(2025, 1, 1), ClosedOn: d(2025, 1, 2)},
		},
	}
	type row struct {
		Kind    DueKind
		Date    string
		What    string
		Field   string
		Section string
		Overdue bool
	}
	rows := func(items []DueItem) []row {
		var out []row
		for _, it := range items {
			out = append(out, row{it.Kind, it.Date.String(), it.What, it.Field, it.Section, it.Overdue})
			if it.EntryID == "" || it.EntryKind == "" {
				t.Errorf("item without entry: %+v", it)
			}
		}
		return out
	}
	got := DueItems(org, contractor, d(2026, 4, 1), asOf)
	want := []row{
		{DueRemediation, "2026-02-01", "ログ保管", "remediation[0].due", "somu", true},
		{DueCertificate, "2026-03-01", "isms IS 123", "certifications[0].valid_until", "somu", true},
		{DueContractEnd, "2026-03-31", "c-open", "contracts[2].to", "somu", true},
		{DueReview, "2026-04-01", "", "", "somu", true}, // never reviewed nor decided: the first review is due now
		{DueOnsiteCheck, "2026-05-15", "", "last_onsite_check", "somu", false},
		{DueApproval, "2026-09-30", "", "approval.valid_until", "somu", false},
		{DueCertificate, "2027-01-01", "独自認証", "certifications[1].valid_until", "somu", false},
		{DueContractEnd, "2027-03-31", "c-live", "contracts[0].to", "somu", false},
	}
	if diff := cmp.Diff(want, rows(got)); diff != "" {
		t.Errorf("contractor due items (-want +got):\n%s", diff)
	}

	// No on-site check for a contractor handling only public, non-personal data.
	public := &Contractor{Common: Common{ID: "pub", Owner: Owner{Section: "somu"}}, LastOnsiteCheck: d(2025, 5, 15),
		Contracts: []Contract{{ID: "p", Information: []InformationAccess{{Class: Classification{Confidentiality: "1"}}}}}}
	if got := DueItems(org, public, Date{}, asOf); len(got) != 0 {
		t.Errorf("public contractor: got %v, want no items", rows(got))
	}
	// The on-site check is due where the catalogue's OUT-31 applies
	// (Contractor.OnsiteCheckApplies): personal data whatever the class,
	// or class 3C and higher. It was due for class 2 alone, or a class
	// not stated, without personal data, where OUT-31 does not apply.
	onsiteDue := []row{{DueOnsiteCheck, "2026-05-15", "", "last_onsite_check", "somu", false}}
	for _, c := range []struct {
		name string
		inf  InformationAccess
		want []row
	}{
		{"class 2", InformationAccess{Class: Classification{Confidentiality: "2"}}, nil},
		{"class not stated", InformationAccess{}, nil},
		{"class 3C", InformationAccess{Class: Classification{Confidentiality: "3C"}}, onsiteDue},
		{"class 3A", InformationAccess{Class: Classification{Confidentiality: "3A"}}, onsiteDue},
		{"class 2, personal data", InformationAccess{Class: Classification{Confidentiality: "2"}, PersonalData: true}, onsiteDue},
		{"class 1, personal data", InformationAccess{Class: Classification{Confidentiality: "1"}, PersonalData: true}, onsiteDue},
	} {
		k := &Contractor{Common: Common{ID: "c2", Owner: Owner{Section: "somu"}}, LastOnsiteCheck: d(2025, 5, 15),
			Contracts: []Contract{{ID: "p", Information: []InformationAccess{c.inf}}}}
		if diff := cmp.Diff(c.want, rows(DueItems(org, k, Date{}, asOf))); diff != "" {
			t.Errorf("%s contractor (-want +got):\n%s", c.name, diff)
		}
		var s *ClassificationScheme
		if got := k.OnsiteCheckApplies(s, asOf); got != (c.want != nil) {
			t.Errorf("%s: OnsiteCheckApplies = %v, want %v", c.name, got, c.want != nil)
		}
	}

	// Work in the My Number segment handles personal data
	// (Contract.HandlesPersonalData, as the catalogue's OUT-31 reads it):
	// its on-site check is due with class 1 information and no personal
	// flag, or no item at all. It had no due item while OUT-31 applied.
	// Other segments, and such a contract ended with its data returned,
	// still have none.
	onsite := []row{{DueOnsiteCheck, "2026-05-15", "", "last_onsite_check", "somu", false}}
	for _, c := range []struct {
		name string
		con  Contract
		want []row
	}{
		{"My Number segment, class 1", Contract{ID: "p", Segments: []Segment{SegmentMyNumber}, Information: []InformationAccess{{Class: Classification{Confidentiality: "1"}}}}, onsite},
		{"My Number segment, no items", Contract{ID: "p", Segments: []Segment{SegmentMyNumber}}, onsite},
		{"LGWAN and internet segments, class 1", Contract{ID: "p", Segments: []Segment{SegmentLGWAN, SegmentInternet}, Information: []InformationAccess{{Class: Classification{Confidentiality: "1"}}}}, nil},
		{"My Number segment, ended and returned", Contract{ID: "p", To: d(2025, 3, 31), DataReturnedOn: d(2025, 4, 30), Segments: []Segment{SegmentMyNumber}, Information: []InformationAccess{{Class: Classification{Confidentiality: "1"}}}}, nil},
	} {
		k := &Contractor{Common: Common{ID: "mn", Owner: Owner{Section: "somu"}}, LastOnsiteCheck: d(2025, 5, 15), Contracts: []Contract{c.con}}
		if diff := cmp.Diff(c.want, rows(DueItems(org, k, Date{}, asOf))); diff != "" {
			t.Errorf("%s (-want +got):\n%s", c.name, diff)
		}
	}

	svc := &Service{
		Common:         Common{ID: "svc", Owner: Owner{Section: "somu"}, ReviewDue: d(2026, 6, 1)},
		ISMAP:          &ISMAP{List: ISMAPFull, Number: "C21-0005-2", ValidUntil: d(2026, 6, 30)},
		Certifications: []Certification{{Type: CertISO27017, ValidUntil: d(2028, 1, 1)}},
		ContractEnd:    d(2027, 3, 31),
	}
	want = []row{
		{DueReview, "2026-06-01", "", "review_due", "somu", false},
		{DueISMAP, "2026-06-30", "C21-0005-2", "ismap.valid_until", "somu", false},
		{DueContractEnd, "2027-03-31", "", "contract_end", "somu", false},
		{DueCertificate, "2028-01-01", "iso27017", "certifications[0].valid_until", "somu", false},
	}
	if diff := cmp.Diff(want, rows(DueItems(org, svc, d(2026, 6, 1), asOf))); diff != "" {
		t.Errorf("service due items (-want +got):\n%s", diff)
	}

	soc := &Social{Common: Common{ID: "x", Owner: Owner{Section: "somu"}}, Responsible: Owner{Section: "kouhou", Person: "p"},
		PasswordChangedOn: d(2025, 3, 1), Status: AccountActive}
	want = []row{{DuePassword, "2026-03-01", "", "password_changed_on", "kouhou", true}}
	if diff := cmp.Diff(want, rows(DueItems(org, soc, Date{}, asOf))); diff != "" {
		t.Errorf("social due items (-want +got):\n%s", diff)
	}
	soc.Status = AccountRetired
	if got := DueItems(org, soc, d(2026, 1, 1), asOf); len(got) != 0 {
		t.Errorf("retired account: got %v, want none", rows(got))
	}
	svc.Approval.Status = StatusRetired
	if got := DueItems(org, svc, d(2026, 1, 1), asOf); len(got) != 0 {
		t.Errorf("retired service: got %v, want none", rows(got))
	}
}

func TestExpiryFindings(t *testing.T) {
	item := func(k DueKind, dd Date, what, field string) DueItem {
		return DueItem{Kind: k, EntryKind: KindService, EntryID: "s", Date: dd, What: what, Field: field, Overdue: dd.Before(asOf)}
	}
	items := []DueItem{
		item(DueCertificate, d(2026, 3, 31), "isms 1", "certifications[0].valid_until"), // 1 day overdue
		item(DueISMAP, d(2026, 6, 30), "C1", "ismap.valid_until"),                       // 90 days: in window
		item(DueApproval, d(2026, 7, 1), "", "approval.valid_until"),                    // 91 days: out
		item(DueReview, d(2026, 4, 1), "", "review_due"),                                // today: partial
		item(DueContractEnd, d(2026, 1, 1), "c1", "contract_end"),
		item(DuePassword, d(2026, 2, 1), "", "password_changed_on"),
		item(DueOnsiteCheck, d(2026, 5, 1), "", "last_onsite_check"),
		item(DueRemediation, d(2025, 12, 1), "ログ", "remediation[0].due"),
	}
	type row struct {
		ID, Outcome, Severity, Evidence, Due string
	}
	conv := func(fs []Finding) []row {
		var out []row
		for _, f := range fs {
			out = append(out, row{f.Requirement, string(f.Outcome), string(f.Severity), f.Evidence, f.Due().String()})
			if f.Weight != 0 {
				t.Errorf("%s: weight %v, want 0 (not in the control score)", f.Requirement, f.Weight)
			}
			if f.Message.Ja == "" || f.Message.En == "" || f.Remediation.Ja == "" || f.Remediation.En == "" || f.Title.Ja == "" {
				t.Errorf("%s: missing texts: %+v", f.Requirement, f)
			}
		}
		return out
	}
	want := []row{
		{ExpCertificate, "not-met", "medium", "certifications[0].valid_until", "2026-03-31"},
		{ExpContractEnd, "not-met", "medium", "contract_end", "2026-01-01"},
		{ExpISMAP, "partial", "medium", "ismap.valid_until", "2026-06-30"},
		{ExpOnsiteCheck, "partial", "medium", "last_onsite_check", "2026-05-01"},
		{ExpRemediation, "not-met", "medium", "remediation[0].due", "2025-12-01"},
		{ExpReview, "partial", "medium", "review_due", "2026-04-01"},
	}
	if diff := cmp.Diff(want, conv(ExpiryFindings(items, asOf, 90, false))); diff != "" {
		t.Errorf("expiry findings (-want +got):\n%s", diff)
	}
	// Sensitive entries: certificate, ISMAP, on-site and remediation become high.
	want = []row{
		{ExpCertificate, "not-met", "high", "certifications[0].valid_until", "2026-03-31"},
		{ExpContractEnd, "not-met", "medium", "contract_end", "2026-01-01"},
		{ExpRemediation, "not-met", "high", "remediation[0].due", "2025-12-01"},
	}
	if diff := cmp.Diff(want, conv(ExpiryFindings(items, asOf, -1, true))); diff != "" {
		t.Errorf("expiry findings, no window, sensitive (-want +got):\n%s", diff)
	}
	approval := ExpiryFindings([]DueItem{item(DueApproval, d(2026, 1, 1), "", "approval.valid_until")}, asOf, 90, false)
	if len(approval) != 1 || approval[0].Severity != SeverityHigh || approval[0].Requirement != ExpApproval {
		t.Errorf("expired approval: %+v, want one high EXP-APPROVAL", approval)
	}
	it := item(DueCertificate, d(2026, 3, 31), "isms 1", "x")
	f, _ := expiryFinding(&it, asOf, 90, false, nil, nil)
	if want := "認証（isms 1）の有効期限（2026-03-31）を過ぎています。"; f.Message.Ja != want {
		t.Errorf("message = %q, want %q", f.Message.Ja, want)
	}
	it = item(DueISMAP, d(2026, 4, 11), "C1", "x")
	f, _ = expiryFinding(&it, asOf, 90, false, nil, &textArena{})
	if want := "The expiry date of the ISMAP listing (C1) (2026-04-11) is in 10 days."; f.Message.En != want {
		t.Errorf("message = %q, want %q", f.Message.En, want)
	}
}

// assessFixture is a small register used by the end-to-end tests.
func assessFixture() (*Register, []Requirement) {
	reg := &Register{Org: *testOrg()}
	reg.Contractors = []*Contractor{{
		Common: Common{ID: "acme", Name: T("アクメ", "Acme"), Owner: Owner{Section: "somu"},
			Approval: Approval{Status: StatusApproved, DecidedOn: d(2025, 4, 1)}, LastReviewed: d(2025, 10, 1)},
		Contracts: []Contract{{ID: "k1", To: d(2027, 3, 31),
			Information: []InformationAccess{{Description: "会議録", Class: Classification{"2", "2", "1"}, PersonalData: true}},
			Segments:    []Segment{SegmentLGWAN}, Clauses: []ContractClause{{Requirement: "OUT-16"}}}},
		Certifications:  []Certification{{Type: CertISMS, Number: "IS 1", ValidUntil: d(2026, 5, 31)}},
		LastOnsiteCheck: d(2025, 2, 1),
	}}
	reg.Services = []*Service{{
		Common:       Common{ID: "chat", Name: T("チャット", "Chat"), Owner: Owner{Section: "somu"}, Approval: Approval{Status: StatusRequested}},
		ContractType: ContractTerms, Class: Classification{Confidentiality: "2"}, Segments: []Segment{SegmentInternet},
	}}
	reg.Social = []*Social{{
		Common:   Common{ID: "x-gikai", Owner: Owner{Section: "somu"}, LastReviewed: d(2025, 12, 1)},
		Platform: PlatformYouTube, Responsible: Owner{Section: "kouhou", Person: "p1"}, Status: AccountActive,
	}}
	reqs := []Requirement{
		fixed("OUT-10", SeverityHigh, OutcomeMet, KindContractor),
		fixed("OUT-11", SeverityMedium, OutcomePartial, KindContractor),
		fixed("OUT-12", SeverityMedium, OutcomeNotAnswered, KindContractor),
		fixed("OUT-13", SeverityLow, OutcomeNotMet, KindContractor),
		fixed("OUT-14", SeverityMedium, OutcomeNotApplicable, KindContractor),
		fixed("CLD-01", SeverityHigh, OutcomeMet, KindService),
		fixed("SNS-01", SeverityHigh, OutcomeMet, KindSocial),
	}
	return reg, reqs
}

func TestAssess(t *testing.T) {
	reg, reqs := assessFixture()
	got := mustAssess(testScorer().AssessAll(reg, reqs, asOf))
	if len(got) != 3 {
		t.Fatalf("got %d assessments, want 3", len(got))
	}

	acme := got[0]
	// Inherent: class 2 (2) + I2 (1) + personal (2) + LGWAN (2) = 7 → 高.
	// Control: OUT-10 met 3, OUT-11 partial 2→1, OUT-12 not answered 0 of 2,
	// OUT-13 not met 0 of 1; OUT-14 n/a. 4 / 8 = 50 → band 40–59 → 高.
	type summary struct {
		Kind       Kind
		ID         string
		Inherent   RiskLevel
		Points     int
		Score      float64
		Residual   RiskLevel
		Decision   Decision
		NextReview string
		Counts     OutcomeCounts
		Blockers   []string
		Conditions []string
		Findings   []string
	}
	sum := func(a Assessment) summary {
		s := summary{Kind: a.Kind, ID: a.EntryID, Inherent: a.Inherent, Points: a.InherentScore, Score: a.ControlScore,
			Residual: a.Residual, Decision: a.Decision, NextReview: a.NextReview.String(), Counts: a.Counts, Blockers: blockerIDs(a.Blockers)}
		for _, c := range a.Conditions {
			s.Conditions = append(s.Conditions, c.Ja)
		}
		for _, f := range a.Findings {
			s.Findings = append(s.Findings, fmt.Sprintf("%s %s %s", f.Requirement, f.Outcome, f.Evidence))
		}
		return s
	}
	want := []summary{
		{
			Kind: KindContractor, ID: "acme", Inherent: RiskHigh, Points: 7, Score: 50, Residual: RiskHigh, Decision: DecisionConditional,
			// last reviewed 2025-10-01 + 6 months (高)
			NextReview: "2026-04-01",
			Counts:     OutcomeCounts{Met: 1, Partial: 3, NotMet: 2, NotAnswered: 1, NotApplicable: 1},
			Conditions: []string{
				"EXP-CERT: 更新後の認証の証明書の写しを入手し、新しい有効期限を台帳に記録してください。",
				"EXP-ONSITE: 委託先の実地確認（困難な場合はビデオ通話・写真等）を行い、台帳の最終の実地確認日を更新してください。",
				"EXP-REVIEW: リスク評価を見直し、台帳の前回の見直し日（と見直し期限）を更新してください。",
				"OUT-11: OUT-11を直す",
				"OUT-12: OUT-12を直す",
			},
			Findings: []string{
				"EXP-CERT partial certifications[0].valid_until", // 2026-05-31, 60 days
				"EXP-ONSITE not-met last_onsite_check",           // 2026-02-01
				"EXP-REVIEW partial last_reviewed",               // due today
				"OUT-10 met ev-OUT-10",
				"OUT-11 partial ev-OUT-11",
				"OUT-12 not-answered ev-OUT-12",
				"OUT-13 not-met ev-OUT-13",
				"OUT-14 not-applicable ev-OUT-14",
			},
		},
		{
			// Terms-based class 2: class 2 (2) + internet (1) + terms (1) = 4 → 中;
			// CLD-01 met → 100 → 低, but the blocker forces 重大 / 不可.
			Kind: KindService, ID: "chat", Inherent: RiskMedium, Points: 4, Score: 100, Residual: RiskCritical, Decision: DecisionReject,
			// No review or approval date: the first review is due now
			// (not asOf + 3 months, which never fell due).
			NextReview: "2026-04-01",
			Counts:     OutcomeCounts{Met: 1, Partial: 0, NotMet: 1, NotAnswered: 0, NotApplicable: 0},
			Blockers:   []string{"BLK-TERMS-CLASS2" + "@contract_type, class.confidentiality"},
			Findings:   []string{"CLD-01 met ev-CLD-01", "EXP-REVIEW not-met last_reviewed"},
		},
		{
			// Social on YouTube: 2 → 低; SNS-01 met → 100 → 低 → approve;
			// last reviewed 2025-12-01 + 24 months.
			Kind: KindSocial, ID: "x-gikai", Inherent: RiskLow, Points: 2, Score: 100, Residual: RiskLow, Decision: DecisionApprove,
			NextReview: "2027-12-01",
			Counts:     OutcomeCounts{Met: 1, Partial: 0, NotMet: 0, NotAnswered: 0, NotApplicable: 0},
			Findings:   []string{"SNS-01 met ev-SNS-01"},
		},
	}
	var sums []summary
	for _, a := range got {
		sums = append(sums, sum(a))
	}
	if diff := cmp.Diff(want, sums); diff != "" {
		t.Errorf("assessments (-want +got):\n%s", diff)
	}
	if acme.Counts.NotAnswered == acme.Counts.NotMet {
		t.Errorf("not answered and not met must be counted apart: %v", acme.Counts)
	}
	// The due list carries the computed review.
	var kinds []DueKind
	for _, it := range acme.Due {
		kinds = append(kinds, it.Kind)
	}
	if diff := cmp.Diff([]DueKind{DueOnsiteCheck, DueReview, DueCertificate, DueContractEnd}, kinds); diff != "" {
		t.Errorf("acme due kinds (-want +got):\n%s", diff)
	}

	// Assess gives the same as AssessAll, and repeated runs are identical.
	for i, e := range reg.Entries() {
		if diff := cmp.Diff(got[i], mustAssess(testScorer().Assess(&reg.Org, reqs, e, asOf))); diff != "" {
			t.Errorf("Assess(%s) differs from AssessAll (-all +one):\n%s", e.Base().ID, diff)
		}
	}
	// Requirement order in the input does not matter.
	rev := append([]Requirement(nil), reqs...)
	for i, j := 0, len(rev)-1; i < j; i, j = i+1, j-1 {
		rev[i], rev[j] = rev[j], rev[i]
	}
	if diff := cmp.Diff(got, mustAssess(testScorer().AssessAll(reg, rev, asOf))); diff != "" {
		t.Errorf("AssessAll depends on requirement order (-want +got):\n%s", diff)
	}
}

func TestScorerOptions(t *testing.T) {
	reg, reqs := assessFixture()
	chat := reg.Services[0]

	// No blockers: the terms-based class-2 service is scored by the matrix.
	a := mustAssess(Scorer{Blockers: []BlockerRule{}}.Assess(&reg.Org, reqs, chat, asOf))
	if a.Residual != RiskLow || a.Decision != DecisionApprove || len(a.Blockers) != 0 {
		t.Errorf("without blockers: residual %s decision %s blockers %v; want low/approve/none", a.Residual, a.Decision, a.Blockers)
	}
	// A custom blocker.
	custom := []BlockerRule{{ID: "BLK-NAME", Message: T("名前", "name"), Check: func(c *BlockerContext) (bool, string) {
		return c.Entry.Base().ID == "chat", "id"
	}}}
	a = mustAssess(Scorer{Blockers: custom}.Assess(&reg.Org, reqs, chat, asOf))
	if diff := cmp.Diff([]string{"BLK-NAME@id"}, blockerIDs(a.Blockers)); diff != "" || a.Decision != DecisionReject {
		t.Errorf("custom blocker: %v %s", a.Blockers, a.Decision)
	}
	// A custom matrix: everything 中.
	var m Matrix
	m.Bands = [3]float64{90, 50, 10}
	for i := range m.Cells {
		for j := range m.Cells[i] {
			m.Cells[i][j] = RiskMedium
		}
	}
	a = mustAssess(Scorer{Blockers: []BlockerRule{}, Matrix: m}.Assess(&reg.Org, reqs, reg.Contractors[0], asOf))
	if a.Residual != RiskMedium {
		t.Errorf("custom matrix: residual %s, want medium", a.Residual)
	}
	// Expiry window: with 30 days the certificate (60 days ahead) is no finding.
	a = mustAssess(Scorer{Blockers: catalogBlockers, ExpiryWindowDays: 30}.Assess(&reg.Org, reqs, reg.Contractors[0], asOf))
	for _, f := range a.Findings {
		if f.Requirement == ExpCertificate {
			t.Errorf("window 30: unexpected %s %s", f.Requirement, f.Outcome)
		}
	}
	// Thresholds.
	a = mustAssess(Scorer{Blockers: catalogBlockers, Thresholds: InherentThresholds{Medium: 1, High: 2, Critical: 3}}.Assess(&reg.Org, reqs, reg.Social[0], asOf))
	if a.Inherent != RiskHigh {
		t.Errorf("custom thresholds: inherent %s, want high", a.Inherent)
	}
}

// TestAssessNoRequirements: assessing without a catalogue is an error,
// never a plausible result (an empty catalogue once gave every entry a
// level and a decision). Every way in refuses it.
func TestAssessNoRequirements(t *testing.T) {
	reg, _ := assessFixture()
	for name, reqs := range map[string][]Requirement{"nil": nil, "empty": {}} {
		if as, err := testScorer().AssessAll(reg, reqs, asOf); !errors.Is(err, ErrNoRequirements) || as != nil {
			t.Errorf("AssessAll(%s requirements) = %d assessments, %v; want ErrNoRequirements", name, len(as), err)
		}
		if as, err := (Scorer{Workers: 4, Blockers: []BlockerRule{}}).AssessAll(reg, reqs, asOf); !errors.Is(err, ErrNoRequirements) || as != nil {
			t.Errorf("Scorer.AssessAll(%s requirements) = %d assessments, %v; want ErrNoRequirements", name, len(as), err)
		}
		if a, err := testScorer().Assess(&reg.Org, reqs, reg.Social[0], asOf); !errors.Is(err, ErrNoRequirements) || a.EntryID != "" {
			t.Errorf("Assess(%s requirements) = %+v, %v; want ErrNoRequirements", name, a, err)
		}
	}
}

// TestAssessNoAsOf: assessing as of the zero Date (a library caller that
// forgot the date) or a day not in the calendar is an error, never a
// plausible result: as of the zero Date nothing was overdue or expired and
// an entry with overdue reviews and expired certificates was scored as if
// all were in order. Every way in refuses it; the command always passes a
// date (--as-of, or today).
func TestAssessNoAsOf(t *testing.T) {
	reg, reqs := assessFixture()
	for _, d := range []Date{{}, NewDate(2026, 13, 1), NewDate(2026, 2, 30), NewDate(2026, 4, 0), NewDate(0, 1, 1), NewDate(10000, 1, 1)} {
		if as, err := testScorer().AssessAll(reg, reqs, d); !errors.Is(err, ErrAsOf) || as != nil {
			t.Errorf("AssessAll(as of %q) = %d assessments, %v; want ErrAsOf", d, len(as), err)
		}
		if a, err := testScorer().Assess(&reg.Org, reqs, reg.Social[0], d); !errors.Is(err, ErrAsOf) || a.EntryID != "" {
			t.Errorf("Assess(as of %q) = %+v, %v; want ErrAsOf", d, a, err)
		}
		assess, err := testScorer().Assessor(&reg.Org, reqs)
		if err != nil {
			t.Fatal(err)
		}
		func() {
			defer func() {
				if err, _ := recover().(error); !errors.Is(err, ErrAsOf) {
					t.Errorf("Assessor's function as of %q: recovered %v, want a panic with ErrAsOf", d, err)
				}
			}()
			assess(reg.Social[0], d)
		}()
	}
	for _, d := range []Date{NewDate(2028, 2, 29), NewDate(2026, 12, 31), NewDate(1, 1, 1)} {
		if _, err := testScorer().AssessAll(reg, reqs, d); err != nil {
			t.Errorf("AssessAll(as of %s) = %v, want no error", d, err)
		}
	}
}

// TestAssessBadRequirement: a requirement added in Go that register.yaml's
// settings would refuse (catalog.ForOrg) is refused by the scorer, by
// every way in, instead of being counted silently wrong: a critical
// requirement written Severity "Critical" was not met and neither blocked
// nor weighed more than a low one; one without kinds was never checked.
func TestAssessBadRequirement(t *testing.T) {
	reg, reqs := assessFixture()
	for _, tc := range []struct {
		name string
		r    Requirement
		want string
	}{
		{"no id", fixed("", SeverityHigh, OutcomeNotMet), "has no ID"},
		{"severity typo", fixed("ORG-01", "Critical", OutcomeNotMet), `requirement "ORG-01": unknown severity "Critical"`},
		{"no severity", fixed("ORG-01", "", OutcomeNotMet), `requirement "ORG-01": unknown severity ""`},
		{"no kinds", Requirement{ID: "ORG-01", Severity: SeverityHigh}, `requirement "ORG-01" has no Kinds`},
		{"kind typo", fixed("ORG-01", SeverityHigh, OutcomeNotMet, "contractors"), `requirement "ORG-01": unknown kind "contractors"`},
		// A requirement appended to replace the catalogue's OUT-12 was
		// checked beside it: both counted in the control score.
		{"id twice", fixed("OUT-12", SeverityMedium, OutcomeMet, KindContractor), `requirement "OUT-12" appears twice`},
		// A weight of +Inf made every control score NaN (residual risks
		// and review dates moved, no error); NaN was taken as "by
		// severity" without a word; above MaxWeight as catalog.ForOrg
		// refuses it.
		{"weight +Inf", weighted(fixed("ORG-01", SeverityHigh, OutcomeNotMet, KindContractor), math.Inf(1)), `requirement "ORG-01": weight +Inf`},
		{"weight NaN", weighted(fixed("ORG-01", SeverityHigh, OutcomeNotMet, KindContractor), math.NaN()), `requirement "ORG-01": weight NaN`},
		{"weight above MaxWeight", weighted(fixed("ORG-01", SeverityHigh, OutcomeNotMet, KindContractor), MaxWeight+0.5), `requirement "ORG-01": weight 1000.5`},
		{"weight 1e308", weighted(fixed("ORG-01", SeverityHigh, OutcomeNotMet, KindContractor), 1e308), `requirement "ORG-01": weight 1e+308`},
	} {
		bad := append(slices.Clone(reqs), tc.r)
		if as, err := testScorer().AssessAll(reg, bad, asOf); err == nil || !strings.Contains(err.Error(), tc.want) || as != nil {
			t.Errorf("%s: AssessAll = %d assessments, %v; want %q", tc.name, len(as), err, tc.want)
		}
		if _, err := testScorer().Assess(&reg.Org, bad, reg.Contractors[0], asOf); err == nil || !strings.Contains(err.Error(), tc.want) {
			t.Errorf("%s: Assess = %v; want %q", tc.name, err, tc.want)
		}
		if _, err := testScorer().Assessor(&reg.Org, bad); err == nil || !strings.Contains(err.Error(), tc.want) {
			t.Errorf("%s: Assessor = %v; want %q", tc.name, err, tc.want)
		}
	}
	good := append(slices.Clone(reqs), fixed("ORG-01", SeverityCritical, OutcomeNotMet, KindContractor))
	if _, err := testScorer().AssessAll(reg, good, asOf); err != nil {
		t.Errorf("a well-formed requirement added: %v", err)
	}
	// The bound itself, a fraction, and 0 or a negative weight (by
	// severity, EffectiveWeight) are taken.
	for _, w := range []float64{MaxWeight, 0.5, 0, -1, math.Inf(-1)} {
		good := append(slices.Clone(reqs), weighted(fixed("ORG-01", SeverityCritical, OutcomeNotMet, KindContractor), w))
		if _, err := testScorer().AssessAll(reg, good, asOf); err != nil {
			t.Errorf("weight %v: %v", w, err)
		}
	}
}

// weighted returns r with weight w.
func weighted(r Requirement, w float64) Requirement {
	r.Weight = w
	return r
}

// TestAssessBadSettings: a Scorer.Matrix or Thresholds set in Go that
// register.yaml's residual_matrix could not hold is refused, by every way
// in: a matrix with only its bands set gave every entry the residual level
// "" and a decision anyway.
func TestAssessBadSettings(t *testing.T) {
	reg, reqs := assessFixture()
	def := DefaultMatrix()
	cells := func(f func(m *Matrix)) Matrix { m := def; f(&m); return m }
	for _, tc := range []struct {
		name string
		sc   Scorer
		want string
	}{
		{"bands only", Scorer{Matrix: Matrix{Bands: def.Bands}}, `Scorer.Matrix.Cells[0][0] is ""`},
		{"cells only", Scorer{Matrix: Matrix{Cells: def.Cells}}, "Scorer.Matrix.Bands [0 0 0]"},
		{"bands ascending", Scorer{Matrix: cells(func(m *Matrix) { m.Bands = [3]float64{40, 60, 80} })}, "Scorer.Matrix.Bands [40 60 80]"},
		{"bands as fractions", Scorer{Matrix: cells(func(m *Matrix) { m.Bands = [3]float64{0.8, 0.6, 0.4} })}, "look like fractions"},
		{"level typo", Scorer{Matrix: cells(func(m *Matrix) { m.Cells[2][1] = "High" })}, `Scorer.Matrix.Cells[2][1] is "High"`},
		{"weaker controls lower", Scorer{Matrix: cells(func(m *Matrix) { m.Cells[1][3] = RiskLow })}, "Scorer.Matrix.Cells[1][3] (low) is lower"},
		{"higher inherent lower", Scorer{Matrix: cells(func(m *Matrix) { m.Cells[3][0], m.Cells[3][1] = RiskLow, RiskLow })}, "Scorer.Matrix.Cells[3][0] (low) is lower"},
		{"thresholds partial", Scorer{Thresholds: InherentThresholds{Critical: 100}}, "want 0 < Medium < High < Critical"},
		{"thresholds inverted", Scorer{Thresholds: InherentThresholds{Medium: 9, High: 5, Critical: 1}}, "want 0 < Medium < High < Critical"},
	} {
		tc.sc.Blockers = catalogBlockers
		if as, err := tc.sc.AssessAll(reg, reqs, asOf); err == nil || !strings.Contains(err.Error(), tc.want) || as != nil {
			t.Errorf("%s: AssessAll = %d assessments, %v; want %q", tc.name, len(as), err, tc.want)
		}
		if _, err := tc.sc.Assess(&reg.Org, reqs, reg.Contractors[0], asOf); err == nil || !strings.Contains(err.Error(), tc.want) {
			t.Errorf("%s: Assess = %v; want %q", tc.name, err, tc.want)
		}
		if _, err := tc.sc.Assessor(&reg.Org, reqs); err == nil || !strings.Contains(err.Error(), tc.want) {
			t.Errorf("%s: Assessor = %v; want %q", tc.name, err, tc.want)
		}
	}
	for _, sc := range []Scorer{{Matrix: def}, {Thresholds: DefaultInherentThresholds()}, {Thresholds: InherentThresholds{Medium: 1, High: 2, Critical: 3}}} {
		sc.Blockers = catalogBlockers
		if _, err := sc.AssessAll(reg, reqs, asOf); err != nil {
			t.Errorf("%+v: %v", sc, err)
		}
	}
}

// TestAssessNoBlockers: a scorer without blocker rules (nil Blockers, the
// zero Scorer) refuses to score, by every way in, rather than approve
// what a blocker forbids; a rule without a check is refused by name. A
// non-nil empty slice is the explicit choice of no blockers.
func TestAssessNoBlockers(t *testing.T) {
	reg, reqs := assessFixture()
	chat := reg.Services[0] // terms-based, class 2: a blocker triggers
	noCheck := []BlockerRule{{ID: "BLK-OK", Check: func(*BlockerContext) (bool, string) { return false, "" }}, {ID: "BLK-NOCHECK"}}
	s := testOrg().Scheme()
	bctx := &BlockerContext{Org: &reg.Org, Scheme: &s, Entry: chat, AsOf: asOf}
	for _, tc := range []struct {
		name string
		sc   Scorer
		want string // the error's text, or "" for ErrNoBlockers
	}{
		{"zero Scorer", Scorer{}, ""},
		{"nil Blockers with other settings", Scorer{Workers: 1, ExpiryWindowDays: 30}, ""},
		{"a rule without Check", Scorer{Blockers: noCheck}, `blocker rule 1 ("BLK-NOCHECK") has no Check`},
	} {
		check := func(what string, err error) {
			t.Helper()
			switch {
			case tc.want == "" && !errors.Is(err, ErrNoBlockers):
				t.Errorf("%s: %s: error %v, want ErrNoBlockers", tc.name, what, err)
			case tc.want != "" && (err == nil || !strings.Contains(err.Error(), tc.want)):
				t.Errorf("%s: %s: error %v, want one saying %q", tc.name, what, err, tc.want)
			}
		}
		as, err := tc.sc.AssessAll(reg, reqs, asOf)
		check("AssessAll", err)
		if as != nil {
			t.Errorf("%s: AssessAll returned %d assessments with its error", tc.name, len(as))
		}
		a, err := tc.sc.Assess(&reg.Org, reqs, chat, asOf)
		check("Assess", err)
		if a.EntryID != "" {
			t.Errorf("%s: Assess returned an assessment with its error: %+v", tc.name, a)
		}
		bs, err := tc.sc.TriggeredBlockers(bctx)
		check("TriggeredBlockers", err)
		if bs != nil {
			t.Errorf("%s: TriggeredBlockers returned %v with its error", tc.name, bs)
		}
	}
	// The explicit choice of no blockers scores.
	if _, err := (Scorer{Blockers: []BlockerRule{}}).Assess(&reg.Org, reqs, chat, asOf); err != nil {
		t.Errorf("Blockers: []BlockerRule{}: %v, want a result", err)
	}
}

// TestAssessNoneApplies: an entry to which no requirement of the catalogue
// applies gets the inconclusive score.
func TestAssessNoneApplies(t *testing.T) {
	reg, _ := assessFixture()
	never := []Requirement{{ID: "X-01", Kinds: []Kind{KindContractor}, Severity: SeverityLow, Weight: 1,
		Applies: func(*Subject) bool { return false }}}
	a := mustAssess(testScorer().Assess(&reg.Org, never, reg.Social[0], asOf))
	// No requirement applies: inconclusive score, worst band; inherent 低 → 中.
	if a.ControlScore != NoControlScore || a.Residual != RiskMedium || a.Decision != DecisionApprove {
		t.Errorf("no requirements: score %v residual %s decision %s", a.ControlScore, a.Residual, a.Decision)
	}
	if a.Findings == nil || a.Counts != (OutcomeCounts{}) || len(a.Counts.Map()) != len(Outcomes()) {
		t.Errorf("findings %v counts %v: want empty non-nil slice and every outcome counted", a.Findings, a.Counts)
	}
}

func TestAssessRetired(t *testing.T) {
	reg, reqs := assessFixture()
	c := reg.Contractors[0]
	c.Approval.Status = StatusRetired
	// Its information returned: nothing left due (a retired contractor
	// still holding it keeps the contract's end, see
	// TestDueItemsRetiredContractorData).
	c.Contracts[0].DataReturnedOn = d(2026, 3, 31)
	a := mustAssess(testScorer().Assess(&reg.Org, reqs, c, asOf))
	if !a.NextReview.IsZero() || len(a.Due) != 0 {
		t.Errorf("retired: next review %s, due %v; want none", a.NextReview, a.Due)
	}
	for _, f := range a.Findings {
		if f.Weight == 0 {
			t.Errorf("retired: unexpected expiry finding %s", f.Requirement)
		}
	}
}

func TestDateStringFastPath(t *testing.T) {
	for _, dt := range []Date{d(2026, 4, 1), d(1, 1, 1), d(9999, 12, 31), d(10000, 1, 2), d(-5, 3, 4), d(2026, 0, 0)} {
		want := fmt.Sprintf("%04d-%02d-%02d", dt.Year, int(dt.Month), dt.Day)
		if got := dt.String(); got != want {
			t.Errorf("Date%+v.String() = %q, want %q", dt, got, want)
		}
	}
}

func TestMergeFindings(t *testing.T) {
	mk := func(ids ...string) []Finding {
		var fs []Finding
		for _, id := range ids {
			parts := strings.SplitN(id, "@", 2)
			f := Finding{FindingSpec: &FindingSpec{Requirement: parts[0]}}
			if len(parts) == 2 {
				f.Evidence = parts[1]
			}
			fs = append(fs, f)
		}
		return fs
	}
	ids := func(fs []Finding) []string {
		var out []string
		for _, f := range fs {
			out = append(out, f.Requirement+"@"+f.Evidence+"@"+string(f.Outcome))
		}
		return out
	}
	base := mk("AUD-1", "CLD-2", "OUT-1", "OUT-10", "SNS-3")
	base[2].Outcome = OutcomeMet // marks the original of a tie
	extra := mk("A-0", "EXP-CERT@a", "EXP-CERT@b", "OUT-1", "ZZZ")
	got := mergeFindings(base, extra)
	want := []string{"A-0@@", "AUD-1@@", "CLD-2@@", "EXP-CERT@a@", "EXP-CERT@b@", "OUT-1@@met", "OUT-1@@", "OUT-10@@", "SNS-3@@", "ZZZ@@"}
	if diff := cmp.Diff(want, ids(got)); diff != "" {
		t.Errorf("merge (-want +got):\n%s", diff)
	}
	if got := mergeFindings(nil, mk("B", "C")); len(got) != 2 {
		t.Errorf("merge into nil: %v", ids(got))
	}
}

func TestAssessAllDeterministic(t *testing.T) {
	reg, reqs := assessFixture()
	a, err := json.Marshal(mustAssess(testScorer().AssessAll(reg, reqs, asOf)))
	if err != nil {
		t.Fatal(err)
	}
	for range 3 {
		b, _ := json.Marshal(mustAssess(testScorer().AssessAll(reg, reqs, asOf)))
		if string(a) != string(b) {
			t.Fatalf("AssessAll output differs between runs")
		}
	}
}

// TestDueKindsHaveExpiryRules checks that expiryRuleOf finds the rule and
// spec (id, title, severity raised only for a sensitive entry of a rule
// that says so, clause, remediation, weight 0) of every due kind with an
// expiry rule (dueKinds lists them all) and none for another kind.
func TestDueKindsHaveExpiryRules(t *testing.T) {
	if len(dueKinds) != len(expiryRules) {
		t.Errorf("dueKinds has %d kinds, expiryRules %d", len(dueKinds), len(expiryRules))
	}
	for k, want := range expiryRules {
		for _, sensitive := range []bool{false, true} {
			sev := want.severity
			if sensitive && want.bump {
				sev = SeverityHigh
			}
			wantSpec := FindingSpec{Requirement: want.id, Title: T(k.Label("ja"), k.Label("en")), Severity: sev,
				Clause: want.clause, Remediation: want.remedy}
			r, spec, ok := expiryRuleOf(k, sensitive)
			if !ok || r.id != want.id || *spec != wantSpec {
				t.Errorf("expiryRuleOf(%s, %v) = %v, %+v, %v; want rule %s, spec %+v", k, sensitive, r, spec, ok, want.id, wantSpec)
			}
		}
	}
	if _, _, ok := expiryRuleOf("other", false); ok {
		t.Error("expiryRuleOf(other) found a rule")
	}
}

// TestOverdueAsOf: the one rule every output uses for "overdue": dated
// before the as-of date, or marked Overdue (dated the as-of date by
// DueItems) and not dated after it.
func TestOverdueAsOf(t *testing.T) {
	asOf := NewDate(2026, 11, 27)
	tests := []struct {
		date    Date
		overdue bool
		want    bool
	}{
		{NewDate(2026, 11, 26), false, true},
		{asOf, false, false},
		{asOf, true, true}, // first review, or a task dated after asOf
		{NewDate(2026, 11, 28), true, false},
		{NewDate(2026, 11, 28), false, false},
	}
	for _, tt := range tests {
		d := DueItem{Date: tt.date, Overdue: tt.overdue}
		if got := d.OverdueAsOf(asOf); got != tt.want {
			t.Errorf("%v overdue=%v: OverdueAsOf = %v, want %v", tt.date, tt.overdue, got, tt.want)
		}
	}
}

// TestApprovalInForceOn: a decision taken after the day had not been taken
// then; the history's latest decision by the day stands in, or none.
func TestApprovalInForceOn(t *testing.T) {
	a := Approval{Status: StatusApproved, Approver: "kacho", DecidedOn: d(2026, 12, 15), ValidUntil: d(2027, 12, 14),
		History: []DecisionRecord{
			{Status: StatusRequested, On: d(2025, 9, 1)},
			{Status: StatusConditional, Approver: "kakaricho", On: d(2025, 10, 1)},
			{Status: StatusApproved, On: d(2026, 12, 15)},
		}}
	for _, tt := range []struct {
		day  Date
		want Approval
	}{
		{Date{}, a},
		{d(2026, 12, 15), a},
		{d(2027, 1, 1), a},
		{d(2026, 11, 27), Approval{Status: StatusConditional, Approver: "kakaricho", DecidedOn: d(2025, 10, 1)}},
		{d(2025, 9, 15), Approval{Status: StatusRequested, DecidedOn: d(2025, 9, 1)}},
		{d(2025, 1, 1), Approval{}},
	} {
		if diff := cmp.Diff(tt.want, a.InForceOn(tt.day)); diff != "" {
			t.Errorf("InForceOn(%s) (-want +got):\n%s", tt.day, diff)
		}
	}
	// A request to renew an approval leaves the approval in force until
	// the renewal is decided (it read as 申請中, nothing approved: OUT-09
	// not met and the next review a year after the request); a request
	// after a rejection is the state then. History in any order.
	renew := Approval{Status: StatusApproved, DecidedOn: d(2026, 3, 24), History: []DecisionRecord{
		{Status: StatusRequested, On: d(2026, 3, 2)},
		{Status: StatusApproved, Approver: "kacho", On: d(2025, 3, 21)},
		{Status: StatusApproved, On: d(2026, 3, 24)},
	}}
	if diff := cmp.Diff(Approval{Status: StatusApproved, Approver: "kacho", DecidedOn: d(2025, 3, 21)}, renew.InForceOn(d(2026, 3, 10))); diff != "" {
		t.Errorf("renewal requested: InForceOn (-want +got):\n%s", diff)
	}
	renew.History[1].Status = StatusRejected
	if diff := cmp.Diff(Approval{Status: StatusRequested, DecidedOn: d(2026, 3, 2)}, renew.InForceOn(d(2026, 3, 10))); diff != "" {
		t.Errorf("requested again after a rejection: InForceOn (-want +got):\n%s", diff)
	}
	// The same renewal while it is pending, recorded as the approval
	// itself (status requested, no decided_on): the approval stays in
	// force as above, and its date is the last review (it read as 申請中
	// on any date, OUT-09 not met and the review due at once).
	pending := Approval{Status: StatusRequested, Approver: "kacho", History: []DecisionRecord{
		{Status: StatusApproved, Approver: "kacho", On: d(2025, 3, 21)},
		{Status: StatusRequested, Approver: "kakaricho", On: d(2026, 3, 2)},
	}}
	if diff := cmp.Diff(Approval{Status: StatusApproved, Approver: "kacho", DecidedOn: d(2025, 3, 21)}, pending.InForceOn(d(2026, 3, 10))); diff != "" {
		t.Errorf("renewal pending: InForceOn (-want +got):\n%s", diff)
	}
	if !pending.RenewingOn(d(2026, 3, 10)) || pending.RenewingOn(Date{}) || renew.RenewingOn(d(2026, 3, 10)) {
		t.Errorf("RenewingOn: want true only for the pending renewal on a day")
	}
	svc := &Service{Common: Common{ID: "s", Owner: Owner{Section: "somu"}, Approval: pending}}
	if r := ReviewOf(testOrg(), svc, RiskLow, d(2026, 3, 10)); r.Field != "approval.history[0].on" || r.Overdue {
		t.Errorf("renewal pending: review %s from %s (overdue %v), want from approval.history[0].on", r.Date, r.Field, r.Overdue)
	}
	// The renewed approval's end, kept on the request, is that of the
	// approval in force (the export and the entry page show it, CLD-35
	// judges it): it ends it.
	ending := pending
	ending.ValidUntil = d(2026, 3, 31)
	if diff := cmp.Diff(Approval{Status: StatusApproved, Approver: "kacho", DecidedOn: d(2025, 3, 21), ValidUntil: d(2026, 3, 31)}, ending.InForceOn(d(2026, 3, 10))); diff != "" {
		t.Errorf("renewal pending, approval ending: InForceOn (-want +got):\n%s", diff)
	}
	// Once that valid_until has passed, the approval reads as one recorded
	// as approved with a valid_until passed: in force with its expiry
	// passed (承認の有効期限切れ, CLD-35 not met, the diff's 期限切れ), as
	// status approved would read that day, not as nothing approved.
	lapsed := pending
	lapsed.ValidUntil = d(2026, 3, 1) // the renewed approval's end, kept on the request
	if diff := cmp.Diff(Approval{Status: StatusApproved, Approver: "kacho", DecidedOn: d(2025, 3, 21), ValidUntil: d(2026, 3, 1)}, lapsed.InForceOn(d(2026, 3, 10))); diff != "" {
		t.Errorf("renewal pending after the approval lapsed: InForceOn (-want +got):\n%s", diff)
	}
	// A renewal of a conditional approval: the conditions kept on the
	// request, like its valid_until, are those of the approval in force
	// (the entry page showed 条件付承認 with no conditions); an approval
	// renewed without conditions has none.
	conds := []string{"録音データは暗号化した媒体で授受すること"}
	condPending := Approval{Status: StatusRequested, Approver: "kakaricho", DecidedOn: d(2026, 3, 2), Conditions: conds, ValidUntil: d(2026, 3, 31), History: []DecisionRecord{
		{Status: StatusConditional, Approver: "kacho", On: d(2025, 3, 21)},
		{Status: StatusRequested, Approver: "kakaricho", On: d(2026, 3, 2)},
	}}
	if diff := cmp.Diff(Approval{Status: StatusConditional, Approver: "kacho", DecidedOn: d(2025, 3, 21), ValidUntil: d(2026, 3, 31), Conditions: conds}, condPending.InForceOn(d(2026, 3, 10))); diff != "" {
		t.Errorf("renewal of a conditional approval pending: InForceOn (-want +got):\n%s", diff)
	}
	ending.Conditions = conds
	if got := ending.InForceOn(d(2026, 3, 10)).Conditions; got != nil {
		t.Errorf("renewal of an approval pending: conditions %q, want none", got)
	}
	// A request to resume after a suspension leaves the suspension in
	// force until it is decided (the account stays on the public list of
	// official accounts as suspended), pending or decided after the day.
	resume := Approval{Status: StatusRequested, Approver: "kakaricho", DecidedOn: d(2026, 10, 1), History: []DecisionRecord{
		{Status: StatusApproved, Approver: "kacho", On: d(2022, 4, 1)},
		{Status: StatusSuspended, Approver: "kacho", On: d(2025, 9, 20)},
		{Status: StatusRequested, Approver: "kakaricho", On: d(2026, 10, 1)},
	}}
	suspended := Approval{Status: StatusSuspended, Approver: "kacho", DecidedOn: d(2025, 9, 20)}
	if diff := cmp.Diff(suspended, resume.InForceOn(d(2026, 11, 27))); diff != "" {
		t.Errorf("resumption requested: InForceOn (-want +got):\n%s", diff)
	}
	if resume.RenewingOn(d(2026, 11, 27)) {
		t.Errorf("resumption requested: RenewingOn, want a suspension in force")
	}
	// Nor is the request a review: the suspension's date is the last one
	// (it read as an approval decided 2026-10-01, putting off a review due
	// 2026-09-20 to 2028-10-01).
	acct := &Social{Common: Common{ID: "fb", Owner: Owner{Section: "somu"}, Approval: resume, ReviewDue: d(2026, 9, 20)}}
	if r := ReviewOf(testOrg(), acct, RiskLow, d(2026, 11, 27)); r.Date != d(2026, 9, 20) || !r.Overdue {
		t.Errorf("resumption requested: review %s from %s (overdue %v), want review_due 2026-09-20 overdue", r.Date, r.Field, r.Overdue)
	}
	resumed := resume
	resumed.Status, resumed.DecidedOn = StatusApproved, d(2026, 12, 10)
	resumed.History = append(slices.Clone(resume.History), DecisionRecord{Status: StatusApproved, On: d(2026, 12, 10)})
	if diff := cmp.Diff(suspended, resumed.InForceOn(d(2026, 11, 27))); diff != "" {
		t.Errorf("resumed after the day: InForceOn (-want +got):\n%s", diff)
	}
	pending.History = append(pending.History, DecisionRecord{Status: StatusRejected, On: d(2025, 9, 1)})
	if diff := cmp.Diff(pending, pending.InForceOn(d(2026, 3, 10))); diff != "" {
		t.Errorf("requested again after a rejection: InForceOn (-want +got):\n%s", diff)
	}
}

// TestApprovalHistoryValidUntil: a history record's valid_until (the
// approval's, kept when a renewal or a retirement moved it there) is the
// expiry of the decision rebuilt from the history. Without it, a date
// before a renewal lost the old approval's expiry (no due item, CLD-35 not
// applied), and a pending renewal written without valid_until read as an
// approval with no end date.
func TestApprovalHistoryValidUntil(t *testing.T) {
	renewed := Approval{Status: StatusApproved, Approver: "kacho", DecidedOn: d(2027, 3, 25), ValidUntil: d(2028, 3, 31),
		History: []DecisionRecord{
			{Status: StatusApproved, Approver: "kacho", On: d(2026, 3, 24), ValidUntil: d(2027, 3, 31)},
			{Status: StatusRequested, Approver: "kakaricho", On: d(2027, 3, 5)},
			{Status: StatusApproved, Approver: "kacho", On: d(2027, 3, 25)},
		}}
	pending := Approval{Status: StatusRequested, Approver: "kakaricho", DecidedOn: d(2027, 3, 5),
		History: []DecisionRecord{
			{Status: StatusApproved, Approver: "kacho", On: d(2026, 3, 24), ValidUntil: d(2027, 3, 31)},
			{Status: StatusRequested, Approver: "kakaricho", On: d(2027, 3, 5)},
		}}
	pendingOwn := pending
	pendingOwn.ValidUntil = d(2027, 4, 30) // the request's own: the renewed approval's
	type got struct {
		InForce    Approval
		ValidUntil Date
		Field      string
		Due        []string
	}
	for _, tt := range []struct {
		name string
		a    Approval
		day  Date
		want got
	}{
		{"before the renewal", renewed, d(2027, 3, 1), got{
			InForce:    Approval{Status: StatusApproved, Approver: "kacho", DecidedOn: d(2026, 3, 24), ValidUntil: d(2027, 3, 31)},
			ValidUntil: d(2027, 3, 31), Field: "approval.history[0].valid_until",
			Due: []string{"approval 2027-03-31 approval.history[0].valid_until"}}},
		{"after the renewal", renewed, d(2027, 4, 1), got{
			InForce: renewed, ValidUntil: d(2028, 3, 31), Field: "approval.valid_until",
			Due: []string{"approval 2028-03-31 approval.valid_until"}}},
		{"renewal pending without valid_until", pending, d(2027, 3, 10), got{
			InForce:    Approval{Status: StatusApproved, Approver: "kacho", DecidedOn: d(2026, 3, 24), ValidUntil: d(2027, 3, 31)},
			ValidUntil: d(2027, 3, 31), Field: "approval.history[0].valid_until",
			Due: []string{"approval 2027-03-31 approval.history[0].valid_until"}}},
		{"renewal pending with its own valid_until", pendingOwn, d(2027, 3, 10), got{
			InForce:    Approval{Status: StatusApproved, Approver: "kacho", DecidedOn: d(2026, 3, 24), ValidUntil: d(2027, 4, 30)},
			ValidUntil: d(2027, 4, 30), Field: "approval.valid_until",
			Due: []string{"approval 2027-04-30 approval.valid_until"}}},
	} {
		c := &Contractor{Common: Common{ID: "c", Owner: Owner{Section: "somu"}, Approval: tt.a}}
		var g got
		g.InForce = tt.a.InForceOn(tt.day)
		g.ValidUntil, g.Field = tt.a.ValidUntilOn(tt.day)
		for _, it := range DueItems(testOrg(), c, Date{}, tt.day) {
			if it.Kind == DueApproval {
				g.Due = append(g.Due, string(it.Kind)+" "+it.Date.String()+" "+it.Field)
			}
		}
		if diff := cmp.Diff(tt.want, g); diff != "" {
			t.Errorf("%s (-want +got):\n%s", tt.name, diff)
		}
	}
}

// TestContractLiveAsOf: the one reading of whether an ended contract still
// carries information risk. A renewal that no longer handles the personal
// data or the class of the renewed contract leaves it live (its data are
// still to be returned, OUT-39): renewed_by lowered the inherent risk from
// high to medium and dropped the contract's end and the on-site check from
// due while OUT-39 said the data were not returned. A data_returned_on after
// the as-of date had not come then: it lowered the inherent risk and cleared
// the contract's end of a past --as-of.
func TestContractLiveAsOf(t *testing.T) {
	org := testOrg()
	sc := org.Scheme()
	pd := []InformationAccess{{Description: "録音", Class: Classification{Confidentiality: "3"}, PersonalData: true}}
	low := []InformationAccess{{Description: "公開済み", Class: Classification{Confidentiality: "1"}}}
	mid := []InformationAccess{{Description: "端末のデータ", Class: Classification{Confidentiality: "3"}}}
	contractor := func(r7, r8 Contract) *Contractor {
		r7.ID, r7.From, r7.To = "r7", d(2025, 4, 1), d(2026, 3, 31)
		r8.ID, r8.From, r8.To = "r8", d(2026, 4, 1), d(2027, 3, 31)
		return &Contractor{
			Common:    Common{ID: "acme", Owner: Owner{Section: "somu"}, Approval: Approval{Status: StatusApproved}, LastReviewed: d(2026, 3, 1)},
			Contracts: []Contract{r7, r8},
		}
	}
	for _, tc := range []struct {
		name     string
		r7, r8   Contract
		asOf     Date
		wantLive bool
		wantDue  []string
	}{
		{"renewal carrying the data", Contract{RenewedBy: "r8", Information: pd}, Contract{Information: pd}, d(2026, 5, 1), false, []string{"contracts[1].to"}},
		{"renewal of unstated class", Contract{RenewedBy: "r8", Information: pd}, Contract{Information: []InformationAccess{{Description: "x", PersonalData: true}}}, d(2026, 5, 1), false, []string{"contracts[1].to"}},
		{"renewal dropping the personal data and class", Contract{RenewedBy: "r8", Information: pd}, Contract{Information: low}, d(2026, 5, 1), true, []string{"contracts[0].to", "contracts[1].to"}},
		{"renewal dropping it, before the end", Contract{RenewedBy: "r8", Information: pd}, Contract{Information: low}, d(2026, 3, 31), true, []string{"contracts[0].to", "contracts[1].to"}},
		// Work in the My Number segment handles personal data whatever
		// its items say (Contract.HandlesPersonalData, as OUT-39 and
		// OUT-31 read it): a renewal outside the segment with no personal
		// item drops it (r7 was read as carried on, its end and OUT-39
		// silent); a renewal in the segment carries personal items on.
		{"My Number segment work renewed outside it", Contract{RenewedBy: "r8", Segments: []Segment{SegmentMyNumber}, Information: mid}, Contract{Information: mid}, d(2026, 5, 1), true, []string{"contracts[0].to", "contracts[1].to"}},
		{"personal data renewed by My Number segment work", Contract{RenewedBy: "r8", Information: pd}, Contract{Segments: []Segment{SegmentMyNumber}, Information: mid}, d(2026, 5, 1), false, []string{"contracts[1].to"}},
		{"My Number segment work renewed in it", Contract{RenewedBy: "r8", Segments: []Segment{SegmentMyNumber}, Information: mid}, Contract{Segments: []Segment{SegmentMyNumber}, Information: mid}, d(2026, 5, 1), false, []string{"contracts[1].to"}},
		{"returned on the as-of day", Contract{Information: pd, DataReturnedOn: d(2026, 5, 1)}, Contract{}, d(2026, 5, 1), false, []string{"contracts[1].to"}},
		{"returned the day after the as-of day", Contract{Information: pd, DataReturnedOn: d(2026, 5, 2)}, Contract{}, d(2026, 5, 1), true, []string{"contracts[0].to", "contracts[1].to"}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			c := contractor(tc.r7, tc.r8)
			if got := c.Live(&sc, 0, tc.asOf); got != tc.wantLive {
				t.Errorf("Live(r7, %v) = %v, want %v", tc.asOf, got, tc.wantLive)
			}
			var got []string
			for _, it := range DueItems(org, c, Date{}, tc.asOf) {
				if it.Kind == DueContractEnd {
					got = append(got, it.Field)
				}
			}
			if diff := cmp.Diff(tc.wantDue, got); diff != "" {
				t.Errorf("contract-end items (-want +got):\n%s", diff)
			}
			if x := exposureOf(&sc, c, tc.asOf); x.personal != (tc.wantLive && contractPersonal(&tc.r7) || contractPersonal(&tc.r8)) {
				t.Errorf("inherent risk counts personal data: %v with r7 live %v", x.personal, tc.wantLive)
			}
		})
	}
}

// TestContractRenewal: a contract renewed by the one that continues it has
// no contract-end item and, once ended, no longer carries information risk
// (Live): it stayed overdue for ever, since only a return of the data,
// which never happens on a renewal, cleared it.
func TestContractRenewal(t *testing.T) {
	org := testOrg()
	c := &Contractor{
		Common: Common{ID: "acme", Owner: Owner{Section: "somu"}, Approval: Approval{Status: StatusApproved}, LastReviewed: d(2026, 3, 1)},
		Contracts: []Contract{
			{ID: "r7", From: d(2025, 4, 1), To: d(2026, 3, 31), RenewedBy: "r8"},
			{ID: "r8", From: d(2026, 4, 1), To: d(2027, 3, 31)},
		},
	}
	var got []string
	for _, it := range DueItems(org, c, Date{}, d(2026, 4, 2)) {
		got = append(got, string(it.Kind)+" "+it.Field)
	}
	if diff := cmp.Diff([]string{"contract-end contracts[1].to"}, got); diff != "" {
		t.Errorf("DueItems (-want +got):\n%s", diff)
	}
	sc := org.Scheme()
	if c.Live(&sc, 0, d(2026, 4, 2)) || !c.Live(&sc, 0, d(2026, 3, 31)) || !c.Live(&sc, 1, d(2026, 4, 2)) {
		t.Errorf("Live: renewed r7 after its end %v, on its last day %v; r8 %v", c.Live(&sc, 0, d(2026, 4, 2)), c.Live(&sc, 0, d(2026, 3, 31)), c.Live(&sc, 1, d(2026, 4, 2)))
	}
	c.Contracts[0].RenewedBy = ""
	got = got[:0]
	for _, it := range DueItems(org, c, Date{}, d(2026, 4, 2)) {
		got = append(got, string(it.Kind)+" "+it.Field)
	}
	if diff := cmp.Diff([]string{"contract-end contracts[0].to", "contract-end contracts[1].to"}, got); diff != "" {
		t.Errorf("DueItems without the renewal (-want +got):\n%s", diff)
	}
}

// TestRetiredConditionalHistoryValidUntil: a conditional approval retired
// after the day by review --outcome retired, which writes the approval's
// record into the history with its valid_until, is in force that day with
// its conditions, as one whose record has no valid_until is (the entry
// page showed 条件付承認 with 承認の条件 "—").
func TestRetiredConditionalHistoryValidUntil(t *testing.T) {
	conds := []string{"管理者アカウントの多要素認証を有効にすること"}
	a := Approval{Status: StatusRetired, Approver: "jimukyokucho", DecidedOn: d(2026, 12, 4), Conditions: conds, ValidUntil: d(2027, 3, 31),
		History: []DecisionRecord{
			{Status: StatusRequested, Approver: "kakaricho", On: d(2026, 1, 30)},
			{Status: StatusConditional, Approver: "jimukyokucho", On: d(2026, 2, 27), ValidUntil: d(2027, 3, 31), Note: conds[0]},
			{Status: StatusRetired, Approver: "jimukyokucho", On: d(2026, 12, 4)},
		}}
	want := Approval{Status: StatusConditional, Approver: "jimukyokucho", DecidedOn: d(2026, 2, 27), ValidUntil: d(2027, 3, 31), Conditions: conds}
	if diff := cmp.Diff(want, a.InForceOn(d(2026, 11, 27))); diff != "" {
		t.Errorf("InForceOn (-want +got):\n%s", diff)
	}
	if until, field := a.ValidUntilOn(d(2026, 11, 27)); until != d(2027, 3, 31) || field != "approval.history[1].valid_until" {
		t.Errorf("ValidUntilOn = %s %q, want 2027-03-31 approval.history[1].valid_until", until, field)
	}
}

// TestApprovalRequestedAfterDay: a request (or draft) written as the
// approval without decided_on, dated by its history record, had not been
// made before that date: on an earlier day the history by then is the
// state (nothing: undecided; a rejection: rejected), not 申請中. A renewal
// request keeps the approval in force as before, and an undated request
// still counts on any day.
func TestApprovalRequestedAfterDay(t *testing.T) {
	req := Approval{Status: StatusRequested, Approver: "joho-kanrisha", History: []DecisionRecord{
		{Status: StatusRequested, Approver: "kakaricho", On: d(2026, 10, 5)},
	}}
	rejected := Approval{Status: StatusRequested, Approver: "kacho", History: []DecisionRecord{
		{Status: StatusRejected, Approver: "kacho", On: d(2025, 7, 1)},
		{Status: StatusRequested, Approver: "kakaricho", On: d(2026, 10, 5)},
	}}
	renew := Approval{Status: StatusRequested, Approver: "kacho", ValidUntil: d(2027, 3, 31), History: []DecisionRecord{
		{Status: StatusApproved, Approver: "kacho", On: d(2025, 3, 21)},
		{Status: StatusRequested, Approver: "kakaricho", On: d(2026, 10, 5)},
	}}
	undated := Approval{Status: StatusRequested, Approver: "kacho"}
	for _, tt := range []struct {
		name string
		a    Approval
		day  Date
		want Approval
	}{
		{"request, before it", req, d(2026, 6, 1), Approval{}},
		{"request, on its day", req, d(2026, 10, 5), req},
		{"request, after it", req, d(2026, 11, 27), req},
		{"request after a rejection, before it", rejected, d(2026, 6, 1), Approval{Status: StatusRejected, Approver: "kacho", DecidedOn: d(2025, 7, 1)}},
		{"request after a rejection, after it", rejected, d(2026, 11, 27), rejected},
		{"renewal, before the request", renew, d(2026, 6, 1), Approval{Status: StatusApproved, Approver: "kacho", DecidedOn: d(2025, 3, 21), ValidUntil: d(2027, 3, 31)}},
		{"undated request", undated, d(2020, 1, 1), undated},
	} {
		if diff := cmp.Diff(tt.want, tt.a.InForceOn(tt.day)); diff != "" {
			t.Errorf("%s: InForceOn(%s) (-want +got):\n%s", tt.name, tt.day, diff)
		}
	}
	if got := req.RequestedOn(); got != d(2026, 10, 5) {
		t.Errorf("RequestedOn = %s, want 2026-10-05", got)
	}
	if got := renew.History[0]; (Approval{Status: got.Status, DecidedOn: got.On}).RequestedOn() != (Date{}) {
		t.Errorf("RequestedOn of a decision, want zero")
	}
}
