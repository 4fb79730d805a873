package xlsx

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/gikai-sec/riskregister/riskassess"
	"github.com/google/go-cmp/cmp"
	"github.com/xuri/excelize/v2"
)

// oldDatesRegister is a register of one contractor per date d, approved
// on d (the 承認日 column).
func oldDatesRegister(ds []riskassess.Date) *riskassess.Register {
	var reg riskassess.Register
	for i, d := range ds {
		reg.Contractors = append(reg.Contractors, &riskassess.Contractor{Common: riskassess.Common{ID: "c" + itoa(i), Name: riskassess.T("x", ""),
			Approval: riskassess.Approval{Status: riskassess.StatusApproved, DecidedOn: d}}})
	}
	return &reg
}

var oldDates = []riskassess.Date{riskassess.NewDate(1899, 6, 1), riskassess.NewDate(1900, 1, 1), riskassess.NewDate(1900, 2, 28),
	riskassess.NewDate(1900, 3, 1), riskassess.NewDate(2019, 5, 1)}

// approvalColumn returns the cells of the 承認日 column of the contractors
// sheet of the register workbook b, after the header, as "type:value"
// (type t text, n number; the raw value).
func approvalColumn(t *testing.T, b []byte) []string {
	t.Helper()
	f := workbook(t, b)
	defer f.Close()
	sh := RegisterSheetName(riskassess.KindContractor, "ja")
	rows, err := f.GetRows(sh)
	if err != nil {
		t.Fatal(err)
	}
	col := 0
	for i, h := range rows[0] {
		if h == "承認日" {
			col = i + 1
		}
	}
	if col == 0 {
		t.Fatalf("no 承認日 column: %q", rows[0])
	}
	var out []string
	for r := 2; r <= len(rows); r++ {
		cell, _ := excelize.CoordinatesToCellName(col, r)
		typ, _ := f.GetCellType(sh, cell)
		raw, _ := f.GetCellValue(sh, cell, excelize.Options{RawCellValue: true})
		k := "t:"
		if typ == excelize.CellTypeNumber || typ == excelize.CellTypeUnset {
			k = "n:"
		}
		out = append(out, k+raw)
	}
	return out
}

// TestRegisterDatesBefore1900March: a date before 1900-03-01 has no date
// serial that Excel and LibreOffice read alike (Excel counts a 1900-02-29
// that never was), and a date before 1900 none at all in Excel. The
// register workbook wrote 1900-01-01 as serial 1, which LibreOffice shows
// as 1899/12/31 (1900-02-28 as 1900/02/27), and 1899-06-01 as the text
// 1899-06-01T00:00:00Z. Such dates are written as text now, as the CSV
// export writes them (in the era with date_style wareki); from 1900-03-01
// on a date is a date cell as before.
func TestRegisterDatesBefore1900March(t *testing.T) {
	for _, tc := range []struct {
		name  string
		dates riskassess.DateStyle
		want  []string
	}{
		{"ISO", riskassess.DateISO, []string{"t:1899-06-01", "t:1900-01-01", "t:1900-02-28", "n:61", "n:43586"}},
		{"wareki", riskassess.DateWareki, []string{"t:明治32年6月1日", "t:明治33年1月1日", "t:明治33年2月28日", "n:61", "n:43586"}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			var buf bytes.Buffer
			if err := WriteRegister(&buf, oldDatesRegister(oldDates), nil, RegisterOptions{Dates: tc.dates}); err != nil {
				t.Fatal(err)
			}
			if d := cmp.Diff(tc.want, approvalColumn(t, buf.Bytes())); d != "" {
				t.Errorf("承認日 cells (-want +got):\n%s", d)
			}
		})
	}
}

// TestRegisterDatesBefore1900MarchInCalc: what LibreOffice Calc shows of
// the register workbook's dates (converted to CSV): each date as written,
// not a day earlier.
func TestRegisterDatesBefore1900MarchInCalc(t *testing.T) {
	bin := soffice(t)
	var buf bytes.Buffer
	if err := WriteRegister(&buf, oldDatesRegister(oldDates), nil, RegisterOptions{Dates: riskassess.DateISO}); err != nil {
		t.Fatal(err)
	}
	in := filepath.Join(t.TempDir(), "register.xlsx")
	if err := os.WriteFile(in, buf.Bytes(), 0o644); err != nil {
		t.Fatal(err)
	}
	b, err := os.ReadFile(convert(t, bin, in, "csv:Text - txt - csv (StarCalc):44,34,76,1,,1041,false,true,true"))
	if err != nil {
		t.Fatal(err)
	}
	lines := strings.Split(strings.TrimSpace(strings.ReplaceAll(string(b), "\r\n", "\n")), "\n")
	col := -1
	for i, h := range strings.Split(lines[0], ",") {
		if h == "承認日" {
			col = i
		}
	}
	var got []string
	for _, l := range lines[1:] {
		got = append(got, strings.Split(l, ",")[col])
	}
	want := []string{"1899-06-01", "1900-01-01", "1900-02-28", "1900/03/01", "2019/05/01"}
	if d := cmp.Diff(want, got); d != "" {
		t.Errorf("承認日 as Calc shows it (-want +got):\n%s", d)
	}
}
