package wareki

import (
	"math"
	"strconv"
	"time"

	"github.com/gikai-sec/riskregister/riskassess"
)

// MaxExcelSerial is the last day Excel counts: 9999-12-31 in the 1900
// date system.
const MaxExcelSerial = 2958465

// ExcelSerial returns the day of an Excel date serial (a date cell's
// stored number; a fraction is a time of that day and is dropped). In the
// 1900 date system serial 1 is 1900-01-01, 60 is Excel's fictitious
// 1900-02-29 (read as 1900-02-28) and 61 is 1900-03-01; in the 1904 date
// system (date1904, Excel for Mac)
// serial 0 is 1904-01-01. A serial below the first day or above
// MaxExcelSerial, or NaN, is a *ParseError with Code ErrYear and a
// bilingual Reason ("ja / en", like Parse's). It is the one conversion the
// Excel adapters share (xlsx, publiclist).
func ExcelSerial(f float64, date1904 bool) (riskassess.Date, error) {
	lowest := 1.0
	if date1904 {
		lowest = 0
	}
	if math.IsNaN(f) || f < lowest || f > MaxExcelSerial {
		// 20261201 typed for 2026-12-01 is the usual cause: the reason
		// shows the number as typed, not as 2.0261201e+07.
		n := strconv.FormatFloat(f, 'f', -1, 64)
		return riskassess.Date{}, errorf(n, ErrYear,
			"数値 %s は Excel の日付の通し番号（%v～%d）の範囲外です。2026/12/1 のように年月日を区切って記入してください / the number %s is outside Excel's date serials (%v to %d); write the date with separators, e.g. 2026/12/1",
			n, lowest, MaxExcelSerial, n, lowest, MaxExcelSerial)
	}
	days := int(math.Floor(f))
	var base time.Time
	if date1904 {
		base = time.Date(1904, 1, 1, 0, 0, 0, 0, time.UTC)
	} else {
		base = time.Date(1899, 12, 31, 0, 0, 0, 0, time.UTC)
		if days >= 60 {
			days-- // Excel's fictitious 1900-02-29
		}
	}
	return riskassess.DateOf(base.AddDate(0, 0, days)), nil
}
