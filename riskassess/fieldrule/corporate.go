package fieldrule

import "errors"

// Errors returned by CheckCorporateNumber.
var (
	ErrCorporateNumberFormat = errors.New("法人番号は13桁の数字です / a corporate number is 13 digits")
	ErrCorporateNumberCheck  = errors.New("法人番号のチェックデジットが一致しません / the check digit of the corporate number does not match")
)

// CorporateNumberPattern is the form of a 法人番号 CheckCorporateNumber
// accepts, its check digit aside: 13 ASCII digits. It is also the pattern
// of corporate_number in the register schemas (internal/schemagen).
const CorporateNumberPattern = `^[0-9]{13}$`

// CheckCorporateNumber verifies a 13-digit 法人番号: the first digit is a
// check digit computed from the other twelve (9 − (Σ Pn×Qn mod 9), where Qn
// is 1 for odd and 2 for even positions counted from the right). It returns
// ErrCorporateNumberFormat or ErrCorporateNumberCheck.
func CheckCorporateNumber(s string) error {
	if len(s) != 13 {
		return ErrCorporateNumberFormat
	}
	for i := 0; i < 13; i++ {
		if s[i] < '0' || s[i] > '9' {
			return ErrCorporateNumberFormat
		}
	}
	if int(s[0]-'0') != CorporateCheckDigit(s[1:]) {
		return ErrCorporateNumberCheck
	}
	return nil
}

// CorporateCheckDigit returns the check digit for the 12-digit base number
// of a 法人番号. The caller must pass exactly 12 ASCII digits.
func CorporateCheckDigit(base12 string) int {
	sum := 0
	for n := 1; n <= 12; n++ {
		p := int(base12[12-n] - '0')
		q := 1
		if n%2 == 0 {
			q = 2
		}
		sum += p * q
	}
	return 9 - sum%9
}
