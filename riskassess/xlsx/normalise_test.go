package xlsx

import (
	"testing"

	"github.com/gikai-sec/riskregister/riskassess"
	"github.com/google/go-cmp/cmp"
)

func TestAnswerLabel(t *testing.T) {
	for _, c := range []struct {
		t         riskassess.AnswerType
		v, ja, en string
	}{
		{riskassess.AnswerYesNo, Yes, "はい", "Yes"},
		{riskassess.AnswerYesNo, No, "いいえ", "No"},
		{riskassess.AnswerYesNo, Partial, "一部", "Partial"},
		{riskassess.AnswerYesNo, NA, "該当なし", "N/A"},
		{riskassess.AnswerYesNo, "", "", ""},
		// Not a yes/no question: the value is what was written.
		{riskassess.AnswerText, "yes", "yes", "yes"},
		{"", "no", "no", "no"},
		{riskassess.AnswerDate, "2026-04-01", "2026-04-01", "2026-04-01"},
	} {
		got := [2]string{AnswerLabel(c.t, c.v, "ja"), AnswerLabel(c.t, c.v, "en")}
		if diff := cmp.Diff([2]string{c.ja, c.en}, got); diff != "" {
			t.Errorf("AnswerLabel(%q, %q) (-want +got):\n%s", c.t, c.v, diff)
		}
	}
}
