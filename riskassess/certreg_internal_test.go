package riskassess

import (
	"regexp"
	"slices"
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
		{"１０８２０１２３（０５）", "10820123"},
		{"第１０８２０１２３(05)号", "10820123"},
	} {
		if got := string(certRegistration(nil, CertPrivacyMark, c.in)); got != c.want {
			t.Errorf("certRegistration(PrivacyMark, %q) = %q, want %q", c.in, got, c.want)
		}
	}
	for in, want := range map[string]string{" IS 1 ": "IS1", "ＩＳ　５５７０３１": "IS557031", "ＩＳ５５７０３１": "IS557031", "IS557031": "IS557031", "\u3000IS 1（2）": "IS1(2)", "IS 1-ａ": "IS1-a", "認証 1": "認証1"} {
		if got := string(certRegistration(nil, CertISMS, in)); got != want {
			t.Errorf("certRegistration(ISMS, %q) = %q, want %q", in, got, want)
		}
	}
}

// TestSignOff holds Approval.signOff to the first of SignOffs with the
// position, which ApprovalRoute used before.
func TestSignOff(t *testing.T) {
	d1, d2 := NewDate(2026, 4, 1), NewDate(2026, 5, 1)
	for _, a := range []Approval{
		{},
		{Approver: "kacho", DecidedOn: d1},
		{Approver: "kacho", DecidedOn: d1, Signatures: []Signature{{Position: "bucho", Person: "p1", On: d2}}},
		{Approver: "kacho", DecidedOn: d1, Signatures: []Signature{{Position: "kacho", Person: "p2", On: d2}, {Position: "kacho", Person: "p3"}}},
		{Signatures: []Signature{{Position: "bucho", Person: "p1"}, {Position: "bucho", Person: "p4"}}},
	} {
		signs := a.SignOffs()
		for _, pos := range []string{"kacho", "bucho", "shicho", ""} {
			var want Signature
			i := slices.IndexFunc(signs, func(s Signature) bool { return s.Position == pos })
			if i >= 0 {
				want = signs[i]
			}
			if got, ok := a.signOff(pos); got != want || ok != (i >= 0) {
				t.Errorf("%+v.signOff(%q) = %+v, %v; want %+v, %v", a, pos, got, ok, want, i >= 0)
			}
		}
	}
}
