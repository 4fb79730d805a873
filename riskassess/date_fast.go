package riskassess

import "time"

// Calendar arithmetic without time.Time for the dates of registers (years
// 1–9999), which Assess computes for every entry; the results are those of
// time.Date's normalisation, with AddMonths's day clamped to the month's
// end (TestDateArithmeticMatchesTime). Other dates go through time.Time.

// fastYear reports whether y is in the range the fast paths handle.
func fastYear(y int) bool { return y >= 1 && y <= 9999 }

// daysOf returns the days since 1970-01-01 of y-m-d normalised as
// time.Date does (month outside 1–12 moves the year; the day is added to
// the first of the month).
func daysOf(y int, m time.Month, d int) int {
	mm := int(m) - 1
	y += floorDiv(mm, 12)
	mm -= floorDiv(mm, 12) * 12
	return daysFromCivil(y, mm+1, 1) + d - 1
}

// monthLen returns the number of days of month m (1–12) of year y.
func monthLen(y int, m time.Month) int {
	switch m {
	case time.February:
		if y%4 == 0 && (y%100 != 0 || y%400 == 0) {
			return 29
		}
		return 28
	case time.April, time.June, time.September, time.November:
		return 30
	}
	return 31
}

func floorDiv(a, b int) int {
	q := a / b
	if (a%b != 0) && ((a < 0) != (b < 0)) {
		q--
	}
	return q
}

// daysFromCivil is H. Hinnant's days_from_civil (proleptic Gregorian).
func daysFromCivil(y, m, d int) int {
	if m <= 2 {
		y--
	}
	era := floorDiv(y, 400)
	yoe := y - era*400
	mp := m + 9
	if m > 2 {
		mp = m - 3
	}
	doy := (153*mp+2)/5 + d - 1
	doe := yoe*365 + yoe/4 - yoe/100 + doy
	return era*146097 + doe - 719468
}

// civilFromDays is the inverse of daysFromCivil.
func civilFromDays(z int) Date {
	z += 719468
	era := floorDiv(z, 146097)
	doe := z - era*146097
	yoe := (doe - doe/1460 + doe/36524 - doe/146096) / 365
	y := yoe + era*400
	doy := doe - (365*yoe + yoe/4 - yoe/100)
	mp := (5*doy + 2) / 153
	d := doy - (153*mp+2)/5 + 1
	m := mp + 3
	if mp >= 10 {
		m = mp - 9
	}
	if m <= 2 {
		y++
	}
	return Date{Year: y, Month: time.Month(m), Day: d}
}

// AppendISO appends d in ISO form (as String gives it) to b and returns
// the extended slice; the zero Date appends nothing. With b a small array
// on the caller's stack, string(d.AppendISO(buf[:0])) in a value that does
// not outlive the call allocates nothing (messages of the scoring hot path).
func (d Date) AppendISO(b []byte) []byte {
	m, dd := int(d.Month), d.Day
	if d.IsZero() || d.Year < 0 || d.Year > 9999 || m < 0 || m > 99 || dd < 0 || dd > 99 {
		return append(b, d.String()...)
	}
	var buf [10]byte
	putISO(&buf, d)
	return append(b, buf[:]...)
}

// putISO writes d as YYYY-MM-DD to buf; the year must be 0–9999 and the
// month and day 0–99.
func putISO(buf *[10]byte, d Date) {
	m, dd := int(d.Month), d.Day
	*buf = [10]byte{
		byte('0' + d.Year/1000), byte('0' + d.Year/100%10), byte('0' + d.Year/10%10), byte('0' + d.Year%10), '-',
		byte('0' + m/10), byte('0' + m%10), '-', byte('0' + dd/10), byte('0' + dd%10),
	}
}
