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
