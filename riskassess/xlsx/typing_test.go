package xlsx

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/xuri/excelize/v2"
)

// typed is one cell as a person types it into Excel: the question row, the
// column (D answer, E comment), how the cell is written, and what the
// import must read from it.
type typed struct {
	name, id, col string
	set           func(f *excelize.File, cell string) error
	// want is the answer value (col D) or the comment (col E); code, when
	// set, the error the answer must be refused with instead.
	want string
	code ErrorCode
}

// typingCases are what people really type (issue 11 point 3), each read
// through the real reader from a workbook excelize writes.
var typingCases = []typed{
	{name: "TRUE in a yes/no question", id: "Q-YN-01", col: "D", want: Yes,
		set: func(f *excelize.File, c string) error { return f.SetCellBool(qs, c, true) }},
	{name: "FALSE in a yes/no question", id: "Q-YN-02", col: "D", want: No,
		set: func(f *excelize.File, c string) error { return f.SetCellBool(qs, c, false) }},
	// A number 1 is not TRUE: refused, never guessed as yes.
	{name: "number 1 in a yes/no question", id: "Q-YN-03", col: "D", code: ErrUnknownAnswer,
		set: func(f *excelize.File, c string) error { return f.SetCellInt(qs, c, 1) }},
	{name: "TRUE in a comment", id: "Q-YN-04", col: "E", want: "TRUE",
		set: func(f *excelize.File, c string) error { return f.SetCellBool(qs, c, true) }},
}

// typingWorkbook fills a generated questionnaire with the cases: the
// answer of each case's row is はい unless the case sets it.
func typingWorkbook(t *testing.T, cases []typed) []byte {
	t.Helper()
	f := workbook(t, generate(t, defaultQ()))
	for _, tc := range cases {
		r := itoa(rowOf(t, f, qs, tc.id))
		if tc.col != "D" {
			if err := f.SetCellStr(qs, "D"+r, "はい"); err != nil {
				t.Fatal(err)
			}
		}
		if err := tc.set(f, tc.col+r); err != nil {
			t.Fatalf("%s: %v", tc.name, err)
		}
	}
	return save(t, f)
}

// checkTyping checks res against the cases.
func checkTyping(t *testing.T, res *Result, cases []typed) {
	t.Helper()
	for _, tc := range cases {
		if tc.code != 0 {
			var got []ErrorCode
			for _, p := range res.Problems {
				if p.QuestionID == tc.id {
					got = append(got, p.Code)
				}
			}
			if diff := cmp.Diff([]ErrorCode{tc.code}, got); diff != "" {
				t.Errorf("%s: problems (-want +got):\n%s", tc.name, diff)
			}
			if a, ok := res.Answers[tc.id]; ok {
				t.Errorf("%s: read as %+v, want refused", tc.name, a)
			}
			continue
		}
		a := res.Answers[tc.id]
		got := a.Value
		if tc.col == "E" {
			got = a.Comment
		}
		if diff := cmp.Diff(tc.want, got); diff != "" {
			t.Errorf("%s: %s%s (-want +got):\n%s", tc.name, tc.col, tc.id, diff)
		}
	}
}

// TestTyping: each typing case reads as documented in docs/questionnaires.md.
func TestTyping(t *testing.T) {
	q := defaultQ()
	res := readBytes(t, typingWorkbook(t, typingCases), ReadOptions{Requirements: q.Requirements, Kind: q.Kind})
	checkTyping(t, res, typingCases)
}

// TestTypingLibreOffice: the typing cases read the same after LibreOffice
// Calc saves the workbook again (it writes its own styles and cell types).
func TestTypingLibreOffice(t *testing.T) {
	bin := soffice(t)
	q := defaultQ()
	in := filepath.Join(t.TempDir(), "typed.xlsx")
	if err := os.WriteFile(in, typingWorkbook(t, typingCases), 0o644); err != nil {
		t.Fatal(err)
	}
	out := convert(t, bin, in, "xlsx:Calc MS Excel 2007 XML")
	ob, err := os.ReadFile(out)
	if err != nil {
		t.Fatal(err)
	}
	if app := partOf(t, ob, "docProps/app.xml"); !strings.Contains(app, "LibreOffice") {
		t.Fatalf("converted file not written by LibreOffice: %s", app)
	}
	checkTyping(t, readBytes(t, ob, ReadOptions{Requirements: q.Requirements, Kind: q.Kind}), typingCases)
}
