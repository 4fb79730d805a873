package publiclist

import (
	"regexp"
	"strings"
	"testing"

	"github.com/gikai-sec/riskregister/riskassess"
	"github.com/gikai-sec/riskregister/riskassess/wareki"
)

// TestWeekdayNamesAgreeWithWareki: the weekdays this package finds beside
// a list's date (weekdayNames, weekdayKanji) are checked by wareki
// (checkWeekday). A form found here that wareki does not read would be a
// syntax error there, not a wrong weekday, and checkWeekday would let a
// mistyped date through: every form is found here and read by wareki, as
// the date's weekday (2026-08-01 is a Saturday) or as another one.
func TestWeekdayNamesAgreeWithWareki(t *testing.T) {
	found := regexp.MustCompile(`^(?:` + weekdayNames + `|` + weekdayKanji + `)$`)
	sat := riskassess.NewDate(2026, 8, 1)
	for _, tt := range []struct {
		names    []string
		saturday bool
	}{
		{[]string{"sun", "sunday", "日", "日曜", "日曜日"}, false},
		{[]string{"mon", "monday", "月", "月曜", "月曜日"}, false},
		{[]string{"tue", "tues", "tuesday", "火", "火曜日"}, false},
		{[]string{"wed", "wednesday", "水", "水曜日"}, false},
		{[]string{"thu", "thur", "thurs", "thursday", "木", "木曜日"}, false},
		{[]string{"fri", "friday", "金", "金曜日"}, false},
		{[]string{"sat", "saturday", "土", "土曜", "土曜日"}, true},
	} {
		for _, name := range tt.names {
			forms := []string{name}
			if name[0] < 0x80 {
				forms = append(forms, name+".", strings.ToUpper(name), strings.ToUpper(name[:1])+name[1:]+".")
			}
			for _, form := range forms {
				if !found.MatchString(form) {
					t.Errorf("%q: wareki reads it as a weekday, but it is not found beside a list's date", form)
				}
				pe := checkWeekday(sat, form)
				switch {
				case tt.saturday && pe != nil:
					t.Errorf("%q on 2026-08-01 (a Saturday): %v, want no error", form, pe)
				case !tt.saturday && (pe == nil || pe.Code != wareki.ErrWeekday):
					t.Errorf("%q on 2026-08-01 (a Saturday): %v, want wareki's ErrWeekday", form, pe)
				}
			}
		}
	}
}
