package csv

import (
	"strings"
	"testing"
)

// TestReadAsValue: the strings Excel or LibreOffice Calc (ja-JP or en-US,
// special numbers detected or not) read as a value when they open a CSV,
// and nearby text they leave as text.
func TestReadAsValue(t *testing.T) {
	values := []string{"00123", "123", "1.50", "1,234", "12345678901234567890", "1e5", "1E+05", "10%", "1-2", "3/4",
		"2026-04-01", "2026/4/1", "2026.4.1", "12:30", "12:30:15", "TRUE", "false", "Jan 02", "Jan-2", "2-Jan",
		"1 1/2", "$5", "￥500", "(12)", "12-", "１２３", "０１２", "2026年4月1日", "令和8年4月1日", "令和元年5月1日",
		"4月1日", "R8.4.1", "H31/4/30", "  123", "123 ", "1.", ".5", "5+", "１−２", "1:30 PM", "午後1時30分",
		"1.5E-3", "1:2:3", "5 %", "8年4月1日", "1e-5", "0001", "4/1/26 10:00", "2026-04-01T10:00", "2026-04-01 10:00",
		"－５", "１，０００", "１．５", "1/2/2026", "30-Apr-2026", "April 30, 2026"}
	for _, s := range values {
		if !readAsValue(s) {
			t.Errorf("readAsValue(%q) = false, want true (a spreadsheet reads it as a value)", s)
		}
	}
	texts := []string{"", " ", "acme", "1階 守衛室", "3D印刷", "12abc", "0x1f", "1_000", "R8-koho-002", "M3", "inf", "NaN",
		"平成31年度", "IS 999027", "C-1 保守", "true story", "May I", "第3条"}
	for _, s := range texts {
		if readAsValue(s) {
			t.Errorf("readAsValue(%q) = true, want false (text)", s)
		}
	}
}

func TestTextCell(t *testing.T) {
	for in, want := range map[string]string{
		"":           "",
		"acme":       "acme",
		"00123":      "'00123",
		"2026-04-01": "'2026-04-01",
		"=1+1":       "'=1+1",
		"-2":         "'-2", // once, by NeutraliseFormula
		"@x":         "'@x",
		"1階":         "1階",
		"'00123":     "''00123", // a ' of the text itself is kept
		"'quoted'":   "''quoted'",
		"''":         "'''",
	} {
		if got := TextCell(in); got != want {
			t.Errorf("TextCell(%q) = %q, want %q", in, got, want)
		}
		// A reader gets the text back by removing one leading ', if any.
		if got := strings.TrimPrefix(TextCell(in), "'"); got != in {
			t.Errorf("TextCell(%q) without its first ' = %q, want the text", in, got)
		}
	}
}

// TestMayBeValueIsQuickOnly: the quick test mayBeValue never turns away
// what readAsValueSlow reads as a value, on every string of the lists
// above and on 200,000 strings drawn from the runes that matter (digits
// ASCII and full width, signs, spaces, the letters of the value words in
// both cases and widths, era letters, and runes of no value).
func TestMayBeValueIsQuickOnly(t *testing.T) {
	alphabet := []rune("0123456789０１２３４５６７８９ 　.,-/:%+()$¥￥€£−－．，／ＴＲＵＥtrueFALSEfalseEeJjAaNnMmTtSsHhRrPp年月日時分秒午前後元明治大正昭和平成令第条株式会社_#@")
	seen := 0
	check := func(s string) {
		if readAsValueSlow(s) {
			seen++
			if !mayBeValue(s) {
				t.Errorf("mayBeValue(%q) = false, readAsValueSlow true", s)
			}
		}
	}
	for _, s := range []string{"00123", "1-2", "ＴＲＵＥ", "ｆａｌｓｅ", "令和元年5月1日", "April 30, 2026", "1:30 PM", "午後1時30分", "R8.4.1", "￥500", "　１２３　"} {
		check(s)
	}
	// A fixed seed: the same strings on every run.
	x := uint64(0x9e3779b97f4a7c15)
	next := func(n int) int {
		x ^= x << 13
		x ^= x >> 7
		x ^= x << 17
		return int(x % uint64(n))
	}
	for range 200000 {
		r := make([]rune, 1+next(8))
		for i := range r {
			r[i] = alphabet[next(len(alphabet))]
		}
		check(string(r))
	}
	if seen < 1000 {
		t.Fatalf("only %d values among the strings drawn: the test draws too few", seen)
	}
}
