package xlsx

import (
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
)

// TestDateFormatWords: a date answer in a date cell whose number format
// adds words to the date (yyyy/m/d"予定", shown 2026/4/1予定, as a cell
// copied from a schedule brings its format along) was read as the date
// alone: a planned day recorded as the day it was done, where the same
// text typed is refused (errDateNote). It is refused at its cell. The
// words of a date itself (年, 月, 日, an era name, a weekday, 午前) read
// as before.
func TestDateFormatWords(t *testing.T) {
	type out struct {
		Answer string // the value read ("" none)
		Code   string // the refusal's code at the answer cell ("" none)
	}
	for _, tc := range []struct {
		name, code string
		want       out
	}{
		{"yyyy/m/d\"予定\"", `yyyy/m/d"予定"`, out{Code: "bad date"}},
		{"yyyy\"年\"m\"月\"d\"日実施予定\"", `yyyy"年"m"月"d"日実施予定"`, out{Code: "bad date"}},
		{"\"予定: \"yyyy/m/d", `"予定: "yyyy/m/d`, out{Code: "bad date"}},
		{"yyyy/m/d\\ \\(\\見\\込\\)", `yyyy/m/d\ \(\見\込\)`, out{Code: "bad date"}},
		{"yyyy/m/d\"現在\"", `yyyy/m/d"現在"`, out{Code: "bad date"}},
		// The words of a date: read as before.
		{"yyyy\"年\"m\"月\"d\"日\"", `yyyy"年"m"月"d"日"`, out{Answer: "2026-04-01"}},
		{"[$-411]ggge\"年\"m\"月\"d\"日\"", `[$-411]ggge"年"m"月"d"日"`, out{Answer: "2026-04-01"}},
		{"\"令和\"e\"年\"m\"月\"d\"日\"", `[$-411]"令和"e"年"m"月"d"日"`, out{Answer: "2026-04-01"}},
		{"yyyy\"年\"m\"月\"d\"日（\"aaa\"）\"", `yyyy"年"m"月"d"日（"aaa"）"`, out{Answer: "2026-04-01"}},
		{"yyyy/m/d\" \"AM/PM h\"時\"", `yyyy/m/d" 午前"h"時"`, out{Answer: "2026-04-01"}},
		{"yyyy/m/d", `yyyy/m/d`, out{Answer: "2026-04-01"}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			q := defaultQ()
			f := workbook(t, generate(t, q))
			cell := "D" + itoa(rowOf(t, f, qs, "Q-DT-02"))
			if err := styled(46113, 0, tc.code)(f, cell); err != nil {
				t.Fatal(err)
			}
			res := readBytes(t, save(t, f), ReadOptions{Requirements: q.Requirements})
			var got out
			got.Answer = res.Answers["Q-DT-02"].Value
			for _, p := range res.Problems {
				if p.QuestionID == "Q-DT-02" && p.Cell == cell {
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
