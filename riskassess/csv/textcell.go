package csv

import (
	"strings"
	"unicode"

	"github.com/gikai-sec/riskregister/riskassess"
	"github.com/gikai-sec/riskregister/riskassess/report"
)

// TextCell returns the CSV field of a text cell so that a spreadsheet
// opening the file shows the text, not something else: s with a single
// quote ' in front when s starts with a formula character
// (report.NeutraliseFormula: = + - @ tab CR), or when Excel or LibreOffice
// Calc would read s as a number, date, time, percentage, amount of money
// or truth value instead of text: an id 00123 would become 123, a
// corporate number 1234567890123 the number 1.23457E+12, an id of 20
// digits a rounded number, 2026-04-01, 1-2, 3/4 or 令和8年4月1日 a date,
// 10% 0.1 and TRUE a truth value. Text that starts with ' itself gets one
// more, so that a program reading the CSV gets s back by removing one
// leading ' when there is one. Any other string is returned unchanged.
// Cells of date and number columns are not text cells and are written as
// they are, to be read as dates and numbers.
func TextCell(s string) string {
	if s == "" {
		return s
	}
	if s[0] == '\'' {
		return "'" + s
	}
	if t := report.NeutraliseFormula(s); t != s {
		return t
	}
	if readAsValue(s) {
		return "'" + s
	}
	return s
}

// valueSigns are the signs a number, date, time, percentage or amount may
// hold besides digits.
const valueSigns = ".,-/:%+()$¥￥€£−"

// valueWords are the words a spreadsheet accepts in a number, date or time
// ("1e5", "Jan 02", "1:30 PM", "2026-04-01T10:00", "2026年4月1日",
// "令和元年5月1日"), lower case.
var valueWords = func() map[string]bool {
	m := map[string]bool{"e": true, "t": true, "am": true, "pm": true, "sept": true,
		"年": true, "月": true, "日": true, "時": true, "分": true, "秒": true, "午前": true, "午後": true, "元年": true}
	for _, mo := range []string{"january", "february", "march", "april", "may", "june", "july",
		"august", "september", "october", "november", "december"} {
		m[mo] = true
		m[mo[:3]] = true
	}
	for _, era := range []string{"明治", "大正", "昭和", "平成", "令和"} {
		m[era] = true
		m[era+"元年"] = true
	}
	return m
}()

// readAsValue reports whether a spreadsheet opening a CSV would read s as
// a value rather than text: TRUE or FALSE, or a string holding a digit and
// otherwise only spaces, the signs of numbers, dates, times, percentages
// and amounts (. , - / : % + ( ) $ ¥ € £ −) and the words of valueWords,
// with full-width characters read as their ASCII forms, as Calc does in
// Japanese. An era letter (M T S H R) may open a date (R8.4.1, H31/4/30).
// It errs on the side of text that looks like a value, which only gets a
// visible ' in front; text with any other letter or character ("1階",
// "3D印刷", "R8-koho-002", "0x1f") is left alone.
func readAsValue(s string) bool {
	return mayBeValue(s) && readAsValueSlow(s)
}

// readAsValueSlow is readAsValue without the quick test mayBeValue.
func readAsValueSlow(s string) bool {
	rs := []rune(strings.TrimFunc(s, func(r rune) bool { return unicode.IsSpace(r) }))
	for i, r := range rs {
		rs[i] = riskassess.NarrowRune(r)
	}
	t := strings.ToLower(string(rs))
	if t == "true" || t == "false" {
		return true
	}
	rs = []rune(t)
	digit := false
	for i := 0; i < len(rs); {
		r := rs[i]
		switch {
		case '0' <= r && r <= '9':
			digit = true
			i++
		case unicode.IsSpace(r) || strings.ContainsRune(valueSigns, r):
			i++
		default:
			j := i
			for j < len(rs) && isWordRune(rs[j]) {
				j++
			}
			if j == i {
				return false
			}
			w := string(rs[i:j])
			era := i == 0 && j == 1 && strings.ContainsRune("mtshr", r) && j < len(rs) && '0' <= rs[j] && rs[j] <= '9' &&
				strings.ContainsAny(string(rs[j:]), "./-年")
			if !valueWords[w] && !era {
				return false
			}
			i = j
		}
	}
	return digit
}

// isWordRune reports whether r is part of a word of valueWords: a letter
// that is not a digit.
func isWordRune(r rune) bool { return unicode.IsLetter(r) }

// mayBeValue is false when readAsValue is sure to be, without mapping
// the text or allocating: s holds a rune (full width folded, lower case)
// that is no digit, space, sign or letter of a value's words
// (valueRunes), so that readAsValueSlow would meet it outside any word
// of valueWords; or s holds no digit and is too long for a truth value
// (ＦＡＬＳＥ, 15 bytes). Most text cells (names, sections, people,
// contracts) are told apart at their first rune here.
func mayBeValue(s string) bool {
	digit := false
	for _, r := range s {
		r = unicode.ToLower(riskassess.NarrowRune(r))
		switch {
		case '0' <= r && r <= '9':
			digit = true
		case valueRunes[r], unicode.IsSpace(r):
		default:
			return false
		}
	}
	return digit || len(strings.TrimSpace(s)) <= len("ＦＡＬＳＥ")
}

// valueRunes are the runes readAsValueSlow reads as part of a value other
// than digits and spaces: the signs, the letters of valueWords, of true and
// false, and the era letters.
var valueRunes = func() map[rune]bool {
	m := map[rune]bool{}
	for _, r := range valueSigns + "truefalse" + "mtshr" {
		m[r] = true
	}
	for w := range valueWords {
		for _, r := range w {
			m[r] = true
		}
	}
	return m
}()
