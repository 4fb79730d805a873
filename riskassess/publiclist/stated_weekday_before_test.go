package publiclist

import (
	"strings"
	"testing"
)

// TestStatedDateWeekdayBefore: a weekday before a list's date
// (「月曜日 2026年8月1日現在」, 「(Mon) 2026/8/1 現在」, 「Monday 2026/8/1
// 現在」, in the cell before: Monday | 2026/8/1 現在) was not checked: the
// list was dated 2026-08-01, a Saturday, though the date or the weekday is
// mistyped. It is now checked as one after the date is (2026/8/1 (Mon)
// 現在 is refused); the right weekday dates the list, also after the name
// of its date (Last updated: Sat 2026/8/1).
func TestStatedDateWeekdayBefore(t *testing.T) {
	const mistyped = "2:1: the date the list states here is wrong (2026-08-01 is a Saturday): the date or the weekday is mistyped, and which one is not known, so nothing is imported; check the list's date on the portal and correct the date or the weekday before importing"
	refused := statedResult{Err: mistyped}
	stated := statedResult{Stated: "2026-08-01", StatedAt: "2:1"}
	for _, tt := range []struct {
		above string
		want  statedResult
	}{
		{"月曜日 2026年8月1日現在", refused},
		{"月曜日、2026年8月1日現在", refused},
		{"（月）2026年8月1日現在", refused},
		{"(Mon) 2026/8/1 現在", refused},
		{"Monday 2026/8/1 現在", refused},
		{"Mon. 2026/8/1 現在", refused},
		{"MON 2026/8/1 時点", refused},
		{"月 2026/8/1 現在", refused},
		{"Mon 2026/8/1 10:00 現在", refused},
		{"ISMAPクラウドサービスリスト（月）2026年8月1日現在", refused},
		{"ISMAPクラウドサービスリスト Mon 2026/8/1 現在", refused},
		{"Mon 2026/8/1 更新", refused},
		{"Last updated: Mon 2026/8/1", refused},
		{"As of (Mon) 2026/8/1", refused},
		{"［月］2026年8月1日現在", refused},
		{"【月】 2026/8/1 現在", refused},
		{"[Mon] 2026/8/1 現在", refused},
		{"〔月曜日〕2026年8月1日現在", refused},
		{"ISMAPクラウドサービスリストMon 2026/8/1 現在", refused},
		{"ISMAPクラウドサービスリスト・Monday 2026/8/1 現在", refused},
		{"ＭＯＮ ２０２６/８/１ 現在", refused},
		// The date's weekday: dated.
		{"土曜日 2026年8月1日現在", stated},
		{"土曜日、2026年8月1日現在", stated},
		{"（土）2026年8月1日現在", stated},
		{"(Sat) 2026/8/1 現在", stated},
		{"Saturday 2026/8/1 現在", stated},
		{"Sat. 2026/8/1 現在", stated},
		{"土 2026/8/1 現在", stated},
		{"ISMAPクラウドサービスリスト（土）2026年8月1日現在", stated},
		{"［土］2026年8月1日現在", stated},
		{"[Sat] 2026/8/1 現在", stated},
		{"Last updated: Sat 2026/8/1", stated},
		{"As of Sat 2026/8/1", stated},
		// No weekday: a word that starts like one.
		{"月例報告 2026年8月1日現在", stated},
		{"Month 2026/8/1 現在", stated},
		{"ISMAPクラウドサービスリストSat 2026/8/1 現在", stated},
		{"ListMon 2026/8/1 現在", stated},
		// No word: a date that does not exist with its weekday (lists
		// import asks for --date).
		{"ISMAPクラウドサービスリスト Mon 2026/8/1", statedResult{BareAt: "2:1"}},
	} {
		checkStatedCSV(t, tt.above, tt.want)
	}
	// In the cell before.
	for _, tt := range []struct {
		above string
		want  statedResult
	}{
		{"Monday,2026/8/1 現在", statedResult{Err: strings.Replace(mistyped, "2:1", "2:2", 1)}},
		{"（月）,2026年8月1日現在", statedResult{Err: strings.Replace(mistyped, "2:1", "2:2", 1)}},
		{"Saturday,2026/8/1 現在", statedResult{Stated: "2026-08-01", StatedAt: "2:2"}},
	} {
		checkStatedCSV(t, tt.above, tt.want)
	}
}
