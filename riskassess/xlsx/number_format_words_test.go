package xlsx

import (
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
)

// TestNumberFormatWords: a number answer in a cell whose number format
// adds words to the number (0.0"以上", "約"0.0, shown 99.9以上, 約99.9:
// a cell copied from another sheet brings its format along) was read as
// the number alone, the bound or the hedge dropped, where the same text
// typed is refused. It is refused at its cell. A percentage (0.0%, or
// 0.0"%" of a number typed as 99.9) and a currency sign ("¥"#,##0) read
// as before.
func TestNumberFormatWords(t *testing.T) {
	type out struct {
		Answer string // the value read ("" none)
		Code   string // the refusal's code at the answer cell ("" none)
	}
	for _, tc := range []struct {
		name string
		v    float64
		code string
		want out
	}{
		{"0.0\"以上\"", 99.9, `0.0"以上"`, out{Code: "bad number"}},
		{"\"約\"0.0", 99.9, `"約"0.0`, out{Code: "bad number"}},
		{"0\"時間以内\"", 4, `0"時間以内"`, out{Code: "bad number"}},
		{"0\"回/年（目標）\"", 2, `0"回/年（目標）"`, out{Code: "bad number"}},
		// The section that shows the value: zero (0 shown 未確認),
		// negative (-5 shown 未満5) or the one a condition picks (98.5
		// shown 約98.5); words in a section that does not show it are
		// none (99.9 in a cell that shows negatives as △).
		{"0.0;-0.0;\"未確認\"", 0, `0.0;-0.0;"未確認"`, out{Code: "bad number"}},
		{"0;\"未満\"0", -5, `0;"未満"0`, out{Code: "bad number"}},
		{"[>=99]0.0;\"約\"0.0", 98.5, `[>=99]0.0;"約"0.0`, out{Code: "bad number"}},
		{"#,##0.0;\"△\"#,##0.0", 99.9, `#,##0.0;"△"#,##0.0`, out{Answer: "99.9"}},
		{"0.0;\"△\"0.0;\"保証なし\"", 99.9, `0.0;"△"0.0;"保証なし"`, out{Answer: "99.9"}},
		// A percentage: read as before.
		{"0.0\"%\"", 99.9, `0.0"%"`, out{Answer: "99.9"}},
		{"0.0%", 0.999, `0.0%`, out{Answer: "99.9"}},
		{"#,##0", 1000, `#,##0`, out{Answer: "1000"}},
		{"\"¥\"#,##0", 1000, `"¥"#,##0`, out{Answer: "1000"}},
		{"0.0", 99.9, `0.0`, out{Answer: "99.9"}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			q := defaultQ()
			f := workbook(t, generate(t, q))
			cell := "D" + itoa(rowOf(t, f, qs, "Q-NUM-02"))
			if err := styled(tc.v, 0, tc.code)(f, cell); err != nil {
				t.Fatal(err)
			}
			res := readBytes(t, save(t, f), ReadOptions{Requirements: q.Requirements})
			var got out
			got.Answer = res.Answers["Q-NUM-02"].Value
			for _, p := range res.Problems {
				if p.QuestionID == "Q-NUM-02" && p.Cell == cell {
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
