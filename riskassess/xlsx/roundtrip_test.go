package xlsx

import (
	"bytes"
	"errors"
	"fmt"
	"regexp"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/gikai-sec/riskregister/riskassess"
	"github.com/google/go-cmp/cmp"
	"github.com/xuri/excelize/v2"
)

const qs = "質問" // questions sheet of a Japanese questionnaire

// fill answers every question of the test catalogue with a different
// spelling and returns the answers an import must give. date1904 switches
// the workbook to the 1904 date system and writes serials in it.
func fill(t *testing.T, b []byte, date1904 bool) ([]byte, map[string]riskassess.Answer, riskassess.Respondent) {
	t.Helper()
	f := workbook(t, b)
	want := map[string]riskassess.Answer{}
	put := func(id string, v any, value string) {
		cell := setAnswer(t, f, qs, id, v)
		a := riskassess.Answer{Value: value, Cell: qs + "!" + cell}
		if id == "Q-YN-01" {
			a.Comment = "ISMS 認証 IS 12345" // pre-filled, kept
		}
		want[id] = a
	}
	for i, s := range spellings {
		if s.want == "" {
			continue
		}
		put(fmt.Sprintf("Q-YN-%02d", i+1), s.typed, s.want)
	}
	// A multi-line comment with Windows line ends is kept whole.
	r := rowOf(t, f, qs, "Q-YN-02")
	if err := f.SetCellStr(qs, "E"+strconv.Itoa(r), "根拠資料1\r\n根拠資料2\r\n"); err != nil {
		t.Fatal(err)
	}
	a := want["Q-YN-02"]
	a.Comment = "根拠資料1\n根拠資料2"
	want["Q-YN-02"] = a

	put("Q-CH-01", "ISMAP登録済み", "ismap")
	put("Q-CH-02", "liu", "liu")
	put("Q-CH-03", "ｎｏｔ　ｌｉｓｔｅｄ", "none")
	serial := 46113.0 // 2026-04-01 in the 1900 system
	if date1904 {
		serial -= 1462
	}
	put("Q-DT-01", serial, "2026-04-01")
	put("Q-DT-02", "2026-04-01", "2026-04-01")
	put("Q-DT-03", "2026/4/1", "2026-04-01")
	put("Q-DT-04", "令和8年4月1日", "2026-04-01")
	put("Q-DT-05", "R8.4.1", "2026-04-01")
	put("Q-DT-06", "Ｒ８．４．１", "2026-04-01")
	if date1904 {
		put("Q-DT-07", serial+0.5, "2026-04-01") // a date with a time of day
	} else {
		put("Q-DT-07", time.Date(2026, 4, 1, 0, 0, 0, 0, time.UTC), "2026-04-01")
	}
	put("Q-DT-08", "令和元年5月1日", "2019-05-01")
	put("Q-NUM-01", "９９．９", "99.9")
	put("Q-NUM-02", "1,000", "1000")
	put("Q-TX-01", "一行目\r\n二行目", "一行目\n二行目")

	// Respondent fields, found by label.
	resp := riskassess.Respondent{Company: "株式会社アクメ", CorporateNumber: "9234567890123", Person: "山田 太郎",
		Contact: "yamada@example.jp\n03-0000-0000", Date: riskassess.NewDate(2026, time.April, 1)}
	rows, _ := f.GetRows("表紙")
	for i, row := range rows {
		if len(row) == 0 {
			continue
		}
		cell := "B" + strconv.Itoa(i+1)
		switch {
		case strings.HasPrefix(row[0], "会社名"):
			f.SetCellStr("表紙", cell, resp.Company)
		case strings.HasPrefix(row[0], "法人番号"):
			f.SetCellStr("表紙", cell, "９２３４５６７８９０１２３")
		case strings.HasPrefix(row[0], "回答者 /") && i > 10:
			f.SetCellStr("表紙", cell, resp.Person)
		case strings.HasPrefix(row[0], "連絡先"):
			f.SetCellStr("表紙", cell, "yamada@example.jp\r\n03-0000-0000")
		case strings.HasPrefix(row[0], "回答日"):
			f.SetCellStr("表紙", cell, "令和8年4月1日")
		}
	}
	if date1904 {
		v := true
		if err := f.SetWorkbookProps(&excelize.WorkbookPropsOptions{Date1904: &v}); err != nil {
			t.Fatal(err)
		}
	}
	return save(t, f), want, resp
}

func TestRoundTrip(t *testing.T) {
	for _, date1904 := range []bool{false, true} {
		t.Run(fmt.Sprintf("date1904=%v", date1904), func(t *testing.T) {
			q := defaultQ()
			b, want, wantResp := fill(t, generate(t, q), date1904)
			res := readBytes(t, b, ReadOptions{Requirements: q.Requirements, Kind: riskassess.KindContractor,
				EntryID: "acme", CatalogueVersion: testVersion, Current: q.Entry.Base().Answers})
			if res.HasErrors() || len(res.Problems) > 0 {
				t.Fatalf("problems: %v", res.Problems)
			}
			if diff := cmp.Diff(want, res.Answers); diff != "" {
				t.Errorf("answers (-want +got):\n%s", diff)
			}
			if diff := cmp.Diff(wantResp, res.Respondent); diff != "" {
				t.Errorf("respondent (-want +got):\n%s", diff)
			}
			if res.Date1904 != date1904 {
				t.Errorf("Date1904 = %v", res.Date1904)
			}
			if res.Kind != riskassess.KindContractor || res.EntryID != "acme" || res.CatalogueVersion != testVersion || res.Foreign {
				t.Errorf("meta: kind %q entry %q version %q foreign %v", res.Kind, res.EntryID, res.CatalogueVersion, res.Foreign)
			}
			// Statuses against the entry's current answers.
			st := map[string]Status{}
			for _, it := range res.Items {
				st[it.ID] = it.Status
			}
			wantSt := map[string]Status{"Q-YN-01": StatusUnchanged, "Q-CH-01": StatusChanged, "Q-DT-01": StatusChanged,
				"Q-NUM-01": StatusChanged, "Q-YN-03": StatusImported}
			for id, s := range wantSt {
				if st[id] != s {
					t.Errorf("status of %s = %q, want %q", id, st[id], s)
				}
			}
			if len(res.Items) != len(want) {
				t.Errorf("%d items, want %d", len(res.Items), len(want))
			}
		})
	}
}

// TestPrefill checks that what the register knows is in the generated
// workbook, and that reading an untouched workbook gives it back unchanged.
func TestPrefill(t *testing.T) {
	q := defaultQ()
	b := generate(t, q)
	f := workbook(t, b)
	r := rowOf(t, f, qs, "Q-YN-01")
	for cell, want := range map[string]string{"D": "はい", "E": "ISMS 認証 IS 12345", "F": "YN-01 (6(8))\nAUD-01 (6(9))"} {
		got, _ := f.GetCellValue(qs, cell+strconv.Itoa(r))
		if got != want {
			t.Errorf("%s%d = %q, want %q", cell, r, got, want)
		}
	}
	f.Close()
	res := readBytes(t, b, ReadOptions{Requirements: q.Requirements, Current: q.Entry.Base().Answers})
	got := map[string]string{}
	for id, a := range res.Answers {
		got[id] = a.Value
	}
	want := map[string]string{"Q-YN-01": Yes, "Q-CH-01": "liu", "Q-DT-01": "2025-03-31", "Q-NUM-01": "99.5"}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("prefilled answers (-want +got):\n%s", diff)
	}
	for _, it := range res.Items {
		if _, ok := want[it.ID]; ok && it.Status != StatusUnchanged {
			t.Errorf("%s: status %q, want unchanged", it.ID, it.Status)
		}
	}
}

// emptiedQuestions fills a questionnaire of q (fill), and returns it with
// its questions sheet emptied, the sheet's rows as they were (raw cell
// values) and the answers filled in, for a test that writes the rows back
// rearranged.
func emptiedQuestions(t *testing.T, q *Questionnaire) (*excelize.File, [][]string, map[string]riskassess.Answer) {
	t.Helper()
	b, want, _ := fill(t, generate(t, q), false)
	f := workbook(t, b)
	rows, err := f.GetRows(qs, excelize.Options{RawCellValue: true})
	if err != nil {
		t.Fatal(err)
	}
	if err := f.DeleteSheet(qs); err != nil {
		t.Fatal(err)
	}
	if _, err := f.NewSheet(qs); err != nil {
		t.Fatal(err)
	}
	return f, rows, want
}

// TestRowsMovedSortedInserted rebuilds the questions sheet with columns in
// another order, rows sorted descending, blank rows and note rows (a note
// in the ID column) inserted, and the header moved down: the import must
// not change.
func TestRowsMovedSortedInserted(t *testing.T) {
	q := defaultQ()
	f, rows, want := emptiedQuestions(t, q)
	perm := []int{4, 2, 0, 5, 3, 1} // new column i holds old column perm[i]: Comment, Question, ID, Ref, Answer, Category
	out := 1
	write := func(r []string) {
		vals := make([]any, len(perm))
		for i, p := range perm {
			if p < len(r) {
				vals[i] = r[p]
				if n, err := strconv.ParseFloat(r[p], 64); err == nil && p == 3 {
					vals[i] = n // keep numbers (date serials) numeric
				}
			}
		}
		if err := f.SetSheetRow(qs, "A"+strconv.Itoa(out), &vals); err != nil {
			t.Fatal(err)
		}
		out++
	}
	f.SetCellStr(qs, "A1", "記入例・注意事項 / notes inserted by the vendor")
	out = 3
	write(rows[0])
	body := rows[1:]
	for i := len(body) - 1; i >= 0; i-- {
		write(body[i])
		if i%5 == 0 {
			// A note row: the note in the ID column (C after the
			// permutation) is skipped. The same note in the comment
			// column is refused (TestNoQuestionIDRow).
			f.SetCellStr(qs, "C"+strconv.Itoa(out), "（当社補足） この下は別紙参照")
			out += 2
		}
	}
	b := save(t, f)
	res := readBytes(t, b, ReadOptions{Requirements: q.Requirements, Kind: riskassess.KindContractor})
	if len(res.Problems) > 0 {
		t.Fatalf("problems: %v", res.Problems)
	}
	// Cells moved: compare values and comments, and check each cell is in
	// the answer column (E after the permutation).
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
	for id, a := range res.Answers {
		if !strings.HasPrefix(a.Cell, qs+"!E") {
			t.Errorf("%s read from %s, want column E", id, a.Cell)
		}
	}
}

// TestMergedAnswer: an answer merged over two rows applies to both.
func TestMergedAnswer(t *testing.T) {
	q := defaultQ()
	f := workbook(t, generate(t, q))
	r1, r2 := rowOf(t, f, qs, "Q-YN-02"), rowOf(t, f, qs, "Q-YN-03")
	f.SetCellStr(qs, "D"+strconv.Itoa(r1), "いいえ")
	if err := f.MergeCell(qs, "D"+strconv.Itoa(r1), "D"+strconv.Itoa(r2)); err != nil {
		t.Fatal(err)
	}
	res := readBytes(t, save(t, f), ReadOptions{Requirements: q.Requirements, Kind: q.Kind})
	for _, id := range []string{"Q-YN-02", "Q-YN-03"} {
		if got := res.Answers[id].Value; got != No {
			t.Errorf("%s = %q, want %q (merged)", id, got, No)
		}
	}
}

// TestMergedAcrossColumns: a range merged across columns shows its value
// once, in its first column: an answer merged with its comment cell is no
// comment, and a question text merged over the answer cell is no answer.
func TestMergedAcrossColumns(t *testing.T) {
	q := defaultQ()
	f := workbook(t, generate(t, q))
	r1, r2 := itoa(rowOf(t, f, qs, "Q-YN-02")), itoa(rowOf(t, f, qs, "Q-TX-01"))
	f.SetCellStr(qs, "D"+r1, "いいえ")
	f.SetCellStr(qs, "E"+r1, "")
	f.SetCellStr(qs, "D"+r2, "")
	f.SetCellStr(qs, "E"+r2, "")
	for _, m := range [][2]string{{"D" + r1, "E" + r1}, {"C" + r2, "D" + r2}} {
		if err := f.MergeCell(qs, m[0], m[1]); err != nil {
			t.Fatal(err)
		}
	}
	res := readBytes(t, save(t, f), ReadOptions{Requirements: q.Requirements, Kind: q.Kind})
	if diff := cmp.Diff(riskassess.Answer{Value: No, Cell: qs + "!D" + r1}, res.Answers["Q-YN-02"]); diff != "" {
		t.Errorf("Q-YN-02 (-want +got):\n%s", diff)
	}
	if a, ok := res.Answers["Q-TX-01"]; ok {
		t.Errorf("Q-TX-01 read as %+v, want not answered (the question text is no answer)", a)
	}
}

// TestDuplicateColumn: a header row with a second answer or comment column
// (a 回答 column copied, a 備考 column added beside コメント・根拠, before or
// after it) is refused: reading only the first column dropped the answers
// or comments of the other without a word.
func TestDuplicateColumn(t *testing.T) {
	q := defaultQ()
	for _, tc := range []struct{ name, col, header, value, cell string }{
		{"answer copied after", "E", "回答 / Answer", "いいえ", "E1"},
		{"answer copied before", "D", "回答 / Answer", "いいえ", "E1"},
		{"notes after comments", "G", "備考", "社内メモ", "G1"},
		{"notes before comments", "E", "備考", "社内メモ", "F1"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			f := workbook(t, generate(t, q))
			if err := f.InsertCols(qs, tc.col, 1); err != nil {
				t.Fatal(err)
			}
			f.SetCellStr(qs, tc.col+"1", tc.header)
			f.SetCellStr(qs, tc.col+itoa(rowOf(t, f, qs, "Q-YN-02")), tc.value)
			b := save(t, f)
			res, err := Read(bytes.NewReader(b), int64(len(b)), ReadOptions{Requirements: q.Requirements, Kind: q.Kind})
			var ce *CellError
			if !errors.As(err, &ce) || ce.Code != ErrDuplicateColumn || ce.Sheet != qs || ce.Cell != tc.cell {
				t.Fatalf("Read = %v, %v; want %s at %s!%s", res, err, ErrDuplicateColumn, qs, tc.cell)
			}
			checkSaysOnce(t, ce)
		})
	}
}

// TestUnreadColumn: a generated questionnaire with something written in a
// question row of a column whose header names none of its columns (a
// column added with another header or none, or a cell right of the table)
// is refused: nothing there was read, so an answer typed in it was only
// "not answered" and a note beside an answer was dropped without a word.
func TestUnreadColumn(t *testing.T) {
	q := defaultQ()
	for _, tc := range []struct{ name, insert, header, col, value, cell string }{
		{"added with another header", "E", "回答補足", "E", "いいえ", "E"},
		{"added without a header", "E", "", "E", "いいえ", "E"},
		{"right of the table", "", "", "H", "社内メモ", "H"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			f := workbook(t, generate(t, q))
			if tc.insert != "" {
				if err := f.InsertCols(qs, tc.insert, 1); err != nil {
					t.Fatal(err)
				}
				f.SetCellStr(qs, tc.insert+"1", tc.header)
			}
			r := itoa(rowOf(t, f, qs, "Q-YN-02"))
			f.SetCellStr(qs, tc.col+r, tc.value)
			b := save(t, f)
			res, err := Read(bytes.NewReader(b), int64(len(b)), ReadOptions{Requirements: q.Requirements, Kind: q.Kind})
			var ce *CellError
			if !errors.As(err, &ce) || ce.Code != ErrDuplicateColumn || ce.Sheet != qs || ce.Cell != tc.cell+r {
				t.Fatalf("Read = %v, %v; want %s at %s!%s", res, err, ErrDuplicateColumn, qs, tc.cell+r)
			}
			checkSaysOnce(t, ce)
		})
	}
	// An added column with nothing written in the question rows is fine;
	// so is a cell there holding only spaces or a line break, a Windows
	// one (CR LF, stored as _x000D_) too: nothing is written in it.
	for _, blank := range []string{"", " \u3000", "\n", "\r\n"} {
		f := workbook(t, generate(t, q))
		if err := f.InsertCols(qs, "E", 1); err != nil {
			t.Fatal(err)
		}
		f.SetCellStr(qs, "E1", "回答補足")
		if blank != "" {
			f.SetCellStr(qs, "E"+itoa(rowOf(t, f, qs, "Q-YN-02")), blank)
		}
		b := save(t, f)
		if _, err := Read(bytes.NewReader(b), int64(len(b)), ReadOptions{Requirements: q.Requirements, Kind: q.Kind}); err != nil {
			t.Fatalf("added column holding %q: %v", blank, err)
		}
	}
}

// TestCommentHeaderLost: a generated questionnaire whose comment column
// lost its header (reworded, merged into the answer's header) is refused:
// reading it without comments dropped every comment typed and cleared the
// stored ones.
func TestCommentHeaderLost(t *testing.T) {
	q := defaultQ()
	for _, tc := range []struct {
		name string
		edit func(f *excelize.File)
	}{
		{"reworded", func(f *excelize.File) { f.SetCellStr(qs, "E1", "コメント（任意）") }},
		{"merged into the answer's", func(f *excelize.File) {
			f.SetCellStr(qs, "E1", "")
			if err := f.MergeCell(qs, "D1", "E1"); err != nil {
				t.Fatal(err)
			}
		}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			f := workbook(t, generate(t, q))
			tc.edit(f)
			f.SetCellStr(qs, "E"+itoa(rowOf(t, f, qs, "Q-YN-02")), "根拠資料あり")
			b := save(t, f)
			res, err := Read(bytes.NewReader(b), int64(len(b)), ReadOptions{Requirements: q.Requirements, Kind: q.Kind})
			var ce *CellError
			if !errors.As(err, &ce) || ce.Code != ErrMissingHeader || ce.Sheet != qs {
				t.Fatalf("Read = %v, %v; want %s on %s", res, err, ErrMissingHeader, qs)
			}
			checkSaysOnce(t, ce)
		})
	}
}

// TestMergedHiddenContent: LibreOffice can keep what cells covered by a
// merge held ("keep the contents of the hidden cells"): the pre-filled
// はい of the second row stays in the file, hidden under the いいえ merged
// over both rows. The reader reads what is shown: いいえ for both.
func TestMergedHiddenContent(t *testing.T) {
	q := defaultQ()
	f := workbook(t, generate(t, q))
	r1, r2 := itoa(rowOf(t, f, qs, "Q-YN-02")), itoa(rowOf(t, f, qs, "Q-YN-03"))
	f.SetCellStr(qs, "D"+r1, "いいえ")
	if err := f.MergeCell(qs, "D"+r1, "D"+r2); err != nil {
		t.Fatal(err)
	}
	// excelize writes into a merge's top-left cell: put the hidden はい
	// into the covered cell's XML, as LibreOffice keeps it.
	re := regexp.MustCompile(`<c r="D` + r2 + `"( s="\d+")?(?: t="\w+")?(?:/>|>.*?</c>)`)
	found := false
	b := rezip(t, save(t, f), func(name string, data []byte) []byte {
		if name != "xl/worksheets/sheet2.xml" {
			return nil
		}
		found = re.Match(data)
		return re.ReplaceAll(data, []byte(`<c r="D`+r2+`"$1 t="inlineStr"><is><t>はい</t></is></c>`))
	})
	if !found {
		t.Fatalf("cell D%s not found", r2)
	}
	res := readBytes(t, b, ReadOptions{Requirements: q.Requirements, Kind: q.Kind})
	for _, id := range []string{"Q-YN-02", "Q-YN-03"} {
		if got := res.Answers[id].Value; got != No {
			t.Errorf("%s = %q, want %q (shown by the merge)", id, got, No)
		}
	}
}

// TestFormulaCachedValue: a formula cell is read as its cached value and
// never recalculated.
func TestFormulaCachedValue(t *testing.T) {
	q := defaultQ()
	f := workbook(t, generate(t, q))
	r := rowOf(t, f, qs, "Q-YN-04")
	cell := "D" + strconv.Itoa(r)
	// The formula would give "いいえ" if evaluated; the cached value is はい.
	if err := f.SetCellFormula(qs, cell, `IF(1=1,"いいえ","はい")`); err != nil {
		t.Fatal(err)
	}
	b := save(t, f)
	b = setCachedValue(t, b, cell, "はい")
	res := readBytes(t, b, ReadOptions{Requirements: q.Requirements, Kind: q.Kind})
	if got := res.Answers["Q-YN-04"].Value; got != Yes {
		t.Errorf("formula answer = %q, want cached %q", got, Yes)
	}
}

// TestUnansweredKeepsAnswer: a question left blank whose entry had an
// answer says that answer is kept, and the merge keeps it.
func TestUnansweredKeepsAnswer(t *testing.T) {
	q := defaultQ()
	f := workbook(t, generate(t, q))
	r := itoa(rowOf(t, f, qs, "Q-YN-01"))
	f.SetCellStr(qs, "D"+r, "")
	f.SetCellStr(qs, "E"+r, "") // the pre-filled comment too
	res := readBytes(t, save(t, f), ReadOptions{Requirements: q.Requirements, Current: q.Entry.Base().Answers, Lang: "en"})
	for _, it := range res.Items {
		if it.ID != "Q-YN-01" {
			continue
		}
		if it.Status != StatusWarning || it.Previous != Yes || !strings.Contains(it.Message, `the current answer "Yes" is kept`) {
			t.Errorf("item %+v", it)
		}
		if m := res.Merge(); m.Answers["Q-YN-01"] != q.Entry.Base().Answers["Q-YN-01"] {
			t.Errorf("merged answer %+v, want the stored one", m.Answers["Q-YN-01"])
		}
		return
	}
	t.Fatal("Q-YN-01 not listed")
}
