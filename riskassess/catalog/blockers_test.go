package catalog

import (
	"strings"
	"testing"

	"github.com/gikai-sec/riskregister/riskassess"
	"github.com/google/go-cmp/cmp"
)

func blockerOrg() *riskassess.Organisation {
	return &riskassess.Organisation{
		Name:     riskassess.T("テスト市議会", "Test council"),
		Sections: []riskassess.Section{{ID: "somu", Name: riskassess.T("総務課", "General affairs")}, {ID: "kouhou", Name: riskassess.T("広報係", "PR")}},
	}
}

func blockerIDs(bs []riskassess.Blocker) []string {
	var ids []string
	for _, b := range bs {
		ids = append(ids, b.ID+"@"+b.Evidence)
	}
	return ids
}

// TestBlockers runs each blocker rule of the catalogue on the entries
// that should and should not trigger it.
func TestBlockers(t *testing.T) {
	clause16 := []riskassess.ContractClause{{Requirement: ConfidentialityClauseID, Article: "第5条"}}
	tests := []struct {
		name     string
		e        riskassess.Entry
		findings []riskassess.Finding
		want     []string
	}{
		{"terms + class 2", &riskassess.Service{ContractType: riskassess.ContractTerms, Class: riskassess.Classification{Confidentiality: "2"}},
			nil, []string{BlockerTermsClass2 + "@contract_type, class.confidentiality"}},
		{"terms + 3A alias", &riskassess.Service{ContractType: riskassess.ContractTerms, Class: riskassess.Classification{Confidentiality: "3"}},
			nil, []string{BlockerTermsClass2 + "@contract_type, class.confidentiality"}},
		{"terms + class 1", &riskassess.Service{ContractType: riskassess.ContractTerms, Class: riskassess.Classification{Confidentiality: "1"}}, nil, nil},
		{"terms + class unstated", &riskassess.Service{ContractType: riskassess.ContractTerms}, nil, nil},
		{"negotiated + class 3A", &riskassess.Service{ContractType: riskassess.ContractNegotiated, Class: riskassess.Classification{Confidentiality: "3A"}}, nil, nil},

		{"social without responsible person", &riskassess.Social{Responsible: riskassess.Owner{Section: "kouhou", Person: "  "}},
			nil, []string{BlockerSocialNoResponsible + "@responsible.person"}},
		{"social with responsible person", &riskassess.Social{Responsible: riskassess.Owner{Section: "kouhou", Person: "staff-01"}}, nil, nil},
		{"social with responsible person undecided", &riskassess.Social{Responsible: riskassess.Owner{Section: "kouhou", Person: "未定"}},
			nil, []string{BlockerSocialNoResponsible + "@responsible.person"}},

		{"class 2 contract without confidentiality clause", &riskassess.Contractor{Contracts: []riskassess.Contract{
			{ID: "ok", Information: []riskassess.InformationAccess{{Class: riskassess.Classification{Confidentiality: "3B"}}}, Clauses: clause16},
			{ID: "bad", Information: []riskassess.InformationAccess{{Class: riskassess.Classification{Confidentiality: "1"}}, {Class: riskassess.Classification{Confidentiality: "2"}}},
				Clauses: []riskassess.ContractClause{{Requirement: "OUT-10"}}},
		}}, nil, []string{BlockerNoConfidentialityClause + "@contracts[1].clauses"}},
		// The clause listed with an article saying there is none is none.
		{"class 2 contract whose confidentiality clause says none", &riskassess.Contractor{Contracts: []riskassess.Contract{
			{ID: "none", Information: []riskassess.InformationAccess{{Class: riskassess.Classification{Confidentiality: "2"}}},
				Clauses: []riskassess.ContractClause{{Requirement: ConfidentialityClauseID, Article: "なし"}}},
		}}, nil, []string{BlockerNoConfidentialityClause + "@contracts[0].clauses"}},
		{"class 2 contract whose confidentiality clause says none, to be added", &riskassess.Contractor{Contracts: []riskassess.Contract{
			{ID: "none", Information: []riskassess.InformationAccess{{Class: riskassess.Classification{Confidentiality: "2"}}},
				Clauses: []riskassess.ContractClause{{Requirement: ConfidentialityClauseID, Article: "なし（追加予定）"}}},
		}}, nil, []string{BlockerNoConfidentialityClause + "@contracts[0].clauses"}},
		// An article none whose note names where the clause is: held.
		{"class 2 contract whose confidentiality clause is in the schedule", &riskassess.Contractor{Contracts: []riskassess.Contract{
			{ID: "ok", Information: []riskassess.InformationAccess{{Class: riskassess.Classification{Confidentiality: "2"}}},
				Clauses: []riskassess.ContractClause{{Requirement: ConfidentialityClauseID, Article: "なし（特記事項第3項で規定）"}}},
		}}, nil, nil},
		{"class 2 contract with the clause, article not recorded", &riskassess.Contractor{Contracts: []riskassess.Contract{
			{ID: "ok", Information: []riskassess.InformationAccess{{Class: riskassess.Classification{Confidentiality: "2"}}},
				Clauses: []riskassess.ContractClause{{Requirement: ConfidentialityClauseID}}},
		}}, nil, nil},
		{"class 2 contract with the clause", &riskassess.Contractor{Contracts: []riskassess.Contract{
			{ID: "ok", Information: []riskassess.InformationAccess{{Class: riskassess.Classification{Confidentiality: "2"}}}, Clauses: clause16},
		}}, nil, nil},
		{"class 1 contract without the clause", &riskassess.Contractor{Contracts: []riskassess.Contract{
			{ID: "pub", Information: []riskassess.InformationAccess{{Class: riskassess.Classification{Confidentiality: "1"}}}},
		}}, nil, nil},
		{"ended contract with data returned", &riskassess.Contractor{Contracts: []riskassess.Contract{
			{ID: "old", To: day("2025-01-31"), DataReturnedOn: day("2025-02-01"), Information: []riskassess.InformationAccess{{Class: riskassess.Classification{Confidentiality: "2"}}}},
		}}, nil, nil},

		{"My Number service on the internet", &riskassess.Service{MyNumber: true, Segments: []riskassess.Segment{riskassess.SegmentMyNumber, riskassess.SegmentInternet}},
			nil, []string{BlockerMyNumberSegment + "@segments"}},
		{"My Number service on LGWAN", &riskassess.Service{MyNumber: true, Segments: []riskassess.Segment{riskassess.SegmentLGWAN}},
			nil, []string{BlockerMyNumberSegment + "@segments"}},
		{"My Number service in its segment", &riskassess.Service{MyNumber: true, Segments: []riskassess.Segment{riskassess.SegmentMyNumber}}, nil, nil},
		{"non-My-Number service on the internet", &riskassess.Service{Segments: []riskassess.Segment{riskassess.SegmentInternet}}, nil, nil},
		{"My Number contract touching LGWAN", &riskassess.Contractor{Contracts: []riskassess.Contract{
			{ID: "mn", Information: []riskassess.InformationAccess{{Description: "x", MyNumber: true}}, Segments: []riskassess.Segment{riskassess.SegmentMyNumber, riskassess.SegmentLGWAN},
				Clauses: clause16},
		}}, nil, []string{BlockerMyNumberSegment + "@contracts[0].segments"}},
		{"My Number contract in its segment", &riskassess.Contractor{Contracts: []riskassess.Contract{
			{ID: "mn", Information: []riskassess.InformationAccess{{MyNumber: true}}, Segments: []riskassess.Segment{riskassess.SegmentMyNumber}},
		}}, nil, nil},

		{"critical not met", &riskassess.Service{}, []riskassess.Finding{
			{FindingSpec: &riskassess.FindingSpec{Requirement: "X-1", Severity: riskassess.SeverityCritical}, Outcome: riskassess.OutcomeNotMet},
			{FindingSpec: &riskassess.FindingSpec{Requirement: "X-2", Severity: riskassess.SeverityCritical}, Outcome: riskassess.OutcomeNotAnswered},
			{FindingSpec: &riskassess.FindingSpec{Requirement: "X-3", Severity: riskassess.SeverityHigh}, Outcome: riskassess.OutcomeNotMet},
			{FindingSpec: &riskassess.FindingSpec{Requirement: "X-4", Severity: riskassess.SeverityCritical}, Outcome: riskassess.OutcomeNotMet},
		}, []string{BlockerCriticalNotMet + "@X-1, X-4"}},
		{"critical partial / not answered / met", &riskassess.Service{}, []riskassess.Finding{
			{FindingSpec: &riskassess.FindingSpec{Requirement: "X-1", Severity: riskassess.SeverityCritical}, Outcome: riskassess.OutcomePartial},
			{FindingSpec: &riskassess.FindingSpec{Requirement: "X-2", Severity: riskassess.SeverityCritical}, Outcome: riskassess.OutcomeNotAnswered},
			{FindingSpec: &riskassess.FindingSpec{Requirement: "X-3", Severity: riskassess.SeverityCritical}, Outcome: riskassess.OutcomeMet},
		}, nil},

		{"several at once, in rule order", &riskassess.Service{ContractType: riskassess.ContractTerms, Class: riskassess.Classification{Confidentiality: "2"}, MyNumber: true,
			Segments: []riskassess.Segment{riskassess.SegmentInternet}}, []riskassess.Finding{{FindingSpec: &riskassess.FindingSpec{Requirement: "X-9", Severity: riskassess.SeverityCritical}, Outcome: riskassess.OutcomeNotMet}},
			[]string{BlockerTermsClass2 + "@contract_type, class.confidentiality", BlockerMyNumberSegment + "@segments", BlockerCriticalNotMet + "@X-9"}},
	}
	s := riskassess.DefaultClassification()
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got, err := (riskassess.Scorer{Blockers: Blockers()}).TriggeredBlockers(&riskassess.BlockerContext{Org: blockerOrg(), Scheme: &s, Entry: tc.e, Findings: tc.findings, AsOf: asOf})
			if err != nil {
				t.Fatal(err)
			}
			if diff := cmp.Diff(tc.want, blockerIDs(got)); diff != "" {
				t.Errorf("blockers (-want +got):\n%s", diff)
			}
			for _, b := range got {
				if b.Message.Ja == "" || b.Message.En == "" {
					t.Errorf("blocker %s lacks a bilingual message", b.ID)
				}
			}
		})
	}
}

// TestConfidentialityClauseInCatalogue checks that the blocker's clause id
// names the catalogue's confidentiality-clause requirement.
func TestConfidentialityClauseInCatalogue(t *testing.T) {
	for _, r := range Default() {
		if r.ID != ConfidentialityClauseID {
			continue
		}
		if !r.AppliesTo(riskassess.KindContractor) || r.Field != "contracts[].clauses" || !strings.Contains(r.Title.Ja, "守秘義務") {
			t.Errorf("%s is not the contract confidentiality clause: kinds %v, field %q, title %q", r.ID, r.Kinds, r.Field, r.Title.Ja)
		}
		return
	}
	t.Errorf("catalogue has no requirement %s (ConfidentialityClauseID)", ConfidentialityClauseID)
}

// TestBlockersAreFresh: Blockers and MergedRequirements return new values,
// so that a caller changing what it got cannot change another's scoring.
func TestBlockersAreFresh(t *testing.T) {
	a := Blockers()
	a[0].ID, a[0].Check = "changed", nil
	a = append(a[:1], a[2:]...)
	b := Blockers()
	if len(b) != 5 || b[0].ID != BlockerTermsClass2 || b[0].Check == nil || b[1].ID != BlockerSocialNoResponsible {
		t.Errorf("Blockers() after a caller changed its copy: %d rules, first %q", len(b), b[0].ID)
	}
	m := MergedRequirements()
	delete(m, "AUD-02")
	if _, ok := MergedRequirements()["AUD-02"]; !ok {
		t.Error("MergedRequirements() lost AUD-02 after a caller deleted it from its copy")
	}
	if _, ok := mergedRequirements["AUD-02"]; !ok {
		t.Error("the catalogue's own merged ids lost AUD-02 after a caller deleted it from its copy")
	}
}

// TestBlockerIDsAreCatalogueIDs: every rule has a distinct BLK- id, a
// bilingual message and a check, and no requirement shares its id.
func TestBlockerIDsAreCatalogueIDs(t *testing.T) {
	seen := map[string]bool{}
	for _, r := range Default() {
		seen[r.ID] = true
	}
	for _, b := range Blockers() {
		if !strings.HasPrefix(b.ID, "BLK-") || seen[b.ID] || b.Check == nil || b.Message.Ja == "" || b.Message.En == "" {
			t.Errorf("blocker %q: want a distinct BLK- id, a check and a bilingual message", b.ID)
		}
		seen[b.ID] = true
	}
}
