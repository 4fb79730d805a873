package xlsx

import (
	"strings"
	"testing"
)

// TestNumberSuperscript: NFKC folds a superscript digit to a plain one, so
// a number answer written as a power (10³ for a thousand, 10⁶) imported as
// 103 or 106. It is refused at its cell; full-width and circled digits
// (５０, ⑩) read as before.
func TestNumberSuperscript(t *testing.T) {
	for _, tc := range []struct{ raw, want string }{
		{"10³", ""}, {"10⁶", ""}, {"2⁰", ""}, {"1.5×10³", ""}, {"10₂", ""},
		{"５０", "50"}, {"⑩", "10"}, {"1,000", "1000"}, {"99.9％", "99.9"},
	} {
		q := defaultQ()
		f := workbook(t, generate(t, q))
		cell := setAnswer(t, f, qs, "Q-NUM-02", tc.raw)
		res := readBytes(t, save(t, f), ReadOptions{Requirements: q.Requirements})
		a, ok := res.Answers["Q-NUM-02"]
		if tc.want != "" {
			if a.Value != tc.want {
				t.Errorf("%q read as %q (%v), want %q", tc.raw, a.Value, ok, tc.want)
			}
			continue
		}
		if ok {
			t.Errorf("%q read as %q, want refused", tc.raw, a.Value)
			continue
		}
		if it := itemOf(t, res, "Q-NUM-02"); it.Status != StatusError || it.ErrorCode != ErrBadNumber || it.Cell != qs+"!"+cell {
			t.Errorf("%q: %+v", tc.raw, it)
		}
		for _, p := range res.Problems {
			if p.QuestionID == "Q-NUM-02" && (!strings.Contains(p.Message("ja"), "上付き・下付きの数字（10³ など）は読みません") ||
				!strings.Contains(p.Message("en"), "superscript and subscript digits (as in 10³) are not read")) {
				t.Errorf("%q: messages %q / %q", tc.raw, p.Message("ja"), p.Message("en"))
			}
		}
	}
}
