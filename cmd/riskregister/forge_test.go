package main

import (
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"

	"github.com/gikai-sec/riskregister/riskassess"
	"github.com/gikai-sec/riskregister/riskassess/store"
	"github.com/gikai-sec/riskregister/riskassess/xlsx"
	"github.com/xuri/excelize/v2"
)

// forgeMeta rewrites the _meta sheet of the workbook at path to name the
// entry id and recomputes its checksum, as anyone can (the checksum is a
// plain SHA-256, not a signature).
func forgeMeta(t *testing.T, path, id string) {
	t.Helper()
	f, err := excelize.OpenFile(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	rows, err := f.GetRows(xlsx.MetaSheet)
	if err != nil {
		t.Fatal(err)
	}
	var kind, version, sumCell, org, made string
	var ids, digests []string
	for i, r := range rows {
		if len(r) < 2 {
			continue
		}
		cell := "B" + strconv.Itoa(i+1)
		switch r[0] {
		case "kind":
			kind = r[1]
		case "entry":
			f.SetCellStr(xlsx.MetaSheet, cell, id)
		case "catalogue_version":
			version = r[1]
		case "checksum":
			sumCell = cell
		case "made_on":
			made = "|made=" + r[1]
		case "org":
			org = "|org=" + r[1] + "/"
			if len(r) > 2 {
				org += r[2]
			}
		case "question":
			ids = append(ids, r[1])
			if len(r) > 2 {
				digests = append(digests, r[2])
			}
		}
	}
	entry := id + made + org
	if len(digests) > 0 {
		entry += "|texts=" + strings.Join(digests, ",")
	}
	f.SetCellStr(xlsx.MetaSheet, sumCell, xlsx.Checksum(riskassess.Kind(kind), entry, version, ids))
	if err := f.Save(); err != nil {
		t.Fatal(err)
	}
}

// TestImportForgedEntry: vendor A's filled questionnaire whose _meta is
// rewritten (checksum recomputed) to name contractor beta is refused: the
// 法人番号 on its cover is acme's, not beta's. Nothing is recorded in beta.
// The same check holds for a service: its provider's number counts.
func TestImportForgedEntry(t *testing.T) {
	reg := withCorporateNumber(t, qRegister, "アクメ情報システム株式会社", "2010401000001")
	reg = withCorporateNumber(t, reg, "ベータ保守株式会社", "1010401000002")
	dir := writeTxtar(t, reg)
	qs := contractorQuestions(t)
	p := filepath.Join(t.TempDir(), "acme.xlsx")
	if code, _, stderr := execCLI(t, "questionnaire", "--as-of", "2026-04-01", "--register", dir, "--kind", "contractor", "--entry", "acme", "-o", p); code != 0 {
		t.Fatal(stderr)
	}
	qFill(t, p, qs)
	// Untouched, it goes to acme (its cover carries acme's number).
	if code, stdout, stderr := execCLI(t, "import", "--register", dir, "--dry-run", p); code != 0 {
		t.Fatalf("genuine workbook: exit %d\n%s%s", code, stdout, stderr)
	}
	forgeMeta(t, p, "beta")
	betaFile := filepath.Join(dir, "contractors", "beta.yaml")
	before, _ := os.ReadFile(betaFile)
	code, stdout, stderr := execCLI(t, "import", "--register", dir, "--as-of", "2026-04-15", p)
	if code != 1 {
		t.Errorf("forged workbook: exit %d, want 1\n%s%s", code, stdout, stderr)
	}
	for _, want := range []string{"委託事業者 beta", "表紙の法人番号 2010401000001 は、委託事業者 beta の法人番号 1010401000002（ベータ保守株式会社）と違います", "記録しませんでした"} {
		if !strings.Contains(stdout, want) {
			t.Errorf("report lacks %q:\n%s", want, stdout)
		}
	}
	if after, _ := os.ReadFile(betaFile); string(after) != string(before) {
		t.Errorf("beta.yaml changed:\n%s", after)
	}
	_, stdout, _ = execCLI(t, "import", "--register", dir, "--lang", "en", "--dry-run", p)
	if !strings.Contains(stdout, "the corporate number 2010401000001 on the cover is not that of Contractor beta (1010401000002") {
		t.Errorf("English report:\n%s", stdout)
	}
	// --entry does not get round it either.
	if code, stdout, _ := execCLI(t, "import", "--register", dir, "--entry", "beta", "--as-of", "2026-04-15", p); code != 1 || !strings.Contains(stdout, "表紙の法人番号") {
		t.Errorf("--entry beta: exit %d\n%s", code, stdout)
	}
	r, err := store.Load(dir)
	if err != nil {
		t.Fatal(err)
	}
	if n := len(r.Entry(riskassess.KindContractor, "beta").Base().Assessments); n != 0 {
		t.Errorf("beta has %d records", n)
	}
}
