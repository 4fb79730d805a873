package wareki

import (
	"fmt"
	"math"
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
// MaxExcelSerial, or NaN, is an error. It is the one conversion the Excel
// adapters share (xlsx, publiclist).
func ExcelSerial(f float64, date1904 bool) (riskassess.Date, error) {
	lowest := 1.0
	if date1904 {
		lowest = 0
	}
	if math.IsNaN(f) || f < lowest || f > MaxExcelSerial {
		return riskassess.Date{}, fmt.Errorf("Excel date serial %v out of range", f)
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
