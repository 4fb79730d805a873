package fieldrule

import (
	"errors"
	"testing"
)

// FuzzCheckCorporateNumber: CheckCorporateNumber accepts exactly the
// strings of 13 ASCII digits whose first digit is 9 − (Σ Pn×Qn mod 9) of
// the other twelve, computed here independently, and says which rule a
// refused string breaks; a check digit computed from any twelve digits is
// accepted.
func FuzzCheckCorporateNumber(f *testing.F) {
	for _, s := range []string{"7000012050002", "1234567890123", "700001205000", "７０００１２０５０００２", "70000120500021", "a000012050002", ""} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		err := CheckCorporateNumber(s)
		digits := len(s) == 13
		for i := 0; digits && i < 13; i++ {
			digits = s[i] >= '0' && s[i] <= '9'
		}
		if !digits {
			if !errors.Is(err, ErrCorporateNumberFormat) {
				t.Fatalf("CheckCorporateNumber(%q) = %v, want the format error", s, err)
			}
			return
		}
		sum := 0
		for i := 1; i <= 12; i++ { // position from the right: 13 - i
			q := 1
			if (13-i)%2 == 0 {
				q = 2
			}
			sum += int(s[i]-'0') * q
		}
		if want := 9 - sum%9; (int(s[0]-'0') == want) != (err == nil) || (err != nil && !errors.Is(err, ErrCorporateNumberCheck)) {
			t.Fatalf("CheckCorporateNumber(%q) = %v; check digit should be %d", s, err, want)
		}
		fixed := string(rune('0'+CorporateCheckDigit(s[1:]))) + s[1:]
		if err := CheckCorporateNumber(fixed); err != nil {
			t.Fatalf("%q with its computed check digit: %v", fixed, err)
		}
	})
}
