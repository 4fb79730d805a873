package xlsx

import (
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/xuri/excelize/v2"
)

// TestAddedSheet: a sheet a vendor added to a generated questionnaire (補足,
// 別紙) was never read, so a caveat written on it (Q-YN-02 は有償プランのみ)
// was dropped without a word and the はい recorded alone. A sheet
// riskregister does not write, with something written on it, is refused
// at its first written cell; an empty one, or the cover renamed (it holds
// the respondent labels), reads as before.
func TestAddedSheet(t *testing.T) {
	type out struct {
		Cells  []string // sheet!cell refused
		Errors bool
	}
	for _, tc := range []struct {
		name string
		lang string
		edit func(t *testing.T, f *excelize.File)
		want out
	}{
		{"none added", "", func(*testing.T, *excelize.File) {
		}, out{nil, false}},
		{"a sheet of notes", "", func(t *testing.T, f *excelize.File) {
			f.NewSheet("補足")
			f.SetCellStr("補足", "A1", "Q-YN-02 は有償プランのみ対応します")
		}, out{[]string{"補足!A1"}, true}},
		{"a note further down", "", func(t *testing.T, f *excelize.File) {
			f.NewSheet("別紙")
			f.SetCellStr("別紙", "C5", "ISMS 認証書の写し")
		}, out{[]string{"別紙!C5"}, true}},
		{"an empty sheet", "", func(t *testing.T, f *excelize.File) {
			f.NewSheet("Sheet1")
		}, out{nil, false}},
		{"the cover renamed", "", func(t *testing.T, f *excelize.File) {
			if err := f.SetSheetName("表紙", "回答者情報"); err != nil {
				t.Fatal(err)
			}
		}, out{nil, false}},
		{"English, a sheet of notes", "en", func(t *testing.T, f *excelize.File) {
			f.NewSheet("Notes")
			f.SetCellStr("Notes", "B2", "Q-YN-02: paid plan only")
		}, out{[]string{"Notes!B2"}, true}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			q := defaultQ()
			sheet := qs
			if tc.lang == "en" {
				q.Lang, sheet = "en", "Questions"
			}
			f := workbook(t, generate(t, q))
			setAnswer(t, f, sheet, "Q-YN-02", "はい")
			tc.edit(t, f)
			res := readBytes(t, save(t, f), ReadOptions{Requirements: testReqs()})
			got := out{Errors: res.HasErrors()}
			var msgs []string
			for _, p := range res.Problems {
				if p.Code == ErrAddedSheet {
					got.Cells = append(got.Cells, p.Pos())
					msgs = append(msgs, p.Message("ja"), p.Message("en"))
				}
			}
			if diff := cmp.Diff(tc.want, got); diff != "" {
				t.Fatalf("(-want +got):\n%s\n%v", diff, res.Problems)
			}
			if len(msgs) == 0 {
				return
			}
			if ja := msgs[0]; !strings.Contains(ja, "「"+sheet+"」シートの回答欄") || !strings.Contains(ja, "何も記録していません") || repeatedPhrase(ja) != "" {
				t.Errorf("ja: %s", ja)
			}
			if en := msgs[1]; !strings.Contains(en, "delete this sheet") || !strings.Contains(en, "nothing recorded") {
				t.Errorf("en: %s", en)
			}
		})
	}
}
