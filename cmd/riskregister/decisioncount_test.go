package main

import (
	"bytes"
	"encoding/csv"
	"encoding/json"
	"os"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"testing"

	"github.com/gikai-sec/riskregister/riskassess"
	"github.com/gikai-sec/riskregister/riskassess/report"
	"github.com/gikai-sec/riskregister/riskassess/xlsx"
	"github.com/google/go-cmp/cmp"
	"github.com/xuri/excelize/v2"
)

// TestDecisionCountsAgreeAcrossOutputs: the example register counts its
// recommended decisions alike on the site's dashboard, in the JSON
// summaries (export --format json, the site's downloads/register.json), and
// in the 推奨判断 column of the register CSVs and workbook and of assess: a
// record on the as-of date (retired or rejected then) is 記録（推奨判断なし）
// everywhere, not the decision its assessment computed. At 2026-11-27 the
// JSON summaries counted records by that decision (tiktok-chofu-gikai, a
// retired account, as approve), assess showed it as 承認可, and check's
// summary said it checked every entry while it leaves records out.
func TestDecisionCountsAgreeAcrossOutputs(t *testing.T) {
	needExample(t)
	const asOf = "2026-11-27"
	key := map[string]string{report.RecordDecision.Ja: "record"} // label → summary key
	for _, d := range []riskassess.Decision{riskassess.DecisionApprove, riskassess.DecisionConditional, riskassess.DecisionReject} {
		key[d.Label("ja")] = string(d)
	}
	got := map[string]map[string]int{}

	site := filepath.Join(t.TempDir(), "site")
	if code, _, stderr := execCLI(t, "build", "--register", exampleRegister, "-o", site, "--as-of", asOf); code != 0 {
		t.Fatalf("build: exit %d: %s", code, stderr)
	}
	index, err := os.ReadFile(filepath.Join(site, "index.html"))
	if err != nil {
		t.Fatal(err)
	}
	dash := map[string]int{}
	for _, m := range regexp.MustCompile(`[ "]decision-(\w+)">[^<]*</span></th><td class="num">(\d+)<`).FindAllSubmatch(index, -1) {
		n, _ := strconv.Atoi(string(m[2]))
		dash[string(m[1])] = n
	}
	got["dashboard (index.html)"] = dash

	summary := func(b []byte) map[string]int {
		var doc struct {
			Summary struct {
				ByDecision map[string]int `json:"by_decision"`
			} `json:"summary"`
		}
		if err := json.Unmarshal(b, &doc); err != nil {
			t.Fatal(err)
		}
		return doc.Summary.ByDecision
	}
	b, err := os.ReadFile(filepath.Join(site, "downloads", "register.json"))
	if err != nil {
		t.Fatal(err)
	}
	got["downloads/register.json"] = summary(b)
	code, out, stderr := execCLI(t, "export", "--register", exampleRegister, "--as-of", asOf, "--format", "json")
	if code != 0 {
		t.Fatalf("export json: exit %d: %s", code, stderr)
	}
	got["export --format json"] = summary([]byte(out))

	// The 推奨判断 column of CSV files (with a BOM) and of workbook rows.
	countColumn := func(name string, rows [][]string, into map[string]int) {
		t.Helper()
		if len(rows) == 0 {
			t.Fatalf("%s: no rows", name)
		}
		col := -1
		for i, h := range rows[0] {
			if h == "推奨判断" {
				col = i
			}
		}
		if col < 0 {
			t.Fatalf("%s: no column 推奨判断 in %q", name, rows[0])
		}
		for _, r := range rows[1:] {
			if k, ok := key[r[col]]; ok {
				into[k]++
			} else if r[col] != "" {
				t.Errorf("%s: unknown decision %q", name, r[col])
			}
		}
	}
	readCSV := func(name string, b []byte) [][]string {
		t.Helper()
		rows, err := csv.NewReader(bytes.NewReader(bytes.TrimPrefix(b, []byte("\ufeff")))).ReadAll()
		if err != nil {
			t.Fatalf("%s: %v", name, err)
		}
		return rows
	}
	csvDir := filepath.Join(t.TempDir(), "csv")
	if code, _, stderr := execCLI(t, "export", "--register", exampleRegister, "--as-of", asOf, "--format", "csv", "-o", csvDir); code != 0 {
		t.Fatalf("export csv: exit %d: %s", code, stderr)
	}
	for _, dir := range []string{csvDir, filepath.Join(site, "downloads")} {
		m := map[string]int{}
		for _, f := range []string{"contractors.csv", "services.csv", "social.csv"} {
			b, err := os.ReadFile(filepath.Join(dir, f))
			if err != nil {
				t.Fatal(err)
			}
			countColumn(f, readCSV(f, b), m)
		}
		if dir == csvDir {
			got["export --format csv"] = m
		} else {
			got["downloads/*.csv"] = m
		}
	}
	book := filepath.Join(t.TempDir(), "register.xlsx")
	if code, _, stderr := execCLI(t, "export", "--register", exampleRegister, "--as-of", asOf, "--format", "xlsx", "-o", book); code != 0 {
		t.Fatalf("export xlsx: exit %d: %s", code, stderr)
	}
	f, err := excelize.OpenFile(book)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	m := map[string]int{}
	for _, k := range riskassess.Kinds() {
		sheet := xlsx.RegisterSheetName(k, "ja")
		rows, err := f.GetRows(sheet)
		if err != nil {
			t.Fatal(err)
		}
		countColumn(sheet, rows, m)
	}
	got["export --format xlsx"] = m

	code, out, stderr = execCLI(t, "assess", "--register", exampleRegister, "--as-of", asOf, "--format", "csv")
	if code != 0 {
		t.Fatalf("assess csv: exit %d: %s", code, stderr)
	}
	m = map[string]int{}
	countColumn("assess --format csv", readCSV("assess", []byte(out)), m)
	got["assess --format csv"] = m

	if dash["record"] == 0 {
		t.Fatalf("the dashboard counts no record: %v", dash)
	}
	// check leaves the records out and says how many.
	_, _, stderr = execCLI(t, "check", "--register", exampleRegister, "--as-of", asOf)
	if want := "（うち記録 " + strconv.Itoa(dash["record"]) + " 件はデータの返却・消去と是正措置の期限のみ確認）"; !strings.Contains(stderr, want) {
		t.Errorf("check's summary does not say %q:\n%s", want, stderr)
	}
	for name, counts := range got {
		for k, n := range counts {
			if n == 0 {
				delete(counts, k) // a zero count kept by the JSON summary
			}
		}
		if diff := cmp.Diff(dash, counts); diff != "" {
			t.Errorf("%s counts decisions unlike the dashboard (-dashboard +%s):\n%s", name, name, diff)
		}
	}
}
