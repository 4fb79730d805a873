package riskassess

import (
	"cmp"
	"fmt"
	"time"
)

// Date is a calendar date without a time of day or a zone. The zero Date
// means "not set". In YAML and JSON a Date is written in ISO form,
// "2026-04-01".
type Date struct {
	Year  int
	Month time.Month
	Day   int
}

// NewDate returns the Date y-m-d. It does not normalise out-of-range values;
// use ParseDate to validate input.
func NewDate(y int, m time.Month, d int) Date { return Date{Year: y, Month: m, Day: d} }

// DateOf returns the calendar date of t in t's location.
func DateOf(t time.Time) Date {
	y, m, d := t.Date()
	return Date{y, m, d}
}

// ParseDate parses an ISO date "YYYY-MM-DD". It returns an error for any
// other form or for a day that does not exist (2026-02-30).
func ParseDate(s string) (Date, error) {
	t, err := time.Parse(time.DateOnly, s)
	if err != nil {
		return Date{}, fmt.Errorf("invalid date %q: want YYYY-MM-DD, e.g. 2026-04-01", s)
	}
	return DateOf(t), nil
}

// IsZero reports whether d is the zero Date (not set).
func (d Date) IsZero() bool { return d == Date{} }

// Time returns midnight UTC of d.
func (d Date) Time() time.Time { return time.Date(d.Year, d.Month, d.Day, 0, 0, 0, 0, time.UTC) }

// String returns d in ISO form, or "" for the zero Date.
func (d Date) String() string {
	if d.IsZero() {
		return ""
	}
	if d.Year < 0 || d.Year > 9999 || d.Month < 0 || d.Month > 99 || d.Day < 0 || d.Day > 99 {
		return fmt.Sprintf("%04d-%02d-%02d", d.Year, int(d.Month), d.Day)
	}
	// Fast path, same output as the Sprintf above (dates are formatted in
	// every finding message, so this is on the scoring hot path).
	var b [10]byte
	putISO(&b, d)
	return string(b[:])
}

// Before reports whether d is before e.
func (d Date) Before(e Date) bool { return d.Compare(e) < 0 }

// After reports whether d is after e.
func (d Date) After(e Date) bool { return d.Compare(e) > 0 }

// Compare returns -1, 0 or +1 as d is before, equal to or after e.
func (d Date) Compare(e Date) int {
	switch {
	case d.Year != e.Year:
		return cmp.Compare(d.Year, e.Year)
	case d.Month != e.Month:
		return cmp.Compare(int(d.Month), int(e.Month))
	default:
		return cmp.Compare(d.Day, e.Day)
	}
}

// AddDays returns d plus n days (n may be negative).
func (d Date) AddDays(n int) Date {
	if fastYear(d.Year) && n > -1e6 && n < 1e6 {
		if r := civilFromDays(daysOf(d.Year, d.Month, d.Day) + n); fastYear(r.Year) {
			return r
		}
	}
	return DateOf(d.Time().AddDate(0, 0, n))
}

// AddMonths returns d plus n months. A day the target month does not have
// becomes that month's last day, as a period counted in months ends under
// 民法 143 and as Excel's EDATE counts: 2026-08-31 plus 6 months is
// 2027-02-28 and 2028-02-29 plus 12 months is 2029-02-28 (time.AddDate
// would overflow them into 2027-03-03 and 2029-03-01, days after the
// period ended). A d that is not a valid date (month or day out of range)
// is normalised first as time.Date does.
func (d Date) AddMonths(n int) Date {
	if fastYear(d.Year) && n > -1e5 && n < 1e5 {
		c := d
		if d.Month < 1 || d.Month > 12 || d.Day < 1 || d.Day > 28 {
			c = civilFromDays(daysOf(d.Year, d.Month, d.Day))
		}
		// The first of the target month, then the day clamped to its length.
		if r := civilFromDays(daysOf(c.Year, c.Month+time.Month(n), 1)); fastYear(r.Year) {
			r.Day = min(c.Day, monthLen(r.Year, r.Month))
			return r
		}
	}
	t := d.Time()
	first := time.Date(t.Year(), t.Month()+time.Month(n), 1, 0, 0, 0, 0, time.UTC)
	return NewDate(first.Year(), first.Month(), min(t.Day(), daysIn(first.Year(), first.Month())))
}

// DaysUntil returns the number of days from d to e (negative when e is before d).
// It is exact for any two dates: time.Time's Sub saturates at about 292
// years (106,751 days), so a date typed or answered centuries back
// (0001-01-01, 1700-01-01) showed as 106751日超過 in due, check and the plan.
func (d Date) DaysUntil(e Date) int {
	if fastYear(d.Year) && fastYear(e.Year) && d.Day > -1e6 && d.Day < 1e6 && e.Day > -1e6 && e.Day < 1e6 {
		return daysOf(e.Year, e.Month, e.Day) - daysOf(d.Year, d.Month, d.Day)
	}
	// Both are midnight UTC: their Unix seconds differ by whole days.
	return int((e.Time().Unix() - d.Time().Unix()) / 86400)
}

// MarshalText implements encoding.TextMarshaler (ISO form).
func (d Date) MarshalText() ([]byte, error) { return []byte(d.String()), nil }

// UnmarshalText implements encoding.TextUnmarshaler. The empty string gives
// the zero Date.
func (d *Date) UnmarshalText(b []byte) error {
	if len(b) == 0 {
		*d = Date{}
		return nil
	}
	v, err := ParseDate(string(b))
	if err != nil {
		return err
	}
	*d = v
	return nil
}
