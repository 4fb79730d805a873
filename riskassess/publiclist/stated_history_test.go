package publiclist

import (
	"bytes"
	"strings"
	"testing"

	"github.com/xuri/excelize/v2"
)

// historyBook is an ISMAP list workbook whose list sheet holds above
// above its header, and a second sheet 更新履歴 holding the rows history.
func historyBook(t *testing.T, above []string, history ...[]any) []byte {
	t.Helper()
	f := excelize.NewFile()
	defer f.Close()
	r := 1
	for _, a := range above {
		f.SetCellValue("Sheet1", "A"+string(rune('0'+r)), a)
		r++
	}
	f.SetSheetRow("Sheet1", "A"+string(rune('0'+r)), &[]any{"登録番号", "クラウドサービス名称", "クラウドサービス事業者名", "有効期限"})
	f.SetSheetRow("Sheet1", "A"+string(rune('1'+r)), &[]any{"C22-0031-1", "多摩クラウドメール", "株式会社多摩クラウドメール", "2027/8/31"})
	if _, err := f.NewSheet("更新履歴"); err != nil {
		t.Fatal(err)
	}
	for i, row := range history {
		cell, _ := excelize.CoordinatesToCellName(1, i+1)
		f.SetSheetRow("更新履歴", cell, &row)
	}
	var b bytes.Buffer
	if err := f.Write(&b); err != nil {
		t.Fatal(err)
	}
	return b.Bytes()
}

// TestStatedDateHistory: a workbook whose list sheet holds only a title
// and whose sheet 更新履歴 lists changes (2026/7/1 | 更新 | C21-0099-2 の
// 有効期限, 2026/8/1 | 追加 | …, 2026/9/1 | 削除 | …) was dated 2026-07-01,
// an older change, as stated at 更新履歴!A2: 更新 in the cell after a
// date read as 「2026/7/1 更新」 though it named that row's change. A word
// of an update alone in the cell after a date states the list's date
// only in the row's last cell (現在 and 時点 in any); and a bare date
// later than the day the list was updated leaves the list's date unknown
// (lists import asks for --date).
func TestStatedDateHistory(t *testing.T) {
	for _, tt := range []struct {
		name     string
		book     []byte
		bare, at string
	}{
		{"history", historyBook(t, []string{"ISMAPクラウドサービスリスト"},
			[]any{"日付", "区分", "内容"},
			[]any{"2026/7/1", "更新", "C21-0099-2 の有効期限"},
			[]any{"2026/8/1", "追加", "C22-0031-1"},
			[]any{"2026/9/1", "削除", "C20-0001-1"}), "2026-07-01", "更新履歴!A2"},
		{"updated, then a later bare date", historyBook(t, []string{"ISMAPクラウドサービスリスト"},
			[]any{"2026/7/1", "更新"},
			[]any{"2026/9/1", "削除", "C20-0001-1"}), "2026-09-01", "更新履歴!A2"},
		{"updated above the header, a later bare date on another sheet", historyBook(t, []string{"更新日 2026/7/1"},
			[]any{"2026/9/1"}), "2026-09-01", "更新履歴!A1"},
	} {
		f, err := ReadISMAPFile(bytes.NewReader(tt.book), "list.xlsx")
		if err != nil || !f.Stated.IsZero() || f.BareDate.String() != tt.bare || f.BareAt != tt.at || len(f.Services) != 1 {
			t.Errorf("%s: stated %s at %q, bare %s at %q, %v; want bare %s at %s", tt.name, f.Stated, f.StatedAt, f.BareDate, f.BareAt, err, tt.bare, tt.at)
		}
	}
	// The word in the row's last cell, or 現在 before other cells, still
	// states the list's date; a bare date earlier than the update day,
	// or any bare date beside a day with 現在, is no question.
	for _, tt := range []struct{ above, at string }{
		{"2026/8/1,更新", "1:1"},
		{"ISMAPクラウドサービスリスト,2026/8/1,版", "1:2"},
		{"2026/8/1,現在,登録番号順", "1:1"},
		{"2026/8/1,更新\n2026/7/1", "1:1"},
		{"2026/8/1,現在\n2026/12/1", "1:1"},
		{"更新日 2026/8/1\n2026/8/1", "1:1"},
	} {
		f, err := ReadISMAPFile(strings.NewReader(statedList(tt.above)), "list.csv")
		if err != nil || f.Stated != date("2026-08-01") || f.StatedAt != tt.at || f.BareAt != "" || len(f.Services) != 1 {
			t.Errorf("%q: stated %s at %q, bare %s at %q, %v; want 2026-08-01 at %s", tt.above, f.Stated, f.StatedAt, f.BareDate, f.BareAt, err, tt.at)
		}
	}
	f, err := ReadISMAPFile(bytes.NewReader(historyBook(t, []string{"2026年9月1日現在"}, []any{"2026/7/1", "更新", "C21-0099-2"}, []any{"2026/10/1"})), "list.xlsx")
	if err != nil || f.Stated != date("2026-09-01") || f.BareAt != "" {
		t.Errorf("現在 on the list, a history on another sheet: stated %s, bare at %q, %v", f.Stated, f.BareAt, err)
	}
}
