package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/gikai-sec/riskregister/internal/entrycache"
	"github.com/gikai-sec/riskregister/riskassess"
	"github.com/google/go-cmp/cmp"
)

// TestErrorPathsFromWorkingDirectory: errors name files as the user can open
// them from the working directory, including catalogue settings in
// register.yaml, which the store cannot check, at their line and column.
func TestErrorPathsFromWorkingDirectory(t *testing.T) {
	root := writeTxtar(t, `
-- reg/register.yaml --
name: {ja: 見本市議会}
sections:
  - {id: somu, name: {ja: 総務課}}
people:
  - {id: yamada, name: {ja: 山田 花子}, section: somu}
requirements:
  disable: [SNS-18]
  override:
    - id: OUT-31
      weight: 5
    - id: OUT-99
      severity: high
-- reg/contractors/acme.yaml --
name: {ja: 株式会社アクメ}
legal_name: 株式会社アクメ
owner: {section: somu}
approval: {status: draft}
`)
	t.Chdir(root)

	// Catalogue settings: validate and every command that assesses.
	want := "reg/register.yaml:11:11: requirements.override[1].id: 要件 \"OUT-99\" はありません"
	for _, args := range [][]string{
		{"validate", "--register", "reg"},
		{"assess", "--register", "reg", "--as-of", "2026-11-27"},
		{"check", "--register", "reg", "--as-of", "2026-11-27"},
		{"questionnaire", "--register", "reg", "--kind", "contractor", "-o", "q.xlsx"},
	} {
		code, _, stderr := execCLI(t, args...)
		if code != 1 || !strings.HasPrefix(stderr, want) {
			t.Errorf("%s: exit %d, stderr %q; want exit 1 and a line starting %q", args[0], code, stderr, want)
		}
	}

	// A store error, through a register path with a folder.
	fixed, err := os.ReadFile("reg/register.yaml")
	if err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile("reg/register.yaml", []byte(strings.Replace(string(fixed), "OUT-99", "OUT-23", 1)), 0o644); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join("reg", "contractors", "acme.yaml"), []byte("name: {ja: 株式会社アクメ}\nlegal_name: 株式会社アクメ\nowner: {section: somu}\napproval: {status: draft}\nsertifications: []\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	// Japanese by default, English with --lang en.
	for _, tc := range []struct{ lang, want string }{
		{"ja", "reg/contractors/acme.yaml:5:1: 未知の項目 \"sertifications\" です（\"certifications\" の誤りではありませんか）\n"},
		{"en", "reg/contractors/acme.yaml:5:1: unknown field \"sertifications\" (did you mean \"certifications\"?)\n"},
	} {
		code, _, stderr := execCLI(t, "validate", "--register", "reg", "--lang", tc.lang)
		if diff := cmp.Diff(tc.want, stderr); code != 1 || diff != "" {
			t.Errorf("--lang %s: exit %d; stderr mismatch (-want +got):\n%s", tc.lang, code, diff)
		}
	}
	code, _, stderr := execCLI(t, "validate", "--register", "reg")
	if !strings.Contains(stderr, "未知の項目") {
		t.Errorf("default language: stderr %q, want the Japanese message", stderr)
	}
	// With the default --register "." the path stays as the store gives it.
	t.Chdir("reg")
	code, _, stderr = execCLI(t, "validate")
	if !strings.HasPrefix(stderr, "contractors/acme.yaml:5:1: ") || code != 1 {
		t.Errorf("--register .: exit %d, stderr %q", code, stderr)
	}
}

// TestUnknownRequirementReferences: a contract clause or an answer that names
// an id the catalogue lacks would silently stop counting; validate and check
// report it at its line and column.
func TestUnknownRequirementReferences(t *testing.T) {
	dir := writeTxtar(t, `
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
approval: {status: draft}
contracts:
  - id: c1
    scope: 保守
    clauses:
      - {requirement: OUT-10, article: 第3条}
      - {requirement: OUT-99, article: 第4条}
answers:
  Q-OUT-01: {value: "yes"}
  Q-XYZ-1: {value: "yes"}
`)
	want := dir + "/contractors/acme.yaml:10:23: contracts[0].clauses[1].requirement: unknown requirement \"OUT-99\"; use a requirement id from docs/catalog.md\n" +
		dir + "/contractors/acme.yaml:13:12: answers.Q-XYZ-1: no question \"Q-XYZ-1\" for this kind; check the question id (Q- and a requirement id)\n"
	for _, args := range [][]string{{"validate"}, {"check", "--as-of", "2026-11-27"}} {
		code, _, stderr := execCLI(t, append(args, "--register", dir, "--lang", "en")...)
		if diff := cmp.Diff(want, stderr); code != 1 || diff != "" {
			t.Errorf("%s: exit %d; stderr mismatch (-want +got):\n%s", args[0], code, diff)
		}
	}
}

// TestLoadRegisterFolderError: an error about the register folder itself
// names the --register folder once, in the language asked for.
func TestLoadRegisterFolderError(t *testing.T) {
	dir := filepath.ToSlash(filepath.Join(t.TempDir(), "nonexistent"))
	for _, tc := range []struct{ lang, want string }{
		{"ja", dir + ": 台帳フォルダを開けません: "},
		{"en", dir + ": cannot open the register folder: "},
	} {
		code, _, stderr := execCLI(t, "validate", "--register", dir, "--lang", tc.lang)
		if code != 1 || !strings.HasPrefix(stderr, tc.want) || strings.Count(stderr, "\n") != 1 {
			t.Errorf("--lang %s: exit %d, stderr %q; want exit 1 and one line starting %q", tc.lang, code, stderr, tc.want)
		}
	}
}

// TestFileErrorsInUserLanguage: a missing input file or output folder is
// reported in the user's language, not as a raw Go error.
func TestFileErrorsInUserLanguage(t *testing.T) {
	dir := writeTxtar(t, `
-- register.yaml --
name: {ja: 見本市議会}
sections:
  - {id: somu, name: {ja: 総務課}}
people:
  - {id: yamada, name: {ja: 山田 花子}, section: somu}
`)
	missing := filepath.Join(t.TempDir(), "nofile.xlsx")
	for _, tc := range []struct {
		lang, out, summary string
	}{
		{"ja", "エラー: ファイルまたはフォルダがありません", "1 / 1 件のファイルにエラーがあり、記録していません（記録 0 件）\n"},
		{"en", "error: no such file or folder", "1 of 1 files had errors and were not recorded (0 recorded)\n"},
	} {
		code, stdout, stderr := execCLI(t, "import", "--register", dir, "--lang", tc.lang, missing)
		if code != 1 || !strings.Contains(stdout, tc.out) || stderr != tc.summary {
			t.Errorf("import --lang %s: exit %d\nstdout %q\nstderr %q\nwant %q and %q", tc.lang, code, stdout, stderr, tc.out, tc.summary)
		}
	}
	out := filepath.Join(t.TempDir(), "no", "such", "q.xlsx")
	code, _, stderr := execCLI(t, "questionnaire", "--register", dir, "--kind", "contractor", "--return-to", "総務課", "-o", out)
	if code != 1 || stderr != out+": 書き込めません（ファイルまたはフォルダがありません）\n" {
		t.Errorf("questionnaire into a missing folder: exit %d, stderr %q", code, stderr)
	}
}

// TestEntryCacheWiring checks that the commands keep the entry cache in
// the register folder, that --no-cache neither reads nor writes it, and
// that a damaged cache changes nothing in what validate says.
func TestEntryCacheWiring(t *testing.T) {
	dir := filepath.Join(t.TempDir(), "reg")
	if code, _, errOut := execCLI(t, "init", dir); code != 0 {
		t.Fatalf("init: exit %d, stderr %q", code, errOut)
	}
	cache := filepath.Join(dir, ".riskregister-cache")
	code, want, wantErr := execCLI(t, "validate", "--no-cache", "--register", dir)
	if code != 0 {
		t.Fatalf("validate --no-cache: exit %d, stderr %q", code, wantErr)
	}
	if _, err := os.Stat(cache); !os.IsNotExist(err) {
		t.Fatalf("validate --no-cache wrote %s (%v)", cache, err)
	}
	for _, step := range []string{"first run", "from the cache", "damaged cache"} {
		if step == "damaged cache" {
			p := filepath.Join(cache, "entries-v2.bin")
			b, err := os.ReadFile(p)
			if err != nil {
				t.Fatal(err)
			}
			b[len(b)/2] ^= 0x20
			if err := os.WriteFile(p, b, 0o644); err != nil {
				t.Fatal(err)
			}
		}
		code, out, errOut := execCLI(t, "validate", "--register", dir)
		if code != 0 || out != want || errOut != wantErr {
			t.Errorf("%s: exit %d, stdout %q, stderr %q; want 0, %q, %q", step, code, out, errOut, want, wantErr)
		}
		if _, err := os.Stat(filepath.Join(cache, "entries-v2.bin")); err != nil {
			t.Errorf("%s: no entry cache: %v", step, err)
		}
	}
}

// TestOversizedCacheFile: a cache file larger than entrycache reads (a
// damaged or foreign file; here a sparse one of 4 GiB and of 1 TiB) costs
// assess and check their speed, as any invalid cache does, and changes
// nothing in what they print. assess and check used to give ten times its
// size to hugeheap.Advise, whose allocation the system refused: "fatal
// error: runtime: out of memory", exit 2, on every run until the cache
// was deleted.
func TestOversizedCacheFile(t *testing.T) {
	dir := filepath.Join(t.TempDir(), "reg")
	if code, _, errOut := execCLI(t, "init", dir); code != 0 {
		t.Fatalf("init: exit %d, stderr %q", code, errOut)
	}
	p := filepath.Join(dir, entrycache.Folder, "entries-v2.bin")
	for _, cmd := range []string{"assess", "check"} {
		wantCode, want, wantErr := execCLI(t, cmd, "--no-cache", "--register", dir)
		for _, size := range []int64{4 << 30, 1 << 40} {
			if code, _, errOut := execCLI(t, cmd, "--register", dir); code != wantCode {
				t.Fatalf("%s: exit %d, stderr %q", cmd, code, errOut)
			}
			if err := os.Truncate(p, size); err != nil {
				t.Skip("no sparse file here:", err)
			}
			code, out, errOut := execCLI(t, cmd, "--register", dir)
			if code != wantCode || out != want || errOut != wantErr {
				t.Errorf("%s with a cache file of %d bytes: exit %d, stdout %q, stderr %q; want %d, %q, %q",
					cmd, size, code, out, errOut, wantCode, want, wantErr)
			}
		}
	}
}

// TestNotARegisterLeavesNothing: a command run on a folder without
// register.yaml is refused (exit 1) and writes nothing into it. It used to
// leave .riskregister-cache/ (every command) and .riskregister.lock (lists
// import, import, review, round) in, say, the Downloads folder.
func TestNotARegisterLeavesNothing(t *testing.T) {
	for _, args := range [][]string{
		{"validate"},
		{"export", "-o", filepath.Join(t.TempDir(), "x.xlsx")},
		{"lists", "import", "ismap", filepath.Join(t.TempDir(), "list.csv"), "--date", "2026-11-01"},
		{"review", "--entry", "acme", "--reviewer-position", "kacho", "--reviewer", "yamada", "--outcome", "still-valid", "--reason", "x"},
	} {
		dir := t.TempDir()
		code, _, errOut := execCLI(t, append(args, "--register", dir)...)
		if code != 1 {
			t.Errorf("%q: exit %d, want 1; stderr %q", args, code, errOut)
		}
		if ents, _ := os.ReadDir(dir); len(ents) != 0 {
			t.Errorf("%q: refused, yet left %s in the folder", args, ents[0].Name())
		}
	}
}

// TestTodayInJapan: the default as-of date is the day in Japan wherever the
// tool runs. A CI runner on UTC at 08:30 JST on 2026-12-05 (23:30 UTC on
// the 4th) must not see an approval that ended on the 4th as in force.
func TestTodayInJapan(t *testing.T) {
	pst := time.FixedZone("PST", -8*60*60)
	tests := []struct {
		now  time.Time
		want riskassess.Date
	}{
		{time.Date(2026, 12, 4, 23, 30, 0, 0, time.UTC), riskassess.NewDate(2026, 12, 5)},
		{time.Date(2026, 12, 4, 14, 59, 0, 0, time.UTC), riskassess.NewDate(2026, 12, 4)},
		{time.Date(2026, 12, 4, 15, 0, 0, 0, time.UTC), riskassess.NewDate(2026, 12, 5)},
		{time.Date(2026, 12, 4, 7, 0, 0, 0, pst), riskassess.NewDate(2026, 12, 5)},
		{time.Date(2026, 3, 31, 23, 59, 0, 0, time.FixedZone("JST", 9*60*60)), riskassess.NewDate(2026, 3, 31)},
	}
	for _, tt := range tests {
		if got := today(tt.now); got != tt.want {
			t.Errorf("today(%s) = %s, want %s", tt.now.Format(time.RFC3339), got, tt.want)
		}
	}
}
