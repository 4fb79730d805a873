package main

import (
	"bytes"
	"encoding/csv"
	"encoding/json"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/gikai-sec/riskregister/riskassess"
	"github.com/gikai-sec/riskregister/riskassess/load"
	"github.com/gikai-sec/riskregister/riskassess/publiclist"
	"github.com/google/go-cmp/cmp"
	"github.com/google/go-cmp/cmp/cmpopts"
)

// assessRegisterTxtar is a small register: a contractor handling class 2
// personal data, a terms-based service with class 2 data (a blocker) and a
// YouTube account.
const assessRegisterTxtar = `
-- register.yaml --
name: {ja: テスト市議会, en: Test Council}
sections:
  - id: somu
    name: {ja: 総務課, en: General Affairs}
  - id: koho
    name: {ja: 広報係, en: Public Relations}
positions:
  - id: kacho
    title: {ja: 課長, en: Section Chief}
people:
  - id: sato
    name: {ja: 佐藤 一郎}
    section: somu
    position: kacho
-- contractors/acme.yaml --
name: {ja: アクメ情報システム（会議録作成）, en: Acme Information Systems}
legal_name: アクメ情報システム株式会社
owner: {section: somu, person: sato}
approval: {status: approved, approver: kacho, decided_on: 2025-04-01}
last_reviewed: 2025-10-01
contracts:
  - id: k1
    scope: 会議録作成
    to: 2027-03-31
    information:
      - description: 会議録
        class: {confidentiality: "2", integrity: "2", availability: "1"}
        personal_data: true
    segments: [lgwan]
    clauses:
      - {requirement: OUT-16, article: 第6条}
certifications:
  - {type: isms, number: IS 1, valid_until: 2026-05-31}
-- services/chat.yaml --
name: {ja: 無料チャット, en: Free chat}
provider: {name: チャット社}
contract_type: terms
delivery: saas
class: {confidentiality: "2"}
segments: [internet]
owner: {section: somu}
approval: {status: requested}
-- social/youtube.yaml --
name: {ja: 市議会YouTube, en: Council on YouTube}
platform: youtube
handle: "@gikai"
url: https://youtube.example/@gikai
responsible: {section: koho, person: sato}
status: active
owner: {section: koho}
approval: {status: approved, decided_on: 2025-12-01}
`

func TestAssessTable(t *testing.T) {
	dir := writeTxtar(t, assessRegisterTxtar)
	code, out, errb := execCLI(t, "assess", "--register", dir, "--as-of", "2026-04-01")
	if code != 0 {
		t.Fatalf("exit %d, stderr:\n%s", code, errb)
	}
	reg, as := expAssess(t, dir, "2026-04-01")
	lines := strings.Split(strings.TrimSuffix(out, "\n"), "\n")
	if len(lines) != 4 {
		t.Fatalf("got %d lines, want header + 3:\n%s", len(lines), out)
	}
	if got := strings.Fields(lines[0]); !cmp.Equal(got, []string{"種別", "ID", "名称", "固有リスク", "対策スコア", "残留リスク", "推奨判断", "未回答", "不適合", "次回見直し"}) {
		t.Errorf("header = %q", got)
	}
	// Rows follow kind order then id, and carry the engine's values.
	for i, a := range as {
		name := reg.Entry(a.Kind, a.EntryID).Base().Name.Ja
		want := []string{shortKind(a.Kind, "ja"), a.EntryID, name, a.Inherent.Label("ja"), scoreOrDash(a.ControlScore),
			a.Residual.Label("ja"), a.Decision.Label("ja"), itoa(a.Counts.NotAnswered),
			itoa(a.Counts.NotMet), a.NextReview.String()}
		if diff := cmp.Diff(want, strings.Fields(lines[i+1])); diff != "" {
			t.Errorf("row %d (-want +got):\n%s", i+1, diff)
		}
	}
	// The terms-based class-2 service is blocked whatever the catalogue says.
	if !strings.Contains(lines[2], "chat") || !strings.Contains(lines[2], "重大") || !strings.Contains(lines[2], "不可") {
		t.Errorf("chat row should be 重大 / 不可: %q", lines[2])
	}
	// Columns are aligned by display width: every column starts at the same
	// display position on every line.
	starts := func(line string) []int {
		var pos []int
		w, prevSpace := 0, true
		for _, r := range line {
			if r != ' ' && prevSpace {
				pos = append(pos, w)
			}
			prevSpace = r == ' '
			w += textWidth.RuneWidth(r)
		}
		return pos
	}
	// Cell values contain no spaces here, so each run of non-spaces is a
	// cell. Left-aligned columns start at the same display position on every
	// line (numeric columns 4, 7 and 8 are right-aligned).
	left := func(pos []int) []int {
		var out []int
		for _, i := range []int{0, 1, 2, 3, 5, 6, 9} {
			out = append(out, pos[i])
		}
		return out
	}
	for _, l := range lines[1:] {
		if !cmp.Equal(left(starts(l)), left(starts(lines[0]))) {
			t.Errorf("misaligned line %q (starts %v, header %v)", l, starts(l), starts(lines[0]))
		}
	}

	// English labels.
	code, out, _ = execCLI(t, "assess", "--register", dir, "--as-of", "2026-04-01", "--lang", "en")
	if code != 0 || !strings.HasPrefix(out, "Kind ") || !strings.Contains(out, "Not answered") || !strings.Contains(out, "Reject") {
		t.Errorf("--lang en: exit %d\n%s", code, out)
	}
}

func scoreOrDash(s float64) string {
	if t := scoreText(s); t != "" {
		return t
	}
	return "-"
}

func itoa(n int) string { b, _ := json.Marshal(n); return string(b) }

func TestWriteAligned(t *testing.T) {
	var b bytes.Buffer
	rows := [][]string{{"名称", "数", "x"}, {"ab", "10", "ｶﾅ"}, {"委託事業者", "7", ""}}
	if err := writeAligned(&b, rows, map[int]bool{1: true}, false); err != nil {
		t.Fatal(err)
	}
	want := "" +
		"名称        数  x\n" +
		"ab          10  ｶﾅ\n" +
		"委託事業者   7\n"
	if diff := cmp.Diff(want, b.String()); diff != "" {
		t.Errorf("aligned (-want +got):\n%s", diff)
	}
}

// TestAssessIsTheDocumentedLibraryPath: the calls docs/developer-guide.md
// §2 and the package docs of riskassess/load and sitegen give a library
// user (load.Dir, Scorer.AssessAll, publiclist.Apply) give what
// riskregister assess gives, on the example register with a service whose
// ISMAP expiry differs from the list's snapshot: the docs once left out
// publiclist.Apply, and a program following them lost the cross-check
// finding LST-ISMAP-EXPIRY that assess, check and the site show.
func TestAssessIsTheDocumentedLibraryPath(t *testing.T) {
	dir := copyExample(t)
	p := filepath.Join(dir, "services", "cloud-storage.yaml")
	b, err := os.ReadFile(p)
	if err != nil {
		t.Fatal(err)
	}
	edited := strings.Replace(string(b), "  valid_until: 2027-04-30\n", "  valid_until: 2028-04-30\n", 1)
	if edited == string(b) {
		t.Fatal("services/cloud-storage.yaml: ismap.valid_until 2027-04-30 not found")
	}
	if err := os.WriteFile(p, []byte(edited), 0o644); err != nil {
		t.Fatal(err)
	}
	code, out, errb := execCLI(t, "assess", "--register", dir, "--as-of", "2026-11-27", "--format", "json")
	if code != 0 {
		t.Fatalf("assess: exit %d: %s", code, errb)
	}
	var got []riskassess.Assessment
	if err := json.Unmarshal([]byte(out), &got); err != nil {
		t.Fatal(err)
	}

	res, err := load.Dir(dir)
	if err != nil {
		t.Fatal(err)
	}
	as, err := riskassess.Scorer{Blockers: res.Blockers}.AssessAll(res.Register, res.Requirements, riskassess.NewDate(2026, 11, 27))
	if err != nil {
		t.Fatal(err)
	}
	publiclist.Apply(res.Register, as)
	if diff := cmp.Diff(as, got, cmpopts.IgnoreFields(riskassess.Assessment{}, "Entry")); diff != "" {
		t.Errorf("(-library +assess):\n%s", diff)
	}
	if !strings.Contains(out, `"requirement": "`+publiclist.FindISMAPExpiry+`"`) {
		t.Errorf("assess shows no %s finding of services/cloud-storage.yaml", publiclist.FindISMAPExpiry)
	}
}

func TestAssessJSONAndCSV(t *testing.T) {
	dir := writeTxtar(t, assessRegisterTxtar)
	_, as := expAssess(t, dir, "2026-04-01")

	code, out, errb := execCLI(t, "assess", "--register", dir, "--as-of", "2026-04-01", "--format", "json")
	if code != 0 {
		t.Fatalf("json: exit %d: %s", code, errb)
	}
	var got []riskassess.Assessment
	if err := json.Unmarshal([]byte(out), &got); err != nil {
		t.Fatalf("json output does not parse: %v\n%s", err, out)
	}
	// Entry is not marshalled: the JSON names the entry by kind and id.
	if diff := cmp.Diff(as, got, cmpopts.IgnoreFields(riskassess.Assessment{}, "Entry")); diff != "" {
		t.Errorf("json assessments (-engine +cli):\n%s", diff)
	}
	if !strings.HasPrefix(out, "[\n  {\n    \"kind\": \"contractor\"") {
		t.Errorf("json not indented by 2: %.60q", out)
	}

	code, out, errb = execCLI(t, "assess", "--register", dir, "--as-of", "2026-04-01", "--format", "csv", "--kind", "service")
	if code != 0 {
		t.Fatalf("csv: exit %d: %s", code, errb)
	}
	// UTF-8 with a BOM, as export --format csv: Excel on a Japanese PC
	// reads a CSV without one as Shift_JIS.
	body, ok := strings.CutPrefix(out, "\uFEFF")
	if !ok {
		t.Errorf("csv does not start with the UTF-8 BOM: %.20q", out)
	}
	// CRLF line ends, as export --format csv writes (was LF: the two
	// CSV files of one register ended their lines differently).
	if strings.Contains(strings.ReplaceAll(body, "\r\n", ""), "\n") || !strings.Contains(body, "\r\n") {
		t.Errorf("csv lines do not all end in CRLF: %q", body)
	}
	recs, err := csv.NewReader(strings.NewReader(body)).ReadAll()
	if err != nil {
		t.Fatalf("csv output does not parse: %v", err)
	}
	want := [][]string{
		{"種別", "ID", "名称", "固有リスク", "対策スコア", "残留リスク", "推奨判断", "未回答", "不適合", "次回見直し"},
		{"外部サービス", "chat", "無料チャット", as[1].Inherent.Label("ja"), scoreText(as[1].ControlScore), "重大", "不可",
			itoa(as[1].Counts.NotAnswered), itoa(as[1].Counts.NotMet), as[1].NextReview.String()},
	}
	if diff := cmp.Diff(want, recs); diff != "" {
		t.Errorf("csv (-want +got):\n%s", diff)
	}
}

func TestAssessDetail(t *testing.T) {
	dir := writeTxtar(t, assessRegisterTxtar)
	code, out, errb := execCLI(t, "assess", "--register", dir, "--as-of", "2026-04-01", "--id", "chat")
	if code != 0 {
		t.Fatalf("exit %d: %s", code, errb)
	}
	for _, want := range []string{
		"chat", "■ 外部サービス chat: 無料チャット",
		"固有リスク: 中（4点） 要因: 自治体機密性2（+2）、インターネット接続系（+1）、約款による契約（+1）",
		"阻止要因:", "[BLK-TERMS-CLASS2: contract_type, class.confidentiality]",
		"次にすること", "承認できません（不可）。約款による外部サービスで機密性2以上の情報を取り扱っています",
	} {
		if !strings.Contains(out, want) {
			t.Errorf("output lacks %q:\n%s", want, out)
		}
	}
	if strings.Contains(out, "acme") || strings.Contains(out, "youtube") {
		t.Errorf("--id chat printed other entries:\n%s", out)
	}
}

func TestWriteAssessDetail(t *testing.T) {
	a := riskassess.Assessment{
		Kind: riskassess.KindService, EntryID: "s1", Inherent: riskassess.RiskHigh, InherentScore: 8,
		InherentFactors: []riskassess.Text{riskassess.T("個人情報（+2）", "Personal data (+2)")},
		ControlScore:    62.5, Residual: riskassess.RiskMedium, Decision: riskassess.DecisionConditional,
		Conditions: []riskassess.Text{riskassess.T("CLD-20: 国内に限定する", "CLD-20: keep it in Japan")},
		NextReview: riskassess.NewDate(2026, 10, 1),
		Findings: []riskassess.Finding{
			{
				FindingSpec: &riskassess.FindingSpec{Requirement: "CLD-01", Title: riskassess.T("管理者", "Manager"), Severity: riskassess.SeverityHigh},
				Outcome:     riskassess.OutcomeMet,
				Evidence:    "answers.Q-CLD-01",
				Provenance: &riskassess.Provenance{From: riskassess.AttestVendor, Field: "質問!D5",
					On: riskassess.NewDate(2026, 3, 10), Source: "s1-2026.xlsx"},
			},
			{
				FindingSpec: &riskassess.FindingSpec{Requirement: "CLD-20", Title: riskassess.T("データ所在地", "Data location"), Severity: riskassess.SeverityMedium, Remediation: riskassess.T("国内に限定する", "keep it in Japan")},
				Outcome:     riskassess.OutcomeNotMet,
				Evidence:    "data_locations",
				Message:     riskassess.T("国外", "abroad"),
				Provenance:  &riskassess.Provenance{From: riskassess.AttestRegister, Field: "data_locations"},
				Conflict:    new(riskassess.T("矛盾", "the vendor's answer (Met, 質問!D9) contradicts the register (data_locations); the register's record decides")),
			},
			{
				FindingSpec: &riskassess.FindingSpec{Requirement: "EXP-ISMAP", Title: riskassess.T("ISMAP登録の有効期限", "ISMAP listing expiry"), Severity: riskassess.SeverityMedium, Remediation: riskassess.T("更新を確認", "check renewal")},
				Outcome:     riskassess.OutcomePartial,
				DueOn:       new(riskassess.NewDate(2026, 5, 1)),
			},
		},
	}
	names := map[riskassess.EntryKey]riskassess.Text{{Kind: riskassess.KindService, ID: "s1"}: riskassess.T("サービス1", "Service 1")}
	var b bytes.Buffer
	if err := writeAssessDetail(&b, &riskassess.Organisation{}, &a, names, "en"); err != nil {
		t.Fatal(err)
	}
	want := `■ External service s1: Service 1
Inherent risk: High (8 points) from: Personal data (+2)
Control score: 62.5  Residual risk: Medium  Decision: Approve with conditions
Next review: 2026-10-01
Conditions:
  - Data location: keep it in Japan

Not met (1)
  CLD-20 Data location [Medium] evidence: data_locations
    abroad
    source: register record
    ! conflict: the vendor's answer (Met, 質問!D9) contradicts the register (data_locations); the register's record decides
    → Fix: keep it in Japan

Partially met (1)
  EXP-ISMAP ISMAP listing expiry [Medium] due: 2026-05-01
    → Fix: check renewal

Met (1)
  CLD-01 Manager [High] evidence: answers.Q-CLD-01
    source: vendor questionnaire (2026-03-10, s1-2026.xlsx, 質問!D5)
`
	if diff := cmp.Diff(want, b.String()); diff != "" {
		t.Errorf("detail (-want +got):\n%s", diff)
	}
}

func TestAssessErrors(t *testing.T) {
	dir := writeTxtar(t, assessRegisterTxtar)
	tests := []struct {
		args []string
		code int
		msg  string
	}{
		{[]string{"--kind", "robot"}, 2, `種別 "robot" は使えません`},
		{[]string{"--id", "nobody"}, 2, `台帳に ID "nobody" のエントリはありません`},
		{[]string{"--kind", "social", "--id", "chat"}, 2, `ソーシャルメディアアカウントに ID "chat" のエントリはありません`},
		{[]string{"--kind", "social", "--id", "chat", "--lang", "en"}, 2, `no entry with id "chat" in Social-media account`},
		{[]string{"--format", "xml"}, 2, `不明な形式 "xml"`},
		{[]string{"--format", "xml", "--lang", "en"}, 2, `unknown format "xml"`},
		{[]string{"--as-of", "2026-13-01"}, 2, "--as-of"},
		{[]string{"extra-arg"}, 2, `引数 "extra-arg" は使えません`},
		{[]string{"extra-arg", "--lang", "en"}, 2, `unexpected argument "extra-arg"`},
	}
	for _, tc := range tests {
		args := append([]string{"assess", "--register", dir}, tc.args...)
		code, out, errb := execCLI(t, args...)
		if code != tc.code || !strings.Contains(errb, tc.msg) {
			t.Errorf("%v: exit %d, stderr %q; want exit %d with %q", tc.args, code, errb, tc.code, tc.msg)
		}
		if out != "" {
			t.Errorf("%v: unexpected stdout %q", tc.args, out)
		}
	}
	// An invalid register: exit 1 with the file position.
	bad := writeTxtar(t, assessRegisterTxtar+"-- services/bad.yaml --\nname: {ja: 壊れ}\ncontract_type: maybe\n")
	code, _, errb := execCLI(t, "assess", "--register", bad)
	if code != 1 || !strings.Contains(errb, "services/bad.yaml:") {
		t.Errorf("invalid register: exit %d, stderr %q", code, errb)
	}
}

func TestAssessDeterministic(t *testing.T) {
	dir := writeTxtar(t, assessRegisterTxtar)
	for _, f := range []string{"table", "json", "csv"} {
		_, a, _ := execCLI(t, "assess", "--register", dir, "--as-of", "2026-04-01", "--format", f)
		_, b, _ := execCLI(t, "assess", "--register", dir, "--as-of", "2026-04-01", "--format", f)
		if a != b || a == "" {
			t.Errorf("%s output differs between runs or is empty", f)
		}
	}
}

// TestAssessSelectedEqualsWhole: assess --id and --kind assess only the
// entries asked for, and each assessment equals that entry's in the
// assessment of the whole register, the cross-check findings of the
// public lists (LST-…) included, on the example and on a register whose
// list snapshots give such findings.
func TestAssessSelectedEqualsWhole(t *testing.T) {
	t.Run("example", func(t *testing.T) { assessSelectedEqualsWhole(t, exampleRegister, false) })
	t.Run("lists", func(t *testing.T) {
		dir := writeTxtar(t, listsRegister)
		for _, imp := range [][]string{
			{"ismap", listsFixtures + "ismap-portal-old.csv", "--date", "2026-08-01"},
			{"ismap", listsFixtures + "ismap-portal.csv", "--date", "2026-11-01"},
			{"corporate", listsFixtures + "nta-zenkoku-unicode.csv", "--date", "2026-11-01"},
		} {
			if code, _, errOut := execCLI(t, append([]string{"lists", "import", "--register", dir}, imp...)...); code != 0 {
				t.Fatalf("lists import %v: exit %d: %s", imp, code, errOut)
			}
		}
		assessSelectedEqualsWhole(t, dir, true)
	})
	// A service's ISMAP cross-check compares the list's provider with the
	// legal name of the contractor the service names (another entry): the
	// selection of the service alone must still see it.
	t.Run("provider", func(t *testing.T) {
		dir := copyExample(t)
		f := filepath.Join(dir, "contractors", "paperless-gikai.yaml")
		b, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		edited := strings.Replace(string(b), "legal_name: 株式会社ペーパーレス議会ソリューションズ", "legal_name: 株式会社ペーパーレス別名", 1)
		if edited == string(b) {
			t.Fatal("the example's contractor paperless-gikai has another legal_name: update the test")
		}
		if err := os.WriteFile(f, []byte(edited), 0o644); err != nil {
			t.Fatal(err)
		}
		_, out, _ := execCLI(t, "assess", "--register", dir, "--as-of", "2026-11-27", "--format", "json", "--id", "paperless-tablet")
		if !strings.Contains(out, `"LST-ISMAP-NAME"`) {
			t.Fatalf("assess --id paperless-tablet has no LST-ISMAP-NAME for its provider's changed legal name:\n%s", out)
		}
		assessSelectedEqualsWhole(t, dir, true)
	})
}

// assessSelectedEqualsWhole compares, for each entry and each kind of
// the register in dir, assess --id/--kind with the whole assessment;
// crossChecks says the register must have LST- findings.
func assessSelectedEqualsWhole(t *testing.T, dir string, crossChecks bool) {
	args := []string{"assess", "--register", dir, "--as-of", "2026-11-27", "--format", "json", "--no-cache"}
	code, out, errb := execCLI(t, args...)
	if code != 0 {
		t.Fatalf("assess: exit %d: %s", code, errb)
	}
	var whole []json.RawMessage
	if err := json.Unmarshal([]byte(out), &whole); err != nil {
		t.Fatal(err)
	}
	type key struct {
		Kind    string `json:"kind"`
		EntryID string `json:"id"`
	}
	byKey := map[key]string{}
	byKind := map[string][]string{}
	crossChecked := 0
	for _, raw := range whole {
		var k key
		if err := json.Unmarshal(raw, &k); err != nil || k.EntryID == "" {
			t.Fatalf("assessment without kind and id (%v): %s", err, raw)
		}
		byKey[k] = string(raw)
		byKind[k.Kind] = append(byKind[k.Kind], string(raw))
		if strings.Contains(string(raw), `"LST-`) {
			crossChecked++
		}
	}
	if crossChecks && crossChecked == 0 {
		t.Fatal("no assessment has a cross-check finding (LST-…): the test would not see them lost")
	}
	one := func(extra ...string) []string {
		code, out, errb := execCLI(t, append(append([]string{}, args...), extra...)...)
		if code != 0 {
			t.Fatalf("assess %v: exit %d: %s", extra, code, errb)
		}
		var got []json.RawMessage
		if err := json.Unmarshal([]byte(out), &got); err != nil {
			t.Fatal(err)
		}
		s := make([]string, len(got))
		for i := range got {
			s[i] = string(got[i])
		}
		return s
	}
	for k, want := range byKey {
		if diff := cmp.Diff([]string{want}, one("--kind", k.Kind, "--id", k.EntryID)); diff != "" {
			t.Errorf("assess --kind %s --id %s (-whole +selected):\n%s", k.Kind, k.EntryID, diff)
		}
	}
	for kind, want := range byKind {
		if diff := cmp.Diff(want, one("--kind", kind)); diff != "" {
			t.Errorf("assess --kind %s (-whole +selected):\n%s", kind, diff)
		}
	}
}

// TestAssessCSVNeutralisesFormulas: assess --format csv is opened in a
// spreadsheet like the export CSV; an entry name a spreadsheet would
// evaluate (=HYPERLINK…, @…) must be written as text, with ' in front
// (report.NeutraliseFormula), as export --format csv does.
func TestAssessCSVNeutralisesFormulas(t *testing.T) {
	recs := assessCSVOf(t, [][3]string{
		{"contractors/fuda-data-entry.yaml", "  ja: 布田データ入力株式会社（請願署名簿のデータ入力）", `  ja: '=HYPERLINK("http://evil.example","布田")'`},
		{"social/x-chofu-gikai.yaml", "  ja: 調布市議会 公式X", "  ja: '@公式X'"},
	})
	got := map[string]string{}
	for _, r := range recs[1:] {
		got[r[1]] = r[2]
	}
	want := map[string]string{
		"fuda-data-entry": `'=HYPERLINK("http://evil.example","布田")`,
		"x-chofu-gikai":   "'@公式X",
	}
	for id, name := range want {
		if got[id] != name {
			t.Errorf("name cell of %s = %q, want %q", id, got[id], name)
		}
	}
}

// TestWriteAssessJSONIsMarshalIndent: assess --format json, written one
// assessment at a time, is byte for byte json.MarshalIndent of the whole
// slice and a newline: for none, one and every assessment of the example
// register (texts with characters JSON escapes among them).
func TestWriteAssessJSONIsMarshalIndent(t *testing.T) {
	needExample(t)
	res, err := load.Dir(exampleRegister)
	if err != nil {
		t.Fatal(err)
	}
	all, err := riskassess.Scorer{Blockers: res.Blockers}.AssessAll(res.Register, res.Requirements, asOfExample(t))
	if err != nil {
		t.Fatal(err)
	}
	all[0].Findings[0].Message.Ja += ` <a href="x">&</a> "引用" \ ` + "\u2028"
	for _, as := range [][]riskassess.Assessment{{}, all[:1], all} {
		want, err := json.MarshalIndent(as, "", "  ")
		if err != nil {
			t.Fatal(err)
		}
		want = append(want, '\n')
		var got bytes.Buffer
		if err := writeAssessJSON(&got, as); err != nil {
			t.Fatal(err)
		}
		if !bytes.Equal(got.Bytes(), want) {
			t.Errorf("%d assessments: writeAssessJSON differs from json.MarshalIndent (%d bytes, want %d)", len(as), got.Len(), len(want))
		}
	}
}

// asOfExample is the as-of date the tests of the example register use.
func asOfExample(t *testing.T) riskassess.Date {
	t.Helper()
	d, err := riskassess.ParseDate("2026-11-27")
	if err != nil {
		t.Fatal(err)
	}
	return d
}

// TestFilterAssessmentsOrder: the assessments come out by kind (display
// order) and id whether or not they came in that order; in order and
// unfiltered, they are the slice given (no copy), which is never
// reordered in place.
func TestFilterAssessmentsOrder(t *testing.T) {
	mk := func(keys ...string) []riskassess.Assessment {
		var as []riskassess.Assessment
		for _, k := range keys {
			kind, id, _ := strings.Cut(k, "/")
			as = append(as, riskassess.Assessment{Kind: riskassess.Kind(kind), EntryID: id})
		}
		return as
	}
	keys := func(as []riskassess.Assessment) []string {
		var out []string
		for _, a := range as {
			out = append(out, string(a.Kind)+"/"+a.EntryID)
		}
		return out
	}
	want := []string{"contractor/a", "contractor/b", "service/a", "social/a"}
	shuffled := mk("social/a", "contractor/b", "service/a", "contractor/a")
	if got := keys(filterAssessments(shuffled, "", "")); !slices.Equal(got, want) {
		t.Errorf("out of order: got %v, want %v", got, want)
	}
	if got := keys(shuffled); !slices.Equal(got, []string{"social/a", "contractor/b", "service/a", "contractor/a"}) {
		t.Errorf("the slice given was reordered: %v", got)
	}
	sorted := mk(want...)
	if got := filterAssessments(sorted, "", ""); !slices.Equal(keys(got), want) || &got[0] != &sorted[0] {
		t.Errorf("in order: got %v (copied: %v), want %v as given", keys(got), &got[0] != &sorted[0], want)
	}
	if got := keys(filterAssessments(sorted, riskassess.KindContractor, "")); !slices.Equal(got, want[:2]) {
		t.Errorf("--kind contractor: got %v, want %v", got, want[:2])
	}
}

// TestAssessCSVMarksValueLikeText: a name a spreadsheet would read as a
// date or a number (3/4, 00123) is written with ' in front, as export
// --format csv writes it (rcsv.TextCell): Calc showed 3/4 as 03/04/26 and
// 00123 as 123. The score, the counts and the next review stay a number
// and a date, without '.
func TestAssessCSVMarksValueLikeText(t *testing.T) {
	recs := assessCSVOf(t, [][3]string{
		{"contractors/fuda-data-entry.yaml", "  ja: 布田データ入力株式会社（請願署名簿のデータ入力）", `  ja: "3/4"`},
		{"services/web-forms.yaml", "  ja: Webフォーム（傍聴予約・意見募集）", `  ja: "00123"`},
	})
	rows := map[string][]string{}
	for _, r := range recs[1:] {
		rows[r[1]] = r
	}
	for id, name := range map[string]string{"fuda-data-entry": "'3/4", "web-forms": "'00123"} {
		r := rows[id]
		if r == nil {
			t.Fatalf("no row for %s in %q", id, recs)
		}
		if r[2] != name {
			t.Errorf("name cell of %s = %q, want %q", id, r[2], name)
		}
		for _, j := range []int{4, 7, 8, 9} { // score, not answered, not met, next review
			if strings.HasPrefix(r[j], "'") {
				t.Errorf("%s: column %s = %q, want it without '", id, recs[0][j], r[j])
			}
		}
	}
}

// assessCSVOf returns the records of assess --format csv (as of
// 2026-11-27) on a copy of the example with edits applied: each is a file,
// a text in it and its replacement (edit).
func assessCSVOf(t *testing.T, edits [][3]string) [][]string {
	t.Helper()
	dir := copyExample(t)
	for _, e := range edits {
		edit(t, dir, e[0], e[1], e[2])
	}
	code, out, errb := execCLI(t, "assess", "--register", dir, "--as-of", "2026-11-27", "--format", "csv")
	if code != 0 {
		t.Fatalf("exit %d: %s", code, errb)
	}
	recs, err := csv.NewReader(strings.NewReader(strings.TrimPrefix(out, "\uFEFF"))).ReadAll()
	if err != nil {
		t.Fatal(err)
	}
	return recs
}
