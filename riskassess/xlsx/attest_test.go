package xlsx

import (
	"regexp"
	"slices"
	"strconv"
	"strings"
	"testing"

	"github.com/gikai-sec/riskregister/riskassess"
	"github.com/google/go-cmp/cmp"
)

// TestVendorAsksOnlyVendorQuestions: the questionnaire leaves out the
// questions the council answers itself and those of the register's facts.
func TestVendorAsksOnlyVendorQuestions(t *testing.T) {
	q := defaultQ()
	var ids []string
	for _, r := range q.Rows() {
		ids = append(ids, r.Question.ID)
		for _, req := range r.Requirements {
			if req.AttestedBy != riskassess.AttestVendor {
				t.Errorf("%s: %s attested by %s is asked of the vendor", r.Question.ID, req.ID, req.AttestedBy)
			}
		}
	}
	if slices.Contains(ids, "Q-OUT-SELF") || len(ids) == 0 {
		t.Errorf("questions %v: want the vendor's only, without Q-OUT-SELF", ids)
	}
	if got := QuestionsFor(q.Requirements, riskassess.KindContractor); len(got) != len(ids) {
		t.Errorf("QuestionsFor: %d questions, Rows: %d", len(got), len(ids))
	}
	// A kind whose questions are all the council's has no vendor questionnaire.
	soc := &Questionnaire{Kind: riskassess.KindSocial, Requirements: testReqs()}
	if err := soc.Write(&strings.Builder{}); err == nil || !strings.Contains(err.Error(), "council") {
		t.Errorf("social questionnaire: %v, want a refusal naming the council", err)
	}
}

// TestCouncilAnswerRefused: a row of a question the council answers
// itself (an older workbook, or a row the vendor added) is not imported
// and is reported at its answer cell; blank such rows are skipped.
func TestCouncilAnswerRefused(t *testing.T) {
	f := workbook(t, generate(t, defaultQ()))
	last := len(defaultQ().Rows()) + 1
	add := func(row int, id, answer string) {
		r := strconv.Itoa(row)
		for col, v := range map[string]string{"A": id, "D": answer} {
			if err := f.SetCellStr(qs, col+r, v); err != nil {
				t.Fatal(err)
			}
		}
	}
	add(last+1, "Q-OUT-SELF", "はい")
	add(last+2, "Q-SNS-01", "") // another kind's question, blank: unknown to a contractor, not answered
	res := readBytes(t, save(t, f), ReadOptions{Requirements: testReqs(), CatalogueVersion: testVersion})
	if _, ok := res.Answers["Q-OUT-SELF"]; ok {
		t.Error("the vendor's answer to the council's question was imported")
	}
	var got []string
	for _, p := range res.Problems {
		if p.QuestionID == "Q-OUT-SELF" {
			got = append(got, p.Error())
		}
	}
	want := []string{qs + "!D" + strconv.Itoa(last+1) + `: not a vendor question "Q-OUT-SELF": 議会が自ら確認する質問です（自己点検）。事業者の回答は取り込みません / the council checks this itself (self-check): the vendor's answer is not imported`}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("problems (-want +got):\n%s", diff)
	}
	if res.HasErrors() {
		t.Errorf("a refused answer must not stop the rest: %v", res.Err())
	}
	for _, it := range res.Items {
		if it.ID == "Q-OUT-SELF" && (it.Status != StatusWarning || it.ErrorCode != ErrNotVendorQuestion || it.Raw != "はい") {
			t.Errorf("item %+v", it)
		}
	}
	// The vendor's own answers are still imported.
	if len(res.Answers) == 0 {
		t.Error("nothing imported")
	}
}

// TestCoverStatesPurposeDeadlineReturn: the cover says why the vendor is
// asked, by when and where to return the workbook; printed pages carry
// page numbers; choice questions print their choices.
func TestCoverStatesPurposeDeadlineReturn(t *testing.T) {
	q := defaultQ()
	q.Deadline = riskassess.NewDate(2026, 12, 25)
	q.ReturnTo = "総務課 somu@example.jp"
	b := generate(t, q)
	f := workbook(t, b)
	defer f.Close()
	rows, _ := f.GetRows("表紙")
	facts := map[string]string{}
	for _, r := range rows {
		if len(r) > 1 {
			facts[r[0]] = r[1]
		}
	}
	want := map[string]string{
		"目的 / Purpose":                 DefaultPurpose.Ja + "\n" + DefaultPurpose.En,
		"回答期限 / Reply by":              "2026-12-25",
		"返送先 / Return to":              "総務課 somu@example.jp",
		"対象 / Subject":                 "株式会社アクメ (acme)",
		"要件カタログの版 / Catalogue version": testVersion,
	}
	for k, v := range want {
		if facts[k] != v {
			t.Errorf("cover %s = %q, want %q", k, facts[k], v)
		}
	}
	for _, sheet := range []string{"xl/worksheets/sheet1.xml", "xl/worksheets/sheet2.xml"} {
		if x := partOf(t, b, sheet); !strings.Contains(x, "<oddFooter>&amp;C&amp;P / &amp;N ページ</oddFooter>") || !strings.Contains(x, "<oddHeader>&amp;Lセキュリティ要件 確認票 — 株式会社アクメ</oddHeader>") {
			t.Errorf("%s: no page numbers or header", sheet)
		}
	}
	if x := partOf(t, b, "xl/worksheets/sheet1.xml"); strings.Contains(x, `fitToHeight="0"`) {
		t.Error("the cover is not fitted to one page")
	}
	r := itoa(rowOf(t, f, qs, "Q-CH-01"))
	if v, _ := f.GetCellValue(qs, "C"+r); !strings.HasSuffix(v, "\n選択肢 / Choices: ISMAP登録済み／ISMAP-LIU登録済み／登録なし") {
		t.Errorf("choice question text %q does not print its choices", v)
	}
	// Without a deadline or return address the lines are left out, and a
	// purpose of the register replaces the built-in one.
	q = defaultQ()
	q.Purpose = riskassess.T("年次確認のため", "For the yearly check")
	f2 := workbook(t, generate(t, q))
	defer f2.Close()
	rows, _ = f2.GetRows("表紙")
	var all []string
	for _, r := range rows {
		all = append(all, strings.Join(r, "|"))
	}
	s := strings.Join(all, "\n")
	if strings.Contains(s, "回答期限") || strings.Contains(s, "返送先") || !strings.Contains(s, "目的 / Purpose|年次確認のため\nFor the yearly check") {
		t.Errorf("cover without deadline and address:\n%s", s)
	}
}

// TestNoFieldPathsForTheVendor: a pre-filled comment never shows a
// register field path, known or not (cmd/riskregister checks every
// questionnaire of the example register too).
func TestNoFieldPathsForTheVendor(t *testing.T) {
	path := regexp.MustCompile(`[a-z_]+\[[0-9]*\]|[a-z]+_[a-z_]+|[a-z]+\.[a-z_]+`)
	for _, e := range []string{"contracts[0].subcontractors[0].approved_on", "certifications[1].valid_until", "ismap.valid_until", "governing_law", "x.y"} {
		if !path.MatchString(e) {
			t.Fatalf("the pattern misses %q", e)
		}
	}
	for _, ev := range [][]string{{"contracts[0].subcontractors[0].approved_on"}, {"certifications[1].valid_until", "unknown_field[3]"},
		{"ismap.valid_until"}, {"governing_law"}, {"sla.availability"}, {"exit.deletion"}, {"data_locations"}, {"incidents[0].closed_on"}} {
		for _, lang := range []riskassess.Lang{"ja", "en"} {
			if c := derivedComment(ev, "", lang); path.MatchString(c) {
				t.Errorf("%v: comment %q shows a field path", ev, c)
			}
		}
	}
}
