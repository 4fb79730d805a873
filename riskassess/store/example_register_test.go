package store_test

import (
	"errors"
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/gikai-sec/riskregister/riskassess"
	"github.com/gikai-sec/riskregister/riskassess/fieldrule"
	"github.com/gikai-sec/riskregister/riskassess/store"
	"github.com/google/go-cmp/cmp"
)

// exampleDir is the fictional register of examples/chofu-gikai, relative to
// this package.
const exampleDir = "../../examples/chofu-gikai"

// TestExampleRegisterLoads checks that the example register loads without a
// single error and holds what its README promises.
func TestExampleRegisterLoads(t *testing.T) {
	reg, err := store.Load(exampleDir)
	if err != nil {
		t.Fatalf("Load(%s) errors:\n%v", exampleDir, err)
	}
	if got := len(reg.Org.Sections); got < 10 {
		t.Errorf("sections = %d, want at least 10", got)
	}
	if got := len(reg.Org.People); got < 20 {
		t.Errorf("people = %d, want at least 20", got)
	}
	if got := len(reg.Contractors); got < 20 {
		t.Errorf("contractors = %d, want at least 20", got)
	}
	if got := len(reg.Services); got < 15 {
		t.Errorf("services = %d, want at least 15", got)
	}
	if got := len(reg.Social); got < 8 {
		t.Errorf("social accounts = %d, want at least 8", got)
	}

	// Every kind folder is read completely: one entry per file.
	for _, k := range riskassess.Kinds() {
		files, _ := filepath.Glob(filepath.Join(exampleDir, k.Dir(), "*.yaml"))
		var ids []string
		for _, e := range reg.Entries() {
			if e.Kind() == k {
				ids = append(ids, e.Base().ID)
			}
		}
		var want []string
		for _, f := range files {
			want = append(want, strings.TrimSuffix(filepath.Base(f), ".yaml"))
		}
		if diff := cmp.Diff(want, ids); diff != "" {
			t.Errorf("%s ids (-files +loaded):\n%s", k.Dir(), diff)
		}
	}

	// A few values the README relies on, read back through the store.
	c := reg.Contractor("musashino-sokki")
	if c == nil {
		t.Fatal("contractor musashino-sokki missing")
	}
	if c.Source != "contractors/musashino-sokki.yaml" {
		t.Errorf("Source = %q", c.Source)
	}
	if got, want := c.Certifications[0].ValidUntil, riskassess.NewDate(2026, 9, 30); got != want {
		t.Errorf("musashino-sokki ISMS valid_until = %v, want %v (expired as of 2026-11-27)", got, want)
	}
	if got := reg.Org.Requirements.Disable; !slices.Equal(got, []string{"SNS-18"}) {
		t.Errorf("requirements.disable = %v, want [SNS-18]", got)
	}
	if len(reg.Org.Requirements.Add) != 1 || reg.Org.Requirements.Add[0].Question.ID != "Q-ORG-01" {
		t.Errorf("requirements.add = %+v, want ORG-01 with question Q-ORG-01", reg.Org.Requirements.Add)
	}
	svc := reg.Entry(riskassess.KindService, "giin-hoshu-shiharai")
	if s, ok := svc.(*riskassess.Service); !ok || !s.MyNumber || !slices.Equal(s.Segments, []riskassess.Segment{riskassess.SegmentInternet}) {
		t.Errorf("giin-hoshu-shiharai should be a My Number service used from the internet segment: %+v", svc)
	}
	for _, c := range reg.Contractors {
		if err := fieldrule.CheckCorporateNumber(c.CorporateNumber); err != nil {
			t.Errorf("%s: corporate number %s: %v", c.Source, c.CorporateNumber, err)
		}
	}
}

// copyExample copies the example register into a new temporary folder.
func copyExample(t *testing.T) string {
	t.Helper()
	dir := filepath.Join(t.TempDir(), "reg")
	if err := os.CopyFS(dir, os.DirFS(exampleDir)); err != nil {
		t.Fatal(err)
	}
	return dir
}

// position returns the 1-based line and column (in characters) of byte
// offset i of text.
func position(text string, i int) (line, col int) {
	before := text[:i]
	line = strings.Count(before, "\n") + 1
	col = utf8.RuneCountInString(before[strings.LastIndexByte(before, '\n')+1:]) + 1
	return line, col
}

// TestExampleRegisterMutations breaks one field of one example file at a
// time and checks that Load reports it at the right file:line:col with the
// right code, and nothing else.
func TestExampleRegisterMutations(t *testing.T) {
	tests := []struct {
		name     string
		file     string // file to change, relative to the register folder
		old, new string // old must occur exactly once in file
		at       string // the error is at the first character of at in the new text,
		skip     int    // plus skip characters (to point past a key),
		last     bool   // at its last occurrence instead of its only one
		code     store.Code
	}{
		{
			name: "misspelled top-level key",
			file: "contractors/musashino-sokki.yaml",
			old:  "\ncertifications:\n", new: "\nsertifications:\n",
			at: "sertifications:", code: store.CodeUnknownField,
		},
		{
			name: "misspelled nested key",
			file: "services/cloud-storage.yaml",
			old:  "  sso: true\n", new: "  single_sign_on: true\n",
			at: "single_sign_on", code: store.CodeUnknownField,
		},
		{
			name: "misspelled key in register.yaml",
			file: "register.yaml",
			old:  "review_intervals:\n", new: "review_interval:\n",
			at: "review_interval:", code: store.CodeUnknownField,
		},
		{
			name: "scalar where a list is expected",
			file: "services/groupware-lgwan.yaml",
			old:  "segments: [lgwan]", new: "segments: lgwan",
			at: "lgwan\n", code: store.CodeWrongType,
		},
		{
			name: "text where a number is expected",
			file: "register.yaml",
			old:  "critical: 2\n", new: "critical: two\n",
			at: "critical: two", skip: len("critical: "), code: store.CodeWrongType,
		},
		{
			name: "bad contract type",
			file: "services/quick-enquete.yaml",
			old:  "contract_type: terms\n", new: "contract_type: click-through\n",
			at: "click-through", code: store.CodeBadEnum,
		},
		{
			name: "bad account status",
			file: "social/line-chofu-gikai.yaml",
			old:  "status: active\n", new: "status: running\n",
			at: "running", code: store.CodeBadEnum,
		},
		{
			name: "bad approval status",
			file: "contractors/tama-shuwa.yaml",
			old:  "status: approved\n", new: "status: approve\n",
			at: "approve\n", code: store.CodeBadEnum,
		},
		{
			name: "bad segment in a flow list",
			file: "contractors/fuda-data-entry.yaml",
			old:  "segments: [lgwan]", new: "segments: [lgwn]",
			at: "lgwn", code: store.CodeBadEnum,
		},
		{
			name: "day that does not exist",
			file: "contractors/tama-system-service.yaml",
			old:  "last_onsite_check: 2026-10-15", new: "last_onsite_check: 2026-02-30",
			at: "2026-02-30", code: store.CodeBadDate,
		},
		{
			name: "date not in ISO form",
			file: "social/youtube-chofu-gikai.yaml",
			old:  "review_due: 2027-04-01", new: "review_due: 2027/4/1",
			at: "2027/4/1", code: store.CodeBadDate,
		},
		{
			name: "wrong check digit of 法人番号",
			file: "contractors/jindai-insatsu.yaml",
			old:  `corporate_number: "7999001001148"`, new: `corporate_number: "6999001001148"`,
			at: `"6999001001148"`, code: store.CodeBadCorporateNumber,
		},
		{
			name: "法人番号 with 12 digits",
			file: "contractors/chofu-keibi.yaml",
			old:  `corporate_number: "5999001001703"`, new: `corporate_number: "599900100170"`,
			at: `"599900100170"`, code: store.CodeBadCorporateNumber,
		},
		{
			name: "dangling owner section",
			file: "contractors/chofu-keibi.yaml",
			old:  "  section: kanzai\n", new: "  section: kanzai-ka\n",
			at: "kanzai-ka", code: store.CodeDanglingRef,
		},
		{
			name: "dangling owner person",
			file: "contractors/nogawa-honyaku.yaml",
			old:  "  person: uchida-m\n", new: "  person: uchida-mari\n",
			at: "uchida-mari", code: store.CodeDanglingRef,
		},
		{
			name: "dangling signature position",
			file: "contractors/tama-shuwa.yaml",
			old:  "{ position: kakaricho, person: sakamoto-r", new: "{ position: kakarichou, person: sakamoto-r",
			at: "kakarichou", code: store.CodeDanglingRef,
		},
		{
			name: "dangling signature person",
			file: "contractors/tama-shuwa.yaml",
			old:  "{ position: kakaricho, person: sakamoto-r", new: "{ position: kakaricho, person: sakamoto-ryoko",
			at: "sakamoto-ryoko", code: store.CodeDanglingRef,
		},
		{
			name: "dangling service manager",
			file: "services/web-forms.yaml",
			old:  "manager: kondo-s", new: "manager: kondou-s",
			at: "kondou-s", code: store.CodeDanglingRef,
		},
		{
			name: "dangling approver position",
			file: "social/youtube-chofu-gikai.yaml",
			old:  "  approver: kacho\n", new: "  approver: bucho\n",
			at: "bucho", code: store.CodeDanglingRef,
		},
		{
			name: "dangling provider contractor",
			file: "services/gikai-cms.yaml",
			old:  "contractor: sengawa-web\n", new: "contractor: sengawa-webs\n",
			at: "sengawa-webs", code: store.CodeDanglingRef,
		},
		{
			name: "dangling subcontractor",
			file: "contractors/tama-system-service.yaml",
			old:  "- contractor: musashino-network", new: "- contractor: musashino-net",
			at: "musashino-net\n", code: store.CodeDanglingRef,
		},
		{
			// The contractor re-contracting to itself loaded silently;
			// REF-SUBCONTRACTOR-RECORD skips such a subcontractor.
			name: "subcontractor naming the contractor itself",
			file: "contractors/tama-system-service.yaml",
			old:  "- contractor: musashino-network", new: "- contractor: tama-system-service",
			at: "contractor: tama-system-service", skip: len("contractor: "), code: store.CodeBadValue,
		},
		{
			name: "dangling social operator",
			file: "social/x-chofu-gikai.yaml",
			old:  "operators: [nagai-d, ogawa-h]", new: "operators: [nagai-d, ogawa-x]",
			at: "ogawa-x", code: store.CodeDanglingRef,
		},
		{
			name: "dangling credential custodian",
			file: "social/instagram-chofu-gikai.yaml",
			old:  "credential_custodian: ogawa-h", new: "credential_custodian: ogawa",
			at: "ogawa\n", code: store.CodeDanglingRef,
		},
		{
			name: "dangling responsible section",
			file: "social/note-chofu-gikai.yaml",
			old:  "responsible:\n  section: gikai-chosa\n", new: "responsible:\n  section: chosa\n",
			at: "  section: chosa\n", skip: len("  section: "), code: store.CodeDanglingRef,
		},
		{
			name: "dangling parent section in register.yaml",
			file: "register.yaml",
			old:  "parent: gikai-chosa\n", new: "parent: gikai-chousa\n",
			at: "gikai-chousa", code: store.CodeDanglingRef,
		},
		{
			// A critical entry was reviewed every 12 months, a high one
			// every 6: intervals must not grow with the risk.
			name: "review interval of critical longer than high",
			file: "register.yaml",
			old:  "  critical: 2\n", new: "  critical: 12\n",
			at: "critical: 12", skip: len("critical: "), code: store.CodeBadValue,
		},
		{
			// low: 6 with medium left to its default of 12 months.
			name: "review interval of low shorter than the default of medium",
			file: "register.yaml",
			old:  "  low: 24\n  medium: 12\n", new: "  low: 6\n",
			at: "low: 6", skip: len("low: "), code: store.CodeBadValue,
		},
		{
			// Two steps of one position for the same entries: one
			// sign-off of kacho met both.
			name: "approval_chain step repeating a position",
			file: "register.yaml",
			old:  "    position: jimukyokucho\n    min_risk: high\n", new: "    position: kacho\n    min_risk: high\n",
			at: "kacho\n    min_risk: high", code: store.CodeBadValue,
		},
		{
			// The later item's weight silently replaced the earlier one.
			name: "two override items for one requirement",
			file: "register.yaml",
			old:  "    - id: OUT-23\n      severity: medium\n",
			new:  "    - id: OUT-23\n      severity: medium\n    - id: OUT-31\n      weight: 1\n",
			at:   "OUT-31\n      weight: 1", code: store.CodeDuplicateID,
		},
		{
			name: "policy clause without id",
			file: "register.yaml",
			old:  "    - id: \"5\"\n", new: "    - id: \"\"\n",
			at: "\"\"\n", code: store.CodeMissingField,
		},
		{
			// weight 0 left OUT-31 at its full weight (0 means "as it
			// is"), though written to leave it out of the score.
			name: "override weight 0 in register.yaml",
			file: "register.yaml",
			old:  "    - id: OUT-31\n      weight: 5\n", new: "    - id: OUT-31\n      weight: 0\n",
			at: "0\n    # 請願署名簿", code: store.CodeBadValue,
		},
		{
			name: "override changing nothing in register.yaml",
			file: "register.yaml",
			old:  "    - id: OUT-23\n      severity: medium\n", new: "    - id: OUT-23\n",
			at: "OUT-23\n", code: store.CodeBadValue,
		},
		{
			// A step without a position asked for nobody's sign-off:
			// APR-01 could never be met.
			name: "approval chain step without a position in register.yaml",
			file: "register.yaml",
			old:  "  - role: { ja: 事務局長決裁, en: Secretary-General decision }\n    position: jimukyokucho\n",
			new:  "  - role: { ja: 事務局長決裁, en: Secretary-General decision }\n",
			at:   "role: { ja: 事務局長決裁", code: store.CodeMissingField,
		},
		{
			// SNS-02 compares listed_on's host with the website's: without
			// a scheme it has none, and a listing anywhere was met.
			name: "website without its scheme in register.yaml",
			file: "register.yaml",
			old:  "website: https://www.city.chofu.example/gikai/\n", new: "website: www.city.chofu.example/gikai/\n",
			at: "www.city.chofu.example/gikai/\n", code: store.CodeBadURL,
		},
		{
			// On a loop of parents every section was "on the same line"
			// as every other: the staff-moved warning of an owner in
			// another division went silent.
			name: "loop of parent sections in register.yaml",
			file: "register.yaml",
			old:  "  - id: gikai\n    name: { ja: 議会事務局, en: Council Secretariat }\n",
			new:  "  - id: gikai\n    name: { ja: 議会事務局, en: Council Secretariat }\n    parent: gikai-somu-shomu # loop\n",
			at:   "gikai-somu-shomu # loop", code: store.CodeBadValue,
		},
		{
			name: "section its own parent in register.yaml",
			file: "register.yaml",
			old:  "  - id: kanzai\n    name: { ja: 管財課, en: Property and Buildings Division }\n    parent: somu-bu\n",
			new:  "  - id: kanzai\n    name: { ja: 管財課, en: Property and Buildings Division }\n    parent: kanzai\n",
			at:   "parent: kanzai", skip: len("parent: "), code: store.CodeBadValue,
		},
		{
			name: "dangling person position in register.yaml",
			file: "register.yaml",
			old:  "position: kaikei-nendo\n", new: "position: kaikei\n",
			at: "kaikei\n", code: store.CodeDanglingRef,
		},
		{
			name: "undefined confidentiality level",
			file: "contractors/fuda-data-entry.yaml",
			old:  "confidentiality: 3B,", new: "confidentiality: 4,",
			at: "confidentiality: 4,", skip: len("confidentiality: "), code: store.CodeBadClassification,
		},
		{
			name: "duplicate section id",
			file: "register.yaml",
			old:  "\n# 役職。", new: "  - id: keiyaku # dup\n    name: { ja: 契約係 }\n\n# 役職。",
			at: "keiyaku # dup", code: store.CodeDuplicateID,
		},
		{
			name: "duplicate contract id",
			file: "contractors/shibasaki-archive.yaml",
			old:  "- id: R8-chosa-002\n", new: "- id: R7-chosa-004\n",
			at: "R7-chosa-004", last: true, code: store.CodeDuplicateID,
		},
		{
			name: "duplicate key",
			file: "contractors/kokuryo-joho.yaml",
			old:  "legal_name_kana: コクリョウジョウホウギジュツ\n", new: "legal_name_kana: コクリョウジョウホウギジュツ\nlegal_name: 株式会社国領情報技術\n",
			at: "legal_name:", last: true, code: store.CodeDuplicateKey,
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			dir := copyExample(t)
			path := filepath.Join(dir, filepath.FromSlash(tt.file))
			b, err := os.ReadFile(path)
			if err != nil {
				t.Fatal(err)
			}
			text := string(b)
			if n := strings.Count(text, tt.old); n != 1 {
				t.Fatalf("%q occurs %d times in %s, want exactly once: the example changed, update the test", tt.old, n, tt.file)
			}
			text = strings.Replace(text, tt.old, tt.new, 1)
			i := strings.Index(text, tt.at)
			if tt.last {
				i = strings.LastIndex(text, tt.at)
			} else if n := strings.Count(text, tt.at); n > 1 {
				t.Fatalf("%q occurs %d times in the changed %s: make it unique", tt.at, n, tt.file)
			}
			if i < 0 {
				t.Fatalf("%q not in the changed text", tt.at)
			}
			i += tt.skip
			line, col := position(text, i)
			if err := os.WriteFile(path, []byte(text), 0o644); err != nil {
				t.Fatal(err)
			}

			_, err = store.Load(dir)
			var errs store.Errors
			if !errors.As(err, &errs) {
				t.Fatalf("Load = %v, want store.Errors", err)
			}
			got := make([]string, len(errs))
			for i, e := range errs {
				got[i] = string(e.Code) + " " + e.Error()
			}
			prefix := tt.file + ":" + strconv.Itoa(line) + ":" + strconv.Itoa(col) + ": "
			want := []string{string(tt.code) + " " + prefix}
			if len(got) != 1 || !strings.HasPrefix(got[0], want[0]) {
				t.Errorf("Load errors (-want prefix +got):\n%s", cmp.Diff(want, got))
			}
			if !strings.HasPrefix(err.Error(), prefix) {
				t.Errorf("error text %q does not start with %q", err.Error(), prefix)
			}
		})
	}
}

// TestExampleRegisterBadFileNames checks that entry files whose names are not
// ids are reported by file name (they have no line to point at).
func TestExampleRegisterBadFileNames(t *testing.T) {
	for _, name := range []string{"contractors/Tama_Shuwa.yaml", "services/cloud storage.yaml", "social/x-chofu-gikai.yml"} {
		t.Run(name, func(t *testing.T) {
			dir := copyExample(t)
			src := map[string]string{
				"contractors": "contractors/tama-shuwa.yaml",
				"services":    "services/cloud-storage.yaml",
				"social":      "social/x-chofu-gikai.yaml",
			}[strings.SplitN(name, "/", 2)[0]]
			b, err := os.ReadFile(filepath.Join(dir, filepath.FromSlash(src)))
			if err != nil {
				t.Fatal(err)
			}
			if err := os.WriteFile(filepath.Join(dir, filepath.FromSlash(name)), b, 0o644); err != nil {
				t.Fatal(err)
			}
			_, err = store.Load(dir)
			var errs store.Errors
			if !errors.As(err, &errs) || len(errs) != 1 {
				t.Fatalf("Load = %v, want exactly one store.Errors entry", err)
			}
			e := errs[0]
			if e.File != name || e.Code != store.CodeBadFileName || e.Line != 0 {
				t.Errorf("got %s %q (line %d), want %s for %s", e.Code, e.Error(), e.Line, store.CodeBadFileName, name)
			}
			if !strings.HasPrefix(e.Error(), name+": ") {
				t.Errorf("error text %q does not start with %q", e.Error(), name+": ")
			}
		})
	}
}

// TestExampleRegisterEveryTopLevelKey misspells every top-level key of an
// example file at once and checks that Load reports each one, at its own
// line, as an unknown field: one Load per file, so every key of the example
// is covered without reading the register hundreds of times.
func TestExampleRegisterEveryTopLevelKey(t *testing.T) {
	base := copyExample(t)
	var files []string
	for _, pat := range []string{"register.yaml", "contractors/*.yaml", "services/*.yaml", "social/*.yaml"} {
		m, _ := filepath.Glob(filepath.Join(base, filepath.FromSlash(pat)))
		files = append(files, m...)
	}
	total := 0
	for _, path := range files {
		rel, _ := filepath.Rel(base, path)
		rel = filepath.ToSlash(rel)
		orig, err := os.ReadFile(path)
		if err != nil {
			t.Fatal(err)
		}
		lines := strings.SplitAfter(string(orig), "\n")
		var want []string
		for i, l := range lines {
			// A top-level key starts the line with a lower-case letter.
			if l == "" || l[0] < 'a' || l[0] > 'z' || !strings.Contains(l, ":") {
				continue
			}
			lines[i] = "x" + l
			want = append(want, rel+":"+strconv.Itoa(i+1)+":1: ")
		}
		total += len(want)
		if err := os.WriteFile(path, []byte(strings.Join(lines, "")), 0o644); err != nil {
			t.Fatal(err)
		}
		_, err = store.Load(base)
		var errs store.Errors
		errors.As(err, &errs)
		var got []string
		for _, e := range errs {
			if e.Code == store.CodeUnknownField {
				s := e.Error()
				got = append(got, s[:len(rel)+strings.Index(s[len(rel):], ": ")+2])
			}
		}
		if diff := cmp.Diff(want, got); diff != "" {
			t.Errorf("%s: unknown-field errors for the misspelled keys (-want +got):\n%s\nall errors:\n%v", rel, diff, err)
		}
		if err := os.WriteFile(path, orig, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	t.Logf("checked %d top-level keys in %d files", total, len(files))
	if total < 300 {
		t.Errorf("checked %d keys, want at least 300: did the example shrink?", total)
	}
}

// TestApprovalChainSamePositionOtherKinds checks that two approval_chain
// steps of one position are allowed when their kinds do not overlap: they
// never apply to the same entry.
func TestApprovalChainSamePositionOtherKinds(t *testing.T) {
	dir := copyExample(t)
	path := filepath.Join(dir, "register.yaml")
	b, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	old := "    position: jimukyokucho\n    min_risk: high\n"
	step := "  - role: { ja: 情報セキュリティ管理者の確認（委託）, en: x }\n    position: joho-kanrisha\n    kinds: [contractor]\n    min_risk: high\n"
	if strings.Count(string(b), old) != 1 {
		t.Fatalf("%q not once in register.yaml: the example changed, update the test", old)
	}
	text := strings.Replace(string(b), old, old+step, 1)
	if err := os.WriteFile(path, []byte(text), 0o644); err != nil {
		t.Fatal(err)
	}
	if _, err := store.Load(dir); err != nil {
		t.Errorf("Load = %v, want no error", err)
	}
}
