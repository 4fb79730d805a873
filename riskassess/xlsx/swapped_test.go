package xlsx

import (
	"strings"
	"testing"

	"github.com/xuri/excelize/v2"
)

// TestQuestionTextOfAnotherRow: a questionnaire pasted into a copy (no
// _meta sheet, so no question digests to check) whose question column was
// sorted apart from its IDs shows, in the row of Q-YN-01, the question
// text of Q-YN-02: the vendor answered the question shown, and the answer
// was imported as Q-YN-01's. It is refused at the question cell
// (ErrQuestionChanged) naming the question whose text the row shows. Rows
// showing their own question's text (both languages, or one alone), or a
// text that is no question's (reworded: nothing to tell), read as before.
func TestQuestionTextOfAnotherRow(t *testing.T) {
	q := defaultQ()
	opts := ReadOptions{Requirements: q.Requirements, Kind: q.Kind, EntryID: "acme"}
	// copyWithout returns the filled workbook f without its _meta sheet.
	copyWithout := func(t *testing.T, f *excelize.File) []byte {
		if err := f.DeleteSheet(MetaSheet); err != nil {
			t.Fatal(err)
		}
		return save(t, f)
	}
	qtext := func(f *excelize.File, id string) (cell, text string) {
		cell = "C" + itoa(rowOf(t, f, qs, id))
		text, _ = f.GetCellValue(qs, cell)
		return cell, text
	}

	t.Run("question column sorted apart", func(t *testing.T) {
		f := workbook(t, generate(t, q))
		c1, t1 := qtext(f, "Q-YN-01")
		c2, t2 := qtext(f, "Q-TX-01")
		f.SetCellStr(qs, c1, t2)
		f.SetCellStr(qs, c2, t1)
		setAnswer(t, f, qs, "Q-YN-01", "はい") // given to the text of Q-TX-01
		setAnswer(t, f, qs, "Q-TX-01", "年1回、外部監査を受けています")
		res := readBytes(t, copyWithout(t, f), opts)
		if !res.Foreign {
			t.Fatal("read with metadata")
		}
		for _, tc := range []struct{ id, cell, other string }{{"Q-YN-01", c1, "Q-TX-01"}, {"Q-TX-01", c2, "Q-YN-01"}} {
			if a, ok := res.Answers[tc.id]; ok {
				t.Errorf("%s imported as %q: the vendor answered %s", tc.id, a.Value, tc.other)
			}
			it := itemOf(t, res, tc.id)
			if it.Status != StatusError || it.ErrorCode != ErrQuestionChanged {
				t.Errorf("%s: %+v, want an error %v", tc.id, it, ErrQuestionChanged)
			}
			found := false
			for _, p := range res.Problems {
				if p.QuestionID != tc.id || p.Code != ErrQuestionChanged {
					continue
				}
				found = true
				checkSaysOnce(t, p)
				if ja, en := p.Message("ja"), p.Message("en"); p.Cell != tc.cell || !strings.Contains(ja, "この行に表示されているのは「"+tc.other+"」の問いです") ||
					!strings.Contains(en, `shows the text of question "`+tc.other+`"`) {
					t.Errorf("%s at %s:\n%s\n%s", tc.id, p.Cell, ja, en)
				}
			}
			if !found {
				t.Errorf("%s: no %v problem", tc.id, ErrQuestionChanged)
			}
		}
		if !res.HasErrors() {
			t.Error("no error: the copy would be recorded")
		}
	})

	t.Run("own text kept", func(t *testing.T) {
		f := workbook(t, generate(t, q))
		c2, _ := qtext(f, "Q-YN-02")
		var q2 string
		for _, r := range q.Requirements {
			if r.Question != nil && r.Question.ID == "Q-YN-02" {
				q2 = r.Question.Text.Ja
			}
		}
		f.SetCellStr(qs, c2, q2) // the Japanese text alone
		c3, _ := qtext(f, "Q-YN-03")
		f.SetCellStr(qs, c3, "（当社で要約）委託先の対策を確認していますか") // reworded: no other question's text
		setAnswer(t, f, qs, "Q-YN-01", "はい")
		setAnswer(t, f, qs, "Q-YN-02", "○")
		setAnswer(t, f, qs, "Q-YN-03", "ＹＥＳ")
		setAnswer(t, f, qs, "Q-DT-01", "令和8年4月1日")
		setAnswer(t, f, qs, "Q-TX-01", "1行目\n2行目")
		res := readBytes(t, copyWithout(t, f), opts)
		for _, p := range res.Problems {
			if p.Severity() == SeverityError {
				t.Errorf("error: %v", p)
			}
		}
		for id, want := range map[string]string{"Q-YN-01": Yes, "Q-YN-02": Yes, "Q-YN-03": Yes, "Q-DT-01": "2026-04-01", "Q-TX-01": "1行目\n2行目"} {
			if got := res.Answers[id].Value; got != want {
				t.Errorf("%s = %q, want %q", id, got, want)
			}
		}
	})
}
