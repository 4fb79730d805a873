package main

import (
	"github.com/xuri/excelize/v2"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"

	"github.com/gikai-sec/riskregister/riskassess"
	"github.com/google/go-cmp/cmp"
)

// TestRespondentMismatchNamedProvider: a service whose provider is given
// by provider.name and provider.corporate_number (not a registered
// contractor) took a workbook whose cover named another company's 法人番号
// without a word; import now refuses it as it does for a contractor. A
// cover whose 法人番号 holds the company name (no digit) was taken for a
// blank one, and the workbook recorded in whichever entry its metadata
// named; it is refused, naming the cell.
func TestRespondentMismatchNamedProvider(t *testing.T) {
	s := &riskassess.Service{Common: riskassess.Common{ID: "forms"}, Provider: riskassess.Provider{Name: "株式会社フォーム", CorporateNumber: "1010401000002"}}
	noNumber := &riskassess.Service{Common: riskassess.Common{ID: "plain"}, Provider: riskassess.Provider{Name: "株式会社プレーン"}}
	reg := &riskassess.Register{Services: []*riskassess.Service{s, noNumber}}
	type out struct {
		Refused bool
		Lacking []string // fragments the message should hold but does not
	}
	for _, tt := range []struct {
		name  string
		entry *riskassess.Service
		cover string
		want  []string // fragments of the refusal; nil for no refusal
		// company is the cover's 会社名: "" for the entry's (株式会社フォーム),
		// " " for none.
		company string
	}{
		{"another company's number", s, "2010401000001", []string{"表紙の法人番号 2010401000001 は、", "1010401000002"}, ""},
		{"the company name over the number", s, "株式会社ベータ", []string{"表紙!B16: ", "「株式会社ベータ」", "1010401000002", "何も記録していません"}, ""},
		{"a word over the number", s, "なし", []string{"表紙!B16: ", "「なし」"}, ""},
		{"kanji numerals (refused: read as no number)", s, "一〇一〇四〇一〇〇〇〇〇二", []string{"表紙!B16: ", "1010401000002"}, ""},
		{"the company name with a short number", s, "株式会社ベータ 2 号", []string{"表紙の法人番号 株式会社ベータ 2 号 は、"}, ""},
		{"the company name and the provider's number", s, "株式会社フォーム 1010401000002", nil, ""},
		{"the provider's number", s, "1010401000002", nil, ""},
		{"the provider's number, full-width with a hyphen", s, "１０１０４０１-０００００２", nil, ""},
		{"no number on the cover", s, "", nil, ""},
		{"spaces alone on the cover", s, "  ", nil, ""},
		{"no number, the company name written otherwise", s, "", nil, "㈱フォーム"},
		// The number cleared and another company's name (or none) on
		// the cover: was recorded in the entry its metadata named.
		{"no number, another company's name", s, "", []string{"表紙!B16: ", "会社名「株式会社ベータ」", "1010401000002", "何も記録していません"}, "株式会社ベータ"},
		{"no number, no company name", s, "", []string{"表紙!B16: ", "会社名「」"}, " "},
		{"no number, the register has none either", noNumber, "", nil, "株式会社ベータ"},
		{"text over the number, the register has none", noNumber, "株式会社プレーン", nil, ""},
		// The provider's number and another company's name: a vendor
		// answering a questionnaire sent to another by mistake typed its
		// name over the pre-filled one; was recorded as the provider's.
		{"the number, another company's name", s, "1010401000002", []string{"表紙!B15: ", "会社名「ベータ保守株式会社」", "「株式会社フォーム」と違います", "1010401000002 は一致", "何も記録していません"}, "ベータ保守株式会社"},
		{"the number, a name in English", s, "1010401000002", []string{"表紙!B15: ", "会社名「Forms Inc.」"}, "Forms Inc."},
		// Read as before: the name written otherwise.
		{"the number, ㈱ for 株式会社", s, "1010401000002", nil, "㈱フォーム"},
		{"the number, （株） behind", s, "1010401000002", nil, "フォーム（株）"},
		{"the number, the legal form in front and behind swapped", s, "1010401000002", nil, "フォーム株式会社"},
		{"the number, full-width and spaces", s, "1010401000002", nil, "株式会社　フォーム"},
		{"the number, a department after the name", s, "1010401000002", nil, "株式会社フォーム 営業部"},
		{"the number, no company name", s, "1010401000002", nil, " "},
		// Read, though it may be another company: a name holding the
		// registered one (a subsidiary, フォーム保守 for フォーム) cannot be
		// told from a department or branch written after it.
		{"the number, a name holding the registered one", s, "1010401000002", nil, "株式会社フォーム保守"},
		{"another number and another name: the number's message", s, "2010401000001", []string{"表紙の法人番号 2010401000001 は、"}, "ベータ保守株式会社"},
		{"text over the number, the register has none, another name", noNumber, "", nil, "ベータ保守株式会社"},
	} {
		t.Run(tt.name, func(t *testing.T) {
			company := tt.company
			switch company {
			case "":
				company = "株式会社フォーム"
			case " ":
				company = ""
			}
			got := respondentMismatch(reg, tt.entry, riskassess.Respondent{Company: company, CorporateNumber: tt.cover}, "表紙!B16", "表紙!B15", "ja")
			res := out{Refused: got != ""}
			for _, w := range tt.want {
				if !strings.Contains(got, w) {
					res.Lacking = append(res.Lacking, w)
				}
			}
			if d := cmp.Diff(out{Refused: tt.want != nil}, res); d != "" {
				t.Errorf("(-want +got):\n%s\n%s", d, got)
			}
		})
	}
	// A workbook without a 法人番号 field (a self-check, a foreign
	// questionnaire: at is "") is not asked for one.
	for _, c := range []string{"", "Forms Inc."} {
		if got := respondentMismatch(reg, s, riskassess.Respondent{Company: c}, "", "", "ja"); got != "" {
			t.Errorf("no 法人番号 field, company %q: refused: %s", c, got)
		}
	}
}

// TestImportCorporateNumberOverwritten: vendor A's questionnaire whose
// _meta names contractor beta and whose 法人番号 on the cover the vendor
// overwrote with its company name, or cleared, was recorded in beta (exit
// 0; at most a warning of a bad corporate number): the cover was taken for
// one without a number, which cannot be compared. It is refused (exit 1)
// naming the cell, and nothing is recorded. A number cleared on acme's own
// questionnaire, whose company name is acme's, is recorded as before.
func TestImportCorporateNumberOverwritten(t *testing.T) {
	reg := withCorporateNumber(t, qRegister, "アクメ情報システム株式会社", "2010401000001")
	reg = withCorporateNumber(t, reg, "ベータ保守株式会社", "1010401000002")
	type out struct {
		Code    int
		Lacking []string
		Changed bool // the entry's file changed
	}
	for _, tc := range []struct {
		name   string
		forge  string // the entry _meta is made to name, "" none
		number string // what the 法人番号 cell is set to
		says   []string
		want   out
	}{
		{"the company name over the number", "beta", "アクメ情報システム株式会社",
			[]string{": 表紙の法人番号の欄に番号がなく「アクメ情報システム株式会社」", "委託事業者 beta の法人番号 1010401000002", "法人番号（13 桁）を記入"}, out{Code: 1}},
		{"the number cleared, another company's name", "beta", "",
			[]string{": 表紙の法人番号が空欄で、会社名「アクメ情報システム株式会社」も 委託事業者 beta の「ベータ保守株式会社」", "何も記録していません"}, out{Code: 1}},
		// Recorded as before.
		{"the number cleared, the entry's own company name", "", "", nil, out{Code: 0, Changed: true}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			target := "acme"
			if tc.forge != "" {
				target = tc.forge
			}
			r := importAfterCoverEdit(t, reg, tc.forge, target, "法人番号", tc.number, nil)
			got := out{Code: r.code, Changed: r.changed, Lacking: r.lacking(tc.says)}
			if d := cmp.Diff(tc.want, got); d != "" {
				t.Errorf("(-want +got):\n%s\n%s%s", d, r.stdout, r.stderr)
			}
			if tc.want.Code == 1 {
				r.english(t, "表紙!"+r.cell+": the corporate number on the cover")
			}
		})
	}
}

// TestImportCompanyNameOverKeptNumber: acme's questionnaire, sent to
// beta's vendor by mistake, came back with ベータ保守株式会社 typed over the
// pre-filled 会社名 and acme's 法人番号 kept: it was recorded in acme (exit
// 0), beta's answers as acme's. It is refused (exit 1) naming the 会社名
// cell, nothing recorded; the registered name written otherwise, or with
// a department after it, is recorded as before.
func TestImportCompanyNameOverKeptNumber(t *testing.T) {
	reg := withCorporateNumber(t, qRegister, "アクメ情報システム株式会社", "2010401000001")
	type out struct {
		Code    int
		Lacking []string
		Changed bool // acme's file changed
	}
	for _, tc := range []struct {
		name    string
		company string // what the 会社名 cell is set to
		says    []string
		want    out
	}{
		{"another company's name, the number kept", "ベータ保守株式会社",
			[]string{": 表紙の会社名「ベータ保守株式会社」は、委託事業者 acme の「アクメ情報システム株式会社」と違います（法人番号 2010401000001 は一致）", "何も記録していません"}, out{Code: 1}},
		// Recorded as before.
		{"㈱ in front", "㈱アクメ情報システム", nil, out{Code: 0, Changed: true}},
		{"a branch after the name", "アクメ情報システム株式会社 東京支店", nil, out{Code: 0, Changed: true}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			r := importAfterCoverEdit(t, reg, "", "acme", "会社名", tc.company, func(was string) {
				if was != "アクメ情報システム株式会社" {
					t.Fatalf("会社名 pre-filled with %q", was)
				}
			})
			got := out{Code: r.code, Changed: r.changed, Lacking: r.lacking(tc.says)}
			if d := cmp.Diff(tc.want, got); d != "" {
				t.Errorf("(-want +got):\n%s\n%s%s", d, r.stdout, r.stderr)
			}
			if tc.want.Code == 1 {
				r.english(t, "表紙!"+r.cell+": the company name \"ベータ保守株式会社\" on the cover is not \"アクメ情報システム株式会社\" of Contractor acme (the corporate number 2010401000001 matches)")
			}
		})
	}
}

// coverImport is the result of importAfterCoverEdit.
type coverImport struct {
	dir, path, cell string
	code            int
	stdout, stderr  string
	changed         bool // the target entry's file changed
}

// importAfterCoverEdit writes register reg, makes acme's questionnaire
// with every question answered, makes its _meta name forge (unless ""),
// sets the cover's cell right of the label starting with label to value
// (was, unless nil, is given what the cell held), and imports it as of
// 2026-04-15, noting whether target's entry file changed.
func importAfterCoverEdit(t *testing.T, reg, forge, target, label, value string, was func(string)) coverImport {
	t.Helper()
	r := coverImport{dir: writeTxtar(t, reg), path: filepath.Join(t.TempDir(), "acme.xlsx")}
	if code, _, stderr := execCLI(t, "questionnaire", "--register", r.dir, "--kind", "contractor", "--entry", "acme", "--as-of", "2026-04-01", "-o", r.path); code != 0 {
		t.Fatal(stderr)
	}
	qFill(t, r.path, contractorQuestions(t))
	if forge != "" {
		forgeMeta(t, r.path, forge)
	}
	f, err := excelize.OpenFile(r.path)
	if err != nil {
		t.Fatal(err)
	}
	cover, _ := f.GetRows("表紙")
	for i, row := range cover {
		if len(row) > 0 && strings.HasPrefix(row[0], label) {
			if was != nil {
				was(append(row, "")[1])
			}
			r.cell = "B" + strconv.Itoa(i+1)
			f.SetCellStr("表紙", r.cell, value)
		}
	}
	if r.cell == "" {
		t.Fatalf("no %s on the cover", label)
	}
	if err := f.Save(); err != nil {
		t.Fatal(err)
	}
	entryFile := filepath.Join(r.dir, "contractors", target+".yaml")
	before, _ := os.ReadFile(entryFile)
	r.code, r.stdout, r.stderr = execCLI(t, "import", "--register", r.dir, "--as-of", "2026-04-15", r.path)
	after, _ := os.ReadFile(entryFile)
	r.changed = string(after) != string(before)
	return r
}

// lacking returns the texts of says the report lacks; the first is
// looked for after the edited cell's name (the refusal names it first).
// withCorporateNumber returns reg with the corporate number added after
// the entry whose legal_name is name; the test fails if reg has no such
// line (a register changed under the test would otherwise check nothing).
func withCorporateNumber(t *testing.T, reg, name, number string) string {
	t.Helper()
	line := "legal_name: " + name + "\n"
	if !strings.Contains(reg, line) {
		t.Fatalf("the register has no %q", line)
	}
	return strings.Replace(reg, line, line+"corporate_number: \""+number+"\"\n", 1)
}

func (r coverImport) lacking(says []string) []string {
	var out []string
	for i, w := range says {
		if i == 0 {
			w = "表紙!" + r.cell + w
		}
		if !strings.Contains(r.stdout, w) {
			out = append(out, w)
		}
	}
	return out
}

// english checks that the English report of a dry run holds want and says
// nothing was recorded.
func (r coverImport) english(t *testing.T, want string) {
	t.Helper()
	_, stdout, _ := execCLI(t, "import", "--register", r.dir, "--lang", "en", "--dry-run", r.path)
	if !strings.Contains(stdout, want) || !strings.Contains(stdout, "(nothing recorded)") {
		t.Errorf("English report lacks %q:\n%s", want, stdout)
	}
}
