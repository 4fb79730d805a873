package wareki

import (
	"fmt"
	"math"
	"strconv"
	"strings"
	"unicode/utf8"
)

// A number cell stores a bare number; its number format decides what the
// person who typed it saw: 99.9% is stored as 0.999, 2026/4/1 as 46113,
// 0424123456 in a "0000000000" cell as 424123456. The Excel adapters keep
// each cell's number format (riskassess/xlsx: book.readStyles) and read a
// number cell as it was shown through ExcelNumberText, the one reader of
// number formats they share (xlsx, publiclist).

// fmtClass is what a number format shows a number as.
type fmtClass uint8

const (
	fmtPlain   fmtClass = iota // General, 0.00, #,##0 …: the number itself
	fmtPercent                 // 0%, 0.00%: the number times 100, with %
	fmtDate                    // a date, with or without a time of day
	fmtTime                    // a time of day only (h, m, s)
	fmtPadded                  // digits 0 and literal separators: zero-padded
)

// builtinDate lists the built-in number format ids that show a date
// (ECMA-376 18.8.30 and the East Asian ids as Excel uses them in
// Japanese); builtinTime those that show only a time of day.
var (
	builtinDate = map[int32]bool{14: true, 15: true, 16: true, 17: true, 22: true,
		27: true, 28: true, 29: true, 30: true, 31: true, 34: true, 35: true, 36: true,
		50: true, 51: true, 52: true, 53: true, 54: true, 55: true, 56: true, 57: true, 58: true}
	builtinTime = map[int32]bool{18: true, 19: true, 20: true, 21: true, 32: true, 33: true, 45: true, 46: true, 47: true}
)

// classify returns the class of number format id with custom code code
// ("" for a built-in format).
func classify(id int32, code string) fmtClass {
	if code == "" {
		switch {
		case id == 9 || id == 10:
			return fmtPercent
		case builtinDate[id]:
			return fmtDate
		case builtinTime[id]:
			return fmtTime
		}
		return fmtPlain
	}
	sec := formatSection(code)
	bare := strings.ToLower(stripLiterals(sec))
	bare = strings.ReplaceAll(bare, "general", "")
	if strings.Contains(bare, "%") {
		return fmtPercent
	}
	var date, month, clock bool
	for i := 0; i < len(bare); i++ {
		switch bare[i] {
		case 'y', 'd', 'g':
			date = true
		case 'e':
			// e is the year of the Japanese era (ge.m.d); E+ and E- are
			// scientific notation.
			if i+1 >= len(bare) || (bare[i+1] != '+' && bare[i+1] != '-') {
				date = true
			}
		case 'm':
			month = true
		case 'h', 's':
			clock = true
		}
	}
	switch {
	case date || (month && !clock):
		return fmtDate
	case clock:
		return fmtTime
	}
	if padded(sec) > 0 {
		return fmtPadded
	}
	return fmtPlain
}

// formatSection returns the first section of a format code (the one for
// positive numbers): up to the first ; outside quotes and brackets.
func formatSection(code string) string {
	quoted, bracket := false, false
	for i := 0; i < len(code); i++ {
		switch c := code[i]; {
		case c == '"':
			quoted = !quoted
		case quoted:
		case c == '\\':
			i++
		case c == '[':
			bracket = true
		case c == ']':
			bracket = false
		case c == ';' && !bracket:
			return code[:i]
		}
	}
	return code
}

// stripLiterals removes quoted text, backslash-escaped characters, the
// character after _ (a space of its width) and * (a fill), and bracketed
// parts ([Red], [$-411], [<100]) except the elapsed-time ones ([h], [mm],
// [ss]), which are kept without their brackets.
func stripLiterals(s string) string {
	plain, _ := scanFormat(s)
	return plain
}

// scanFormat reads the format section s as stripLiterals does and returns
// what stripLiterals returns, and the unit of its first elapsed-time code:
// 'h' for [h] or [hh], 'm' for [m] or [mm], 's' for [s] or [ss]; 0 when it
// has none. A colour, locale or condition code in brackets ([Magenta],
// [$-411], [<100]) and quoted or escaped text are no elapsed codes:
// [magenta]h:mm, a time of day, was read as minutes in all, so 36:00 in
// it imported 2160.
func scanFormat(s string) (plain string, elapsed byte) {
	var out strings.Builder
	for i := 0; i < len(s); i++ {
		switch c := s[i]; c {
		case '"':
			j := strings.IndexByte(s[i+1:], '"')
			if j < 0 {
				return out.String(), elapsed
			}
			i += j + 1
		case '\\', '_', '*':
			i++
		case '[':
			j := strings.IndexByte(s[i:], ']')
			if j < 0 {
				return out.String(), elapsed
			}
			in := strings.ToLower(s[i+1 : i+j])
			if in != "" && strings.Trim(in, "hms") == "" {
				out.WriteString(in)
				if elapsed == 0 && strings.Trim(in, in[:1]) == "" {
					elapsed = in[0]
				}
			}
			i += j
		default:
			out.WriteByte(c)
		}
	}
	return out.String(), elapsed
}

// padded returns the number of 0 placeholders of a zero-padding format
// section: one made only of 0s and the literal separators - ( ) space,
// quoted text or escaped characters ("0000000000", 000-0000-0000,
// "(0"0")"…). 0 when the section is anything else (#, ., %, a comma …),
// or has a single 0.
func padded(sec string) int {
	n := 0
	for i := 0; i < len(sec); i++ {
		switch c := sec[i]; c {
		case '0':
			n++
		case '-', '(', ')', ' ':
		case '\\':
			i++
		case '"':
			j := strings.IndexByte(sec[i+1:], '"')
			if j < 0 {
				return 0
			}
			i += j + 1
		default:
			return 0
		}
	}
	if n < 2 {
		return 0
	}
	return n
}

// showsDay reports whether the date format (id, code) shows the day of
// the month: not the year-month formats (built-in 17 mmm-yy and the
// Japanese 34, 52, 55 yyyy"年"m"月", or a custom format without d).
func showsDay(id int32, code string) bool {
	if code == "" {
		return id != 17 && id != 34 && id != 52 && id != 55
	}
	return strings.Contains(dateTokens(code), "d")
}

// showsYear reports whether the date format (id, code) shows a year: not
// the month-day formats (built-in 16 d-mmm and the Japanese 35, 53, 56
// m"月"d"日", or a custom format without a year token: y, e (the year of
// the era), g (the era), r (era and year) or b (the Buddhist year)).
func showsYear(id int32, code string) bool {
	if code == "" {
		return id != 16 && id != 35 && id != 53 && id != 56
	}
	bare := dateTokens(code)
	for i := 0; i < len(bare); i++ {
		switch bare[i] {
		case 'y', 'g', 'r', 'b':
			return true
		case 'e':
			if i+1 >= len(bare) || (bare[i+1] != '+' && bare[i+1] != '-') {
				return true
			}
		}
	}
	return false
}

// dateTokens returns the section of the format code that showsDay and
// showsYear read, in lower case, without its literals and "General".
func dateTokens(code string) string {
	return strings.ReplaceAll(strings.ToLower(stripLiterals(formatSection(code))), "general", "")
}

// ExcelNumberText returns the raw number v of a cell whose number format
// is (id, the built-in format's number; code, a custom format's code, ""
// for a built-in one) as the cell showed it, in a form the answer parsers read:
// a percentage as "99.9%" (exactly, not rounded to the format's places),
// a date as "2026-04-01" (with " 10:30" or " 10:30:15" when the format
// shows a time and the value has one; "2026-04" when it shows no day,
// "--04-01" when it shows no year), a time of day as "10:30", a
// zero-padded number with its zeros and separators. ok is false, and v
// is to be used as it is, for a plain format or a value the format cannot
// show (a negative date, a fraction in a zero-padded format …).
func ExcelNumberText(v string, id int32, code string, date1904 bool) (string, bool) {
	class := classify(id, code)
	if class == fmtPlain {
		return "", false
	}
	f, err := strconv.ParseFloat(strings.TrimSpace(v), 64)
	if err != nil || math.IsInf(f, 0) || math.IsNaN(f) {
		return "", false
	}
	switch class {
	case fmtPercent:
		return percentText(f) + "%", true
	case fmtDate:
		d, err := ExcelSerial(f, date1904)
		if err != nil {
			return "", false
		}
		s := d.String()
		if !showsYear(id, code) {
			// 4/1 typed (shown 4月1日 or 1-Apr): Excel stores a day of
			// the year it was typed in, a year nobody gave. Shown as
			// --04-01 (ISO 8601 month and day); a date question refuses
			// it (errNoYear).
			if !showsDay(id, code) {
				return "--" + s[5:7], true
			}
			s = "--" + s[5:]
		} else if !showsDay(id, code) {
			// 2026年4月 or Apr-26 typed: Excel stores the 1st of the
			// month, but no day was given (a date question refuses it).
			return s[:7], true
		}
		if t, ok := clockText(f-math.Floor(f), code, id); ok && t != "00:00" && t != "00:00:00" {
			s += " " + t
		}
		return s, true
	case fmtTime:
		if f < 0 {
			return "", false // Excel shows ##### for a negative time: kept as the number
		}
		if f >= 1 {
			return elapsedText(f, code, id)
		}
		return clockText(f, code, id)
	case fmtPadded:
		return paddedText(f, formatSection(code))
	}
	return "", false
}

// ExcelPercentFormat reports whether the number format (id, code) shows a
// number as a percentage (0%, 0.00%): ExcelNumberText gives "99.9%".
func ExcelPercentFormat(id int32, code string) bool { return classify(id, code) == fmtPercent }

// ExcelDateFormat reports whether the number format (id, code) shows a
// number as a date (with or without a time of day): ExcelNumberText gives
// "2026-04-01".
func ExcelDateFormat(id int32, code string) bool { return classify(id, code) == fmtDate }

// ExcelPartialDate reports whether the number format (id, code) is a date
// format that shows no year (4月1日, 1-Apr) or no day (2026年4月, Apr-26):
// the date Excel stored is not the one the cell showed, and
// ExcelNumberText gives "--04-01" or "2026-04".
func ExcelPartialDate(id int32, code string) bool {
	return classify(id, code) == fmtDate && !(showsYear(id, code) && showsDay(id, code))
}

// ExcelFormatWords returns the words a custom number format code shows
// with the value, in the order they come in its first section: its quoted
// text, its backslash-escaped characters and the characters outside the
// ASCII range it shows as typed ("年月日現在" for yyyy"年"m"月"d"日現在",
// the same for yyyy\年m\月d\日\現\在 and yyyy年m月d日現在). Bracketed
// codes ([$-411], [Red]) and the characters after _ and * are not shown.
func ExcelFormatWords(code string) string {
	sec := formatSection(code)
	var out strings.Builder
	for i := 0; i < len(sec); i++ {
		switch c := sec[i]; {
		case c == '"':
			j := strings.IndexByte(sec[i+1:], '"')
			if j < 0 {
				out.WriteString(sec[i+1:])
				return out.String()
			}
			out.WriteString(sec[i+1 : i+1+j])
			i += j + 1
		case c == '\\' && i+1 < len(sec):
			_, n := utf8.DecodeRuneInString(sec[i+1:])
			out.WriteString(sec[i+1 : i+1+n])
			i += n
		case c == '_' || c == '*':
			_, n := utf8.DecodeRuneInString(sec[min(i+1, len(sec)):])
			i += n
		case c == '[':
			j := strings.IndexByte(sec[i:], ']')
			if j < 0 {
				return out.String()
			}
			i += j
		case c >= utf8.RuneSelf:
			_, n := utf8.DecodeRuneInString(sec[i:])
			out.WriteString(sec[i : i+n])
			i += n - 1
		}
	}
	return out.String()
}

// ExcelShownWords returns the words (as ExcelFormatWords) that the
// custom number format code shows with the number v of a cell: those of
// the section that shows it: the first for a positive number (and for
// every number in a format of one section), the second for a negative
// one ("未満" of 0;"未満"0 for -5), the third for zero ("未確認" of
// 0.0;-0.0;"未確認"), falling back to the first where the format has no
// such section. A format whose sections are picked by a condition
// ([>=99]0.0;"約"0.0) gives the words of all its number sections, as
// does a v that is no number.
func ExcelShownWords(code, v string) string {
	secs := formatSections(code)
	if len(secs) > 3 {
		secs = secs[:3] // the fourth is for text
	}
	f, err := strconv.ParseFloat(strings.TrimSpace(v), 64)
	conditional := false
	for _, s := range secs {
		for i := 0; i+1 < len(s); i++ {
			if s[i] == '[' && strings.ContainsRune("<>=", rune(s[i+1])) {
				conditional = true
			}
		}
	}
	if err != nil || math.IsNaN(f) || conditional {
		var out strings.Builder
		for _, s := range secs {
			out.WriteString(ExcelFormatWords(s))
		}
		return out.String()
	}
	i := 0
	switch {
	case f < 0 && len(secs) > 1:
		i = 1
	case f == 0 && len(secs) > 2:
		i = 2
	}
	return ExcelFormatWords(secs[i])
}

// ExcelTextWords returns the words (as ExcelFormatWords) that the custom
// number format code shows with a text cell's text: those of its text
// section, the fourth, or of a section with the text placeholder @ in a
// format of fewer ("約" of "約"@, "予定" of @"予定"); "" for a format
// without one, whose text is shown alone.
func ExcelTextWords(code string) string {
	secs := formatSections(code)
	if len(secs) > 3 {
		return ExcelFormatWords(secs[3])
	}
	for _, s := range secs {
		if strings.Contains(stripLiterals(s), "@") {
			return ExcelFormatWords(s)
		}
	}
	return ""
}

// formatSections returns the sections of a format code, split at each ;
// outside quotes and brackets (formatSection gives the first).
func formatSections(code string) []string {
	var out []string
	for {
		s := formatSection(code)
		out = append(out, s)
		if len(s) == len(code) {
			return out
		}
		code = code[len(s)+1:]
	}
}

// percentText returns 100*f exactly in shortest decimal form: the decimal
// point of f's shortest form moved two places (0.999 → 99.9, not
// 99.89999999999999).
func percentText(f float64) string {
	s := strconv.FormatFloat(f, 'f', -1, 64)
	sign := ""
	if strings.HasPrefix(s, "-") {
		sign, s = "-", s[1:]
	}
	intPart, frac, _ := strings.Cut(s, ".")
	for len(frac) < 2 {
		frac += "0"
	}
	intPart, frac = strings.TrimLeft(intPart+frac[:2], "0"), strings.TrimRight(frac[2:], "0")
	if intPart == "" {
		intPart = "0"
	}
	if frac != "" {
		intPart += "." + frac
	}
	if intPart == "0" {
		sign = ""
	}
	return sign + intPart
}

// clockText returns the time of day of the day fraction frac as "15:04",
// or "15:04:05" when the format shows seconds; ok is false when the format
// shows no time.
func clockText(frac float64, code string, id int32) (string, bool) {
	bare := strings.ToLower(stripLiterals(formatSection(code)))
	if code == "" {
		switch id {
		case 22, 18, 20, 32:
			bare = "h:mm"
		case 19, 21, 33, 45, 46, 47:
			bare = "h:mm:ss"
		default:
			bare = ""
		}
	}
	if !strings.ContainsAny(bare, "h") && !strings.ContainsAny(bare, "s") {
		return "", false
	}
	secs := int(math.Round(frac * 86400))
	if secs >= 86400 {
		secs = 86399
	}
	if strings.Contains(bare, "s") {
		return fmt.Sprintf("%02d:%02d:%02d", secs/3600, secs/60%60, secs%60), true
	}
	return fmt.Sprintf("%02d:%02d", secs/3600, secs/60%60), true
}

// elapsedText returns a time of a day or more (f days) as the time-only
// format (id, code) shows it: 24:00 typed is stored as 1 in a [h]:mm:ss
// cell and shown 24:00:00, so it reads as "24:00:00" ([h]: hours in all,
// [m]: minutes in all, [s]: seconds in all), never as the number of days
// (a number question read 24:00 as 1, 36:00 as 1.5). A format without an
// elapsed part (h:mm) shows the time of day only, as Excel does.
func elapsedText(f float64, code string, id int32) (string, bool) {
	sec := strings.ToLower(formatSection(code))
	if code == "" {
		if id != 46 {
			return clockText(f-math.Floor(f), code, id)
		}
		sec = "[h]:mm:ss"
	}
	secs := int64(math.Round(f * 86400))
	plain, unit := scanFormat(sec)
	seconds := strings.Contains(plain, "s")
	switch unit {
	case 'h':
		if seconds {
			return fmt.Sprintf("%d:%02d:%02d", secs/3600, secs/60%60, secs%60), true
		}
		return fmt.Sprintf("%d:%02d", secs/3600, secs/60%60), true
	case 'm':
		if seconds {
			return fmt.Sprintf("%d:%02d", secs/60, secs%60), true
		}
		return strconv.FormatInt(secs/60, 10), true
	case 's':
		return strconv.FormatInt(secs, 10), true
	}
	return clockText(f-math.Floor(f), code, id)
}

// paddedText renders the non-negative whole number f in the zero-padding
// format section sec: its digits fill the 0 placeholders from the right,
// the placeholders left over show 0, and digits beyond them go before the
// first placeholder, as Excel shows them.
func paddedText(f float64, sec string) (string, bool) {
	if f < 0 || f != math.Trunc(f) || f >= 1e15 {
		return "", false
	}
	digits := strconv.FormatFloat(f, 'f', 0, 64)
	n := padded(sec)
	if len(digits) < n {
		digits = strings.Repeat("0", n-len(digits)) + digits
	}
	extra := len(digits) - n // digits before the first placeholder
	var out strings.Builder
	di := 0
	for i := 0; i < len(sec); i++ {
		switch c := sec[i]; c {
		case '0':
			if di == 0 {
				out.WriteString(digits[:extra+1])
				di = extra + 1
			} else {
				out.WriteByte(digits[di])
				di++
			}
		case '\\':
			if i+1 < len(sec) {
				out.WriteByte(sec[i+1])
			}
			i++
		case '"':
			j := strings.IndexByte(sec[i+1:], '"')
			out.WriteString(sec[i+1 : i+1+j])
			i += j + 1
		default:
			out.WriteByte(c)
		}
	}
	return out.String(), true
}
