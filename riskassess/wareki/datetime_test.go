package wareki

import (
	"errors"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
)

// TestCutTime: the time after a date is cut off, and a zone moves the date
// to the day in Japan; text that is no time stays for Parse; a time that
// is no time of day is ErrTime.
func TestCutTime(t *testing.T) {
	// The refusals with ErrTimeSpan; the others are ErrTime.
	spans := map[string]bool{"2026/4/1 10:00-12": true, "2026/4/1 9:00-11": true, "2026/4/1 10:00-12:00": true, "2026/4/1 10:00+09": true}
	for _, tc := range []struct {
		in, date string
		shift    int
		bad      bool
	}{
		{"2026-04-01", "2026-04-01", 0, false},
		{"2026-04-01 00:00:00", "2026-04-01", 0, false},
		{"2026/4/1 午後3:00 JST", "2026/4/1", 0, false},
		{"2026/4/1 (水) 23:30 UTC", "2026/4/1 (水)", 1, false},
		{"2026/4/1 20:00 (UTC)", "2026/4/1", 1, false},
		{"2026-04-01T23:30Z", "2026-04-01", 1, false},
		{"2026-03-31T15:00:00.000Z", "2026-03-31", 1, false},
		{"2026-04-01T14:59Z", "2026-04-01", 0, false},
		{"2026-04-01T20:00-05:00", "2026-04-01", 1, false},
		{"2026-04-01T01:00+14:00", "2026-04-01", -1, false},
		{"2026-04-01T23:30+09:00", "2026-04-01", 0, false},
		{"2026-04-01 00:00:00+09", "2026-04-01", 0, false},
		{"2026-03-31 15:00:00+00", "2026-03-31", 1, false},
		{"2026/4/1 11:30 PM UTC", "2026/4/1", 1, false},
		{"2026/4/1 予定", "2026/4/1 予定", 0, false},
		{"2026-04-01Tbis", "2026-04-01Tbis", 0, false},
		{"2026/4/1 25:30", "", 0, true},
		{"2026-04-01T09:00+25:00", "", 0, true},
		{"2026/4/1 午後 1:00 PM", "", 0, true},
		// A span of time after a space is no offset: read as UTC-12 it
		// moved the date to the 2nd (2026/4/1 10:00-12: an on-site check
		// from 10 to 12).
		{"2026/4/1 10:00-12", "", 0, true},
		{"2026/4/1 9:00-11", "", 0, true},
		{"2026/4/1 10:00-12:00", "", 0, true},
		{"2026/4/1 10:00+09", "", 0, true},
		{"2026/4/1 09:00+09:00", "2026/4/1", 0, false},
		{"2026-04-01 20:00:00-05:00", "2026-04-01", 1, false},
		{"2026-04-01 20:00:00-05", "2026-04-01", 1, false},
		{"2026-04-01T10:00-12", "2026-04-01", 1, false}, // ISO: an offset
	} {
		date, shift, err := CutTime(tc.in)
		var pe *ParseError
		if tc.bad {
			want := ErrTime
			if spans[tc.in] {
				want = ErrTimeSpan
			}
			if !errors.As(err, &pe) || pe.Code != want {
				t.Errorf("CutTime(%q) = %q, %d, %v; want code %d", tc.in, date, shift, err, want)
			}
			continue
		}
		if err != nil || date != tc.date || shift != tc.shift {
			t.Errorf("CutTime(%q) = %q, %d, %v; want %q, %d", tc.in, date, shift, err, tc.date, tc.shift)
		}
	}
}

// TestDateAlone: DateAlone is Parse's verdict on a whole field (spaces and
// a closing 。 aside), and its quick tests never turn away a date Parse
// reads: every form below, as written, in full width and with spaces.
func TestDateAlone(t *testing.T) {
	for _, f := range []string{"令和8年4月1日", "令和元年5月1日", "平成31年4月30日", "R8.4.1", "r8/4/1", "H31.4.30", "S64.1.7",
		"2026-04-01", "2026/4/1", "2026.4.1", "2026年4月1日", "西暦2026年4月1日", "20260401", "㋿8年4月1日",
		"令和八年四月一日", "二〇二六年十二月三十一日", "令和8年4月1日(水)", "R 8.4.1"} {
		for _, v := range []string{f, Fold(f), " \u3000" + f + "。", f + "．"} {
			_, err := Parse(strings.TrimRight(strings.TrimSpace(v), "。．. "))
			if got := DateAlone(v); got != (err == nil) {
				t.Errorf("DateAlone(%q) = %v, Parse's error %v", v, got, err)
			}
		}
		if !DateAlone(f) {
			t.Errorf("DateAlone(%q) = false", f)
		}
	}
	for _, v := range []string{"", " ", "。", "SNS運用方針（2026年4月1日制定）", "2026年4月1日制定 SNS運用方針", "令和8年度SNS運用手順",
		"2026", "R8", "第4条", "別紙1", "なし", "SNS運用方針", "https://www.city.chofu.example/gikai/2026/04/01/sns.html", "2026-04-01 改定版"} {
		if DateAlone(v) {
			t.Errorf("DateAlone(%q) = true", v)
		}
	}
}

// TestMonthDayAlone: a month and a day without a year (12月1日 typed in the
// contact field of a cover) is told apart from a date with its year (which
// DateAlone reports), a telephone number, an extension and text around a
// date.
func TestMonthDayAlone(t *testing.T) {
	var got, want []string
	for _, tc := range []struct {
		in   string
		want bool
	}{
		{"12月1日", true}, {"12月1", true}, {"12/1", true}, {"１２月１日", true}, {"１２／１", true},
		{"十二月一日", true}, {"12-01", true}, {"12.1", true}, {" 12月1日。", true}, {"12月1日（火）", true},
		{"12月 1日", true}, {"--12-01", true},
		// No month and day alone.
		{"2026/12/1", false}, {"令和8年12月1日", false}, {"12月1日以降", false}, {"12-34", false}, {"13/1", false},
		{"0/1", false}, {"03-1234-5678", false}, {"内線12-01", false}, {"yamada@example.jp", false}, {"", false},
		{"1201", false}, {"12月", false}, {"営業部 12/1", false}, {"--13-01", false}, {"--12", false}, {"--12-01 営業部", false},
	} {
		if tc.want {
			want = append(want, tc.in)
		}
		if MonthDayAlone(tc.in) {
			got = append(got, tc.in)
		}
	}
	if d := cmp.Diff(want, got); d != "" {
		t.Errorf("month and day alone (-want +got):\n%s", d)
	}
}
