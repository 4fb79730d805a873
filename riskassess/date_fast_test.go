package riskassess

import (
	"testing"
	"time"
)

// TestDateArithmeticMatchesTime compares AddDays, AddMonths and DaysUntil
// with the time.Time computations they stand for (AddMonths: the target
// month's first day, the day clamped to its length), over every day of
// 1999–2031, normalised and out-of-range months and days, and far dates.
func TestDateArithmeticMatchesTime(t *testing.T) {
	addDays := func(d Date, n int) Date { return DateOf(d.Time().AddDate(0, 0, n)) }
	// AddMonths clamps the day to the target month's last day (2026-08-31
	// plus 6 months is 2027-02-28), after normalising d as time.Date does.
	addMonths := func(d Date, n int) Date {
		t := d.Time()
		first := time.Date(t.Year(), t.Month()+time.Month(n), 1, 0, 0, 0, 0, time.UTC)
		last := first.AddDate(0, 1, -1).Day()
		return NewDate(first.Year(), first.Month(), min(t.Day(), last))
	}
	// Unix seconds, not Sub: time.Duration saturates at about 292 years.
	daysUntil := func(d, e Date) int { return int((e.Time().Unix() - d.Time().Unix()) / 86400) }

	var dates []Date
	for day := NewDate(1999, time.January, 1); day.Year < 2032; day = addDays(day, 1) {
		dates = append(dates, day)
	}
	dates = append(dates, Date{}, NewDate(2026, 2, 30), NewDate(2026, 13, 1), NewDate(2026, 0, 0), NewDate(2026, -3, 45),
		NewDate(1, 1, 1), NewDate(9999, 12, 31), NewDate(1600, 2, 29), NewDate(2100, 2, 28), NewDate(2026, 4, -400),
		NewDate(-5, 3, 1), NewDate(12000, 1, 1), NewDate(2026, 1, 1e7))
	ref := NewDate(2026, time.April, 1)
	for _, day := range dates {
		for _, n := range []int{0, 1, -1, 12, -12, 28, 30, 31, 90, 180, 365, 366, -365, 1000, 5000, -5000, 3e6, -3e6} {
			if got, want := day.AddDays(n), addDays(day, n); got != want {
				t.Fatalf("%#v.AddDays(%d) = %v, want %v", day, n, got, want)
			}
		}
		for _, n := range []int{0, 1, -1, 2, 11, 12, 13, -13, 24, 120, 1200, -1200, 2e5} {
			if got, want := day.AddMonths(n), addMonths(day, n); got != want {
				t.Fatalf("%#v.AddMonths(%d) = %v, want %v", day, n, got, want)
			}
		}
		if got, want := ref.DaysUntil(day), daysUntil(ref, day); got != want {
			t.Fatalf("%v.DaysUntil(%#v) = %d, want %d", ref, day, got, want)
		}
		if got, want := day.DaysUntil(ref), daysUntil(day, ref); got != want {
			t.Fatalf("%#v.DaysUntil(%v) = %d, want %d", day, ref, got, want)
		}
	}
	far := []Date{NewDate(1, 1, 1), NewDate(9999, 12, 31), NewDate(1700, 1, 1), NewDate(2300, 6, 15)}
	for _, a := range far {
		for _, b := range far {
			if got, want := a.DaysUntil(b), daysUntil(a, b); got != want {
				t.Fatalf("%v.DaysUntil(%v) = %d, want %d", a, b, got, want)
			}
		}
	}
}

// TestDaysUntilFar: the days between dates centuries apart, as due and
// check count them for a date typed or answered far in the past (year
// 0001, 1700) or the latest date a register may hold; they were cut at
// 106,751 days (time.Duration's 292 years), so 0001-01-01 showed as
// 106751日超過 on 2026-12-06.
func TestDaysUntilFar(t *testing.T) {
	asOf := NewDate(2026, time.December, 6)
	for _, tt := range []struct {
		from, to Date
		want     int
	}{
		{NewDate(1, 1, 1), asOf, 739955},
		{NewDate(2, 1, 1), asOf, 739590},
		{NewDate(1700, 1, 1), asOf, 119408},
		{NewDate(1734, 1, 1), asOf, 106990},
		{NewDate(1734, 12, 31), asOf, 106626}, // under the old cut: always exact
		{asOf, NewDate(1, 1, 1), -739955},
		{NewDate(1, 1, 1), NewDate(9999, 12, 31), 3652058},
		{NewDate(9999, 12, 31), NewDate(1, 1, 1), -3652058},
		{NewDate(0, 12, 31), NewDate(1, 1, 1), 1},         // year 0 (1 BC), outside the fast path
		{NewDate(1, 1, 1), NewDate(10000, 1, 1), 3652059}, // year 10000, outside it
		{NewDate(-1, 1, 1), asOf, 740686},
		{asOf, asOf, 0},
	} {
		if got := tt.from.DaysUntil(tt.to); got != tt.want {
			t.Errorf("%v.DaysUntil(%v) = %d, want %d", tt.from, tt.to, got, tt.want)
		}
	}
}

// TestAppendISO checks AppendISO against Date.String, on an empty buffer
// and after a prefix.
func TestAppendISO(t *testing.T) {
	for _, d := range []Date{{}, NewDate(2026, 4, 1), NewDate(1, 1, 1), NewDate(9999, 12, 31), NewDate(10000, 1, 1),
		NewDate(-1, 1, 1), NewDate(2026, 0, 0), NewDate(2026, 13, 45), NewDate(2026, 100, 1), NewDate(2026, 1, 100), NewDate(0, 0, 1)} {
		var buf [10]byte
		if got, want := string(d.AppendISO(buf[:0])), d.String(); got != want {
			t.Errorf("AppendISO(%#v) = %q, want %q", d, got, want)
		}
		if got, want := string(d.AppendISO([]byte("on "))), "on "+d.String(); got != want {
			t.Errorf("AppendISO(%#v) after a prefix = %q, want %q", d, got, want)
		}
	}
}
