package publiclist

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/gikai-sec/riskregister/internal/libreoffice"
	"github.com/xuri/excelize/v2"
)

// struckBook is an ISMAP list workbook with two services in rows 2 and
// 3; mark styles or rewrites cells of it.
func struckBook(t *testing.T, mark func(f *excelize.File)) []byte {
	t.Helper()
	f := excelize.NewFile()
	defer f.Close()
	f.SetSheetRow("Sheet1", "A1", &[]any{"登録番号", "クラウドサービス名称", "クラウドサービス事業者名", "有効期限", "言明の対象範囲"})
	f.SetSheetRow("Sheet1", "A2", &[]any{"C22-0031-1", "多摩クラウドメール", "株式会社多摩クラウド", "2027/8/31", "メール"})
	f.SetSheetRow("Sheet1", "A3", &[]any{"C22-0032-1", "多摩ストレージ", "株式会社多摩クラウド", "2027/9/30", "ファイル共有"})
	mark(f)
	var b bytes.Buffer
	if err := f.Write(&b); err != nil {
		t.Fatal(err)
	}
	return b.Bytes()
}

func styleCells(t *testing.T, f *excelize.File, font excelize.Font, from, to string) {
	t.Helper()
	st, err := f.NewStyle(&excelize.Style{Font: &font})
	if err != nil {
		t.Fatal(err)
	}
	if err := f.SetCellStyle("Sheet1", from, to, st); err != nil {
		t.Fatal(err)
	}
}

// TestReadISMAPStruck: a service whose row is struck through (見え消し,
// as a withdrawn service is shown) and a scope with a function struck
// out were read as they stood: the service recorded as listed, the
// function as in scope. A cell with text struck through is refused, as
// the questionnaires refuse a struck answer, in the workbook as saved and
// as LibreOffice saves it again (TestReadISMAPStruckLibreOffice); other fonts (bold, underline, colour)
// and a struck space are read as before.
func TestReadISMAPStruck(t *testing.T) {
	for _, tt := range []struct {
		name string
		mark func(f *excelize.File)
		want string
	}{
		{"row struck", func(f *excelize.File) { styleCells(t, f, excelize.Font{Strike: true}, "A3", "E3") }, "Sheet1!A3: the registration number is struck through"},
		{"service struck", func(f *excelize.File) { styleCells(t, f, excelize.Font{Strike: true}, "B2", "B2") }, "Sheet1!B2: the service name is struck through"},
		{"scope run struck", func(f *excelize.File) {
			f.SetCellRichText("Sheet1", "E3", []excelize.RichTextRun{{Text: "ファイル共有"}, {Text: "、チャット", Font: &excelize.Font{Strike: true}}})
		}, "Sheet1!E3: the scope is struck through"},
	} {
		data := struckBook(t, tt.mark)
		_, err := ReadISMAPFile(bytes.NewReader(data), "list.xlsx")
		if err == nil || !strings.HasPrefix(err.Error(), tt.want) {
			t.Errorf("%s: %v, want %q", tt.name, err, tt.want)
		}
		if pe, ok := err.(*Error); ok && !strings.Contains(pe.Message("ja"), "取り消し線（見え消し）があります") {
			t.Errorf("%s: Japanese message %q", tt.name, pe.Message("ja"))
		}
	}
	for _, tt := range []struct {
		name string
		mark func(f *excelize.File)
	}{
		{"bold, underlined, red", func(f *excelize.File) {
			styleCells(t, f, excelize.Font{Bold: true, Underline: "single", Color: "FF0000"}, "A2", "E3")
		}},
		{"a struck space", func(f *excelize.File) {
			f.SetCellRichText("Sheet1", "E3", []excelize.RichTextRun{{Text: "ファイル共有"}, {Text: " ", Font: &excelize.Font{Strike: true}}})
		}},
		{"a struck empty cell", func(f *excelize.File) { styleCells(t, f, excelize.Font{Strike: true}, "F2", "F3") }},
	} {
		f, err := ReadISMAPFile(bytes.NewReader(struckBook(t, tt.mark)), "list.xlsx")
		if err != nil || len(f.Services) != 2 || f.Services[1].Scope != "ファイル共有" {
			t.Errorf("%s: %+v, %v", tt.name, f.Services, err)
		}
	}
}

// TestReadISMAPStruckLibreOffice: a row struck through is refused in the
// workbook as LibreOffice saves it again (its own styles and strings).
func TestReadISMAPStruckLibreOffice(t *testing.T) {
	bin := libreoffice.Binary(t)
	in := filepath.Join(t.TempDir(), "list.xlsx")
	data := struckBook(t, func(f *excelize.File) { styleCells(t, f, excelize.Font{Strike: true}, "A3", "E3") })
	if err := os.WriteFile(in, data, 0o644); err != nil {
		t.Fatal(err)
	}
	saved, err := os.ReadFile(libreoffice.Convert(t, bin, in, "xlsx:Calc MS Excel 2007 XML"))
	if err != nil {
		t.Fatal(err)
	}
	if _, err := ReadISMAPFile(bytes.NewReader(saved), "list.xlsx"); err == nil || !strings.HasPrefix(err.Error(), "Sheet1!A3: the registration number is struck through") {
		t.Errorf("saved by LibreOffice: %v", err)
	}
}
