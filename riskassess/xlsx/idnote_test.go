package xlsx

import (
	"fmt"
	"strings"
	"testing"

	"github.com/gikai-sec/riskregister/riskassess"
	"github.com/xuri/excelize/v2"
)

// TestIDColumnNote: in a generated questionnaire, text in the ID column
// that names one of the questions the workbook was sent with, but is not
// that ID alone, is refused at the ID cell (ErrNoQuestionID). A caveat
// typed there in an inserted row (※Q-YN-02 は有償プランのみ) was skipped
// as a note and the はい above it recorded alone; a question's own ID with
// a note appended (Q-YN-02 有償のみ, Q-YN-02（一部対応）) made its row no
// question (or an unknown one), so its answer was dropped with no more
// than "missing question" and the note without a word.
func TestIDColumnNote(t *testing.T) {
	q := defaultQ()
	const (
		note = "すぐ上の質問「Q-YN-02」の行のコメント欄（E3）に移し、挿入した行を削除して"
		own  = "A列は「Q-YN-02」だけに戻し、補足はコメント欄に移して"
	)
	for _, tc := range []struct {
		name string
		// edit changes the filled workbook and returns the cells that
		// must be refused.
		edit func(t *testing.T, f *excelize.File) []string
		// ja is in the message of the refusal at the first cell.
		ja, en string
	}{
		{"caveat with ※ in an inserted row", func(t *testing.T, f *excelize.File) []string {
			setAnswer(t, f, qs, "Q-YN-02", "はい")
			r := insertRowAfter(t, f, "Q-YN-02")
			f.SetCellStr(qs, "A"+itoa(r), "※Q-YN-02 は有償プランのみ")
			return []string{"A" + itoa(r)}
		}, note, "move it to the comment cell of the question Q-YN-02 directly above (E3)"},
		{"caveat after the ID in an inserted row", func(t *testing.T, f *excelize.File) []string {
			setAnswer(t, f, qs, "Q-YN-02", "はい")
			r := insertRowAfter(t, f, "Q-YN-02")
			f.SetCellStr(qs, "A"+itoa(r), "Q-YN-02 補足：有償プランのみ対応")
			return []string{"A" + itoa(r)}
		}, note, "move it to the comment cell of the question Q-YN-02 directly above (E3)"},
		{"caveat after the ID without a space in an inserted row, comment beside it", func(t *testing.T, f *excelize.File) []string {
			setAnswer(t, f, qs, "Q-YN-02", "はい")
			r := insertRowAfter(t, f, "Q-YN-02")
			f.SetCellStr(qs, "A"+itoa(r), "Q-YN-02※")
			f.SetCellStr(qs, "E"+itoa(r), "有償プランのみ")
			return []string{"A" + itoa(r), "E" + itoa(r)}
		}, note, "move it to the comment cell of the question Q-YN-02 directly above (E3)"},
		{"note merged across an inserted row", func(t *testing.T, f *excelize.File) []string {
			setAnswer(t, f, qs, "Q-YN-02", "はい")
			r := insertRowAfter(t, f, "Q-YN-02")
			f.SetCellStr(qs, "A"+itoa(r), "※ 上記 Q-YN-02 は夜間を除く")
			if err := f.MergeCell(qs, "A"+itoa(r), "E"+itoa(r)); err != nil {
				t.Fatal(err)
			}
			return []string{"A" + itoa(r)}
		}, note, "move it to the comment cell of the question Q-YN-02 directly above (E3)"},
		{"ID with a note after a space", func(t *testing.T, f *excelize.File) []string {
			cell := setAnswer(t, f, qs, "Q-YN-02", "はい")
			a := "A" + strings.TrimPrefix(cell, "D")
			f.SetCellStr(qs, a, "Q-YN-02 有償のみ")
			return []string{a}
		}, own, "leave Q-YN-02 alone in column A, move the note to the comment cell"},
		{"ID with a note after a full-width space", func(t *testing.T, f *excelize.File) []string {
			cell := setAnswer(t, f, qs, "Q-YN-02", "はい")
			a := "A" + strings.TrimPrefix(cell, "D")
			f.SetCellStr(qs, a, "Q-YN-02\u3000※要確認")
			return []string{a}
		}, own, "leave Q-YN-02 alone in column A"},
		{"ID with a note in brackets", func(t *testing.T, f *excelize.File) []string {
			cell := setAnswer(t, f, qs, "Q-YN-02", "はい")
			a := "A" + strings.TrimPrefix(cell, "D")
			f.SetCellStr(qs, a, "Q-YN-02（一部対応）")
			return []string{a}
		}, own, "leave Q-YN-02 alone in column A"},
		{"ID typed by hand with a note in brackets", func(t *testing.T, f *excelize.File) []string {
			cell := setAnswer(t, f, qs, "Q-YN-02", "はい")
			a := "A" + strings.TrimPrefix(cell, "D")
			f.SetCellStr(qs, a, "ｑ－ｙｎ－０２(一部対応)")
			return []string{a}
		}, own, "leave Q-YN-02 alone in column A"},
		{"ID after a note", func(t *testing.T, f *excelize.File) []string {
			cell := setAnswer(t, f, qs, "Q-YN-02", "はい")
			a := "A" + strings.TrimPrefix(cell, "D")
			f.SetCellStr(qs, a, "※Q-YN-02 要確認")
			return []string{a}
		}, own, "leave Q-YN-02 alone in column A"},
		{"ID with a note on a second line", func(t *testing.T, f *excelize.File) []string {
			cell := setAnswer(t, f, qs, "Q-YN-02", "はい")
			a := "A" + strings.TrimPrefix(cell, "D")
			f.SetCellStr(qs, a, "Q-YN-02\n有償のみ")
			return []string{a}
		}, own, "leave Q-YN-02 alone in column A"},
		{"ID overwritten with a note naming another question", func(t *testing.T, f *excelize.File) []string {
			cell := setAnswer(t, f, qs, "Q-YN-03", "はい")
			a := "A" + strings.TrimPrefix(cell, "D")
			f.SetCellStr(qs, a, "Q-YN-02 と同じ")
			return []string{a}
		}, "A列は「Q-YN-03」だけに戻し", "leave Q-YN-03 alone in column A"},
		{"closing line naming a question, in the ID column", func(t *testing.T, f *excelize.File) []string {
			setAnswer(t, f, qs, "Q-YN-02", "はい")
			rows, _ := f.GetRows(qs)
			r := len(rows) + 1
			f.SetCellStr(qs, "A"+itoa(r), "以上、Q-YN-02 は対象外")
			return []string{"A" + itoa(r)}
		}, "質問「Q-YN-02」のことであれば「Q-YN-02」の行のコメント欄に移し", "or to the comment cell of question Q-YN-02's own row if it is about question Q-YN-02"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			f := workbook(t, generate(t, q))
			want := tc.edit(t, f)
			res := readBytes(t, save(t, f), ReadOptions{Requirements: q.Requirements, Kind: q.Kind})
			if !res.HasErrors() {
				t.Error("no error: the workbook would be recorded without what the vendor wrote")
			}
			got := noQuestionIDCells(t, res, false, func(cell, ja, en string) bool {
				return strings.HasPrefix(ja, qs+"!"+cell+": ") && strings.Contains(ja, tc.ja) && strings.Contains(en, tc.en)
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
		setAnswer(t, f, qs, "Q-YN-02", "いいえ")
		// Notes and banners naming no question, in inserted rows (those
		// without a space read as unknown questions: a warning).
		for _, v := range []string{"※ 以下は当社の補足です", "【回答にあたって】", "（当社補足） この下は別紙参照", "ISO/IEC 27001 認証書は別紙",
			"Q-YN-0 系の質問", "XQ-YN-02", "Q-YN-020"} {
			r := insertRowAfter(t, f, "Q-YN-01")
			f.SetCellStr(qs, "A"+itoa(r), v)
		}
		// A closing mark in the ID column under the last question.
		rows, _ := f.GetRows(qs)
		f.SetCellStr(qs, "A"+itoa(len(rows)+1), "以上")
		f.SetCellStr(qs, "A"+itoa(len(rows)+2), "（以上）")
		// A title above the header naming questions.
		if err := f.InsertRows(qs, 1, 2); err != nil {
			t.Fatal(err)
		}
		f.SetCellStr(qs, "A1", "確認票 Q-YN-01～Q-YN-19（回答済み）")
		res := readBytes(t, save(t, f), ReadOptions{Requirements: q.Requirements, Kind: q.Kind})
		for _, p := range res.Problems {
			if p.Severity() == SeverityError {
				t.Errorf("error: %v", p)
			}
		}
		for id, want := range map[string]string{"Q-YN-01": Yes, "Q-YN-02": No} {
			if got := res.Answers[id].Value; got != want {
				t.Errorf("%s = %q, want %q", id, got, want)
			}
		}
	})

	// An ID edited into one not sent and naming none (Q-YN-99) is still
	// an unknown question (a warning), not refused here.
	t.Run("unknown ID", func(t *testing.T) {
		f := workbook(t, generate(t, q))
		cell := setAnswer(t, f, qs, "Q-YN-02", "はい")
		f.SetCellStr(qs, "A"+strings.TrimPrefix(cell, "D"), "Q-YN-99")
		res := readBytes(t, save(t, f), ReadOptions{Requirements: q.Requirements, Kind: q.Kind})
		var extra bool
		for _, p := range res.Problems {
			if p.Code == ErrNoQuestionID {
				t.Errorf("refused: %v", p)
			}
			extra = extra || p.Code == ErrExtraQuestion && p.Value == "Q-YN-99"
		}
		if !extra {
			t.Errorf("no extra unknown question: %v", res.Problems)
		}
	})
}

// TestNamedQuestion: a question ID is named as a whole word, the earliest
// and then the longest.
func TestNamedQuestion(t *testing.T) {
	ids := map[string]string{"Q-1": "Q-1", "Q-1-2": "Q-1-2", "Q-10": "Q-10", "Q-2": "Q-2"}
	for _, tc := range []struct {
		s, id string
		at    int
	}{
		{"Q-1", "Q-1", 0},
		{"Q-1 有償のみ", "Q-1", 0},
		{"Q-1(一部対応)", "Q-1", 0},
		{"Q-1※", "Q-1", 0},
		{"Q-1-2 補足", "Q-1-2", 0},
		{"Q-10", "Q-10", 0},
		{"※Q-2 と Q-1 は", "Q-2", len("※")},
		{"XQ-1 Q-2", "Q-2", 5},
		{"Q-100", "", -1},
		{"Q-1A", "", -1},
		{"AQ-10", "", -1},
		{"※ 以下は補足", "", -1},
	} {
		if id, at := namedQuestion(tc.s, ids); id != tc.id || at != tc.at {
			t.Errorf("namedQuestion(%q) = %q, %d; want %q, %d", tc.s, id, at, tc.id, tc.at)
		}
	}
}

// TestIDColumnNoteBook: the same in a SelfCheckBook, where a question ID
// is on a row of every entry it asks: a note appended to the ID of one
// entry's row, and a caveat naming a question in an inserted row, are
// refused at the ID cell; the filled book still reads.
func TestIDColumnNoteBook(t *testing.T) {
	b := testBook()
	read := func(t *testing.T, edit func(f *excelize.File) string) (*Result, string) {
		f := workbook(t, writeBook(t, b))
		fillBook(t, f)
		want := edit(f)
		return readBytes(t, save(t, f), ReadOptions{Requirements: b.Requirements, Register: b.Register, CatalogueVersion: testVersion}), want
	}
	for _, tc := range []struct {
		name string
		edit func(f *excelize.File) string
		ja   string
	}{
		{"ID with a note", func(f *excelize.File) string {
			a := "A" + itoa(bookRow(t, f, qs, "contractor/beta", "Q-OUT-SELF"))
			f.SetCellStr(qs, a, "Q-OUT-SELF（選定前）")
			return a
		}, "A列は「Q-OUT-SELF」だけに戻し"},
		{"caveat in an inserted row", func(f *excelize.File) string {
			r := bookRow(t, f, qs, "contractor/acme", "Q-OUT-SELF") + 1
			if err := f.InsertRows(qs, r, 1); err != nil {
				t.Fatal(err)
			}
			f.SetCellStr(qs, "A"+itoa(r), "※Q-OUT-SELF は令和8年度から")
			return "A" + itoa(r)
		}, "すぐ上のエントリ「contractor/acme」の「Q-OUT-SELF」の行のコメント欄（G"},
		{"row copied with its question", func(f *excelize.File) string {
			src := bookRow(t, f, qs, "contractor/acme", "Q-OUT-SELF")
			r := src + 1
			if err := f.InsertRows(qs, r, 1); err != nil {
				t.Fatal(err)
			}
			for _, col := range []string{"B", "C", "D", "E"} {
				v, _ := f.GetCellValue(qs, col+itoa(src))
				f.SetCellStr(qs, col+itoa(r), v)
			}
			f.SetCellStr(qs, "A"+itoa(r), "Q-OUT-SELF 補足")
			return "A" + itoa(r)
		}, "すぐ上のエントリ「contractor/acme」の「Q-OUT-SELF」の行のコメント欄（G"},
		{"heading naming several questions", func(f *excelize.File) string {
			r := bookRow(t, f, qs, "contractor/acme", "Q-OUT-SELF") + 1
			if err := f.InsertRows(qs, r, 1); err != nil {
				t.Fatal(err)
			}
			f.SetCellStr(qs, "A"+itoa(r), "■ 議会公式X（Q-SNS-01・Q-OUT-SELF）")
			return "A" + itoa(r)
		}, "複数の質問（「Q-SNS-01」「Q-OUT-SELF」）"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			res, want := read(t, tc.edit)
			var got []string
			for _, p := range res.Problems {
				if p.Code == ErrNoQuestionID {
					got = append(got, p.Cell)
					if !strings.Contains(p.Message("ja"), tc.ja) {
						t.Errorf("message: %s", p.Message("ja"))
					}
				}
			}
			if !res.HasErrors() || strings.Join(got, ",") != want {
				t.Errorf("refused at %v, want %s", got, want)
			}
		})
	}
	t.Run("filled in", func(t *testing.T) {
		res, _ := read(t, func(f *excelize.File) string { return "" })
		for _, p := range res.Problems {
			if p.Severity() == SeverityError {
				t.Errorf("error: %v", p)
			}
		}
	})
}

// TestIDColumnNoteCase: the ID to restore is named as it was sent, in
// its own case (an ID with lower-case letters, matched whatever the case
// typed).
func TestIDColumnNoteCase(t *testing.T) {
	q := defaultQ()
	q.Requirements = append(q.Requirements, riskassess.Requirement{ID: "Gikai-01", Kinds: []riskassess.Kind{riskassess.KindContractor},
		Category: riskassess.T("議会固有", "Council"), Clause: "6(8)", Severity: riskassess.SeverityHigh, AttestedBy: riskassess.AttestVendor,
		Question: &riskassess.Question{ID: "Q-Gikai-01", Type: riskassess.AnswerYesNo, Text: riskassess.T("議会の質問です。", "A council question.")}})
	f := workbook(t, generate(t, q))
	cell := setAnswer(t, f, qs, "Q-Gikai-01", "はい")
	a := "A" + strings.TrimPrefix(cell, "D")
	f.SetCellStr(qs, a, "q-gikai-01（有償のみ）")
	r := rowOf(t, f, qs, "Q-YN-01") + 1
	if err := f.InsertRows(qs, r, 1); err != nil {
		t.Fatal(err)
	}
	a = "A" + itoa(rowOf(t, f, qs, "q-gikai-01（有償のみ）"))
	f.SetCellStr(qs, "A"+itoa(r), "※q-gikai-01 は有償のみ")
	res := readBytes(t, save(t, f), ReadOptions{Requirements: q.Requirements, Kind: q.Kind})
	var got []string
	for _, p := range res.Problems {
		if p.Code == ErrNoQuestionID {
			got = append(got, p.Cell)
			if ja := p.Message("ja"); !strings.Contains(ja, "「Q-Gikai-01」") || strings.Contains(ja, "「Q-GIKAI-01」") {
				t.Errorf("message: %s", ja)
			}
		}
	}
	if strings.Join(got, ",") != "A"+itoa(r)+","+a {
		t.Errorf("refused at %v, want A%d,%s", got, r, a)
	}
}

// oldWorkbook returns the workbook of q as made before the question
// digests (and the organisation) were recorded in _meta: no digests, the
// checksum without them.
func oldWorkbook(t *testing.T, q *Questionnaire) *excelize.File {
	t.Helper()
	old := readBytes(t, generate(t, q), ReadOptions{Requirements: q.Requirements, Kind: q.Kind}).Meta
	f := workbook(t, generate(t, q))
	dropMetaOrg(t, f)
	rows, err := f.GetRows(MetaSheet)
	if err != nil {
		t.Fatal(err)
	}
	for i, row := range rows {
		if len(row) > 2 {
			f.SetCellStr(MetaSheet, "C"+itoa(i+1), "")
		}
		if len(row) > 0 && row[0] == "checksum" {
			f.SetCellStr(MetaSheet, "B"+itoa(i+1), Checksum(q.Kind, "acme", testVersion, old.QuestionIDs))
		}
	}
	return f
}

// TestIDColumnNoteOwnRow: the reader's inputs (r34a). In a workbook made
// before the question digests were recorded, a question's own row with a
// note in its ID cell (Q-YN-02 有償のみ; Q-YN-02 と同じ typed over the ID
// of Q-YN-03) was taken for an inserted row, whose message said to delete
// it, losing its はい: it is now known by the catalogue's text of a sent
// question or, that changed, as the row of a sent question with no row of
// its own. A row copied with its question (Excel's "insert copied
// cells": Q-YN-02 補足, category and question as row Q-YN-02) was taken
// for the question's own row, and restoring its ID as asked made a
// duplicate: it is an inserted row. A caveat naming another question than
// the one directly above names that row's comment cell too; a heading or
// footer naming a range or several questions lists them and says to
// delete a heading or copy a caveat to each question's comment.
func TestIDColumnNoteOwnRow(t *testing.T) {
	q := defaultQ()
	opts := ReadOptions{Requirements: q.Requirements, Kind: q.Kind}
	ownRow := func(t *testing.T, f *excelize.File, id, note string) string {
		a := "A" + strings.TrimPrefix(setAnswer(t, f, qs, id, "はい"), "D")
		f.SetCellStr(qs, a, note)
		return a
	}
	copied := func(t *testing.T, f *excelize.File) []string {
		src := rowOf(t, f, qs, "Q-YN-02")
		setAnswer(t, f, qs, "Q-YN-02", "はい")
		r := insertRowAfter(t, f, "Q-YN-02")
		for _, col := range []string{"B", "C"} {
			v, _ := f.GetCellValue(qs, col+itoa(src))
			f.SetCellStr(qs, col+itoa(r), v)
		}
		f.SetCellStr(qs, "A"+itoa(r), "Q-YN-02 補足")
		f.SetCellStr(qs, "E"+itoa(r), "有償プランのみ")
		return []string{"A" + itoa(r), "E" + itoa(r)}
	}
	for _, tc := range []struct {
		name string
		old  bool
		edit func(t *testing.T, f *excelize.File) []string
		// ja and en are in the message of the refusal at the first cell;
		// notJa is not.
		ja, en, notJa string
	}{
		{"older workbook, ID with a note", true, func(t *testing.T, f *excelize.File) []string {
			return []string{ownRow(t, f, "Q-YN-02", "Q-YN-02 有償のみ")}
		}, "A列は「Q-YN-02」だけに戻し", "leave Q-YN-02 alone in column A", "削除"},
		{"older workbook, ID overwritten with a note naming another question", true, func(t *testing.T, f *excelize.File) []string {
			return []string{ownRow(t, f, "Q-YN-03", "Q-YN-02 と同じ")}
		}, "A列は「Q-YN-03」だけに戻し", "leave Q-YN-03 alone in column A", "削除"},
		{"older workbook, question reworded since, ID overwritten", true, func(t *testing.T, f *excelize.File) []string {
			a := ownRow(t, f, "Q-YN-03", "Q-YN-02 と同じ")
			f.SetCellStr(qs, "C"+a[1:], "送付時の質問文（その後カタログで改訂）")
			return []string{a}
		}, "A列は「Q-YN-03」だけに戻し", "leave Q-YN-03 alone in column A", "削除"},
		{"older workbook, a question row deleted elsewhere, caveat with text in the question column", true, func(t *testing.T, f *excelize.File) []string {
			if err := f.RemoveRow(qs, rowOf(t, f, qs, "Q-YN-10")); err != nil {
				t.Fatal(err)
			}
			setAnswer(t, f, qs, "Q-YN-02", "はい")
			r := insertRowAfter(t, f, "Q-YN-02")
			f.SetCellStr(qs, "A"+itoa(r), "※Q-YN-02 は有償プランのみ")
			f.SetCellStr(qs, "C"+itoa(r), "有償プランのみ")
			return []string{"A" + itoa(r), "C" + itoa(r)}
		}, "すぐ上の質問「Q-YN-02」の行のコメント欄（E3）に移し、挿入した行を削除", "delete the inserted row", "戻し"},
		{"older workbook, caveat in an inserted row", true, func(t *testing.T, f *excelize.File) []string {
			setAnswer(t, f, qs, "Q-YN-02", "はい")
			r := insertRowAfter(t, f, "Q-YN-02")
			f.SetCellStr(qs, "A"+itoa(r), "※Q-YN-02 は有償プランのみ")
			return []string{"A" + itoa(r)}
		}, "すぐ上の質問「Q-YN-02」の行のコメント欄（E3）に移し、挿入した行を削除", "move it to the comment cell of the question Q-YN-02 directly above (E3)", "戻し"},
		{"row copied with its question", false, copied,
			"すぐ上の質問「Q-YN-02」の行のコメント欄（E3）に移し、挿入した行を削除", "delete the inserted row", "戻し"},
		{"older workbook, row copied with its question", true, copied,
			"すぐ上の質問「Q-YN-02」の行のコメント欄（E3）に移し、挿入した行を削除", "delete the inserted row", "戻し"},
		{"caveat under another question than the one it names", false, func(t *testing.T, f *excelize.File) []string {
			setAnswer(t, f, qs, "Q-YN-03", "はい")
			r := insertRowAfter(t, f, "Q-YN-03")
			f.SetCellStr(qs, "A"+itoa(r), "※ 回答は Q-YN-02 と同じ（同一契約のため）")
			return []string{"A" + itoa(r)}
		}, "すぐ上の質問「Q-YN-03」のことなら E4 に、質問「Q-YN-02」のことであれば「Q-YN-02」の行のコメント欄に移し",
			"move it to the comment cell of the question Q-YN-03 directly above (E4) if it is about that question, or to the comment cell of question Q-YN-02's own row", ""},
		{"caveat naming two questions", false, func(t *testing.T, f *excelize.File) []string {
			r := insertRowAfter(t, f, "Q-YN-03")
			f.SetCellStr(qs, "A"+itoa(r), "※Q-YN-03 と Q-YN-02 は有償プランのみ")
			return []string{"A" + itoa(r)}
		}, "複数の質問（「Q-YN-03」「Q-YN-02」）に触れる記入があります", "names several questions (Q-YN-03, Q-YN-02)", "質問「Q-YN-03」の行のコメント欄に移し"},
		{"heading naming a range", false, func(t *testing.T, f *excelize.File) []string {
			r := insertRowAfter(t, f, "Q-YN-01")
			f.SetCellStr(qs, "A"+itoa(r), "■ 選定条件（Q-YN-02～Q-YN-04）")
			return []string{"A" + itoa(r)}
		}, "見出しだけであれば削除し、補足であれば当てはまる各質問の行のコメント欄に写し、この行を削除",
			"names several questions (Q-YN-02, Q-YN-03, Q-YN-04), but nothing in the ID column is read, so it would not go with their answers: if it is only a heading, delete it; if it is a caveat, copy it to the comment cell of each question it is about, delete this row", "すぐ上"},
		{"caveat naming the question above and another", false, func(t *testing.T, f *excelize.File) []string {
			r := insertRowAfter(t, f, "Q-YN-03")
			f.SetCellStr(qs, "A"+itoa(r), "※Q-YN-02、Q-YN-03 は有償プランのみ")
			return []string{"A" + itoa(r)}
		}, "写し（すぐ上の質問「Q-YN-03」なら E4）", "(E4 for the question Q-YN-03 directly above)", ""},
		// The reader's inputs (r34d): a short list or a requirement range
		// named only its first question; a date after ～ was a range; the
		// question above, not named, was offered as the place.
		{"caveat naming a short list", false, func(t *testing.T, f *excelize.File) []string {
			r := insertRowAfter(t, f, "Q-YN-03")
			f.SetCellStr(qs, "A"+itoa(r), "※Q-YN-02、03 は有償プランのみ")
			return []string{"A" + itoa(r)}
		}, "複数の質問（「Q-YN-02」「Q-YN-03」）", "names several questions (Q-YN-02, Q-YN-03)", ""},
		{"caveat naming a range of requirements by their numbers", false, func(t *testing.T, f *excelize.File) []string {
			r := insertRowAfter(t, f, "Q-YN-04")
			f.SetCellStr(qs, "A"+itoa(r), "※YN-02～04 は有償プランのみ")
			return []string{"A" + itoa(r)}
		}, "複数の質問（「Q-YN-02」「Q-YN-03」「Q-YN-04」）", "names several questions (Q-YN-02, Q-YN-03, Q-YN-04), but nothing in the ID column is read, so it would not go with their answers: if it is only a heading, delete it; if it is a caveat, copy it to the comment cell of each question it is about (E5 for the question Q-YN-04 directly above)", ""},
		{"caveat naming a range of requirements", false, func(t *testing.T, f *excelize.File) []string {
			r := insertRowAfter(t, f, "Q-YN-01")
			f.SetCellStr(qs, "A"+itoa(r), "※YN-02～YN-03 は有償プランのみ")
			return []string{"A" + itoa(r)}
		}, "複数の質問（「Q-YN-02」「Q-YN-03」）", "names several questions (Q-YN-02, Q-YN-03)", "すぐ上"},
		{"caveat with a date after ～", false, func(t *testing.T, f *excelize.File) []string {
			setAnswer(t, f, qs, "Q-YN-02", "はい")
			r := insertRowAfter(t, f, "Q-YN-02")
			f.SetCellStr(qs, "A"+itoa(r), "※Q-YN-02 ～2027年3月は 99.9%")
			return []string{"A" + itoa(r)}
		}, "すぐ上の質問「Q-YN-02」の行のコメント欄（E3）に移し、挿入した行を削除", "move it to the comment cell of the question Q-YN-02 directly above (E3)", "複数"},
		{"heading naming a range by its numbers", false, func(t *testing.T, f *excelize.File) []string {
			r := insertRowAfter(t, f, "Q-YN-01")
			f.SetCellStr(qs, "A"+itoa(r), "Q-YN-02～04 共通")
			return []string{"A" + itoa(r)}
		}, "複数の質問（「Q-YN-02」「Q-YN-03」「Q-YN-04」）", "names several questions (Q-YN-02, Q-YN-03, Q-YN-04)", ""},
		{"footer naming several questions", false, func(t *testing.T, f *excelize.File) []string {
			rows, _ := f.GetRows(qs)
			r := len(rows) + 1
			f.SetCellStr(qs, "A"+itoa(r), "※ Q-YN-01・Q-YN-02 は LGWAN 未接続のため対象外")
			return []string{"A" + itoa(r)}
		}, "複数の質問（「Q-YN-01」「Q-YN-02」）", "names several questions (Q-YN-01, Q-YN-02)", "すぐ上"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			f := workbook(t, generate(t, q))
			if tc.old {
				f = oldWorkbook(t, q)
			}
			want := tc.edit(t, f)
			res := readBytes(t, save(t, f), opts)
			if tc.old && res.Meta.QuestionDigests != nil {
				t.Fatalf("not an older workbook: digests %v", res.Meta.QuestionDigests)
			}
			got := noQuestionIDCells(t, res, false, func(_, ja, en string) bool {
				return strings.Contains(ja, tc.ja) && strings.Contains(en, tc.en) && (tc.notJa == "" || !strings.Contains(ja, tc.notJa))
			})
			if strings.Join(got, ",") != strings.Join(want, ",") {
				t.Errorf("refused at %v, want %v", got, want)
			}
		})
	}

	// Nearby legitimate input: an older workbook filled in reads, and a
	// title naming questions above the first question row still reads
	// when the header was sorted in among the questions.
	t.Run("legitimate", func(t *testing.T) {
		f := oldWorkbook(t, q)
		setAnswer(t, f, qs, "Q-YN-01", "はい")
		setAnswer(t, f, qs, "Q-YN-02", "いいえ")
		rows, _ := f.GetRows(qs)
		put := func(r int, vals []string) {
			row := make([]any, len(vals))
			for i, v := range vals {
				row[i] = v
			}
			if err := f.SetSheetRow(qs, "A"+itoa(r), &row); err != nil {
				t.Fatal(err)
			}
		}
		// Q-YN-01's row, then the header, then the rest; a title on top.
		if err := f.InsertRows(qs, 1, 2); err != nil {
			t.Fatal(err)
		}
		put(1, []string{"確認票 Q-YN-01～Q-YN-28（回答済み）"})
		put(2, rows[1])
		if err := f.RemoveRow(qs, 4); err != nil { // Q-YN-01's old row
			t.Fatal(err)
		}
		res := readBytes(t, save(t, f), opts)
		for _, p := range res.Problems {
			if p.Severity() == SeverityError {
				t.Errorf("error: %v", p)
			}
		}
		for id, want := range map[string]string{"Q-YN-01": Yes, "Q-YN-02": No} {
			if got := res.Answers[id].Value; got != want {
				t.Errorf("%s = %q, want %q", id, got, want)
			}
		}
	})
}

// TestNamedQuestions: every sent question a text names, in order, and
// the questions of a range it names (Q-2～ ～4, Q-2から4); a dash
// after an ID is a range only up to another question.
func TestNamedQuestions(t *testing.T) {
	ix := &idIndex{sentIDs: map[string]string{}, order: []string{"Q-1", "Q-2", "Q-3", "Q-4", "Q-10"}}
	for _, id := range ix.order {
		ix.sentIDs[id] = id
	}
	for _, tc := range []struct {
		s     string
		names string
		span  bool
	}{
		{"■ 選定条件（Q-2～Q-4）", "Q-2,Q-3,Q-4", true},
		{"Q-2～4 共通", "Q-2,Q-3,Q-4", true},
		{"Q-2 〜 Q-3", "Q-2,Q-3", true},
		{"Q-2から4", "Q-2,Q-3,Q-4", true},
		{"Q-2-Q-4", "Q-2,Q-3,Q-4", true},
		{"Q-2〜Q-99", "Q-2", true},
		{"※Q-2～99 は契約書第5条による", "Q-2", true}, // r34g F3
		{"※Q-3 と Q-2 は有償のみ", "Q-3,Q-2", false},
		{"※ Q-1・Q-10 は対象外", "Q-1,Q-10", false},
		{"Q-2 - 有償のみ", "Q-2", false},
		{"Q-2-A案", "Q-2", false},
		{"Q-2 と同じ（Q-2 参照）", "Q-2", false},
		// A short list of numbers after an ID; a date, time or amount
		// after one is no list and no range (r34d).
		{"※Q-1、3 は有償プランのみ", "Q-1,Q-3", false},
		{"※Q-1・3・4 は対象外", "Q-1,Q-3,Q-4", false},
		{"Q-1，3", "Q-1,Q-3", false},
		{"Q-1、Q-3", "Q-1,Q-3", false},
		{"Q-2～3、10 共通", "Q-2,Q-3,Q-10", true},
		{"Q-2 ～2027年3月は 99.9%", "Q-2", false},
		{"Q-2～4月は対象外", "Q-2", false},
		{"Q-2、3時以降は対象外", "Q-2", false},
		// A range after a list runs from the listed ID (r34g).
		{"※Q-1、3～4 は有償プランのみ", "Q-1,Q-3,Q-4", true},
		// A time or a count after spaces is no list number (r34g F4).
		{"※Q-1、3:00までに連絡", "Q-1", false},
		{"※Q-1、3 時間以内に報告", "Q-1", false},
		{"※Q-1、3：00まで", "Q-1", false},
		{"※Q-1、3/1から", "Q-1", false},
		{"※Q-1、3営業日以内", "Q-1", false},
		{"※Q-1、3 か月前までに通知", "Q-1", false},
		{"※Q-1、3ヶ月前", "Q-1", false},
		{"※Q-1、3 GB まで", "Q-1", false},
		{"※Q-1、3世代", "Q-1", false},
		{"※Q-1～3営業日", "Q-1", false},
		{"Q-2、3.5%", "Q-2", false},
		{"Q-2、2027年", "Q-2", false},
		{"Q-2、5", "Q-2", false},
		{"※ 以下は補足", "", false},
	} {
		names, span := namedQuestions(upperASCII(normID(tc.s)), ix)
		if strings.Join(names, ",") != tc.names || span != tc.span {
			t.Errorf("namedQuestions(%q) = %v, %v; want %s, %v", tc.s, names, span, tc.names, tc.span)
		}
	}
}

// TestNamedRequirements: the questions of the requirements a text names
// (CLD-1 shown in the 参照 cell of Q-1's row), with a short list and a
// range of them read as for question IDs (r34d: ※CLD-11～13 named only
// Q-CLD-11).
func TestNamedRequirements(t *testing.T) {
	ix := &idIndex{order: []string{"Q-1", "Q-2", "Q-3", "Q-4", "Q-10"},
		reqIDs: map[string]string{"CLD-1": "Q-1", "CLD-2": "Q-2", "CLD-3": "Q-3", "CLD-4": "Q-4", "CLD-10": "Q-10"}}
	for _, tc := range []struct {
		s     string
		names string
		span  bool
	}{
		{"※CLD-2 は有償プランのみ", "Q-2", false},
		{"※CLD-2～4 は有償プランのみ", "Q-2,Q-3,Q-4", true},
		{"※CLD-2～CLD-3 は有償プランのみ", "Q-2,Q-3", true},
		{"CLD-1、3", "Q-1,Q-3", false},
		{"CLD-1・CLD-10", "Q-1,Q-10", false},
		{"CLD-2～CLD-99", "Q-2", true},
		{"CLD-2 ～2027年3月", "Q-2", false},
		{"Q-CLD-2, XCLD-3", "", false},
	} {
		names, span := namedRequirements(upperASCII(normID(tc.s)), ix)
		if strings.Join(names, ",") != tc.names || span != tc.span {
			t.Errorf("namedRequirements(%q) = %v, %v; want %s, %v", tc.s, names, span, tc.names, tc.span)
		}
	}
}

// TestIDColumnNoteDashesAndRequirement: a caveat in the ID column naming
// a question with other dashes (the horizontal bar ―, the em dash —, the
// half-width long-vowel mark ｰ) or by its requirement's ID, as the 参照
// column shows it (※YN-02 は…), was dropped without a word and the はい
// above it recorded alone. An ID typed with such dashes on its own row
// reads as the ID; an ID containing a requirement's ID (XQ-YN-02) names
// no requirement.
func TestIDColumnNoteDashesAndRequirement(t *testing.T) {
	q := defaultQ()
	opts := ReadOptions{Requirements: q.Requirements, Kind: q.Kind}
	for _, v := range []string{"※Q―YN―02 は有償プランのみ", "※Q—YN—02 は有償プランのみ", "※QｰYNｰ02 は有償プランのみ", "※YN-02 は有償プランのみ", "※ＹＮ－０２ は有償プランのみ"} {
		t.Run(v, func(t *testing.T) {
			f := workbook(t, generate(t, q))
			setAnswer(t, f, qs, "Q-YN-02", "はい")
			r := rowOf(t, f, qs, "Q-YN-02") + 1
			if err := f.InsertRows(qs, r, 1); err != nil {
				t.Fatal(err)
			}
			f.SetCellStr(qs, "A"+itoa(r), v)
			res := readBytes(t, save(t, f), opts)
			var got []string
			for _, p := range res.Problems {
				if p.Code == ErrNoQuestionID {
					got = append(got, p.Cell)
					if !strings.Contains(p.Message("ja"), "質問「Q-YN-02」の行のコメント欄（E3）に移し") {
						t.Errorf("message: %s", p.Message("ja"))
					}
				}
			}
			if !res.HasErrors() || strings.Join(got, ",") != "A"+itoa(r) {
				t.Errorf("refused at %v, want A%d", got, r)
			}
		})
	}
	// The requirement ID typed over the question's own ID, with a note:
	// the row's own 参照 cell names it, in an older workbook too.
	for _, old := range []bool{false, true} {
		t.Run(fmt.Sprintf("requirement ID with a note on its own row, older %v", old), func(t *testing.T) {
			f := workbook(t, generate(t, q))
			if old {
				f = oldWorkbook(t, q)
			}
			a := "A" + strings.TrimPrefix(setAnswer(t, f, qs, "Q-YN-03", "はい"), "D")
			f.SetCellStr(qs, a, "※YN-03 有償のみ")
			res := readBytes(t, save(t, f), opts)
			var got []string
			for _, p := range res.Problems {
				if p.Severity() == SeverityError {
					got = append(got, p.Cell)
					if !strings.Contains(p.Message("ja"), "A列は「Q-YN-03」だけに戻し") {
						t.Errorf("message: %s", p.Message("ja"))
					}
				}
			}
			if strings.Join(got, ",") != a {
				t.Errorf("refused at %v, want %s", got, a)
			}
		})
	}
	// An older workbook's row whose ID was cleared: its question, as sent,
	// is not reported, only its answer.
	t.Run("older workbook, ID cleared", func(t *testing.T) {
		f := oldWorkbook(t, q)
		d := setAnswer(t, f, qs, "Q-YN-03", "はい")
		f.SetCellStr(qs, "A"+d[1:], "")
		res := readBytes(t, save(t, f), opts)
		var got []string
		for _, p := range res.Problems {
			if p.Severity() == SeverityError {
				got = append(got, p.Cell)
			}
		}
		if strings.Join(got, ",") != d {
			t.Errorf("refused at %v, want %s", got, d)
		}
	})
	t.Run("legitimate", func(t *testing.T) {
		f := workbook(t, generate(t, q))
		cell := setAnswer(t, f, qs, "Q-YN-01", "はい")
		f.SetCellStr(qs, "A"+strings.TrimPrefix(cell, "D"), "Q―YN―01")
		setAnswer(t, f, qs, "Q-YN-02", "いいえ")
		for _, v := range []string{"XQ-YN-02", "※ XYN-02 は当社の管理番号", "YN-020"} {
			r := rowOf(t, f, qs, "Q-YN-02") + 1
			if err := f.InsertRows(qs, r, 1); err != nil {
				t.Fatal(err)
			}
			f.SetCellStr(qs, "A"+itoa(r), v)
		}
		res := readBytes(t, save(t, f), opts)
		for _, p := range res.Problems {
			if p.Severity() == SeverityError {
				t.Errorf("error: %v", p)
			}
		}
		for id, want := range map[string]string{"Q-YN-01": Yes, "Q-YN-02": No} {
			if got := res.Answers[id].Value; got != want {
				t.Errorf("%s = %q, want %q", id, got, want)
			}
		}
	})
}

// TestRefRequirements: the requirement IDs of a reference cell, one a
// line; a word without a letter and a digit is none.
func TestRefRequirements(t *testing.T) {
	for in, want := range map[string]string{
		"CLD-11 (6(8)②)":          "CLD-11",
		"OUT-01 (6(8)①ア)\nOUT-02": "OUT-01,OUT-02",
		"ＣＬＤ－１１（6(8)）":            "CLD-11",
		"6(8)②":                   "",
		"12 (6(8))":               "",
		"":                        "",
		"参照なし":                    "",
	} {
		if got := strings.Join(refRequirements(in), ","); got != want {
			t.Errorf("refRequirements(%q) = %q, want %q", in, got, want)
		}
	}
}

// TestIDColumnNoteSorted: the reader's inputs (r34d). A question's own
// row with a note in its ID cell and its question text edited was taken
// for an inserted row, whose message said to delete it, losing its only
// answer, when a sort had moved it away from the rows of the questions
// sent next to it (Q-YN-10 moved up between Q-YN-01 and Q-YN-02; the last
// row of a sheet sorted descending) or when its ID cell in brackets
// (Q-YN-05（一部対応）) looked like an ID, so that its own question text
// counted as another question row's. It is the row of the question its ID
// cell names when that question has no row; a question typed over with
// another's name is looked for in the direction the sheet runs.
func TestIDColumnNoteSorted(t *testing.T) {
	q := defaultQ()
	opts := ReadOptions{Requirements: q.Requirements, Kind: q.Kind}
	const edited = "（有償プランの場合）"
	put := func(t *testing.T, f *excelize.File, r int, vals []string) {
		row := make([]any, len(vals))
		for i, v := range vals {
			row[i] = v
		}
		if err := f.SetSheetRow(qs, "A"+itoa(r), &row); err != nil {
			t.Fatal(err)
		}
	}
	// move puts the row of question id above the row of question before.
	move := func(t *testing.T, f *excelize.File, id, before string) {
		rows, err := f.GetRows(qs)
		if err != nil {
			t.Fatal(err)
		}
		src := rowOf(t, f, qs, id)
		vals := rows[src-1]
		if err := f.RemoveRow(qs, src); err != nil {
			t.Fatal(err)
		}
		at := rowOf(t, f, qs, before)
		if err := f.InsertRows(qs, at, 1); err != nil {
			t.Fatal(err)
		}
		put(t, f, at, vals)
	}
	// descending sorts the question rows by ID, descending; it returns
	// the last row.
	descending := func(t *testing.T, f *excelize.File) int {
		rows, err := f.GetRows(qs)
		if err != nil {
			t.Fatal(err)
		}
		var ids []string
		for _, row := range rows {
			if len(row) > 0 && strings.HasPrefix(row[0], "Q-") {
				ids = append(ids, row[0])
			}
		}
		for i := 1; i < len(ids); i++ {
			move(t, f, ids[i], ids[i-1])
		}
		return rowOf(t, f, qs, ids[0])
	}
	// note types v over the ID of row r, answers はい and edits its question.
	note := func(t *testing.T, f *excelize.File, r int, v string) string {
		a := "A" + itoa(r)
		f.SetCellStr(qs, a, v)
		f.SetCellStr(qs, "D"+itoa(r), "はい")
		c, _ := f.GetCellValue(qs, "C"+itoa(r))
		f.SetCellStr(qs, "C"+itoa(r), c+edited)
		return a
	}
	for _, old := range []bool{false, true} {
		for _, tc := range []struct {
			name string
			edit func(t *testing.T, f *excelize.File) []string
			// ja and en are in the message of the refusal at the first
			// cell; notJa is not.
			ja, en, notJa string
		}{
			{"row moved up, ID with a note, question edited", func(t *testing.T, f *excelize.File) []string {
				move(t, f, "Q-YN-10", "Q-YN-02")
				return []string{note(t, f, rowOf(t, f, qs, "Q-YN-10"), "Q-YN-10 東京・大阪リージョン")}
			}, "A列は「Q-YN-10」だけに戻し", "leave Q-YN-10 alone in column A", "削除"},
			{"sorted descending, last row, ID with a note, question edited", func(t *testing.T, f *excelize.File) []string {
				return []string{note(t, f, descending(t, f), "Q-YN-01 一部対応")}
			}, "A列は「Q-YN-01」だけに戻し", "leave Q-YN-01 alone in column A", "削除"},
			{"sorted descending, last row, ID with a note in brackets, question edited", func(t *testing.T, f *excelize.File) []string {
				return []string{note(t, f, descending(t, f), "Q-YN-01（一部対応）")}
			}, "A列は「Q-YN-01」だけに戻し", "leave Q-YN-01 alone in column A", "削除"},
			{"ID with a note in brackets, question edited", func(t *testing.T, f *excelize.File) []string {
				return []string{note(t, f, rowOf(t, f, qs, "Q-YN-05"), "Q-YN-05（一部対応）")}
			}, "A列は「Q-YN-05」だけに戻し", "leave Q-YN-05 alone in column A", "削除"},
			{"sorted descending, last row, ID typed over with another question's name, question edited", func(t *testing.T, f *excelize.File) []string {
				return []string{note(t, f, descending(t, f), "Q-YN-02 と同じ")}
			}, "A列は「Q-YN-01」だけに戻し", "leave Q-YN-01 alone in column A", "削除"},
			// Nearby inputs that stay refused as inserted rows: a footer
			// under the last question with text in the question column,
			// a question row deleted elsewhere (not restored over the
			// footer), and a caveat row in a sorted sheet naming a
			// question that has its row.
			{"footer with text in the question column, a question row deleted elsewhere", func(t *testing.T, f *excelize.File) []string {
				if err := f.RemoveRow(qs, rowOf(t, f, qs, "Q-YN-10")); err != nil {
					t.Fatal(err)
				}
				r := rowOf(t, f, qs, "Q-TX-01") + 1
				f.SetCellStr(qs, "A"+itoa(r), "※Q-YN-02 は有償プランのみ")
				f.SetCellStr(qs, "C"+itoa(r), "有償プランのみ")
				return []string{"A" + itoa(r), "C" + itoa(r)}
			}, "質問「Q-YN-02」のことであれば「Q-YN-02」の行のコメント欄に移し、挿入した行を削除", "delete the inserted row", "戻し"},
			{"sorted descending, caveat under a question", func(t *testing.T, f *excelize.File) []string {
				descending(t, f)
				r := rowOf(t, f, qs, "Q-YN-02") + 1
				if err := f.InsertRows(qs, r, 1); err != nil {
					t.Fatal(err)
				}
				f.SetCellStr(qs, "A"+itoa(r), "※Q-YN-02 は有償プランのみ")
				return []string{"A" + itoa(r)}
			}, "すぐ上の質問「Q-YN-02」の行のコメント欄（E", "delete the inserted row", "戻し"},
			// Rows in no order (the last question moved to the top): a
			// caveat row with text in the question column is an inserted
			// row, not the row of a question whose own ID cell holds a
			// note elsewhere (restoring that ID would put it on two rows;
			// reader r34g).
			{"rows in no order, caveat row with a question text, another question's ID annotated", func(t *testing.T, f *excelize.File) []string {
				move(t, f, "Q-TX-01", "Q-YN-01")
				f.SetCellStr(qs, "A"+itoa(rowOf(t, f, qs, "Q-YN-10")), "Q-YN-10（対象外）")
				r := rowOf(t, f, qs, "Q-YN-03") + 1
				if err := f.InsertRows(qs, r, 1); err != nil {
					t.Fatal(err)
				}
				f.SetCellStr(qs, "A"+itoa(r), "※Q-YN-03 は別紙参照")
				f.SetCellStr(qs, "C"+itoa(r), "補足")
				return []string{"A" + itoa(r), "C" + itoa(r), "A" + itoa(rowOfPrefix(t, f, "Q-YN-10（"))}
			}, "すぐ上の質問「Q-YN-03」の行のコメント欄（E", "delete the inserted row", "Q-YN-10"},
		} {
			t.Run(fmt.Sprintf("%s, older %v", tc.name, old), func(t *testing.T) {
				f := workbook(t, generate(t, q))
				if old {
					f = oldWorkbook(t, q)
				}
				want := tc.edit(t, f)
				res := readBytes(t, save(t, f), opts)
				if old && res.Meta.QuestionDigests != nil {
					t.Fatalf("not an older workbook: digests %v", res.Meta.QuestionDigests)
				}
				got := noQuestionIDCells(t, res, false, func(_, ja, en string) bool {
					return strings.Contains(ja, tc.ja) && strings.Contains(en, tc.en) && (tc.notJa == "" || !strings.Contains(ja, tc.notJa))
				})
				if strings.Join(got, ",") != strings.Join(want, ",") {
					t.Errorf("refused at %v, want %v", got, want)
				}
			})
		}
	}

	// Nearby legitimate input: a sheet sorted descending and answered
	// reads (docs/questionnaires.md: sorted rows are fine).
	t.Run("legitimate, sorted descending", func(t *testing.T) {
		f := workbook(t, generate(t, q))
		descending(t, f)
		setAnswer(t, f, qs, "Q-YN-01", "はい")
		setAnswer(t, f, qs, "Q-YN-02", "いいえ")
		res := readBytes(t, save(t, f), opts)
		for _, p := range res.Problems {
			if p.Severity() == SeverityError {
				t.Errorf("error: %v", p)
			}
		}
		for id, want := range map[string]string{"Q-YN-01": Yes, "Q-YN-02": No} {
			if got := res.Answers[id].Value; got != want {
				t.Errorf("%s = %q, want %q", id, got, want)
			}
		}
	})
}

// rowOfPrefix returns the row of the questions sheet whose ID cell starts
// with prefix.
func rowOfPrefix(t *testing.T, f *excelize.File, prefix string) int {
	t.Helper()
	rows, err := f.GetRows(qs)
	if err != nil {
		t.Fatal(err)
	}
	for i, row := range rows {
		if len(row) > 0 && strings.HasPrefix(row[0], prefix) {
			return i + 1
		}
	}
	t.Fatalf("no row starts with %q", prefix)
	return 0
}
