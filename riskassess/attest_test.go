package riskassess_test

import (
	"strings"
	"testing"

	"github.com/gikai-sec/riskregister/riskassess"
	"github.com/gikai-sec/riskregister/riskassess/catalog"
	"github.com/google/go-cmp/cmp"
)

// attestContractor is a contractor with a contract in force that hands over
// class 2 personal data and lists no clause, answered by one vendor
// questionnaire and with one answer entered in the register.
func attestContractor() *riskassess.Contractor {
	c := &riskassess.Contractor{}
	c.ID = "acme"
	c.Contracts = []riskassess.Contract{{ID: "r8-001", From: riskassess.NewDate(2026, 4, 1), To: riskassess.NewDate(2027, 3, 31),
		Information: []riskassess.InformationAccess{{Description: "名簿", Class: riskassess.Classification{Confidentiality: "2"}, PersonalData: true}}}}
	vendor := map[string]riskassess.Answer{
		"Q-OUT-16": {Value: "yes", Cell: "質問!D12"}, // contradicts contracts[0].clauses
		"Q-OUT-08": {Value: "yes", Cell: "質問!D5"},  // the council's question
		"Q-OUT-03": {Value: "na", Cell: "質問!D3"},   // a claim to be confirmed
		"Q-OUT-06": {Value: "yes", Cell: "質問!D4"},  // the vendor's to give
	}
	c.Assessments = []riskassess.AssessmentRecord{{On: riskassess.NewDate(2026, 4, 15), Source: "acme.xlsx",
		Respondent: riskassess.Respondent{Date: riskassess.NewDate(2026, 4, 10)}, Answers: vendor}}
	c.Answers = map[string]riskassess.Answer{"Q-OUT-01": {Value: "yes"}}
	for k, v := range vendor {
		c.Answers[k] = v
	}
	return c
}

func findingOf(t *testing.T, fs []riskassess.Finding, id string) riskassess.Finding {
	t.Helper()
	for _, f := range fs {
		if f.Requirement == id {
			return f
		}
	}
	t.Fatalf("no finding of %s", id)
	return riskassess.Finding{}
}

func TestAnswersCountOnlyFromThoseWhoMayGiveThem(t *testing.T) {
	asOf := riskassess.NewDate(2026, 11, 27)
	c := attestContractor()
	fs := riskassess.Findings(nil, catalog.Default(), c, asOf)
	vendorOn := riskassess.NewDate(2026, 4, 10)
	tests := []struct {
		id      string
		outcome riskassess.Outcome
		msg     string
		prov    *riskassess.Provenance
	}{
		{"OUT-16", riskassess.OutcomeNotMet, "条項がない契約: r8-001", &riskassess.Provenance{From: riskassess.AttestRegister, Field: "contracts[0].clauses"}},
		{"OUT-08", riskassess.OutcomeNotAnswered, "事業者の回答は採用しない（議会が自ら確認する項目）",
			&riskassess.Provenance{From: riskassess.AttestVendor, Field: "質問!D5", On: vendorOn, Source: "acme.xlsx"}},
		{"OUT-03", riskassess.OutcomeNotAnswered, "事業者は「該当なし」と回答（議会の確認待ち。確認されるまで未回答として扱う）",
			&riskassess.Provenance{From: riskassess.AttestVendor, Field: "質問!D3", On: vendorOn, Source: "acme.xlsx"}},
		{"OUT-06", riskassess.OutcomeMet, "「はい」と回答", &riskassess.Provenance{From: riskassess.AttestVendor, Field: "質問!D4", On: vendorOn, Source: "acme.xlsx"}},
		{"OUT-01", riskassess.OutcomeMet, "「はい」と回答", &riskassess.Provenance{From: riskassess.AttestCouncil, Field: "answers.Q-OUT-01"}},
		{"OUT-05", riskassess.OutcomeNotAnswered, "台帳に記録がなく、確認票の質問への回答もない", nil},
	}
	for _, tt := range tests {
		f := findingOf(t, fs, tt.id)
		if f.Outcome != tt.outcome || f.Message.Ja != tt.msg {
			t.Errorf("%s: %s %q, want %s %q", tt.id, f.Outcome, f.Message.Ja, tt.outcome, tt.msg)
		}
		if diff := cmp.Diff(tt.prov, f.Provenance); diff != "" {
			t.Errorf("%s: provenance (-want +got):\n%s", tt.id, diff)
		}
		if (tt.id == "OUT-16") != (f.Conflict != nil) {
			t.Errorf("%s: conflict %v", tt.id, f.Conflict)
		}
	}
	if c := findingOf(t, fs, "OUT-16").Conflict; c == nil {
		t.Error("OUT-16: no conflict")
	} else if got := c.Ja; !strings.Contains(got, "質問!D12") || !strings.Contains(got, "contracts[0].clauses") {
		t.Errorf("OUT-16 conflict %q: want the vendor's cell and the register field", got)
	}
	if got := findingOf(t, fs, "OUT-06").Provenance.Text().Ja; got != "事業者の確認票（2026-04-10、acme.xlsx、質問!D4）" {
		t.Errorf("provenance text %q", got)
	}

	// The council confirms the vendor's claim in a self-check: then it counts.
	c.Assessments = append(c.Assessments, riskassess.AssessmentRecord{On: riskassess.NewDate(2026, 11, 1), Source: "selfcheck-2026.xlsx",
		By: riskassess.AttestCouncil, Answers: map[string]riskassess.Answer{"Q-OUT-03": {Value: "na", Cell: "自己点検!E7"}}})
	c.Answers["Q-OUT-03"] = riskassess.Answer{Value: "na", Cell: "自己点検!E7"}
	f := findingOf(t, riskassess.Findings(nil, catalog.Default(), c, asOf), "OUT-03")
	want := riskassess.Provenance{From: riskassess.AttestCouncil, Field: "自己点検!E7", On: riskassess.NewDate(2026, 11, 1), Source: "selfcheck-2026.xlsx"}
	if f.Outcome != riskassess.OutcomeNotApplicable || f.Provenance == nil || *f.Provenance != want {
		t.Fatalf("confirmed claim: %s %+v, want not applicable from %+v", f.Outcome, f.Provenance, want)
	}
	if got := f.Provenance.Text().En; got != "self-check (2026-11-01, selfcheck-2026.xlsx, 自己点検!E7)" {
		t.Errorf("provenance text %q", got)
	}
}

func TestAnswerSources(t *testing.T) {
	c := attestContractor()
	got := riskassess.AnswerSources(c)
	want := map[string]riskassess.AnswerSource{
		"Q-OUT-01": {By: riskassess.AttestCouncil},
		"Q-OUT-03": {By: riskassess.AttestVendor, On: riskassess.NewDate(2026, 4, 10), Source: "acme.xlsx", Cell: "質問!D3"},
		"Q-OUT-06": {By: riskassess.AttestVendor, On: riskassess.NewDate(2026, 4, 10), Source: "acme.xlsx", Cell: "質問!D4"},
		"Q-OUT-08": {By: riskassess.AttestVendor, On: riskassess.NewDate(2026, 4, 10), Source: "acme.xlsx", Cell: "質問!D5"},
		"Q-OUT-16": {By: riskassess.AttestVendor, On: riskassess.NewDate(2026, 4, 10), Source: "acme.xlsx", Cell: "質問!D12"},
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("(-want +got):\n%s", diff)
	}
	// Staff changed the vendor's answer in the register: it is theirs now.
	c.Answers["Q-OUT-06"] = riskassess.Answer{Value: "no"}
	if got := riskassess.AnswerSources(c)["Q-OUT-06"]; got != (riskassess.AnswerSource{By: riskassess.AttestCouncil}) {
		t.Errorf("edited answer: %+v", got)
	}
}

// TestConfirmedClaimStaysConfirmed: a vendor's 該当なし the council
// confirmed in a self-check stays confirmed when the vendor's next
// questionnaire returns the pre-filled 該当なし untouched; a vendor record
// that gives another value in between makes the 該当なし a new claim.
func TestConfirmedClaimStaysConfirmed(t *testing.T) {
	asOf := riskassess.NewDate(2026, 11, 27)
	vendorNA := func(on int, src string, changed map[string]riskassess.AnswerChange) riskassess.AssessmentRecord {
		return riskassess.AssessmentRecord{On: riskassess.NewDate(2026, 10, on), Source: src, Answered: []string{"Q-OUT-03"}, Changed: changed}
	}
	council := riskassess.AssessmentRecord{On: riskassess.NewDate(2026, 10, 5), Source: "self.xlsx", By: riskassess.AttestCouncil,
		Answered: []string{"Q-OUT-03"}}
	selfSource := riskassess.AnswerSource{By: riskassess.AttestCouncil, On: riskassess.NewDate(2026, 10, 5), Source: "self.xlsx"}
	tests := []struct {
		name    string
		records []riskassess.AssessmentRecord
		want    riskassess.AnswerSource
		outcome riskassess.Outcome
	}{
		{"repeated after the confirmation",
			[]riskassess.AssessmentRecord{vendorNA(1, "v1.xlsx", nil), council, vendorNA(20, "v2.xlsx", nil)},
			selfSource, riskassess.OutcomeNotApplicable},
		{"claimed again after another answer",
			[]riskassess.AssessmentRecord{vendorNA(1, "v1.xlsx", nil), council,
				vendorNA(10, "v2.xlsx", map[string]riskassess.AnswerChange{"Q-OUT-03": {From: "na", To: "yes"}}),
				vendorNA(20, "v3.xlsx", map[string]riskassess.AnswerChange{"Q-OUT-03": {From: "yes", To: "na"}})},
			riskassess.AnswerSource{By: riskassess.AttestVendor, On: riskassess.NewDate(2026, 10, 20), Source: "v3.xlsx"},
			riskassess.OutcomeNotAnswered},
		{"never confirmed",
			[]riskassess.AssessmentRecord{vendorNA(1, "v1.xlsx", nil), vendorNA(20, "v2.xlsx", nil)},
			riskassess.AnswerSource{By: riskassess.AttestVendor, On: riskassess.NewDate(2026, 10, 20), Source: "v2.xlsx"},
			riskassess.OutcomeNotAnswered},
	}
	for _, tt := range tests {
		c := attestContractor()
		c.Answers = map[string]riskassess.Answer{"Q-OUT-03": {Value: "na"}}
		c.Assessments = tt.records
		if diff := cmp.Diff(tt.want, riskassess.AnswerSources(c)["Q-OUT-03"]); diff != "" {
			t.Errorf("%s: source (-want +got):\n%s", tt.name, diff)
		}
		if f := findingOf(t, riskassess.Findings(nil, catalog.Default(), c, asOf), "OUT-03"); f.Outcome != tt.outcome {
			t.Errorf("%s: OUT-03 %s, want %s", tt.name, f.Outcome, tt.outcome)
		}
	}
}

// TestProvenanceCellOfItsSource: an answer a later workbook returned
// unchanged keeps its stored cell, which is the first workbook's: the
// finding names the later workbook without that cell (in it, the cell may
// hold another question: the vendor sorted the rows). A workbook that
// changed the answer, or gave it first, is named with its cell.
func TestProvenanceCellOfItsSource(t *testing.T) {
	asOf := riskassess.NewDate(2026, 11, 27)
	first := riskassess.AssessmentRecord{On: riskassess.NewDate(2026, 4, 15), Source: "a.xlsx", Answered: []string{"Q-OUT-06"}}
	tests := []struct {
		name    string
		records []riskassess.AssessmentRecord
		want    riskassess.Provenance
	}{
		{"given once", []riskassess.AssessmentRecord{first},
			riskassess.Provenance{From: riskassess.AttestVendor, Field: "質問!D5", On: riskassess.NewDate(2026, 4, 15), Source: "a.xlsx"}},
		{"returned unchanged", []riskassess.AssessmentRecord{first,
			{On: riskassess.NewDate(2026, 10, 1), Source: "b.xlsx", Answered: []string{"Q-OUT-06"}}},
			riskassess.Provenance{From: riskassess.AttestVendor, Field: "answers.Q-OUT-06", On: riskassess.NewDate(2026, 10, 1), Source: "b.xlsx"}},
		{"changed", []riskassess.AssessmentRecord{first,
			{On: riskassess.NewDate(2026, 10, 1), Source: "b.xlsx", Answered: []string{"Q-OUT-06"},
				Changed: map[string]riskassess.AnswerChange{"Q-OUT-06": {From: "yes", To: "yes", FromComment: new(""), ToComment: new("体制図あり")}}}},
			riskassess.Provenance{From: riskassess.AttestVendor, Field: "質問!D5", On: riskassess.NewDate(2026, 10, 1), Source: "b.xlsx"}},
	}
	// A confirmed 該当なし (the self-check is its source) whose comment a
	// later vendor workbook changed: the stored cell is that workbook's.
	comment := func(from, to string) map[string]riskassess.AnswerChange {
		return map[string]riskassess.AnswerChange{"Q-OUT-06": {From: "na", To: "na", FromComment: new(from), ToComment: new(to)}}
	}
	claim := []riskassess.AssessmentRecord{
		{On: riskassess.NewDate(2026, 4, 15), Source: "a.xlsx", Answered: []string{"Q-OUT-06"}},
		{On: riskassess.NewDate(2026, 6, 1), Source: "self.xlsx", By: riskassess.AttestCouncil, Answered: []string{"Q-OUT-06"}, Changed: comment("", "確認済み")},
		{On: riskassess.NewDate(2026, 10, 1), Source: "b.xlsx", Answered: []string{"Q-OUT-06"}, Changed: comment("確認済み", "2026年版")},
	}
	for _, tt := range tests {
		c := attestContractor()
		c.Answers = map[string]riskassess.Answer{"Q-OUT-06": {Value: "yes", Cell: "質問!D5"}}
		c.Assessments = tt.records
		f := findingOf(t, riskassess.Findings(nil, catalog.Default(), c, asOf), "OUT-06")
		if diff := cmp.Diff(&tt.want, f.Provenance); diff != "" {
			t.Errorf("%s: provenance (-want +got):\n%s", tt.name, diff)
		}
	}
	c := attestContractor()
	c.Answers = map[string]riskassess.Answer{"Q-OUT-06": {Value: "na", Comment: "2026年版", Cell: "質問!D7"}}
	c.Assessments = claim
	want := riskassess.AnswerSource{By: riskassess.AttestCouncil, On: riskassess.NewDate(2026, 6, 1), Source: "self.xlsx"}
	if diff := cmp.Diff(want, riskassess.AnswerSources(c)["Q-OUT-06"]); diff != "" {
		t.Errorf("confirmed claim, comment changed later: source (-want +got):\n%s", diff)
	}
}

// TestAnswerSourceDateNotAfterImport: a reply date on the cover later than
// the import (令和18年 typed for 令和8年) does not date the answers in the
// future: the import date stands for it, as for a round's returned_on.
func TestAnswerSourceDateNotAfterImport(t *testing.T) {
	rec := func(reply riskassess.Date) riskassess.AssessmentRecord {
		return riskassess.AssessmentRecord{On: riskassess.NewDate(2026, 12, 2), Source: "a.xlsx", Answered: []string{"Q-OUT-06"},
			Respondent: riskassess.Respondent{Date: reply}}
	}
	for _, tt := range []struct{ reply, want riskassess.Date }{
		{riskassess.NewDate(2026, 12, 1), riskassess.NewDate(2026, 12, 1)},
		{riskassess.NewDate(2036, 12, 1), riskassess.NewDate(2026, 12, 2)},
		{riskassess.Date{}, riskassess.NewDate(2026, 12, 2)},
	} {
		c := attestContractor()
		c.Answers = map[string]riskassess.Answer{"Q-OUT-06": {Value: "yes"}}
		c.Assessments = []riskassess.AssessmentRecord{rec(tt.reply)}
		if got := riskassess.AnswerSources(c)["Q-OUT-06"].On; got != tt.want {
			t.Errorf("reply date %s: answer dated %s, want %s", tt.reply, got, tt.want)
		}
	}
}

// TestAnswersAsOfTheirDate assesses a contractor whose answers came from
// two vendor questionnaires, answered on 2025-04-10 and 2026-06-10, as of
// a date between them and as of a date after both: an answer counts only
// from the date it was given. Between them, the answer the later
// questionnaire changed (OUT-06, no → yes) is the earlier one, the answer
// it gave first (OUT-10) is not answered, with the reason, and the answers
// it repeated unchanged (OUT-11) or did not touch (OUT-12) are the earlier
// questionnaire's.
func TestAnswersAsOfTheirDate(t *testing.T) {
	c := &riskassess.Contractor{}
	c.ID = "acme"
	c.Assessments = []riskassess.AssessmentRecord{
		{On: riskassess.NewDate(2025, 4, 15), Source: "r7.xlsx", Respondent: riskassess.Respondent{Date: riskassess.NewDate(2025, 4, 10)},
			Answered: []string{"Q-OUT-06", "Q-OUT-11", "Q-OUT-12"}},
		{On: riskassess.NewDate(2026, 6, 15), Source: "r8.xlsx", Respondent: riskassess.Respondent{Date: riskassess.NewDate(2026, 6, 10)},
			Answered: []string{"Q-OUT-06", "Q-OUT-10", "Q-OUT-11"},
			Changed:  map[string]riskassess.AnswerChange{"Q-OUT-06": {From: "no", To: "yes"}}},
	}
	c.Answers = map[string]riskassess.Answer{
		"Q-OUT-06": {Value: "yes", Cell: "質問!D4"},
		"Q-OUT-10": {Value: "yes", Cell: "質問!D6"},
		"Q-OUT-11": {Value: "yes", Cell: "質問!D7"},
		"Q-OUT-12": {Value: "yes", Cell: "質問!D8"},
	}
	r7 := &riskassess.Provenance{From: riskassess.AttestVendor, On: riskassess.NewDate(2025, 4, 10), Source: "r7.xlsx"}
	r8 := &riskassess.Provenance{From: riskassess.AttestVendor, On: riskassess.NewDate(2026, 6, 10), Source: "r8.xlsx"}
	type got struct {
		Outcome    riskassess.Outcome
		Message    string
		Provenance *riskassess.Provenance
	}
	with := func(p *riskassess.Provenance, cell string) *riskassess.Provenance {
		q := *p
		q.Field = cell
		return &q
	}
	tests := []struct {
		asOf riskassess.Date
		want map[string]got
	}{
		{riskassess.NewDate(2026, 3, 31), map[string]got{
			"OUT-06": {riskassess.OutcomeNotMet, "「いいえ」と回答", with(r7, "answers.Q-OUT-06")},
			"OUT-10": {riskassess.OutcomeNotAnswered, "回答は評価基準日（2026-03-31）より後の 2026-06-10 のもの。基準日には未回答として扱う", with(r8, "質問!D6")},
			"OUT-11": {riskassess.OutcomeMet, "「はい」と回答", with(r7, "質問!D7")},
			"OUT-12": {riskassess.OutcomeMet, "「はい」と回答", with(r7, "質問!D8")},
		}},
		{riskassess.NewDate(2026, 6, 10), map[string]got{
			"OUT-06": {riskassess.OutcomeMet, "「はい」と回答", with(r8, "質問!D4")},
			"OUT-10": {riskassess.OutcomeMet, "「はい」と回答", with(r8, "質問!D6")},
			"OUT-11": {riskassess.OutcomeMet, "「はい」と回答", with(r8, "answers.Q-OUT-11")},
			"OUT-12": {riskassess.OutcomeMet, "「はい」と回答", with(r7, "質問!D8")},
		}},
	}
	for _, tt := range tests {
		fs := riskassess.Findings(nil, catalog.Default(), c, tt.asOf)
		g := map[string]got{}
		for id := range tt.want {
			f := findingOf(t, fs, id)
			g[id] = got{f.Outcome, f.Message.Ja, f.Provenance}
		}
		if diff := cmp.Diff(tt.want, g); diff != "" {
			t.Errorf("as of %s (-want +got):\n%s", tt.asOf, diff)
		}
	}
	if c.Answers["Q-OUT-06"].Value != "yes" || len(c.Answers) != 4 {
		t.Errorf("the entry's answers were changed: %v", c.Answers)
	}
}

// TestAnswersAsOfInImportOrder: a record imported after one answered after
// the as-of date is undone with it, even when its cover is dated earlier
// (r9, dated February, imported in July after the June reply r8): its
// change rests on r8's answer. Kept, the vendor's 該当なし of r7 was read
// as entered in the register by staff (no record holds it in a history
// without r8), so OUT-06 was not applicable on the vendor's word. An
// answer with a comment only, which no record gave, is not said to be
// given after the as-of date.
func TestAnswersAsOfInImportOrder(t *testing.T) {
	c := &riskassess.Contractor{}
	c.ID = "acme"
	c.Assessments = []riskassess.AssessmentRecord{
		{On: riskassess.NewDate(2025, 4, 15), Source: "r7.xlsx", Respondent: riskassess.Respondent{Date: riskassess.NewDate(2025, 4, 10)},
			Answered: []string{"Q-OUT-06"}},
		{On: riskassess.NewDate(2026, 6, 15), Source: "r8.xlsx", Respondent: riskassess.Respondent{Date: riskassess.NewDate(2026, 6, 10)},
			Answered: []string{"Q-OUT-06"},
			Changed:  map[string]riskassess.AnswerChange{"Q-OUT-06": {From: "na", To: "yes"}}},
		{On: riskassess.NewDate(2026, 7, 1), Source: "r9.xlsx", Respondent: riskassess.Respondent{Date: riskassess.NewDate(2026, 2, 1)},
			Answered: []string{"Q-OUT-06", "Q-OUT-11"},
			Changed:  map[string]riskassess.AnswerChange{"Q-OUT-06": {From: "yes", To: "partial"}}},
	}
	c.Answers = map[string]riskassess.Answer{
		"Q-OUT-06": {Value: "partial", Cell: "質問!D4"},
		"Q-OUT-11": {Value: "yes", Cell: "質問!D7"},
		"Q-OUT-12": {Comment: "確認中"},
	}
	type got struct {
		Outcome    riskassess.Outcome
		Message    string
		Provenance *riskassess.Provenance
	}
	r7 := &riskassess.Provenance{From: riskassess.AttestVendor, On: riskassess.NewDate(2025, 4, 10), Source: "r7.xlsx"}
	r9 := &riskassess.Provenance{From: riskassess.AttestVendor, On: riskassess.NewDate(2026, 2, 1), Source: "r9.xlsx", Field: "質問!D7"}
	want := map[string]got{
		"OUT-06": {riskassess.OutcomeNotAnswered, "事業者は「該当なし」と回答（議会の確認待ち。確認されるまで未回答として扱う）", r7},
		"OUT-11": {riskassess.OutcomeNotAnswered, "回答は評価基準日（2026-03-31）より後に回答された記録の後から 2026-07-01 に取り込んだもの。基準日には未回答として扱う", r9},
	}
	fs := riskassess.Findings(nil, catalog.Default(), c, riskassess.NewDate(2026, 3, 31))
	g := map[string]got{}
	for id := range want {
		f := findingOf(t, fs, id)
		g[id] = got{f.Outcome, f.Message.Ja, f.Provenance}
	}
	if diff := cmp.Diff(want, g); diff != "" {
		t.Errorf("as of 2026-03-31 (-want +got):\n%s", diff)
	}
	if f := findingOf(t, fs, "OUT-12"); strings.Contains(f.Message.Ja, "より後") {
		t.Errorf("OUT-12, a comment only: %s", f.Message.Ja)
	}
}

// TestAnswersAsOfEarlierLayoutBlank: a record of the earlier layout (a
// full copy of the answers) that holds a question without a value did not
// give it: an answer first given by a record after the as-of date is not
// answered on that date.
func TestAnswersAsOfEarlierLayoutBlank(t *testing.T) {
	c := &riskassess.Contractor{}
	c.ID = "acme"
	c.Assessments = []riskassess.AssessmentRecord{
		{On: riskassess.NewDate(2025, 4, 15), Source: "r7.xlsx",
			Answers: map[string]riskassess.Answer{"Q-OUT-06": {Value: "no"}, "Q-OUT-10": {Value: ""}}},
		{On: riskassess.NewDate(2026, 6, 15), Source: "r8.xlsx",
			Answered: []string{"Q-OUT-10"}},
	}
	c.Answers = map[string]riskassess.Answer{
		"Q-OUT-06": {Value: "no"},
		"Q-OUT-10": {Value: "yes", Cell: "質問!D6"},
	}
	fs := riskassess.Findings(nil, catalog.Default(), c, riskassess.NewDate(2026, 3, 31))
	f := findingOf(t, fs, "OUT-10")
	if f.Outcome != riskassess.OutcomeNotAnswered || !strings.Contains(f.Message.Ja, "2026-06-15") {
		t.Errorf("OUT-10 as of 2026-03-31 = %s %q, want not answered: first given on 2026-06-15", f.Outcome, f.Message.Ja)
	}
}

// TestNotApplicableBasisIsTheRegister: a requirement not applicable by the
// register's facts names the register's field as its basis, never the cell
// of a vendor's answer that did not decide it; a not applicable decided by
// an answer (a requirement without a check) keeps the answer's cell and
// source.
func TestNotApplicableBasisIsTheRegister(t *testing.T) {
	asOf := riskassess.NewDate(2026, 11, 27)
	vendorOn := riskassess.NewDate(2026, 4, 10)
	rec := riskassess.AssessmentRecord{On: riskassess.NewDate(2026, 4, 15), Source: "acme.xlsx",
		Respondent: riskassess.Respondent{Date: vendorOn}}

	// OUT-26 applies only to My Number contracts; the vendor answered it.
	c := attestContractor()
	c.Answers["Q-OUT-26"] = riskassess.Answer{Value: "yes", Cell: "質問!D17"}
	c.Assessments[0].Answers["Q-OUT-26"] = c.Answers["Q-OUT-26"]
	f := findingOf(t, riskassess.Findings(nil, catalog.Default(), c, asOf), "OUT-26")
	if f.Outcome != riskassess.OutcomeNotApplicable || f.Evidence != "contracts[].clauses" {
		t.Errorf("OUT-26: %s, evidence %q; want not applicable on contracts[].clauses", f.Outcome, f.Evidence)
	}
	if diff := cmp.Diff(&riskassess.Provenance{From: riskassess.AttestRegister, Field: "contracts[].clauses"}, f.Provenance); diff != "" {
		t.Errorf("OUT-26 provenance (-want +got):\n%s", diff)
	}

	// CLD-21 (no register field) does not apply to a class 1 service.
	s := &riskassess.Service{}
	s.ID = "svc"
	s.Class = riskassess.Classification{Confidentiality: "1", Integrity: "1", Availability: "1"}
	s.Answers = map[string]riskassess.Answer{"Q-CLD-21": {Value: "no", Cell: "質問!D21"}}
	r := rec
	r.Answers = s.Answers
	s.Assessments = []riskassess.AssessmentRecord{r}
	f = findingOf(t, riskassess.Findings(nil, catalog.Default(), s, asOf), "CLD-21")
	if f.Outcome != riskassess.OutcomeNotApplicable || f.Evidence != "" {
		t.Errorf("CLD-21: %s, evidence %q; want not applicable without evidence", f.Outcome, f.Evidence)
	}
	if diff := cmp.Diff(&riskassess.Provenance{From: riskassess.AttestRegister}, f.Provenance); diff != "" {
		t.Errorf("CLD-21 provenance (-want +got):\n%s", diff)
	}

	// A requirement without a check, answered "na" in a self-check: the
	// answer decided it. Not applying by the register's facts, the register did.
	applies := true
	req := riskassess.Requirement{ID: "T-NA", Kinds: []riskassess.Kind{riskassess.KindContractor}, Severity: riskassess.SeverityLow,
		Field: "contracts", AttestedBy: riskassess.AttestCouncil, Question: &riskassess.Question{ID: "Q-T-NA", Type: riskassess.AnswerYesNo},
		Applies: func(*riskassess.Subject) bool { return applies }}
	c = attestContractor()
	c.Answers["Q-T-NA"] = riskassess.Answer{Value: "na", Cell: "自己点検!E9"}
	c.Assessments = append(c.Assessments, riskassess.AssessmentRecord{On: riskassess.NewDate(2026, 11, 1), Source: "self.xlsx",
		By: riskassess.AttestCouncil, Answers: map[string]riskassess.Answer{"Q-T-NA": c.Answers["Q-T-NA"]}})
	for _, tt := range []struct {
		applies  bool
		evidence string
		prov     *riskassess.Provenance
	}{
		{true, "自己点検!E9", &riskassess.Provenance{From: riskassess.AttestCouncil, Field: "自己点検!E9", On: riskassess.NewDate(2026, 11, 1), Source: "self.xlsx"}},
		{false, "contracts", &riskassess.Provenance{From: riskassess.AttestRegister, Field: "contracts"}},
	} {
		applies = tt.applies
		f := findingOf(t, riskassess.Findings(nil, []riskassess.Requirement{req}, c, asOf), "T-NA")
		if f.Outcome != riskassess.OutcomeNotApplicable || f.Evidence != tt.evidence {
			t.Errorf("T-NA applies %v: %s, evidence %q; want not applicable on %q", tt.applies, f.Outcome, f.Evidence, tt.evidence)
		}
		if diff := cmp.Diff(tt.prov, f.Provenance); diff != "" {
			t.Errorf("T-NA applies %v: provenance (-want +got):\n%s", tt.applies, diff)
		}
	}
}

// TestTextNotApplicableIsAClaim: 該当なし written out as the answer to a
// free-text question of the organisation's own requirement (any answer
// meets it) is a not-applicable answer as the yes/no one is, not a text
// that meets it: the vendor's is a claim counted as not answered until
// the council confirms it, the council's is not applicable. A vendor
// answering 該当なし to such a question scored met, better than no answer.
// A placeholder (-, 未定, 不明, ？, TBD) answers nothing: not answered.
// Any other text, none included (なし: nothing to report), still meets it.
func TestTextNotApplicableIsAClaim(t *testing.T) {
	asOf := riskassess.NewDate(2026, 11, 27)
	r, errs := catalog.Custom(riskassess.CustomRequirement{ID: "ORG-09", Kinds: []riskassess.Kind{riskassess.KindContractor},
		Title: riskassess.T("障害時の連絡体制", "Contacts for incidents"), Severity: riskassess.SeverityMedium, AttestedBy: riskassess.AttestVendor,
		Question: riskassess.Question{ID: "Q-ORG-09", Type: riskassess.AnswerText, Text: riskassess.T("障害時の連絡先と連絡方法を書いてください。", "Contacts for incidents.")}})
	if len(errs) > 0 {
		t.Fatal(errs[0])
	}
	reqs := []riskassess.Requirement{r}
	const claim = "事業者は「該当なし」と回答（議会の確認待ち。確認されるまで未回答として扱う）"
	for _, tt := range []struct {
		value string
		by    riskassess.Attester
		want  riskassess.Outcome
		msg   string
	}{
		{"該当なし", riskassess.AttestVendor, riskassess.OutcomeNotAnswered, claim},
		{" 該当しない ", riskassess.AttestVendor, riskassess.OutcomeNotAnswered, claim},
		{"対象外", riskassess.AttestVendor, riskassess.OutcomeNotAnswered, claim},
		{"Ｎ／Ａ", riskassess.AttestVendor, riskassess.OutcomeNotAnswered, claim},
		{"Not Applicable", riskassess.AttestVendor, riskassess.OutcomeNotAnswered, claim},
		{"na", riskassess.AttestVendor, riskassess.OutcomeNotAnswered, claim},
		{"該当なし", riskassess.AttestCouncil, riskassess.OutcomeNotApplicable, ""},
		{"なし", riskassess.AttestVendor, riskassess.OutcomeMet, "回答が要件を満たす"},
		{"特になし。", riskassess.AttestVendor, riskassess.OutcomeMet, "回答が要件を満たす"},
		// A placeholder answers nothing (it met the requirement).
		{"-", riskassess.AttestVendor, riskassess.OutcomeNotAnswered, "回答「-」は記入がないのと同じ（内容を記入してもらう）"},
		{"ーーー", riskassess.AttestVendor, riskassess.OutcomeNotAnswered, "回答「ーーー」は記入がないのと同じ（内容を記入してもらう）"},
		{"未定", riskassess.AttestVendor, riskassess.OutcomeNotAnswered, "回答「未定」は記入がないのと同じ（内容を記入してもらう）"},
		{"不明（確認中）", riskassess.AttestVendor, riskassess.OutcomeNotAnswered, "回答「不明（確認中）」は記入がないのと同じ（内容を記入してもらう）"},
		{"？", riskassess.AttestVendor, riskassess.OutcomeNotAnswered, "回答「？」は記入がないのと同じ（内容を記入してもらう）"},
		{"TBD", riskassess.AttestCouncil, riskassess.OutcomeNotAnswered, "回答「TBD」は記入がないのと同じ（内容を記入してもらう）"},
		{"未定の項目はありません", riskassess.AttestVendor, riskassess.OutcomeMet, "回答が要件を満たす"},
		{"該当なしの場合は営業窓口（03-0000-0000）", riskassess.AttestVendor, riskassess.OutcomeMet, "回答が要件を満たす"},
		{"保守窓口 03-0000-0000（24時間）", riskassess.AttestVendor, riskassess.OutcomeMet, "回答が要件を満たす"},
	} {
		c := &riskassess.Contractor{}
		c.ID = "acme"
		a := riskassess.Answer{Value: tt.value, Cell: "質問!D2"}
		c.Assessments = []riskassess.AssessmentRecord{{On: riskassess.NewDate(2026, 4, 15), Source: "acme.xlsx", By: tt.by,
			Answers: map[string]riskassess.Answer{"Q-ORG-09": a}}}
		c.Answers = map[string]riskassess.Answer{"Q-ORG-09": a}
		f := findingOf(t, riskassess.Findings(nil, reqs, c, asOf), "ORG-09")
		if f.Outcome != tt.want || (tt.msg != "" && f.Message.Ja != tt.msg) {
			t.Errorf("%s answers %q: %s %q, want %s %q", tt.by, tt.value, f.Outcome, f.Message.Ja, tt.want, tt.msg)
		}
	}
}
