package main

import (
	"html"
	"os"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"testing"

	"github.com/gikai-sec/riskregister/riskassess"
	"github.com/gikai-sec/riskregister/riskassess/catalog"
	"github.com/gikai-sec/riskregister/riskassess/xlsx"
	"github.com/xuri/excelize/v2"
)

// TestCheckCouncilItems: check prints the council-wide self-check items
// after its summary: in the example two active accounts are not on the
// public list (CW-01 not met, naming them); with listed_on recorded for
// them, CW-01 is met. The items never change the exit status.
func TestCheckCouncilItems(t *testing.T) {
	dir := bookRegister(t)
	const asOf = "2026-11-27"
	_, _, stderr := execCLI(t, "check", "--register", dir, "--as-of", asOf, "--fail-on", "critical")
	if !strings.Contains(stderr, "議会全体の点検項目（自己点検、台帳から判定）: CW-01 不適合") {
		t.Fatalf("stderr lacks CW-01 not met:\n%s", stderr)
	}
	line := regexp.MustCompile(`(?m)^  CW-01 .* — (\d+) 件: (.*)$`).FindStringSubmatch(stderr)
	if line == nil {
		t.Fatalf("no CW-01 detail line:\n%s", stderr)
	}
	ids := strings.Split(line[2], "、")
	if n, _ := strconv.Atoi(line[1]); n != len(ids) || n == 0 {
		t.Fatalf("CW-01 names %v, count %s", ids, line[1])
	}
	codeBefore, _, _ := execCLI(t, "check", "--register", dir, "--as-of", asOf, "--fail-on", "critical")
	for _, id := range ids {
		p := filepath.Join(dir, "social", id+".yaml")
		b, err := os.ReadFile(p)
		if err != nil {
			t.Fatalf("%s named by CW-01 is not a social account: %v", id, err)
		}
		if err := os.WriteFile(p, append(b, []byte("listed_on: https://www.city.chofu.example/gikai/sns.html\n")...), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	code, _, stderr := execCLI(t, "check", "--register", dir, "--as-of", asOf, "--fail-on", "critical", "--lang", "en")
	if !strings.Contains(stderr, "council-wide self-check items (decided from the register): CW-01 met") {
		t.Errorf("with listed_on recorded, stderr:\n%s", stderr)
	}
	if code != codeBefore {
		t.Errorf("exit %d, was %d: the council items changed the exit status", code, codeBefore)
	}
}

// TestEntryPageShowsConflict: a vendor answers はい to a contract-clause
// question the register says is missing; after the import the site's entry
// page says, in the finding, that the vendor's answer contradicts the
// register, naming the cell, and the finding stays not met.
func TestEntryPageShowsConflict(t *testing.T) {
	dir := bookRegister(t)
	const asOf = "2026-11-27"
	reg, reqs := loadCatalogued(t, dir)
	const id = "chofu-keibi"
	e := reg.Entry(riskassess.KindContractor, id)
	q := &xlsx.Questionnaire{Kind: riskassess.KindContractor, Entry: e, Register: reg, Requirements: reqs, CatalogueVersion: catalog.Version,
		AsOf: riskassess.Date{Year: 2026, Month: 11, Day: 27}}
	// A question the register answers いいえ (a clause recorded missing).
	var qid, req string
	for _, r := range q.Rows() {
		if a := q.Answers()[r.Question.ID]; a.Value == xlsx.No && strings.Contains(a.Comment, "契約書の条項") {
			qid, req = r.Question.ID, r.Requirements[0].ID
			break
		}
	}
	if qid == "" {
		t.Fatal("no clause question the register answers いいえ: the test proves nothing")
	}
	p := filepath.Join(t.TempDir(), "vendor.xlsx")
	if err := q.WriteFile(p); err != nil {
		t.Fatal(err)
	}
	f, err := excelize.OpenFile(p)
	if err != nil {
		t.Fatal(err)
	}
	cell := "D" + strconv.Itoa(findRow(t, f, qid))
	f.SetCellStr("質問", cell, "はい")
	if err := f.Save(); err != nil {
		t.Fatal(err)
	}
	if code, stdout, stderr := execCLI(t, "import", "--register", dir, "--as-of", asOf, p); code != 0 {
		t.Fatalf("import: exit %d\n%s\n%s", code, stdout, stderr)
	}
	if fd, _ := findingOf(assessJSON(t, dir, asOf)["contractor/"+id], req); fd.Outcome != riskassess.OutcomeNotMet {
		t.Errorf("%s after the vendor's はい: %s, want not met (the register decides)", req, fd.Outcome)
	}
	out := t.TempDir()
	if code, _, stderr := execCLI(t, "build", "--register", dir, "--as-of", asOf, "-o", out); code != 0 {
		t.Fatalf("build: exit %d: %s", code, stderr)
	}
	b, err := os.ReadFile(filepath.Join(out, "entries", "contractor", id+".html"))
	if err != nil {
		t.Fatal(err)
	}
	page := html.UnescapeString(string(b))
	m := regexp.MustCompile(`(?s)<p class="conflict"><strong>台帳の記録と矛盾する回答:</strong> ([^<]*)</p>`).FindAllStringSubmatch(page, -1)
	found := false
	for _, c := range m {
		if strings.Contains(c[1], "事業者の回答（適合、質問!"+cell+"）") && strings.Contains(c[1], "台帳の記録で判定した") {
			found = true
		}
	}
	if !found {
		t.Errorf("entry page has no conflict paragraph naming 質問!%s; conflict paragraphs: %q", cell, m)
	}
}
