package xlsx_test

import (
	"bytes"
	"strings"
	"testing"

	"github.com/gikai-sec/riskregister/riskassess"
	"github.com/gikai-sec/riskregister/riskassess/xlsx"
	"github.com/xuri/excelize/v2"
)

// TestRegisterRowHeightsFitWrappedText: every entry row of the register
// workbook gets a height of 18pt per wrapped line plus 3pt (Japanese text
// needs about 18pt a line; the old 15pt a line cut the last line of
// wrapped cells off in LibreOffice's PDF), taller rows for longer text,
// and the header room for its two lines.
func TestRegisterRowHeightsFitWrappedText(t *testing.T) {
	short := riskassess.T("議会X", "")
	long := riskassess.T(strings.Repeat("委託事業者の長い名称（動作確認用）", 8), "")
	reg := &riskassess.Register{
		Org: riskassess.Organisation{Sections: []riskassess.Section{{ID: "s", Name: riskassess.T("広報係", "")}}},
		Services: []*riskassess.Service{
			{Common: riskassess.Common{ID: "a-short", Name: short, Owner: riskassess.Owner{Section: "s"}}},
			{Common: riskassess.Common{ID: "b-long", Name: long, Owner: riskassess.Owner{Section: "s"}}},
		},
	}
	var buf bytes.Buffer
	if err := xlsx.WriteRegister(&buf, reg, nil, xlsx.RegisterOptions{}); err != nil {
		t.Fatal(err)
	}
	f, err := excelize.OpenReader(&buf)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	sheet := xlsx.RegisterSheetName(riskassess.KindService, "ja")
	hHead, _ := f.GetRowHeight(sheet, 1)
	hShort, _ := f.GetRowHeight(sheet, 2)
	hLong, _ := f.GetRowHeight(sheet, 3)
	if hHead < 2*18 {
		t.Errorf("header row %vpt, want room for two lines of 18pt", hHead)
	}
	if hShort != 21 {
		t.Errorf("one-line row %vpt, want 21 (18 + 3)", hShort)
	}
	// The long name (272 display columns) wraps in a column of at most
	// 30: at least 10 lines.
	if hLong < 10*18+3 || int(hLong-3)%18 != 0 {
		t.Errorf("long row %vpt, want a multiple of 18 plus 3, at least %v", hLong, 10*18+3)
	}
}
