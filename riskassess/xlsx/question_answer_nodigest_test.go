package xlsx

import (
	"testing"

	"github.com/google/go-cmp/cmp"
)

// TestAnswerInQuestionNoDigest: a questionnaire pasted into a copy (no
// _meta sheet, so no question digests) whose question cell holds what
// reads as an answer (…\nいいえ after the question, → 該当なし) was read
// as if the question cell were not there: the answer cell's はい recorded
// although the question cell says いいえ, or, the answer cell blank, the
// answer dropped with no more than "not answered". It is refused at the
// question cell (ErrQuestionChanged), as a workbook with digests is. A
// note appended, a reworded question and the text as sent read as before.
func TestAnswerInQuestionNoDigest(t *testing.T) {
	type out struct {
		Answer string // the value read ("" none)
		Code   string // the problem's code at the question cell ("" none)
	}
	for _, tc := range []struct {
		name, before, after, text, answer string
		want                              out
	}{
		{name: "an answer on a line after the question, answer blank", after: "\nいいえ", want: out{Code: "question text changed"}},
		{name: "an answer on a line after the question, はい answered", after: "\nいいえ", answer: "はい", want: out{Code: "question text changed"}},
		{name: "an answer after an arrow, answer blank", after: "　→　該当なし", want: out{Code: "question text changed"}},
		{name: "an answer before the question, はい answered", before: "× ", answer: "はい", want: out{Code: "question text changed"}},
		{name: "an answer typed over the question", text: "いいえ", want: out{Code: "question text changed"}},
		// Nothing read as an answer: as before.
		{name: "a note appended, はい answered", after: "（ただし本社のみ）", answer: "はい", want: out{Answer: Yes}},
		{name: "a reworded question, はい answered", text: "外部委託先に監査を行っていますか", answer: "はい", want: out{Answer: Yes}},
		{name: "the text as sent, はい answered", answer: "はい", want: out{Answer: Yes}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			q := defaultQ()
			f := workbook(t, generate(t, q))
			cell := "C" + itoa(rowOf(t, f, qs, "Q-YN-02"))
			text, err := f.GetCellValue(qs, cell)
			if err != nil {
				t.Fatal(err)
			}
			if tc.text != "" {
				text = tc.text
			}
			if err := f.SetCellStr(qs, cell, tc.before+text+tc.after); err != nil {
				t.Fatal(err)
			}
			if tc.answer != "" {
				setAnswer(t, f, qs, "Q-YN-02", tc.answer)
			}
			if err := f.DeleteSheet(MetaSheet); err != nil {
				t.Fatal(err)
			}
			res := readBytes(t, save(t, f), ReadOptions{Requirements: q.Requirements, Kind: q.Kind, EntryID: "acme"})
			var got out
			got.Answer = res.Answers["Q-YN-02"].Value
			for _, p := range res.Problems {
				if p.QuestionID == "Q-YN-02" && p.Cell == cell {
					got.Code = p.Code.String()
				}
			}
			if d := cmp.Diff(tc.want, got); d != "" {
				t.Errorf("(-want +got):\n%s", d)
			}
		})
	}
}
