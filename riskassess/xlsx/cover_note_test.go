package xlsx

import (
	"strconv"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/xuri/excelize/v2"
)

// TestCoverNote: the cover of a generated questionnaire is read for its
// respondent fields only, so a note a vendor wrote there, a caveat on all
// its answers (※本回答は標準プランについてのものです below the fields, 暫定
// right of the date answered, a note beside the subject), was
// dropped without a word. Such a cell is refused; the cover as sent and
// filled in, in either language, with a column inserted before the labels,
// or a self-check's, reads as before.
func TestCoverNote(t *testing.T) {
	type out struct {
		Cells  []string // cover cells refused
		Errors bool
	}
	// fieldRow returns the row of the cover's label starting with label.
	fieldRow := func(t *testing.T, f *excelize.File, sheet, label string) string {
		rows, _ := f.GetRows(sheet)
		for i, r := range rows {
			for _, c := range r {
				if strings.HasPrefix(c, label) {
					return strconv.Itoa(i + 1)
				}
			}
		}
		t.Fatalf("no %s on %s", label, sheet)
		return ""
	}
	for _, tc := range []struct {
		name      string
		lang      string
		selfCheck bool
		edit      func(t *testing.T, f *excelize.File, cover string) // the respondent filled in before
		want      out
	}{
		{"as filled in", "", false, func(*testing.T, *excelize.File, string) {}, out{nil, false}},
		{"English, as filled in", "en", false, func(*testing.T, *excelize.File, string) {}, out{nil, false}},
		{"a self-check, as filled in", "", true, func(*testing.T, *excelize.File, string) {}, out{nil, false}},
		{"a column inserted before the labels", "", false, func(t *testing.T, f *excelize.File, cover string) {
			if err := f.InsertCols(cover, "A", 1); err != nil {
				t.Fatal(err)
			}
		}, out{nil, false}},
		{"a caveat below the fields", "", false, func(t *testing.T, f *excelize.File, cover string) {
			r, _ := strconv.Atoi(fieldRow(t, f, cover, "回答日"))
			f.SetCellStr(cover, "A"+strconv.Itoa(r+2), "※本回答は標準プランについてのものです")
		}, out{[]string{"A"}, true}},
		{"a note right of the date answered", "", false, func(t *testing.T, f *excelize.File, cover string) {
			f.SetCellStr(cover, "C"+fieldRow(t, f, cover, "回答日"), "暫定")
		}, out{[]string{"C"}, true}},
		{"a note beside the subject", "", false, func(t *testing.T, f *excelize.File, cover string) {
			f.SetCellStr(cover, "C"+fieldRow(t, f, cover, "対象"), "別会社に変更予定")
		}, out{[]string{"C"}, true}},
		{"English, a caveat below the fields", "en", false, func(t *testing.T, f *excelize.File, cover string) {
			r, _ := strconv.Atoi(fieldRow(t, f, cover, "Date answered"))
			f.SetCellStr(cover, "B"+strconv.Itoa(r+1), "Answers cover the standard plan only")
		}, out{[]string{"B"}, true}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			q := defaultQ()
			sheet, cover := qs, "表紙"
			if tc.lang == "en" {
				q.Lang, sheet, cover = "en", "Questions", "Cover"
			}
			if tc.selfCheck {
				q.By = "council"
			}
			f := workbook(t, generate(t, q))
			id := "Q-YN-02"
			if tc.selfCheck {
				id = "Q-OUT-SELF"
			}
			setAnswer(t, f, sheet, id, "はい")
			if tc.selfCheck {
				f.SetCellStr(cover, "B"+fieldRow(t, f, cover, "点検者"), "広報 太郎")
				f.SetCellStr(cover, "B"+fieldRow(t, f, cover, "所属・職名"), "広報課 課長")
				f.SetCellStr(cover, "B"+fieldRow(t, f, cover, "点検日"), "2026/11/20")
			} else {
				label := "回答日"
				if tc.lang == "en" {
					label = "Date answered"
				}
				f.SetCellStr(cover, "B"+fieldRow(t, f, cover, label), "2026/11/20")
			}
			tc.edit(t, f, cover)
			res := readBytes(t, save(t, f), ReadOptions{Requirements: testReqs()})
			got := out{Errors: res.HasErrors()}
			var msgs []string
			for _, p := range res.Problems {
				if p.Code == ErrCoverNote {
					got.Cells = append(got.Cells, strings.TrimRight(p.Cell, "0123456789"))
					msgs = append(msgs, p.Message("ja"), p.Message("en"))
				}
			}
			if diff := cmp.Diff(tc.want, got); diff != "" {
				t.Fatalf("(-want +got):\n%s\n%v", diff, res.Problems)
			}
			if len(msgs) == 0 {
				return
			}
			if ja := msgs[0]; !strings.Contains(ja, "何も記録していません") || repeatedPhrase(ja) != "" {
				t.Errorf("ja: %s", ja)
			}
			if en := msgs[1]; !strings.Contains(en, "nothing recorded") {
				t.Errorf("en: %s", en)
			}
		})
	}
}
