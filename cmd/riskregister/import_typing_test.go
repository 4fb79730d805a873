package main

import (
	"path/filepath"
	"strconv"
	"strings"
	"testing"

	"github.com/gikai-sec/riskregister/riskassess"
	"github.com/gikai-sec/riskregister/riskassess/store"
	"github.com/xuri/excelize/v2"
)

// TestImportListsEveryBadCell: one import run lists every unreadable cell
// of a file, each with its cell, not only the first; nothing is recorded.
func TestImportListsEveryBadCell(t *testing.T) {
	dir := qWriteRegister(t)
	qs := contractorQuestions(t)
	p := filepath.Join(t.TempDir(), "bad.xlsx")
	if code, _, stderr := execCLI(t, "questionnaire", "--register", dir, "--kind", "contractor", "--entry", "acme", "-o", p); code != 0 {
		t.Fatal(stderr)
	}
	reg0, err := store.Load(dir)
	if err != nil {
		t.Fatal(err)
	}
	before := len(reg0.Entry(riskassess.KindContractor, "acme").Base().Assessments)
	qFill(t, p, qs)
	f, err := excelize.OpenFile(p)
	if err != nil {
		t.Fatal(err)
	}
	rows, _ := f.GetRows("質問")
	rowOf := map[string]int{}
	for i, r := range rows {
		if len(r) > 0 {
			rowOf[r[0]] = i + 1
		}
	}
	// Bad values by question type, spread over the sheet: the first, a
	// middle and the last yes/no question, and every date and number one.
	var yesNo []riskassess.Question
	var want []string // "質問!D12: 回答「…」"
	bad := func(q riskassess.Question, v any, shown string) {
		cell := "D" + strconv.Itoa(rowOf[q.ID])
		if err := f.SetCellValue("質問", cell, v); err != nil {
			t.Fatal(err)
		}
		want = append(want, "質問!"+cell+": ", shown)
	}
	for _, q := range qs {
		switch q.Type {
		case riskassess.AnswerYesNo:
			yesNo = append(yesNo, q)
		case riskassess.AnswerDate:
			bad(q, "2026年13月45日", "2026年13月45日")
		case riskassess.AnswerNumber:
			bad(q, "99,9", "99,9")
		}
	}
	if len(yesNo) < 3 {
		t.Fatalf("%d yes/no questions", len(yesNo))
	}
	bad(yesNo[0], "たぶん", "たぶん")
	bad(yesNo[len(yesNo)/2], 1, "「1」") // the number 1 is not TRUE
	bad(yesNo[len(yesNo)-1], "はい？", "はい？")
	// And the cover's reply date.
	cover, _ := f.GetRows("表紙")
	for i, r := range cover {
		if len(r) > 0 && strings.HasPrefix(r[0], "回答日") {
			cell := "B" + strconv.Itoa(i+1)
			f.SetCellStr("表紙", cell, "来週")
			want = append(want, "表紙!"+cell, "来週")
		}
	}
	if err := f.Save(); err != nil {
		t.Fatal(err)
	}
	code, stdout, stderr := execCLI(t, "import", "--register", dir, "--as-of", "2026-04-15", p)
	if code != 1 {
		t.Fatalf("exit %d, want 1\n%s\n%s", code, stdout, stderr)
	}
	for _, s := range append(want, "エラーがあるため記録しませんでした") {
		if !strings.Contains(stdout, s) {
			t.Errorf("stdout lacks %q:\n%s", s, stdout)
		}
	}
	if !strings.Contains(stdout, "エラー 3") {
		t.Errorf("stdout does not count 3 bad answers:\n%s", stdout)
	}
	reg, err := store.Load(dir)
	if err != nil {
		t.Fatal(err)
	}
	if as := reg.Entry(riskassess.KindContractor, "acme").Base().Assessments; len(as) != before {
		t.Errorf("assessments %+v: want the %d there were, none recorded", as, before)
	}
}
