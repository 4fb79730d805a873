package publiclist_test

import (
	"fmt"
	"strings"

	"github.com/gikai-sec/riskregister/riskassess"
	"github.com/gikai-sec/riskregister/riskassess/publiclist"
)

// The spellings of one company name share a key.
func ExampleNameKey() {
	fmt.Println(publiclist.NameKey("株式会社ＡＣＭＥ"), publiclist.NameKey("ACME　株式会社"), publiclist.NameKey("㈱acme"))
	// Output: acme acme acme
}

// A list saved from the ISMAP portal is read by its headers.
func ExampleReadISMAP() {
	csv := "クラウドサービスリスト\n登録番号,クラウドサービス名称,クラウドサービス事業者名,有効期限\nC21-0008-2,議事録クラウド,株式会社ミナト,2027/3/31\n"
	ls, err := publiclist.ReadISMAP(strings.NewReader(csv), "list.csv")
	fmt.Println(ls[0].Number, ls[0].Service, ls[0].ValidUntil, err)
	// Output: C21-0008-2 議事録クラウド 2027-03-31 <nil>
}

// The agency's file is streamed; only the wanted numbers are kept.
func ExampleScanCorporate() {
	row := `1,"2999001001111","21","0","2026-07-10","2026-06-30","株式会社アクメ",,"301","東京都","調布市","",,"13","208","1820026",,,"2026-06-30","01",,,"2015-10-05","1",,,,,"アクメ","0"` + "\n"
	scan, err := publiclist.ScanCorporate(strings.NewReader(row), func(n string) bool { return n == "2999001001111" })
	r := scan.Records["2999001001111"]
	fmt.Println(scan.Rows, r.Name, r.Closed, err)
	sn := &riskassess.ListSnapshot{Source: "lists/corporate-2026-11-01.yaml", List: riskassess.ListCorporate, Date: riskassess.NewDate(2026, 11, 1),
		Coverage: riskassess.CoverageNational, Corporations: []riskassess.CorporateRecord{r}}
	for _, f := range publiclist.CheckCorporate(sn, "2999001001111", "㈱アクメ", "アクメ", "", nil) {
		fmt.Println(f.Requirement, f.Severity)
	}
	// Output:
	// 1 株式会社アクメ 2026-06-30 <nil>
	// LST-CORP-CLOSED critical
}
