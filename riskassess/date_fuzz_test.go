package riskassess

import (
	"testing"
)

// FuzzParseDate: ParseDate never panics; a date it accepts prints back as
// the same text (only YYYY-MM-DD is accepted), agrees with AppendISO and
// UnmarshalText, and survives the day arithmetic used for due dates.
func FuzzParseDate(f *testing.F) {
	for _, s := range []string{"2026-04-01", "2026-02-30", "0000-01-01", "9999-12-31", "2024-02-29",
		"2026-4-1", "２０２６-０４-０１", "2026-04-01T00:00:00Z", " 2026-04-01", "+2026-04-01", "-001-01-01", ""} {
		f.Add(s, 31)
	}
	f.Fuzz(func(t *testing.T, s string, n int) {
		d, err := ParseDate(s)
		var u Date
		uerr := u.UnmarshalText([]byte(s))
		// UnmarshalText reads "" as "not set"; otherwise it is ParseDate.
		if s != "" && ((err == nil) != (uerr == nil) || (err == nil && u != d)) {
			t.Fatalf("ParseDate(%q) = %v, %v but UnmarshalText = %v, %v", s, d, err, u, uerr)
		}
		if err != nil {
			if !d.IsZero() {
				t.Fatalf("ParseDate(%q) failed with a date %v", s, d)
			}
			return
		}
		if got := d.String(); got != s {
			t.Fatalf("ParseDate(%q).String() = %q", s, got)
		}
		if got := string(d.AppendISO(nil)); got != s {
			t.Fatalf("ParseDate(%q).AppendISO = %q", s, got)
		}
		if DateOf(d.Time()) != d {
			t.Fatalf("DateOf(Time()) of %v = %v", d, DateOf(d.Time()))
		}
		n %= 4_000_000 // DaysUntil is exact for any two dates (TestDaysUntilFar)
		e := d.AddDays(n)
		if got := d.DaysUntil(e); got != n {
			t.Fatalf("%v.AddDays(%d) = %v, DaysUntil = %d", d, n, e, got)
		}
		if c := d.Compare(e); (n > 0 && c >= 0) || (n < 0 && c <= 0) || (n == 0 && c != 0) {
			t.Fatalf("%v.Compare(%v) = %d for %d days", d, e, c, n)
		}
	})
}
