package xlsx

import "testing"

// TestInvisibleOnlyIsBlank: a cell holding only a zero-width space, a byte
// order mark or an em space (pasted from a web page or a PDF) was read as
// an answer: a text question was recorded as answered with nothing
// visible (which meets an organisation's own requirement that takes any
// answer), a yes/no question refused an answer nobody can see. Such a
// cell is blank now (not answered); visible text keeps its invisible
// characters trimmed from its ends only.
func TestInvisibleOnlyIsBlank(t *testing.T) {
	q := defaultQ()
	blank := map[string]string{"Q-TX-01": "\u200b", "Q-YN-02": "\ufeff", "Q-YN-03": "\u2003", "Q-YN-04": "\u200b\u3000\u2060",
		// Zero-width joiners, a soft hyphen, an invisible operator, the
		// Mongolian vowel separator, a Hangul filler: read as answers before.
		"Q-YN-10": "\u200d", "Q-YN-06": "\u200c\u00ad", "Q-YN-07": "\u2062", "Q-YN-08": "\u180e", "Q-YN-09": "\u3164"}
	f := workbook(t, generate(t, q))
	for id, v := range blank {
		setAnswer(t, f, qs, id, v)
	}
	setAnswer(t, f, qs, "Q-YN-05", "\u200bはい")
	setAnswer(t, f, qs, "Q-CH-02", "登録なし\ufeff")
	res := readBytes(t, save(t, f), ReadOptions{Requirements: q.Requirements})
	for id, v := range blank {
		if a, ok := res.Answers[id]; ok {
			t.Errorf("%s %q read as %q, want blank", id, v, a.Value)
		}
		if it := itemOf(t, res, id); it.Status != StatusWarning || it.ErrorCode != ErrNotAnswered {
			t.Errorf("%s %q: %+v, want not answered", id, v, it)
		}
	}
	if a := res.Answers["Q-YN-05"]; a.Value != Yes {
		t.Errorf("はい with a zero-width space before it read as %q", a.Value)
	}
	if a := res.Answers["Q-CH-02"]; a.Value != "none" {
		t.Errorf("登録なし with a byte order mark after it read as %q", a.Value)
	}
}
