package xlsx

import (
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/xuri/excelize/v2"
)

// TestTextFormatWords: an answer typed as text in a cell whose number
// format has a text section that adds words ("約"@ of 99.9 shown 約99.9,
// @"予定" of 2026/4/1 shown 2026/4/1予定, @"（有償プランのみ）" of はい
// shown はい（有償プランのみ）: a cell copied from another sheet brings its
// format along) was read as the text alone, the hedge dropped. It is
// refused at its cell, as the same number or date cell is (and the text
// typed with the words). A text format (@) and a format without a text
// section read as before.
func TestTextFormatWords(t *testing.T) {
	type out struct {
		Answer string // the value read ("" none)
		Code   string // the refusal's code at the answer cell ("" none)
	}
	for _, tc := range []struct {
		name, id, v, code string
		want              out
	}{
		{"約@ number", "Q-NUM-02", "99.9", `"約"@`, out{Code: "bad number"}},
		{"fourth section number", "Q-NUM-02", "99.9", `0.0;-0.0;0.0;@"以上"`, out{Code: "bad number"}},
		{"@予定 date", "Q-DT-02", "2026/4/1", `@"予定"`, out{Code: "bad date"}},
		{"@note yes", "Q-YN-02", "はい", `@"（有償プランのみ）"`, out{Code: "unknown answer"}},
		// No words with a text: read as before.
		{"@ number", "Q-NUM-02", "99.9", `@`, out{Answer: "99.9"}},
		{"@% number", "Q-NUM-02", "99.9", `@"%"`, out{Answer: "99.9"}},
		{"@ yes", "Q-YN-02", "はい", `@`, out{Answer: "yes"}},
		{"number words, no text section", "Q-YN-02", "はい", `0"件"`, out{Answer: "yes"}},
		{"accounting", "Q-YN-02", "はい", `_ * #,##0_ ;_ * \-#,##0_ ;_ * "-"_ ;_ @_ `, out{Answer: "yes"}},
		{"date words @", "Q-DT-02", "2026/4/1", `yyyy"年"m"月"d"日";@`, out{Answer: "2026-04-01"}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			q := defaultQ()
			f := workbook(t, generate(t, q))
			cell := "D" + itoa(rowOf(t, f, qs, tc.id))
			code := tc.code
			st, err := f.NewStyle(&excelize.Style{CustomNumFmt: &code})
			if err != nil {
				t.Fatal(err)
			}
			if err := f.SetCellStr(qs, cell, tc.v); err != nil {
				t.Fatal(err)
			}
			if err := f.SetCellStyle(qs, cell, cell, st); err != nil {
				t.Fatal(err)
			}
			res := readBytes(t, save(t, f), ReadOptions{Requirements: q.Requirements})
			var got out
			got.Answer = res.Answers[tc.id].Value
			for _, p := range res.Problems {
				if p.QuestionID == tc.id && p.Cell == cell {
					got.Code = p.Code.String()
					if ja, en := p.Message("ja"), p.Message("en"); !strings.Contains(ja, "表示形式") || !strings.Contains(en, "number format") {
						t.Errorf("messages %s / %s, want the hint on the format", ja, en)
					}
				}
			}
			if d := cmp.Diff(tc.want, got); d != "" {
				t.Errorf("(-want +got):\n%s", d)
			}
		})
	}
}
