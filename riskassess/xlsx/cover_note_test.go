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
		// Person and Contact as read (a self-check's 点検者 and 所属・職名).
		Person, Contact string
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
		{"as filled in", "", false, func(*testing.T, *excelize.File, string) {}, out{}},
		{"English, as filled in", "en", false, func(*testing.T, *excelize.File, string) {}, out{}},
		{"a self-check, as filled in", "", true, func(*testing.T, *excelize.File, string) {}, out{Person: "広報 太郎", Contact: "広報課 課長"}},
		{"a column inserted before the labels", "", false, func(t *testing.T, f *excelize.File, cover string) {
			if err := f.InsertCols(cover, "A", 1); err != nil {
				t.Fatal(err)
			}
		}, out{}},
		{"a caveat below the fields", "", false, func(t *testing.T, f *excelize.File, cover string) {
			r, _ := strconv.Atoi(fieldRow(t, f, cover, "回答日"))
			f.SetCellStr(cover, "A"+strconv.Itoa(r+2), "※本回答は標準プランについてのものです")
		}, out{Cells: []string{"A"}, Errors: true}},
		{"a note right of the date answered", "", false, func(t *testing.T, f *excelize.File, cover string) {
			f.SetCellStr(cover, "C"+fieldRow(t, f, cover, "回答日"), "暫定")
		}, out{Cells: []string{"C"}, Errors: true}},
		{"a note beside the subject", "", false, func(t *testing.T, f *excelize.File, cover string) {
			f.SetCellStr(cover, "C"+fieldRow(t, f, cover, "対象"), "別会社に変更予定")
		}, out{Cells: []string{"C"}, Errors: true}},
		// A vendor writes the contact, or its name and department, in
		// two cells: all of it is read, nothing refused.
		{"an e-mail address right of the telephone number", "", false, func(t *testing.T, f *excelize.File, cover string) {
			r := fieldRow(t, f, cover, "連絡先")
			f.SetCellStr(cover, "B"+r, "03-1234-5678")
			f.SetCellStr(cover, "C"+r, "yamada@example.jp")
		}, out{Contact: "03-1234-5678 yamada@example.jp"}},
		{"English, a department right of the respondent, three cells", "en", false, func(t *testing.T, f *excelize.File, cover string) {
			r := fieldRow(t, f, cover, "Respondent")
			f.SetCellStr(cover, "B"+r, "Taro Yamada")
			f.SetCellStr(cover, "D"+r, "Sales")
			f.SetCellStr(cover, "E"+r, "manager")
		}, out{Person: "Taro Yamada Sales manager"}},
		{"a self-check, the position in two cells", "", true, func(t *testing.T, f *excelize.File, cover string) {
			r := fieldRow(t, f, cover, "所属・職名")
			f.SetCellStr(cover, "B"+r, "広報課")
			f.SetCellStr(cover, "C"+r, "課長")
		}, out{Person: "広報 太郎", Contact: "広報課 課長"}},
		// The company name and the corporate number are read from one
		// cell: anything right of them is still refused.
		{"a note right of the company name", "", false, func(t *testing.T, f *excelize.File, cover string) {
			r := fieldRow(t, f, cover, "会社名")
			f.SetCellStr(cover, "B"+r, "株式会社サンプル")
			f.SetCellStr(cover, "C"+r, "（4月に社名変更予定）")
		}, out{Cells: []string{"C"}, Errors: true}},
		{"a note right of the value written in C", "", false, func(t *testing.T, f *excelize.File, cover string) {
			r := fieldRow(t, f, cover, "回答日")
			f.SetCellStr(cover, "B"+r, "")
			f.SetCellStr(cover, "C"+r, "2026/11/20")
			f.SetCellStr(cover, "D"+r, "暫定")
		}, out{Cells: []string{"D"}, Errors: true}},
		{"English, a caveat below the fields", "en", false, func(t *testing.T, f *excelize.File, cover string) {
			r, _ := strconv.Atoi(fieldRow(t, f, cover, "Date answered"))
			f.SetCellStr(cover, "B"+strconv.Itoa(r+1), "Answers cover the standard plan only")
		}, out{Cells: []string{"B"}, Errors: true}},
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
			got := out{Errors: res.HasErrors(), Person: res.Respondent.Person, Contact: res.Respondent.Contact}
			var msgs []string
			got.Cells, msgs = problemColumns(res, ErrCoverNote)
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
