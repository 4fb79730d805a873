package csv_test

import (
	"bytes"
	stdcsv "encoding/csv"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/gikai-sec/riskregister/riskassess"
	rcsv "github.com/gikai-sec/riskregister/riskassess/csv"
	"github.com/gikai-sec/riskregister/riskassess/report"
	"github.com/google/go-cmp/cmp"
)

func date(s string) riskassess.Date {
	d, err := riskassess.ParseDate(s)
	if err != nil {
		panic(err)
	}
	return d
}

// testRegister has one entry per kind with awkward text: commas, quotes,
// line breaks, Japanese, and formula-looking values.
func testRegister() (*riskassess.Register, []riskassess.Assessment) {
	reg := &riskassess.Register{
		Org: riskassess.Organisation{Sections: []riskassess.Section{{ID: "sec", Name: riskassess.T("議会事務局, 総務係", "Secretariat")}}},
		Contractors: []*riskassess.Contractor{{
			Common: riskassess.Common{ID: "acme", Name: riskassess.T(`株式会社"アクメ"`, ""), Owner: riskassess.Owner{Section: "sec"},
				Approval: riskassess.Approval{Status: riskassess.StatusApproved, DecidedOn: date("2025-04-01")}},
			CorporateNumber: "1234567890123",
			Contracts:       []riskassess.Contract{{ID: "C-1", Scope: "保守"}, {ID: "C-2", Scope: "運用, 監視"}},
		}},
		Services: []*riskassess.Service{{
			Common:        riskassess.Common{ID: "evil", Name: riskassess.T(`=HYPERLINK("http://evil.example","x")`, "")},
			Provider:      riskassess.Provider{Name: "+cmd|' /C calc'!A0"},
			DataLocations: []riskassess.DataLocation{{Region: "@SUM(1)"}}, // a country is a code (CheckEntry); a region is free text
		}},
		Social: []*riskassess.Social{{Common: riskassess.Common{ID: "x", Name: riskassess.T("-2+3", "")}, Handle: "\t=1", URL: "\r=2"}},
	}
	as := []riskassess.Assessment{{Kind: riskassess.KindContractor, EntryID: "acme", Inherent: riskassess.RiskHigh,
		ControlScore: 72.5, Residual: riskassess.RiskMedium, Decision: riskassess.DecisionApprove}}
	return reg, as
}

func readCSV(t *testing.T, b []byte) [][]string {
	t.Helper()
	if !bytes.HasPrefix(b, []byte("\xEF\xBB\xBF")) {
		t.Fatalf("no UTF-8 BOM at the start: % x", b[:min(3, len(b))])
	}
	r := stdcsv.NewReader(bytes.NewReader(b[3:]))
	r.FieldsPerRecord = -1
	recs, err := r.ReadAll()
	if err != nil {
		t.Fatal(err)
	}
	return recs
}

func col(t *testing.T, recs [][]string, name string) int {
	t.Helper()
	for i, h := range recs[0] {
		if h == name {
			return i
		}
	}
	t.Fatalf("no column %q in header %q", name, recs[0])
	return -1
}

func TestWriteTableQuotingAndBOM(t *testing.T) {
	reg, as := testRegister()
	var buf bytes.Buffer
	if err := rcsv.WriteTable(&buf, report.RegisterTable(reg, as, riskassess.KindContractor, "ja"), "ja"); err != nil {
		t.Fatal(err)
	}
	raw := buf.String()
	// RFC 4180: quotes doubled, fields with commas/quotes/line breaks quoted, CRLF everywhere.
	for _, want := range []string{`"株式会社""アクメ"""`, `"議会事務局, 総務係"`, "\"C-1 保守\r\nC-2 運用, 監視\"", "\r\n"} {
		if !strings.Contains(raw, want) {
			t.Errorf("output lacks %q:\n%s", want, raw)
		}
	}
	if strings.Contains(strings.ReplaceAll(raw, "\r\n", ""), "\n") {
		t.Errorf("bare LF in output: %q", raw)
	}
	recs := readCSV(t, buf.Bytes())
	if len(recs) != 2 {
		t.Fatalf("%d records, want header + 1", len(recs))
	}
	got := map[string]string{}
	for _, name := range []string{"ID", "名称", "所管課", "承認状況", "承認日", "固有リスク", "対策スコア", "残留リスク", "推奨判断", "法人番号", "契約"} {
		got[name] = recs[1][col(t, recs, name)]
	}
	want := map[string]string{"ID": "acme", "名称": `株式会社"アクメ"`, "所管課": "議会事務局, 総務係", "承認状況": "承認",
		"承認日": "2025-04-01", "固有リスク": "高", "対策スコア": "72.5", "残留リスク": "中", "推奨判断": "承認可",
		"法人番号": "'1234567890123", "契約": "C-1 保守\nC-2 運用, 監視"} // the reader turns the quoted CRLF back into \n; ' keeps the number text
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("fields read back (-want +got):\n%s", diff)
	}
}

func TestWriteTableNeutralisesFormulas(t *testing.T) {
	reg, as := testRegister()
	hostile := map[riskassess.Kind]map[string]string{
		riskassess.KindService: {"名称": `'=HYPERLINK("http://evil.example","x")`, "提供者": "'+cmd|' /C calc'!A0", "データ所在地": "'@SUM(1)"},
		// encoding/csv with UseCRLF drops a bare CR inside a field; the quote stays first.
		riskassess.KindSocial: {"名称": "'-2+3", "アカウント": "'\t=1", "URL": "'=2"},
	}
	for k, want := range hostile {
		var buf bytes.Buffer
		if err := rcsv.WriteTable(&buf, report.RegisterTable(reg, as, k, "ja"), "ja"); err != nil {
			t.Fatal(err)
		}
		recs := readCSV(t, buf.Bytes())
		got := map[string]string{}
		for name := range want {
			got[name] = recs[1][col(t, recs, name)]
		}
		if diff := cmp.Diff(want, got); diff != "" {
			t.Errorf("%s (-want +got):\n%s", k, diff)
		}
		for _, rec := range recs {
			for _, f := range rec {
				if f != "" && strings.ContainsRune("=+-@\t\r", rune(f[0])) {
					t.Errorf("%s: field %q starts with a formula character", k, f)
				}
			}
		}
	}
}

func TestWriteDir(t *testing.T) {
	reg, as := testRegister()
	dir := filepath.Join(t.TempDir(), "out")
	paths, err := rcsv.WriteDir(dir, reg, as, "en")
	if err != nil {
		t.Fatal(err)
	}
	wantFiles := []string{"contractors.csv", "services.csv", "social.csv"}
	var got []string
	for _, p := range paths {
		got = append(got, filepath.Base(p))
	}
	if diff := cmp.Diff(wantFiles, got); diff != "" {
		t.Errorf("files (-want +got):\n%s", diff)
	}
	ents, _ := os.ReadDir(dir)
	if len(ents) != 3 {
		t.Errorf("%d files in %s, want 3 (no temporary files left)", len(ents), dir)
	}
	b, err := os.ReadFile(filepath.Join(dir, "social.csv"))
	if err != nil {
		t.Fatal(err)
	}
	recs := readCSV(t, b)
	if recs[0][0] != "ID" || recs[0][1] != "Name" || recs[1][0] != "x" {
		t.Errorf("social.csv = %q", recs)
	}
}

// valueLikeNames are names that Calc read as a number, date, time,
// percentage or truth value before TextCell.
var valueLikeNames = []string{"1.5E-3", "1:2:3", "5 %", "8年4月1日", "0001", "4/1/26 10:00", "2026-04-01T10:00",
	"2026-04-01 10:00", "－５", "１，０００", "１．５", "1/2/2026", "30-Apr-2026", "April 30, 2026", "Jan 02", "12:30",
	"1 1/2", "(12)", "12-", "$5", "￥500", "FALSE", "2026/4/1", "2026.4.1", "4月1日", "2026年4月1日"}

// valueLikeRegister has text a spreadsheet would read as a value: ids,
// names and a corporate number that Excel and LibreOffice turn into
// numbers, dates, percentages or truth values when they open the CSV.
func valueLikeRegister() (*riskassess.Register, []riskassess.Assessment) {
	c := func(id, name, corp string) *riskassess.Contractor {
		return &riskassess.Contractor{Common: riskassess.Common{ID: id, Name: riskassess.T(name, ""),
			Approval: riskassess.Approval{Status: riskassess.StatusApproved, DecidedOn: date("2025-04-01")}}, CorporateNumber: corp}
	}
	reg := &riskassess.Register{Contractors: []*riskassess.Contractor{
		c("00123", "1-2", "1234567890123"),
		c("2026-04-01", "3/4", ""),
		c("12345678901234567890", "令和8年4月1日", ""),
		c("1e5", "１２３", ""),
		c("x1", "TRUE", ""),
		c("x2", "10%", ""),
		c("x3", " 00123", ""),
		// Text that only starts with a digit, or holds other letters, stays as it is.
		c("r8-koho-002", "1階 守衛室", ""),
		c("x4", "3D印刷株式会社", ""),
		c("x5", "R8-koho-002", ""),
	}}
	// Names LibreOffice Calc reads as values, in Japanese or English, with
	// special numbers detected or not.
	for i, name := range valueLikeNames {
		reg.Contractors = append(reg.Contractors, c(fmt.Sprintf("v%d", i), name, ""))
	}
	as := []riskassess.Assessment{{Kind: riskassess.KindContractor, EntryID: "00123", Inherent: riskassess.RiskHigh,
		ControlScore: 72.5, Residual: riskassess.RiskMedium, Decision: riskassess.DecisionApprove}}
	return reg, as
}

// TestWriteTableMarksValueLikeText: a text cell that a spreadsheet would
// read as a number, date, percentage or truth value gets a ' in front, as a
// formula does (id 00123 was 123 in Calc, 2026-04-01 a date, name 1-2 and
// 3/4 dates, the corporate number a number); other text, and the date and
// number columns, are written as they are.
func TestWriteTableMarksValueLikeText(t *testing.T) {
	reg, as := valueLikeRegister()
	var buf bytes.Buffer
	if err := rcsv.WriteTable(&buf, report.RegisterTable(reg, as, riskassess.KindContractor, "ja"), "ja"); err != nil {
		t.Fatal(err)
	}
	recs := readCSV(t, buf.Bytes())
	type row struct{ ID, Name, Corp string }
	var got []row
	for _, r := range recs[1:] {
		got = append(got, row{r[col(t, recs, "ID")], r[col(t, recs, "名称")], r[col(t, recs, "法人番号")]})
	}
	want := []row{
		{"'00123", "'1-2", "'1234567890123"},
		{"'2026-04-01", "'3/4", ""},
		{"'12345678901234567890", "'令和8年4月1日", ""},
		{"'1e5", "'１２３", ""},
		{"x1", "'TRUE", ""},
		{"x2", "'10%", ""},
		{"x3", "' 00123", ""},
		{"r8-koho-002", "1階 守衛室", ""},
		{"x4", "3D印刷株式会社", ""},
		{"x5", "R8-koho-002", ""},
	}
	for i, name := range valueLikeNames {
		want = append(want, row{fmt.Sprintf("v%d", i), "'" + name, ""})
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("text cells (-want +got):\n%s", diff)
	}
	if d, s := recs[1][col(t, recs, "承認日")], recs[1][col(t, recs, "対策スコア")]; d != "2025-04-01" || s != "72.5" {
		t.Errorf("date and number cells = %q, %q, want 2025-04-01, 72.5 as they are", d, s)
	}
}
