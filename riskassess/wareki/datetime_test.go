package wareki

import (
	"errors"
	"strings"
	"testing"
)

// TestCutTime: the time after a date is cut off, and a zone moves the date
// to the day in Japan; text that is no time stays for Parse; a time that
// is no time of day is ErrTime.
func TestCutTime(t *testing.T) {
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
			if strings.Contains(tc.in, "10:00") || strings.Contains(tc.in, "9:00-") {
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
