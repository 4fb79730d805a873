// Package wareki parses and formats dates written with Japanese era names
// (和暦): 令和8年4月1日, R8.4.1, 平成31年4月30日, as vendors and staff type them
// into questionnaires and YAML files. It also accepts Western (Gregorian)
// dates in ISO and Japanese forms, and folds full-width characters, so that
// "Ｒ８．４．１" and "２０２６年４月１日" parse too. For the Excel adapters
// (riskassess/xlsx, riskassess/publiclist) it reads a cell's stored number
// as the cell showed it: a date serial (ExcelSerial) and a number in its
// number format (ExcelNumberText, ExcelFormatWords).
//
// The shortest use:
//
//	d, err := wareki.Parse("令和8年4月1日") // riskassess.Date 2026-04-01
//	s := wareki.Format(d)                  // 令和8年4月1日
//
// The package imports only the standard library and riskassess (for
// riskassess.Date). It never reads the clock.
//
// Era dates follow the modern Gregorian calendar. Meiji is taken to start
// on 1868-10-23 (明治改元の日); earlier dates have no era form here and
// Format writes them in ISO form.
package wareki

import (
	"fmt"
	"slices"
	"strconv"
	"strings"
	"time"

	"github.com/gikai-sec/riskregister/riskassess"
)

// Era is a Japanese era (元号).
type Era struct {
	// Name is the era name in kanji (令和).
	Name string
	// Letter is the one-letter abbreviation used in short forms (R).
	Letter string
	// Romaji is the English name (Reiwa).
	Romaji string
	// Start is the first day of the era (year 1, 元年).
	Start riskassess.Date
}

// Eras lists the supported eras, oldest first. An era ends the day before
// the next one starts; the last one has no end.
var Eras = []Era{
	{Name: "明治", Letter: "M", Romaji: "Meiji", Start: riskassess.NewDate(1868, time.October, 23)},
	{Name: "大正", Letter: "T", Romaji: "Taisho", Start: riskassess.NewDate(1912, time.July, 30)},
	{Name: "昭和", Letter: "S", Romaji: "Showa", Start: riskassess.NewDate(1926, time.December, 25)},
	{Name: "平成", Letter: "H", Romaji: "Heisei", Start: riskassess.NewDate(1989, time.January, 8)},
	{Name: "令和", Letter: "R", Romaji: "Reiwa", Start: riskassess.NewDate(2019, time.May, 1)},
}

// eraSquares maps the single-character era ligatures (㋿ ㍻ …) to names.
var eraSquares = map[rune]string{
	'\u32FF': "令和", '\u337B': "平成", '\u337C': "昭和", '\u337D': "大正", '\u337E': "明治",
}

// ErrorCode says why Parse rejected its input.
type ErrorCode int

const (
	// ErrEmpty: the input is empty or only spaces.
	//
	//	Parse("  ")
	//
	// Fix: write a date, e.g. 令和8年4月1日 or 2026-04-01.
	ErrEmpty ErrorCode = iota + 1

	// ErrSyntax: the input is not in any accepted form.
	//
	//	Parse("4月1日")      // no year
	//	Parse("令和8年4月")  // no day
	//
	// Fix: write the era (or a 4-digit year), month and day.
	ErrSyntax

	// ErrUnknownEra: the era name or letter is not one of
	// 明治 M, 大正 T, 昭和 S, 平成 H, 令和 R.
	//
	//	Parse("X8.4.1")
	//
	// Fix: use one of the supported eras or a Western year.
	ErrUnknownEra

	// ErrMonth: the month is not 1–12.
	//
	//	Parse("R8.13.1")
	ErrMonth

	// ErrDay: the day does not exist in that month.
	//
	//	Parse("令和8年2月30日")
	ErrDay

	// ErrEraRange: the date is outside its era, e.g. after the era ended or
	// before it began, or year 0.
	//
	//	Parse("平成31年5月1日") // Heisei ended on 2019-04-30: write 令和元年5月1日
	//	Parse("令和1年4月30日") // Reiwa began on 2019-05-01: write 平成31年4月30日
	ErrEraRange

	// ErrWeekday: a weekday in brackets does not match the date.
	//
	//	Parse("令和8年4月1日(木)") // 2026-04-01 is a Wednesday (水)
	ErrWeekday

	// ErrYear: a Western year is 0 or out of range.
	ErrYear

	// ErrTime: the time of day after a date (CutTime) is no time of day:
	// an hour past 23 (25:30, as broadcasters write 1:30 of the next
	// day), a minute or second past 59, an offset past 14:59, or both
	// halves of the day (午後 1:00 PM).
	//
	//	CutTime("2026/4/1 25:30")
	//
	// Fix: write the date alone (2026/4/2 for 25:30 on the 1st).
	ErrTime

	// ErrTimeSpan: after a date and a space, a time with an offset but no
	// seconds other than +hh:mm (CutTime), which a span of time looks like:
	// read as UTC-12, 10:00-12 (an on-site check from 10 to 12) moved the
	// date to the next day.
	//
	//	CutTime("2026/4/1 10:00-12")
	//
	// Fix: write the date alone (the times elsewhere), or an offset after
	// the seconds (2026-04-01 10:00:00-05:00).
	ErrTimeSpan
)

// AcceptedForms lists the accepted input forms, for error messages and help.
const AcceptedForms = "令和8年4月1日, 令和元年5月1日, R8.4.1, R8/4/1, 2026-04-01, 2026/4/1, 2026年4月1日"

// ParseError is the error returned by Parse. Reason is bilingual
// (Japanese / English).
type ParseError struct {
	Input  string
	Code   ErrorCode
	Reason string
}

func (e *ParseError) Error() string {
	return fmt.Sprintf("日付を読めません / cannot read date %q: %s（使える書式 / accepted forms: %s）",
		e.Input, e.Reason, AcceptedForms)
}

// Reasons returns e.Reason's Japanese and English halves (Reason is
// written "日本語 / English"); both are the whole Reason when it has no
// such separator.
func (e *ParseError) Reasons() (ja, en string) {
	ja, en, ok := strings.Cut(e.Reason, " / ")
	if !ok {
		return e.Reason, e.Reason
	}
	return strings.TrimSpace(ja), strings.TrimSpace(en)
}

func errorf(input string, code ErrorCode, format string, args ...any) *ParseError {
	return &ParseError{Input: input, Code: code, Reason: fmt.Sprintf(format, args...)}
}

// Fold normalises the width of s: full-width ASCII (Ｒ８．４．１) becomes
// ASCII, the ideographic space becomes a space, dash and slash variants
// become '-' and '/', and era ligatures (㋿ ㍻ ㍼ ㍽ ㍾) become their names.
// Other characters are kept.
func Fold(s string) string {
	var b strings.Builder
	b.Grow(len(s))
	for _, r := range s {
		switch {
		case r >= '\uFF01' && r <= '\uFF5E':
			b.WriteRune(r - 0xFEE0)
		case r == '\u3000':
			b.WriteByte(' ')
		case r == '\u2010', r == '\u2011', r == '\u2012', r == '\u2013', r == '\u2014', r == '\u2212', r == '\u30FC', r == '\uFF70':
			b.WriteByte('-')
		case r == '\u2215':
			b.WriteByte('/')
		case r == '\u3002', r == '\uFF61':
			// 。 and halfwidth ｡ are sometimes typed for '.'.
			b.WriteByte('.')
		default:
			if name, ok := eraSquares[r]; ok {
				b.WriteString(name)
			} else {
				b.WriteRune(r)
			}
		}
	}
	return b.String()
}

// scanner walks the folded, space-free input.
type scanner struct {
	s string
	i int
}

func (p *scanner) eof() bool { return p.i >= len(p.s) }

func (p *scanner) digits(max int) (int, int, bool) {
	j := p.i
	for j < len(p.s) && j-p.i < max+1 && p.s[j] >= '0' && p.s[j] <= '9' {
		j++
	}
	n := j - p.i
	if n == 0 || n > max {
		return 0, n, false
	}
	v, err := strconv.Atoi(p.s[p.i:j])
	if err != nil {
		return 0, n, false
	}
	p.i = j
	return v, n, true
}

func (p *scanner) lit(t string) bool {
	if strings.HasPrefix(p.s[p.i:], t) {
		p.i += len(t)
		return true
	}
	return false
}

// Parse reads a date in any of the accepted forms:
//
//	令和8年4月1日   令和元年5月1日   平成31年4月30日   昭和64年1月7日
//	R8.4.1   R8/4/1   R8-4-1   H31.4.30   r8.4.1   令和8.4.1
//	2026-04-01   2026/4/1   2026.4.1   2026年4月1日   西暦2026年4月1日   20260401
//
// Full-width characters (Ｒ８．４．１), era ligatures (㋿8年4月1日), kanji
// numerals (令和八年四月一日, 二〇二六年十二月三十一日) and spaces anywhere are
// accepted, as is a trailing weekday in brackets,
// "令和8年4月1日(水)" or "2026/4/1 (Wed)", which must match the date.
//
// Parse returns a *ParseError whose Code tells what was wrong: ErrEmpty,
// ErrSyntax, ErrUnknownEra, ErrMonth, ErrDay, ErrEraRange, ErrWeekday or
// ErrYear. The date must exist and, for era forms, lie inside its era:
// 平成31年5月1日 and 令和1年4月30日 are errors.
func Parse(s string) (riskassess.Date, error) {
	f := Fold(s)
	f = strings.Join(strings.Fields(f), "")
	f = kanjiDigits(f)
	if f == "" {
		return riskassess.Date{}, errorf(s, ErrEmpty, "空欄です / empty")
	}
	f, wd, hasWD, perr := cutWeekday(s, f)
	if perr != nil {
		return riskassess.Date{}, perr
	}
	if f == "" {
		return riskassess.Date{}, errorf(s, ErrSyntax, "曜日だけで日付がありません / a weekday but no date")
	}
	if yearLast(strings.Join(strings.Fields(Fold(s)), " ")) {
		return riskassess.Date{}, errorf(s, ErrSyntax, yearFirst)
	}
	var d riskassess.Date
	var err *ParseError
	if c := f[0]; c >= '0' && c <= '9' {
		d, err = parseWestern(s, f)
	} else if strings.HasPrefix(f, "西暦") {
		d, err = parseWestern(s, f[len("西暦"):])
	} else {
		d, err = parseEra(s, f)
	}
	if err != nil {
		return riskassess.Date{}, err
	}
	if hasWD && d.Time().Weekday() != wd {
		return riskassess.Date{}, errorf(s, ErrWeekday, "%d年%d月%d日は%s曜日です / %s is a %s",
			d.Year, int(d.Month), d.Day, weekdaysJa[d.Time().Weekday()], d, d.Time().Weekday())
	}
	return d, nil
}

// yearFirst is the reason given for a date written with the year last.
const yearFirst = "年を最初に書いてください（例: 2026/4/1）。年が最後の日付は、月/日・日/月のどちらの順か決まらないため読みません / " +
	"write the year first (e.g. 2026/4/1): a date with the year last is not read, since it may be month/day or day/month"

// noYear is the reason given for a month and day without a year.
const noYear = "年がありません。年も書いてください（例: 2026年4月1日） / no year: write the year too (e.g. 2026/4/1)"

// monthDayOnly reports whether f (folded, without spaces) is a month and
// a day without a year: 4月1日, 4月1, 4/1, 04-01, 4.1.
func monthDayOnly(f string) bool {
	p := &scanner{s: f}
	if _, _, ok := p.digits(2); !ok {
		return false
	}
	if p.lit("月") {
		_, _, ok := p.digits(2)
		p.lit("日")
		return ok && p.eof()
	}
	if p.eof() || !strings.ContainsRune("/.-", rune(p.s[p.i])) {
		return false
	}
	p.i++
	_, _, ok := p.digits(2)
	return ok && p.eof()
}

// monthNames are the first three letters of the English month names.
var monthNames = [...]string{"jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"}

// yearLast reports whether f (folded) is a date written with the year
// last, as in English: 12/10/2026, 10 Dec 2026, December 10, 2026.
// It starts with a day or month (one or two digits, or an English month
// name) and ends with a 4-digit year after something that is not a digit.
func yearLast(f string) bool {
	n := len(f)
	if n < 6 || !allDigits(f[n-4:]) || (f[n-5] >= '0' && f[n-5] <= '9') {
		return false
	}
	lead := 0
	for lead < n && lead < 3 && f[lead] >= '0' && f[lead] <= '9' {
		lead++
	}
	if lead == 1 || lead == 2 {
		return true
	}
	if lead == 0 && len(f) >= 3 {
		head := strings.ToLower(f[:3])
		for _, m := range monthNames {
			if head == m {
				return true
			}
		}
	}
	return false
}

var kanjiValue = map[rune]int{'〇': 0, '零': 0, '一': 1, '二': 2, '三': 3, '四': 4, '五': 5, '六': 6, '七': 7, '八': 8, '九': 9}

// kanjiDigits rewrites runs of kanji numerals as ASCII digits: 八 → 8,
// 十二 → 12, 三十一 → 31, 二〇二六 → 2026. A run that is not a number
// (十十) is left as it is, so that Parse rejects it.
func kanjiDigits(s string) string {
	if !strings.ContainsAny(s, "〇零一二三四五六七八九十") {
		return s
	}
	var b strings.Builder
	rs := []rune(s)
	for i := 0; i < len(rs); {
		j := i
		for j < len(rs) && (rs[j] == '十' || kanjiValue[rs[j]] > 0 || rs[j] == '〇' || rs[j] == '零') {
			j++
		}
		if j == i {
			b.WriteRune(rs[i])
			i++
			continue
		}
		if v, ok := kanjiNumber(rs[i:j]); ok {
			b.WriteString(strconv.Itoa(v))
		} else {
			b.WriteString(string(rs[i:j]))
		}
		i = j
	}
	return b.String()
}

// kanjiNumber reads one run: positional digits (二〇二六) or a number up to
// 99 written with 十 (十, 十二, 二十, 三十一).
func kanjiNumber(run []rune) (int, bool) {
	ten := -1
	for i, r := range run {
		if r == '十' {
			if ten >= 0 {
				return 0, false
			}
			ten = i
		}
	}
	if ten < 0 {
		v := 0
		for _, r := range run {
			v = v*10 + kanjiValue[r]
		}
		return v, len(run) <= 4
	}
	tens, ones := 1, 0
	switch ten {
	case 0:
	case 1:
		tens = kanjiValue[run[0]]
	default:
		return 0, false
	}
	switch len(run) - ten - 1 {
	case 0:
	case 1:
		ones = kanjiValue[run[ten+1]]
	default:
		return 0, false
	}
	if tens == 0 || (len(run)-ten-1 == 1 && ones == 0) {
		return 0, false
	}
	return tens*10 + ones, true
}

var weekdaysJa = [...]string{"日", "月", "火", "水", "木", "金", "土"}

// cutWeekday removes a trailing "(水)" / "(水曜日)" / "(Wed)" and returns it.
func cutWeekday(input, f string) (string, time.Weekday, bool, *ParseError) {
	if !strings.HasSuffix(f, ")") {
		return f, 0, false, nil
	}
	open := strings.LastIndexByte(f, '(')
	if open < 0 {
		return f, 0, false, errorf(input, ErrSyntax, "括弧が対応していません / unbalanced bracket")
	}
	inner := strings.TrimSuffix(f[open+1:len(f)-1], "曜日")
	inner = strings.TrimSuffix(inner, "曜")
	for i, w := range weekdaysJa {
		if inner == w {
			return f[:open], time.Weekday(i), true, nil
		}
	}
	en := strings.TrimSuffix(strings.ToLower(inner), ".")
	for i, names := range weekdaysEn {
		if slices.Contains(names, en) {
			return f[:open], time.Weekday(i), true, nil
		}
	}
	return f, 0, false, errorf(input, ErrSyntax, "括弧内は曜日（月〜日、Mon〜Sun）だけ書けます / only a weekday (月–日, Mon–Sun) may follow in brackets")
}

// weekdaysEn are the English names of the weekdays, Sunday first, as
// lists and exports abbreviate them (2026/8/1 (Sat), (Sat.), (Tues)).
var weekdaysEn = [...][]string{
	{"sun", "sunday"}, {"mon", "monday"}, {"tue", "tues", "tuesday"}, {"wed", "wednesday"},
	{"thu", "thur", "thurs", "thursday"}, {"fri", "friday"}, {"sat", "saturday"},
}

// parseWestern reads 2026-04-01, 2026/4/1, 2026.4.1, 2026年4月1日, 20260401.
func parseWestern(input, f string) (riskassess.Date, *ParseError) {
	p := &scanner{s: f}
	if len(f) == 8 && allDigits(f) {
		y, _ := strconv.Atoi(f[:4])
		m, _ := strconv.Atoi(f[4:6])
		d, _ := strconv.Atoi(f[6:])
		return checkDate(input, y, m, d)
	}
	y, n, ok := p.digits(4)
	if !ok || n != 4 {
		if monthDayOnly(f) {
			return riskassess.Date{}, errorf(input, ErrSyntax, noYear)
		}
		return riskassess.Date{}, errorf(input, ErrSyntax, "西暦は4桁で書いてください / write a 4-digit year")
	}
	m, d, err := monthDay(input, p)
	if err != nil {
		return riskassess.Date{}, err
	}
	return checkDate(input, y, m, d)
}

func allDigits(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return false
		}
	}
	return true
}

// monthDay reads the rest after the year: 年M月D日 or a separator form
// (.M.D, /M/D, -M-D with the same separator twice).
func monthDay(input string, p *scanner) (int, int, *ParseError) {
	bad := func() (int, int, *ParseError) {
		return 0, 0, errorf(input, ErrSyntax, "年・月・日の並びが読めません / year, month and day not found")
	}
	if p.lit("年") {
		m, _, ok := p.digits(2)
		if !ok || !p.lit("月") {
			return bad()
		}
		d, _, ok := p.digits(2)
		if !ok {
			return bad()
		}
		p.lit("日")
		if !p.eof() {
			return bad()
		}
		return m, d, nil
	}
	if p.eof() {
		return bad()
	}
	sep := p.s[p.i]
	if sep != '.' && sep != '/' && sep != '-' {
		return bad()
	}
	p.i++
	m, _, ok := p.digits(2)
	if !ok || p.eof() || p.s[p.i] != sep {
		return bad()
	}
	p.i++
	d, _, ok := p.digits(2)
	if !ok || !p.eof() {
		return bad()
	}
	return m, d, nil
}

// parseEra reads 令和8年4月1日, R8.4.1 and the like.
func parseEra(input, f string) (riskassess.Date, *ParseError) {
	p := &scanner{s: f}
	era := -1
	for i, e := range Eras {
		if p.lit(e.Name) || p.lit(e.Letter) || p.lit(strings.ToLower(e.Letter)) {
			era = i
			break
		}
	}
	if era < 0 {
		return riskassess.Date{}, errorf(input, ErrUnknownEra,
			"元号が分かりません（明治 M・大正 T・昭和 S・平成 H・令和 R） / unknown era (Meiji M, Taisho T, Showa S, Heisei H, Reiwa R)")
	}
	var ey int
	if p.lit("元") {
		ey = 1
	} else {
		v, _, ok := p.digits(4)
		if !ok {
			return riskassess.Date{}, errorf(input, ErrSyntax, "元号の後に年を書いてください / write the year after the era")
		}
		ey = v
	}
	m, d, err := monthDay(input, p)
	if err != nil {
		return riskassess.Date{}, err
	}
	e := Eras[era]
	if ey < 1 {
		return riskassess.Date{}, errorf(input, ErrEraRange, "%s0年はありません（最初の年は元年） / there is no %s 0 (the first year is 1)", e.Name, e.Romaji)
	}
	date, err := checkDate(input, e.Start.Year+ey-1, m, d)
	if err != nil {
		return riskassess.Date{}, err
	}
	if date.Before(e.Start) {
		if era == 0 {
			return riskassess.Date{}, errorf(input, ErrEraRange, "%sは%sからです / %s starts on %s", e.Name, Format(e.Start), e.Romaji, e.Start)
		}
		return riskassess.Date{}, errorf(input, ErrEraRange, "%sは%sからです（この日は%s） / %s started on %s (this day is %s)",
			e.Name, Format(e.Start), Format(date), e.Romaji, e.Start, FormatShort(date))
	}
	if era+1 < len(Eras) && !date.Before(Eras[era+1].Start) {
		next := Eras[era+1]
		last := next.Start.AddDays(-1)
		return riskassess.Date{}, errorf(input, ErrEraRange, "%sは%sまでです（この日は%s） / %s ended on %s (this day is %s)",
			e.Name, formatIn(era, last), Format(date), e.Romaji, last, FormatShort(date))
	}
	return date, nil
}

// checkDate validates y-m-d as a Gregorian date.
func checkDate(input string, y, m, d int) (riskassess.Date, *ParseError) {
	if y < 1 || y > 9999 {
		return riskassess.Date{}, errorf(input, ErrYear, "年 %d は範囲外です / year %d is out of range", y, y)
	}
	if m < 1 || m > 12 {
		return riskassess.Date{}, errorf(input, ErrMonth, "%d月はありません（1〜12） / month %d does not exist (1–12)", m, m)
	}
	if n := daysIn(y, time.Month(m)); d < 1 || d > n {
		return riskassess.Date{}, errorf(input, ErrDay, "%d年%d月に%d日はありません（1〜%d） / %d-%02d has no day %d (1–%d)", y, m, d, n, y, m, d, n)
	}
	return riskassess.NewDate(y, time.Month(m), d), nil
}

func daysIn(y int, m time.Month) int {
	return time.Date(y, m+1, 0, 0, 0, 0, 0, time.UTC).Day()
}

// EraOf returns the era of d and the year within it; ok is false for the
// zero Date and for dates before Meiji (1868-10-23).
func EraOf(d riskassess.Date) (era Era, year int, ok bool) {
	i := eraIndex(d)
	if i < 0 {
		return Era{}, 0, false
	}
	return Eras[i], d.Year - Eras[i].Start.Year + 1, true
}

func eraIndex(d riskassess.Date) int {
	if d.IsZero() {
		return -1
	}
	for i := len(Eras) - 1; i >= 0; i-- {
		if !d.Before(Eras[i].Start) {
			return i
		}
	}
	return -1
}

// Format writes d in the long era form, "令和8年4月1日", with 元年 for the
// first year of an era ("令和元年5月1日"). The zero Date gives ""; a date
// before Meiji (1868-10-23) is written in ISO form.
func Format(d riskassess.Date) string {
	return formatIn(eraIndex(d), d)
}

func formatIn(i int, d riskassess.Date) string {
	if i < 0 {
		return d.String()
	}
	e := Eras[i]
	y := d.Year - e.Start.Year + 1
	ys := strconv.Itoa(y)
	if y == 1 {
		ys = "元"
	}
	return fmt.Sprintf("%s%s年%d月%d日", e.Name, ys, int(d.Month), d.Day)
}

// FormatShort writes d in the short era form, "R8.4.1" (year 1 as "R1").
// The zero Date gives ""; a date before Meiji is written in ISO form.
func FormatShort(d riskassess.Date) string {
	i := eraIndex(d)
	if i < 0 {
		return d.String()
	}
	e := Eras[i]
	return fmt.Sprintf("%s%d.%d.%d", e.Letter, d.Year-e.Start.Year+1, int(d.Month), d.Day)
}
