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

// datedBook is an ISMAP list whose A2 above the header holds the date
// 2026-08-01 at noon as a date cell (serial 46235.5) in the number format code
// (a built-in format when code is ""; id 14 is m/d/yyyy).
func datedBook(t *testing.T, id int, code string) []byte {
	t.Helper()
	f := excelize.NewFile()
	defer f.Close()
	f.SetCellValue("Sheet1", "A1", "ISMAPクラウドサービスリスト")
	if err := f.SetCellFloat("Sheet1", "A2", 46235.5, -1, 64); err != nil {
		t.Fatal(err)
	}
	st := &excelize.Style{NumFmt: id}
	if code != "" {
		st = &excelize.Style{CustomNumFmt: &code}
	}
	style, err := f.NewStyle(st)
	if err != nil {
		t.Fatal(err)
	}
	if err := f.SetCellStyle("Sheet1", "A2", "A2", style); err != nil {
		t.Fatal(err)
	}
	f.SetSheetRow("Sheet1", "A3", &[]any{"登録番号", "クラウドサービス名称", "クラウドサービス事業者名", "有効期限"})
	f.SetSheetRow("Sheet1", "A4", &[]any{"C22-0031-1", "多摩クラウドメール", "株式会社多摩クラウドメール", "2027/8/31"})
	var b bytes.Buffer
	if err := f.Write(&b); err != nil {
		t.Fatal(err)
	}
	return b.Bytes()
}

// TestStatedDateCell: a workbook whose stated date is a date cell, the
// words 現在 or 時点 in its number format (yyyy"年"m"月"d"日現在", shown
// 2026年8月1日現在), was read as the serial 46235, so the list counted as
// undated and lists import dated the snapshot today. The cell is read as
// it is shown (wareki.ExcelNumberText, as the questionnaires read theirs).
func TestStatedDateCell(t *testing.T) {
	for _, code := range []string{
		`yyyy"年"m"月"d"日現在"`,
		`[$-ja-JP-x-gannen]ggge"年"m"月"d"日"" 現在"`,
		`yyyy\年m\月d\日\現\在`,
		`"（"yyyy/m/d" 時点）"`,
		`yyyy/m/d h:mm" 現在"`, // shown 2026/8/1 12:00 現在: the day is the date
	} {
		f, err := ReadISMAPFile(bytes.NewReader(datedBook(t, 0, code)), "list.xlsx")
		if err != nil || f.Stated != date("2026-08-01") || f.StatedAt != "Sheet1!A2" || len(f.Services) != 1 {
			t.Errorf("%s: stated %s at %q %q, %v; want 2026-08-01 at Sheet1!A2", code, f.Stated, f.StatedAt, f.StatedText, err)
		}
	}
	// A date cell whose format says no 現在 or 時点 states no date of
	// the list, as the same text does not ("更新日 2026年8月1日"); nor
	// does a number cell (a count) whose format says 現在.
	for _, tt := range []struct {
		id   int
		code string
	}{{14, ""}, {0, `yyyy"年"m"月"d"日"`}, {0, `"更新日 "yyyy/m/d`}, {0, `0"件（現在）"`}} {
		f, err := ReadISMAPFile(bytes.NewReader(datedBook(t, tt.id, tt.code)), "list.xlsx")
		if err != nil || !f.Stated.IsZero() || len(f.Services) != 1 {
			t.Errorf("%d %s: stated %s at %q, %v; want none", tt.id, tt.code, f.Stated, f.StatedAt, err)
		}
	}
}

// TestStatedDateCellLibreOffice: the same workbook re-saved by LibreOffice
// Calc (which writes the format in its own spelling) is dated by its cell.
func TestStatedDateCellLibreOffice(t *testing.T) {
	bin := libreoffice.Binary(t)
	in := filepath.Join(t.TempDir(), "list.xlsx")
	if err := os.WriteFile(in, datedBook(t, 0, `yyyy"年"m"月"d"日現在"`), 0o644); err != nil {
		t.Fatal(err)
	}
	out := libreoffice.Convert(t, bin, in, "xlsx:Calc MS Excel 2007 XML")
	data, err := os.ReadFile(out)
	if err != nil {
		t.Fatal(err)
	}
	f, err := ReadISMAPFile(bytes.NewReader(data), "list.xlsx")
	if err != nil || f.Stated != date("2026-08-01") || f.StatedAt != "Sheet1!A2" {
		t.Errorf("re-saved by LibreOffice: stated %s at %q %q, %v; want 2026-08-01 at Sheet1!A2", f.Stated, f.StatedAt, f.StatedText, err)
	}
}

// TestStatedDateBeforeWord: the date in one cell and 現在 or 時点 alone in
// the next (2026/8/1 | 現在, as a date typed into Excel becomes a date
// cell and the word goes beside it) was read as no stated date. The two
// cells read as one, at the date's cell, and so do the date and 更新
// (2026/8/1 | 更新, the day the list was updated); a title before 現在, or
// 現在 before the date, states none.
func TestStatedDateBeforeWord(t *testing.T) {
	for _, tt := range []struct{ above, at string }{
		{"2026/8/1,現在", "1:1"},
		{"ISMAPクラウドサービスリスト,2026年8月1日,,（時点）", "1:2"},
		{"2026/8/1,更新", "1:1"},
	} {
		f, err := ReadISMAPFile(strings.NewReader(statedList(tt.above)), "list.csv")
		if err != nil || f.Stated != date("2026-08-01") || f.StatedAt != tt.at {
			t.Errorf("%q: stated %s at %q %q, %v; want 2026-08-01 at %s", tt.above, f.Stated, f.StatedAt, f.StatedText, err, tt.at)
		}
	}
	for _, above := range []string{"ISMAPクラウドサービスリスト,現在", "現在,2026/8/1"} {
		f, err := ReadISMAPFile(strings.NewReader(statedList(above)), "list.csv")
		if err != nil || !f.Stated.IsZero() {
			t.Errorf("%q: stated %s at %q, %v; want none", above, f.Stated, f.StatedAt, err)
		}
	}
	if _, err := ReadISMAPFile(strings.NewReader(statedList("2026/2/30,現在")), "list.csv"); err == nil || !strings.HasPrefix(err.Error(), "1:1: the date the list states here is wrong") {
		t.Errorf("2026/2/30 | 現在: %v, want refused at 1:1", err)
	}

	// In a workbook: a date cell (m/d/yyyy) and 現在 beside it.
	f := excelize.NewFile()
	defer f.Close()
	f.SetCellFloat("Sheet1", "A1", 46235, -1, 64)
	style, err := f.NewStyle(&excelize.Style{NumFmt: 14})
	if err != nil {
		t.Fatal(err)
	}
	f.SetCellStyle("Sheet1", "A1", "A1", style)
	f.SetCellValue("Sheet1", "B1", "現在")
	f.SetSheetRow("Sheet1", "A2", &[]any{"登録番号", "クラウドサービス名称", "クラウドサービス事業者名"})
	f.SetSheetRow("Sheet1", "A3", &[]any{"C22-0031-1", "多摩クラウドメール", "株式会社多摩クラウドメール"})
	var b bytes.Buffer
	if err := f.Write(&b); err != nil {
		t.Fatal(err)
	}
	got, err := ReadISMAPFile(&b, "list.xlsx")
	if err != nil || got.Stated != date("2026-08-01") || got.StatedAt != "Sheet1!A1" {
		t.Errorf("workbook: stated %s at %q %q, %v; want 2026-08-01 at Sheet1!A1", got.Stated, got.StatedAt, got.StatedText, err)
	}
}
