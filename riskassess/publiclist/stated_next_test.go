package publiclist

import (
	"bytes"
	"strings"
	"testing"
)

// TestStatedDateNext: a cell stating the list's date and the date of its
// next update (更新日：2026年8月1日 ／ 次回更新予定日：2026年9月1日,
// 最終更新：2026年8月1日 次回更新：2026年9月1日) was refused as holding a
// date no word names, 2026-09-01; 次回は2026年9月1日更新 dated the list
// 2026-09-01. A cell holding two dates apart is read in parts, and a date
// after 次回, 次の更新 or …予定日 is another date (not the list's, not a
// bare one).
func TestStatedDateNext(t *testing.T) {
	for _, tt := range []struct{ above, text string }{
		{"更新日：2026年8月1日 ／ 次回更新予定日：2026年9月1日", "更新日：2026年8月1日"},
		{"最終更新：2026年8月1日 次回更新：2026年9月1日", "最終更新：2026年8月1日"},
		{"2026年8月1日現在　次回更新：2026年9月1日", "2026年8月1日現在"},
		{"公開日 2026/8/1｜次の更新 2026/9/1", "公開日 2026/8/1"},
		{"2026年8月1日現在　全312件", "2026年8月1日現在"},
		{"2026年8月1日　現在", "2026年8月1日　現在"},
		{"次のとおり掲載しています（2026年8月1日現在）", "次のとおり掲載しています（2026年8月1日現在）"},
	} {
		f, err := ReadISMAPFile(strings.NewReader(statedList(tt.above)), "list.csv")
		if err != nil || f.Stated != date("2026-08-01") || f.StatedAt != "1:1" || strings.TrimSpace(f.StatedText) != tt.text || f.BareAt != "" {
			t.Errorf("%q: stated %s at %q %q, bare at %q, %v; want 2026-08-01 at 1:1 %q", tt.above, f.Stated, f.StatedAt, f.StatedText, f.BareAt, err, tt.text)
		}
	}
	// The next update's date alone is another date: the list is undated
	// and the cell named.
	for _, tt := range []struct{ above, at string }{
		{"次回は2026年9月1日更新", "2:1"},
		{"次回更新予定日：2026年9月1日", "2:1"},
		{"更新予定日 2026/9/1", "2:1"},
		{"次回更新予定日,2026/9/1", "2:2"},
		{"（次回更新：2026年9月1日）", "2:1"},
	} {
		f, err := ReadISMAPFile(strings.NewReader(statedList("ISMAPクラウドサービスリスト", tt.above)), "list.csv")
		if err != nil || !f.Stated.IsZero() || f.BareAt != "" || f.OtherAt != tt.at {
			t.Errorf("%q: stated %s, bare at %q, other at %q, %v; want other at %s", tt.above, f.Stated, f.BareAt, f.OtherAt, err, tt.at)
		}
	}
	// So is a date cell whose format names the next update.
	f, err := ReadISMAPFile(bytes.NewReader(datedBook(t, 0, `"次回更新 "yyyy/m/d`)), "list.xlsx")
	if err != nil || !f.Stated.IsZero() || f.BareAt != "" || f.OtherAt != "Sheet1!A2" {
		t.Errorf("date cell \"次回更新 \"yyyy/m/d: stated %s, bare at %q, other at %q, %v", f.Stated, f.BareAt, f.OtherAt, err)
	}
	// Two dates of the list in one cell are still two dates; a bare one
	// beside a next update is still bare.
	if _, err := ReadISMAPFile(strings.NewReader(statedList("更新日：2026年8月1日 ／ 公開日：2026年9月1日")), "list.csv"); err == nil || !strings.HasPrefix(err.Error(), "1:1: two dates are stated for the list") {
		t.Errorf("two dates in a cell: %v", err)
	}
	f, err = ReadISMAPFile(strings.NewReader(statedList("ISMAPクラウドサービスリスト 2026年8月1日 ／ 次回更新：2026年9月1日")), "list.csv")
	if err != nil || !f.Stated.IsZero() || f.BareDate != date("2026-08-01") || f.BareAt != "1:1" {
		t.Errorf("bare beside a next update: stated %s, bare %s at %q, %v", f.Stated, f.BareDate, f.BareAt, err)
	}
}
