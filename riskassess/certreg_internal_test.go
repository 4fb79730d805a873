package riskassess

import (
	"regexp"
	"testing"
)

// TestPrivacyMarkNumber holds privacyMarkNumber to the pattern it
// replaces, ^([0-9]+)\(([0-9]+)\)$, on numbers of that form and near it.
func TestPrivacyMarkNumber(t *testing.T) {
	re := regexp.MustCompile(`^([0-9]+)\([0-9]+\)$`)
	for _, n := range []string{
		"10820123(05)", "1(2)", "10820123", "(05)", "10820123()", "10820123(05", "10820123(05))",
		"1082a123(05)", "10820123(0x)", "10820123(05)(06)", "", "(", "()", "1()", "1(", "a(1)", "12(3)4",
	} {
		want, wantOK := "", false
		if m := re.FindStringSubmatch(n); m != nil {
			want, wantOK = m[1], true
		}
		if got, ok := privacyMarkNumber([]byte(n)); string(got) != want || ok != wantOK {
			t.Errorf("privacyMarkNumber(%q) = %q, %v; want %q, %v", n, got, ok, want, wantOK)
		}
	}
	for _, c := range []struct{ in, want string }{
		{"第10820123（05）号", "10820123"},
		{" 10820123 (05) ", "10820123"},
		{"10820123\u3000(05)", "10820123"},
		{"P 2", "P2"},
		{"10820123", "10820123"},
		{"第 10820123（05） 号", "10820123"},
		{"\u3000第10820123(05)号\u3000", "10820123"},
		{"号10820123(05)第", "号10820123(05)第"},
	} {
		if got := string(certRegistration(nil, CertPrivacyMark, c.in)); got != c.want {
			t.Errorf("certRegistration(PrivacyMark, %q) = %q, want %q", c.in, got, c.want)
		}
	}
	if got := string(certRegistration(nil, CertISMS, " IS 1 ")); got != "IS 1" {
		t.Errorf("certRegistration(ISMS) = %q", got)
	}
}
