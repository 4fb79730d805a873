package xlsx

import (
	"strconv"
	"strings"
	"testing"

	"github.com/gikai-sec/riskregister/riskassess"
	"github.com/google/go-cmp/cmp"
	"github.com/xuri/excelize/v2"
)

// TestHeaderSortedIn: the questions sheet sorted as a range with its
// header row (Google Sheets' "Sort range" unless "Data has header row"
// is ticked) puts the header among the question rows. The questions
// above it were skipped as title rows: their answers dropped, each
// reported as a "missing question" though it was in the file, and the
// rest recorded. Every question row the workbook was sent with is read
// wherever the header is; a title and a note above it are still skipped.
func TestHeaderSortedIn(t *testing.T) {
	q := defaultQ()
	f, rows, want := emptiedQuestions(t, q)
	out := 1
	write := func(r []string) {
		vals := make([]any, len(r))
		for i, v := range r {
			vals[i] = v
			if n, err := strconv.ParseFloat(v, 64); err == nil && i == 3 {
				vals[i] = n // keep numbers (date serials) numeric
			}
		}
		if err := f.SetSheetRow(qs, "A"+strconv.Itoa(out), &vals); err != nil {
			t.Fatal(err)
		}
		out++
	}
	// A title and a note above everything, then half the questions
	// sorted descending, the header, and the other half.
	f.SetCellStr(qs, "A1", "株式会社アクメ回答")
	f.SetCellStr(qs, "A2", "記入例・注意事項 / notes")
	out = 3
	body := rows[1:]
	half := len(body) / 2
	for i := len(body) - 1; i >= half; i-- {
		write(body[i])
	}
	write(rows[0])
	for i := half - 1; i >= 0; i-- {
		write(body[i])
	}
	res := readBytes(t, save(t, f), ReadOptions{Requirements: q.Requirements, Kind: q.Kind})
	if len(res.Problems) > 0 {
		t.Fatalf("problems: %v", res.Problems)
	}
	strip := func(m map[string]riskassess.Answer) map[string]riskassess.Answer {
		o := map[string]riskassess.Answer{}
		for k, v := range m {
			v.Cell = ""
			o[k] = v
		}
		return o
	}
	if diff := cmp.Diff(strip(want), strip(res.Answers)); diff != "" {
		t.Errorf("answers (-want +got):\n%s", diff)
	}
	above := 0
	for _, a := range res.Answers {
		if n, _ := strconv.Atoi(strings.TrimPrefix(a.Cell, qs+"!D")); n < 3+len(body)-half {
			above++
		}
	}
	if above == 0 {
		t.Error("no answer read from above the header")
	}
}

// TestSelfCheckBookHeaderSortedIn: the same for the self-check of a
// section: a question row above the sorted-in header is read into its
// entry's part.
func TestSelfCheckBookHeaderSortedIn(t *testing.T) {
	b := testBook()
	f := workbook(t, writeBook(t, b))
	fillBook(t, f)
	rows, _ := f.GetRows(qs)
	// Swap the header (row 1) and the first question row (row 2).
	for i, r := range [][]string{rows[1], rows[0]} {
		row := make([]any, max(len(rows[0]), len(rows[1])))
		for j, v := range r {
			row[j] = v
		}
		if err := f.SetSheetRow(qs, "A"+strconv.Itoa(i+1), &row); err != nil {
			t.Fatal(err)
		}
	}
	res := readBytes(t, save(t, f), ReadOptions{Requirements: b.Requirements, Register: b.Register, CatalogueVersion: testVersion})
	if res.HasErrors() {
		t.Fatalf("errors: %v", res.Err())
	}
	if diff := cmp.Diff(wantBook, bookAnswers(t, res)); diff != "" {
		t.Errorf("answers (-want +got):\n%s", diff)
	}
}

// TestNoQuestionIDRowAboveHeader: a row without a question ID above the
// header (the header sorted in among the rows, a caveat row sorted to the
// top) was skipped as a title, so what was written in it was dropped with
// no error, though the same text below the header is refused
// (ErrNoQuestionID). Above a header sorted in among the questions every
// column but the ID and 参照 is checked; above a header in its place, the
// answer and comment columns (a title is not typed there), so a title or
// a note in the other columns is still skipped.
func TestNoQuestionIDRowAboveHeader(t *testing.T) {
	q := defaultQ()
	refused := func(t *testing.T, f *excelize.File, want ...string) {
		t.Helper()
		res := readBytes(t, save(t, f), ReadOptions{Requirements: q.Requirements, Kind: q.Kind})
		var got []string
		for _, p := range res.Problems {
			if p.Severity() == SeverityError {
				got = append(got, p.Cell+" "+p.Code.String())
			}
		}
		var w []string
		for _, c := range want {
			w = append(w, c+" "+ErrNoQuestionID.String())
		}
		if strings.Join(got, ",") != strings.Join(w, ",") {
			t.Errorf("errors %v, want %v", got, w)
		}
	}
	t.Run("caveat row above the header", func(t *testing.T) {
		// The reader's input: row 1 a caveat without an ID (E1), the
		// header in row 2, はい in the questions below it.
		f := workbook(t, generate(t, q))
		setAnswer(t, f, qs, "Q-YN-01", "はい")
		if err := f.InsertRows(qs, 1, 1); err != nil {
			t.Fatal(err)
		}
		f.SetCellStr(qs, "E1", "ただし夜間・休日は除く")
		refused(t, f, "E1")
	})
	t.Run("header sorted in", func(t *testing.T) {
		// A question, a caveat row without an ID (C), then the header.
		f := workbook(t, generate(t, q))
		setAnswer(t, f, qs, "Q-YN-01", "はい")
		rows, _ := f.GetRows(qs)
		put := func(r int, vals []string) {
			row := make([]any, 8)
			for i, v := range vals {
				row[i] = v
			}
			if err := f.SetSheetRow(qs, "A"+strconv.Itoa(r), &row); err != nil {
				t.Fatal(err)
			}
		}
		if err := f.InsertRows(qs, 1, 2); err != nil {
			t.Fatal(err)
		}
		put(1, rows[1])
		put(2, []string{"", "", "※補足：Q-YN-01 は有償プランのみ"})
		put(3, rows[0])
		if err := f.RemoveRow(qs, 4); err != nil { // the question's old row
			t.Fatal(err)
		}
		refused(t, f, "C2")
	})
	t.Run("legitimate titles", func(t *testing.T) {
		// Titles above a header in its place, in the ID, category and
		// question columns, and a title merged across the row.
		f := workbook(t, generate(t, q))
		setAnswer(t, f, qs, "Q-YN-01", "はい")
		if err := f.InsertRows(qs, 1, 3); err != nil {
			t.Fatal(err)
		}
		f.SetCellStr(qs, "A1", "株式会社アクメ 回答書")
		f.SetCellStr(qs, "C2", "回答日：2026年12月1日　担当：山田")
		f.SetCellStr(qs, "A3", "セキュリティ確認票（回答）")
		if err := f.MergeCell(qs, "A3", "F3"); err != nil {
			t.Fatal(err)
		}
		refused(t, f)
	})
}
