package xlsx

import (
	"strings"
	"testing"

	"github.com/gikai-sec/riskregister/riskassess"
	"github.com/google/go-cmp/cmp"
)

// TestAnswerInComment: an answer typed in the comment column with the
// answer cell blank (いいえ, 一部, 該当なし, いいえ（契約書に記載なし）, はい。取得済み,
// ○; a date for a date question, a number for a number question, a
// choice's label) was a comment without an answer: a warning, the
// vendor's answer dropped and the stored answer (はい) kept and recorded.
// It is refused at the comment's cell. A comment that only starts like an
// answer (一部の端末のみ, No. 5 of the manual), a basis (特になし, 契約書第5条),
// a date for a yes/no question, or a comment beside an answer reads as
// before.
func TestAnswerInComment(t *testing.T) {
	type out struct {
		Code   string // the problem's code name at the row ("" none)
		Cell   string // where
		Answer string // the value recorded ("" none)
		Kept   bool   // the message says the stored answer would stay
	}
	const refused, warned = "answer in the comment", "comment without an answer"
	for _, tc := range []struct {
		name, id, answer, comment string
		want                      out
	}{
		{"no in the comment", "Q-YN-02", "", "いいえ", out{Code: refused, Cell: "E", Kept: true}},
		{"partial", "Q-YN-02", "", "一部", out{Code: refused, Cell: "E", Kept: true}},
		{"n/a", "Q-YN-02", "", "該当なし", out{Code: refused, Cell: "E", Kept: true}},
		{"no with a note", "Q-YN-02", "", "いいえ（契約書に記載なし）", out{Code: refused, Cell: "E", Kept: true}},
		{"yes. and a note", "Q-YN-02", "", "はい。ISMS取得済み", out{Code: refused, Cell: "E", Kept: true}},
		{"yes, and a note on a new line", "Q-YN-02", "", "はい\nISMS取得済み", out{Code: refused, Cell: "E", Kept: true}},
		{"a circle", "Q-YN-02", "", "○", out{Code: refused, Cell: "E", Kept: true}},
		{"English No.", "Q-YN-02", "", "No.", out{Code: refused, Cell: "E", Kept: true}},
		{"English no, and a note", "Q-YN-02", "", "No, backups are not encrypted", out{Code: refused, Cell: "E", Kept: true}},
		{"English yes (a note)", "Q-YN-02", "", "Yes (ISMS certified)", out{Code: refused, Cell: "E", Kept: true}},
		{"English yes. and a note", "Q-YN-02", "", "Yes. ISMS certified in 2024", out{Code: refused, Cell: "E", Kept: true}},
		{"English N/A: a note", "Q-YN-02", "", "N/A: no personal data handled", out{Code: refused, Cell: "E", Kept: true}},
		{"a cross and a note", "Q-YN-02", "", "×（未対応）", out{Code: refused, Cell: "E", Kept: true}},
		{"a circle and a note", "Q-YN-02", "", "○（ISMS取得済み）", out{Code: refused, Cell: "E", Kept: true}},
		{"a triangle, a note", "Q-YN-02", "", "△、一部の拠点のみ", out{Code: refused, Cell: "E", Kept: true}},
		{"full-width ＮＯ", "Q-YN-02", "", "ＮＯ", out{Code: refused, Cell: "E", Kept: true}},
		{"a date for a date question", "Q-DT-01", "", "2026/4/1", out{Code: refused, Cell: "E"}},
		{"a wareki date for a date question", "Q-DT-01", "", "令和8年4月1日", out{Code: refused, Cell: "E"}},
		{"a number for a number question", "Q-NUM-01", "", "99.9%", out{Code: refused, Cell: "E"}},
		{"a choice's label", "Q-CH-02", "", "登録なし", out{Code: refused, Cell: "E"}},
		// Read as before.
		{"starts like an answer", "Q-YN-02", "", "一部の端末のみ対象", out{Code: warned, Cell: "D"}},
		{"No. of a manual", "Q-YN-02", "", "No. 5 of the manual", out{Code: warned, Cell: "D"}},
		{"English no one", "Q-YN-02", "", "No one outside the team has access", out{Code: warned, Cell: "D"}},
		{"English no-one", "Q-YN-02", "", "No-one outside the team has access", out{Code: warned, Cell: "D"}},
		{"English word starting with no", "Q-YN-02", "", "Notes: see the contract", out{Code: warned, Cell: "D"}},
		{"English word starting with yes", "Q-YN-02", "", "Yesterday's audit covered it", out{Code: warned, Cell: "D"}},
		{"a bullet circle", "Q-YN-02", "", "○ 契約書第5条に規定", out{Code: warned, Cell: "D"}},
		{"a circled note", "Q-YN-02", "", "○印の項目は対応済み", out{Code: warned, Cell: "D"}},
		{"nothing to add", "Q-YN-02", "", "特になし", out{Code: warned, Cell: "D"}},
		{"a basis", "Q-YN-02", "", "根拠: 契約書第5条", out{Code: warned, Cell: "D"}},
		{"a date for a yes/no question", "Q-YN-02", "", "2026/4/1", out{Code: warned, Cell: "D"}},
		{"a date with words", "Q-DT-01", "", "2026/4/1 に書面で確認", out{Code: warned, Cell: "D"}},
		{"a comment beside an answer", "Q-YN-02", "いいえ", "いいえ", out{Answer: "no"}},
		{"a text question", "Q-TX-01", "", "はい", out{Code: warned, Cell: "D"}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			q := defaultQ()
			f := workbook(t, generate(t, q))
			cell := setAnswer(t, f, qs, tc.id, tc.answer)
			f.SetCellStr(qs, "E"+strings.TrimPrefix(cell, "D"), tc.comment)
			current := map[string]riskassess.Answer{tc.id: {Value: "yes"}}
			if tc.id != "Q-YN-02" {
				current = nil
			}
			res := readBytes(t, save(t, f), ReadOptions{Requirements: testReqs(), Current: current})
			var got out
			for _, p := range res.Problems {
				if p.QuestionID == tc.id {
					got.Code, got.Cell = p.Code.String(), strings.TrimRight(p.Cell, "0123456789")
					got.Kept = strings.Contains(p.Message("ja"), "現在の回答「はい」が残って") && strings.Contains(p.Message("en"), `the current answer "Yes" would stay`)
					if p.Code == ErrAnswerInComment && (!strings.Contains(p.Message("ja"), "何も記録していません") || !strings.Contains(p.Message("en"), "nothing recorded") || repeatedPhrase(p.Message("ja")) != "") {
						t.Errorf("messages: %s / %s", p.Message("ja"), p.Message("en"))
					}
				}
			}
			if a, ok := res.Answers[tc.id]; ok {
				got.Answer = a.Value
			}
			if d := cmp.Diff(tc.want, got); d != "" {
				t.Errorf("(-want +got):\n%s\n%v", d, res.Problems)
			}
			if (tc.want.Code == refused) != res.HasErrors() {
				t.Errorf("HasErrors %v", res.HasErrors())
			}
		})
	}
}
