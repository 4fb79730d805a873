package publiclist

import (
	"bytes"
	"strings"
	"testing"

	"github.com/xuri/excelize/v2"
)

// coverBook is an ISMAP list workbook with a cover sheet 表紙 whose
// cells B2, B4 hold cover, and the list on the sheet リスト, whose rows
// above the header hold above.
func coverBook(t *testing.T, cover []string, above ...string) []byte {
	t.Helper()
	f := excelize.NewFile()
	defer f.Close()
	if err := f.SetSheetName("Sheet1", "表紙"); err != nil {
		t.Fatal(err)
	}
	for i, c := range cover {
		f.SetCellValue("表紙", []string{"B2", "B4", "B6"}[i], c)
	}
	if _, err := f.NewSheet("リスト"); err != nil {
		t.Fatal(err)
	}
	r := 1
	for _, a := range above {
		f.SetCellValue("リスト", "A"+string(rune('0'+r)), a)
		r++
	}
	f.SetSheetRow("リスト", "A"+string(rune('0'+r)), &[]any{"登録番号", "クラウドサービス名称", "クラウドサービス事業者名", "有効期限"})
	f.SetSheetRow("リスト", "A"+string(rune('1'+r)), &[]any{"C22-0031-1", "多摩クラウドメール", "株式会社多摩クラウドメール", "2027/8/31"})
	var b bytes.Buffer
	if err := f.Write(&b); err != nil {
		t.Fatal(err)
	}
	return b.Bytes()
}

// TestStatedDateCoverSheet: a workbook whose list's date is on a cover
// sheet (表紙: 「ISMAPクラウドサービスリスト」「令和8年8月1日現在」) and
// the services on another was read as undated, without a note, and lists
// import dated a list of August today, the newest snapshot. The date a
// sheet without a list states is the list's, by the same rules as above
// the header (a note's date is named, a month is a month); the same date
// on both sheets, or a day in the month the other states, is one date;
// two different dates are refused.
func TestStatedDateCoverSheet(t *testing.T) {
	for _, tt := range []struct {
		cover, above             []string
		stated, month, at, other string
	}{
		{[]string{"ISMAPクラウドサービスリスト", "令和8年8月1日現在"}, nil, "2026-08-01", "", "表紙!B4", ""},
		{[]string{"ISMAPクラウドサービスリスト", "令和8年8月1日現在"}, []string{"（2026/8/1 時点）"}, "2026-08-01", "", "リスト!A1", ""},
		{[]string{"2026年8月現在"}, []string{"ISMAPクラウドサービスリスト"}, "", "2026-08-01", "表紙!B2", ""},
		{[]string{"2026年8月現在"}, []string{"2026年8月1日時点"}, "2026-08-01", "", "リスト!A1", ""},
		{[]string{"2026年8月1日現在"}, []string{"2026年8月時点"}, "2026-08-01", "", "表紙!B2", ""},
		{[]string{"ISMAPクラウドサービスリスト", "※2026年9月30日時点で登録の更新手続中のサービスを含みます"}, nil, "", "", "", "表紙!B4"},
		{[]string{"ISMAPクラウドサービスリスト"}, nil, "", "", "", ""},
	} {
		f, err := ReadISMAPFile(bytes.NewReader(coverBook(t, tt.cover, tt.above...)), "list.xlsx")
		if err != nil || f.Stated.String() != tt.stated || f.StatedMonth.String() != tt.month || f.StatedAt != tt.at || f.OtherAt != tt.other || len(f.Services) != 1 {
			t.Errorf("%q %q: stated %q month %q at %q, other at %q, %d services, %v; want %q %q at %q, other at %q",
				tt.cover, tt.above, f.Stated, f.StatedMonth, f.StatedAt, f.OtherAt, len(f.Services), err, tt.stated, tt.month, tt.at, tt.other)
		}
	}
	for _, tt := range []struct {
		cover, above []string
		want         string
	}{
		{[]string{"令和8年8月1日現在"}, []string{"2026年9月1日現在"}, "表紙!B2: two dates are stated for the list, 2026-08-01 here and 2026-09-01 at リスト!A1"},
		{[]string{"2026年8月現在"}, []string{"2026年9月1日時点"}, "表紙!B2: two dates are stated for the list, 2026-08 here and 2026-09-01 at リスト!A1"},
		{[]string{"2026年2月30日現在"}, nil, "表紙!B2: the date the list states here is wrong ("},
	} {
		_, err := ReadISMAPFile(bytes.NewReader(coverBook(t, tt.cover, tt.above...)), "list.xlsx")
		if err == nil || !strings.HasPrefix(err.Error(), tt.want) {
			t.Errorf("%q %q: %v, want %q", tt.cover, tt.above, err, tt.want)
		}
	}
}
