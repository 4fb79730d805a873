package xlsx

import (
	"bytes"
	"strings"
	"testing"

	"github.com/gikai-sec/riskregister/riskassess"
	"github.com/google/go-cmp/cmp"
)

// deriveReqs is a catalogue whose checks give every outcome from the
// register facts, and record whether they saw any answers.
func deriveReqs(t *testing.T) []riskassess.Requirement {
	ck := func(o riskassess.Outcome, ev string) func(*riskassess.Subject) riskassess.Result {
		return func(s *riskassess.Subject) riskassess.Result {
			if s.Answers != nil {
				t.Errorf("check saw answers %v: derived values must rest on register facts only", s.Answers)
			}
			if s.Entry == nil || s.Org == nil || s.Org.Name.Ja != "テスト市議会" || s.AsOf != riskassess.NewDate(2026, 4, 1) {
				t.Errorf("subject %+v", s)
			}
			return riskassess.Result{Outcome: o, Evidence: ev}
		}
	}
	never := func(*riskassess.Subject) bool { return false }
	var reqs []riskassess.Requirement
	add := func(id, qid string, typ riskassess.AnswerType, check func(*riskassess.Subject) riskassess.Result, applies func(*riskassess.Subject) bool) {
		reqs = append(reqs, riskassess.Requirement{ID: id, Kinds: []riskassess.Kind{riskassess.KindContractor},
			Title: riskassess.T(id, id), Severity: riskassess.SeverityHigh, Check: check, Applies: applies, AttestedBy: riskassess.AttestVendor,
			Question: &riskassess.Question{ID: qid, Type: typ, Text: riskassess.T("質問 "+qid, "Question "+qid)}})
	}
	add("D-01", "Q-D-01", riskassess.AnswerYesNo, ck(riskassess.OutcomeMet, "certifications[0]"), nil)
	add("D-02", "Q-D-02", riskassess.AnswerYesNo, ck(riskassess.OutcomeNotMet, "contracts[0].clauses"), nil)
	add("D-03", "Q-D-03", riskassess.AnswerYesNo, ck(riskassess.OutcomePartial, "certifications[0].valid_until"), nil)
	add("D-04", "Q-D-04", riskassess.AnswerYesNo, ck(riskassess.OutcomeNotApplicable, "contracts"), nil)
	add("D-05", "Q-D-05", riskassess.AnswerYesNo, ck(riskassess.OutcomeNotAnswered, "answers.Q-D-05"), nil)
	// Two requirements of one question that disagree: left blank.
	add("D-06", "Q-D-06", riskassess.AnswerYesNo, ck(riskassess.OutcomeMet, "a"), nil)
	add("D-07", "Q-D-06", riskassess.AnswerYesNo, ck(riskassess.OutcomeNotMet, "b"), nil)
	// An inapplicable requirement does not count …
	add("D-08", "Q-D-08", riskassess.AnswerYesNo, ck(riskassess.OutcomeNotMet, "x"), never)
	add("D-09", "Q-D-08", riskassess.AnswerYesNo, ck(riskassess.OutcomeMet, "legal_name"), nil)
	// … and one that is all there is leaves the question blank.
	add("D-10", "Q-D-10", riskassess.AnswerYesNo, ck(riskassess.OutcomeMet, "x"), never)
	// A stored answer wins over the derived one.
	add("D-11", "Q-D-11", riskassess.AnswerYesNo, ck(riskassess.OutcomeMet, "x"), nil)
	// Only yes/no questions are derived.
	add("D-12", "Q-D-12", riskassess.AnswerDate, ck(riskassess.OutcomeMet, "x"), nil)
	// A requirement without a check depends on the answer alone.
	add("D-13", "Q-D-13", riskassess.AnswerYesNo, nil, nil)
	// A stored comment without a value stays in front of the note.
	add("D-14", "Q-D-14", riskassess.AnswerYesNo, ck(riskassess.OutcomeMet, "certifications[0]"), nil)
	// A question the facts cannot answer (an exception approved, CLD-10),
	// met by the facts when it does not arise, is left blank: imported,
	// "yes" would count once the facts changed.
	add("D-15", "Q-D-15", riskassess.AnswerYesNo, ck(riskassess.OutcomeMet, "class"), nil)
	reqs[len(reqs)-1].NoPrefill = true
	return reqs
}

func deriveQ(t *testing.T) *Questionnaire {
	c := &riskassess.Contractor{LegalName: "株式会社アクメ", CorporateNumber: "9234567890123"}
	c.ID = "acme"
	c.Name = riskassess.T("アクメ", "ACME")
	c.Answers = map[string]riskassess.Answer{
		"Q-D-11": {Value: No, Comment: "職員が確認"},
		"Q-D-14": {Comment: "認証は更新中"},
	}
	reg := &riskassess.Register{Org: riskassess.Organisation{Name: riskassess.T("テスト市議会", "Test Council")}}
	reg.Contractors = []*riskassess.Contractor{c}
	return &Questionnaire{Kind: riskassess.KindContractor, Entry: c, Register: reg, Requirements: deriveReqs(t),
		CatalogueVersion: testVersion, AsOf: riskassess.NewDate(2026, 4, 1)}
}

func TestDerivedAnswers(t *testing.T) {
	q := deriveQ(t)
	// The comment names what the answer rests on in the vendor's words,
	// never the register's field paths, and the answer it was filled in
	// with.
	note := func(ja, en, v string) string {
		l := yesNoLabel[v]
		return "当方の台帳の記録（" + ja + "）から記入しました（" + l.Ja + "）。確認し、違っていれば直してください / filled in from our records (" + en + ") as " + l.En + ": please check and correct it if wrong"
	}
	certs := func(v string) string {
		return note("認証の種類と有効期限", "your certificates and their expiry", v)
	}
	want := map[string]riskassess.Answer{
		"Q-D-01": {Value: Yes, Comment: certs(Yes)},
		"Q-D-02": {Value: No, Comment: note("契約書の条項", "the clauses of the contract", No)},
		"Q-D-03": {Value: Partial, Comment: certs(Partial)},
		"Q-D-04": {Value: NA, Comment: note("契約の内容", "the contract", NA)},
		"Q-D-08": {Value: Yes, Comment: note("貴社の名称", "your company name", Yes)},
		"Q-D-11": {Value: No, Comment: "職員が確認"},
		"Q-D-14": {Value: Yes, Comment: "認証は更新中\n" + certs(Yes)},
	}
	got := q.Answers()
	if diff := cmp.Diff(want, got); diff != "" {
		t.Fatalf("Answers (-want +got):\n%s", diff)
	}

	// The workbook shows them as a vendor would have picked them.
	b := generate(t, q)
	f := workbook(t, b)
	for id, label := range map[string]string{"Q-D-01": "はい", "Q-D-02": "いいえ", "Q-D-03": "一部", "Q-D-04": "該当なし",
		"Q-D-05": "", "Q-D-06": "", "Q-D-10": "", "Q-D-11": "いいえ", "Q-D-12": "", "Q-D-13": "", "Q-D-15": ""} {
		r := itoa(rowOf(t, f, qs, id))
		if v, _ := f.GetCellValue(qs, "D"+r); v != label {
			t.Errorf("%s: answer cell %q, want %q", id, v, label)
		}
		if c, _ := f.GetCellValue(qs, "E"+r); c != want[id].Comment {
			t.Errorf("%s: comment cell %q, want %q", id, c, want[id].Comment)
		}
	}
	f.Close()

	// Returned untouched (no respondent), the workbook is refused as not
	// filled in; with the respondent filled in and the answers kept, they
	// are exactly the pre-filled answers.
	if res := readBytes(t, b, ReadOptions{Requirements: q.Requirements, Register: q.Register, CatalogueVersion: testVersion}); !hasCode(res, ErrNotFilledIn) {
		t.Errorf("untouched workbook not refused as not filled in: %v", res.Err())
	}
	b = fillCover(t, b, "回答者", "山田 太郎")
	res := readBytes(t, b, ReadOptions{Requirements: q.Requirements, Register: q.Register, CatalogueVersion: testVersion})
	if res.HasErrors() {
		t.Fatal(res.Err())
	}
	imported := map[string]riskassess.Answer{}
	for id, a := range res.Answers {
		a.Cell = ""
		imported[id] = a
	}
	if diff := cmp.Diff(want, imported); diff != "" {
		t.Errorf("imported answers (-want +got):\n%s", diff)
	}
	st := map[string]Status{}
	for _, it := range res.Items {
		st[it.ID] = it.Status
	}
	wantSt := map[string]Status{"Q-D-01": StatusImported, "Q-D-02": StatusImported, "Q-D-03": StatusImported, "Q-D-04": StatusImported,
		"Q-D-05": StatusWarning, "Q-D-06": StatusWarning, "Q-D-08": StatusImported, "Q-D-10": StatusWarning,
		"Q-D-11": StatusUnchanged, "Q-D-12": StatusWarning, "Q-D-13": StatusWarning, "Q-D-14": StatusImported,
		"Q-D-15": StatusWarning}
	if diff := cmp.Diff(wantSt, st); diff != "" {
		t.Errorf("statuses (-want +got):\n%s", diff)
	}
	// The cover carries what the register knows of the respondent (and
	// the person the test typed).
	if diff := cmp.Diff(riskassess.Respondent{Company: "株式会社アクメ", CorporateNumber: "9234567890123", Person: "山田 太郎"}, res.Respondent); diff != "" {
		t.Errorf("respondent (-want +got):\n%s", diff)
	}
	// Without an entry nothing is derived.
	q.Entry = nil
	if a := q.Answers(); a != nil {
		t.Errorf("Answers without an entry: %v", a)
	}
}

func TestDerivedCommentWords(t *testing.T) {
	for _, tc := range []struct {
		evidence []string
		want     string
	}{
		{nil, "当方の台帳の記録から記入しました。確認し、違っていれば直してください / filled in from our records: please check and correct it if wrong"},
		{[]string{"contracts[0].subcontractors[1].approved_on", "contracts[].subcontractors"},
			"当方の台帳の記録（再委託先と当方の承諾）から記入しました。確認し、違っていれば直してください / filled in from our records (your subcontractors and our approval of them): please check and correct it if wrong"},
		{[]string{"no_such_field", "ismap.valid_until"},
			"当方の台帳の記録（ISMAP の登録）から記入しました。確認し、違っていれば直してください / filled in from our records (the ISMAP listing): please check and correct it if wrong"},
	} {
		if got := derivedComment(tc.evidence, "", "ja"); got != tc.want {
			t.Errorf("%v:\n got %s\nwant %s", tc.evidence, got, tc.want)
		}
	}
}

func TestDerivedCommentEnglishFirst(t *testing.T) {
	q := deriveQ(t)
	q.Lang = "en"
	if c := q.Answers()["Q-D-01"].Comment; !strings.HasPrefix(c, "filled in from our records (your certificates and their expiry) as Yes: please check and correct it if wrong / 当方の台帳の記録") {
		t.Errorf("comment %q", c)
	}
}

func TestCoverRespondentOfService(t *testing.T) {
	reg := &riskassess.Register{}
	c := &riskassess.Contractor{LegalName: "株式会社クラウド", CorporateNumber: "9234567890123"}
	c.ID = "cloud-co"
	reg.Contractors = []*riskassess.Contractor{c}
	reqs := []riskassess.Requirement{{ID: "S-01", Kinds: []riskassess.Kind{riskassess.KindService}, AttestedBy: riskassess.AttestVendor,
		Question: &riskassess.Question{ID: "Q-S-01", Type: riskassess.AnswerYesNo, Text: riskassess.T("質問", "Q")}}}
	for _, tc := range []struct {
		provider riskassess.Provider
		reg      *riskassess.Register
		want     riskassess.Respondent
	}{
		{riskassess.Provider{Contractor: "cloud-co"}, reg, riskassess.Respondent{Company: "株式会社クラウド", CorporateNumber: "9234567890123"}},
		{riskassess.Provider{Name: "Example Inc."}, reg, riskassess.Respondent{Company: "Example Inc."}},
		{riskassess.Provider{Contractor: "cloud-co", Name: "クラウド社"}, nil, riskassess.Respondent{Company: "クラウド社"}},
	} {
		s := &riskassess.Service{Provider: tc.provider}
		s.ID = "svc"
		q := &Questionnaire{Kind: riskassess.KindService, Entry: s, Register: tc.reg, Requirements: reqs}
		var buf bytes.Buffer
		if err := q.Write(&buf); err != nil {
			t.Fatal(err)
		}
		res := readBytes(t, buf.Bytes(), ReadOptions{Requirements: reqs})
		if diff := cmp.Diff(tc.want, res.Respondent); diff != "" {
			t.Errorf("%+v: respondent (-want +got):\n%s", tc.provider, diff)
		}
	}
}

// TestStripDerived: a pre-filled note (current or earlier wording, either
// language first) stays once with the answer it names, and goes with
// another answer, a cleared answer or a second copy; the vendor's own
// lines stay.
func TestStripDerived(t *testing.T) {
	yes := derivedComment([]string{"certifications[0]"}, Yes, "ja")
	yesEn := derivedComment([]string{"certifications[0]"}, Yes, "en")
	no := derivedComment([]string{"contracts[0].clauses"}, No, "ja")
	older := "台帳の記録（certifications[0]）から記入。確認してください / filled in from the register (certifications[0]): please confirm"
	unlabelled := derivedComment(nil, "", "ja")
	for _, tc := range []struct {
		name, comment, v, want string
	}{
		{"kept with its answer", yes, Yes, yes},
		{"English first", yesEn, Yes, yesEn},
		{"answer changed", yes, No, ""},
		{"answer cleared", yes, "", ""},
		{"doubled", yes + "\n" + yes, Yes, yes},
		{"vendor's line kept", "ISMS 更新済み\n" + yes, No, "ISMS 更新済み"},
		{"note naming another answer", no, Yes, ""},
		{"earlier wording, no label", older + "\n" + older, Yes, older},
		{"no label, cleared", unlabelled, "", ""},
		{"not a note", "filled in from our records by hand", Yes, "filled in from our records by hand"},
	} {
		if got := stripDerived(tc.comment, tc.v); got != tc.want {
			t.Errorf("%s:\n got %q\nwant %q", tc.name, got, tc.want)
		}
	}
}

// A questionnaire made as of a date is pre-filled with the answers as they
// stood on it: one imported later (a later 回答日) had not been given, as
// the scoring of that date counts it; a vendor's later 該当なし is no claim
// to confirm in the self-check yet.
func TestPrefillAnswersAsOf(t *testing.T) {
	reqs := []riskassess.Requirement{
		{ID: "P-01", Kinds: []riskassess.Kind{riskassess.KindContractor}, Title: riskassess.T("P-01", "P-01"), Severity: riskassess.SeverityHigh,
			AttestedBy: riskassess.AttestVendor, Question: &riskassess.Question{ID: "Q-P-01", Type: riskassess.AnswerYesNo, Text: riskassess.T("質問1", "Q1")}},
		{ID: "P-02", Kinds: []riskassess.Kind{riskassess.KindContractor}, Title: riskassess.T("P-02", "P-02"), Severity: riskassess.SeverityHigh,
			AttestedBy: riskassess.AttestVendor, Question: &riskassess.Question{ID: "Q-P-02", Type: riskassess.AnswerYesNo, Text: riskassess.T("質問2", "Q2")}},
	}
	c := &riskassess.Contractor{LegalName: "株式会社アクメ"}
	c.ID = "acme"
	c.Name = riskassess.T("アクメ", "ACME")
	c.Answers = map[string]riskassess.Answer{
		"Q-P-01": {Value: Yes, Comment: "6月に回答"},
		"Q-P-02": {Value: NA, Comment: "11月に回答"},
	}
	c.Assessments = []riskassess.AssessmentRecord{
		{On: riskassess.NewDate(2026, 6, 10), Source: "returned/acme-06.xlsx", Answered: []string{"Q-P-01"},
			Changed: map[string]riskassess.AnswerChange{"Q-P-01": {From: "", To: Yes}}},
		{On: riskassess.NewDate(2026, 11, 20), Source: "returned/acme-11.xlsx", Answered: []string{"Q-P-02"},
			Changed: map[string]riskassess.AnswerChange{"Q-P-02": {From: "", To: NA}}},
	}
	reg := &riskassess.Register{Org: riskassess.Organisation{Name: riskassess.T("テスト市議会", "Test Council")}}
	reg.Contractors = []*riskassess.Contractor{c}
	values := func(asOf riskassess.Date) map[string]string {
		q := &Questionnaire{Kind: riskassess.KindContractor, Entry: c, Register: reg, Requirements: reqs, CatalogueVersion: testVersion, AsOf: asOf}
		out := map[string]string{}
		for id, a := range q.Answers() {
			out[id] = a.Value
		}
		return out
	}
	for _, tc := range []struct {
		asOf   riskassess.Date
		want   map[string]string
		claims map[string]bool
	}{
		{riskassess.NewDate(2026, 4, 1), map[string]string{}, nil},
		{riskassess.NewDate(2026, 9, 1), map[string]string{"Q-P-01": Yes}, nil},
		{riskassess.NewDate(2026, 11, 27), map[string]string{"Q-P-01": Yes, "Q-P-02": NA}, map[string]bool{"Q-P-02": true}},
	} {
		if d := cmp.Diff(tc.want, values(tc.asOf)); d != "" {
			t.Errorf("as of %s: pre-filled answers (-want +got):\n%s", tc.asOf, d)
		}
		if d := cmp.Diff(tc.claims, PendingClaims(c, reqs, &reg.Org, tc.asOf)); d != "" {
			t.Errorf("as of %s: pending claims (-want +got):\n%s", tc.asOf, d)
		}
	}
	if c.Answers["Q-P-02"].Value != NA || len(c.Assessments) != 2 {
		t.Errorf("entry modified: %+v", c.Common)
	}
}
