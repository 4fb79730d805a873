package fieldrule_test

import (
	"fmt"

	"github.com/gikai-sec/riskregister/riskassess/fieldrule"
)

// Example checks the values a contractor's file might hold: an entry id, a
// corporate number with a wrong check digit, an ISMAP registration number
// written in full width and a link that climbs out of the site.
func Example() {
	fmt.Println(fieldrule.ValidID("chofu-keibi"), fieldrule.ValidID("Chofu_Keibi"))
	fmt.Println(fieldrule.CheckCorporateNumber("7000012050002"))
	fmt.Println(fieldrule.CheckCorporateNumber("1000012050002"))
	fmt.Println(fieldrule.CorporateCheckDigit("000012050002"))
	fmt.Println(fieldrule.ISMAPNumberReplacement("ｃ２１－０００８－２"))
	fmt.Println(fieldrule.LinkLeavesSite("docs/keiyaku.pdf"), fieldrule.LinkLeavesSite("../../etc/passwd"))
	// Output:
	// true false
	// <nil>
	// 法人番号のチェックデジットが一致しません / the check digit of the corporate number does not match
	// 7
	// C21-0008-2 true
	// false true
}
