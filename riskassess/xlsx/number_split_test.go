package xlsx

import (
	"strings"
	"testing"
)

// TestNumberSplit: the spaces and line breaks of a number answer were all
// dropped, so two numbers in one cell (24 hours, 365 days typed on two
// lines; "99.9　99" with a full-width space) imported as one number the
// vendor never wrote: 24365, 48, 12, 99.999. Then a space between digits
// was still read as a thousands grouping (1 000), so "24 365" on one line
// imported as 24365: a grouping and two numbers look alike, and every
// space or line break between digits is refused at the cell, with the
// hint in both languages.
func TestNumberSplit(t *testing.T) {
	for _, tc := range []struct {
		raw, want string
		split     bool // refused as digits split by a space or line break
	}{
		{"24\n365", "", true},
		{"24\r\n365", "", true},
		{"4\n8", "", true},
		{"1 2", "", true},
		{"1 23", "", true},
		{"99.9\u300099", "", true},
		{"99.9 99", "", true},
		{"1\n000", "", true},
		{"24 365", "", true},
		{"２４\u3000３６５", "", true},
		{"1 000", "", true},
		{"12 345 678.5", "", true},
		{"1\u00a0000", "", true},
		{"1\u202f000", "", true},
		// Read as before: spaces round the number, its sign, its dot or
		// its %, and commas grouping by thousands.
		{"1,000", "1000", false},
		{"１，０００", "1000", false},
		{"12,345,678.5", "12345678.5", false},
		{" 99.9 ", "99.9", false},
		{"99.9 %", "99.9", false},
		{"99.9\n%", "99.9", false},
		{"- 5", "-5", false},
		{"99 .9", "99.9", false},
		{"２４\n", "24", false},
	} {
		got, err := parseNumber(tc.raw)
		if got != tc.want || (err == errSplitNumber) != tc.split || (tc.want == "") != (err != nil) {
			t.Errorf("parseNumber(%q) = %q, %v; want %q (split refused %v)", tc.raw, got, err, tc.want, tc.split)
		}
	}
	q := defaultQ()
	f := workbook(t, generate(t, q))
	cell := setAnswer(t, f, qs, "Q-NUM-02", "24\n365")
	cell1 := setAnswer(t, f, qs, "Q-NUM-01", "24 365")
	res := readBytes(t, save(t, f), ReadOptions{Requirements: q.Requirements})
	if a, ok := res.Answers["Q-NUM-02"]; ok {
		t.Errorf("24⏎365 read as %q, want refused", a.Value)
	}
	it := itemOf(t, res, "Q-NUM-02")
	if it.Status != StatusError || it.ErrorCode != ErrBadNumber {
		t.Errorf("24⏎365: %+v", it)
	}
	if a, ok := res.Answers["Q-NUM-01"]; ok {
		t.Errorf("24 365 read as %q, want refused", a.Value)
	}
	if it := itemOf(t, res, "Q-NUM-01"); it.Status != StatusError || it.ErrorCode != ErrBadNumber || it.Cell != qs+"!"+cell1 {
		t.Errorf("24 365: %+v", it)
	}
	var msgs []string
	for _, p := range res.Problems {
		if p.QuestionID == "Q-NUM-02" {
			msgs = append(msgs, p.Message("ja"), p.Message("en"))
		}
	}
	if len(msgs) != 2 || !strings.Contains(msgs[0], cell) || !strings.Contains(msgs[0], "数字の間の空白・改行は読みません（24 365 が 24365 か、24 と 365 の 2 つの数かを決められないため）。数を 1 つだけ、区切りなしかカンマ区切りで記入してください") ||
		!strings.Contains(msgs[1], cell) || !strings.Contains(msgs[1], "a space or line break between digits is not read (24 365 may be 24365 or the two numbers 24 and 365): write one number") {
		t.Errorf("24⏎365 at %s: messages %q", cell, msgs)
	}
}
