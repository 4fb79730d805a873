package publiclist

import (
	"bytes"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
)

// TestStatedDateUnread: text like a date where a list states its date,
// in a form no reader takes (「R.8.8.1現在」, 「令和8(2026)年8月1日現在」,
// 「2026年8月1日10時現在」, 「8月1日現在」 without a year, 「1 August
// 2026」), was no date at all: the file was undated, without a note, and
// lists import dated the list today, the newest snapshot. Such a cell is
// UnreadAt (lists import asks for --date). The forms that are read date
// the list as before (full width, 令和元年, 平成, spaces, a time after a
// space, 2026.8.1, R8.8.1); versions, fiscal years, a time alone and the
// dates of sentences, numbers and services are no such text.
func TestStatedDateUnread(t *testing.T) {
	stated := func(d string) statedResult { return statedResult{Stated: d, StatedAt: "2:1"} }
	unread := statedResult{Unread: "2:1"}
	for _, tt := range []struct {
		above string
		want  statedResult
	}{
		// Read: dated right.
		{"２０２６年８月１日現在", stated("2026-08-01")},
		{"令和元年８月１日現在", stated("2019-08-01")},
		{"令和元年5月1日時点", stated("2019-05-01")},
		{"平成31年4月30日現在", stated("2019-04-30")},
		{"平成３１年４月１日時点", stated("2019-04-01")},
		{"H31.4.1現在", stated("2019-04-01")},
		{"2026 年 8 月 1 日 現在", stated("2026-08-01")},
		{"令和８年　８月　１日現在", stated("2026-08-01")},
		{"２０２６／８／１現在", stated("2026-08-01")},
		{"2026年8月1日 10:00現在", stated("2026-08-01")},
		{"2026.8.1現在", stated("2026-08-01")},
		{"ISMAPクラウドサービスリスト（2026.8.1現在）", stated("2026-08-01")},
		{"R8.8.1現在", stated("2026-08-01")},
		{"Ｒ８．８．１現在", stated("2026-08-01")},
		{"二〇二六年八月一日現在", stated("2026-08-01")},
		{"令和八年八月一日時点", stated("2026-08-01")},
		// Read, and refused: a day outside its era.
		{"令和元年4月1日現在", statedResult{Err: "2:1: the date the list states here is wrong (Reiwa started on 2019-05-01 (this day is H31.4.1)); correct it before importing"}},
		{"平成31年5月1日現在", statedResult{Err: "2:1: the date the list states here is wrong (Heisei ended on 2019-04-30 (this day is R1.5.1)); correct it before importing"}},
		// Like a date, not read: the list's date is asked for.
		{"R.8.8.1現在", unread},
		{"令和8(2026)年8月1日現在", unread},
		{"2026(令和8)年8月1日現在", unread},
		{"2026年（令和8年）8月1日現在", unread},
		{"ISMAPクラウドサービスリスト（令和8(2026)年8月1日時点）", unread},
		{"2026年8月1日10時現在", unread},
		{"2026年8月1日 午前10時現在", unread},
		{"2026年8月1日10:00現在", unread},
		{"2026年8月1日（土）10:00現在", unread},
		{"2026/8/1 25:30現在", unread},
		{"2026/8/1 10:00-12 現在", unread},
		{"2026年8月1日(土)(日)現在", unread},
		{"8月1日現在", unread},
		{"8/1現在", unread},
		{"八月一日現在", unread},
		{"12月現在", unread},
		{"ISMAPクラウドサービスリスト（８月時点）", unread},
		{"2026_8_1現在", unread},
		{"2026年8月1目現在", unread},
		{"8.8.1現在", unread},
		{"2026-8-1-現在", unread},
		{"ISMAPクラウドサービスリスト（2026年8月）", unread},
		{"ISMAPクラウドサービスリスト 令和8年8月", unread},
		{"ISMAPクラウドサービスリスト（8月）", unread},
		{"ISMAPクラウドサービスリスト（8月1日時点）", unread},
		{"Aug 1 2026 現在", unread},
		{"ISMAP Cloud Service List as of August 1 2026", unread},
		{"1 August 2026", unread},
		{"ISMAPクラウドサービスリスト（令和8(2026)年8月1日）", unread},
		{"公開日：R.8.8.1", unread},
		{"2026年8月1日10時 更新", unread},
		// After a list's name or the name of its date, or a cell of
		// date text only: still asked for.
		{"ISMAP-LIU R.8.8.1", unread},
		{"ISMAPクラウドサービス R.8.8.1", unread},
		{"ISMAPクラウドサービスリスト - R.8.8.1", unread},
		{"ISMAPクラウドサービスリスト：R.8.8.1", unread},
		{"ISMAPクラウドサービスリスト 2026-08", unread},
		{"ISMAPクラウドサービスリスト（2026/8）", unread},
		{"公表日 R.8.8.1", unread},
		{"Updated on 1 Aug 2026", unread},
		{"（8月1日）", unread},
		{"年12月31日", unread},
		{"12/10/2026", unread},
		// A name that starts with ISMAP is taken for the list's (a false
		// refusal for a committee's), and a time of four digits before
		// 現在 is no telephone number.
		{"ISMAP登録サービス R.8.8.1", unread},
		{"ISMAP運営委員会 R.8.8.1", unread},
		{"2026.08.01 1030 現在", unread},
		{"TEL 03-3581-2026 現在", unread},
		// Not like a date, or not the list's: as before.
		{"ISMAPクラウドサービスリスト 第3.1.2版", statedResult{}},
		{"ISMAPクラウドサービスリスト 2.1版", statedResult{}},
		{"ISMAPクラウドサービスリスト v1.2.3", statedResult{}},
		{"令和7年度 第2版", statedResult{}},
		{"第3版 全312件", statedResult{}},
		{"ISMAPクラウドサービスリスト（12ヶ月以内に更新）", statedResult{}},
		{"ISMAPクラウドサービスリスト 2025年度版", statedResult{}},
		{"毎月1日更新", statedResult{}},
		{"ISMAPクラウドサービスリスト（1/2）", statedResult{}},
		{"問合せ先：ISMAP運営委員会事務局 03-1234-5678", statedResult{}},
		{"〒100-8914 東京都千代田区永田町1-6-1", statedResult{}},
		{"ISMAPクラウドサービスリスト 3.1.2", statedResult{}},
		{"令和8年度 第1回 ISMAP運営委員会 資料2-1", statedResult{}},
		{"ISMAP管理基準 2023年版 2.1 更新", statedResult{}},
		{"ISMAPクラウドサービスリスト 令和8年度 第2.1版", statedResult{}},
		{"2026年度第2四半期 12事業者 45サービス", statedResult{}},
		{"ISMAPクラウドサービスリスト 2.1", statedResult{}},
		{"ISMAPクラウドサービスリスト 10:00現在", statedResult{}},
		{"ISMAP Cloud Service Marketplace 3", statedResult{}},
		{"※8月1日以降に登録したサービスを含みます", statedResult{}},
		// Numbers and dates that are not the list's, not where its date
		// stands: a telephone number, a product's or a standard's years,
		// the days of updates, the next or last update, a meeting, an
		// issue of a year.
		{"TEL 03-3581-2026", statedResult{}},
		{"FAX 03-2026-0001", statedResult{}},
		{"TEL: 0120-2026-12", statedResult{}},
		{"〒100-8968 東京都千代田区霞が関2-1-2 TEL 03-1234-2026", statedResult{}},
		{"推奨環境：Microsoft Excel 2016 / 2019 / 2021", statedResult{}},
		{"Excel 2016 / 2019 / 2021", statedResult{}},
		{"ISO/IEC 27001:2013 / 27017:2015", statedResult{}},
		{"更新頻度：毎月1日・15日", statedResult{}},
		{"ISMAPクラウドサービスリスト 2026-1", statedResult{}},
		// Dates like a date but not the list's (the next or last update,
		// a meeting): another date, named (lists import dates the list
		// today with a note), not asked for.
		{"次回更新予定：8月1日", statedResult{Other: "2:1"}},
		{"次回更新：8月1日", statedResult{Other: "2:1"}},
		{"ISMAPクラウドサービスリスト（次回：9月1日）", statedResult{Other: "2:1"}},
		{"ISMAPクラウドサービスリスト（前回7月1日）", statedResult{Other: "2:1"}},
		{"前回（7月1日）からの変更 12件", statedResult{Other: "2:1"}},
		{"2026年度 第1回（8月）", statedResult{Other: "2:1"}},
		{"ISMAPクラウドサービスリスト 12月・6月", statedResult{Other: "2:1"}},
		{"前回更新日：R.8.7.1", statedResult{Other: "2:1"}},
		// Like a date, in a sentence or after a service's date or a
		// number: another date, named (it was not: the list was dated
		// today without a word).
		{"※R.8.8.1時点で登録の更新手続中のサービスを含みます", statedResult{Other: "2:1"}},
		{"R.8.8.1現在（速報）", statedResult{Other: "2:1"}},
		{"2026年8月1日10時現在の登録サービスを含みます", statedResult{Other: "2:1"}},
		{"登録日 R.8.8.1", statedResult{}},
		{"No. 2026.8.1.1現在", statedResult{Other: "2:1"}},
		{"No.20260801 10:00現在", statedResult{Other: "2:1"}},
	} {
		checkStatedCSV(t, tt.above, tt.want)
	}

	// A month or a date read with the word in the cell after it is no
	// such text (2026/8 | 時点 is a month stated, 2026/8/1 | 現在 the date).
	for _, tt := range []struct {
		above []any
		want  statedResult
	}{
		{[]any{"2026/8", "時点"}, statedResult{StatedAt: "Sheet1!A1"}},
		{[]any{"2026/8/1", "現在"}, statedResult{Stated: "2026-08-01", StatedAt: "Sheet1!A1"}},
		{[]any{"R.8.8.1", "現在"}, statedResult{Unread: "Sheet1!A1"}},
		{[]any{"2026/8", "更新", "C21-0099-2 の有効期限"}, statedResult{Unread: "Sheet1!A1"}},
	} {
		f, err := ReadISMAPFile(bytes.NewReader(statedBook(tt.above)), "list.xlsx")
		if diff := cmp.Diff(tt.want, statedOf(f, err)); diff != "" {
			t.Errorf("%q (-want +got):\n%s", tt.above, diff)
		}
	}
	// The label in the cell before: a service's date is that date.
	f, err := ReadISMAPFile(strings.NewReader(statedList("登録日,R.8.8.1")), "list.csv")
	if diff := cmp.Diff(statedResult{Other: "1:2"}, statedOf(f, err)); diff != "" {
		t.Errorf("登録日 | R.8.8.1 (-want +got):\n%s", diff)
	}
	// Another cell stating a date: still asked for (the two may differ).
	f, err = ReadISMAPFile(strings.NewReader(statedList("2026年8月1日現在", "R.8.9.1時点")), "list.csv")
	if diff := cmp.Diff(statedResult{Stated: "2026-08-01", StatedAt: "1:1", Unread: "2:1"}, statedOf(f, err)); diff != "" {
		t.Errorf("stated and unread (-want +got):\n%s", diff)
	}
	// A number like a date elsewhere above the header or on a sheet of
	// notes, and the date stated: dated as stated.
	f, err = ReadISMAPFile(strings.NewReader(statedList("2026年8月1日現在", "TEL 03-3581-2026", "推奨環境：Microsoft Excel 2016 / 2019 / 2021", "次回更新予定：9月1日")), "list.csv")
	if diff := cmp.Diff(statedResult{Stated: "2026-08-01", StatedAt: "1:1", Other: "4:1"}, statedOf(f, err)); diff != "" {
		t.Errorf("stated with a telephone number (-want +got):\n%s", diff)
	}
	f, err = ReadISMAPFile(bytes.NewReader(coverBook(t, []string{"お問い合わせ", "TEL 03-3581-2026", "ISO/IEC 27001:2013 / 27017:2015"}, "2026年8月1日現在")), "list.xlsx")
	if diff := cmp.Diff(statedResult{Stated: "2026-08-01", StatedAt: "リスト!A1"}, statedOf(f, err)); diff != "" {
		t.Errorf("sheet of notes (-want +got):\n%s", diff)
	}
	// In a workbook: a cell with a comma, a cover sheet, a date cell whose
	// format shows no year (m"月"d"日現在", 8月1日現在).
	f, err = ReadISMAPFile(bytes.NewReader(statedBook([]any{"Aug 1, 2026 現在"})), "list.xlsx")
	if diff := cmp.Diff(statedResult{Unread: "Sheet1!A1"}, statedOf(f, err)); diff != "" {
		t.Errorf("Aug 1, 2026 (-want +got):\n%s", diff)
	}
	f, err = ReadISMAPFile(bytes.NewReader(coverBook(t, []string{"ISMAPクラウドサービスリスト", "R.8.8.1現在"})), "list.xlsx")
	if diff := cmp.Diff(statedResult{Unread: "表紙!B4"}, statedOf(f, err)); diff != "" {
		t.Errorf("cover sheet (-want +got):\n%s", diff)
	}
	f, err = ReadISMAPFile(bytes.NewReader(datedBook(t, 0, `m"月"d"日現在"`)), "list.xlsx")
	if diff := cmp.Diff(statedResult{Unread: "Sheet1!A2"}, statedOf(f, err)); diff != "" {
		t.Errorf("date cell without a year (-want +got):\n%s", diff)
	}
}
