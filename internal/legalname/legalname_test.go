package legalname

import (
	"fmt"
	"testing"

	"github.com/google/go-cmp/cmp"
)

func TestFold(t *testing.T) {
	for _, tc := range []struct{ in, want string }{
		{"ＡＣＭＥ　システム", "ACMEシステム"}, // full-width letters, ideographic space
		{"ｱｸﾒ", "アクメ"},            // half-width katakana
		{"㈱アクメ", "(株)アクメ"},
		{"（株）アクメ", "(株)アクメ"},
		{" アクメ\t株式会社\n", "アクメ株式会社"},
		{"", ""},
	} {
		if got := Fold(tc.in); got != tc.want {
			t.Errorf("Fold(%q) = %q, want %q", tc.in, got, tc.want)
		}
	}
}

func TestStrip(t *testing.T) {
	for _, tc := range []struct{ in, want string }{
		{"株式会社アクメ", "アクメ"},
		{"アクメ株式会社", "アクメ"},
		{"(株)アクメ", "アクメ"},
		{"株式会社アクメ株式会社", "アクメ"},         // one at each end
		{"株式会社", "株式会社"},               // nothing would be left
		{"アクメ株式会社システム", "アクメ株式会社システム"}, // in the middle: a name, not a form
		{"特定非営利活動法人アクメ", "アクメ"},        // longest first
	} {
		if got := Strip(tc.in, Forms); got != tc.want {
			t.Errorf("Strip(%q) = %q, want %q", tc.in, got, tc.want)
		}
	}
}

func TestNameKey(t *testing.T) {
	got := map[string]string{}
	for _, s := range []string{"株式会社アクメ", "㈱アクメ", "アクメ 株式会社", "（株）アクメ", "ACME Co", "ａｃｍｅ ｃｏ", "アクメ商事"} {
		got[s] = NameKey(s)
	}
	want := map[string]string{
		"株式会社アクメ": "アクメ", "㈱アクメ": "アクメ", "アクメ 株式会社": "アクメ", "（株）アクメ": "アクメ",
		"ACME Co": "acmeco", "ａｃｍｅ ｃｏ": "acmeco", "アクメ商事": "アクメ商事",
	}
	if d := cmp.Diff(want, got); d != "" {
		t.Errorf("NameKey (-want +got):\n%s", d)
	}
}

// TestSame: the spellings of one legal name are the same; the place and
// the kind of the legal form, and any other letter, make two names.
func TestSame(t *testing.T) {
	for _, tc := range []struct {
		a, b string
		want bool
	}{
		{"株式会社アクメ", "株式会社アクメ", true},
		{"株式会社アクメ", "㈱アクメ", true},
		{"株式会社アクメ", "（株）　アクメ", true},
		{"ＡＣＭＥ株式会社", "acme 株式会社", true},
		{"株式会社アクメ", "アクメ", true},      // no form says nothing against it
		{"アクメ", "アクメ株式会社", true},      // either way round
		{"株式会社アクメ", "アクメ株式会社", false}, // 前株 and 後株 are two names
		{"㈱アクメ", "アクメ(株)", false},
		{"株式会社アクメ", "有限会社アクメ", false},
		{"一般社団法人アクメ", "一般財団法人アクメ", false},
		{"株式会社アクメ", "株式会社アクメ商事", false},
		{"アクメ", "アクメ商事", false},
		{"株式会社アクメ", "", false},
	} {
		if got := Same(tc.a, tc.b); got != tc.want {
			t.Errorf("Same(%q, %q) = %v, want %v", tc.a, tc.b, got, tc.want)
		}
		if got := Same(tc.b, tc.a); got != tc.want {
			t.Errorf("Same(%q, %q) = %v, want %v (not symmetric)", tc.b, tc.a, got, tc.want)
		}
	}
}

func ExampleSame() {
	fmt.Println(Same("株式会社アクメ", "㈱ アクメ"))
	fmt.Println(Same("株式会社アクメ", "アクメ株式会社"))
	fmt.Println(Same("アクメ", "アクメ株式会社"))
	// Output:
	// true
	// false
	// true
}
