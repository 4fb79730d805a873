package xlsx

import (
	"strconv"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/xuri/excelize/v2"
)

// TestSentCellsChanged: the reference (参照) and category (分類) columns of a
// generated questionnaire are not read, so what a vendor wrote there was
// dropped with no more than "not answered": evidence (参照 taken for
// "reference documents"), a caveat appended to the reference, an answer
// typed in the wrong column. Such a cell is refused (reference or category
// changed) and the file not recorded; a cell as sent, cleared, of another
// catalogue version's clause, or covered by a merged range reads as
// before.
func TestSentCellsChanged(t *testing.T) {
	const id = "Q-YN-02" // YN-02 (6(8)), category 管理
	type out struct {
		Cells  []string // cells refused
		Errors bool
	}
	for _, tc := range []struct {
		name string
		lang string
		set  func(f *excelize.File, r string)
		want out
	}{
		{"as sent", "", func(*excelize.File, string) {}, out{nil, false}},
		{"as sent, English", "en", func(*excelize.File, string) {}, out{nil, false}},
		{"evidence in the reference", "", func(f *excelize.File, r string) { f.SetCellStr(qs, "F"+r, "ISMS認証書（別紙1）") }, out{[]string{"F"}, true}},
		{"a caveat after the reference", "", func(f *excelize.File, r string) { f.SetCellStr(qs, "F"+r, "YN-02 (6(8))\n※有償プランのみ") }, out{[]string{"F"}, true}},
		{"a caveat on the reference's line", "", func(f *excelize.File, r string) { f.SetCellStr(qs, "F"+r, "YN-02 (6(8)) 有償のみ") }, out{[]string{"F"}, true}},
		{"a caveat as a clause", "", func(f *excelize.File, r string) { f.SetCellStr(qs, "F"+r, "YN-02 (有償のみ)") }, out{[]string{"F"}, true}},
		{"an answer in the reference", "", func(f *excelize.File, r string) { f.SetCellStr(qs, "F"+r, "いいえ") }, out{[]string{"F"}, true}},
		{"a caveat in the category", "", func(f *excelize.File, r string) { f.SetCellStr(qs, "B"+r, "管理 ※一部のみ") }, out{[]string{"B"}, true}},
		{"an answer in the category", "", func(f *excelize.File, r string) { f.SetCellStr(qs, "B"+r, "はい") }, out{[]string{"B"}, true}},
		// Read as before.
		{"the reference cleared", "", func(f *excelize.File, r string) { f.SetCellStr(qs, "F"+r, "") }, out{nil, false}},
		{"the category cleared", "", func(f *excelize.File, r string) { f.SetCellStr(qs, "B"+r, "") }, out{nil, false}},
		{"another version's clause", "", func(f *excelize.File, r string) { f.SetCellStr(qs, "F"+r, "YN-02 (6(8)①ア)\nAUD-01") }, out{nil, false}},
		{"the category merged down", "", func(f *excelize.File, r string) {
			n, _ := strconv.Atoi(r)
			f.MergeCell(qs, "B"+r, "B"+strconv.Itoa(n+1))
		}, out{nil, false}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			q := defaultQ()
			q.Lang = "ja"
			sheet := qs
			if tc.lang == "en" {
				q.Lang, sheet = "en", "Questions"
			}
			f := workbook(t, generate(t, q))
			setAnswer(t, f, sheet, id, "はい")
			tc.set(f, strconv.Itoa(rowOf(t, f, sheet, id)))
			res := readBytes(t, save(t, f), ReadOptions{Requirements: testReqs()})
			got := out{Errors: res.HasErrors()}
			var msgs []string
			got.Cells, msgs = problemColumns(res, ErrSentCellChanged)
			if diff := cmp.Diff(tc.want, got); diff != "" {
				t.Fatalf("(-want +got):\n%s\n%v", diff, res.Problems)
			}
			if len(msgs) == 0 {
				return
			}
			ja, en := msgs[0], msgs[1]
			if !strings.Contains(ja, "質問「"+id+"」") || !strings.Contains(ja, "何も記録していません") || !strings.Contains(ja, "（E") {
				t.Errorf("ja: %s", ja)
			}
			if !strings.Contains(en, "question "+id) || !strings.Contains(en, "nothing recorded") {
				t.Errorf("en: %s", en)
			}
			if p := repeatedPhrase(ja); p != "" {
				t.Errorf("ja says %q twice: %s", p, ja)
			}
		})
	}
}
