package xlsx

import "testing"

// TestNumberSuperscript: NFKC folds a superscript digit to a plain one, so
// a number answer written as a power (10³ for a thousand, 10⁶) imported as
// 103 or 106. It is refused at its cell; full-width and circled digits
// (５０, ⑩) read as before.
func TestNumberSuperscript(t *testing.T) {
	for _, tc := range []struct{ raw, want string }{
		{"10³", ""}, {"10⁶", ""}, {"2⁰", ""}, {"1.5×10³", ""}, {"10₂", ""},
		{"５０", "50"}, {"⑩", "10"}, {"1,000", "1000"}, {"99.9％", "99.9"},
	} {
		readOrRefused(t, defaultQ(), "Q-NUM-02", tc.raw, tc.want, ErrBadNumber,
			"上付き・下付きの数字（10³ など）は読みません", "superscript and subscript digits (as in 10³) are not read")
	}
}
