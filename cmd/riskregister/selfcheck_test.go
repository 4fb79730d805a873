package main

import (
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"

	"github.com/gikai-sec/riskregister/riskassess"
	"github.com/gikai-sec/riskregister/riskassess/catalog"
	"github.com/gikai-sec/riskregister/riskassess/store"
	"github.com/gikai-sec/riskregister/riskassess/xlsx"
	"github.com/google/go-cmp/cmp"
	"github.com/xuri/excelize/v2"
)

// findingOf returns the outcome of requirement req in assessment a.
func findingOf(a riskassess.Assessment, req string) (riskassess.Finding, bool) {
	for _, f := range a.Findings {
		if f.Requirement == req {
			return f, true
		}
	}
	return riskassess.Finding{}, false
}

// setCover fills the cover cell to the right of the label starting with label.
func setCover(t *testing.T, f *excelize.File, label string, v any) {
	t.Helper()
	rows, err := f.GetRows("表紙")
	if err != nil {
		t.Fatal(err)
	}
	for i, r := range rows {
		if len(r) > 0 && strings.HasPrefix(r[0], label+" /") {
			if err := f.SetCellValue("表紙", "B"+strconv.Itoa(i+1), v); err != nil {
				t.Fatal(err)
			}
			return
		}
	}
	t.Fatalf("no cover label %s", label)
}

// TestSelfCheckConfirmsVendorClaim: a vendor's 該当なし counts as not
// answered; the section's self-check (questionnaire --self-check, filled,
// imported) confirms it, and then it counts as not applicable. The
// council question answered in the self-check counts too, the record says
// "by: council" with the checker and date, and nothing stored is lost.
func TestSelfCheckConfirmsVendorClaim(t *testing.T) {
	needExample(t)
	const asOf = "2026-11-27"
	dir := t.TempDir()
	if err := os.CopyFS(dir, os.DirFS(exampleRegister)); err != nil {
		t.Fatal(err)
	}
	stripAnswers(t, dir)
	reg, reqs := loadCatalogued(t, dir)
	const id = "chofu-keibi"
	key := "contractor/" + id
	e := reg.Entry(riskassess.KindContractor, id)
	if e == nil {
		t.Fatalf("no contractor %s in the example", id)
	}
	byQuestion := map[string][]riskassess.Requirement{}
	for _, r := range reqs {
		if r.Question != nil {
			byQuestion[r.Question.ID] = append(byQuestion[r.Question.ID], r)
		}
	}

	// 1. The vendor answers 該当なし to every yes/no question.
	out := t.TempDir()
	vp := filepath.Join(out, "vendor.xlsx")
	vq := &xlsx.Questionnaire{Kind: riskassess.KindContractor, Entry: e, Register: reg, Requirements: reqs, CatalogueVersion: catalog.Version}
	if err := vq.WriteFile(vp); err != nil {
		t.Fatal(err)
	}
	f, err := excelize.OpenFile(vp)
	if err != nil {
		t.Fatal(err)
	}
	for _, row := range vq.Rows() {
		if row.Question.Type == riskassess.AnswerYesNo || row.Question.Type == "" {
			r := findRow(t, f, row.Question.ID)
			f.SetCellStr("質問", "D"+strconv.Itoa(r), "該当なし")
		}
	}
	// Answered before the self-check is made (a check cannot be dated
	// before the day its workbook was made: made_on).
	setCover(t, f, "回答日", "2026/11/10")
	if err := f.Save(); err != nil {
		t.Fatal(err)
	}
	if code, stdout, stderr := execCLI(t, "import", "--register", dir, "--as-of", asOf, vp); code != 0 {
		t.Fatalf("vendor import: exit %d\n%s\n%s", code, stdout, stderr)
	}
	before := assessJSON(t, dir, asOf)[key]
	// The claims waiting for the council: vendor requirements answered
	// 該当なし that count as not answered.
	var claimReqs []string
	for _, fd := range before.Findings {
		if fd.Outcome == riskassess.OutcomeNotAnswered && strings.Contains(fd.Message.Ja, "確認待ち") {
			claimReqs = append(claimReqs, fd.Requirement)
		}
	}
	if len(claimReqs) == 0 {
		t.Fatal("no vendor 該当なし claim waits for the council: the test proves nothing")
	}

	// 2. The self-check lists the council's questions and the claims.
	sp := filepath.Join(out, "self.xlsx")
	code, stdout, stderr := execCLI(t, "questionnaire", "--register", dir, "--as-of", "2026-11-20", "--self-check",
		"--kind", "contractor", "--entry", id, "--fiscal-year", "2026", "-o", sp)
	if code != 0 {
		t.Fatalf("questionnaire --self-check: exit %d: %s", code, stderr)
	}
	if !strings.Contains(stdout, "自己点検（2026年度）") {
		t.Errorf("stdout %q", stdout)
	}
	f, err = excelize.OpenFile(sp)
	if err != nil {
		t.Fatal(err)
	}
	rows, err := f.GetRows("質問")
	if err != nil {
		t.Fatal(err)
	}
	asked := map[string]int{}
	for i, r := range rows {
		if i > 0 && len(r) > 0 {
			asked[r[0]] = i + 1
		}
	}
	var councilQ string
	for q := range asked {
		rs := byQuestion[q]
		if len(rs) == 0 {
			t.Errorf("self-check asks unknown %s", q)
			continue
		}
		if rs[0].AttestedBy == riskassess.AttestCouncil {
			if fd, ok := findingOf(before, rs[0].ID); ok && fd.Outcome == riskassess.OutcomeNotAnswered &&
				(rs[0].Question.Type == riskassess.AnswerYesNo || rs[0].Question.Type == "") && (councilQ == "" || q < councilQ) {
				councilQ = q
			}
			continue
		}
	}
	for _, req := range claimReqs {
		var q string
		for _, r := range reqs {
			if r.ID == req {
				q = r.Question.ID
			}
		}
		if asked[q] == 0 {
			t.Errorf("the self-check does not ask %s to confirm the vendor's 該当なし for %s", q, req)
		}
		f.SetCellStr("質問", "D"+strconv.Itoa(asked[q]), "該当なし")
	}
	if councilQ == "" {
		t.Fatal("no unanswered council yes/no question in the self-check")
	}
	for q, r := range asked {
		if rs := byQuestion[q]; rs[0].AttestedBy == riskassess.AttestVendor && !claimOf(claimReqs, rs) {
			fd, _ := findingOf(before, rs[0].ID)
			t.Errorf("the self-check asks the vendor question %s (row %d), which is no pending claim: %s %q", q, r, fd.Outcome, fd.Message.Ja)
		}
	}
	f.SetCellStr("質問", "D"+strconv.Itoa(asked[councilQ]), "はい")
	setCover(t, f, "点検者", "山田 花子")
	setCover(t, f, "所属・職名", "総務課 課長")
	setCover(t, f, "点検日", "2026/11/20")
	if err := f.Save(); err != nil {
		t.Fatal(err)
	}

	// 3. Import it through the ordinary import path.
	if code, stdout, stderr := execCLI(t, "import", "--register", dir, "--as-of", asOf, sp); code != 0 {
		t.Fatalf("self-check import: exit %d\n%s\n%s", code, stdout, stderr)
	}
	after := assessJSON(t, dir, asOf)[key]
	for _, req := range claimReqs {
		if fd, _ := findingOf(after, req); fd.Outcome != riskassess.OutcomeNotApplicable {
			t.Errorf("%s after the self-check confirmed 該当なし: %s %q, want not applicable", req, fd.Outcome, fd.Message.Ja)
		}
	}
	if fd, _ := findingOf(after, byQuestion[councilQ][0].ID); fd.Outcome == riskassess.OutcomeNotAnswered {
		t.Errorf("council question %s answered はい in the self-check still counts as not answered: %q", councilQ, fd.Message.Ja)
	}
	reg2, err := store.Load(dir)
	if err != nil {
		t.Fatal(err)
	}
	b := reg2.Entry(riskassess.KindContractor, id).Base()
	if len(b.Assessments) != 2 {
		t.Fatalf("%d assessment records, want the vendor's and the self-check", len(b.Assessments))
	}
	last := b.Assessments[1]
	wantResp := riskassess.Respondent{Person: "山田 花子", Contact: "総務課 課長", Date: riskassess.Date{Year: 2026, Month: 11, Day: 20}}
	if last.By != riskassess.AttestCouncil || last.Source != "self.xlsx" {
		t.Errorf("self-check record by %q source %q", last.By, last.Source)
	}
	if diff := cmp.Diff(wantResp, last.Respondent); diff != "" {
		t.Errorf("checker (-want +got):\n%s", diff)
	}
	if b.Assessments[0].By == riskassess.AttestCouncil {
		t.Error("the vendor's record became the council's")
	}
	// Nothing of the vendor's answers was lost.
	for _, row := range vq.Rows() {
		if _, ok := b.Answers[row.Question.ID]; !ok && (row.Question.Type == riskassess.AnswerYesNo || row.Question.Type == "") {
			t.Errorf("vendor answer %s lost", row.Question.ID)
		}
	}
}

func claimOf(reqIDs []string, rs []riskassess.Requirement) bool {
	for _, r := range rs {
		for _, id := range reqIDs {
			if r.ID == id {
				return true
			}
		}
	}
	return false
}

// findRow returns the row of question id on the 質問 sheet.
func findRow(t *testing.T, f *excelize.File, id string) int {
	t.Helper()
	rows, err := f.GetRows("質問")
	if err != nil {
		t.Fatal(err)
	}
	for i, r := range rows {
		if len(r) > 0 && r[0] == id {
			return i + 1
		}
	}
	t.Fatalf("no row %s", id)
	return 0
}

// TestSelfCheckRefusesVendorAnswer: a self-check workbook holding an
// answer to a vendor question (no pending claim) does not import that
// answer; the import names the cell, and the rest is recorded.
func TestSelfCheckRefusesVendorAnswer(t *testing.T) {
	needExample(t)
	const asOf = "2026-11-27"
	dir := t.TempDir()
	if err := os.CopyFS(dir, os.DirFS(exampleRegister)); err != nil {
		t.Fatal(err)
	}
	stripAnswers(t, dir)
	sp := filepath.Join(t.TempDir(), "self.xlsx")
	if code, _, stderr := execCLI(t, "questionnaire", "--register", dir, "--as-of", asOf, "--self-check",
		"--kind", "contractor", "--entry", "chofu-keibi", "-o", sp); code != 0 {
		t.Fatalf("questionnaire --self-check: exit %d: %s", code, stderr)
	}
	_, reqs := loadCatalogued(t, dir)
	vendorQ := xlsx.QuestionsFor(reqs, riskassess.KindContractor)[0].ID
	f, err := excelize.OpenFile(sp)
	if err != nil {
		t.Fatal(err)
	}
	rows, _ := f.GetRows("質問")
	n := len(rows) + 1
	f.SetCellStr("質問", "A"+strconv.Itoa(n), vendorQ)
	f.SetCellStr("質問", "D"+strconv.Itoa(n), "はい")
	f.SetCellStr("質問", "D2", "はい")
	if err := f.Save(); err != nil {
		t.Fatal(err)
	}
	code, stdout, stderr := execCLI(t, "import", "--register", dir, "--as-of", asOf, sp)
	if code != 0 {
		t.Fatalf("import: exit %d\n%s\n%s", code, stdout, stderr)
	}
	if !strings.Contains(stdout, "【自己点検】") {
		t.Errorf("the import report does not say it is a self-check:\n%s", stdout)
	}
	want := "質問!D" + strconv.Itoa(n)
	if !strings.Contains(stdout+stderr, want) || !strings.Contains(stdout+stderr, "自己点検で答えない質問") {
		t.Errorf("import output lacks the refusal at %s:\n%s\n%s", want, stdout, stderr)
	}
	reg2, err := store.Load(dir)
	if err != nil {
		t.Fatal(err)
	}
	b := reg2.Entry(riskassess.KindContractor, "chofu-keibi").Base()
	if _, ok := b.Answers[vendorQ]; ok {
		t.Errorf("the self-check's answer to vendor question %s was stored", vendorQ)
	}
	if len(b.Assessments) != 1 || b.Assessments[0].By != riskassess.AttestCouncil || len(b.Answers) == 0 {
		t.Errorf("records %+v, answers %v: want one council record with the council answer", b.Assessments, b.Answers)
	}
}

// TestSelfCheckFlags: the self-check's flags are refused where they do not
// fit, naming the flag.
func TestSelfCheckFlags(t *testing.T) {
	needExample(t)
	o := filepath.Join(t.TempDir(), "s.xlsx")
	for _, tc := range []struct {
		args []string
		want string
	}{
		{[]string{"--self-check", "--kind", "contractor"}, "--entry"},
		{[]string{"--kind", "contractor", "--fiscal-year", "2026"}, "--fiscal-year"},
		{[]string{"--self-check", "--kind", "contractor", "--entry", "chofu-keibi", "--fiscal-year", "26"}, "--fiscal-year"},
		{[]string{"--self-check", "--kind", "contractor", "--entry", "chofu-keibi", "--return-to", "x"}, "--return-to"},
		{[]string{"--self-check", "--kind", "contractor", "--entry", "nobody"}, "nobody"},
	} {
		args := append([]string{"questionnaire", "--register", exampleRegister, "-o", o}, tc.args...)
		code, _, stderr := execCLI(t, args...)
		if code != 2 || !strings.Contains(stderr, tc.want) {
			t.Errorf("%v: exit %d, %q; want 2 naming %s", tc.args, code, stderr, tc.want)
		}
	}
	if _, err := os.Stat(o); err == nil {
		t.Error("a refused self-check wrote its file")
	}
}
