package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
)

// invalidRegisterTxtar is a register whose only problems are the kinds the
// front door added to the loader's: a contract clause citing OUT-99 (which
// build and assess once scored and published), an answer to an unknown
// question, an unknown requirement in the catalogue settings, and a store
// error (an unknown key) in the same run.
const invalidRegisterTxtar = `
-- register.yaml --
name: {ja: 見本市議会}
sections:
  - {id: somu, name: {ja: 総務課}}
requirements:
  disable: [SNS-99]
-- contractors/acme.yaml --
name: {ja: 株式会社アクメ}
legal_name: 株式会社アクメ
owner: {section: somu}
approval: {status: approved, decided_on: 2026-04-01}
contracts:
  - id: k1
    scope: 保守
    clauses:
      - {requirement: OUT-99}
answers:
  Q-OUT-999: {value: "yes"}
-- services/box.yaml --
name: {ja: Box}
owner: {section: somu}
approval: {status: approved}
provider: {name: Box}
contract_type: terms
delivery: saas
sertifications: []
`

// invalidRegisterLines are the problems of invalidRegisterTxtar as every
// command prints them (Japanese, paths from the working directory).
var invalidRegisterLines = []string{
	`reg/contractors/acme.yaml:9:23: contracts[0].clauses[0].requirement: 要件 "OUT-99" はカタログにありません。docs/catalog.md の要件IDを指定してください`,
	`reg/contractors/acme.yaml:11:14: answers.Q-OUT-999: 質問 "Q-OUT-999" はこの種別の確認票にありません。質問IDを確認してください（Q-要件ID）`,
	`reg/register.yaml:5:13: requirements.disable[0]: 要件 "SNS-99" はありません（要件IDは docs/catalog.md を参照）`,
	`reg/services/box.yaml:7:1: 未知の項目 "sertifications" です（"certifications" の誤りではありませんか）`,
}

// TestEveryCommandRefusesInvalidRegister: every command that reads the
// register goes through the front door, so an invalid register is refused
// by all of them with the same list of problems and exit status 1, and
// nothing is written: build leaves an existing site as it was and creates
// none, export and questionnaire write no file.
func TestEveryCommandRefusesInvalidRegister(t *testing.T) {
	root := writeTxtar(t, strings.ReplaceAll(invalidRegisterTxtar, "\n-- ", "\n-- reg/"))
	t.Chdir(root)
	// An old site in "public": a refused build must leave it untouched.
	if err := os.MkdirAll("public", 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join("public", "index.html"), []byte("old site"), 0o644); err != nil {
		t.Fatal(err)
	}
	asOf := []string{"--as-of", "2026-11-27"}
	for _, tc := range []struct {
		name string
		args []string
	}{
		{"validate", []string{"validate", "--register", "reg"}},
		{"assess", append([]string{"assess", "--register", "reg"}, asOf...)},
		{"build", append([]string{"build", "--register", "reg", "-o", "public"}, asOf...)},
		{"build-new", append([]string{"build", "--register", "reg", "-o", "public2"}, asOf...)},
		{"check", append([]string{"check", "--register", "reg"}, asOf...)},
		{"due", append([]string{"due", "--register", "reg"}, asOf...)},
		{"export", append([]string{"export", "--register", "reg", "--format", "xlsx", "-o", "out.xlsx"}, asOf...)},
		{"export-json", append([]string{"export", "--register", "reg", "--format", "json"}, asOf...)},
		{"questionnaire", []string{"questionnaire", "--register", "reg", "--kind", "contractor", "-o", "q.xlsx"}},
		{"import", []string{"import", "--register", "reg", "--dry-run", "answers.xlsx"}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			code, stdout, stderr := execCLI(t, tc.args...)
			if code != 1 {
				t.Errorf("exit %d, want 1\nstdout %s\nstderr %s", code, stdout, stderr)
			}
			got := strings.Split(strings.TrimRight(stderr, "\n"), "\n")
			if diff := cmp.Diff(invalidRegisterLines, got); diff != "" {
				t.Errorf("stderr (-want +got):\n%s", diff)
			}
			if stdout != "" {
				t.Errorf("stdout %q, want nothing", stdout)
			}
		})
	}
	if b, err := os.ReadFile(filepath.Join("public", "index.html")); err != nil || string(b) != "old site" {
		t.Errorf("public/index.html = %q, %v; want the old site untouched", b, err)
	}
	for _, p := range []string{"public2", "out.xlsx", "q.xlsx"} {
		if _, err := os.Stat(p); !os.IsNotExist(err) {
			t.Errorf("%s: written by a refused command (%v)", p, err)
		}
	}
	entries, _ := os.ReadDir("public")
	if len(entries) != 1 {
		t.Errorf("public holds %d files, want only the old index.html", len(entries))
	}

	// English: the same list in English.
	code, _, stderr := execCLI(t, "build", "--register", "reg", "-o", "public", "--lang", "en")
	if code != 1 || !strings.Contains(stderr, `reg/contractors/acme.yaml:9:23: contracts[0].clauses[0].requirement: unknown requirement "OUT-99"`) {
		t.Errorf("build --lang en: exit %d, stderr %s", code, stderr)
	}
}
