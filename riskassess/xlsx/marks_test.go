package xlsx

import (
	"testing"

	"github.com/gikai-sec/riskregister/riskassess"
)

// TestJapaneseMarks: the marks of Japanese forms read as documented in
// docs/questionnaires.md, in any width; what is not listed is refused.
func TestJapaneseMarks(t *testing.T) {
	q := &riskassess.Question{ID: "Q-1", Type: riskassess.AnswerYesNo}
	for _, tc := range []struct{ typed, want string }{
		{"有", Yes}, {"無", No}, {"済", Yes}, {"未", No},
		{"ハイ", Yes}, {"イイエ", No}, {"ﾊｲ", Yes}, {"ｲｲｴ", No},
		{"◎", Yes}, {"該当なし", NA}, {"Ｎ／Ａ", NA},
		{" 有 ", Yes}, {"\u3000済\u3000", Yes},
		// Not marks: refused, never guessed.
		{"有り", ""}, {"未定", ""}, {"--", ""}, {"／", ""}, {"ﾀﾌﾞﾝ", ""},
		// A dash: not applicable, no or blank? (TestDashIsNoAnswer)
		{"－", ""}, {"-", ""}, {"―", ""}, {"ー", ""}, {"ｰ", ""},
	} {
		v, code, _, _ := normaliseAnswer(q, tc.typed, true, false, "ja")
		if tc.want == "" {
			if code != ErrUnknownAnswer {
				t.Errorf("%q: read as %q, want refused", tc.typed, v)
			}
			continue
		}
		if v != tc.want || code != 0 {
			t.Errorf("%q: got %q (code %v), want %q", tc.typed, v, code, tc.want)
		}
	}
}
