package publiclist

import (
	"strings"
	"testing"

	"golang.org/x/text/encoding/japanese"
	"golang.org/x/text/encoding/unicode"
)

// statedList is a list file with line above its header (a title, a
// stated date, a note) and one service.
func statedList(above ...string) string {
	return strings.Join(above, "\n") + "\n登録番号,クラウドサービス名称,クラウドサービス事業者名,有効期限\n" +
		"C22-0031-1,多摩クラウドメール,株式会社多摩クラウドメール,2027/8/31\n"
}

// TestStatedDate: a list file that states its own date above the header
// (「2026年8月1日現在」) was read without it, and lists import dated the
// snapshot today. ReadISMAPFile returns the stated date and its cell, in
// the forms wareki reads and in every file format the reader takes (CSV in
// UTF-8 and Shift_JIS, Excel's Unicode text, xlsx).
func TestStatedDate(t *testing.T) {
	for _, tt := range []struct {
		above  []string
		at     string
		stated string
	}{
		{[]string{"ISMAPクラウドサービスリスト", "2026年8月1日現在"}, "2:1", "2026年8月1日現在"},
		{[]string{"令和8年8月1日現在"}, "1:1", "令和8年8月1日現在"},
		{[]string{"ISMAPクラウドサービスリスト（令和8年8月1日現在）"}, "1:1", "ISMAPクラウドサービスリスト（令和8年8月1日現在）"},
		{[]string{"２０２６年８月１日現在"}, "1:1", "２０２６年８月１日現在"},
		{[]string{"2026/8/1 時点"}, "1:1", "2026/8/1 時点"},
		{[]string{"2026年8月1日（土）現在"}, "1:1", "2026年8月1日（土）現在"},
		{[]string{"ISMAPクラウドサービスリスト,,2026年8月1日現在"}, "1:3", "2026年8月1日現在"},
		{[]string{"R8.8.1現在", "（2026年8月1日時点の登録）"}, "1:1", "R8.8.1現在"},
		{[]string{"令和8年8月1日時点"}, "1:1", "令和8年8月1日時点"},
		{[]string{"ISMAPクラウドサービスリスト 2026年8月1日現在"}, "1:1", "ISMAPクラウドサービスリスト 2026年8月1日現在"},
		{[]string{"ISMAPクラウドサービスリスト　令和8年8月1日時点"}, "1:1", "ISMAPクラウドサービスリスト　令和8年8月1日時点"},
		{[]string{"ISMAPクラウドサービスリスト：2026年8月1日現在"}, "1:1", "ISMAPクラウドサービスリスト：2026年8月1日現在"},
		{[]string{"クラウドサービスリスト【2026年8月1日現在】"}, "1:1", "クラウドサービスリスト【2026年8月1日現在】"},
		{[]string{"ISMAPクラウドサービスリスト (2026/8/1 時点)"}, "1:1", "ISMAPクラウドサービスリスト (2026/8/1 時点)"},
		// A space before the date is a boundary after a title ending in
		// ASCII; a date that starts the cell may be followed by a title
		// after a space or の; a full stop may end the cell. These were
		// undated (and dated today) since 105bdbb.
		{[]string{"ISMAP-LIU 2026年8月1日時点"}, "1:1", "ISMAP-LIU 2026年8月1日時点"},
		{[]string{"ISMAP Cloud Service List as of 2026/8/1 現在"}, "1:1", "ISMAP Cloud Service List as of 2026/8/1 現在"},
		{[]string{"ISMAP-LIU　2026年8月1日時点"}, "1:1", "ISMAP-LIU　2026年8月1日時点"},
		{[]string{"令和8年8月1日現在 ISMAPクラウドサービスリスト"}, "1:1", "令和8年8月1日現在 ISMAPクラウドサービスリスト"},
		{[]string{"令和8年8月1日現在のISMAPクラウドサービスリスト"}, "1:1", "令和8年8月1日現在のISMAPクラウドサービスリスト"},
		{[]string{"2026/8/1時点　ISMAP Cloud Service List"}, "1:1", "2026/8/1時点　ISMAP Cloud Service List"},
		{[]string{"2026年8月1日現在の登録サービス一覧（ISMAP-LIU）"}, "1:1", "2026年8月1日現在の登録サービス一覧（ISMAP-LIU）"},
		{[]string{"2026年8月1日現在。"}, "1:1", "2026年8月1日現在。"},
		{[]string{"2026年8月1日現在."}, "1:1", "2026年8月1日現在."},
		{[]string{"ISMAPクラウドサービスリスト 2026年8月1日時点。"}, "1:1", "ISMAPクラウドサービスリスト 2026年8月1日時点。"},
	} {
		f, err := ReadISMAPFile(strings.NewReader(statedList(tt.above...)), "list.csv")
		if err != nil {
			t.Errorf("%q: %v", tt.above, err)
			continue
		}
		if f.Stated != date("2026-08-01") || f.StatedAt != tt.at || f.StatedText != tt.stated || len(f.Services) != 1 {
			t.Errorf("%q: stated %s at %q %q, %d services; want 2026-08-01 at %s %q", tt.above, f.Stated, f.StatedAt, f.StatedText, len(f.Services), tt.at, tt.stated)
		}
	}

	src := statedList("ISMAPクラウドサービスリスト", "2026年8月1日現在")
	sjis, err := japanese.ShiftJIS.NewEncoder().String(src)
	if err != nil {
		t.Fatal(err)
	}
	utf16, err := unicode.UTF16(unicode.LittleEndian, unicode.UseBOM).NewEncoder().String(strings.ReplaceAll(src, ",", "\t"))
	if err != nil {
		t.Fatal(err)
	}
	var rows [][]any
	for _, line := range strings.Split(strings.TrimSpace(src), "\n") {
		var cells []any
		for _, c := range strings.Split(line, ",") {
			cells = append(cells, c)
		}
		rows = append(rows, cells)
	}
	xlsx := bookOf(rows...)
	for _, tt := range []struct{ name, file, data, at string }{
		{"Shift_JIS", "list.csv", sjis, "2:1"},
		{"Unicode text", "list.txt", utf16, "2:1"},
		{"xlsx", "list.xlsx", string(xlsx), "Sheet1!A2"},
	} {
		f, err := ReadISMAPFile(strings.NewReader(tt.data), tt.file)
		if err != nil || f.Stated != date("2026-08-01") || f.StatedAt != tt.at || f.StatedText != "2026年8月1日現在" {
			t.Errorf("%s: stated %s at %q %q, %v", tt.name, f.Stated, f.StatedAt, f.StatedText, err)
		}
	}
}

// TestNoStatedDate: a file that states no date of its own is read as
// before (Stated zero, lists import keeps today): no line above the
// header, a title alone, 現在 with no date before it, a date with no
// 現在 after it, a date with 現在 or 時点 in a sentence or glued to
// other text, and 現在 in a service's row (not above the header).
func TestNoStatedDate(t *testing.T) {
	for _, above := range [][]string{
		{},
		{"ISMAPクラウドサービスリスト"},
		{"現在の登録サービスの一覧です"},
		// A date with 現在 or 時点 inside a sentence, or glued to other
		// text, dates something else: these dated the list (2026-09-30,
		// 2025-04-01, 2026-08-01), and the right --date was refused.
		{"※2026年9月30日時点で登録の更新手続中のサービスを含みます"},
		{"登録日が2025年4月1日時点より前のサービスを含む"},
		{"No.20260801現在"},
		{"ISMAPクラウドサービスリスト", "※2026年9月30日時点で登録の更新手続中のサービスを含みます"},
		// A date that starts the cell, followed by a sentence rather than
		// a title, or by a title glued to the word.
		{"2026年9月30日時点で登録の更新手続中のサービスを含みます"},
		{"2026年9月30日時点の登録サービスを含みます"},
		{"2026年9月30日時点 更新手続中のサービスを含みます。"},
		{"2026年8月1日現在ISMAPクラウドサービスリスト"},
		{"2026年8月1日現在。更新手続中のサービスを含みます"},
	} {
		src := statedList(above...)
		if len(above) == 0 {
			src = strings.TrimPrefix(src, "\n")
		}
		f, err := ReadISMAPFile(strings.NewReader(src), "list.csv")
		if err != nil || !f.Stated.IsZero() || f.StatedAt != "" || len(f.Services) != 1 {
			t.Errorf("%q: stated %s at %q, %v", above, f.Stated, f.StatedAt, err)
		}
	}
	src := "登録番号,クラウドサービス名称,クラウドサービス事業者名,言明の対象範囲\nC22-0031-1,多摩クラウドメール,株式会社多摩クラウドメール,2026年8月1日現在の機能\n"
	if f, err := ReadISMAPFile(strings.NewReader(src), "list.csv"); err != nil || !f.Stated.IsZero() {
		t.Errorf("現在 in a service's row: stated %s, %v", f.Stated, err)
	}
}

// TestStatedDateRefused: a stated date that does not exist, or two
// different stated dates, are refused at their cell rather than the file
// being taken as undated (and dated today); the same date twice is one.
func TestStatedDateRefused(t *testing.T) {
	for _, tt := range []struct {
		above []string
		want  string
	}{
		{[]string{"2026年2月30日現在"}, "1:1: the date the list states here is wrong ("},
		{[]string{"2026年8月1日（金）現在"}, "1:1: the date the list states here is wrong ("},
		{[]string{"2026年8月1日現在", "令和8年9月1日時点"}, "2:1: two dates are stated for the list, 2026-09-01 here and 2026-08-01 at 1:1: which one is meant is not guessed; delete one, then import"},
	} {
		_, err := ReadISMAPFile(strings.NewReader(statedList(tt.above...)), "list.csv")
		if err == nil || !strings.HasPrefix(err.Error(), tt.want) {
			t.Errorf("%q: %v, want %q", tt.above, err, tt.want)
		}
		if pe, ok := err.(*Error); ok && !strings.Contains(pe.Message("ja"), "日付") {
			t.Errorf("%q: Japanese message %q", tt.above, pe.Message("ja"))
		}
	}
	if f, err := ReadISMAPFile(strings.NewReader(statedList("2026年8月1日現在", "（令和8年8月1日時点）")), "list.csv"); err != nil || f.Stated != date("2026-08-01") || f.StatedAt != "1:1" {
		t.Errorf("the same date twice: stated %s at %q, %v", f.Stated, f.StatedAt, err)
	}
}

// TestStatedDateOther: a cell above the header holding a date with 現在
// or 時点 that is not the list's date is named (OtherAt, OtherText), so
// that lists import can say the list was dated otherwise; a cell
// without one, or the list's own date, is not.
func TestStatedDateOther(t *testing.T) {
	for _, tt := range []struct {
		above    []string
		at, text string
	}{
		{[]string{"ISMAPクラウドサービスリスト", "※2026年9月30日時点で登録の更新手続中のサービスを含みます"}, "2:1", "※2026年9月30日時点で登録の更新手続中のサービスを含みます"},
		{[]string{"No.20260801現在", "登録日が2025年4月1日時点より前のサービスを含む"}, "1:1", "No.20260801現在"},
		{[]string{"ISMAPクラウドサービスリスト", "現在の登録サービスの一覧です", "更新日 2026年8月1日"}, "", ""},
		{[]string{"2026年8月1日現在"}, "", ""},
	} {
		f, err := ReadISMAPFile(strings.NewReader(statedList(tt.above...)), "list.csv")
		if err != nil || f.OtherAt != tt.at || f.OtherText != tt.text {
			t.Errorf("%q: other at %q %q, %v; want %q %q", tt.above, f.OtherAt, f.OtherText, err, tt.at, tt.text)
		}
	}
}
