package publiclist

import (
	"bytes"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
)

// statedResult is what a test of a stated date compares: the date read,
// its cell, a bare date's cell, another date's cell, the cell of text like
// a date that is not read, and the error.
type statedResult struct {
	Stated, Bare                    string
	StatedAt, BareAt, Other, Unread string
	Err                             string
}

// checkStatedCSV reads an ISMAP list in CSV whose title line is followed
// by the line above, and checks what it says of the list's date (statedOf)
// against want.
func checkStatedCSV(t *testing.T, above string, want statedResult) {
	t.Helper()
	f, err := ReadISMAPFile(strings.NewReader(statedList("ISMAPクラウドサービスリスト", above)), "list.csv")
	if diff := cmp.Diff(want, statedOf(f, err)); diff != "" {
		t.Errorf("%q (-want +got):\n%s", above, diff)
	}
}

func statedOf(f ISMAPFile, err error) statedResult {
	got := statedResult{StatedAt: f.StatedAt, BareAt: f.BareAt, Other: f.OtherAt, Unread: f.UnreadAt}
	if !f.Stated.IsZero() {
		got.Stated = f.Stated.String()
	}
	if !f.BareDate.IsZero() {
		got.Bare = f.BareDate.String()
	}
	if err != nil {
		got.Err = err.Error()
	}
	return got
}

// TestStatedDateWeekday: a weekday in brackets after 現在 or 時点
// (「2026年8月1日現在（土）」) was not read with the date: the cell was
// taken for another date (a note's), and lists import dated the list
// today, the newest snapshot. The weekday is read with the date before the
// word, wherever it stands, and one that does not match the date is
// refused with its cell (the date or the weekday is mistyped, and which one
// is not known).
func TestStatedDateWeekday(t *testing.T) {
	const mistyped = "2:1: the date the list states here is wrong (2026-08-01 is a Saturday): the date or the weekday is mistyped, and which one is not known, so nothing is imported; check the list's date on the portal and correct the date or the weekday before importing"
	for _, tt := range []struct {
		above string
		want  statedResult
	}{
		{"2026年8月1日（土）現在", statedResult{Stated: "2026-08-01", StatedAt: "2:1"}},
		{"2026年8月1日現在（土）", statedResult{Stated: "2026-08-01", StatedAt: "2:1"}},
		{"2026年8月1日現在 (土曜日)", statedResult{Stated: "2026-08-01", StatedAt: "2:1"}},
		{"令和8年8月1日(土)時点", statedResult{Stated: "2026-08-01", StatedAt: "2:1"}},
		{"令和8年8月1日時点(土曜)", statedResult{Stated: "2026-08-01", StatedAt: "2:1"}},
		{"2026/8/1（土）現在", statedResult{Stated: "2026-08-01", StatedAt: "2:1"}},
		{"ISMAPクラウドサービスリスト 2026年8月1日現在（土）", statedResult{Stated: "2026-08-01", StatedAt: "2:1"}},
		{"ISMAPクラウドサービスリスト（2026年8月1日現在（土））", statedResult{Stated: "2026-08-01", StatedAt: "2:1"}},
		{"2026年8月1日現在（土） ISMAPクラウドサービスリスト", statedResult{Stated: "2026-08-01", StatedAt: "2:1"}},
		{"2026/8/1 更新（土）", statedResult{Stated: "2026-08-01", StatedAt: "2:1"}},
		// An English weekday (wareki reads it as it reads 土).
		{"2026/8/1 (Sat) 現在", statedResult{Stated: "2026-08-01", StatedAt: "2:1"}},
		{"2026/8/1 現在 (Saturday)", statedResult{Stated: "2026-08-01", StatedAt: "2:1"}},
		{"ISMAP Cloud Service List as of 2026/8/1 (Sat.) 現在", statedResult{Stated: "2026-08-01", StatedAt: "2:1"}},
		{"ISMAPクラウドサービスリスト 2026/8/1 (Sat)", statedResult{Bare: "2026-08-01", BareAt: "2:1"}},
		{"2026/8/1 (Mon) 現在", statedResult{Err: mistyped}},
		{"2026/8/1 現在 (Mon)", statedResult{Err: mistyped}},
		// A weekday that is not the date's, before or after the word.
		{"2026年8月1日（月）現在", statedResult{Err: mistyped}},
		{"2026年8月1日現在（月）", statedResult{Err: mistyped}},
		{"ISMAPクラウドサービスリスト（2026年8月1日時点（日））", statedResult{Err: mistyped}},
		// Not a weekday after the word: a sentence still dates nothing.
		{"2026年8月1日現在（土）で登録のサービスを含みます", statedResult{Other: "2:1"}},
		{"2026年8月1日現在（土日を除く）", statedResult{Other: "2:1"}},
	} {
		checkStatedCSV(t, tt.above, tt.want)
	}
	// In a workbook too.
	f, err := ReadISMAPFile(bytes.NewReader(statedBook([]any{"2026年8月1日現在（土）"})), "list.xlsx")
	if diff := cmp.Diff(statedResult{Stated: "2026-08-01", StatedAt: "Sheet1!A1"}, statedOf(f, err)); diff != "" {
		t.Errorf("workbook (-want +got):\n%s", diff)
	}
}
