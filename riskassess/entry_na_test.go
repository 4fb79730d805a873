package riskassess

import "testing"

// TestNotApplicable: the stored na and not applicable written out in any
// width, case and spacing; nothing else, none (なし) and a sentence that
// starts with 該当なし included. It does not allocate for the answers the
// scorer reads most (yes, no, a date, a number).
func TestNotApplicable(t *testing.T) {
	for _, v := range []string{"na", "NA", "n/a", "N/A", "Ｎ／Ａ", "ｎａ", "not applicable", "Not  Applicable", "NOT\u3000APPLICABLE",
		"該当なし", " 該当なし ", "\u3000該当しない", "対象外"} {
		if !NotApplicable(v) {
			t.Errorf("NotApplicable(%q) = false, want true", v)
		}
	}
	for _, v := range []string{"", "yes", "no", "partial", "なし", "特になし", "該当", "対象外です", "該当なしの場合は窓口へ", "none", "n", "nana",
		"2026-04-01", "99.9", "not applicable to us because we do not store data"} {
		if NotApplicable(v) {
			t.Errorf("NotApplicable(%q) = true, want false", v)
		}
	}
	if n := testing.AllocsPerRun(100, func() {
		for _, v := range []string{"yes", "no", "partial", "2026-04-01", "99.9", "none", "保守窓口"} {
			NotApplicable(v)
		}
	}); n != 0 {
		t.Errorf("%v allocations for common answers, want 0", n)
	}
}
