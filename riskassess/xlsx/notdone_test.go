package xlsx

import (
	"strconv"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
)

// TestYesCommentSaysNotDone: an answer はい whose comment says the thing
// is not done (未実施, 現在は未実施（来年度から）, 今後対応予定, NOT YET)
// was imported as yes, met, and the register then failed validate at the
// stored comment (catalog.CheckReferences): the import wrote a register
// that validate refuses. It is refused at the answer's cell, naming the
// comment (ErrYesNotDone); comments that explain a yes, and the same comment beside いいえ
// or 一部, are read as before.
func TestYesCommentSaysNotDone(t *testing.T) {
	const id = "Q-YN-02"
	q := defaultQ()
	for _, tc := range []struct {
		answer, comment string
		want            string // "" refused
	}{
		{"はい", "未実施", ""},
		{"はい", "現在は未実施（来年度から実施予定）", ""},
		{"○", "今後対応予定", ""},
		{"ＹＥＳ", "ＮＯＴ ＹＥＴ", ""},
		{"はい", "未対応、次回の改定で定める", ""},
		{"はい", "実施していない。", ""},
		// Read as before.
		{"はい", "", Yes},
		{"はい", "個人情報は掲載していない", Yes},
		{"はい", "特になし", Yes},
		{"はい", "no issues", Yes},
		{"はい", "2026年4月から実施済み", Yes},
		{"いいえ", "未実施", No},
		{"一部", "一部未実施", Partial},
	} {
		name := tc.answer + " " + strconv.Quote(tc.comment)
		f := workbook(t, generate(t, q))
		cell := setAnswer(t, f, qs, id, tc.answer)
		if err := f.SetCellValue(qs, "E"+cell[1:], tc.comment); err != nil {
			t.Fatal(err)
		}
		res := readBytes(t, save(t, f), ReadOptions{Requirements: q.Requirements})
		a, ok := res.Answers[id]
		if tc.want != "" {
			if !ok || a.Value != tc.want || a.Comment != tc.comment {
				t.Errorf("%s: read as %+v (%v), want %q with the comment", name, a, ok, tc.want)
			}
			continue
		}
		if ok {
			t.Errorf("%s: read as %+v, want refused", name, a)
			continue
		}
		it := itemOf(t, res, id)
		got := []any{it.Status, it.ErrorCode, it.Cell}
		if diff := cmp.Diff([]any{StatusError, ErrYesNotDone, qs + "!" + cell}, got); diff != "" {
			t.Errorf("%s: item (-want +got):\n%s", name, diff)
		}
		var msgs []string
		for _, p := range res.Problems {
			if p.QuestionID == id {
				msgs = append(msgs, p.Message("ja"), p.Message("en"))
			}
		}
		wantJa := "回答「" + tc.answer + "」と、実施していないと書いたコメントが食い違っています（取り込みません）。コメント「" + tc.comment + "」は実施していないことを書いています"
		wantEn := "yes, but the comment says not done " + strconv.Quote(tc.answer) + ": the comment " + strconv.Quote(tc.comment) + " says it is not done"
		if len(msgs) != 2 || !strings.Contains(msgs[0], qs+"!"+cell) || !strings.Contains(msgs[0], wantJa) || !strings.Contains(msgs[1], wantEn) {
			t.Errorf("%s: messages %q, want the cell, %q and %q", name, msgs, wantJa, wantEn)
		}
	}
}
