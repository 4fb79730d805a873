package xlsx

import "testing"

// TestDateZoneInJapan: a date answer written as a date-time with a zone
// (2026-04-01T23:30Z, 2026-04-01T20:00-05:00) was read as the date before
// the time, the day in UTC or in the vendor's zone, a day before or after
// the date in Japan. The moment is now read as its date in Japan (UTC+9):
// a vendor that writes a zone means that moment, and the council's dates
// are Japanese dates. A time without a zone or in JST is taken as written;
// text after the T that is no time is refused, not cut.
func TestDateZoneInJapan(t *testing.T) {
	for _, tc := range []struct{ raw, want string }{
		{"2026-04-01T23:30Z", "2026-04-02"},
		{"2026-04-01T15:00Z", "2026-04-02"},
		{"2026-04-01T14:59Z", "2026-04-01"},
		{"2026-04-01T20:00-05:00", "2026-04-02"},
		{"2026-04-01T10:00-05:00", "2026-04-02"},
		{"2026-04-01T05:00:00.000-0500", "2026-04-01"},
		{"2026-04-01T23:30:00+00:00", "2026-04-02"},
		{"2026-04-01T01:00+14:00", "2026-03-31"},
		{"2026-04-01T00:00+10:00", "2026-03-31"},
		{"2026-03-31T23:30:00Z", "2026-04-01"},
		{"2026-12-31T16:00Z", "2027-01-01"},
		{"2026-04-01 23:30 UTC", "2026-04-02"},
		{"2026/4/1 午後11:30 GMT", "2026-04-02"},
		{"2026/4/1 11:30 PM UTC", "2026-04-02"},
		{"2026/4/1 12:30 AM UTC", "2026-04-01"},
		{"2026-04-01T23:30", "2026-04-01"},
		{"2026-04-01T23:30 JST", "2026-04-01"},
		{"2026-04-01T23:30+09:00", "2026-04-01"},
		{"2026-04-01 23:30", "2026-04-01"},
		{"2026-04-01Tbis", ""},
		// After a weekday, or with the zone in brackets (the forms
		// 8578b86 and 20fed74 read again).
		{"2026/4/1 (水) 23:30 UTC", "2026-04-02"},
		{"2026/4/1 20:00 (UTC)", "2026-04-02"},
		{"2026/4/1 10:00 (UTC)", "2026-04-01"},
		{"2026/4/1 23:30 (JST)", "2026-04-01"},
	} {
		d, err := parseDateCell(tc.raw, false)
		got := ""
		if err == nil {
			got = d.String()
		}
		if got != tc.want || (tc.want == "") != (err != nil) {
			t.Errorf("parseDateCell(%q) = %q, %v; want %q", tc.raw, got, err, tc.want)
		}
	}
	q := defaultQ()
	f := workbook(t, generate(t, q))
	setAnswer(t, f, qs, "Q-DT-02", "2026-04-01T20:00-05:00")
	res := readBytes(t, save(t, f), ReadOptions{Requirements: q.Requirements})
	if a := res.Answers["Q-DT-02"]; a.Value != "2026-04-02" {
		t.Errorf("read as %q, want 2026-04-02 (the day in Japan)", a.Value)
	}
}
