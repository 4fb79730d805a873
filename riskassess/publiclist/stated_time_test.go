package publiclist

import "testing"

// TestStatedDateTime: a time of day between the date and 現在 or 時点
// (「2026年8月1日 10:00現在」) made the date unread: the cell was taken for
// a note's date, and lists import dated the list today, the newest
// snapshot. The time is cut as wareki.CutTime cuts it from a list's dates
// (a zone gives the date in Japan), and a date and time alone in the place
// of the list's date is a date no word names (lists import asks for
// --date), as the date alone is; it was another date, and the list dated
// today.
func TestStatedDateTime(t *testing.T) {
	for _, tt := range []struct {
		above string
		want  statedResult
	}{
		{"2026年8月1日 10:00現在", statedResult{Stated: "2026-08-01", StatedAt: "2:1"}},
		{"2026年8月1日 10:00 現在", statedResult{Stated: "2026-08-01", StatedAt: "2:1"}},
		{"2026/8/1 10:00時点", statedResult{Stated: "2026-08-01", StatedAt: "2:1"}},
		{"2026/8/1 10:00:00 現在", statedResult{Stated: "2026-08-01", StatedAt: "2:1"}},
		{"令和8年8月1日 午後3:00現在", statedResult{Stated: "2026-08-01", StatedAt: "2:1"}},
		{"２０２６／８／１　１０：００現在", statedResult{Stated: "2026-08-01", StatedAt: "2:1"}},
		{"2026/8/1 (土) 10:00 現在", statedResult{Stated: "2026-08-01", StatedAt: "2:1"}},
		{"2026/8/1 10:00 現在（土）", statedResult{Stated: "2026-08-01", StatedAt: "2:1"}},
		{"ISMAPクラウドサービスリスト（2026年8月1日 10:00時点）", statedResult{Stated: "2026-08-01", StatedAt: "2:1"}},
		{"2026/8/1 10:00 JST 現在", statedResult{Stated: "2026-08-01", StatedAt: "2:1"}},
		{"2026-07-31 23:30 UTC 現在", statedResult{Stated: "2026-08-01", StatedAt: "2:1"}},
		{"2026/8/1 10:00 更新", statedResult{Stated: "2026-08-01", StatedAt: "2:1"}},
		{"更新日：2026/8/1 10:00", statedResult{Stated: "2026-08-01", StatedAt: "2:1"}},
		// A weekday not the date's, a day that does not exist.
		{"2026/8/1 (月) 10:00 現在", statedResult{Err: "2:1: the date the list states here is wrong (2026-08-01 is a Saturday): the date or the weekday is mistyped, and which one is not known, so nothing is imported; check the list's date on the portal and correct the date or the weekday before importing"}},
		{"2026/2/30 10:00 現在", statedResult{Err: "2:1: the date the list states here is wrong (2026-02 has no day 30 (1–28)); correct it before importing"}},
		// A date and time no word names: asked for, as a date alone is.
		{"2026/8/1 10:00", statedResult{Bare: "2026-08-01", BareAt: "2:1"}},
		{"ISMAPクラウドサービスリスト 2026/8/1 10:00", statedResult{Bare: "2026-08-01", BareAt: "2:1"}},
		// Not the list's date: a number, a sentence, a service's date.
		{"No. 20260801 10:00現在", statedResult{Other: "2:1"}},
		{"※2026/8/1 10:00時点で登録の更新手続中のサービスを含みます", statedResult{Other: "2:1"}},
		{"登録日 2025/4/1 10:00", statedResult{Other: "2:1"}},
	} {
		checkStatedCSV(t, tt.above, tt.want)
	}
}
