package main

import (
	"bytes"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/gikai-sec/riskregister/riskassess"
	"github.com/gikai-sec/riskregister/riskassess/store"
	"github.com/gikai-sec/riskregister/riskassess/xlsx"
	"github.com/google/go-cmp/cmp"
	"github.com/xuri/excelize/v2"
)

// answeredAcme is acme with three stored answers, given on 2026-04-15 by
// an earlier import, and a comment written by hand. Q-OUT-01, Q-OUT-02
// and Q-OUT-03 stand for the first three yes/no questions of the vendor
// questionnaire.
const answeredAcme = `-- contractors/acme.yaml --
name: {ja: アクメ情報システム}
legal_name: アクメ情報システム株式会社
owner: {section: somu}
approval: {status: approved}
answers:
  # 前回の回答（手書きのメモ）
  Q-OUT-01:
    value: "yes"
    comment: 規程あり
  Q-OUT-02: {value: "no"}
  Q-OUT-03: {value: "yes", comment: 三つ目の質問}
assessments:
  - on: 2026-04-15
    source: acme-2026.xlsx
    sha256: aa
    answered: [Q-OUT-01, Q-OUT-02, Q-OUT-03]
`

// answeredRegister is qRegister with acme replaced by answeredAcme. It
// returns the folder and the question ids used for Q-OUT-01, Q-OUT-02
// and Q-OUT-03.
func answeredRegister(t *testing.T) (dir, q1, q2, q3 string) {
	t.Helper()
	var yn []string
	for _, q := range contractorQuestions(t) {
		if q.Type == riskassess.AnswerYesNo {
			yn = append(yn, q.ID)
		}
	}
	q1, q2, q3 = yn[0], yn[1], yn[2]
	acme := strings.NewReplacer("Q-OUT-01", q1, "Q-OUT-02", q2, "Q-OUT-03", q3).Replace(answeredAcme)
	i := strings.Index(qRegister, "-- contractors/acme.yaml --")
	j := strings.Index(qRegister, "-- contractors/beta.yaml --")
	dir = writeTxtar(t, qRegister[:i]+acme+qRegister[j:])
	if _, err := store.Load(dir); err != nil {
		t.Fatalf("test register does not load: %v", err)
	}
	return dir, q1, q2, q3
}

// foreignWorkbook writes a workbook in the layout of a vendor's own
// questionnaire: a CSA CAIQ v4 (title row, header "Question ID" /
// "CSP CAIQ Answer" in row 2, Yes/No/NA answers) or a HECVAT (title and
// version row, section headers with "Vendor Answers", answers in C). The
// question texts are made up; only the IDs follow the real patterns.
func foreignWorkbook(t *testing.T, layout string, n int) string {
	t.Helper()
	f := excelize.NewFile()
	switch layout {
	case "caiq", "caiq-unlabelled":
		sh := "CAIQv4.0.3"
		if layout == "caiq-unlabelled" {
			sh = "Answers" // neither the sheet name nor the title says CAIQ
		}
		f.SetSheetName("Sheet1", sh)
		if layout == "caiq" {
			f.SetCellStr(sh, "B1", "CONSENSUS ASSESSMENTS INITIATIVE QUESTIONNAIRE (synthetic)")
		}
		f.SetSheetRow(sh, "A2", &[]any{"Question ID", "Question", "CSP CAIQ Answer", "SSRM Control Ownership", "CSP Implementation Description (Optional/Recommended)"})
		for i := range n {
			id := fmt.Sprintf("%s-%02d.%d", []string{"A&A", "AIS", "BCR", "CCC", "DSP"}[i%5], i/5+1, i%3+1)
			f.SetSheetRow(sh, "A"+strconv.Itoa(3+i), &[]any{id, "Made-up question?", []string{"Yes", "No", "NA"}[i%3], "CSP-owned", "See policy"})
		}
	case "hecvat", "hecvat-noversion":
		sh := "HECVAT - Lite | Vendor Response"
		f.SetSheetName("Sheet1", sh)
		f.SetCellStr(sh, "A1", "Higher Education Community Vendor Assessment Toolkit (synthetic)")
		if layout == "hecvat" {
			f.SetCellStr(sh, "E1", "Version 3.06")
		}
		f.SetSheetRow(sh, "A3", &[]any{"DATE-01", "Date", 45569})
		f.SetSheetRow(sh, "A4", &[]any{" Documentation", "", "Vendor Answers", "Additional Information", "Guidance"})
		for i := range n {
			id := fmt.Sprintf("%s-%02d", []string{"DOCU", "APPL", "DATA", "HFIH", "VULN"}[i%5], i/5+1)
			f.SetSheetRow(sh, "A"+strconv.Itoa(5+i), &[]any{id, "Made-up question?", []string{"Yes", "No"}[i%2], "text"})
		}
	}
	p := filepath.Join(t.TempDir(), layout+".xlsx")
	if err := f.SaveAs(p); err != nil {
		t.Fatal(err)
	}
	return p
}

// TestImportForeignQuestionnaireRefused: a workbook that is none of the
// known questionnaires with too few of the entry's questions (or a HECVAT
// whose version cannot be found) imported with --entry is refused with
// one message and exit 1, and the entry file stays byte for byte as it
// was.
func TestImportForeignQuestionnaireRefused(t *testing.T) {
	qs := contractorQuestions(t)
	mixed := func(known, unknown int) string {
		f := excelize.NewFile()
		f.SetSheetRow("Sheet1", "A1", &[]any{"ID", "Answer"})
		for i := range known {
			f.SetSheetRow("Sheet1", "A"+strconv.Itoa(2+i), &[]any{qs[i].ID, "はい"})
		}
		for i := range unknown {
			f.SetSheetRow("Sheet1", "A"+strconv.Itoa(2+known+i), &[]any{fmt.Sprintf("X-%02d", i), "はい"})
		}
		p := filepath.Join(t.TempDir(), "mixed.xlsx")
		if err := f.SaveAs(p); err != nil {
			t.Fatal(err)
		}
		return p
	}
	few := func(matched, rows int) string {
		return fmt.Sprintf("この確認票の質問 %d 問のうち、委託事業者「acme」の質問と一致するのは %d 問です", rows, matched)
	}
	tests := []struct {
		name, file, want string
	}{
		// A CAIQ v4 and a HECVAT 3.x are read and mapped (see
		// foreign_test.go); a CAIQ-like workbook that is none of the
		// questionnaires the reader knows is refused as before.
		{"unknown workbook with CAIQ ids", foreignWorkbook(t, "caiq-unlabelled", 261), few(0, 261)},
		// A HECVAT whose version cell was removed: refused, not guessed.
		{"HECVAT Lite without version", foreignWorkbook(t, "hecvat-noversion", 93), "版が見つかりません"},
		{"under half known", mixed(4, 5), few(4, 9)},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			dir, _, _, _ := answeredRegister(t)
			path := filepath.Join(dir, "contractors", "acme.yaml")
			before, _ := os.ReadFile(path)
			code, stdout, stderr := execCLI(t, "import", "--register", dir, "--entry", "acme", "--as-of", "2026-05-01", tt.file)
			if code != 1 {
				t.Fatalf("exit %d, want 1\n%s\n%s", code, stdout, stderr)
			}
			if want := tt.want; !strings.Contains(stdout, want) || !strings.Contains(stdout, "記録しませんでした") || strings.Contains(stdout, "記録しました") {
				t.Errorf("stdout lacks %q or the refusal:\n%s", tt.want, stdout)
			}
			// One message, not one warning per question.
			if n := strings.Count(stdout, "\n"); n > 4 {
				t.Errorf("%d lines of output, want the one refusal:\n%s", n, stdout)
			}
			if after, _ := os.ReadFile(path); !bytes.Equal(before, after) {
				t.Errorf("the entry file changed:\n%s", after)
			}
		})
	}
	// At least half known: read (the unknown rows are warnings).
	dir, _, _, _ := answeredRegister(t)
	code, stdout, _ := execCLI(t, "import", "--register", dir, "--entry", "acme", "--dry-run", mixed(5, 5))
	if code != 0 || !strings.Contains(stdout, "不明な質問") {
		t.Errorf("5 of 10 known: exit %d\n%s", code, stdout)
	}
}

// writeAnswers sets the answer (D) and comment (E) cells of questions of
// the generated workbook at path; a missing key in comments leaves the
// comment cell as it is.
func writeAnswers(t *testing.T, path string, answers, comments map[string]string) {
	t.Helper()
	qSetCell(t, path, "質問", func(f *excelize.File, rowOf func(string) string) {
		for id, v := range answers {
			f.SetCellStr("質問", "D"+rowOf(id), v)
		}
		for id, c := range comments {
			f.SetCellStr("質問", "E"+rowOf(id), c)
		}
	})
}

// TestImportKeepsWhatTheFileDoesNotSay: a question left blank and a row
// deleted keep their stored answers;
// the report names the kept answer and the date it was given; the
// changed answer is listed with its old and new value and dates; the
// hand-written comment in answers: survives.
func TestImportKeepsWhatTheFileDoesNotSay(t *testing.T) {
	dir, q1, q2, q3 := answeredRegister(t)
	p := filepath.Join(t.TempDir(), "acme-2026-10.xlsx")
	if code, _, stderr := execCLI(t, "questionnaire", "--as-of", "2026-04-01", "--register", dir, "--kind", "contractor", "--entry", "acme", "-o", p); code != 0 {
		t.Fatal(stderr)
	}
	// Q-OUT-01 cleared (answer and comment); Q-OUT-02 changed to はい.
	writeAnswers(t, p, map[string]string{q1: "", q2: "はい"}, map[string]string{q1: ""})
	// q3's row deleted.
	qSetCell(t, p, "質問", func(f *excelize.File, rowOf func(string) string) {
		r, _ := strconv.Atoi(rowOf(q3))
		if err := f.RemoveRow("質問", r); err != nil {
			t.Fatal(err)
		}
	})
	// The report names answers in the --lang language (Yes/No), not by
	// their stored values (yes/no).
	code, stdout, stderr := execCLI(t, "import", "--register", dir, "--as-of", "2026-10-20", "--lang", "en", "--dry-run", p)
	if code != 0 {
		t.Fatalf("exit %d\n%s\n%s", code, stdout, stderr)
	}
	for _, s := range []string{"(keeps the current answer Yes 2026-04-15)", q2 + ": No (2026-04-15) → Yes (2026-10-20)"} {
		if !strings.Contains(stdout, s) {
			t.Errorf("--lang en stdout lacks %q:\n%s", s, stdout)
		}
	}
	code, stdout, stderr = execCLI(t, "import", "--register", dir, "--as-of", "2026-10-20", p)
	if code != 0 {
		t.Fatalf("exit %d\n%s\n%s", code, stdout, stderr)
	}
	if strings.Contains(stdout, " yes") || strings.Contains(stdout, " no ") {
		t.Errorf("Japanese report shows a stored answer code:\n%s", stdout)
	}
	for _, s := range []string{
		"（現在の回答 はい 2026-04-15 を残します）",
		"前回からの変更:",
		q2 + ": いいえ (2026-04-15) → はい (2026-10-20)",
		"記録しました: contractors/acme.yaml",
	} {
		if !strings.Contains(stdout, s) {
			t.Errorf("stdout lacks %q:\n%s", s, stdout)
		}
	}
	reg, err := store.Load(dir)
	if err != nil {
		t.Fatal(err)
	}
	e := reg.Contractor("acme")
	for id, want := range map[string]riskassess.Answer{
		q1: {Value: "yes", Comment: "規程あり"},
		q3: {Value: "yes", Comment: "三つ目の質問"},
	} {
		if diff := cmp.Diff(want, e.Answers[id]); diff != "" {
			t.Errorf("%s (-want +got):\n%s", id, diff)
		}
	}
	if e.Answers[q2].Value != "yes" {
		t.Errorf("%s = %+v", q2, e.Answers[q2])
	}
	last := e.Assessments[len(e.Assessments)-1]
	if diff := cmp.Diff(map[string]riskassess.AnswerChange{q2: {From: "no", To: "yes"}}, last.Changed); diff != "" {
		t.Errorf("changed (-want +got):\n%s", diff)
	}
	if slicesContains(last.Answered, q1) || !slicesContains(last.Answered, q2) || last.Answers != nil {
		t.Errorf("record %+v: %s was not answered, %s was; no copy of the answers", last, q1, q2)
	}
	if d := e.AnswerDates(); d[q1] != riskassess.NewDate(2026, 4, 15) || d[q2] != riskassess.NewDate(2026, 10, 20) {
		t.Errorf("answer dates %v", d)
	}
	b, _ := os.ReadFile(filepath.Join(dir, "contractors", "acme.yaml"))
	if !strings.Contains(string(b), "  # 前回の回答（手書きのメモ）\n  "+q1+":\n") {
		t.Errorf("the hand-written comment is lost:\n%s", b)
	}
}

func slicesContains(s []string, v string) bool {
	for _, x := range s {
		if x == v {
			return true
		}
	}
	return false
}

// TestImportRecordIsLean: a record holds the answered questions on one
// line and one line per change, never a copy of the answers. Measured
// in lines added to the entry file.
func TestImportRecordIsLean(t *testing.T) {
	dir := qWriteRegister(t)
	qs := contractorQuestions(t)
	path := filepath.Join(dir, "contractors", "acme.yaml")
	lines := func() int { b, _ := os.ReadFile(path); return bytes.Count(b, []byte("\n")) }

	p := filepath.Join(t.TempDir(), "acme-1.xlsx")
	if code, _, stderr := execCLI(t, "questionnaire", "--as-of", "2026-04-01", "--register", dir, "--kind", "contractor", "--entry", "acme", "-o", p); code != 0 {
		t.Fatal(stderr)
	}
	qFill(t, p, qs)
	n0 := lines()
	if code, stdout, stderr := execCLI(t, "import", "--register", dir, "--as-of", "2026-04-15", p); code != 0 {
		t.Fatalf("exit %d\n%s\n%s", code, stdout, stderr)
	}
	n1 := lines()
	// answers: 1 + 3 lines per answer (value, cell, key); the record 9
	// (with the line of its questions' digests).
	if added, limit := n1-n0, 1+3*len(qs)+9; added > limit {
		t.Errorf("first import of %d answers added %d lines, want at most %d", len(qs), added, limit)
	}

	// Next year: two answers change, the rest are confirmed.
	p2 := filepath.Join(t.TempDir(), "acme-2.xlsx")
	if code, _, stderr := execCLI(t, "questionnaire", "--as-of", "2026-04-01", "--register", dir, "--kind", "contractor", "--entry", "acme", "-o", p2); code != 0 {
		t.Fatal(stderr)
	}
	var ids []string
	for _, q := range qs {
		if q.Type == riskassess.AnswerYesNo {
			ids = append(ids, q.ID)
		}
	}
	reg, _ := store.Load(dir)
	cur := reg.Contractor("acme").Answers
	flip := map[string]string{"yes": "いいえ", "no": "はい", "partial": "はい", "na": "はい"}
	writeAnswers(t, p2, map[string]string{ids[0]: flip[cur[ids[0]].Value], ids[1]: flip[cur[ids[1]].Value]}, nil)
	code, stdout, stderr := execCLI(t, "import", "--register", dir, "--as-of", "2026-10-15", p2)
	if code != 0 {
		t.Fatalf("exit %d\n%s\n%s", code, stdout, stderr)
	}
	n2 := lines()
	// The record: 8 lines (date, file, hash, version, respondent and its
	// company, answered, questions), "changed:" and one line per change;
	// the two answers are edited in place (their cell may move: no added
	// line).
	if added, want := n2-n1, 8+1+2; added != want {
		b, _ := os.ReadFile(path)
		t.Errorf("second import added %d lines, want %d:\n%s", added, want, b)
	}
	if !strings.Contains(stdout, "前回からの変更:") || !strings.Contains(stdout, ids[0]+": "+xlsx.AnswerLabel(riskassess.AnswerYesNo, cur[ids[0]].Value, "ja")+" (2026-04-15) → ") {
		t.Errorf("stdout lacks the changes:\n%s", stdout)
	}
}

// TestImportResavedCopyRecordsNothing: the same answers in a file with
// other bytes (opened and saved again) record nothing and say so.
func TestImportResavedCopyRecordsNothing(t *testing.T) {
	dir, p, _, _ := filledAcme(t)
	if code, stdout, stderr := execCLI(t, "import", "--register", dir, "--as-of", "2026-04-15", p); code != 0 {
		t.Fatalf("exit %d\n%s\n%s", code, stdout, stderr)
	}
	path := filepath.Join(dir, "contractors", "acme.yaml")
	before, _ := os.ReadFile(path)

	copies := map[string]string{}
	// Re-saved by excelize with another author: other bytes.
	f, err := excelize.OpenFile(p)
	if err != nil {
		t.Fatal(err)
	}
	f.SetDocProps(&excelize.DocProperties{Creator: "someone else", LastModifiedBy: "事務局"})
	copies["excelize"] = filepath.Join(t.TempDir(), "acme-copy.xlsx")
	if err := f.SaveAs(copies["excelize"]); err != nil {
		t.Fatal(err)
	}
	// Re-saved by LibreOffice, when installed.
	if soffice, err := exec.LookPath("soffice"); err == nil {
		out := t.TempDir()
		cmd := exec.Command(soffice, "--headless", "-env:UserInstallation=file://"+t.TempDir(), "--convert-to", "xlsx", "--outdir", out, p)
		if b, err := cmd.CombinedOutput(); err != nil {
			t.Fatalf("soffice: %v\n%s", err, b)
		}
		copies["LibreOffice"] = filepath.Join(out, "acme.xlsx")
	} else if os.Getenv("CI") == "true" {
		t.Fatal("soffice not installed (CI=true)")
	} else {
		t.Log("soffice not installed: the LibreOffice re-save is not tested")
	}
	for name, c := range copies {
		b1, _ := os.ReadFile(p)
		b2, _ := os.ReadFile(c)
		if bytes.Equal(b1, b2) {
			t.Fatalf("%s: the copy has the same bytes", name)
		}
		code, stdout, stderr := execCLI(t, "import", "--register", dir, "--as-of", "2026-05-01", c)
		if code != 0 || !strings.Contains(stdout, "回答は前回の記録（2026-04-15 acme.xlsx）と同じです（変更なし）。記録しませんでした") {
			t.Errorf("%s: exit %d\n%s\n%s", name, code, stdout, stderr)
		}
		if after, _ := os.ReadFile(path); !bytes.Equal(before, after) {
			t.Errorf("%s: the entry file changed:\n%s", name, after)
		}
	}
}

// TestImportRegisterNoteNeverPilesUp: over three rounds of questionnaire
// and import, the pre-filled "from the register" note is kept once with
// an answer the vendor confirmed, dropped with an answer the vendor
// changed or cleared, and never repeated.
func TestImportRegisterNoteNeverPilesUp(t *testing.T) {
	needExample(t)
	dir := t.TempDir()
	if err := os.CopyFS(dir, os.DirFS(exampleRegister)); err != nil {
		t.Fatal(err)
	}
	const entry = "tama-system-service"
	path := filepath.Join(dir, "contractors", entry+".yaml")
	nNotes := 0
	// Q-OUT-10, Q-OUT-11 and Q-OUT-12 are derived from the contract
	// clauses (はい, with the note).
	for round, asOf := range []string{"2026-11-01", "2026-11-15", "2026-12-01"} {
		p := filepath.Join(t.TempDir(), fmt.Sprintf("round%d.xlsx", round))
		if code, _, stderr := execCLI(t, "questionnaire", "--register", dir, "--kind", "contractor", "--entry", entry, "--as-of", asOf, "-o", p); code != 0 {
			t.Fatal(stderr)
		}
		// The vendor changes Q-OUT-11 to いいえ and clears Q-OUT-12's
		// answer, leaving the notes in the comment cells.
		writeAnswers(t, p, map[string]string{"Q-OUT-11": "いいえ", "Q-OUT-12": ""}, nil)
		code, stdout, stderr := execCLI(t, "import", "--register", dir, "--as-of", asOf, p)
		if code != 0 {
			t.Fatalf("round %d: exit %d\n%s\n%s", round, code, stdout, stderr)
		}
		reg, err := store.Load(dir)
		if err != nil {
			t.Fatal(err)
		}
		ans := reg.Contractor(entry).Answers
		if c := ans["Q-OUT-10"].Comment; strings.Count(c, "から記入") != 1 || ans["Q-OUT-10"].Value != "yes" {
			t.Errorf("round %d: Q-OUT-10 %+v: want yes with the note once", round, ans["Q-OUT-10"])
		}
		if a := ans["Q-OUT-11"]; a.Value != "no" || a.Comment != "" {
			t.Errorf("round %d: Q-OUT-11 %+v: want no without the note", round, a)
		}
		if a, ok := ans["Q-OUT-12"]; ok {
			t.Errorf("round %d: Q-OUT-12 %+v: a cleared pre-filled answer stores nothing", round, a)
		}
		b, _ := os.ReadFile(path)
		if n := strings.Count(string(b), "から記入"); round > 0 && n != nNotes {
			t.Errorf("round %d: %d notes in the file, want %d as after the first round", round, n, nNotes)
		} else if round == 0 {
			nNotes = n
		}
	}
}

// TestImportRefusesFutureAsOf: an import dated after today (a slip of the
// year, 2027 for 2026) is refused (exit 2) and records nothing: recorded
// on that day, its answers would count only from then on and its round
// would stay unanswered. Today and the days before are taken.
func TestImportRefusesFutureAsOf(t *testing.T) {
	dir, p, _, _ := filledAcme(t)
	path := filepath.Join(dir, "contractors", "acme.yaml")
	before, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	today := today(time.Now())
	for _, d := range []riskassess.Date{today.AddDays(1), today.AddDays(365)} {
		code, stdout, stderr := execCLI(t, "import", "--register", dir, "--as-of", d.String(), p)
		if code != 2 || !strings.Contains(stderr, "--as-of "+d.String()+" は今日（"+today.String()+"）より後です") {
			t.Errorf("--as-of %s: exit %d, want 2 and the reason\n%s\n%s", d, code, stdout, stderr)
		}
		if after, _ := os.ReadFile(path); !bytes.Equal(after, before) {
			t.Fatalf("--as-of %s changed acme.yaml:\n%s", d, after)
		}
	}
	if code, stdout, stderr := execCLI(t, "import", "--register", dir, "--as-of", today.String(), p); code != 0 {
		t.Fatalf("--as-of today: exit %d\n%s\n%s", code, stdout, stderr)
	}
}
