package publiclist

import "testing"

// TestStatedDateWordStart: a date before 現在 or 時点 was read from any
// character, so in 「ISMAP Cloud Service List 2026/8/1 現在」 the t of
// List and the date (「t 2026/8/1」) read as a year of Taishō first: the
// date was taken for another (a note's) and lists import dated the list
// today. A date starts a word: the list is dated 2026-08-01. A date
// glued to a word or a number (No.2026-8-1, v2026.8.1) is still another
// date, named (OtherAt).
func TestStatedDateWordStart(t *testing.T) {
	stated := func(d string) statedResult { return statedResult{Stated: d, StatedAt: "2:1"} }
	other := statedResult{Other: "2:1"}
	for _, tt := range []struct {
		above string
		want  statedResult
	}{
		{"ISMAP Cloud Service List 2026/8/1 現在", stated("2026-08-01")},
		{"Cloud Service List 2026年8月1日現在", stated("2026-08-01")},
		{"ISMAP Cloud Service List 2026/8/1 10:00 現在", stated("2026-08-01")},
		{"ISMAP Cloud Service List 2026/8/1 更新", stated("2026-08-01")},
		{"ISMAP-LIU List 2026/8/1 時点", stated("2026-08-01")},
		{"Sat 2026/8/1 現在", stated("2026-08-01")},
		{"ISMAPクラウドサービスリスト Sat 2026/8/1 現在", stated("2026-08-01")},
		{"R 8.8.1現在", stated("2026-08-01")},
		{"令　和　８　年　１　２　月　３　１　日現在", stated("2026-12-31")},
		// No word: a date with no name (lists import asks for --date),
		// not another date.
		{"ISMAP Cloud Service List 2026/8/1", statedResult{Bare: "2026-08-01", BareAt: "2:1"}},
		// Glued to a word or a number: another date.
		{"No.20260801現在", other},
		{"List2026/8/1現在", other},
		{"ISMAPクラウドサービスリスト No.2026-8-1", other},
		{"ISMAPクラウドサービスリスト v2026.8.1", other},
		{"ISMAPクラウドサービスリスト Ver.2026.8.1", other},
		{"ISMAPクラウドサービスリスト 第2026-8-1号", other},
		// Glued, and no day that exists: another date still (7ce9a75
		// dropped it, and the list was dated today without a note).
		{"ISMAPクラウドサービスリスト No.20261131", other},
		{"ISMAPクラウドサービスリスト v2026.2.30", other},
	} {
		checkStatedCSV(t, tt.above, tt.want)
	}
}
