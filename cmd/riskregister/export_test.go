package main

import (
	"bytes"
	"encoding/csv"
	"encoding/json"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"testing"

	"github.com/gikai-sec/riskregister/riskassess"
	"github.com/gikai-sec/riskregister/riskassess/catalog"
	"github.com/gikai-sec/riskregister/riskassess/report"
	"github.com/gikai-sec/riskregister/riskassess/store"
	"github.com/gikai-sec/riskregister/riskassess/xlsx"
	"github.com/santhosh-tekuri/jsonschema/v6"
	"github.com/xuri/excelize/v2"
)

// expExampleAsOf is the "today" of the example register.
const expExampleAsOf = "2026-11-27"

// expAssess loads dir and assesses it as of asOf with the library directly,
// as the CLI should: CLI output is checked against it, not against fixed
// numbers that would change with the catalogue.
func expAssess(t *testing.T, dir, asOf string) (*riskassess.Register, []riskassess.Assessment) {
	t.Helper()
	reg, err := store.Load(dir)
	if err != nil {
		t.Fatalf("store.Load: %v", err)
	}
	reqs, err := catalog.ForOrg(&reg.Org)
	if err != nil {
		t.Fatal(err)
	}
	d, err := riskassess.ParseDate(asOf)
	if err != nil {
		t.Fatal(err)
	}
	return reg, mustAssess(riskassess.Scorer{Blockers: catalog.Blockers()}.AssessAll(reg, reqs, d))
}

// expHostile is a register whose texts look like spreadsheet formulas.
const expHostile = `-- register.yaml --
name: {ja: テスト市議会}
sections:
  - id: somu
    name: {ja: 総務課}
people:
  - id: tanaka
    name: {ja: 田中 一郎}
    section: somu
-- contractors/evil.yaml --
name: {ja: '=HYPERLINK("http://evil.example","x")'}
legal_name: '@SUM(1)'
owner: {section: somu, person: tanaka}
approval: {status: requested}
notes: "+cmd|' /C calc'!A0"
contracts:
  - id: "-2+3"
    scope: "\t=1"
`

func TestExportJSONMatchesSchema(t *testing.T) {
	schemaPath, err := filepath.Abs("../../schemas/export.schema.json")
	if err != nil {
		t.Fatal(err)
	}
	c := jsonschema.NewCompiler()
	sch, err := c.Compile(schemaPath)
	if err != nil {
		t.Fatalf("compile %s: %v", schemaPath, err)
	}
	needExample(t)
	regs := map[string]string{"hostile": writeTxtar(t, expHostile), "example": exampleRegister}
	for name, dir := range regs {
		code, out, errOut := execCLI(t, "export", "--format", "json", "--register", dir, "--as-of", expExampleAsOf)
		if code != 0 {
			t.Fatalf("%s: exit %d: %s", name, code, errOut)
		}
		inst, err := jsonschema.UnmarshalJSON(strings.NewReader(out))
		if err != nil {
			t.Fatalf("%s: output is not JSON: %v", name, err)
		}
		if err := sch.Validate(inst); err != nil {
			t.Errorf("%s: export does not match %s:\n%v", name, schemaPath, err)
		}
		var doc report.ExportDocument
		if err := json.Unmarshal([]byte(out), &doc); err != nil {
			t.Fatal(err)
		}
		reg, _ := expAssess(t, dir, expExampleAsOf)
		if len(doc.Entries) != len(reg.Entries()) || doc.AsOf.String() != expExampleAsOf || doc.Version != report.ExportVersion {
			t.Errorf("%s: %d entries (want %d), as_of %s, version %s", name, len(doc.Entries), len(reg.Entries()), doc.AsOf, doc.Version)
		}
		if !strings.HasPrefix(out, "{\n  \"version\"") {
			t.Errorf("%s: not indented by 2: %.40q", name, out)
		}
	}
}

func TestExportXLSXMatchesRegister(t *testing.T) {
	needExample(t)
	out := filepath.Join(t.TempDir(), "台帳.xlsx")
	code, _, errOut := execCLI(t, "export", "--register", exampleRegister, "--as-of", expExampleAsOf, "-o", out)
	if code != 0 {
		t.Fatalf("exit %d: %s", code, errOut)
	}
	f, err := excelize.OpenFile(out)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	reg, as := expAssess(t, exampleRegister, expExampleAsOf)
	idx := report.AssessmentIndex(as)
	for _, k := range riskassess.Kinds() {
		sheet := xlsx.RegisterSheetName(k, "ja")
		rows, err := f.GetRows(sheet)
		if err != nil {
			t.Fatalf("sheet %s: %v", sheet, err)
		}
		head := map[string]int{}
		for i, h := range rows[0] {
			head[h] = i
		}
		row := map[string]int{} // id → 1-based row number
		for i, r := range rows[1:] {
			row[r[0]] = i + 2
		}
		for _, e := range reg.Entries() {
			if e.Kind() != k {
				continue
			}
			id := e.Base().ID
			r, ok := row[id]
			if !ok {
				t.Errorf("%s: entry %s missing", sheet, id)
				continue
			}
			a := idx[riskassess.EntryKey{Kind: k, ID: id}]
			cell := func(h string) string {
				c, _ := excelize.CoordinatesToCellName(head[h]+1, r)
				return c
			}
			if v, _ := f.GetCellValue(sheet, cell("残留リスク")); v != a.Residual.Label("ja") {
				t.Errorf("%s!%s (%s) residual %q, want %q", sheet, cell("残留リスク"), id, v, a.Residual.Label("ja"))
			}
			if v, _ := f.GetCellValue(sheet, cell("固有リスク")); v != a.Inherent.Label("ja") {
				t.Errorf("%s!%s (%s) inherent %q, want %q", sheet, cell("固有リスク"), id, v, a.Inherent.Label("ja"))
			}
			for h, d := range map[string]riskassess.Date{"承認日": e.Base().Approval.DecidedOn, "次回見直し": a.NextReview} {
				if d.IsZero() {
					continue
				}
				raw, _ := f.GetCellValue(sheet, cell(h), excelize.Options{RawCellValue: true})
				if _, err := strconv.ParseFloat(raw, 64); err != nil {
					t.Errorf("%s!%s (%s %s) = %q, want a numeric date cell", sheet, cell(h), id, h, raw)
				}
				if v, _ := f.GetCellValue(sheet, cell(h)); v != strings.ReplaceAll(d.String(), "-", "/") {
					t.Errorf("%s!%s (%s %s) shown as %q, want %s", sheet, cell(h), id, h, v, d)
				}
			}
		}
		if len(rows)-1 != len(row) {
			t.Errorf("%s: duplicate ids", sheet)
		}
	}
}

func TestExportCSV(t *testing.T) {
	dir := writeTxtar(t, expHostile)
	outDir := filepath.Join(t.TempDir(), "csv")
	if code, _, errOut := execCLI(t, "export", "--format", "csv", "--register", dir, "--as-of", "2026-04-01", "-o", outDir); code != 0 {
		t.Fatalf("exit %d: %s", code, errOut)
	}
	for _, name := range []string{"contractors.csv", "services.csv", "social.csv"} {
		b, err := os.ReadFile(filepath.Join(outDir, name))
		if err != nil {
			t.Fatal(err)
		}
		if !bytes.HasPrefix(b, []byte("\xEF\xBB\xBFID,名称,")) {
			t.Errorf("%s starts %q, want BOM and header", name, b[:min(len(b), 20)])
		}
	}
	code, out, errOut := execCLI(t, "export", "--format", "csv", "--kind", "contractor", "--register", dir, "--as-of", "2026-04-01")
	if code != 0 {
		t.Fatalf("exit %d: %s", code, errOut)
	}
	for _, want := range []string{`"'=HYPERLINK(""http://evil.example"",""x"")"`, "'-2+3", "\r\n"} {
		if !strings.Contains(out, want) {
			t.Errorf("stdout lacks %q:\n%s", want, out)
		}
	}
	if strings.Contains(out, ",=") || strings.Contains(out, ",@") || strings.Contains(out, ",-") {
		t.Errorf("unneutralised field in:\n%s", out)
	}
}

// TestExportOneKindNamesProvider: a services table (CSV or workbook) of its own still
// names the contractor that provides a service, not its id.
func TestExportOneKindNamesProvider(t *testing.T) {
	dir := writeTxtar(t, expHostile+`-- contractors/tama.yaml --
name: {ja: 多摩クラウド株式会社}
legal_name: 多摩クラウド株式会社
owner: {section: somu}
approval: {status: approved}
-- services/mail.yaml --
name: {ja: メール}
owner: {section: somu}
approval: {status: approved}
provider: {contractor: tama}
contract_type: negotiated
delivery: saas
`)
	code, out, errOut := execCLI(t, "export", "--format", "csv", "--kind", "service", "--register", dir, "--as-of", "2026-04-01")
	if code != 0 {
		t.Fatalf("exit %d: %s", code, errOut)
	}
	recs, err := csv.NewReader(strings.NewReader(strings.TrimPrefix(out, "\uFEFF"))).ReadAll()
	if err != nil {
		t.Fatal(err)
	}
	col := slices.Index(recs[0], "提供者")
	if col < 0 || len(recs) != 2 || recs[1][col] != "多摩クラウド株式会社" {
		t.Errorf("services CSV (provider column %d):\n%s", col, out)
	}

	// The workbook of one kind too; the other kinds' sheets keep only
	// their header.
	book := filepath.Join(t.TempDir(), "services.xlsx")
	if code, _, errOut := execCLI(t, "export", "--format", "xlsx", "--kind", "service", "--register", dir, "--as-of", "2026-04-01", "-o", book); code != 0 {
		t.Fatalf("xlsx: exit %d: %s", code, errOut)
	}
	f, err := excelize.OpenFile(book)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	rows, err := f.GetRows(xlsx.RegisterSheetName(riskassess.KindService, "ja"))
	if err != nil {
		t.Fatal(err)
	}
	col = slices.Index(rows[0], "提供者")
	if col < 0 || len(rows) != 2 || rows[1][col] != "多摩クラウド株式会社" {
		t.Errorf("services sheet (provider column %d): %q", col, rows)
	}
	if rows, _ := f.GetRows(xlsx.RegisterSheetName(riskassess.KindContractor, "ja")); len(rows) != 1 {
		t.Errorf("contractors sheet of a services workbook has %d rows, want the header only", len(rows))
	}
}

func TestExportUsageErrors(t *testing.T) {
	dir := writeTxtar(t, expHostile)
	for _, args := range [][]string{
		{"export", "--format", "pdf", "--register", dir},
		{"export", "--format", "csv", "--register", dir},
		{"export", "--kind", "robot", "--register", dir},
		{"export", "--as-of", "2026-02-30", "--register", dir},
		{"export", "--dates", "reiwa", "--register", dir},
		{"export", "--format", "xlsx", "-o", t.TempDir(), "--register", dir},
		{"export", "--format", "csv", "-o", filepath.Join(t.TempDir(), "out.csv"), "--register", dir},
	} {
		if code, _, _ := execCLI(t, args...); code != 2 {
			t.Errorf("%q: exit %d, want 2", args, code)
		}
	}
	// Nothing is created for a refused command.
	out := filepath.Join(t.TempDir(), "all.CSV")
	execCLI(t, "export", "--format", "csv", "-o", out, "--register", dir)
	if _, err := os.Stat(out); !os.IsNotExist(err) {
		t.Errorf("refused export created %s (%v)", out, err)
	}
	bad := writeTxtar(t, "-- register.yaml --\nname: [x]\n")
	if code, _, errOut := execCLI(t, "export", "--format", "json", "--register", bad); code != 1 || !strings.Contains(errOut, "register.yaml:") {
		t.Errorf("invalid register: exit %d, stderr %q; want 1 and a positioned error", code, errOut)
	}
}

func TestExportDeterministic(t *testing.T) {
	dir := writeTxtar(t, expHostile)
	tmp := t.TempDir()
	for _, format := range []string{"xlsx", "json"} {
		var got [2][]byte
		for i := range got {
			p := filepath.Join(tmp, strconv.Itoa(i)+"."+format)
			if code, _, errOut := execCLI(t, "export", "--format", format, "--register", dir, "--as-of", "2026-04-01", "-o", p); code != 0 {
				t.Fatalf("exit %d: %s", code, errOut)
			}
			got[i], _ = os.ReadFile(p)
		}
		if !bytes.Equal(got[0], got[1]) || len(got[0]) == 0 {
			t.Errorf("%s: two exports differ", format)
		}
	}
}

// TestExportXLSXOpensInLibreOffice converts the exported workbook to PDF
// with LibreOffice: the workbook must open and print (one heavy test).
func TestExportXLSXOpensInLibreOffice(t *testing.T) {
	needExample(t)
	soffice, err := exec.LookPath("soffice")
	if err != nil {
		if os.Getenv("CI") == "true" {
			t.Fatal("soffice (LibreOffice) not found; CI must install it")
		}
		t.Skip("soffice (LibreOffice) not installed")
	}
	if testing.Short() {
		t.Skip("LibreOffice conversion skipped in -short mode")
	}
	tmp := t.TempDir()
	in := filepath.Join(tmp, "register.xlsx")
	if code, _, errOut := execCLI(t, "export", "--register", exampleRegister, "--as-of", expExampleAsOf, "-o", in); code != 0 {
		t.Fatalf("exit %d: %s", code, errOut)
	}
	cmd := exec.Command(soffice, "--headless", "-env:UserInstallation=file://"+filepath.Join(tmp, "lo-profile"),
		"--convert-to", "pdf", "--outdir", tmp, in)
	if out, err := cmd.CombinedOutput(); err != nil {
		t.Fatalf("soffice: %v\n%s", err, out)
	}
	pdf, err := os.ReadFile(filepath.Join(tmp, "register.pdf"))
	if err != nil {
		t.Fatalf("no PDF written: %v", err)
	}
	if !bytes.HasPrefix(pdf, []byte("%PDF-")) {
		t.Fatalf("not a PDF: %.10q", pdf)
	}
	// Five sheets, each at least one page.
	if pdfinfo, err := exec.LookPath("pdfinfo"); err == nil {
		out, err := exec.Command(pdfinfo, filepath.Join(tmp, "register.pdf")).Output()
		if err != nil {
			t.Fatalf("pdfinfo: %v", err)
		}
		for _, line := range strings.Split(string(out), "\n") {
			if v, ok := strings.CutPrefix(line, "Pages:"); ok {
				if n, _ := strconv.Atoi(strings.TrimSpace(v)); n < 5 {
					t.Errorf("PDF has %d pages, want at least one per sheet (5)", n)
				}
			}
		}
	}
}

// TestExportXLSXWarekiDates: export --dates wareki writes date cells with
// the 和暦 number format, still dates; without the flag the example
// register's date_style decides, and --dates iso overrides it.
func TestExportXLSXWarekiDates(t *testing.T) {
	needExample(t)
	reg, _ := expAssess(t, exampleRegister, expExampleAsOf)
	for _, tc := range []struct {
		args []string
		want string
	}{
		{[]string{"--dates", "wareki"}, xlsx.WarekiDateFormat},
		{[]string{"--dates", "iso"}, xlsx.ISODateFormat},
		{nil, map[bool]string{true: xlsx.WarekiDateFormat, false: xlsx.ISODateFormat}[reg.Org.DateStyle == riskassess.DateWareki]},
	} {
		out := filepath.Join(t.TempDir(), "台帳.xlsx")
		args := append([]string{"export", "--register", exampleRegister, "--as-of", expExampleAsOf, "-o", out}, tc.args...)
		if code, _, errOut := execCLI(t, args...); code != 0 {
			t.Fatalf("%q: exit %d: %s", tc.args, code, errOut)
		}
		f, err := excelize.OpenFile(out)
		if err != nil {
			t.Fatal(err)
		}
		sheet := xlsx.RegisterSheetName(riskassess.KindContractor, "ja")
		rows, _ := f.GetRows(sheet)
		col := slices.Index(rows[0], "承認期限")
		if col < 0 {
			t.Fatalf("no 承認期限 column in %q", rows[0])
		}
		found := false
		for r := 2; r <= len(rows); r++ {
			cell, _ := excelize.CoordinatesToCellName(col+1, r)
			raw, _ := f.GetCellValue(sheet, cell, excelize.Options{RawCellValue: true})
			if raw == "" {
				continue
			}
			found = true
			if _, err := strconv.ParseFloat(raw, 64); err != nil {
				t.Errorf("%q: %s!%s raw %q is not a date serial", tc.args, sheet, cell, raw)
			}
			sid, _ := f.GetCellStyle(sheet, cell)
			st, _ := f.GetStyle(sid)
			if st.CustomNumFmt == nil || *st.CustomNumFmt != tc.want {
				t.Errorf("%q: %s!%s number format %v, want %s", tc.args, sheet, cell, st.CustomNumFmt, tc.want)
			}
			break
		}
		if !found {
			t.Errorf("%q: no dated 承認期限 cell", tc.args)
		}
		f.Close()
	}
}

// TestOutputExtensionNamesAnotherFormat: an output file whose extension is
// that of another of the command's formats is refused (exit 2, nothing
// written), never filled with the default format: `export -o 台帳.csv`
// wrote a workbook into a .csv, `due -o 期限.ics` a text table into a
// calendar file, `diff -o changes.json` text into a .json.
func TestOutputExtensionNamesAnotherFormat(t *testing.T) {
	dir := writeTxtar(t, expHostile)
	tmp := t.TempDir()
	for _, c := range []struct {
		args []string
		out  string
		code int
	}{
		{[]string{"export"}, "台帳.csv", 2},
		{[]string{"export"}, "register.JSON", 2},
		{[]string{"export", "--format", "json"}, "register.xlsx", 2},
		{[]string{"export", "--format", "csv", "--kind", "contractor"}, "c.json", 2},
		{[]string{"due"}, "due.ics", 2},
		{[]string{"rotation"}, "rotation.json", 2},
		{[]string{"diff", "--from", dir}, "changes.json", 2},
		{[]string{"export"}, "register.xlsx", 0},
		{[]string{"export", "--format", "json"}, "register.json", 0},
		{[]string{"export", "--format", "csv", "--kind", "contractor"}, "c.csv", 0},
		{[]string{"due", "--format", "ics"}, "due.ics", 0},
		{[]string{"due"}, "due.txt", 0},
		{[]string{"rotation", "--format", "json"}, "rotation.json", 0},
		{[]string{"diff", "--from", dir, "--format", "json"}, "changes.json", 0},
	} {
		out := filepath.Join(tmp, c.args[0]+strconv.Itoa(len(c.args))+"-"+c.out)
		args := append(append([]string{}, c.args...), "-o", out, "--register", dir, "--as-of", "2026-11-27")
		code, _, errOut := execCLI(t, args...)
		if code != c.code {
			t.Errorf("%q: exit %d, want %d; stderr %q", args, code, c.code, errOut)
		}
		if _, err := os.Stat(out); c.code != 0 && !os.IsNotExist(err) {
			t.Errorf("%q: refused, yet %s was written (%v)", args, out, err)
		} else if c.code == 0 && err != nil {
			t.Errorf("%q: accepted, yet %s was not written (%v)", args, out, err)
		}
	}
}
