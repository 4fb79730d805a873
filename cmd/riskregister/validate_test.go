package main

import (
	"path/filepath"
	"regexp"
	"strings"
	"testing"
)

const validateRegister = `
-- register.yaml --
name: {ja: 見本市議会}
sections:
  - {id: somu, name: {ja: 総務課}}
people:
  - {id: yamada, name: {ja: 山田 花子}, section: somu}
-- contractors/acme.yaml --
name: {ja: 株式会社アクメ}
legal_name: 株式会社アクメ
owner: {section: somu}
approval: {status: approved}
-- contractors/beta.yaml --
name: {ja: ベータ株式会社}
legal_name: ベータ株式会社
owner: {section: somu}
approval: {status: draft}
-- services/mail.yaml --
name: {ja: メール}
owner: {section: somu}
approval: {status: approved}
provider: {contractor: acme}
contract_type: terms
delivery: saas
`

func TestValidateOK(t *testing.T) {
	dir := writeTxtar(t, validateRegister)
	for _, tc := range []struct{ lang, want string }{
		{"ja", "OK: 委託事業者 2件, 外部サービス 1件, SNS 0件\n"},
		{"en", "OK: 2 contractors, 1 external services, 0 social-media accounts\n"},
	} {
		code, out, errOut := execCLI(t, "validate", "--register", dir, "--lang", tc.lang)
		if code != 0 || errOut != "" {
			t.Fatalf("exit %d, stderr %q", code, errOut)
		}
		if out != tc.want {
			t.Errorf("stdout %q, want %q", out, tc.want)
		}
	}
}

var positioned = regexp.MustCompile(`^(\S*/)?[a-z]+(/[a-z0-9-]+)?\.yaml:\d+:\d+: \S`)

func TestValidateErrors(t *testing.T) {
	dir := writeTxtar(t, validateRegister+`
-- contractors/gamma.yaml --
name: {ja: ガンマ}
legal_name: ガンマ株式会社
owner: {section: soumu}
approval: {status: approve}
review_due: 2026/04/01
`)
	code, out, errOut := execCLI(t, "validate", "--register", dir)
	if code != 1 {
		t.Fatalf("exit %d, want 1 (stderr %q)", code, errOut)
	}
	if out != "" {
		t.Errorf("stdout %q, want nothing", out)
	}
	lines := strings.Split(strings.TrimRight(errOut, "\n"), "\n")
	if len(lines) < 3 {
		t.Fatalf("want at least 3 error lines, got:\n%s", errOut)
	}
	for _, l := range lines {
		if !positioned.MatchString(l) {
			t.Errorf("line %q is not path:line:col: message", l)
		}
	}
	// Each problem is reported at the place it was written.
	for _, want := range []string{
		"contractors/gamma.yaml:3:", // unknown section soumu
		"contractors/gamma.yaml:4:", // bad status
		"contractors/gamma.yaml:5:", // bad date
	} {
		if !strings.Contains(errOut, want) {
			t.Errorf("stderr lacks %q:\n%s", want, errOut)
		}
	}
}

func TestValidateMissingFolder(t *testing.T) {
	code, _, errOut := execCLI(t, "validate", "--register", filepath.Join(t.TempDir(), "nope"))
	if code != 1 || errOut == "" {
		t.Errorf("exit %d, stderr %q; want 1 and a message", code, errOut)
	}
}

func TestValidateNotARegister(t *testing.T) {
	code, _, errOut := execCLI(t, "validate", "--register", t.TempDir())
	if code != 1 || !strings.Contains(errOut, "register.yaml") {
		t.Errorf("exit %d, stderr %q; want 1 naming register.yaml", code, errOut)
	}
}

func TestValidateExtraArgument(t *testing.T) {
	if code, _, _ := execCLI(t, "validate", "somewhere"); code != 2 {
		t.Errorf("exit %d, want 2", code)
	}
}
