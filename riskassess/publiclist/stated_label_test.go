package publiclist

import (
	"bytes"
	"strings"
	"testing"
)

// statedBook is an ISMAP list workbook whose rows above the header are
// above (each row's cells in order) and one service below it.
func statedBook(above ...[]any) []byte {
	rows := append(above,
		[]any{"登録番号", "クラウドサービス名称", "クラウドサービス事業者名", "登録日", "有効期限"},
		[]any{"C22-0031-1", "多摩クラウドメール", "株式会社多摩クラウドメール", "2025/4/1", "2027/8/31"})
	return bookOf(rows...)
}

// TestStatedDateLabel: a date with 時点 after the name of another date
// (「登録日 2025年4月1日時点」, a registration-date header or cell above
// the header row) dated the list 2025-04-01, and lists import recorded a
// list of today as one of 2025. It is a service's date, not the list's:
// the list is undated and the cell is named (OtherAt). A date after a
// title or the list's update date still dates the list.
func TestStatedDateLabel(t *testing.T) {
	for _, tt := range []struct {
		above [][]any
		at    string
	}{
		{[][]any{{"ISMAPクラウドサービスリスト"}, {"登録日 2025年4月1日時点"}}, "Sheet1!A2"},
		{[][]any{{"登録日：2025年4月1日時点"}}, "Sheet1!A1"},
		{[][]any{{"有効期限（2027年8月31日時点）"}}, "Sheet1!A1"},
		{[][]any{{"Registration Date 2025/4/1 現在"}}, "Sheet1!A1"},
		{[][]any{{"ISMAPクラウドサービスリスト"}, {"登録日", "2025年4月1日時点"}}, "Sheet1!B2"},
		{[][]any{{"登録年月日", "2025/4/1", "現在"}}, "Sheet1!B1"},
	} {
		f, err := ReadISMAPFile(bytes.NewReader(statedBook(tt.above...)), "list.xlsx")
		if err != nil || !f.Stated.IsZero() || f.OtherAt != tt.at || len(f.Services) != 1 {
			t.Errorf("%q: stated %s at %q, other at %q, %v; want undated, other at %s", tt.above, f.Stated, f.StatedAt, f.OtherAt, err, tt.at)
		}
	}
	for _, tt := range []struct {
		above [][]any
		at    string
	}{
		{[][]any{{"ISMAPクラウドサービスリスト 2026年8月1日現在"}}, "Sheet1!A1"},
		{[][]any{{"更新日 2026年8月1日現在"}}, "Sheet1!A1"},
		{[][]any{{"ISMAPクラウドサービスリスト", "2026年8月1日現在"}}, "Sheet1!B1"},
		{[][]any{{"更新日", "2026/8/1", "現在"}}, "Sheet1!B1"},
		{[][]any{{"登録日順リスト（2026年8月1日時点）"}}, "Sheet1!A1"},
	} {
		f, err := ReadISMAPFile(bytes.NewReader(statedBook(tt.above...)), "list.xlsx")
		if err != nil || f.Stated != date("2026-08-01") || f.StatedAt != tt.at || len(f.Services) != 1 {
			t.Errorf("%q: stated %s at %q, %v; want 2026-08-01 at %s", tt.above, f.Stated, f.StatedAt, err, tt.at)
		}
	}
}

// TestStatedDateNumber: 「No. 20260801現在」 dated the list 2026-08-01
// while 「No.20260801現在」 did not: the space made a number (a list's
// or version's number, as the ISMAP lists write their dates with 年月日
// or slashes) the list's date. After No., #, 番号, Ver. or Rev. the
// digits are a number, with or without a space, and the cell is named
// (OtherAt); a title ending in other Latin letters (ISMAP-LIU, as of)
// still dates the list.
func TestStatedDateNumber(t *testing.T) {
	for _, tt := range []struct {
		above [][]any
		at    string
	}{
		{[][]any{{"ISMAPクラウドサービスリスト"}, {"No. 20260801現在"}}, "Sheet1!A2"},
		{[][]any{{"ＮＯ．　２０２６０８０１現在"}}, "Sheet1!A1"},
		{[][]any{{"ISMAP-LIU No: 2026/8/1 時点"}}, "Sheet1!A1"},
		{[][]any{{"リスト番号 20260801時点"}}, "Sheet1!A1"},
		{[][]any{{"Ver. 20260801 現在"}}, "Sheet1!A1"},
		{[][]any{{"No.", "20260801現在"}}, "Sheet1!B1"},
	} {
		f, err := ReadISMAPFile(bytes.NewReader(statedBook(tt.above...)), "list.xlsx")
		if err != nil || !f.Stated.IsZero() || f.OtherAt != tt.at || len(f.Services) != 1 {
			t.Errorf("%q: stated %s at %q, other at %q, %v; want undated, other at %s", tt.above, f.Stated, f.StatedAt, f.OtherAt, err, tt.at)
		}
	}
	for _, tt := range []struct {
		above [][]any
		at    string
	}{
		{[][]any{{"ISMAP-LIU 2026年8月1日時点"}}, "Sheet1!A1"},
		{[][]any{{"ISMAP Cloud Service List as of 2026/8/1 現在"}}, "Sheet1!A1"},
		{[][]any{{"Casino 20260801現在"}}, "Sheet1!A1"},
		{[][]any{{"ISMAPクラウドサービスリスト 20260801現在"}}, "Sheet1!A1"},
	} {
		f, err := ReadISMAPFile(bytes.NewReader(statedBook(tt.above...)), "list.xlsx")
		if err != nil || f.Stated != date("2026-08-01") || f.StatedAt != tt.at || len(f.Services) != 1 {
			t.Errorf("%q: stated %s at %q, %v; want 2026-08-01 at %s", tt.above, f.Stated, f.StatedAt, err, tt.at)
		}
	}
}

// TestStatedDateNoteAndPhrase: a title whose date is followed by a note
// starting with ※ (「…リスト 2026年8月1日現在 ※更新手続中のサービスを
// 含みます」), and a bracket that the date starts with a phrase after a
// comma (「（令和8年8月1日現在、登録番号順）」), were read as undated, and
// lists import dated the list today. Both state the list's date
// unambiguously. A sentence after the word, a note before the date, a
// phrase with another 現在 or 時点 or a bracket, and a bracket the date
// does not start are still not the list's date.
func TestStatedDateNoteAndPhrase(t *testing.T) {
	for _, tt := range []struct {
		above [][]any
		at    string
	}{
		{[][]any{{"ISMAPクラウドサービスリスト 2026年8月1日現在 ※更新手続中のサービスを含みます"}}, "Sheet1!A1"},
		{[][]any{{"ISMAPクラウドサービスリスト 2026年8月1日現在\n※更新手続中のサービスを含みます"}}, "Sheet1!A1"},
		{[][]any{{"2026年8月1日現在。※更新手続中のサービスを含みます"}}, "Sheet1!A1"},
		{[][]any{{"ISMAPクラウドサービスリスト（令和8年8月1日現在、登録番号順）"}}, "Sheet1!A1"},
		{[][]any{{"ISMAPクラウドサービスリスト"}, {"（令和8年8月1日現在、登録番号順）"}}, "Sheet1!A2"},
		{[][]any{{"ISMAPクラウドサービスリスト【2026/8/1時点，五十音順】"}}, "Sheet1!A1"},
	} {
		f, err := ReadISMAPFile(bytes.NewReader(statedBook(tt.above...)), "list.xlsx")
		if err != nil || f.Stated != date("2026-08-01") || f.StatedAt != tt.at || len(f.Services) != 1 {
			t.Errorf("%q: stated %s at %q, %v; want 2026-08-01 at %s", tt.above, f.Stated, f.StatedAt, err, tt.at)
		}
	}
	for _, tt := range []struct {
		above [][]any
		at    string
	}{
		{[][]any{{"2026年8月1日現在。更新手続中のサービスを含みます"}}, "Sheet1!A1"},
		{[][]any{{"※2026年9月30日時点で登録の更新手続中のサービスを含みます"}}, "Sheet1!A1"},
		{[][]any{{"ISMAPクラウドサービスリスト（令和8年8月1日現在、9月1日時点の更新を含む）"}}, "Sheet1!A1"},
		{[][]any{{"ISMAPクラウドサービスリスト（令和8年8月1日現在、（注）を参照）"}}, "Sheet1!A1"},
		{[][]any{{"（登録番号順、2026年8月1日現在）"}}, "Sheet1!A1"},
		{[][]any{{"（登録日 2025年4月1日時点、登録番号順）"}}, "Sheet1!A1"},
		{[][]any{{"（2026年8月1日現在、"}}, "Sheet1!A1"},
	} {
		f, err := ReadISMAPFile(bytes.NewReader(statedBook(tt.above...)), "list.xlsx")
		if err != nil || !f.Stated.IsZero() || f.OtherAt != tt.at || len(f.Services) != 1 {
			t.Errorf("%q: stated %s at %q, other at %q, %v; want undated, other at %s", tt.above, f.Stated, f.StatedAt, f.OtherAt, err, tt.at)
		}
	}
}

// TestStatedMonth: a list stating a month and no day (「2026年8月現在」)
// was read as undated, without a note, and lists import dated it today:
// months later than the list may be. The month is returned as
// StatedMonth (its first day, Stated zero) with its cell, so that lists
// import can ask for the day; a month that does not exist is refused, a
// day in the month is the list's date, and a day in another month is a
// second date, refused.
func TestStatedMonth(t *testing.T) {
	for _, tt := range []struct {
		above [][]any
		at    string
	}{
		{[][]any{{"ISMAPクラウドサービスリスト"}, {"2026年8月現在"}}, "Sheet1!A2"},
		{[][]any{{"ISMAPクラウドサービスリスト（令和8年8月時点）"}}, "Sheet1!A1"},
		{[][]any{{"ISMAP-LIU 2026/8 現在"}}, "Sheet1!A1"},
		{[][]any{{"２０２６年８月現在"}}, "Sheet1!A1"},
		{[][]any{{"2026/8", "時点"}}, "Sheet1!A1"},
		{[][]any{{"2026年8月更新"}}, "Sheet1!A1"},
	} {
		f, err := ReadISMAPFile(bytes.NewReader(statedBook(tt.above...)), "list.xlsx")
		if err != nil || !f.Stated.IsZero() || f.StatedMonth != date("2026-08-01") || f.StatedAt != tt.at || len(f.Services) != 1 {
			t.Errorf("%q: stated %s, month %s at %q, %v; want month 2026-08 at %s", tt.above, f.Stated, f.StatedMonth, f.StatedAt, err, tt.at)
		}
	}
	for _, tt := range []struct {
		above [][]any
		want  string
	}{
		{[][]any{{"2026年13月現在"}}, "Sheet1!A1: the date the list states here is wrong ("},
		{[][]any{{"2026年8月現在"}, {"2026年9月1日現在"}}, "Sheet1!A2: two dates are stated for the list, 2026-09-01 here and 2026-08 at Sheet1!A1"},
		{[][]any{{"2026年8月現在"}, {"2026年9月現在"}}, "Sheet1!A2: two dates are stated for the list, 2026-09 here and 2026-08 at Sheet1!A1"},
	} {
		_, err := ReadISMAPFile(bytes.NewReader(statedBook(tt.above...)), "list.xlsx")
		if err == nil || !strings.HasPrefix(err.Error(), tt.want) {
			t.Errorf("%q: %v, want %q", tt.above, err, tt.want)
		}
	}
	// A date cell shown as a month (serial 46235.5, 2026-08-01 noon).
	for _, code := range []string{`yyyy"年"m"月現在"`, `[$-ja-JP-x-gannen]ggge"年"m"月"" 時点"`} {
		f, err := ReadISMAPFile(bytes.NewReader(datedBook(t, 0, code)), "list.xlsx")
		if err != nil || !f.Stated.IsZero() || f.StatedMonth != date("2026-08-01") || f.StatedAt != "Sheet1!A2" {
			t.Errorf("%s: stated %s, month %s at %q, %v; want month 2026-08 at Sheet1!A2", code, f.Stated, f.StatedMonth, f.StatedAt, err)
		}
	}
	// A day in the stated month is the list's date.
	f, err := ReadISMAPFile(bytes.NewReader(statedBook([]any{"2026年8月現在"}, []any{"（2026年8月1日時点）"})), "list.xlsx")
	if err != nil || f.Stated != date("2026-08-01") || !f.StatedMonth.IsZero() || f.StatedAt != "Sheet1!A2" {
		t.Errorf("a month and a day in it: stated %s, month %s at %q, %v", f.Stated, f.StatedMonth, f.StatedAt, err)
	}
	// A month in a sentence is a note's, as a day is; a month without
	// a word after it states no month (it is UnreadAt, the day and
	// whether it is the list's not known: TestStatedDateUnread).
	for _, above := range []string{"※2026年8月現在、更新手続中のサービスを含みます", "ISMAPクラウドサービスリスト 2026年8月"} {
		f, err := ReadISMAPFile(bytes.NewReader(statedBook([]any{above})), "list.xlsx")
		if err != nil || !f.Stated.IsZero() || !f.StatedMonth.IsZero() || len(f.Services) != 1 {
			t.Errorf("%q: stated %s, month %s, %v", above, f.Stated, f.StatedMonth, err)
		}
	}
}

// TestStatedDateWideSpacesAndSlashes holds the inputs with which commits
// reverted in c21ef7c dated a list today, the newest snapshot, without a
// word: one date typed with full-width spaces or slashes (a cell split at
// ／ or U+3000 whenever two pieces held a digit), a title whose bracket
// names a period or a dash cell before the date (read as a period).
// Each states the list's date, 2026-08-01.
func TestStatedDateWideSpacesAndSlashes(t *testing.T) {
	for _, tt := range []struct {
		above [][]any
		at    string
	}{
		{[][]any{{"令和８年　８月　１日現在"}}, "Sheet1!A1"},
		{[][]any{{"2026年　8月　1日　現在"}}, "Sheet1!A1"},
		{[][]any{{"２０２６／８／１現在"}}, "Sheet1!A1"},
		{[][]any{{"更新日：2026／08／01"}}, "Sheet1!A1"},
		{[][]any{{"ISMAP登録サービス（有効期間中）", "2026年8月1日現在"}}, "Sheet1!B1"},
		{[][]any{{"ISMAPクラウドサービスリスト", "-", "2026年8月1日現在"}}, "Sheet1!C1"},
	} {
		f, err := ReadISMAPFile(bytes.NewReader(statedBook(tt.above...)), "list.xlsx")
		if err != nil || f.Stated != date("2026-08-01") || f.StatedAt != tt.at || len(f.Services) != 1 {
			t.Errorf("%q: stated %s at %q, %v; want 2026-08-01 at %s", tt.above, f.Stated, f.StatedAt, err, tt.at)
		}
	}
}
