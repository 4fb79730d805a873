package xlsx

import (
	"testing"

	"github.com/gikai-sec/riskregister/riskassess"
)

// TestNumberPercentComma: in a percentage question a comma was read as a
// thousands separator, so 99,999 (99.999% with a decimal comma) imported
// as 99999, over 100%. It is refused at its cell; elsewhere 1,000 is a
// thousand as before, and a dot is a percentage's decimal point.
func TestNumberPercentComma(t *testing.T) {
	reqs := testReqs()
	for i := range reqs {
		if q := reqs[i].Question; q != nil && q.ID == "Q-NUM-02" {
			q.Text = riskassess.T("契約またはSLAで保証されている稼働率（％）はいくつですか", "What availability (%) does the SLA guarantee?")
		}
	}
	q := defaultQ()
	q.Requirements = reqs
	for _, tc := range []struct {
		id, raw, want string
	}{
		{"Q-NUM-02", "99,999", ""},
		{"Q-NUM-02", "９９，９", ""}, // refused before: not a thousands grouping
		{"Q-NUM-02", "99.999", "99.999"},
		{"Q-NUM-02", "99.9%", "99.9"},
		{"Q-NUM-01", "99,999", "99999"},
		{"Q-NUM-01", "1,000", "1000"},
	} {
		ja, en := "", ""
		if tc.raw == "99,999" {
			ja, en = "割合（%）を尋ねる質問の回答にカンマは使えません", "a comma cannot be read in the answer to a percentage question"
		}
		readOrRefused(t, q, tc.id, tc.raw, tc.want, ErrBadNumber, ja, en)
	}
}

// TestNumberDotThousands: a number typed as text with exactly three
// digits after its dot ("1.000") was read as 1, though with the dot as a
// thousands separator (much of Europe) it is 1000. It is refused at its
// cell, unless the question asks for a percentage (its text names %),
// where the thousands reading is over 100% (99.999 stays 99.999). A number
// cell is read as stored (Excel parsed what was typed with the typist's
// own separators), and other dotted numbers are read as before.
func TestNumberDotThousands(t *testing.T) {
	reqs := testReqs()
	for i := range reqs {
		if q := reqs[i].Question; q != nil && q.ID == "Q-NUM-02" {
			q.Text = riskassess.T("契約またはSLAで保証されている稼働率（%）はいくつですか", "What availability (%) does the SLA guarantee?")
		}
	}
	q := defaultQ()
	q.Requirements = reqs
	for _, tc := range []struct {
		id   string
		v    any
		want string // "" refused
	}{
		{"Q-NUM-01", "1.000", ""},
		{"Q-NUM-01", "１２．５００", ""},
		{"Q-NUM-01", "-1.000", ""},
		{"Q-NUM-01", "999.999%", ""},
		// Read as before.
		{"Q-NUM-01", "1.5", "1.5"},
		{"Q-NUM-01", "0.500", "0.5"},
		{"Q-NUM-01", "1.0000", "1"},
		{"Q-NUM-01", "1,000", "1000"},
		{"Q-NUM-01", "1,000.000", "1000"},
		{"Q-NUM-01", 1.0, "1"},
		{"Q-NUM-01", 1000, "1000"},
		{"Q-NUM-01", 12.345, "12.345"},
		{"Q-NUM-02", "99.999", "99.999"},
		{"Q-NUM-02", "１．０００％", "1"},
	} {
		readOrRefused(t, q, tc.id, tc.v, tc.want, ErrBadNumber, "小数（1、12.5）とも 3 桁区切り（1000、12500）とも読めるため読みません",
			"reads as a decimal (1, 12.5) or, with the dot as a thousands separator, as 1000 or 12500")
	}
}
