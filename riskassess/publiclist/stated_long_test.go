package publiclist

import (
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
)

// TestStatedDateLongCell: a cell above the header longer than 300 bytes
// (a title with a long note, 「ISMAPクラウドサービスリスト（…）
// 2026年8月1日現在」) was not read for a date at all: the file was undated,
// without a note, and lists import dated the list today, the newest
// snapshot. Cells of up to maxDateCell bytes are read as shorter ones are
// (the date in the dateSpan bytes before its word); a longer one holding
// numbers is text like a date that is not read (lists import asks for
// --date).
func TestStatedDateLongCell(t *testing.T) {
	title := "ISMAPクラウドサービスリスト（" + strings.Repeat("更新手続中のサービスを含みます。", 10) + "）"
	note := " ※" + strings.Repeat("登録の更新手続中のサービスを含みます。", 10)
	huge := strings.Repeat("ISMAPクラウドサービスリストの注記です。", 120)
	for _, tt := range []struct {
		name, above string
		want        statedResult
	}{
		{"title, date", title + " 2026年8月1日現在", statedResult{Stated: "2026-08-01", StatedAt: "2:1"}},
		{"title, date and weekday", title + " 2026年8月1日現在（土）", statedResult{Stated: "2026-08-01", StatedAt: "2:1"}},
		{"date, note", "2026年8月1日現在" + note, statedResult{Stated: "2026-08-01", StatedAt: "2:1"}},
		{"title, date no word names", title + " 2026年8月1日", statedResult{Bare: "2026-08-01", BareAt: "2:1"}},
		{"title, unread date", title + " R.8.8.1現在", statedResult{Unread: "2:1"}},
		{"title, weekday not the date's", title + " 2026年8月1日現在（月）", statedResult{Err: "2:1: the date the list states here is wrong (2026-08-01 is a Saturday)"}},
		{"sentence", "※2026年9月30日時点で" + note, statedResult{Other: "2:1"}},
		{"too long, a date", huge + " 2026年8月1日現在", statedResult{Unread: "2:1"}},
		{"too long, numbers", huge + "（全312件）", statedResult{Unread: "2:1"}},
		{"too long, no number", huge, statedResult{}},
	} {
		if len(tt.above) <= 300 || strings.HasPrefix(tt.name, "too long") != (len(tt.above) > maxDateCell) {
			t.Fatalf("%s: %d bytes", tt.name, len(tt.above))
		}
		f, err := ReadISMAPFile(strings.NewReader(statedList("ISMAPクラウドサービスリスト", tt.above)), "list.csv")
		got := statedOf(f, err)
		if got.Err != "" && tt.want.Err != "" && strings.HasPrefix(got.Err, tt.want.Err) {
			got.Err = tt.want.Err
		}
		if diff := cmp.Diff(tt.want, got); diff != "" {
			t.Errorf("%s (-want +got):\n%s", tt.name, diff)
		}
	}
}
