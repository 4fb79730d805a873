package load

import (
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/gikai-sec/riskregister/riskassess"
	"github.com/gikai-sec/riskregister/riskassess/catalog"
	"github.com/gikai-sec/riskregister/riskassess/problem"
	"github.com/google/go-cmp/cmp"
	"golang.org/x/tools/txtar"
)

// writeTxtar writes the files of a txtar archive into a new temporary
// folder and returns it.
func writeTxtar(t testing.TB, archive string) string {
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

// validRegister is a small valid register.
const validRegister = `
-- register.yaml --
name: {ja: 見本市議会}
sections:
  - {id: somu, name: {ja: 総務課}}
positions:
  - {id: kacho, title: {ja: 課長}}
people:
  - {id: yamada, name: {ja: 山田 花子}, section: somu, position: kacho}
-- contractors/acme.yaml --
name: {ja: 株式会社アクメ}
legal_name: 株式会社アクメ
owner: {section: somu}
approval: {status: approved, approver: kacho, decided_on: 2026-04-01}
contracts:
  - id: k1
    scope: 保守
    clauses:
      - {requirement: OUT-09}
answers:
  Q-OUT-01: {value: "yes"}
`

// problemRow is what the table tests compare: the place, path and code of
// a problem and the start of its English message.
type problemRow struct {
	Pos, Path, Code string
}

func rows(ps problem.List) []problemRow {
	out := make([]problemRow, len(ps))
	for i, p := range ps {
		out[i] = problemRow{p.Position(), p.Path, p.Code}
	}
	return out
}

func TestDirValid(t *testing.T) {
	dir := writeTxtar(t, validRegister)
	res, err := Dir(dir)
	if err != nil {
		t.Fatalf("Dir: %v", err)
	}
	if !res.Valid() || len(res.Problems) != 0 || res.Omitted != 0 {
		t.Fatalf("valid register: %+v", res)
	}
	if len(res.Register.Contractors) != 1 || len(res.Requirements) == 0 {
		t.Fatalf("register %d contractors, %d requirements", len(res.Register.Contractors), len(res.Requirements))
	}
	if _, err := (riskassess.Scorer{Blockers: res.Blockers}).AssessAll(res.Register, res.Requirements, riskassess.NewDate(2026, 11, 27)); err != nil {
		t.Fatalf("AssessAll with the requirements and blockers of Dir: %v", err)
	}
}

// TestDirAllAtOnce: every kind of problem — decoding, store references,
// catalogue settings, requirement and question ids — is listed in one run,
// each at its line and column with its field path and code. Before the
// front door the requirement references were reported only once every
// other error was fixed, and build and assess accepted OUT-99.
func TestDirAllAtOnce(t *testing.T) {
	dir := writeTxtar(t, `
-- register.yaml --
name: {ja: 見本市議会}
sections:
  - {id: somu, name: {ja: 総務課}}
requirements:
  disable: [SNS-99]
  override:
    - {id: OUT-09, severity: severe}
-- contractors/acme.yaml --
name: {ja: 株式会社アクメ}
legal_name: 株式会社アクメ
owner: {section: soumu}
approval: {status: approved}
sertifications: []
contracts:
  - id: k1
    scope: 保守
    clauses:
      - {requirement: OUT-99}
      - {requirement: SNS-01}
answers:
  Q-OUT-999: {value: "yes"}
-- services/box.yaml --
name: {ja: Box}
owner: {section: somu}
approval: {status: approved}
provider: {contractor: box-japan}
contract_type: terms
delivery: saas
`)
	res, err := Dir(dir)
	if !errors.Is(err, ErrInvalid) {
		t.Fatalf("Dir: err %v, want ErrInvalid", err)
	}
	var ie *InvalidError
	if !errors.As(err, &ie) || len(ie.Problems) != len(res.Problems) {
		t.Fatalf("Dir: err %T %v", err, err)
	}
	want := []problemRow{
		{"contractors/acme.yaml:3:18", "owner.section", "dangling-ref"},
		{"contractors/acme.yaml:5:1", "sertifications", "unknown-field"},
		{"contractors/acme.yaml:10:23", "contracts[0].clauses[0].requirement", "unknown-requirement"},
		{"contractors/acme.yaml:11:23", "contracts[0].clauses[1].requirement", "requirement-not-applicable"},
		{"contractors/acme.yaml:13:14", "answers.Q-OUT-999", "unknown-question"},
		{"register.yaml:5:13", "requirements.disable[0]", "bad-setting"},
		{"register.yaml:7:30", "requirements.override[0].severity", "bad-enum"},
		{"services/box.yaml:4:24", "provider.contractor", "dangling-ref"},
	}
	if diff := cmp.Diff(want, rows(res.Problems)); diff != "" {
		t.Errorf("problems (-want +got):\n%s\n%s", diff, strings.Join(res.Lines("en", nil), "\n"))
	}
	for _, p := range res.Problems {
		if p.Msg.Ja == "" || p.Msg.En == "" || p.Msg.Ja == p.Msg.En || p.Warning {
			t.Errorf("%s: want an error with a Japanese and an English message, got %+v", p.Position(), p)
		}
	}
	if res.Requirements != nil {
		t.Errorf("invalid settings: Requirements = %d, want nil", len(res.Requirements))
	}
	// The lines a command prints, Japanese by default.
	lines := res.Lines("ja", func(f string) string { return "reg/" + f })
	if got, want := lines[2], `reg/contractors/acme.yaml:10:23: contracts[0].clauses[0].requirement: 要件 "OUT-99" はカタログにありません。docs/catalog.md の要件IDを指定してください`; got != want {
		t.Errorf("line 3:\n got %s\nwant %s", got, want)
	}
	if got, want := err.Error(), strings.Join(res.Lines("en", nil), "\n"); got != want {
		t.Errorf("Error() = %q, want the English lines %q", got, want)
	}
}

// TestDirSettingsValidRefsChecked: with valid settings, an organisation's
// own requirement is a valid clause, and a disabled one may still be cited.
func TestDirOwnRequirement(t *testing.T) {
	reg := strings.Replace(validRegister, "people:", `requirements:
  disable: [OUT-10]
  add:
    - id: ORG-01
      kinds: [contractor]
      title: {ja: 独自の要件}
      severity: low
      attested_by: vendor
      question: {id: Q-ORG-01, type: yesno, text: {ja: 独自の質問}}
people:`, 1)
	reg = strings.Replace(reg, "      - {requirement: OUT-09}\n", "      - {requirement: OUT-09}\n      - {requirement: ORG-01}\n      - {requirement: OUT-10}\n", 1)
	res, err := Dir(writeTxtar(t, reg))
	if err != nil {
		t.Fatalf("Dir: %v", err)
	}
	if len(res.Problems) != 0 {
		t.Errorf("problems: %v", res.Lines("en", nil))
	}
	// A bad setting elsewhere: the own requirement is still known to the
	// reference check, which runs in the same pass.
	bad := strings.Replace(reg, "disable: [OUT-10]", "disable: [OUT-10, NOPE-1]", 1)
	bad = strings.Replace(bad, "{requirement: ORG-01}", "{requirement: ORG-02}", 1)
	res, _ = Dir(writeTxtar(t, bad))
	want := []problemRow{
		{"contractors/acme.yaml:10:23", "contracts[0].clauses[1].requirement", "unknown-requirement"},
		{"register.yaml:7:21", "requirements.disable[1]", "bad-setting"},
	}
	if diff := cmp.Diff(want, rows(res.Problems)); diff != "" {
		t.Errorf("(-want +got):\n%s\n%s", diff, strings.Join(res.Lines("en", nil), "\n"))
	}
}

// TestDirFolder: a folder that cannot be read gives one problem at "." and
// no register.
func TestDirFolder(t *testing.T) {
	res, err := Dir(filepath.Join(t.TempDir(), "nope"))
	if err == nil || res.Register != nil || res.Valid() {
		t.Fatalf("missing folder: %+v, %v", res, err)
	}
	if diff := cmp.Diff([]problemRow{{".", "", "io"}}, rows(res.Problems)); diff != "" {
		t.Errorf("(-want +got):\n%s", diff)
	}
}

// TestDirCap: the list holds at most MaxProblems problems plus the
// too-many lines that say where a file's list was cut, and the last line
// counts the rest, for unknown keys (one file), broken store references
// and unknown requirement ids (many entries).
func TestDirCap(t *testing.T) {
	for _, tc := range []struct {
		name  string
		files map[string]string
		// wantOmitted is the exact number left out; wantTooMany the
		// too-many problems.
		wantOmitted, wantTooMany int
	}{
		{
			name: "unknown keys in one file",
			files: map[string]string{"contractors/big.yaml": func() string {
				var b strings.Builder
				b.WriteString("name: {ja: x}\n")
				for i := range 5000 {
					fmt.Fprintf(&b, "key%d: x\n", i)
				}
				return b.String()
			}()},
			wantOmitted: 0, wantTooMany: 1,
		},
		{
			name: "unknown requirements in many entries",
			files: func() map[string]string {
				m := map[string]string{}
				for i := range 150 {
					m[fmt.Sprintf("contractors/c%03d.yaml", i)] = "name: {ja: x}\nlegal_name: x\nowner: {section: somu}\napproval: {status: draft}\n" +
						"contracts: [{id: k1, scope: x, clauses: [{requirement: OUT-99}, {requirement: OUT-98}]}]\n"
				}
				return m
			}(),
			// 300 unknown ids, MaxProblems+1 collected, the rest counted.
			wantOmitted: 200, wantTooMany: 0,
		},
		{
			name: "dangling people",
			files: map[string]string{"social/x.yaml": func() string {
				var b strings.Builder
				b.WriteString("name: {ja: x}\nplatform: x\nhandle: '@x'\nurl: https://x.example/x\nstatus: active\nowner: {section: somu}\nresponsible: {section: somu}\napproval: {status: draft}\noperators:\n")
				for i := range 3000 {
					fmt.Fprintf(&b, "  - p%d\n", i)
				}
				return b.String()
			}()},
			// The store stops after 100 and marks the cut.
			wantOmitted: 0, wantTooMany: 1,
		},
	} {
		t.Run(tc.name, func(t *testing.T) {
			dir := writeTxtar(t, validRegister)
			for name, body := range tc.files {
				p := filepath.Join(dir, filepath.FromSlash(name))
				os.MkdirAll(filepath.Dir(p), 0o755)
				if err := os.WriteFile(p, []byte(body), 0o644); err != nil {
					t.Fatal(err)
				}
			}
			res, err := Dir(dir)
			if err == nil {
				t.Fatal("Dir: no error")
			}
			tooMany := 0
			for _, p := range res.Problems {
				if p.Code == "too-many" {
					tooMany++
				}
			}
			if len(res.Problems)-tooMany > MaxProblems || tooMany != tc.wantTooMany || res.Omitted != tc.wantOmitted {
				t.Errorf("%d problems (%d too-many), %d omitted; want at most %d + %d too-many, %d omitted",
					len(res.Problems), tooMany, res.Omitted, MaxProblems, tc.wantTooMany, tc.wantOmitted)
			}
			lines := res.Lines("en", nil)
			if tc.wantOmitted > 0 {
				if last := lines[len(lines)-1]; last != OmittedLine("en", tc.wantOmitted) {
					t.Errorf("last line %q, want %q", last, OmittedLine("en", tc.wantOmitted))
				}
			}
		})
	}
}

// TestDirValues feeds every case of riskassess/store/testdata/values.tsv
// (each closed-vocabulary field, countries, 和暦 and impossible dates,
// control characters, links) through the front door: each must be the
// register's only problem, at the value's line and column, with its field
// path, code and the exact replacement the message proposes.
func TestDirValues(t *testing.T) {
	b, err := os.ReadFile("../store/testdata/values.tsv")
	if err != nil {
		t.Fatal(err)
	}
	unesc := strings.NewReplacer(`\\`, `\`, `\n`, "\n", `\t`, "\t")
	// The rest of each file, unless the case writes the key itself.
	base := map[string][]string{
		"contractors/x.yaml": {"name: {ja: アクメ}\n", "legal_name: アクメ株式会社\n", "owner: {section: somu}\n", "approval: {status: approved}\n"},
		"services/x.yaml": {"name: {ja: Box}\n", "owner: {section: somu}\n", "approval: {status: approved}\n", "provider: {name: Box}\n",
			"contract_type: terms\n", "delivery: saas\n"},
		"social/x.yaml": {"name: {ja: 議会X}\n", "owner: {section: somu}\n", "approval: {status: approved}\n", "platform: x\n", "handle: gikai\n",
			"url: https://x.com/gikai\n", "status: active\n", "responsible: {section: somu}\n"},
	}
	const register = "name: {ja: 見本市議会}\nsections:\n  - {id: somu, name: {ja: 総務課}}\npositions:\n  - {id: kacho, title: {ja: 課長}}\n" +
		"people:\n  - {id: tanaka, name: {ja: 田中 一郎}, section: somu, position: kacho}\n"
	n := 0
	for i, line := range strings.Split(strings.TrimSuffix(string(b), "\n"), "\n") {
		if strings.HasPrefix(line, "#") {
			continue
		}
		f := strings.Split(line, "\t")
		if len(f) != 7 {
			t.Fatalf("values.tsv:%d: %d fields", i+1, len(f))
		}
		field, file, own, value, code, repl := f[0], f[1], strings.Replace(unesc.Replace(f[2]), "%s", f[3], 1), f[3], f[4], f[5]
		if repl == "-" {
			repl = ""
		}
		n++
		t.Run(field+"="+value, func(t *testing.T) {
			text := register + own
			if file != "register.yaml" {
				text = ""
				for _, b := range base[file] {
					key, _, _ := strings.Cut(b, ":")
					if !strings.HasPrefix(own, key+":") && !strings.Contains(own, "\n"+key+":") {
						text += b
					}
				}
				text += own
			}
			at := strings.Index(text, own) + strings.Index(own, value)
			pos := fmt.Sprintf("%s:%d:%d", file, strings.Count(text[:at], "\n")+1,
				len([]rune(text[strings.LastIndex(text[:at], "\n")+1:at]))+1)
			archive := "-- " + file + " --\n" + text
			if file != "register.yaml" {
				archive = "-- register.yaml --\n" + register + archive
			}
			res, err := Dir(writeTxtar(t, archive))
			if !errors.Is(err, ErrInvalid) || len(res.Problems) != 1 {
				t.Fatalf("Dir: %v; want one %s", err, code)
			}
			p := res.Problems[0]
			// The field path names list items by index: contracts[0].segments[0].
			wantPath := strings.ReplaceAll(field, "[]", "[0]")
			type row struct{ Pos, Path, Code, Replacement string }
			if diff := cmp.Diff(row{pos, wantPath, code, repl}, row{p.Position(), p.Path, p.Code, p.Replacement}); diff != "" {
				t.Errorf("(-want +got):\n%s\n%s", diff, p.Msg.En)
			}
			if repl != "" && (!strings.Contains(p.Msg.Ja, repl) || !strings.Contains(p.Msg.En, repl)) {
				t.Errorf("message %q / %q does not give the replacement %q", p.Msg.Ja, p.Msg.En, repl)
			}
		})
	}
	if n < 40 {
		t.Errorf("only %d cases in values.tsv", n)
	}
}

// TestDirEverythingDisabled: a register that disables every requirement
// has nothing to be assessed against; the front door says so, instead of
// validate accepting it and every other command failing in AssessAll.
func TestDirEverythingDisabled(t *testing.T) {
	var ids []string
	for _, r := range catalog.Default() {
		ids = append(ids, r.ID)
	}
	reg := strings.Replace(validRegister, "people:", "requirements:\n  disable: ["+strings.Join(ids, ", ")+"]\npeople:", 1)
	res, err := Dir(writeTxtar(t, reg))
	if err == nil || res.Requirements != nil {
		t.Fatalf("Dir: %d requirements, %v; want an error", len(res.Requirements), err)
	}
	want := []problemRow{{"register.yaml:7:12", "requirements.disable", "bad-setting"}}
	if diff := cmp.Diff(want, rows(res.Problems)); diff != "" {
		t.Errorf("(-want +got):\n%s\n%s", diff, strings.Join(res.Lines("en", nil), "\n"))
	}
}

// TestFSIsDir: the front door gives the same result for a register in an
// fs.FS (a git revision) as for the folder: the same problems at the same
// places, the same register and catalogue.
func TestFSIsDir(t *testing.T) {
	bad := strings.Replace(validRegister, "people:", "requirements:\n  disable: [NOPE-1]\npeople:", 1) +
		"-- contractors/beta.yaml --\nname: {ja: ベータ}\nlegal_name: ベータ\nowner: {section: soumu}\napproval: {status: approved}\n" +
		"answers: {Q-NOPE: {value: \"yes\"}}\n"
	for name, archive := range map[string]string{"valid": validRegister, "invalid": bad} {
		t.Run(name, func(t *testing.T) {
			dir := writeTxtar(t, archive)
			want, wantErr := Dir(dir)
			got, gotErr := FS(os.DirFS(dir))
			if (wantErr == nil) != (gotErr == nil) {
				t.Fatalf("Dir: %v; FS: %v", wantErr, gotErr)
			}
			if name == "invalid" && len(want.Problems) < 3 {
				t.Fatalf("the test register has %d problems, want at least 3", len(want.Problems))
			}
			if diff := cmp.Diff(want.Lines("ja", nil), got.Lines("ja", nil)); diff != "" {
				t.Errorf("problems (-Dir +FS):\n%s", diff)
			}
			if diff := cmp.Diff(want.Register, got.Register); diff != "" {
				t.Errorf("register (-Dir +FS):\n%s", diff)
			}
			if len(want.Requirements) != len(got.Requirements) {
				t.Errorf("requirements: %d by Dir, %d by FS", len(want.Requirements), len(got.Requirements))
			}
		})
	}
}

// TestDirOverrideDisabled: a requirement both overridden and disabled in
// register.yaml is refused at the override's id, file:line:col, code
// bad-setting; before, the register loaded and the override had no effect.
func TestDirOverrideDisabled(t *testing.T) {
	reg := strings.Replace(validRegister, "people:", `requirements:
  disable: [OUT-10]
  override:
    - id: OUT-10
      weight: 5
people:`, 1)
	res, _ := Dir(writeTxtar(t, reg))
	var got []problemRow
	for _, r := range rows(res.Problems) {
		if r.Code == catalog.CodeBadSetting {
			got = append(got, r)
		}
	}
	want := []problemRow{{"register.yaml:9:11", "requirements.override[0].id", "bad-setting"}} // the OUT-10 of "- id: OUT-10"
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("(-want +got):\n%s\n%s", diff, strings.Join(res.Lines("en", nil), "\n"))
	}
}
