package main

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"golang.org/x/tools/txtar"
)

// execCLI runs the command line args in-process and returns the exit
// status, stdout and stderr.
func execCLI(t *testing.T, args ...string) (code int, stdout, stderr string) {
	t.Helper()
	var out, errb bytes.Buffer
	code = run(args, &out, &errb)
	return code, out.String(), errb.String()
}

// writeTxtar writes the files of a txtar archive under a new temporary
// folder and returns it.
func writeTxtar(t *testing.T, archive string) string {
	t.Helper()
	dir := t.TempDir()
	for _, f := range txtar.Parse([]byte(archive)).Files {
		p := filepath.Join(dir, filepath.FromSlash(f.Name))
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(p, f.Data, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	return dir
}

// exampleRegister is the example register of the repository.
const exampleRegister = "../../examples/chofu-gikai"

// needExample fails the test when the example register is missing.
func needExample(t *testing.T) {
	t.Helper()
	if _, err := os.Stat(filepath.Join(exampleRegister, "register.yaml")); err != nil {
		t.Fatalf("examples/chofu-gikai is missing: %v", err)
	}
}

func TestRootHelpListsCommands(t *testing.T) {
	code, out, _ := execCLI(t, "--help")
	if code != 0 {
		t.Fatalf("exit %d", code)
	}
	for _, c := range []string{"init", "validate", "schema", "version", "assess", "questionnaire", "import", "build", "serve", "export", "due", "check"} {
		if !strings.Contains(out, "\n  "+c+" ") {
			t.Errorf("--help does not list %q:\n%s", c, out)
		}
	}
}

func TestUnknownCommandIsUsageError(t *testing.T) {
	code, _, errOut := execCLI(t, "no-such-command")
	if code != 2 {
		t.Errorf("exit %d, want 2", code)
	}
	if !strings.Contains(errOut, "no-such-command") {
		t.Errorf("stderr %q does not name the command", errOut)
	}
}

// TestHelpOfOwnCommands checks the help of init, validate, schema and
// version: usage line, Japanese and English text and an example.
func TestHelpOfOwnCommands(t *testing.T) {
	tests := []struct {
		cmd  string
		want []string
	}{
		{"init", []string{"riskregister init DIR", "新しい台帳フォルダ", "Creates a new register folder", "例:", "riskregister init my-register"}},
		{"validate", []string{"riskregister validate [--register DIR]", "ファイル:行:桁", "file:line:col", "例:", "--register", "--lang"}},
		{"schema", []string{"riskregister schema [-o DIR]", "JSON Schema", "yaml-language-server", "例:", "-o, --output"}},
		{"version", []string{"riskregister version", "要件カタログ", "requirement catalogue", "例:"}},
	}
	for _, tc := range tests {
		t.Run(tc.cmd, func(t *testing.T) {
			code, out, errOut := execCLI(t, tc.cmd, "--help")
			if code != 0 || errOut != "" {
				t.Fatalf("exit %d, stderr %q", code, errOut)
			}
			for _, w := range tc.want {
				if !strings.Contains(out, w) {
					t.Errorf("%s --help lacks %q:\n%s", tc.cmd, w, out)
				}
			}
		})
	}
}

// TestLangIsValidated: every command refuses a language it cannot speak.
func TestLangIsValidated(t *testing.T) {
	for _, args := range [][]string{
		{"validate", "--lang", "fr"},
		{"assess", "--lang", "jp"},
		{"version", "--lang", "EN"},
	} {
		code, _, stderr := execCLI(t, args...)
		if code != 2 || !strings.Contains(stderr, "ja か en") {
			t.Errorf("%q: exit %d, stderr %q; want 2 and the accepted values", args, code, stderr)
		}
	}
}
