package riskassess

import "time"

// FiscalYear is a Japanese fiscal year (年度), named by the calendar year
// it starts in: FiscalYear(2026) runs from 2026-04-01 to 2027-03-31.
// Parsing era forms (令和8年度, R8) is in package wareki.
type FiscalYear int

// FiscalYearOf returns the fiscal year d falls in: 31 March belongs to the
// year before, 1 April starts a new one.
func FiscalYearOf(d Date) FiscalYear {
	if d.Month < time.April {
		return FiscalYear(d.Year - 1)
	}
	return FiscalYear(d.Year)
}

// Start returns 1 April of the fiscal year.
func (y FiscalYear) Start() Date { return NewDate(int(y), time.April, 1) }

// End returns 31 March of the following calendar year, the last day of y.
func (y FiscalYear) End() Date { return NewDate(int(y)+1, time.March, 31) }

// Contains reports whether d lies in y (start and end inclusive).
func (y FiscalYear) Contains(d Date) bool {
	return !d.IsZero() && !d.Before(y.Start()) && !d.After(y.End())
}

// Months returns the first day of each of the twelve months of y, April
// first.
func (y FiscalYear) Months() [12]Date {
	var out [12]Date
	for i := range out {
		out[i] = y.Start().AddMonths(i)
	}
	return out
}

// DateStyle is how dates are shown to people (the stored form is always
// ISO): register.yaml's date_style, overridden by the --dates flag.
type DateStyle string

// Date styles.
const (
	DateISO    DateStyle = "iso"    // 2026-04-01 (default)
	DateWareki DateStyle = "wareki" // 令和8年4月1日 (Japanese output only)
)

func (s DateStyle) Valid() bool     { return dateStyleEnum.valid(s) }
func (DateStyle) Allowed() []string { return dateStyleEnum.allowed() }

// dateStyleEnum declares the values of DateStyle and their labels (see enumTable).
var dateStyleEnum = newEnum(dateStyleAliases,
	row(DateISO, "西暦", "ISO"),
	row(DateWareki, "和暦", "Japanese era"),
)
