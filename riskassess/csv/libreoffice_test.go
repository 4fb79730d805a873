package csv_test

import (
	"bytes"
	"os"
	"path/filepath"
	"testing"

	"github.com/gikai-sec/riskregister/internal/libreoffice"
	"github.com/gikai-sec/riskregister/riskassess"
	rcsv "github.com/gikai-sec/riskregister/riskassess/csv"
	"github.com/gikai-sec/riskregister/riskassess/report"
	"github.com/xuri/excelize/v2"
)

// TestCSVOpensAsTextInLibreOffice opens the register CSV in LibreOffice
// Calc, as a Japanese (ja-JP) and an English (en-US) user with "detect
// special numbers" on and off, and reads the cells back from the workbook
// Calc saves: every text cell must be a text cell showing what the CSV
// holds (an id 00123 was the number 123, an id of 20 digits a rounded
// number, 2026-04-01 and the names 1-2 and 3/4 dates, 10% and TRUE
// values), and the date and score columns stay a date and a number.
func TestCSVOpensAsTextInLibreOffice(t *testing.T) {
	bin := libreoffice.Binary(t)
	reg, as := valueLikeRegister()
	var buf bytes.Buffer
	if err := rcsv.WriteTable(&buf, report.RegisterTable(reg, as, riskassess.KindContractor, "ja"), "ja"); err != nil {
		t.Fatal(err)
	}
	recs := readCSV(t, buf.Bytes())
	in := filepath.Join(t.TempDir(), "contractors.csv")
	if err := os.WriteFile(in, buf.Bytes(), 0o644); err != nil {
		t.Fatal(err)
	}
	dateCol, scoreCol := col(t, recs, "承認日"), col(t, recs, "対策スコア")
	// CSV filter options: comma, double quote, UTF-8 (76), from line 1,
	// no column formats, language, quoted fields not as text, special numbers.
	for _, opts := range []string{"44,34,76,1,,1041,false,true", "44,34,76,1,,1041,false,false", "44,34,76,1,,1033,false,true"} {
		f := openInCalc(t, bin, in, opts)
		sheet := f.GetSheetName(0)
		for r, rec := range recs {
			for c, want := range rec {
				cell, _ := excelize.CoordinatesToCellName(c+1, r+1)
				typ, err := f.GetCellType(sheet, cell)
				if err != nil {
					t.Fatal(err)
				}
				got, _ := f.GetCellValue(sheet, cell, excelize.Options{RawCellValue: true})
				switch {
				case want == "":
				case r > 0 && c == dateCol:
					if shown, _ := f.GetCellValue(sheet, cell); typ != excelize.CellTypeNumber || shown != want {
						t.Errorf("%s: %s = %q shown as %q (type %d), want the date %s", opts, cell, got, shown, typ, want)
					}
				case r > 0 && c == scoreCol:
					if typ != excelize.CellTypeNumber || got != want {
						t.Errorf("%s: %s = %q (type %d), want the number %s", opts, cell, got, typ, want)
					}
				default:
					if (typ != excelize.CellTypeSharedString && typ != excelize.CellTypeInlineString) || got != want {
						t.Errorf("%s: %s = %q (type %d), want the text %q", opts, cell, got, typ, want)
					}
				}
			}
		}
	}
}

// openInCalc converts the CSV in to xlsx with LibreOffice (CSV filter
// options opts, a fresh user profile) and opens the result.
func openInCalc(t *testing.T, bin, in, opts string) *excelize.File {
	t.Helper()
	f, err := excelize.OpenFile(libreoffice.Convert(t, bin, in, "xlsx:Calc MS Excel 2007 XML", "--infilter=CSV:"+opts))
	if err != nil {
		t.Fatalf("soffice wrote no workbook: %v", err)
	}
	t.Cleanup(func() { f.Close() })
	return f
}
