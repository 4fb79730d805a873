package riskassess_test

import (
	"errors"
	"fmt"
	"time"

	"github.com/gikai-sec/riskregister/riskassess"
	"github.com/gikai-sec/riskregister/riskassess/catalog"
)

// yesNo returns a requirement met by a "yes" answer to question q.
func yesNo(id, q string, sev riskassess.Severity, kinds ...riskassess.Kind) riskassess.Requirement {
	return riskassess.Requirement{
		ID: id, Kinds: kinds, Severity: sev,
		Title:       riskassess.T(id, id),
		Question:    &riskassess.Question{ID: q, Type: riskassess.AnswerYesNo},
		Remediation: riskassess.T(id+"の対策を講じる", "Put "+id+" in place"),
	}
}

// A tool that keeps its own requirements assesses a service it built in
// memory. The service handles class 2 personal data on the internet
// segment (inherent 中) and meets two of its three requirements.
func ExampleScorer_Assess() {
	reqs := []riskassess.Requirement{
		yesNo("MY-1", "Q1", riskassess.SeverityHigh, riskassess.KindService),
		yesNo("MY-2", "Q2", riskassess.SeverityMedium, riskassess.KindService),
		yesNo("MY-3", "Q3", riskassess.SeverityLow, riskassess.KindService),
	}
	svc := &riskassess.Service{
		Common: riskassess.Common{
			ID:           "web-forms",
			Owner:        riskassess.Owner{Section: "somu"},
			LastReviewed: riskassess.NewDate(2026, time.January, 15),
			Answers: map[string]riskassess.Answer{
				"Q1": {Value: "yes"}, "Q2": {Value: "yes"}, "Q3": {Value: "no"},
			},
		},
		ContractType: riskassess.ContractNegotiated,
		Class:        riskassess.Classification{Confidentiality: "2"},
		PersonalData: true,
		Segments:     []riskassess.Segment{riskassess.SegmentInternet},
	}
	org := &riskassess.Organisation{Name: riskassess.T("例市議会", "Example council")}
	a := mustAssess(riskassess.Scorer{Blockers: catalog.Blockers()}.Assess(org, reqs, svc, riskassess.NewDate(2026, time.April, 1)))

	fmt.Println("inherent:", a.Inherent.Label("ja"), a.InherentScore)
	fmt.Println("control score:", a.ControlScore)
	fmt.Println("residual:", a.Residual.Label("ja"), a.Residual.Label("en"))
	fmt.Println("decision:", a.Decision.Label("ja"), a.Decision.Label("en"))
	fmt.Println("next review:", a.NextReview)
	// Output:
	// inherent: 中 5
	// control score: 83.3
	// residual: 低 Low
	// decision: 承認可 Approve
	// next review: 2027-01-15
}

// A Scorer carries the catalogue's blocker rules (catalog.Blockers) and
// changes the rules: here without blockers and with a 30-day
// expiry window. The terms-based service handling class 2 information would
// otherwise be rejected by BLK-TERMS-CLASS2.
func ExampleScorer() {
	svc := &riskassess.Service{
		Common:       riskassess.Common{ID: "free-chat", Answers: map[string]riskassess.Answer{"Q1": {Value: "yes"}}},
		ContractType: riskassess.ContractTerms,
		Class:        riskassess.Classification{Confidentiality: "2"},
	}
	reqs := []riskassess.Requirement{yesNo("MY-1", "Q1", riskassess.SeverityHigh, riskassess.KindService)}
	org := &riskassess.Organisation{}
	asOf := riskassess.NewDate(2026, time.April, 1)

	def := mustAssess(riskassess.Scorer{Blockers: catalog.Blockers()}.Assess(org, reqs, svc, asOf))
	fmt.Println("default:", def.Residual.Label("en"), def.Decision.Label("en"), def.Blockers[0].ID)

	lenient := riskassess.Scorer{Blockers: []riskassess.BlockerRule{}, ExpiryWindowDays: 30}
	a := mustAssess(lenient.Assess(org, reqs, svc, asOf))
	fmt.Println("no blockers:", a.Residual.Label("en"), a.Decision.Label("en"))
	// Output:
	// default: Critical Reject BLK-TERMS-CLASS2
	// no blockers: Low Approve
}

// Inherent lists the factors behind the inherent risk.
func ExampleInherent() {
	c := &riskassess.Contractor{Contracts: []riskassess.Contract{{
		ID: "R8-001",
		Information: []riskassess.InformationAccess{{
			Description:  "会議録（発言者名を含む）",
			Class:        riskassess.Classification{Confidentiality: "2", Integrity: "2"},
			PersonalData: true,
		}},
		Segments:       []riskassess.Segment{riskassess.SegmentLGWAN},
		Subcontractors: []riskassess.Subcontractor{{Name: "テープ起こし株式会社"}},
	}}}
	r := riskassess.Inherent(&riskassess.Organisation{}, c, riskassess.NewDate(2026, time.April, 1))
	fmt.Println(r.Level.Label("ja"), r.Points)
	for _, f := range r.Factors {
		fmt.Println(f.Ja)
	}
	// Output:
	// 高 8
	// 自治体機密性2（+2）
	// 完全性2（+1）
	// 個人情報（+2）
	// LGWAN接続系（+2）
	// 再委託あり（+1）
}

// DueItems lists what falls due for an entry; ExpiryFindings turns the
// overdue and soon-due ones into findings.
func ExampleDueItems() {
	asOf := riskassess.NewDate(2026, time.April, 1)
	s := &riskassess.Social{
		Common:            riskassess.Common{ID: "x-gikai", Owner: riskassess.Owner{Section: "somu"}, LastReviewed: riskassess.NewDate(2025, time.June, 1)},
		Responsible:       riskassess.Owner{Section: "koho", Person: "p1"},
		PasswordChangedOn: riskassess.NewDate(2025, time.March, 1),
		Status:            riskassess.AccountActive,
	}
	items := riskassess.DueItems(&riskassess.Organisation{}, s, riskassess.NewDate(2026, time.June, 1), asOf)
	for _, it := range items {
		fmt.Println(it.Date, it.Kind.Label("ja"), it.Section, "overdue:", it.Overdue)
	}
	for _, f := range riskassess.ExpiryFindings(items, asOf, 90, false) {
		fmt.Println(f.Requirement, f.Outcome, f.Message.Ja)
	}
	// Output:
	// 2026-03-01 パスワード変更 koho overdue: true
	// 2026-06-01 見直し koho overdue: false
	// EXP-REVIEW partial 見直しの期限（2026-06-01）まであと61日です。
}

// Another Go tool loads the built-in catalogue and assesses a service it
// built in memory: a negotiated LGWAN-ASP service for class 2 personal
// data, ISMAP-listed, with most facts recorded but no questionnaire yet.
func Example_catalogue() {
	yes := true
	asOf := riskassess.NewDate(2026, time.November, 27)
	svc := &riskassess.Service{
		Common: riskassess.Common{
			ID:           "minutes-search",
			Name:         riskassess.T("会議録検索システム", "Minutes search"),
			Owner:        riskassess.Owner{Section: "giji", Person: "tanaka"},
			Approval:     riskassess.Approval{Status: riskassess.StatusApproved, Approver: "kacho", DecidedOn: riskassess.NewDate(2026, time.April, 1), ValidUntil: riskassess.NewDate(2027, time.March, 31)},
			LastReviewed: riskassess.NewDate(2026, time.April, 1),
		},
		Provider:      riskassess.Provider{Name: "例示システム株式会社"},
		ContractType:  riskassess.ContractNegotiated,
		Delivery:      riskassess.DeliveryLGWANASP,
		Segments:      []riskassess.Segment{riskassess.SegmentLGWAN},
		Class:         riskassess.Classification{Confidentiality: "2", Integrity: "2", Availability: "1"},
		PersonalData:  true,
		ContractEnd:   riskassess.NewDate(2027, time.March, 31),
		ISMAP:         &riskassess.ISMAP{List: riskassess.ISMAPLIU, Number: "C23-0001-1", ValidUntil: riskassess.NewDate(2027, time.June, 30), FunctionsInScope: &yes},
		DataLocations: []riskassess.DataLocation{{Country: "JP", Region: "東京"}},
		GoverningLaw:  "日本法",
		Court:         "東京地方裁判所",
		SLA:           &riskassess.SLA{Availability: 99.9},
		Exit:          &riskassess.Exit{DataReturn: &yes, Deletion: &yes, Format: "CSV", Certificate: &yes},
		Auth:          &riskassess.Auth{SSO: &yes, AdminMFA: &yes},
		Manager:       "tanaka",
	}
	org := &riskassess.Organisation{
		Name:     riskassess.T("例市議会", "Example council"),
		Sections: []riskassess.Section{{ID: "giji", Name: riskassess.T("議事係", "Proceedings")}},
		People:   []riskassess.Person{{ID: "tanaka", Name: riskassess.T("田中", "Tanaka"), Section: "giji"}},
	}
	a := mustAssess(riskassess.Scorer{Blockers: catalog.Blockers()}.Assess(org, catalog.Default(), svc, asOf))
	fmt.Println("inherent:", a.Inherent.Label("en"), a.InherentScore)
	fmt.Println("residual:", a.Residual.Label("ja"), "/", a.Residual.Label("en"))
	fmt.Println("decision:", a.Decision.Label("ja"), "/", a.Decision.Label("en"))
	fmt.Println("blockers:", len(a.Blockers))
	// Output:
	// inherent: High 7
	// residual: 高 / High
	// decision: 条件付承認 / Approve with conditions
	// blockers: 0
}

// Replacement gives the value to write for a Japanese label or a common
// spelling of a closed-vocabulary value.
func ExampleReplacement() {
	for _, in := range []struct {
		e riskassess.Enum
		v string
	}{
		{riskassess.ContractType(""), "約款"},
		{riskassess.AccountStatus(""), "運用中"},
		{riskassess.Platform(""), "twitter"},
		{riskassess.CertType(""), "ISO27001"},
		{riskassess.Delivery(""), "SaaS"},
		{riskassess.Delivery(""), "クラウド"},
	} {
		r, ok := riskassess.Replacement(in.e, in.v)
		fmt.Printf("%s → %q %v\n", in.v, r, ok)
	}
	// Output:
	// 約款 → "terms" true
	// 運用中 → "active" true
	// twitter → "x" true
	// ISO27001 → "isms" true
	// SaaS → "saas" true
	// クラウド → "" false
}

// A data location's country is an ISO 3166-1 alpha-2 code in capitals;
// CountryReplacement turns the usual other spellings into it.
func ExampleCountryReplacement() {
	for _, s := range []string{"JP", "日本", "Japan", "JPN", "ＪＰ", "jp", "EU"} {
		code, ok := riskassess.CountryReplacement(s)
		fmt.Printf("%s valid=%v → %q %v\n", s, riskassess.ValidCountry(s), code, ok)
	}
	// Output:
	// JP valid=true → "JP" true
	// 日本 valid=false → "JP" true
	// Japan valid=false → "JP" true
	// JPN valid=false → "JP" true
	// ＪＰ valid=false → "JP" true
	// jp valid=false → "JP" true
	// EU valid=false → "" false
}

// Comparing risk levels needs no Rank arithmetic.
func ExampleRiskLevel_Worse() {
	fmt.Println(riskassess.RiskHigh.Worse(riskassess.RiskMedium))
	fmt.Println(riskassess.RiskMedium.AtLeast(riskassess.RiskHigh))
	fmt.Println(riskassess.RiskCritical.Compare(riskassess.RiskLow))
	fmt.Println(riskassess.RiskLevel("hihg").AtLeast(riskassess.RiskLow)) // a typo meets no threshold
	// Output:
	// true
	// false
	// 1
	// false
}

// An organisation built in Go is checked as register.yaml would be: a
// residual matrix written with three levels a row was silently replaced by
// the default one, so the scorer refuses it (ErrOrgSetting), and
// CheckOrganisation says so before anything is assessed.
func ExampleCheckOrganisation() {
	three := []riskassess.RiskLevel{riskassess.RiskMedium, riskassess.RiskHigh, riskassess.RiskCritical}
	org := &riskassess.Organisation{ResidualMatrix: &riskassess.MatrixSetting{
		Bands: []float64{80, 60, 40}, Low: three, Medium: three, High: three, Critical: three,
	}}
	err := riskassess.CheckOrganisation(org)
	fmt.Println(errors.Is(err, riskassess.ErrOrgSetting))

	four := []riskassess.RiskLevel{riskassess.RiskLow, riskassess.RiskMedium, riskassess.RiskHigh, riskassess.RiskCritical}
	org.ResidualMatrix.Low, org.ResidualMatrix.Medium, org.ResidualMatrix.High, org.ResidualMatrix.Critical = four, four, four, four
	fmt.Println(riskassess.CheckOrganisation(org))
	// Output:
	// true
	// <nil>
}
