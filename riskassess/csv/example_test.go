package csv_test

import (
	"fmt"
	"os"
	"strings"

	"github.com/gikai-sec/riskregister/riskassess"
	rcsv "github.com/gikai-sec/riskregister/riskassess/csv"
	"github.com/gikai-sec/riskregister/riskassess/report"
)

func ExampleWriteTable() {
	reg := &riskassess.Register{Social: []*riskassess.Social{{
		Common:   riskassess.Common{ID: "gikai-x", Name: riskassess.T("調布市議会（X）", "Chofu City Council (X)")},
		Platform: riskassess.PlatformX, Handle: "@chofu_gikai", URL: "https://x.com/chofu_gikai",
		Status: riskassess.AccountActive,
	}}}
	var b strings.Builder
	rcsv.WriteTable(&b, report.RegisterTable(reg, nil, riskassess.KindSocial, "en"), "en")
	out := b.String()
	fmt.Printf("BOM: %q\n", out[:len(rcsv.BOM)])
	os.Stdout.WriteString(strings.ReplaceAll(out[len(rcsv.BOM):], "\r\n", "\n"))
	// Output:
	// BOM: "\ufeff"
	// ID,Name,Section,Owner,Approval,Approved on,Approval valid until,Inherent risk,Control score,Residual risk,Recommended decision,Next review,Platform,Account,URL,Status
	// gikai-x,Chofu City Council (X),,,,,,,,,,,X (formerly Twitter),'@chofu_gikai,https://x.com/chofu_gikai,Active
}

// TextCell marks with ' the text a spreadsheet would evaluate or read as a
// value; other text is written as it is.
func ExampleTextCell() {
	for _, s := range []string{"00123", "1234567890123", "2026-04-01", "3/4", "=SUM(A1)", "R8-koho-002", "1階 守衛室"} {
		fmt.Println(rcsv.TextCell(s))
	}
	// Output:
	// '00123
	// '1234567890123
	// '2026-04-01
	// '3/4
	// '=SUM(A1)
	// R8-koho-002
	// 1階 守衛室
}
