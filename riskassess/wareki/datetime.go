package wareki

import (
	"regexp"
	"strconv"
	"strings"
	"unicode"

	"github.com/gikai-sec/riskregister/riskassess"
)

// timePart is a time of day at the end of a date, after a space: 10:30,
// 10:30:00.000, 午前10:00, 10:00 AM, 09:00 JST, 23:30Z, 09:00+09:00,
// 09:00 (JST), 00:00:00+09 (an offset in hours, as databases write it),
// also after a weekday in brackets (2026/4/1 (水) 10:00).
// Groups: 1 and 5 the half of the day, 2 the hour, 3 the minute, 4 the
// second, 6 the zone, 7 to 9 the sign, hours and minutes of an offset, 10
// a zone in brackets.
var timePart = regexp.MustCompile(`(?i)\s+` + timeOfDayRE + `$`)

// timeOfDay is a time alone (the rest of an ISO date-time after its T),
// with the groups of timePart.
var timeOfDay = regexp.MustCompile(`(?i)^` + timeOfDayRE + `$`)

const timeOfDayRE = `(午前|午後|am|pm)?\s*(\d{1,2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?\s*(am|pm)?\s*(?:(jst|utc|gmt|z|([+-])(\d{2})(?::?(\d{2}))?)|\((jst|utc|gmt)\))?`

// CutTime cuts the time of day off a date written with one, as exports,
// spreadsheets and people write dates: after a space at the end
// ("2026-04-01 00:00:00", "2026/4/1 午後3:00 JST", "2026/4/1 (水) 23:30
// UTC", "2026/4/1 20:00 (UTC)"), or after the T of an ISO date-time
// ("2026-04-01T23:30Z", "2026-04-01T20:00-05:00"). It returns the date
// without the time, for Parse, and shift, the days to add to that date to
// get the date in Japan (UTC+9, no summer time) of the moment written: 1
// for 2026-04-01T23:30Z (2026-04-02 08:30 in Japan), -1 for
// 2026-04-01T01:00+14:00, and 0 for a time without a zone or in JST or
// +09:00, which is taken as written. The council's dates are dates in
// Japan, so a zone written is that moment, not the date before it.
//
// s without such a time is returned as it is, with shift 0: text after a
// date that is no time (a note, "2026/4/1 予定") is left for Parse to
// refuse. A time that is no time of day (25:30, 10:61, an offset of
// +25:00, 午後 1:00 PM) is a *ParseError with Code ErrTime: 25:30 on the
// 1st is 1:30 on the 2nd, and cutting it would keep the wrong date. An
// offset after a space without seconds other than +hh:mm (10:00-12,
// 10:00-12:00, 10:00+09) is one with Code ErrTimeSpan: a span of time
// looks the same. s is
// read in ASCII digits and spaces: Fold it first.
func CutTime(s string) (date string, shift int, err error) {
	cut := func(m []string) bool {
		if !validTime(m) {
			err = errorf(s, ErrTime, "日付のあとの時刻が正しくありません（時は 0～23、分・秒は 0～59。25:30 のような 24 時以降の書き方は翌日の時刻のため日付が変わります）。日付だけを書いてください / "+
				"the time after the date is no time of day (hours 0 to 23, minutes and seconds 0 to 59; 25:30 is a time of the next day, so the date changes): write the date alone")
			return false
		}
		shift = japanDayShift(m)
		return true
	}
	if m := timePart.FindStringSubmatch(s); m != nil && len(m[0]) < len(s) {
		// The match ends at the end of s ($). After a space, an offset is
		// taken only after seconds (2026-04-01 00:00:00+09, as databases
		// write it) or as +hh:mm: "10:00-12" and "10:00-12:00" are more
		// likely a span of time (an on-site check from 10 to 12) than UTC-12,
		// which would move the date a day.
		if m[7] != "" && m[4] == "" && (m[7] == "-" || m[9] == "") {
			return s, 0, errorf(s, ErrTimeSpan, "日付のあとの %q は時刻の範囲とも時差とも読めます。日付だけを書いてください（時差を書くときは 10:00:00-05:00 のように秒まで書いてください） / "+
				"%q after the date reads as a span of time as well as an offset: write the date alone (write an offset after the seconds, e.g. 10:00:00-05:00)", strings.TrimSpace(m[0]), strings.TrimSpace(m[0]))
		}
		if !cut(m) {
			return s, 0, err
		}
		s = s[:len(s)-len(m[0])]
	}
	// An ISO date-time: only a time after the T is cut.
	if i := strings.IndexByte(s, 'T'); i == 10 {
		if m := timeOfDay.FindStringSubmatch(s[i+1:]); m != nil {
			if !cut(m) {
				return s, 0, err
			}
			s = s[:i]
		}
	}
	return s, shift, nil
}

// validTime reports whether m (a timePart or timeOfDay match) is a time
// of day: hour 0 to 23, minute and second 0 to 59, at most one half of
// the day (午後 1:00 PM is read by neither), an offset of at most 14
// hours and 59 minutes.
func validTime(m []string) bool {
	h, _ := strconv.Atoi(m[2])
	mi, _ := strconv.Atoi(m[3])
	sec := 0
	if m[4] != "" {
		sec, _ = strconv.Atoi(m[4])
	}
	if h > 23 || mi > 59 || sec > 59 {
		return false
	}
	if m[1] != "" && m[5] != "" {
		return false // 午後 1:00 PM: one half of the day only
	}
	if m[7] != "" {
		oh, _ := strconv.Atoi(m[8])
		om, _ := strconv.Atoi(m[9])
		if oh > 14 || om > 59 {
			return false
		}
	}
	return true
}

// japanDayShift returns the days to add to the date written before the
// time m (a timePart or timeOfDay match) to get the date in Japan (UTC+9,
// no summer time): a moment written in UTC or another offset
// (2026-04-01T23:30Z, 2026-04-01T20:00-05:00) is 2026-04-02 in Japan, the
// day the council's dates are in. A time without a zone, or in JST/+09:00,
// is taken as written: 0.
func japanDayShift(m []string) int {
	zone := strings.ToLower(m[6] + m[10])
	if zone == "" || zone == "jst" {
		return 0
	}
	h, _ := strconv.Atoi(m[2])
	mi, _ := strconv.Atoi(m[3])
	switch half := strings.ToLower(m[1] + m[5]); {
	case (half == "午後" || half == "pm") && h < 12:
		h += 12
	case (half == "午前" || half == "am") && h == 12:
		h = 0
	}
	offset := 0 // minutes east of UTC
	if m[7] != "" {
		oh, _ := strconv.Atoi(m[8])
		om, _ := strconv.Atoi(m[9])
		offset = oh*60 + om
		if m[7] == "-" {
			offset = -offset
		}
	}
	const japan = 9 * 60
	minutes := h*60 + mi - offset + japan
	shift := minutes / (24 * 60)
	if minutes < 0 && minutes%(24*60) != 0 {
		shift--
	}
	return shift
}

// DateAlone reports whether s is a date alone as Parse reads it (spaces
// and a closing 。 or . aside): 2026-04-01, 令和8年4月1日, 2026/4/1,
// R8.4.1, full width too. Text around a date (SNS運用方針（2026年4月1日制定）,
// 2026-04-01 改定版) is not a date alone. It is quick for text that is no
// date (a title, a URL): only a string that starts as a date does and holds
// a numeral is handed to Parse, whose refusal costs its error's
// allocations. The register's link and document fields are checked with it
// (a date alone names no page nor document).
func DateAlone(s string) bool {
	for _, r := range s {
		if unicode.IsSpace(r) {
			continue
		}
		// The first rune of every form Parse reads: a digit, an era's
		// letter or kanji, 西 (西暦), a kanji numeral.
		if r = riskassess.NarrowRune(r); !('0' <= r && r <= '9') && !strings.ContainsRune(dateFirstRunes, unicode.ToLower(r)) {
			return false
		}
		break
	}
	t := strings.TrimRight(strings.TrimSpace(s), "。．. ")
	// A date holds a numeral (its day at least), and a link is no date: a
	// title starting with an era's letter (SNS運用方針, S: 昭和) or a URL
	// (h: 平成) is not handed to Parse.
	if t == "" || strings.Contains(t, "://") || !strings.ContainsFunc(t, isNumeral) {
		return false
	}
	_, err := Parse(t)
	return err == nil
}

// isNumeral reports whether r is a digit (ASCII or full width) or a kanji
// numeral a date may be written with (令和八年四月一日, 元年).
func isNumeral(r rune) bool {
	return '0' <= r && r <= '9' || '０' <= r && r <= '９' || strings.ContainsRune("〇零一二三四五六七八九十元", r)
}

// dateFirstRunes are the runes other than digits a date Parse reads can
// start with: an era's letter (lower case) or kanji, its ligature, 西
// (西暦) and the kanji numerals.
const dateFirstRunes = "rhstm令平昭大明㋿㍻㍼㍽㍾西〇零一二三四五六七八九十元"

// MonthDayAlone reports whether s is a month and a day alone, without a
// year, as Parse refuses it for want of one: 12月1日, 12/1, １２月１日,
// 十二月一日, 12-01, with a weekday after it (12月1日（火）) too, spaces and
// a closing 。 or . aside, or --12-01, ExcelNumberText's form of a date
// cell shown without its year (12月1日 typed into a General cell). The
// month must be 1–12 and the day 1–31, so a number such as 12-34 (an
// extension) is none. Text around it (12月1日以降) is not a month and a
// day alone.
func MonthDayAlone(s string) bool {
	if t, ok := strings.CutPrefix(strings.TrimSpace(s), "--"); ok {
		if len(t) != 5 || t[2] != '-' || !allDigits(t[:2]) || !allDigits(t[3:]) {
			return false
		}
		m, _ := strconv.Atoi(t[:2])
		d, _ := strconv.Atoi(t[3:])
		return 1 <= m && m <= 12 && 1 <= d && d <= 31
	}
	for _, r := range s {
		if unicode.IsSpace(r) {
			continue
		}
		// A month starts with a digit (ASCII or full width) or a kanji
		// numeral.
		if r = riskassess.NarrowRune(r); !('0' <= r && r <= '9') && !strings.ContainsRune("〇一二三四五六七八九十", r) {
			return false
		}
		break
	}
	t := strings.TrimRight(strings.TrimSpace(s), "。．. ")
	f := kanjiDigits(strings.Join(strings.Fields(Fold(t)), ""))
	if f == "" {
		return false
	}
	f, _, _, err := cutWeekday(t, f)
	if err != nil || !monthDayOnly(f) {
		return false
	}
	var n [2]int
	k := 0
	for i := 0; i < len(f) && k < 2; i++ {
		if c := f[i]; c >= '0' && c <= '9' {
			n[k] = n[k]*10 + int(c-'0')
			if i+1 == len(f) || f[i+1] < '0' || f[i+1] > '9' {
				k++
			}
		}
	}
	return k == 2 && 1 <= n[0] && n[0] <= 12 && 1 <= n[1] && n[1] <= 31
}
