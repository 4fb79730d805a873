package publiclist

import (
	"bytes"
	"strings"
	"testing"

	"github.com/xuri/excelize/v2"
)

// mergedBook is an ISMAP list workbook with two services in rows 3 and
// 4 below a title and the header, whose cells ranges are merged.
func mergedBook(t *testing.T, ranges ...[2]string) []byte {
	t.Helper()
	f := excelize.NewFile()
	defer f.Close()
	f.SetCellValue("Sheet1", "A1", "ISMAPクラウドサービスリスト（2026年8月1日現在）")
	f.SetSheetRow("Sheet1", "A2", &[]any{"登録番号", "クラウドサービス名称", "クラウドサービス事業者名", "有効期限", "言明の対象範囲"})
	f.SetSheetRow("Sheet1", "A3", &[]any{"C22-0031-1", "多摩クラウドメール", "株式会社多摩クラウド", "2027/8/31", "全機能"})
	f.SetSheetRow("Sheet1", "A4", &[]any{"C22-0032-1", "多摩ストレージ", "株式会社多摩クラウド", "2027/9/30", "全機能"})
	for _, r := range ranges {
		if err := f.MergeCell("Sheet1", r[0], r[1]); err != nil {
			t.Fatal(err)
		}
	}
	var b bytes.Buffer
	if err := f.Write(&b); err != nil {
		t.Fatal(err)
	}
	return b.Bytes()
}

// TestReadISMAPMergedCells: a provider (or expiry, or scope) cell merged
// over the rows of two services left the second row's cell empty, and
// the import was refused with "fill in or delete this row": deleted, a
// listed service was then checked as not on the list. Each row of a cell
// merged down now has its text; a registration number merged down is
// refused (which row is which service is not guessed), and a cell merged
// across a row (the service name over the provider's column) is still an
// empty provider, not the service's name.
func TestReadISMAPMergedCells(t *testing.T) {
	for _, ranges := range [][][2]string{
		{{"C3", "C4"}},
		{{"C3", "C4"}, {"D3", "D4"}, {"E3", "E4"}},
		{{"A1", "E1"}, {"C3", "C4"}},
	} {
		f, err := ReadISMAPFile(bytes.NewReader(mergedBook(t, ranges...)), "list.xlsx")
		if err != nil || len(f.Services) != 2 || f.Stated != date("2026-08-01") {
			t.Errorf("%q: %+v, %v", ranges, f, err)
			continue
		}
		s := f.Services[1]
		if s.Number != "C22-0032-1" || s.Service != "多摩ストレージ" || s.Provider != "株式会社多摩クラウド" || s.Scope != "全機能" {
			t.Errorf("%q: second service %+v", ranges, s)
		}
		if want := "2027-09-30"; len(ranges) > 1 && ranges[1][0] == "D3" {
			want = "2027-08-31"
			if s.ValidUntil != date(want) {
				t.Errorf("%q: second expiry %s, want %s", ranges, s.ValidUntil, want)
			}
		}
	}
	for _, tt := range []struct {
		ranges [][2]string
		want   string
	}{
		{[][2]string{{"A3", "A4"}}, "Sheet1!A4: the registration number cell is merged with Sheet1!A3"},
		{[][2]string{{"B4", "C4"}}, "Sheet1!C4: the provider is empty"},
	} {
		_, err := ReadISMAPFile(bytes.NewReader(mergedBook(t, tt.ranges...)), "list.xlsx")
		if err == nil || !strings.HasPrefix(err.Error(), tt.want) {
			t.Errorf("%q: %v, want %q", tt.ranges, err, tt.want)
		}
	}
}
