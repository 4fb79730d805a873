package xlsx

import (
	"strconv"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/xuri/excelize/v2"
)

// TestVolatileDates: a date answer or the cover's 回答日 holding =TODAY() or
// =NOW() was read as its cached value: the day the file was last
// calculated and saved, by whoever saved it (the council opening it to
// correct something, weeks later), not a day the vendor gave. The answers
// were dated that day and a slip after the true reply date passed. Such a
// cell is refused at its cell, a shared formula's other cells too; a
// formula of a fixed day (=DATE(2026,4,1)) and one of a yes/no answer
// (="はい") read as before.
func TestVolatileDates(t *testing.T) {
	type out struct {
		Answers map[string]string // Q-DT-01, Q-DT-02, Q-YN-02 as read
		Refused []string          // cells refused
	}
	for _, tc := range []struct {
		name    string
		formula map[string]string // answer of question, or "cover" → formula (with its cached value)
		shared  bool              // Q-DT-02 a shared formula's other cell of Q-DT-01's
		want    out
	}{
		{"typed", nil, false, out{map[string]string{"Q-DT-01": "2026-04-01", "Q-DT-02": "2026-04-01", "Q-YN-02": "yes"}, nil}},
		{"=TODAY() in an answer", map[string]string{"Q-DT-01": "TODAY()"}, false,
			out{map[string]string{"Q-DT-02": "2026-04-01", "Q-YN-02": "yes"}, []string{"質問!D"}}},
		{"=NOW() in an answer", map[string]string{"Q-DT-01": "INT(NOW())"}, false,
			out{map[string]string{"Q-DT-02": "2026-04-01", "Q-YN-02": "yes"}, []string{"質問!D"}}},
		{"=TODAY() filled down", map[string]string{"Q-DT-01": "TODAY()"}, true,
			out{map[string]string{"Q-YN-02": "yes"}, []string{"質問!D", "質問!D"}}},
		{"=TODAY() as the date answered", map[string]string{"cover": "TODAY()"}, false,
			out{map[string]string{"Q-DT-01": "2026-04-01", "Q-DT-02": "2026-04-01", "Q-YN-02": "yes"}, []string{"表紙!B"}}},
		{"a fixed day", map[string]string{"Q-DT-01": "DATE(2026,4,1)"}, false,
			out{map[string]string{"Q-DT-01": "2026-04-01", "Q-DT-02": "2026-04-01", "Q-YN-02": "yes"}, nil}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			q := defaultQ()
			f := workbook(t, generate(t, q))
			cells := map[string]string{}
			for _, id := range []string{"Q-DT-01", "Q-DT-02"} {
				cells[id] = setAnswer(t, f, qs, id, "2026/4/1")
			}
			setAnswer(t, f, qs, "Q-YN-02", "はい")
			cells["cover"] = "B" + answeredRow(t, f)
			f.SetCellStr("表紙", cells["cover"], "2026/4/2")
			b := save(t, f)
			// The cells become formulas with a cached day (46113 is
			// 2026-04-01, 46114 2026-04-02), as Excel saves them.
			b = rezip(t, b, func(name string, data []byte) []byte {
				s := string(data)
				for key, fo := range tc.formula {
					// The cover is the first sheet, the questions the second.
					if part := map[bool]string{true: "xl/worksheets/sheet1.xml", false: "xl/worksheets/sheet2.xml"}[key == "cover"]; name != part {
						continue
					}
					cell, serial := cells[key], "46113"
					if key == "cover" {
						serial = "46114"
					}
					fx := "<f>" + fo + "</f>"
					if tc.shared {
						fx = `<f t="shared" ref="` + cells["Q-DT-01"] + ":" + cells["Q-DT-02"] + `" si="0">` + fo + "</f>"
						s = setCellXML(t, s, cells["Q-DT-02"], `><f t="shared" si="0"/><v>46113</v>`)
					}
					s = setCellXML(t, s, cell, ">"+fx+"<v>"+serial+"</v>")
				}
				return []byte(s)
			})
			res := readBytes(t, b, ReadOptions{Requirements: q.Requirements})
			got := out{Answers: map[string]string{}}
			for _, id := range []string{"Q-DT-01", "Q-DT-02", "Q-YN-02"} {
				if a, ok := res.Answers[id]; ok {
					got.Answers[id] = a.Value
				}
			}
			for _, p := range res.Problems {
				if strings.Contains(p.Message("ja"), "=TODAY()") {
					got.Refused = append(got.Refused, strings.TrimRight(p.Pos(), "0123456789"))
					if !strings.Contains(p.Message("en"), "type the date itself") {
						t.Errorf("en: %s", p.Message("en"))
					}
				}
			}
			if diff := cmp.Diff(tc.want, got); diff != "" {
				t.Errorf("(-want +got):\n%s\n%v", diff, res.Problems)
			}
		})
	}
}

// answeredRow returns the row number of the cover's 回答日 (the day the
// vendor answered), failing t when the cover has none.
func answeredRow(t *testing.T, f *excelize.File) string {
	t.Helper()
	rows, _ := f.GetRows("表紙")
	for i, r := range rows {
		if len(r) > 0 && strings.HasPrefix(r[0], "回答日") {
			return strconv.Itoa(i + 1)
		}
	}
	t.Fatal("no 回答日 row on 表紙")
	return ""
}
