package xlsx

import (
	"strings"
	"testing"

	"github.com/xuri/excelize/v2"
)

// TestNoQuestionIDRow: in a generated questionnaire, an answer or comment
// written in a row without a question ID (a row the vendor inserted under
// its question, a line after the last question, a row whose ID was
// cleared or overwritten) is refused at its cell (ErrNoQuestionID): it
// was dropped with no more than "not answered", and the file recorded
// without it (a caveat to a はい lost). Nearby legitimate input still
// reads: blank inserted rows, a note in the ID column, an answer merged
// down over an inserted row, multi-line comments on the question's row,
// 以上 (end) under the last question, also in brackets or with a polite
// ending (（以上）, 【以上】, 以上になります).
func TestNoQuestionIDRow(t *testing.T) {
	q := defaultQ()
	for _, tc := range []struct {
		name string
		// edit changes the filled workbook and returns the cells that
		// must be refused.
		edit func(t *testing.T, f *excelize.File) []string
	}{
		{"answer typed in an inserted row", func(t *testing.T, f *excelize.File) []string {
			r := insertRowAfter(t, f, "Q-YN-02")
			f.SetCellStr(qs, "D"+itoa(r), "はい")
			return []string{"D" + itoa(r)}
		}},
		{"caveat typed in an inserted row", func(t *testing.T, f *excelize.File) []string {
			setAnswer(t, f, qs, "Q-YN-02", "はい")
			r := insertRowAfter(t, f, "Q-YN-02")
			f.SetCellStr(qs, "E"+itoa(r), "ただし夜間・休日は除く")
			return []string{"E" + itoa(r)}
		}},
		{"text after 以上 under the last question", func(t *testing.T, f *excelize.File) []string {
			rows, _ := f.GetRows(qs)
			r := len(rows) + 1
			f.SetCellStr(qs, "E"+itoa(r), "以上です。なお夜間は対象外")
			f.SetCellStr(qs, "D"+itoa(r+1), "以上の通り、いいえ")
			return []string{"E" + itoa(r), "D" + itoa(r+1)}
		}},
		{"content beyond a closing formula", func(t *testing.T, f *excelize.File) []string {
			rows, _ := f.GetRows(qs)
			r := len(rows) + 1
			f.SetCellStr(qs, "E"+itoa(r), "以上、Q-YN-02 は対象外")
			f.SetCellStr(qs, "E"+itoa(r+1), "以上の通り有償のみ")
			f.SetCellStr(qs, "D"+itoa(r+2), "（以上）はい")
			return []string{"E" + itoa(r), "E" + itoa(r+1), "D" + itoa(r+2)}
		}},
		{"answer and comment after the last question", func(t *testing.T, f *excelize.File) []string {
			rows, _ := f.GetRows(qs)
			r := len(rows) + 1
			f.SetCellStr(qs, "D"+itoa(r), "いいえ")
			f.SetCellStr(qs, "E"+itoa(r), "以上、よろしくお願いします。\n補足は別紙")
			return []string{"D" + itoa(r), "E" + itoa(r)}
		}},
		{"ID cleared", func(t *testing.T, f *excelize.File) []string {
			cell := setAnswer(t, f, qs, "Q-YN-03", "いいえ")
			f.SetCellStr(qs, "A"+strings.TrimPrefix(cell, "D"), "")
			return []string{cell}
		}},
		{"ID overwritten with a note", func(t *testing.T, f *excelize.File) []string {
			cell := setAnswer(t, f, qs, "Q-YN-03", true) // TRUE typed in Google Sheets
			// A note naming no question (one naming it: TestIDColumnNote).
			f.SetCellStr(qs, "A"+strings.TrimPrefix(cell, "D"), "要確認 （担当者に照会中）")
			return []string{cell}
		}},
		{"caveat typed in the question column of an inserted row", func(t *testing.T, f *excelize.File) []string {
			setAnswer(t, f, qs, "Q-YN-01", "はい")
			r := insertRowAfter(t, f, "Q-YN-01")
			f.SetCellStr(qs, "C"+itoa(r), "※補足：Q-YN-01 は有償プランのみ。無償プランでは学習に利用します")
			return []string{"C" + itoa(r)}
		}},
		{"caveat typed in the category column of an inserted row", func(t *testing.T, f *excelize.File) []string {
			setAnswer(t, f, qs, "Q-YN-02", "はい")
			r := insertRowAfter(t, f, "Q-YN-02")
			f.SetCellStr(qs, "B"+itoa(r), "ただし夜間・休日は除く")
			return []string{"B" + itoa(r)}
		}},
		{"caveat in a column added without a header", func(t *testing.T, f *excelize.File) []string {
			setAnswer(t, f, qs, "Q-YN-02", "はい")
			r := insertRowAfter(t, f, "Q-YN-02")
			f.SetCellStr(qs, "H"+itoa(r), "ただし夜間・休日は除く")
			return []string{"H" + itoa(r)}
		}},
		{"number answer in an inserted row", func(t *testing.T, f *excelize.File) []string {
			r := insertRowAfter(t, f, "Q-NUM-02")
			f.SetCellValue(qs, "D"+itoa(r), 99.9)
			return []string{"D" + itoa(r)}
		}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			f := workbook(t, generate(t, q))
			want := tc.edit(t, f)
			res := readBytes(t, save(t, f), ReadOptions{Requirements: q.Requirements, Kind: q.Kind})
			if !res.HasErrors() {
				t.Error("no error: the workbook would be recorded without what the vendor wrote")
			}
			got := noQuestionIDCells(t, res, true, func(cell, ja, en string) bool {
				return strings.HasPrefix(ja, qs+"!"+cell+": ") && strings.Contains(ja, "質問の行の回答欄・コメント欄に移し") &&
					strings.Contains(en, "move it to the answer or comment cell of the question's own row")
			})
			if strings.Join(got, ",") != strings.Join(want, ",") {
				t.Errorf("refused at %v, want %v", got, want)
			}
		})
	}

	// Nearby legitimate input: read as before, without ErrNoQuestionID.
	t.Run("legitimate", func(t *testing.T) {
		f := workbook(t, generate(t, q))
		setAnswer(t, f, qs, "Q-YN-01", "はい")
		setAnswer(t, f, qs, "Q-YN-07", "○")
		setAnswer(t, f, qs, "Q-YN-19", "ＹＥＳ")
		setAnswer(t, f, qs, "Q-DT-02", "令和8年4月1日")
		r := rowOf(t, f, qs, "Q-TX-01")
		f.SetCellStr(qs, "D"+itoa(r), "1行目\n2行目")
		f.SetCellStr(qs, "E"+itoa(r), "補足1\r\n補足2")
		// A blank inserted row, and a note row (the note in the ID
		// column, as the docs allow).
		insertRowAfter(t, f, "Q-YN-01")
		n := insertRowAfter(t, f, "Q-YN-07")
		f.SetCellStr(qs, "A"+itoa(n), "※ 以下は当社の補足です")
		// A note row merged across the row from the ID column, and a
		// reference typed in the 参照 column of an inserted row.
		mn := insertRowAfter(t, f, "Q-YN-02")
		f.SetCellStr(qs, "A"+itoa(mn), "※ 次の質問は契約書第5条を参照")
		if err := f.MergeCell(qs, "A"+itoa(mn), "E"+itoa(mn)); err != nil {
			t.Fatal(err)
		}
		rf := insertRowAfter(t, f, "Q-YN-03")
		f.SetCellStr(qs, "F"+itoa(rf), "REQ-X (第5条)")
		// An answer merged down over an inserted row: the covered cell
		// shows nothing of its own.
		m := insertRowAfter(t, f, "Q-YN-04")
		f.SetCellStr(qs, "D"+itoa(m-1), "いいえ")
		if err := f.MergeCell(qs, "D"+itoa(m-1), "D"+itoa(m)); err != nil {
			t.Fatal(err)
		}
		// 以上 (end) typed under the last question closes the document.
		rows, _ := f.GetRows(qs)
		f.SetCellStr(qs, "E"+itoa(len(rows)+1), "以上")
		// ... as it is typed: with punctuation, spaces, dashes or a
		// polite ending, in the answer column too.
		for i, v := range []string{"以上。", "以　上", "以上です", "－以上－", "― 以上 ―", "以上でございます。", "ー 以上 ー",
			"（以上）", "(以上)", "【以上】", "以上になります", "以上となります。", "（以上です）", "［ 以上 ］"} {
			col := "E"
			if i%2 == 1 {
				col = "D"
			}
			f.SetCellStr(qs, col+itoa(len(rows)+2+i), v)
		}
		res := readBytes(t, save(t, f), ReadOptions{Requirements: q.Requirements, Kind: q.Kind})
		for _, p := range res.Problems {
			if p.Severity() == SeverityError {
				t.Errorf("error: %v", p)
			}
		}
		for id, want := range map[string]string{"Q-YN-01": Yes, "Q-YN-07": Yes, "Q-YN-19": Yes, "Q-YN-04": No, "Q-DT-02": "2026-04-01", "Q-TX-01": "1行目\n2行目"} {
			if got := res.Answers[id].Value; got != want {
				t.Errorf("%s = %q, want %q", id, got, want)
			}
		}
		if got := res.Answers["Q-TX-01"].Comment; got != "補足1\n補足2" {
			t.Errorf("Q-TX-01 comment %q", got)
		}
	})
}

// TestClosingMark: the closing formulas of a Japanese document are closing
// marks (no answer); 以上 with anything more is not.
func TestClosingMark(t *testing.T) {
	for _, v := range []string{"以上", "以上。", "以　上", "以上です", "－以上－", "― 以上 ―", "以上でございます。",
		"（以上）", "(以上)", "【以上】", "以上になります", "以上となります", "以上になります。", "（以上）。", "「以上」",
		"〔以上〕", "＜以上＞", "（以上です）", "【 以上 】"} {
		if !closingMark(v) {
			t.Errorf("closingMark(%q) = false, want true", v)
		}
	}
	for _, v := range []string{"以上、Q-CLD-11 は対象外", "以上の通り有償のみ", "以上の通り", "（以上）はい", "はい（以上）",
		"以上です。なお夜間は対象外", "（以上", "以上）", "【以上）", "です", "（）", "", "以下", "以上以上", "以上になりますか"} {
		if closingMark(v) {
			t.Errorf("closingMark(%q) = true, want false", v)
		}
	}
}

// insertRowAfter inserts a row on the questions sheet under question id's
// row and returns its number.
func insertRowAfter(t *testing.T, f *excelize.File, id string) int {
	t.Helper()
	r := rowOf(t, f, qs, id) + 1
	if err := f.InsertRows(qs, r, 1); err != nil {
		t.Fatal(err)
	}
	return r
}

// noQuestionIDCells returns the cells of res's ErrNoQuestionID problems in
// order, checking that each message says nothing twice and that ok holds
// for the messages (Japanese, English) of each problem, or of the first
// only unless every is set.
func noQuestionIDCells(t *testing.T, res *Result, every bool, ok func(cell, ja, en string) bool) []string {
	t.Helper()
	var got []string
	for _, p := range res.Problems {
		if p.Code != ErrNoQuestionID {
			continue
		}
		got = append(got, p.Cell)
		checkSaysOnce(t, p)
		if len(got) > 1 && !every {
			continue
		}
		if ja, en := p.Message("ja"), p.Message("en"); !ok(p.Cell, ja, en) {
			t.Errorf("messages:\n%s\n%s", ja, en)
		}
	}
	return got
}
