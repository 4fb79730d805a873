package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestImportOtherCouncil: a vendor answering two councils' questionnaires
// for a contractor both register as acme returned テスト市議会's to 隣町議会,
// and it imported there (the _meta sheet named the entry, not the
// council). It is refused now, naming both councils, and nothing is
// recorded; the council that sent it imports it as before.
func TestImportOtherCouncil(t *testing.T) {
	sent := qWriteRegister(t)
	other := writeTxtar(t, strings.Replace(qRegister, "name: {ja: テスト市議会, en: Test Council}", "name: {ja: 隣町議会, en: Neighbour Town Council}", 1))
	p := filepath.Join(t.TempDir(), "acme.xlsx")
	if code, _, stderr := execCLI(t, "questionnaire", "--as-of", "2026-04-01", "--register", sent, "--kind", "contractor", "--entry", "acme", "-o", p); code != 0 {
		t.Fatal(stderr)
	}
	qFill(t, p, contractorQuestions(t))
	before, _ := os.ReadFile(filepath.Join(other, "contractors", "acme.yaml"))
	code, stdout, stderr := execCLI(t, "import", "--register", other, "--as-of", "2026-04-15", p)
	if code != 1 {
		t.Errorf("another council's questionnaire: exit %d, want 1\n%s%s", code, stdout, stderr)
	}
	for _, want := range []string{"_meta!B", "この確認票は「テスト市議会」が作ったもので、「隣町議会」の台帳には取り込みません", "記録しませんでした"} {
		if !strings.Contains(stdout, want) {
			t.Errorf("report lacks %q:\n%s", want, stdout)
		}
	}
	if after, _ := os.ReadFile(filepath.Join(other, "contractors", "acme.yaml")); string(after) != string(before) {
		t.Errorf("acme.yaml of the other council changed:\n%s", after)
	}
	_, stdout, _ = execCLI(t, "import", "--register", other, "--lang", "en", "--dry-run", p)
	if !strings.Contains(stdout, `the questionnaire was made by "テスト市議会" and is not imported into the register of "隣町議会"`) {
		t.Errorf("English report:\n%s", stdout)
	}
	if code, stdout, stderr := execCLI(t, "import", "--register", sent, "--as-of", "2026-04-15", p); code != 0 {
		t.Errorf("the council that sent it: exit %d\n%s%s", code, stdout, stderr)
	}
}

// TestImportOrgNameWithBlanks: a register whose name ends in a blank
// (ja: "テスト市議会　", a full-width blank YAML keeps even unquoted)
// wrote it so into _meta's checksum, which the reader sums trimmed: every
// questionnaire and self-check it made was refused as edited (bad
// metadata). They import now.
func TestImportOrgNameWithBlanks(t *testing.T) {
	for _, tc := range []struct {
		name string
		org  string
		args []string
	}{
		{"a full-width blank after the Japanese name", `name: {ja: "テスト市議会　", en: Test Council}`, nil},
		{"blanks around the English name", `name: {ja: テスト市議会, en: " Test Council "}`, nil},
		{"a self-check, a full-width blank after the Japanese name", `name: {ja: "テスト市議会　", en: Test Council}`, []string{"--self-check"}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			dir := writeTxtar(t, strings.Replace(qRegister, "name: {ja: テスト市議会, en: Test Council}", tc.org, 1))
			p := filepath.Join(t.TempDir(), "acme.xlsx")
			args := append([]string{"questionnaire", "--register", dir, "--kind", "contractor", "--entry", "acme", "--as-of", "2026-04-01", "-o", p}, tc.args...)
			if code, _, stderr := execCLI(t, args...); code != 0 {
				t.Fatal(stderr)
			}
			if tc.args == nil {
				qFill(t, p, contractorQuestions(t))
			}
			// The self-check is left blank (refused as such): its
			// _meta is what is looked at.
			code, stdout, stderr := execCLI(t, "import", "--register", dir, "--as-of", "2026-04-15", "--dry-run", p)
			if strings.Contains(stdout, "_meta") || tc.args == nil && code != 0 {
				t.Errorf("exit %d\n%s%s", code, stdout, stderr)
			}
		})
	}
}
