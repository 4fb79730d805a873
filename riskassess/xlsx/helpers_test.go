package xlsx

import (
	"archive/zip"
	"bytes"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"testing"

	"github.com/gikai-sec/riskregister/riskassess"
	"github.com/xuri/excelize/v2"
)

const testVersion = "2026.1"

// spellings are every yes/no spelling a vendor may type, with the value
// each must import as. Each gets its own question.
var spellings = []struct{ typed, want string }{
	{"はい", Yes}, {"いいえ", No}, {"Yes", Yes}, {"No", No}, {"Y", Yes}, {"N", No},
	{"○", Yes}, {"〇", Yes}, {"×", No}, {"✕", No}, {"△", Partial}, {"✓", Yes}, {"✔", Yes},
	{"該当なし", NA}, {"N/A", NA}, {"NA", NA}, {"一部", Partial}, {"partial", Partial},
	{"ＹＥＳ", Yes}, {"ｙｅｓ", Yes}, {"ｎｏ", No}, {"Ｎ／Ａ", NA}, {"PARTIAL", Partial},
	{"\u3000はい\u3000", Yes}, {"  yes ", Yes}, {"ﾀﾌﾞﾝ", ""}, // half-width katakana folds to タブン: not an answer
	{"n/a", NA}, {"Ｙ", Yes},
}

// testReqs builds a hand-made catalogue: one yes/no question per spelling
// (minus the unaccepted ones), a choice, dates, a number and a text question.
func testReqs() []riskassess.Requirement {
	var reqs []riskassess.Requirement
	add := func(id string, q riskassess.Question) {
		q.ID = "Q-" + id
		if q.Text.Ja == "" {
			q.Text = riskassess.T("質問 "+id+" に答えてください。委託先における情報セキュリティ対策の実施状況を確認します。", "Answer question "+id+". We check the contractor's security measures.")
		}
		reqs = append(reqs, riskassess.Requirement{
			ID: id, Kinds: []riskassess.Kind{riskassess.KindContractor}, Category: riskassess.T("管理", "Management"),
			Title: riskassess.T("要件 "+id, "Requirement "+id), Clause: "6(8)", Severity: riskassess.SeverityHigh, Question: &q,
			AttestedBy: riskassess.AttestVendor,
		})
	}
	for i, s := range spellings {
		if s.want == "" {
			continue
		}
		add(fmt.Sprintf("YN-%02d", i+1), riskassess.Question{Type: riskassess.AnswerYesNo})
	}
	choice := riskassess.Question{Type: riskassess.AnswerChoice, Choices: []riskassess.Choice{
		{ID: "ismap", Label: riskassess.T("ISMAP登録済み", "ISMAP listed")},
		{ID: "liu", Label: riskassess.T("ISMAP-LIU登録済み", "ISMAP-LIU listed")},
		{ID: "none", Label: riskassess.T("登録なし", "Not listed")},
	}}
	add("CH-01", choice)
	add("CH-02", choice)
	add("CH-03", choice)
	for i := 1; i <= 8; i++ {
		add(fmt.Sprintf("DT-%02d", i), riskassess.Question{Type: riskassess.AnswerDate})
	}
	add("NUM-01", riskassess.Question{Type: riskassess.AnswerNumber})
	add("NUM-02", riskassess.Question{Type: riskassess.AnswerNumber})
	add("TX-01", riskassess.Question{Type: riskassess.AnswerText})
	// A requirement of another kind and one without a question: not asked.
	reqs = append(reqs, riskassess.Requirement{ID: "SNS-01", Kinds: []riskassess.Kind{riskassess.KindSocial},
		Question: &riskassess.Question{ID: "Q-SNS-01", Type: riskassess.AnswerYesNo, Text: riskassess.T("SNS", "SNS")}, AttestedBy: riskassess.AttestCouncil})
	reqs = append(reqs, riskassess.Requirement{ID: "OUT-FACT", Kinds: []riskassess.Kind{riskassess.KindContractor}, AttestedBy: riskassess.AttestRegister})
	// A contractor question the council answers itself: not asked.
	reqs = append(reqs, riskassess.Requirement{ID: "OUT-SELF", Kinds: []riskassess.Kind{riskassess.KindContractor}, AttestedBy: riskassess.AttestCouncil,
		Question: &riskassess.Question{ID: "Q-OUT-SELF", Type: riskassess.AnswerYesNo, Text: riskassess.T("選定基準", "Selection criteria")}})
	// A second requirement evidenced by the same question: one row.
	reqs = append(reqs, riskassess.Requirement{ID: "AUD-01", Kinds: []riskassess.Kind{riskassess.KindContractor}, Clause: "6(9)",
		Question: reqs[0].Question, AttestedBy: riskassess.AttestVendor})
	return reqs
}

func testEntry() *riskassess.Contractor {
	c := &riskassess.Contractor{}
	c.ID = "acme"
	c.Name = riskassess.T("株式会社アクメ", "ACME Ltd.")
	c.Answers = map[string]riskassess.Answer{
		"Q-YN-01":  {Value: Yes, Comment: "ISMS 認証 IS 12345"},
		"Q-CH-01":  {Value: "liu"},
		"Q-DT-01":  {Value: "2025-03-31"},
		"Q-NUM-01": {Value: "99.5"},
	}
	return c
}

func generate(t testing.TB, q *Questionnaire) []byte {
	t.Helper()
	var buf bytes.Buffer
	if err := q.Write(&buf); err != nil {
		t.Fatal(err)
	}
	return buf.Bytes()
}

func defaultQ() *Questionnaire {
	return &Questionnaire{Kind: riskassess.KindContractor, Entry: testEntry(), Requirements: testReqs(),
		CatalogueVersion: testVersion, Org: riskassess.T("調布市議会", "Chofu City Council")}
}

// workbook opens b for editing in a test.
func workbook(t testing.TB, b []byte) *excelize.File {
	t.Helper()
	f, err := excelize.OpenReader(bytes.NewReader(b))
	if err != nil {
		t.Fatal(err)
	}
	return f
}

func save(t testing.TB, f *excelize.File) []byte {
	t.Helper()
	var buf bytes.Buffer
	if _, err := f.WriteTo(&buf); err != nil {
		t.Fatal(err)
	}
	f.Close()
	return buf.Bytes()
}

// rowOf finds the row of question id in sheet (ID in column A).
func rowOf(t testing.TB, f *excelize.File, sheet, id string) int {
	t.Helper()
	rows, err := f.GetRows(sheet)
	if err != nil {
		t.Fatal(err)
	}
	for i, r := range rows {
		if len(r) > 0 && r[0] == id {
			return i + 1
		}
	}
	t.Fatalf("question %s not in sheet %s", id, sheet)
	return 0
}

func setAnswer(t testing.TB, f *excelize.File, sheet, id string, v any) string {
	t.Helper()
	cell := "D" + strconv.Itoa(rowOf(t, f, sheet, id))
	if err := f.SetCellValue(sheet, cell, v); err != nil {
		t.Fatal(err)
	}
	return cell
}

func readBytes(t testing.TB, b []byte, opts ReadOptions) *Result {
	t.Helper()
	res, err := Read(bytes.NewReader(b), int64(len(b)), opts)
	if err != nil {
		t.Fatalf("Read: %v", err)
	}
	return res
}

// sharedDir returns ../shared/external-xlsx relative to the repo root, or
// skips the test when it is absent.
func sharedDir(t testing.TB) string {
	t.Helper()
	d, err := findSharedDir()
	if err != nil {
		t.Skipf("external workbooks not found: %v: skipping", err)
	}
	return d
}

// findSharedDir finds ../shared/external-xlsx by walking up from the
// package folder to the repo root (the folder with go.mod).
func findSharedDir() (string, error) {
	dir, err := os.Getwd()
	if err != nil {
		return "", err
	}
	for {
		if _, err := os.Stat(filepath.Join(dir, "go.mod")); err == nil {
			break
		}
		parent := filepath.Dir(dir)
		if parent == dir {
			return "", errors.New("repo root not found")
		}
		dir = parent
	}
	d := filepath.Join(dir, "..", "shared", "external-xlsx")
	_, err = os.Stat(d)
	if err != nil {
		// A git worktree (.git is a file naming its git dir) of a
		// checkout with ../shared beside it: the main checkout's.
		if main := mainCheckout(dir); main != "" {
			md := filepath.Join(main, "..", "shared", "external-xlsx")
			if _, merr := os.Stat(md); merr == nil {
				return md, nil
			}
		}
		return "", err
	}
	return d, nil
}

// mainCheckout returns the main working tree of the git worktree at
// root (whose .git file reads "gitdir: MAIN/.git/worktrees/NAME"), or ""
// when root is no linked worktree.
func mainCheckout(root string) string {
	b, err := os.ReadFile(filepath.Join(root, ".git"))
	if err != nil {
		return ""
	}
	gitdir, ok := strings.CutPrefix(strings.TrimSpace(string(b)), "gitdir:")
	if !ok {
		return ""
	}
	gitdir = strings.TrimSpace(gitdir)
	if !filepath.IsAbs(gitdir) {
		gitdir = filepath.Join(root, gitdir)
	}
	common := filepath.Join(gitdir, "..", "..") // MAIN/.git
	if c, err := os.ReadFile(filepath.Join(gitdir, "commondir")); err == nil {
		if p := strings.TrimSpace(string(c)); filepath.IsAbs(p) {
			common = p
		} else {
			common = filepath.Join(gitdir, p)
		}
	}
	if filepath.Base(filepath.Clean(common)) != ".git" {
		return ""
	}
	return filepath.Dir(filepath.Clean(common))
}

// rezip rewrites the parts of the zip b for which edit returns new content.
func rezip(t testing.TB, b []byte, edit func(name string, data []byte) []byte) []byte {
	t.Helper()
	zr, err := zip.NewReader(bytes.NewReader(b), int64(len(b)))
	if err != nil {
		t.Fatal(err)
	}
	var out bytes.Buffer
	zw := zip.NewWriter(&out)
	for _, zf := range zr.File {
		rc, err := zf.Open()
		if err != nil {
			t.Fatal(err)
		}
		data, err := io.ReadAll(rc)
		rc.Close()
		if err != nil {
			t.Fatal(err)
		}
		if nd := edit(zf.Name, data); nd != nil {
			data = nd
		}
		w, err := zw.Create(zf.Name)
		if err != nil {
			t.Fatal(err)
		}
		w.Write(data)
	}
	if err := zw.Close(); err != nil {
		t.Fatal(err)
	}
	return out.Bytes()
}

// setCachedValue gives the formula cell `cell` of the questions sheet
// (sheet2.xml) the cached string value v.
func setCachedValue(t testing.TB, b []byte, cell, v string) []byte {
	t.Helper()
	re := regexp.MustCompile(`<c r="` + cell + `"([^>]*?)(?: t="[a-z]+")?([^>]*)><f>(.*?)</f>(?:<v>.*?</v>)?</c>`)
	found := false
	b = rezip(t, b, func(name string, data []byte) []byte {
		if name != "xl/worksheets/sheet2.xml" {
			return nil
		}
		found = re.Match(data)
		return re.ReplaceAll(data, []byte(`<c r="`+cell+`"$1$2 t="str"><f>$3</f><v>`+v+`</v></c>`))
	})
	if !found {
		t.Fatalf("formula cell %s not found", cell)
	}
	return b
}

func itoa(i int) string { return strconv.Itoa(i) }

// partOf returns the text of one part of the zip b.
func partOf(t testing.TB, b []byte, name string) string {
	t.Helper()
	zr, err := zip.NewReader(bytes.NewReader(b), int64(len(b)))
	if err != nil {
		t.Fatal(err)
	}
	for _, zf := range zr.File {
		if zf.Name == name {
			rc, _ := zf.Open()
			data, _ := io.ReadAll(rc)
			rc.Close()
			return string(data)
		}
	}
	t.Fatalf("no part %s", name)
	return ""
}

// readOrRefused writes v into the answer cell of question id of a new
// workbook of q, reads it back with q's requirements and checks what the
// import made of it: with want set, the answer read as want; with want
// empty, no answer, the question's item an error of code at that cell,
// and the question's messages (Japanese, then English) holding the cell
// and each of ja and en. name labels the case in failures.
func readOrRefused(t *testing.T, q *Questionnaire, id string, v any, want string, code ErrorCode, ja, en string) {
	t.Helper()
	name := fmt.Sprintf("%s %#v", id, v)
	f := workbook(t, generate(t, q))
	cell := setAnswer(t, f, qs, id, v)
	res := readBytes(t, save(t, f), ReadOptions{Requirements: q.Requirements})
	a, ok := res.Answers[id]
	if want != "" {
		if !ok || a.Value != want {
			t.Errorf("%s: read as %q (%v), want %q", name, a.Value, ok, want)
		}
		return
	}
	if ok {
		t.Errorf("%s: read as %q, want refused", name, a.Value)
		return
	}
	if it := itemOf(t, res, id); it.Status != StatusError || it.ErrorCode != code || it.Cell != qs+"!"+cell {
		t.Errorf("%s: %+v, want an error %v at %s!%s", name, it, code, qs, cell)
	}
	if ja == "" && en == "" {
		return
	}
	var msgs []string
	for _, p := range res.Problems {
		if p.QuestionID == id {
			msgs = append(msgs, p.Message("ja"), p.Message("en"))
		}
	}
	if len(msgs) != 2 || !strings.Contains(msgs[0], qs+"!"+cell) || !strings.Contains(msgs[0], ja) || !strings.Contains(msgs[1], en) {
		t.Errorf("%s: messages %q, want the cell, %q and %q", name, msgs, ja, en)
	}
}

// problemColumns returns the columns (the cell without its row: 表紙!B)
// of res's problems with code, in order, and their messages, Japanese and
// English in turn.
func problemColumns(res *Result, code ErrorCode) (cols, msgs []string) {
	for _, p := range res.Problems {
		if p.Code == code {
			cols = append(cols, strings.TrimRight(p.Cell, "0123456789"))
			msgs = append(msgs, p.Message("ja"), p.Message("en"))
		}
	}
	return cols, msgs
}
