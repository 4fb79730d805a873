package fieldrule

import (
	"regexp"
	"strings"
	"testing"
)

// idPattern is the rule of ValidID as a regular expression, the form it
// is documented in.
var idPattern = regexp.MustCompile(`^[a-z0-9]+(-[a-z0-9]+)*$`)

// FuzzValidID: ValidID accepts exactly the strings of at most 64 bytes
// that the documented pattern matches.
func FuzzValidID(f *testing.F) {
	for _, s := range []string{"acme", "acme-2", "a", "", "-", "a-", "-a", "a--b", "a-b-c", "Acme", "a_b", "a.yaml",
		"a\n", "ａ", "a b", strings.Repeat("a", 64), strings.Repeat("a", 65), "0-9", "z-0"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		want := len(s) <= 64 && idPattern.MatchString(s)
		if got := ValidID(s); got != want {
			t.Fatalf("ValidID(%q) = %v, want %v", s, got, want)
		}
	})
}
