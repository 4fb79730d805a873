package wareki_test

import (
	"math"
	"testing"

	"github.com/gikai-sec/riskregister/riskassess/wareki"
	"github.com/google/go-cmp/cmp"
)

func TestExcelSerial(t *testing.T) {
	t.Parallel()
	tests := []struct {
		serial float64
		d1904  bool
		want   string // "" for an error
	}{
		{1, false, "1900-01-01"},
		{59, false, "1900-02-28"},
		{60, false, "1900-02-28"}, // Excel's 1900-02-29, which never was
		{61, false, "1900-03-01"},
		{36526, false, "2000-01-01"},
		{46113, false, "2026-04-01"},
		{46113.75, false, "2026-04-01"}, // 18:00 of that day
		{wareki.MaxExcelSerial, false, "9999-12-31"},
		{0, true, "1904-01-01"},
		{42735, true, "2021-01-01"},
		{44651, true, "2026-04-01"},
		{44651.5, true, "2026-04-01"},
		{0, false, ""},
		{0.5, false, ""},
		{-1, true, ""},
		{wareki.MaxExcelSerial + 1, false, ""},
		{math.NaN(), false, ""},
		{math.Inf(1), true, ""},
	}
	for _, tc := range tests {
		got := ""
		if d, err := wareki.ExcelSerial(tc.serial, tc.d1904); err == nil {
			got = d.String()
		}
		if diff := cmp.Diff(tc.want, got); diff != "" {
			t.Errorf("ExcelSerial(%v, 1904=%v) (-want +got):\n%s", tc.serial, tc.d1904, diff)
		}
	}
}
