package main

import (
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strings"
	"testing"
	"time"
	"unicode"

	"github.com/gikai-sec/riskregister/internal/entrycache"
	"github.com/gikai-sec/riskregister/riskassess/store"
	"github.com/spf13/cobra"
	"github.com/spf13/pflag"
)

// invalidRegister is a register with problems of several kinds: an unknown
// field, a bad date, a reference to an unknown section.
const invalidRegister = `-- register.yaml --
name: {ja: テスト議会, en: Test Council}
sections:
  - id: soumu
    name: {ja: 総務課, en: General Affairs}
colour: blue
-- contractors/acme.yaml --
name: {ja: 株式会社アクメ}
owner: {section: somu}
approval: {status: approved, decided_on: 2026/4/1}
`

// langCase is one command line with bad input; every one must fail.
type langCase struct {
	name string
	args []string
	// stdout also holds messages (import reports its files there).
	checkStdout bool
}

// badInputCases returns command lines with bad input for every command
// of the tree (an unknown flag, every flag without its value, a value of
// the wrong type, a stray argument, a missing, empty or invalid register,
// a bad --as-of) and for the errors of particular commands (unknown
// commands, a locked register, site and workbook errors, bad output
// paths). dirs are the folders the cases use.
func badInputCases(t *testing.T, dirs langDirs) []langCase {
	var cases []langCase
	add := func(name string, args ...string) { cases = append(cases, langCase{name: name, args: args}) }
	// The arguments a command needs so that the flags are checked at all.
	needs := map[string][]string{
		"init":   {filepath.Join(dirs.tmp, "new-register")},
		"import": {dirs.notXLSX},
		// The questionnaire's own flags are right, so that the
		// register is read.
		"questionnaire": {"--kind", "contractor", "-o", filepath.Join(dirs.tmp, "q.xlsx")},
	}
	root := newRootCmd(&app{})
	localizeCommands(root, "ja")
	var walk func(c *cobra.Command)
	walk = func(c *cobra.Command) {
		for _, sub := range c.Commands() {
			walk(sub)
		}
		if !c.Runnable() || c == root || c.Name() == "help" {
			return
		}
		path := strings.Fields(c.CommandPath())[1:]
		cmd := func(extra ...string) []string {
			return slices.Concat(path, needs[c.Name()], extra)
		}
		add(c.CommandPath()+" unknown flag", cmd("--no-such-flag")...)
		add(c.CommandPath()+" unknown shorthand", cmd("-Z")...)
		add(c.CommandPath()+" stray argument", slices.Concat(path, []string{"stray-arg", "another"}, needs[c.Name()])...)
		if len(needs[c.Name()]) > 0 {
			add(c.CommandPath()+" missing argument", path...)
		}
		c.Flags().VisitAll(func(f *pflag.Flag) {
			if f.Name == "help" {
				return
			}
			if f.Value.Type() != "bool" {
				add(c.CommandPath()+" --"+f.Name+" without value", cmd("--"+f.Name)...)
			}
			switch f.Value.Type() {
			case "int", "int64", "uint", "duration", "float64", "bool":
				add(c.CommandPath()+" --"+f.Name+" bad value", cmd("--"+f.Name+"=not-a-value")...)
			}
		})
		// A command that would serve until stopped fails on the address.
		var addr []string
		if c.Flags().Lookup("addr") != nil {
			addr = []string{"--addr", "256.0.0.1:1"}
		}
		if c.Flags().Lookup("register") != nil {
			add(c.CommandPath()+" missing register", cmd(slices.Concat([]string{"--register", filepath.Join(dirs.tmp, "no-such-register")}, addr)...)...)
			add(c.CommandPath()+" folder without register.yaml", cmd(slices.Concat([]string{"--register", dirs.empty}, addr)...)...)
			add(c.CommandPath()+" invalid register", cmd(slices.Concat([]string{"--register", dirs.invalid}, addr)...)...)
		}
		if c.Flags().Lookup("as-of") != nil {
			add(c.CommandPath()+" bad --as-of", cmd("--register", dirs.valid, "--as-of", "2026-13-01")...)
			add(c.CommandPath()+" wareki --as-of", cmd("--register", dirs.valid, "--as-of", "R8.4.1")...)
		}
	}
	walk(root)

	add("unknown command", "no-such-command")
	add("misspelt command", "asess")
	add("unknown help topic", "help", "no-such-command")
	add("root unknown flag", "--no-such-flag")
	add("assess --format", "assess", "--register", dirs.valid, "--format", "yaml")
	add("assess --kind", "assess", "--register", dirs.valid, "--kind", "robot")
	add("assess --id", "assess", "--register", dirs.valid, "--id", "no-such-entry")
	add("check --fail-on", "check", "--register", dirs.valid, "--fail-on", "medium")
	add("due --within", "due", "--register", dirs.valid, "--within", "soon")
	add("due --format", "due", "--register", dirs.valid, "--format", "pdf")
	add("due --fiscal-year unknown era", "due", "--register", dirs.valid, "--fiscal-year", "X8")
	add("review --date wareki", "review", "--register", dirs.valid, "--entry", "x", "--reviewer-position", "p", "--reviewer", "r",
		"--outcome", "still-valid", "--reason", "r", "--date", "令和8年12月2日")
	add("rotation --format", "rotation", "--register", dirs.valid, "--format", "pdf")
	add("export --format", "export", "--register", dirs.valid, "--format", "pdf")
	add("export csv without -o", "export", "--register", dirs.valid, "--format", "csv")
	add("export -o folder", "export", "--register", dirs.valid, "-o", dirs.tmp)
	add("export -o in a missing folder", "export", "--register", dirs.valid, "-o", filepath.Join(dirs.tmp, "no", "such", "x.xlsx"))
	add("build -o not a site", "build", "--register", dirs.valid, "-o", dirs.notSite)
	add("build -o a file", "build", "--register", dirs.valid, "-o", dirs.notXLSX)
	add("build --workers", "build", "--register", dirs.valid, "--workers", "-1", "-o", filepath.Join(dirs.tmp, "site"))
	add("init not empty", "init", dirs.notSite)
	add("init on a file", "init", dirs.notXLSX)
	add("schema -o a file", "schema", "-o", dirs.notXLSX)
	add("questionnaire without --kind", "questionnaire", "--register", dirs.valid, "-o", filepath.Join(dirs.tmp, "q.xlsx"))
	add("questionnaire without -o", "questionnaire", "--register", dirs.valid, "--kind", "contractor")
	add("questionnaire -o txt", "questionnaire", "--register", dirs.valid, "--kind", "contractor", "-o", filepath.Join(dirs.tmp, "q.txt"))
	add("questionnaire --entry", "questionnaire", "--register", dirs.valid, "--kind", "contractor", "--entry", "no-such", "-o", filepath.Join(dirs.tmp, "q.xlsx"))
	add("questionnaire --deadline", "questionnaire", "--register", dirs.valid, "--kind", "contractor", "--deadline", "next week", "-o", filepath.Join(dirs.tmp, "q.xlsx"))
	add("questionnaire -o in a missing folder", "questionnaire", "--register", dirs.valid, "--kind", "contractor", "-o", filepath.Join(dirs.tmp, "no", "such", "q.xlsx"))
	add("self-check without --entry", "questionnaire", "--register", dirs.valid, "--kind", "contractor", "--self-check", "-o", filepath.Join(dirs.tmp, "q.xlsx"))
	add("import --entry", "import", "--register", dirs.valid, "--dry-run", "--entry", "no-such", dirs.notXLSX)
	cases = append(cases,
		langCase{name: "import a text file", args: []string{"import", "--register", dirs.valid, "--dry-run", dirs.notXLSX}, checkStdout: true},
		langCase{name: "import a missing file", args: []string{"import", "--register", dirs.valid, "--dry-run", filepath.Join(dirs.tmp, "missing.xlsx")}, checkStdout: true},
		langCase{name: "import into a locked register", args: []string{"import", "--register", dirs.locked, dirs.notXLSX}},
	)
	return cases
}

// langDirs are the folders and files the bad-input cases use.
type langDirs struct {
	tmp     string // a scratch folder
	valid   string // a copy of the example register
	invalid string // a register with problems
	empty   string // an empty folder
	locked  string // a valid register whose edit lock is held
	notSite string // a folder with a file, not a site
	notXLSX string // a text file named .xlsx
}

// TestMessagesInUserLanguage runs every command with bad input in
// Japanese (the default) and in English (--lang en). Every run must fail;
// in Japanese no line of stderr may be English only (Latin words and no
// Japanese, once quoted values, paths and flags are set aside), and in
// English no line may hold Japanese outside quoted values. It catches a
// message that was left in one language, or written as a "ja / en" pair.
func TestMessagesInUserLanguage(t *testing.T) {
	needExample(t)
	tmp := t.TempDir()
	dirs := langDirs{tmp: tmp, empty: filepath.Join(tmp, "empty"), notSite: filepath.Join(tmp, "not-site"),
		notXLSX: filepath.Join(tmp, "notes.xlsx")}
	for _, d := range []string{dirs.empty, dirs.notSite} {
		if err := os.MkdirAll(d, 0o755); err != nil {
			t.Fatal(err)
		}
	}
	if err := os.WriteFile(filepath.Join(dirs.notSite, "index.html"), []byte("hand-written\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(dirs.notXLSX, []byte("this is not a workbook\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	dirs.invalid = writeTxtar(t, invalidRegister)
	dirs.valid = copyExample(t)
	dirs.locked = copyExample(t)
	lock, err := store.Lock(dirs.locked, 0, nil)
	if err != nil {
		t.Fatal(err)
	}
	defer lock.Unlock()
	defer func(w time.Duration) { registerLockWait = w }(registerLockWait)
	registerLockWait = 0
	// Nothing a case might write lands in the package folder.
	t.Chdir(tmp)

	for _, tc := range badInputCases(t, dirs) {
		for _, lang := range []string{"ja", "en"} {
			args := tc.args
			if lang == "en" {
				// In front, so that a flag left without its value at
				// the end stays so.
				args = slices.Concat([]string{"--lang", "en"}, args)
			}
			code, stdout, stderr := runWithin(t, 30*time.Second, args)
			if code == 0 {
				t.Errorf("%s [%s] %q: exit 0, want a failure; stderr:\n%s", tc.name, lang, args, stderr)
				continue
			}
			if strings.TrimSpace(stderr) == "" && !tc.checkStdout {
				t.Errorf("%s [%s] %q: exit %d with nothing on stderr", tc.name, lang, args, code)
			}
			out := stderr
			if tc.checkStdout {
				out += stdout
			}
			if testing.Verbose() {
				t.Logf("%s [%s] exit %d:\n%s", tc.name, lang, code, out)
			}
			for _, line := range strings.Split(out, "\n") {
				if bad := wrongLanguage(lang, line); bad != "" {
					t.Errorf("%s [%s] %q: %s:\n  %s", tc.name, lang, args, bad, line)
				}
			}
		}
	}
}

// runWithin runs args in-process and fails the test if the command has
// not returned after d (a command that waits or serves on bad input).
func runWithin(t *testing.T, d time.Duration, args []string) (int, string, string) {
	t.Helper()
	type result struct {
		code           int
		stdout, stderr string
	}
	done := make(chan result, 1)
	go func() {
		code, o, e := execCLI(t, args...)
		done <- result{code, o, e}
	}()
	select {
	case r := <-done:
		return r.code, r.stdout, r.stderr
	case <-time.After(d):
		t.Fatalf("%q has not returned after %s", args, d)
		return 0, "", ""
	}
}

// copyExample copies the example register into a new temporary folder,
// without the entry cache that a run in the source tree may have left in
// it (tests build --register exampleRegister): every copy starts cold,
// whatever ran before.
func copyExample(t *testing.T) string {
	t.Helper()
	dir := t.TempDir()
	if err := os.CopyFS(dir, os.DirFS(exampleRegister)); err != nil {
		t.Fatal(err)
	}
	if err := os.RemoveAll(filepath.Join(dir, entrycache.Folder)); err != nil {
		t.Fatal(err)
	}
	return dir
}

var (
	// quoted are quoted values (Go's %q, 「」 and backquotes): the user's
	// own text, in whatever language.
	quoted = regexp.MustCompile("\"(?:[^\"\\\\]|\\\\.)*\"|「[^」]*」|`[^`]*`")
	// latinWord is a word of two or more Latin letters standing alone: not
	// part of a path, a flag, an address or an identifier.
	latinWord = regexp.MustCompile(`(?:^|[\s(（])([A-Za-z]{2,})(?:[\s,.;:!?)）]|$)`)
)

// japanese reports whether r is a Japanese letter or Japanese punctuation:
// the middle dot ・ too, which is of no script (unicode.Katakana lacks it).
func japanese(r rune) bool {
	return unicode.In(r, unicode.Hiragana, unicode.Katakana, unicode.Han) ||
		(r >= 0x3000 && r <= 0x303f) || (r >= 0xff01 && r <= 0xff60) || r == '・'
}

// wrongLanguage returns why line is not in lang, or "".
func wrongLanguage(lang, line string) string {
	rest := quoted.ReplaceAllString(line, `""`)
	// Paths, flags and file positions are not words of either language.
	var kept []string
	for _, f := range strings.Fields(rest) {
		if strings.ContainsAny(f, `/\`) || strings.HasPrefix(f, "-") || strings.HasPrefix(f, "[") {
			continue
		}
		kept = append(kept, f)
	}
	rest = strings.Join(kept, " ")
	hasJa := strings.IndexFunc(rest, japanese) >= 0
	if lang == "en" {
		if hasJa {
			return "Japanese in English mode"
		}
		return ""
	}
	if hasJa {
		return ""
	}
	if m := latinWord.FindStringSubmatch(rest); m != nil {
		return fmt.Sprintf("English only in Japanese mode (%q)", m[1])
	}
	return ""
}

// TestWrongLanguage checks the judge of TestMessagesInUserLanguage on lines
// it must pass and lines it must catch.
func TestWrongLanguage(t *testing.T) {
	tests := []struct {
		lang, line string
		bad        bool
	}{
		{"ja", `riskregister: unknown command "x" for "riskregister"`, true},
		{"ja", `riskregister assess: --bogus というフラグはありません`, false},
		{"ja", `--as-of: invalid date "x": want YYYY-MM-DD`, true},
		{"ja", `build: sitegen: write: open /x/y: permission denied`, true},
		{"ja", `contractors/acme.yaml:3:5: 課 "somu" がありません`, false},
		{"ja", `/tmp/x/contractors/acme.yaml`, false},
		{"ja", ``, false},
		{"ja", `  --register string   台帳のフォルダ`, false},
		{"en", `--kind: 種別 "x" は使えません / unknown kind "x"`, true},
		{"en", `no entry with id "x" in 総務課`, true},
		{"en", `no entry named "株式会社アクメ"`, false},
		{"en", `contractors/acme.yaml:3:5: unknown section "somu"`, false},
		{"en", `usage: riskregister init DIR [flags] (see riskregister init --help)`, false},
		{"en", `build: cannot write the site（x）`, true},
		{"en", `  External service x  residual risk Medium・Approve with conditions`, true},
	}
	for _, tc := range tests {
		if got := wrongLanguage(tc.lang, tc.line) != ""; got != tc.bad {
			t.Errorf("wrongLanguage(%s, %q) = %v, want %v", tc.lang, tc.line, got, tc.bad)
		}
	}
}
