package xlsx

import (
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/gikai-sec/riskregister/riskassess"
	"github.com/gikai-sec/riskregister/riskassess/fieldrule"
	"github.com/google/go-cmp/cmp"
)

// itemOf returns the report line of question id.
func itemOf(t *testing.T, res *Result, id string) Item {
	t.Helper()
	for _, it := range res.Items {
		if it.ID == id {
			return it
		}
	}
	t.Fatalf("question %s not listed", id)
	return Item{}
}

// TestCommentWithoutAnswerIsKept: a comment typed next to an empty answer
// is never dropped: the item is a warning and the recorded answers keep
// the comment with an empty value.
func TestCommentWithoutAnswerIsKept(t *testing.T) {
	q := defaultQ()
	f := workbook(t, generate(t, q))
	r := itoa(rowOf(t, f, qs, "Q-YN-02"))
	f.SetCellStr(qs, "E"+r, "ISMS は来月取得予定\r\n審査中")
	res := readBytes(t, save(t, f), ReadOptions{Requirements: q.Requirements, Current: q.Entry.Base().Answers})
	want := riskassess.Answer{Value: "", Comment: "ISMS は来月取得予定\n審査中", Cell: qs + "!D" + r}
	if diff := cmp.Diff(want, res.Answers["Q-YN-02"]); diff != "" {
		t.Errorf("answer (-want +got):\n%s", diff)
	}
	it := itemOf(t, res, "Q-YN-02")
	if it.Status != StatusWarning || it.ErrorCode != ErrCommentOnly || it.Comment != want.Comment ||
		!strings.Contains(it.Message, "回答が空欄ですがコメントがあります") {
		t.Errorf("item %+v", it)
	}
	if res.HasErrors() {
		t.Errorf("a comment without an answer is an error: %v", res.Err())
	}
	if _, m := res.Record(riskassess.Date{}, "x.xlsx"); m.Set["Q-YN-02"].Comment != want.Comment {
		t.Errorf("record lost the comment: %+v", m.Set["Q-YN-02"])
	}
	// English message.
	f = workbook(t, generate(t, q))
	f.SetCellStr(qs, "E"+r, "note")
	res = readBytes(t, save(t, f), ReadOptions{Requirements: q.Requirements, Lang: "en"})
	if it := itemOf(t, res, "Q-YN-02"); !strings.Contains(it.Message, "comment without an answer") {
		t.Errorf("English message %q", it.Message)
	}
	// A blank answer and a blank comment: not answered, nothing recorded.
	f = workbook(t, generate(t, q))
	res = readBytes(t, save(t, f), ReadOptions{Requirements: q.Requirements})
	if _, ok := res.Answers["Q-YN-02"]; ok || itemOf(t, res, "Q-YN-02").ErrorCode != ErrNotAnswered {
		t.Errorf("blank question: %+v", itemOf(t, res, "Q-YN-02"))
	}
}

func TestNumberCommas(t *testing.T) {
	for _, tc := range []struct {
		raw, want string
		comma     bool // refused as an ambiguous comma
	}{
		{"1,000", "1000", false},
		{"12,345,678", "12345678", false},
		{"-1,234.5", "-1234.5", false},
		{"１，０００", "1000", false},
		{"99.9", "99.9", false},
		{"99,9", "", true},
		{"1,00", "", true},
		{"1000,5", "", true},
		{",100", "", true},
		{"1,000,00", "", true},
		{"1.000,5", "", true},
		// strconv reads Go's syntax: 99_9 was imported as 999, 0x1p4 as 16.
		{"99_9", "", false},
		{"0x1p4", "", false},
		{"Inf", "", false},
		{"1e2", "100", false},
	} {
		got, err := parseNumber(tc.raw)
		if got != tc.want || (err == errDecimalComma) != tc.comma || (tc.want == "") != (err != nil) {
			t.Errorf("parseNumber(%q) = %q, %v; want %q (comma refused %v)", tc.raw, got, err, tc.want, tc.comma)
		}
	}
	q := defaultQ()
	f := workbook(t, generate(t, q))
	cell := setAnswer(t, f, qs, "Q-NUM-02", "99,9")
	res := readBytes(t, save(t, f), ReadOptions{Requirements: q.Requirements})
	it := itemOf(t, res, "Q-NUM-02")
	if it.Status != StatusError || it.ErrorCode != ErrBadNumber || !strings.Contains(it.Message, "小数点はピリオド") {
		t.Errorf("99,9: %+v", it)
	}
	if _, ok := res.Answers["Q-NUM-02"]; ok {
		t.Error("99,9 imported")
	}
	var p *CellError
	for _, x := range res.Problems {
		if x.QuestionID == "Q-NUM-02" {
			p = x
		}
	}
	if p == nil || p.Cell != cell || !strings.Contains(p.Message("en"), "use a dot for decimals") {
		t.Errorf("problem %v", p)
	}
}

// TestNumberUnderscore: a cell typed as text "99_9" (availability) was
// imported as 999, strconv's reading of Go's digit separator; it is an
// error that says to write digits only. A date typed "4_6113" was the
// Excel serial 46113.
func TestNumberUnderscore(t *testing.T) {
	q := defaultQ()
	f := workbook(t, generate(t, q))
	setAnswer(t, f, qs, "Q-NUM-02", "99_9")
	res := readBytes(t, save(t, f), ReadOptions{Requirements: q.Requirements})
	it := itemOf(t, res, "Q-NUM-02")
	if it.Status != StatusError || it.ErrorCode != ErrBadNumber || !strings.Contains(it.Message, "_ は数字の区切りとして読みません") {
		t.Errorf("99_9: %+v", it)
	}
	if v, ok := res.Answers["Q-NUM-02"]; ok {
		t.Errorf("99_9 imported as %v", v)
	}
	for _, s := range []string{"4_6113", "0x1p4"} {
		if d, err := parseDateText(s, false); err == nil {
			t.Errorf("date %q read as %s", s, d)
		}
	}
}

func TestBadCorporateNumberIsAWarning(t *testing.T) {
	q := defaultQ()
	for _, tc := range []struct {
		typed string
		want  error
	}{
		{"1234567890123", fieldrule.ErrCorporateNumberCheck},
		{"12345", fieldrule.ErrCorporateNumberFormat},
		{"9234-5678-90123", nil},
	} {
		f := workbook(t, generate(t, q))
		rows, _ := f.GetRows("表紙")
		cell := ""
		for i, row := range rows {
			if len(row) > 0 && strings.HasPrefix(row[0], "法人番号") {
				cell = "B" + itoa(i+1)
				f.SetCellStr("表紙", cell, tc.typed)
			}
		}
		res := readBytes(t, save(t, f), ReadOptions{Requirements: q.Requirements})
		var got []*CellError
		for _, p := range res.Problems {
			if p.Code == ErrBadCorporateNumber {
				got = append(got, p)
			}
		}
		if tc.want == nil {
			if len(got) != 0 {
				t.Errorf("%s: %v", tc.typed, got)
			}
			continue
		}
		if len(got) != 1 || got[0].Pos() != "表紙!"+cell || !errors.Is(got[0], tc.want) || got[0].Severity() != SeverityWarning ||
			!strings.HasPrefix(got[0].Message("ja"), "表紙!"+cell+": 法人番号「"+tc.typed+"」が正しくありません") {
			t.Errorf("%s: %v", tc.typed, got)
			continue
		}
		if res.Respondent.CorporateNumber != tc.typed {
			t.Errorf("number not kept as typed: %q", res.Respondent.CorporateNumber)
		}
	}
}

func TestMessageLanguages(t *testing.T) {
	for _, tc := range []struct {
		e      *CellError
		ja, en string
	}{
		{&CellError{Sheet: "質問", Cell: "D14", Code: ErrUnknownAnswer, Value: "たぶん", Allowed: allowedYesNo("ja")},
			"質問!D14: 回答「たぶん」は使えません（使える回答: はい, いいえ, 一部, 該当なし）",
			`質問!D14: unknown answer "たぶん" (allowed: はい, いいえ, 一部, 該当なし)`},
		{&CellError{Sheet: "質問", Cell: "D9", Code: ErrNotAnswered, Value: "Q-OUT-04"},
			"質問!D9: 質問「Q-OUT-04」は未回答です", `質問!D9: not answered "Q-OUT-04"`},
		{(&CellError{Sheet: "質問", Code: ErrMissingQuestion, Value: "Q-OUT-07"}).withHint("現在の回答「yes」は記録に引き継がれません", "the current answer \"yes\" is not carried into the record"),
			"質問: 質問「Q-OUT-07」がありません。現在の回答「yes」は記録に引き継がれません",
			`質問: missing question "Q-OUT-07": the current answer "yes" is not carried into the record`},
	} {
		if got := tc.e.Message("ja"); got != tc.ja {
			t.Errorf("ja\n got %s\nwant %s", got, tc.ja)
		}
		if got := tc.e.Message(""); got != tc.ja {
			t.Errorf("default language is not Japanese: %s", got)
		}
		if got := tc.e.Message("en"); got != tc.en {
			t.Errorf("en\n got %s\nwant %s", got, tc.en)
		}
	}
	// Every code has a Japanese message that does not fall back to English.
	for c := ErrUnknownAnswer; c <= lastCode; c++ {
		m := (&CellError{Code: c, Value: "x"}).Message("ja")
		if strings.Contains(m, c.String()) {
			t.Errorf("%v: Japanese message %q holds the English code", c, m)
		}
	}
	// A refused file: the hint in the chosen language only.
	_, err := Read(strings.NewReader("ID,回答\n"), 8, ReadOptions{})
	var ce *CellError
	if !errors.As(err, &ce) || !strings.Contains(ce.Message("ja"), "保存し直してください") || strings.Contains(ce.Message("ja"), "save it as") ||
		!strings.Contains(ce.Message("en"), "save it as .xlsx") || strings.Contains(ce.Message("en"), "保存し直して") {
		t.Errorf("refusal: %v\nja %s\nen %s", err, ce.Message("ja"), ce.Message("en"))
	}
}

func TestWriteFileMode(t *testing.T) {
	withUmask(t, 0o077) // the strictest usual umask must not hide the file from the group
	p := filepath.Join(t.TempDir(), "q.xlsx")
	if err := defaultQ().WriteFile(p); err != nil {
		t.Fatal(err)
	}
	st, err := os.Stat(p)
	if err != nil {
		t.Fatal(err)
	}
	if want := os.FileMode(0o644); st.Mode().Perm() != want && !(umaskUnsupported && st.Mode().Perm()&0o400 != 0) {
		t.Errorf("mode %v, want %v", st.Mode().Perm(), want)
	}
	if m, _ := filepath.Glob(filepath.Join(filepath.Dir(p), ".questionnaire-*")); len(m) != 0 {
		t.Errorf("temporary files left: %v", m)
	}
}
