package xlsx

import (
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
