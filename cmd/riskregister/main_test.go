package main

import (
	"bytes"
	"strings"
	"testing"
)

// execCLI runs the command line args in-process and returns the exit
// status, stdout and stderr.
func execCLI(t *testing.T, args ...string) (code int, stdout, stderr string) {
	t.Helper()
	var out, errb bytes.Buffer
	code = run(args, &out, &errb)
	return code, out.String(), errb.String()
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
		{"init", []string{"riskregister init DIR", "新しい台帳フォルダ", "Creates a new register folder", "Examples:", "riskregister init my-register"}},
		{"validate", []string{"riskregister validate [--register DIR]", "ファイル:行:桁", "file:line:col", "Examples:", "--register", "--lang"}},
		{"schema", []string{"riskregister schema [-o DIR]", "JSON Schema", "yaml-language-server", "Examples:", "-o, --output"}},
		{"version", []string{"riskregister version", "要件カタログ", "requirement catalogue", "Examples:"}},
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
