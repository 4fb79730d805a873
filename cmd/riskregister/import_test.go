package main

import (
	"archive/zip"
	"bytes"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"io"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/gikai-sec/riskregister/riskassess"
	"github.com/gikai-sec/riskregister/riskassess/catalog"
	"github.com/gikai-sec/riskregister/riskassess/store"
	"github.com/gikai-sec/riskregister/riskassess/xlsx"
	"github.com/google/go-cmp/cmp"
	"github.com/xuri/excelize/v2"
)

// qRegister is a small register with a contractor that already has two
// answers, a service and another contractor.
const qRegister = `
-- register.yaml --
name: {ja: テスト市議会, en: Test Council}
questionnaire: {return_to: テスト市議会事務局 総務課（somu@example.jp）}
sections:
  - id: somu
    name: {ja: 総務課, en: General Affairs}
people:
  - id: sato
    name: {ja: 佐藤 一郎}
    section: somu
-- contractors/acme.yaml --
# 会議録作成の委託先
name: {ja: アクメ情報システム, en: Acme Information Systems}
legal_name: アクメ情報システム株式会社
owner: {section: somu, person: sato}
approval: {status: approved, decided_on: 2025-04-01}
-- contractors/beta.yaml --
name: {ja: ベータ保守}
legal_name: ベータ保守株式会社
owner: {section: somu}
approval: {status: requested}
-- services/chat.yaml --
name: {ja: 無料チャット, en: Free chat}
provider: {name: チャット社}
contract_type: terms
delivery: saas
owner: {section: somu}
approval: {status: requested}
`

// loadCatalogued loads the register in dir and its organisation's
// requirements (catalog.ForOrg), failing t on an error.
func loadCatalogued(t *testing.T, dir string) (*riskassess.Register, []riskassess.Requirement) {
	t.Helper()
	reg, err := store.Load(dir)
	if err != nil {
		t.Fatal(err)
	}
	reqs, err := catalog.ForOrg(&reg.Org)
	if err != nil {
		t.Fatal(err)
	}
	return reg, reqs
}

func qWriteRegister(t *testing.T) string {
	t.Helper()
	dir := writeTxtar(t, qRegister)
	if _, err := store.Load(dir); err != nil {
		t.Fatalf("test register does not load: %v", err)
	}
	return dir
}

func contractorQuestions(t *testing.T) []riskassess.Question {
	t.Helper()
	qs := xlsx.QuestionsFor(catalog.Default(), riskassess.KindContractor)
	if len(qs) == 0 {
		t.Fatal("the catalogue has no contractor questions")
	}
	return qs
}

// filledAcme writes the test register (qRegister), generates the
// questionnaire of contractor acme into a temporary acme.xlsx and fills it
// with qFill: the register folder, the workbook, the questions asked and the
// answers expected.
func filledAcme(t *testing.T) (dir, path string, qs []riskassess.Question, want map[string]string) {
	t.Helper()
	dir = qWriteRegister(t)
	qs = contractorQuestions(t)
	path = filepath.Join(t.TempDir(), "acme.xlsx")
	if code, _, stderr := execCLI(t, "questionnaire", "--as-of", "2026-04-01", "--register", dir, "--kind", "contractor", "--entry", "acme", "-o", path); code != 0 {
		t.Fatal(stderr)
	}
	return dir, path, qs, qFill(t, path, qs)
}

// qFill answers every question of the generated workbook at path in a
// vendor's spelling and returns the normalised answers.
func qFill(t *testing.T, path string, qs []riskassess.Question) map[string]string {
	t.Helper()
	f, err := excelize.OpenFile(path)
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
	want := map[string]string{}
	for i, q := range qs {
		r, ok := rowOf[q.ID]
		if !ok {
			t.Fatalf("question %s not in the workbook", q.ID)
		}
		cell := "D" + strconv.Itoa(r)
		switch q.Type {
		case riskassess.AnswerYesNo:
			v := []string{"○", "いいえ", "ＹＥＳ", "一部", "該当なし"}[i%5]
			if v == "○" && strings.Contains(q.Text.Ja, "有無") {
				v = "はい" // ○ may mark 有 there, and is refused
			}
			f.SetCellStr("質問", cell, v)
			want[q.ID] = map[string]string{"○": "yes", "はい": "yes", "いいえ": "no", "ＹＥＳ": "yes", "一部": "partial", "該当なし": "na"}[v]
		case riskassess.AnswerDate:
			f.SetCellStr("質問", cell, "令和8年4月1日")
			want[q.ID] = "2026-04-01"
		case riskassess.AnswerNumber:
			f.SetCellStr("質問", cell, "９９．５")
			want[q.ID] = "99.5"
		case riskassess.AnswerChoice:
			f.SetCellStr("質問", cell, q.Choices[0].Label.Ja)
			want[q.ID] = q.Choices[0].ID
		default:
			f.SetCellStr("質問", cell, "回答")
			want[q.ID] = "回答"
		}
	}
	cover, _ := f.GetRows("表紙")
	for i, r := range cover {
		if len(r) > 0 && strings.HasPrefix(r[0], "会社名") {
			f.SetCellStr("表紙", "B"+strconv.Itoa(i+1), "アクメ情報システム株式会社")
		}
	}
	if err := f.Save(); err != nil {
		t.Fatal(err)
	}
	return want
}

func TestQuestionnaireThenImport(t *testing.T) {
	dir := qWriteRegister(t)
	qs := contractorQuestions(t)
	out := filepath.Join(t.TempDir(), "acme-2026.xlsx")
	code, stdout, stderr := execCLI(t, "questionnaire", "--as-of", "2026-04-01", "--register", dir, "--kind", "contractor", "--entry", "acme", "-o", out)
	if code != 0 {
		t.Fatalf("questionnaire: exit %d\n%s", code, stderr)
	}
	if !strings.Contains(stdout, strconv.Itoa(len(qs))) {
		t.Errorf("stdout %q does not give the number of questions %d", stdout, len(qs))
	}
	want := qFill(t, out, qs)
	yamlPath := filepath.Join(dir, "contractors", "acme.yaml")
	before, _ := os.ReadFile(yamlPath)

	// --dry-run --format json: every question listed as imported, nothing written.
	code, stdout, stderr = execCLI(t, "import", "--register", dir, "--dry-run", "--format", "json", out)
	if code != 0 {
		t.Fatalf("import --dry-run: exit %d\n%s\n%s", code, stdout, stderr)
	}
	var reps []struct {
		File, Entry string
		Kind        riskassess.Kind
		Recorded    bool
		Questions   []struct{ ID, Cell, Answer, Status, Message string }
	}
	if err := json.Unmarshal([]byte(stdout), &reps); err != nil {
		t.Fatalf("json: %v\n%s", err, stdout)
	}
	if len(reps) != 1 || reps[0].Entry != "acme" || reps[0].Kind != riskassess.KindContractor || reps[0].Recorded {
		t.Fatalf("report %+v", reps)
	}
	got := map[string]string{}
	for _, q := range reps[0].Questions {
		if q.Status != "imported" || !strings.HasPrefix(q.Cell, "質問!D") {
			t.Errorf("%s: status %q cell %q", q.ID, q.Status, q.Cell)
		}
		got[q.ID] = q.Answer
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("JSON answers (-want +got):\n%s", diff)
	}
	if after, _ := os.ReadFile(yamlPath); !bytes.Equal(before, after) {
		t.Fatal("--dry-run changed the entry file")
	}

	// Record it.
	code, stdout, stderr = execCLI(t, "import", "--register", dir, "--as-of", "2026-04-15", out)
	if code != 0 {
		t.Fatalf("import: exit %d\n%s\n%s", code, stdout, stderr)
	}
	if !strings.Contains(stdout, "記録しました: contractors/acme.yaml") {
		t.Errorf("stdout lacks the recorded line:\n%s", stdout)
	}
	reg, err := store.Load(dir)
	if err != nil {
		t.Fatal(err)
	}
	e := reg.Entry(riskassess.KindContractor, "acme").Base()
	if len(e.Assessments) != 1 {
		t.Fatalf("assessments %+v", e.Assessments)
	}
	rec := e.Assessments[0]
	b, _ := os.ReadFile(out)
	sum := sha256.Sum256(b)
	if rec.On != riskassess.NewDate(2026, time.April, 15) || rec.Source != "acme-2026.xlsx" || rec.SHA256 != hex.EncodeToString(sum[:]) ||
		rec.CatalogueVersion != catalog.Version || rec.Respondent.Company != "アクメ情報システム株式会社" {
		t.Errorf("record %+v", rec)
	}
	gotAns := map[string]string{}
	for id, a := range e.Answers {
		gotAns[id] = a.Value
	}
	if diff := cmp.Diff(want, gotAns); diff != "" {
		t.Errorf("entry answers (-want +got):\n%s", diff)
	}
	if after, _ := os.ReadFile(yamlPath); !bytes.Contains(after, []byte("# 会議録作成の委託先")) {
		t.Error("comment lost")
	}

	// A new questionnaire is pre-filled: importing it unchanged reports
	// every question unchanged.
	out2 := filepath.Join(t.TempDir(), "acme-2027.xlsx")
	if code, _, stderr := execCLI(t, "questionnaire", "--register", dir, "--kind", "contractor", "--entry", "acme", "-o", out2); code != 0 {
		t.Fatal(stderr)
	}
	code, stdout, _ = execCLI(t, "import", "--register", dir, "--dry-run", "--lang", "en", out2)
	if code != 0 || !strings.Contains(stdout, "unchanged "+strconv.Itoa(len(qs))) {
		t.Errorf("re-import of a pre-filled questionnaire: exit %d\n%s", code, stdout)
	}
}

func TestImportErrorsAreNotRecorded(t *testing.T) {
	dir := qWriteRegister(t)
	qs := contractorQuestions(t)
	tmp := t.TempDir()
	good := filepath.Join(tmp, "good.xlsx")
	bad := filepath.Join(tmp, "bad.xlsx")
	csv := filepath.Join(tmp, "answers.xlsx")
	for _, p := range []string{good, bad} {
		if code, _, stderr := execCLI(t, "questionnaire", "--as-of", "2026-04-01", "--register", dir, "--kind", "contractor", "--entry", "acme", "-o", p); code != 0 {
			t.Fatal(stderr)
		}
		qFill(t, p, qs)
	}
	// One unreadable answer in bad.xlsx.
	f, _ := excelize.OpenFile(bad)
	rows, _ := f.GetRows("質問")
	var badCell string
	for i, r := range rows {
		if len(r) > 0 && r[0] == qs[0].ID {
			badCell = "D" + strconv.Itoa(i+1)
			f.SetCellStr("質問", badCell, "たぶん")
		}
	}
	f.Save()
	os.WriteFile(csv, []byte("ID,回答\nQ-OUT-01,はい\n"), 0o644)

	code, stdout, stderr := execCLI(t, "import", "--register", dir, "--as-of", "2026-04-15", bad, csv, good)
	if code != 1 {
		t.Fatalf("exit %d, want 1\n%s\n%s", code, stdout, stderr)
	}
	for _, s := range []string{`質問!` + badCell + `: 回答「たぶん」は使えません（使える回答: はい, いいえ, 一部, 該当なし）`, "エラーがあるため記録しませんでした",
		".xlsx 形式で保存し直してください", "記録しました: contractors/acme.yaml"} {
		if !strings.Contains(stdout, s) {
			t.Errorf("stdout lacks %q:\n%s", s, stdout)
		}
	}
	if !strings.Contains(stderr, "2 / 3") {
		t.Errorf("stderr %q lacks the count of failed files", stderr)
	}
	reg, err := store.Load(dir)
	if err != nil {
		t.Fatal(err)
	}
	as := reg.Entry(riskassess.KindContractor, "acme").Base().Assessments
	if len(as) != 1 || as[0].Source != "good.xlsx" {
		t.Errorf("assessments %+v: want only good.xlsx", as)
	}
}

func TestImportEntryChecks(t *testing.T) {
	dir := qWriteRegister(t)
	contractorQuestions(t)
	p := filepath.Join(t.TempDir(), "acme.xlsx")
	if code, _, stderr := execCLI(t, "questionnaire", "--as-of", "2026-04-01", "--register", dir, "--kind", "contractor", "--entry", "acme", "-o", p); code != 0 {
		t.Fatal(stderr)
	}
	// The metadata says acme; --entry beta contradicts it.
	code, stdout, _ := execCLI(t, "import", "--register", dir, "--dry-run", "--entry", "beta", p)
	if code != 1 || !strings.Contains(stdout, `_meta!B3: 対象「acme」が違います（期待する対象: beta）`) {
		t.Errorf("--entry beta on acme's workbook: exit %d\n%s", code, stdout)
	}
	code, stdout, _ = execCLI(t, "import", "--register", dir, "--dry-run", "--lang", "en", "--entry", "beta", p)
	if code != 1 || !strings.Contains(stdout, `_meta!B3: wrong entry "acme" (allowed: beta)`) {
		t.Errorf("--lang en, --entry beta on acme's workbook: exit %d\n%s", code, stdout)
	}
	// Usage errors exit 2.
	for _, args := range [][]string{{"--entry", "nobody"}, {"--format", "xml"}, {"--kind", "vendor"}} {
		if code, _, _ := execCLI(t, append(append([]string{"import", "--register", dir}, args...), p)...); code != 2 {
			t.Errorf("%v: exit %d, want 2", args, code)
		}
	}
	if code, _, _ := execCLI(t, "import", "--register", dir); code != 2 {
		t.Errorf("no files: exit %d, want 2", code)
	}
}

// TestImportForeignWorkbook: a workbook without metadata needs --entry.
func TestImportForeignWorkbook(t *testing.T) {
	dir := qWriteRegister(t)
	qs := contractorQuestions(t)
	f := excelize.NewFile()
	f.SetSheetRow("Sheet1", "A1", &[]any{"Question ID", "Question", "Answer", "Comment"})
	f.SetSheetRow("Sheet1", "A2", &[]any{qs[0].ID, "…", "Yes", "see policy"})
	p := filepath.Join(t.TempDir(), "vendor-own.xlsx")
	if err := f.SaveAs(p); err != nil {
		t.Fatal(err)
	}
	code, stdout, _ := execCLI(t, "import", "--register", dir, "--dry-run", p)
	if code != 1 || !strings.Contains(stdout, "--entry") {
		t.Errorf("without --entry: exit %d\n%s", code, stdout)
	}
	code, stdout, stderr := execCLI(t, "import", "--register", dir, "--dry-run", "--format", "json", "--entry", "acme", p)
	if code != 0 {
		t.Fatalf("with --entry: exit %d\n%s\n%s", code, stdout, stderr)
	}
	if !strings.Contains(stdout, `"answer": "yes"`) || !strings.Contains(stdout, `"missing question"`) {
		t.Errorf("report:\n%s", stdout)
	}
}

// qSetCell sets sheet!cell of the workbook at path.
func qSetCell(t *testing.T, path, sheet string, set func(f *excelize.File, rowOf func(id string) string)) {
	t.Helper()
	f, err := excelize.OpenFile(path)
	if err != nil {
		t.Fatal(err)
	}
	rows, _ := f.GetRows("質問")
	set(f, func(id string) string {
		for i, r := range rows {
			if len(r) > 0 && r[0] == id {
				return strconv.Itoa(i + 1)
			}
		}
		t.Fatalf("question %s not in the workbook", id)
		return ""
	})
	if err := f.Save(); err != nil {
		t.Fatal(err)
	}
}

// TestImportCommentWithoutAnswer: a comment typed next to an empty answer
// reaches the entry file.
func TestImportCommentWithoutAnswer(t *testing.T) {
	dir, p, qs, _ := filledAcme(t)
	id := qs[0].ID
	const comment = "来月の契約更新で対応予定\n担当: 情報システム部"
	qSetCell(t, p, "質問", func(f *excelize.File, rowOf func(string) string) {
		f.SetCellStr("質問", "D"+rowOf(id), "")
		f.SetCellStr("質問", "E"+rowOf(id), comment)
	})
	code, stdout, stderr := execCLI(t, "import", "--register", dir, "--as-of", "2026-04-15", p)
	if code != 0 {
		t.Fatalf("exit %d\n%s\n%s", code, stdout, stderr)
	}
	if !strings.Contains(stdout, "回答が空欄（コメントのみ）") || !strings.Contains(stdout, "コメントは記録します") {
		t.Errorf("report does not tell the comment is kept:\n%s", stdout)
	}
	b, err := os.ReadFile(filepath.Join(dir, "contractors", "acme.yaml"))
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(string(b), "来月の契約更新で対応予定") || !strings.Contains(string(b), "担当: 情報システム部") {
		t.Errorf("the comment is not in the entry file:\n%s", b)
	}
	reg, err := store.Load(dir)
	if err != nil {
		t.Fatal(err)
	}
	e := reg.Entry(riskassess.KindContractor, "acme").Base()
	if a := e.Answers[id]; a.Value != "" || a.Comment != comment {
		t.Errorf("answer %+v", a)
	}
	// Scoring counts it as not answered.
	reqs, _ := catalog.ForOrg(&reg.Org)
	as := mustAssess(riskassess.Scorer{Blockers: catalog.Blockers()}.Assess(&reg.Org, reqs, reg.Entry(riskassess.KindContractor, "acme"), riskassess.NewDate(2026, time.April, 15)))
	for _, f := range as.Findings {
		if r := findReq(reqs, f.Requirement); r != nil && r.Question != nil && r.Question.ID == id &&
			f.Outcome != riskassess.OutcomeNotAnswered && f.Outcome != riskassess.OutcomeNotApplicable {
			// A register fact may decide it; an empty answer must not.
			if strings.HasPrefix(f.Evidence, "answers.") || strings.HasPrefix(f.Evidence, "質問!") {
				t.Errorf("%s: outcome %s from an empty answer (%s)", f.Requirement, f.Outcome, f.Evidence)
			}
		}
	}
}

// TestImportTwoFilesOfOneEntryInOneRun: a second workbook of the same
// entry in one run (a folder with the vendor's reply and a later note) is
// merged into the answers the first one recorded, not into those from
// before the run: its comment without an answer keeps the first file's
// answer instead of storing an empty value over it, and the changes are
// recorded against the first file's answers. The note was answered after
// the reply (the 回答日 on the covers): two files answering an entry
// differently on the same day are refused (TestImportSameDayCopies).
func TestImportTwoFilesOfOneEntryInOneRun(t *testing.T) {
	dir := qWriteRegister(t)
	qs := contractorQuestions(t)
	tmp := t.TempDir()
	first, second := filepath.Join(tmp, "acme-1.xlsx"), filepath.Join(tmp, "acme-2.xlsx")
	for _, p := range []string{first, second} {
		if code, _, stderr := execCLI(t, "questionnaire", "--register", dir, "--kind", "contractor", "--entry", "acme", "--as-of", "2026-04-01", "-o", p); code != 0 {
			t.Fatal(stderr)
		}
	}
	a, b := qs[0].ID, qs[1].ID
	answeredOn := func(f *excelize.File, day string) {
		cover, _ := f.GetRows("表紙")
		for i, r := range cover {
			if len(r) > 0 && strings.HasPrefix(r[0], "回答日") {
				f.SetCellStr("表紙", "B"+strconv.Itoa(i+1), day)
			}
		}
	}
	qSetCell(t, first, "質問", func(f *excelize.File, rowOf func(string) string) {
		f.SetCellStr("質問", "D"+rowOf(a), "はい")
		f.SetCellStr("質問", "D"+rowOf(b), "はい")
		answeredOn(f, "2026/4/10")
	})
	qSetCell(t, second, "質問", func(f *excelize.File, rowOf func(string) string) {
		f.SetCellStr("質問", "E"+rowOf(a), "報告書は別途送付します")
		f.SetCellStr("質問", "D"+rowOf(b), "いいえ")
		answeredOn(f, "2026/4/12")
	})
	for _, args := range [][]string{{"--dry-run"}, {}} {
		args = append([]string{"import", "--register", dir, "--as-of", "2026-04-15", "--format", "json"}, append(args, first, second)...)
		code, stdout, stderr := execCLI(t, args...)
		if code != 0 {
			t.Fatalf("%v: exit %d\n%s\n%s", args, code, stdout, stderr)
		}
		var reps []struct {
			Changes []struct{ Question, Old, New string } `json:"changes"`
		}
		if err := json.Unmarshal([]byte(stdout), &reps); err != nil || len(reps) != 2 {
			t.Fatalf("%v: %v\n%s", args, err, stdout)
		}
		type change struct{ Question, Old, New string }
		var got []change
		for _, c := range reps[1].Changes {
			got = append(got, change(c))
		}
		want := []change{{a, "yes", "yes"}, {b, "yes", "no"}}
		if diff := cmp.Diff(want, got); diff != "" {
			t.Errorf("%v: changes of the second file (-want +got):\n%s", args, diff)
		}
	}
	reg, err := store.Load(dir)
	if err != nil {
		t.Fatal(err)
	}
	e := reg.Entry(riskassess.KindContractor, "acme").Base()
	got := map[string]riskassess.Answer{a: e.Answers[a], b: e.Answers[b]}
	for id, ans := range got {
		ans.Cell = ""
		got[id] = ans
	}
	want := map[string]riskassess.Answer{a: {Value: "yes", Comment: "報告書は別途送付します"}, b: {Value: "no"}}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("answers (-want +got):\n%s", diff)
	}
	if n := len(e.Assessments); n != 2 {
		t.Fatalf("%d assessments, want 2", n)
	}
	if diff := cmp.Diff(map[string]riskassess.AnswerChange{b: {From: "yes", To: "no"}, a: {From: "yes", To: "yes",
		FromComment: new(""), ToComment: new("報告書は別途送付します")}}, e.Assessments[1].Changed); diff != "" {
		t.Errorf("changes recorded by the second file (-want +got):\n%s", diff)
	}
}

func findReq(reqs []riskassess.Requirement, id string) *riskassess.Requirement {
	for i := range reqs {
		if reqs[i].ID == id {
			return &reqs[i]
		}
	}
	return nil
}

// TestImportSameFileTwice: re-importing a recorded file adds no second
// record and exits 0.
func TestImportSameFileTwice(t *testing.T) {
	dir, p, _, _ := filledAcme(t)
	if code, stdout, stderr := execCLI(t, "import", "--register", dir, "--as-of", "2026-04-15", p); code != 0 {
		t.Fatalf("first import: exit %d\n%s\n%s", code, stdout, stderr)
	}
	yamlPath := filepath.Join(dir, "contractors", "acme.yaml")
	before, _ := os.ReadFile(yamlPath)
	code, stdout, stderr := execCLI(t, "import", "--register", dir, "--as-of", "2026-05-01", p)
	if code != 0 || !strings.Contains(stdout, "記録済みです（2026-04-15 acme.xlsx）") {
		t.Errorf("second import: exit %d\n%s\n%s", code, stdout, stderr)
	}
	if after, _ := os.ReadFile(yamlPath); !bytes.Equal(before, after) {
		t.Errorf("the entry file changed:\n%s", after)
	}
	code, stdout, _ = execCLI(t, "import", "--register", dir, "--lang", "en", "--format", "json", p)
	if code != 0 || !strings.Contains(stdout, `"skipped": true`) || !strings.Contains(stdout, "already recorded") {
		t.Errorf("json: exit %d\n%s", code, stdout)
	}
	// The same file twice in one run (a copy under another name): one record.
	dir2 := qWriteRegister(t)
	p2 := filepath.Join(t.TempDir(), "copy.xlsx")
	b, _ := os.ReadFile(p)
	os.WriteFile(p2, b, 0o644)
	if code, stdout, stderr := execCLI(t, "import", "--register", dir2, "--as-of", "2026-04-15", p, p2); code != 0 {
		t.Fatalf("exit %d\n%s\n%s", code, stdout, stderr)
	}
	reg, err := store.Load(dir2)
	if err != nil {
		t.Fatal(err)
	}
	if as := reg.Entry(riskassess.KindContractor, "acme").Base().Assessments; len(as) != 1 {
		t.Errorf("assessments %+v: want one", as)
	}
}

// TestImportBadCorporateNumber: a wrong 法人番号 on the cover is a warning
// naming the cell; the file is still recorded.
func TestImportBadCorporateNumber(t *testing.T) {
	dir, p, _, _ := filledAcme(t)
	f, _ := excelize.OpenFile(p)
	cover, _ := f.GetRows("表紙")
	cell := ""
	for i, r := range cover {
		if len(r) > 0 && strings.HasPrefix(r[0], "法人番号") {
			cell = "B" + strconv.Itoa(i+1)
			f.SetCellStr("表紙", cell, "1234567890123")
		}
	}
	f.Save()
	code, stdout, stderr := execCLI(t, "import", "--register", dir, "--dry-run", p)
	if code != 0 || !strings.Contains(stdout, "警告: 表紙!"+cell+": 法人番号「1234567890123」が正しくありません") {
		t.Errorf("exit %d\n%s\n%s", code, stdout, stderr)
	}
}

// TestImportDamagedWorkbook (issue 12 point 2): a filled questionnaire
// whose questions sheet holds a character XML does not allow was read as
// a sheet cut at that point, recorded with exit status 0, and the stored
// answers of the rows after it disappeared. Now the file is refused
// (exit 1) and the entry's file is left byte for byte as it was.
func TestImportDamagedWorkbook(t *testing.T) {
	dir := qWriteRegister(t)
	qs := contractorQuestions(t)
	tmp := t.TempDir()
	good := filepath.Join(tmp, "good.xlsx")
	if code, _, stderr := execCLI(t, "questionnaire", "--as-of", "2026-04-01", "--register", dir, "--kind", "contractor", "--entry", "acme", "-o", good); code != 0 {
		t.Fatal(stderr)
	}
	qFill(t, good, qs)
	if code, stdout, stderr := execCLI(t, "import", "--register", dir, "--as-of", "2026-04-15", good); code != 0 {
		t.Fatalf("exit %d\n%s\n%s", code, stdout, stderr)
	}
	entry := filepath.Join(dir, "contractors", "acme.yaml")
	before, err := os.ReadFile(entry)
	if err != nil {
		t.Fatal(err)
	}
	b, err := os.ReadFile(good)
	if err != nil {
		t.Fatal(err)
	}
	zr, err := zip.NewReader(bytes.NewReader(b), int64(len(b)))
	if err != nil {
		t.Fatal(err)
	}
	var out bytes.Buffer
	zw := zip.NewWriter(&out)
	damaged := false
	for _, zf := range zr.File {
		rc, _ := zf.Open()
		data, err := io.ReadAll(rc)
		rc.Close()
		if err != nil {
			t.Fatal(err)
		}
		if zf.Name == "xl/worksheets/sheet2.xml" {
			i := bytes.Index(data, []byte(`<row r="10"`))
			j := bytes.Index(data[i:], []byte("<v>"))
			if i < 0 || j < 0 {
				t.Fatal("row 10 of the questions sheet has no value")
			}
			k := i + j + len("<v>")
			data = append(append(append([]byte{}, data[:k]...), 0x01), data[k:]...)
			damaged = true
		}
		w, _ := zw.Create(zf.Name)
		w.Write(data)
	}
	zw.Close()
	if !damaged {
		t.Fatal("no questions sheet part")
	}
	bad := filepath.Join(tmp, "bad.xlsx")
	if err := os.WriteFile(bad, out.Bytes(), 0o644); err != nil {
		t.Fatal(err)
	}
	code, stdout, stderr := execCLI(t, "import", "--register", dir, "--as-of", "2026-04-16", bad)
	if code != 1 {
		t.Fatalf("exit %d, want 1\n%s\n%s", code, stdout, stderr)
	}
	for _, s := range []string{"質問!A10: ブックが壊れています（xl/worksheets/sheet2.xml）", "illegal character code U+0001", ".xlsx 形式で保存し直してください"} {
		if !strings.Contains(stdout+stderr, s) {
			t.Errorf("output lacks %q:\n%s\n%s", s, stdout, stderr)
		}
	}
	after, _ := os.ReadFile(entry)
	if !bytes.Equal(before, after) {
		t.Errorf("the entry file changed:\n%s", after)
	}
}

// TestImportFolderOtherFormats: a reply saved in another spreadsheet
// format (.ods, LibreOffice's own; .xls) in a folder import is listed as
// refused with its reason, not passed over: the summary counts it and the
// exit status is 1. Other files and Excel's lock files stay out.
func TestImportFolderOtherFormats(t *testing.T) {
	dir := qWriteRegister(t)
	in := t.TempDir()
	p := filepath.Join(in, "acme.xlsx")
	if code, _, stderr := execCLI(t, "questionnaire", "--as-of", "2026-04-01", "--register", dir, "--kind", "contractor", "--entry", "acme", "-o", p); code != 0 {
		t.Fatal(stderr)
	}
	qFill(t, p, contractorQuestions(t))
	ods, xls := filepath.Join(in, "beta-reply.ods"), filepath.Join(in, "sub", "gamma.XLS")
	os.MkdirAll(filepath.Dir(xls), 0o755)
	for name, data := range map[string]string{
		ods:                                "PK\x03\x04mimetypeapplication/vnd.oasis.opendocument.spreadsheet",
		xls:                                "\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + strings.Repeat("\x00", 504),
		filepath.Join(in, "notes.txt"):     "not a workbook",
		filepath.Join(in, "~$acme.xlsx"):   "lock",
		filepath.Join(in, ".~lock.a.ods#"): "lock",
	} {
		if err := os.WriteFile(name, []byte(data), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	code, stdout, stderr := execCLI(t, "import", "--register", dir, "--as-of", "2026-04-15", in)
	if code != 1 {
		t.Fatalf("exit %d, want 1\n%s%s", code, stdout, stderr)
	}
	for _, want := range []string{"集計: 取込 1, 変更なし 0, 取り込めず 2", ods + ": ", xls + ": ", "記録しました"} {
		if !strings.Contains(stdout, want) {
			t.Errorf("stdout lacks %q:\n%s", want, stdout)
		}
	}
	for _, not := range []string{"notes.txt", "~$", ".~lock"} {
		if strings.Contains(stdout, not) {
			t.Errorf("stdout names %q:\n%s", not, stdout)
		}
	}
}
