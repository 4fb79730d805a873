package main

import (
	"bytes"
	"fmt"
	"io"
	"net/http"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/gikai-sec/riskregister/riskassess/load"
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

// TestServeShowsProblems: serve on an invalid register prints the same
// problems as every other command and serves a page listing them (escaped)
// for every path instead of a site; once the register is fixed the site is
// served, and when it breaks again the problems page replaces the site
// rather than leaving the old site up.
func TestServeShowsProblems(t *testing.T) {
	root := writeTxtar(t, strings.ReplaceAll(invalidRegisterTxtar, "\n-- ", "\n-- reg/"))
	t.Chdir(root)
	// A key that is markup: the page must show it as text.
	box := filepath.Join("reg", "services", "box.yaml")
	boxBody, err := os.ReadFile(box)
	if err != nil {
		t.Fatal(err)
	}
	broken := string(boxBody) + "\"<script>alert(1)</script>\": x\n"
	if err := os.WriteFile(box, []byte(broken), 0o644); err != nil {
		t.Fatal(err)
	}

	sw := &syncWriter{w: new(bytes.Buffer)}
	a := &app{lang: "ja", stdout: io.Discard, stderr: sw}
	base, stop := startServe(t, a, sw, serveOptions{dir: "reg", asOf: "2026-11-27", poll: 50 * time.Millisecond})
	for _, l := range invalidRegisterLines {
		if !strings.Contains(sw.String(), l+"\n") {
			t.Errorf("stderr lacks %q:\n%s", l, sw.String())
		}
	}
	for _, path := range []string{"/", "/index.html", "/entries/contractor/acme.html"} {
		code, page := httpGet(t, base+path)
		if code != http.StatusServiceUnavailable || !strings.Contains(page, "台帳に誤りがあります") {
			t.Fatalf("%s: %d, want 503 and the problems page:\n%s", path, code, page)
		}
		for _, want := range []string{
			`<code>reg/contractors/acme.yaml:9:23</code> contracts[0].clauses[0].requirement: 要件 &#34;OUT-99&#34; はカタログにありません。`,
			`<code>reg/register.yaml:5:13</code> requirements.disable[0]: 要件 &#34;SNS-99&#34; はありません`,
			`&lt;script&gt;alert(1)&lt;/script&gt;`,
		} {
			if !strings.Contains(page, want) {
				t.Errorf("%s: page lacks %q:\n%s", path, want, page)
			}
		}
		if strings.Contains(page, "<script>") {
			t.Errorf("%s: unescaped markup in the problems page", path)
		}
	}

	// Fixed: the site is served.
	write := func(name, body string) {
		t.Helper()
		if err := os.WriteFile(filepath.Join("reg", filepath.FromSlash(name)), []byte(body), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	waitFor := func(what string, ok func(code int, page string) bool) {
		t.Helper()
		deadline := time.Now().Add(60 * time.Second)
		for {
			if code, page := httpGet(t, base+"/index.html"); ok(code, page) {
				return
			}
			if time.Now().After(deadline) {
				t.Fatalf("%s: not seen\n%s", what, sw.String())
			}
			time.Sleep(50 * time.Millisecond)
		}
	}
	write("register.yaml", "name: {ja: 見本市議会}\nsections:\n  - {id: somu, name: {ja: 総務課}}\n")
	write("contractors/acme.yaml", "name: {ja: 株式会社アクメ}\nlegal_name: 株式会社アクメ\nowner: {section: somu}\napproval: {status: approved, decided_on: 2026-04-01}\n")
	write("services/box.yaml", strings.Replace(string(boxBody), "sertifications: []\n", "", 1))
	waitFor("the site after the fix", func(code int, page string) bool {
		return code == 200 && strings.Contains(page, "見本市議会") && !strings.Contains(page, "台帳に誤りがあります")
	})

	// Broken again: the problems page, not the old site.
	write("contractors/acme.yaml", "name: {ja: 株式会社アクメ}\nlegal_name: 株式会社アクメ\nowner: {section: somu}\napproval: {status: approved, decided_on: 2026-04-01}\ncontracts: [{id: k1, scope: x, clauses: [{requirement: OUT-98}]}]\n")
	waitFor("the problems page after breaking it again", func(code int, page string) bool {
		return code == http.StatusServiceUnavailable && strings.Contains(page, `要件 &#34;OUT-98&#34; はカタログにありません`)
	})
	stop()
}

// TestProblemListCapped: a generated hostile register (90,000 unknown keys
// in one file, 50,000 contract clauses citing unknown requirements, 90,000
// operators who do not exist; each file under store.MaxItems lines) prints at most load.MaxProblems problems,
// the too-many lines that say where a list was cut, and a last line with
// the exact number left out; issue 12 measured 400,000 printed errors for
// 400,000 unknown keys.
func TestProblemListCapped(t *testing.T) {
	dir := writeTxtar(t, `
-- register.yaml --
name: {ja: 見本市議会}
sections:
  - {id: somu, name: {ja: 総務課}}
`)
	var keys, clauses, operators strings.Builder
	keys.WriteString("name: {ja: x}\nlegal_name: x\nowner: {section: somu}\napproval: {status: draft}\n")
	for i := range 90_000 {
		fmt.Fprintf(&keys, "k%d: 1\n", i)
	}
	clauses.WriteString("name: {ja: x}\nlegal_name: x\nowner: {section: somu}\napproval: {status: draft}\ncontracts:\n- id: k1\n  scope: x\n  clauses:\n")
	for range 50_000 {
		clauses.WriteString("  - requirement: OUT-99\n")
	}
	operators.WriteString("name: {ja: x}\nplatform: x\nhandle: '@x'\nurl: https://x.example/x\nstatus: active\nowner: {section: somu}\nresponsible: {section: somu}\napproval: {status: draft}\noperators:\n")
	for range 90_000 {
		operators.WriteString("- nobody\n")
	}
	for name, body := range map[string]string{
		"contractors/keys.yaml":    keys.String(),
		"contractors/clauses.yaml": clauses.String(),
		"social/ops.yaml":          operators.String(),
	} {
		p := filepath.Join(dir, filepath.FromSlash(name))
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(p, []byte(body), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	site := filepath.Join(t.TempDir(), "site")
	for _, args := range [][]string{
		{"validate", "--register", dir, "--lang", "en"},
		{"build", "--register", dir, "--lang", "en", "-o", site},
	} {
		cmd := args[0]
		code, _, stderr := execCLI(t, args...)
		lines := strings.Split(strings.TrimRight(stderr, "\n"), "\n")
		tooMany := 0
		for _, l := range lines {
			if strings.Contains(l, "more than 100") {
				tooMany++
			}
		}
		// Collected: keys.yaml 100 and its too-many line (the decoder
		// stops), the operators 100 and the too-many line of the store's
		// references, the clauses 101 and 49,899 counted. Listed: the
		// first 100 and the two too-many lines; the rest is counted.
		wantOmitted := 100 + 100 + 50_000 - 100
		last := lines[len(lines)-1]
		if code != 1 || len(lines) != 100+tooMany+1 || tooMany != 2 || last != load.OmittedLine("en", wantOmitted) {
			t.Errorf("%s: exit %d, %d lines (%d too-many), last %q; want exit 1, 100 problems + 2 too-many + %q",
				cmd, code, len(lines), tooMany, last, load.OmittedLine("en", wantOmitted))
		}
	}
	if _, err := os.Stat(site); !os.IsNotExist(err) {
		t.Errorf("build wrote %s for an invalid register (%v)", site, err)
	}
}
