package publiclist

import (
	"bytes"
	"strings"
	"testing"
)

// TestStatedDateUpdated: a list that states its date with 更新, 公表 or
// 公開 after it (「2026/8/1 更新」, 「令和8年8月1日公表」) or after the
// name of the list's date (「公開日：2026年8月1日」, 「更新日 2026/8/1」)
// was read as undated, and lists import dated it today, later than it is,
// as the newest snapshot. These date the list as 現在 and 時点 do.
func TestStatedDateUpdated(t *testing.T) {
	for _, tt := range []struct{ above, at string }{
		{"2026/8/1 更新", "1:1"},
		{"令和8年8月1日公表", "1:1"},
		{"ISMAPクラウドサービスリスト（2026年8月1日更新）", "1:1"},
		{"ISMAPクラウドサービスリスト 2026年8月1日公開", "1:1"},
		{"2026年8月1日版", "1:1"},
		{"公開日：2026年8月1日", "1:1"},
		{"更新日 2026/8/1", "1:1"},
		{"最終更新日：令和8年8月1日", "1:1"},
		{"ISMAPクラウドサービスリスト（公表日：2026年8月1日）", "1:1"},
		{"ISMAPクラウドサービスリストの更新日 2026年8月1日", "1:1"},
		{"Last updated: 2026/8/1", "1:1"},
		{"公開日,2026/8/1", "1:2"},
		{"ISMAPクラウドサービスリスト,最終更新日,2026年8月1日", "1:3"},
	} {
		f, err := ReadISMAPFile(strings.NewReader(statedList(tt.above)), "list.csv")
		if err != nil || f.Stated != date("2026-08-01") || f.StatedAt != tt.at || f.BareAt != "" || len(f.Services) != 1 {
			t.Errorf("%q: stated %s at %q, bare at %q, %v; want 2026-08-01 at %s", tt.above, f.Stated, f.StatedAt, f.BareAt, err, tt.at)
		}
	}
	// A day that does not exist is refused at its cell, as with 現在.
	for _, above := range []string{"公開日：2026年2月30日", "2026/2/30 更新"} {
		_, err := ReadISMAPFile(strings.NewReader(statedList(above)), "list.csv")
		if err == nil || !strings.HasPrefix(err.Error(), "1:1: the date the list states here is wrong (") {
			t.Errorf("%q: %v, want refused at 1:1", above, err)
		}
	}
	// Two such dates that differ are two dates, as with 現在.
	_, err := ReadISMAPFile(strings.NewReader(statedList("公開日：2026年8月1日", "更新日 2026/9/1")), "list.csv")
	if err == nil || !strings.HasPrefix(err.Error(), "2:1: two dates are stated for the list, 2026-09-01 here and 2026-08-01 at 1:1") {
		t.Errorf("公開日 and another 更新日: %v", err)
	}
	// The day the list stands at (現在, 時点) dates it before the day
	// it was updated or published, which may be later (a page updated on
	// 8/3 with the list as of 8/1), above the header or on a cover sheet.
	for _, above := range [][]string{{"2026年8月1日現在", "更新日 2026/8/3"}, {"公開日：2026年8月3日", "（令和8年8月1日時点）"}} {
		f, err := ReadISMAPFile(strings.NewReader(statedList(above...)), "list.csv")
		if err != nil || f.Stated != date("2026-08-01") || !strings.Contains(f.StatedText, "8月1日") {
			t.Errorf("%q: stated %s at %q %q, %v; want 2026-08-01", above, f.Stated, f.StatedAt, f.StatedText, err)
		}
	}
	for _, tt := range []struct {
		cover, above, at string
	}{
		{"更新日 2026/8/3", "2026年8月1日現在", "リスト!A1"},
		{"2026年8月1日現在", "公開日：2026年8月3日", "表紙!B2"},
	} {
		f, err := ReadISMAPFile(bytes.NewReader(coverBook(t, []string{tt.cover}, tt.above)), "list.xlsx")
		if err != nil || f.Stated != date("2026-08-01") || f.StatedAt != tt.at {
			t.Errorf("cover %q, list %q: stated %s at %q, %v; want 2026-08-01 at %s", tt.cover, tt.above, f.Stated, f.StatedAt, err, tt.at)
		}
	}
}

// TestBareDate: a date with no word saying what it dates, where a list
// states its date (「ISMAPクラウドサービスリスト 2026年8月1日」, a cell
// of its own, a bracket), was read as undated without a note, and lists
// import dated the list today. It may be the list's date or the day the
// file was saved: it is returned as BareDate with its cell, for lists
// import to ask for --date; a file that states its date has none.
func TestBareDate(t *testing.T) {
	for _, tt := range []struct {
		above []string
		at    string
	}{
		{[]string{"ISMAPクラウドサービスリスト 2026年8月1日"}, "1:1"},
		{[]string{"ISMAPクラウドサービスリスト", "2026年8月1日"}, "2:1"},
		{[]string{"ISMAPクラウドサービスリスト（2026年8月1日）"}, "1:1"},
		{[]string{"ISMAPクラウドサービスリスト,,2026/8/1"}, "1:3"},
		{[]string{"2026年8月1日（土） ISMAPクラウドサービスリスト"}, "1:1"},
		{[]string{"登録更新日 2026/8/1"}, "1:1"}, // not the list's name of a date
		{[]string{"現在,2026/8/1"}, "1:2"},
		{[]string{"ISMAPクラウドサービスリスト - 2026年8月1日"}, "1:1"},
	} {
		f, err := ReadISMAPFile(strings.NewReader(statedList(tt.above...)), "list.csv")
		if err != nil || !f.Stated.IsZero() || !f.StatedMonth.IsZero() || f.BareDate != date("2026-08-01") || f.BareAt != tt.at || len(f.Services) != 1 {
			t.Errorf("%q: stated %s, bare %s at %q, %v; want bare 2026-08-01 at %s", tt.above, f.Stated, f.BareDate, f.BareAt, err, tt.at)
		}
	}
	// A day that does not exist there: its cell, without a date (lists
	// import asks for --date; with it the file imports).
	f, err := ReadISMAPFile(strings.NewReader(statedList("ISMAPクラウドサービスリスト 2026年2月30日")), "list.csv")
	if err != nil || !f.BareDate.IsZero() || f.BareAt != "1:1" || f.BareText != "ISMAPクラウドサービスリスト 2026年2月30日" {
		t.Errorf("a bare day that does not exist: bare %s at %q %q, %v", f.BareDate, f.BareAt, f.BareText, err)
	}
	// A date cell alone, shown by its format without 現在 or 時点: the
	// words of a format (「次回更新 」) may stand before the date.
	for _, code := range []string{"", `"次回更新 "yyyy/m/d`} {
		id := 14
		if code != "" {
			id = 0
		}
		f, err := ReadISMAPFile(bytes.NewReader(datedBook(t, id, code)), "list.xlsx")
		if err != nil || !f.Stated.IsZero() || f.BareDate != date("2026-08-01") || f.BareAt != "Sheet1!A2" {
			t.Errorf("date cell %q: stated %s, bare %s at %q, %v", code, f.Stated, f.BareDate, f.BareAt, err)
		}
	}
	// On a cover sheet, as above the header.
	f, err = ReadISMAPFile(bytes.NewReader(coverBook(t, []string{"ISMAPクラウドサービスリスト", "2026年8月1日"})), "list.xlsx")
	if err != nil || !f.Stated.IsZero() || f.BareDate != date("2026-08-01") || f.BareAt != "表紙!B4" {
		t.Errorf("cover sheet: stated %s, bare %s at %q, %v", f.Stated, f.BareDate, f.BareAt, err)
	}
	// A stated date dates the list: a bare one beside it is no question.
	for _, above := range [][]string{{"2026年8月1日現在", "2026年12月1日"}, {"2026/12/1", "（令和8年8月1日時点）"}} {
		f, err := ReadISMAPFile(strings.NewReader(statedList(above...)), "list.csv")
		if err != nil || f.Stated != date("2026-08-01") || f.BareAt != "" || !f.BareDate.IsZero() {
			t.Errorf("%q: stated %s, bare %s at %q, %v", above, f.Stated, f.BareDate, f.BareAt, err)
		}
	}
	f, err = ReadISMAPFile(bytes.NewReader(coverBook(t, []string{"2026/12/1"}, "2026年8月1日現在")), "list.xlsx")
	if err != nil || f.Stated != date("2026-08-01") || f.BareAt != "" {
		t.Errorf("bare on the cover, stated on the list: stated %s, bare at %q, %v", f.Stated, f.BareAt, err)
	}
}

// TestBareDateOther: a date after the name of a service's date or a
// number (登録日 2025年4月1日, No. 20260801), followed by other words
// (2026年8月1日作成, 2026/8/1 更新予定) or in a sentence is not the
// list's date, nor a bare one: the list is undated (lists import dates it
// today) and the cell is named (OtherAt).
func TestBareDateOther(t *testing.T) {
	for _, tt := range []struct{ above, at string }{
		{"登録日 2025年4月1日", "1:1"},
		{"有効期限：2027/3/31", "1:1"},
		{"登録日,2025/4/1", "1:2"},
		{"No. 20260801", "1:1"},
		{"2026/8/1 更新予定", "1:1"},
		{"2026年8月1日作成", "1:1"},
		{"※2025年4月1日以降に登録したサービスを含みます", "1:1"},
		{"対象期間 2025/4/1～2026/3/31", "1:1"},
		{"対象期間 2025/4/1-2026/3/31", "1:1"},
		{"2025年4月1日から2026年3月31日", "1:1"},
	} {
		f, err := ReadISMAPFile(strings.NewReader(statedList("ISMAPクラウドサービスリスト", tt.above)), "list.csv")
		at := "2:" + strings.TrimPrefix(tt.at, "1:")
		if err != nil || !f.Stated.IsZero() || f.BareAt != "" || f.OtherAt != at || len(f.Services) != 1 {
			t.Errorf("%q: stated %s, bare at %q, other at %q, %v; want other at %s", tt.above, f.Stated, f.BareAt, f.OtherAt, err, at)
		}
	}
	// No date at all: nothing.
	f, err := ReadISMAPFile(strings.NewReader(statedList("ISMAPクラウドサービスリスト", "第3版 全312件")), "list.csv")
	if err != nil || !f.Stated.IsZero() || f.BareAt != "" || f.OtherAt != "" {
		t.Errorf("no date: stated %s, bare at %q, other at %q, %v", f.Stated, f.BareAt, f.OtherAt, err)
	}
}
