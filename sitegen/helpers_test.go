package sitegen

import (
	"bytes"
	"context"
	"os"
	"path"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/gikai-sec/riskregister/riskassess"
	"github.com/gikai-sec/riskregister/riskassess/catalog"
	yaml "go.yaml.in/yaml/v3"
	"golang.org/x/tools/txtar"
)

// testRegister is a small register covering every kind, with findings of
// every outcome, approval history, questionnaire history, notes and
// evidence. Values that must never reach the public site carry the marker
// word "INTERNAL" or are listed by internalValues.
const testRegister = `
-- register.yaml --
name: { ja: テスト市議会, en: Test City Council }
website: https://www.city.test.example/gikai/
policy:
  title: { ja: 情報セキュリティ基本方針, en: Security policy }
sections:
  - id: somu
    name: { ja: 総務課, en: General Affairs }
  - id: koho
    name: { ja: 広報係, en: Public Relations }
positions:
  - id: kacho
    title: { ja: 課長, en: Director }
  - id: kakaricho
    title: { ja: 係長, en: Unit chief }
people:
  - id: yamada-t
    name: { ja: 山田 太郎, en: Taro Yamada }
    section: somu
    position: kacho
  - id: suzuki-h
    name: { ja: 鈴木 花子, en: Hanako Suzuki }
    section: koho
    position: kakaricho
  - id: tanaka-j
    name: { ja: 田中 次郎, en: Jiro Tanaka }
    section: koho
-- contractors/acme-johou.yaml --
name: { ja: アクメ情報サービス, en: Acme Information Services }
legal_name: 株式会社アクメ情報サービス
legal_name_kana: アクメジョウホウサービス
corporate_number: "1234567890123"
owner: { section: somu, position: kacho, person: yamada-t }
approval:
  status: conditional
  approver: kacho
  decided_on: 2026-04-01
  conditions: [再委託先の承認を得ること INTERNAL-COND]
  valid_until: 2027-03-31
  history:
    - { status: requested, on: 2026-03-01, note: 申請 INTERNAL-HIST }
contracts:
  - id: K-2026-001
    scope: 会議録作成システムの保守 INTERNAL-SCOPE
    from: 2026-04-01
    to: 2027-03-31
    information:
      - { description: 会議録原稿 INTERNAL-INFO, class: { confidentiality: "2" }, personal_data: true }
    segments: [lgwan]
    clauses:
      - { requirement: T-01, article: 第12条 }
    subcontractors:
      - { name: 下請データ株式会社 INTERNAL-SUB, scope: 入力作業 }
    work_sites:
      - { kind: vendor-premises, address: 東京都調布市小島町1-1 INTERNAL-ADDR }
certifications:
  - { type: isms, number: IS-INTERNAL-999, scope: 本社 INTERNAL-CERTSCOPE, valid_until: 2027-01-10 }
last_confirmed: 2026-05-01
reports:
  - { on: 2026-06-30, title: 四半期報告 INTERNAL-REPORT }
remediation:
  - { summary: 教育記録の提出 INTERNAL-REM, requirement: T-01, due: 2026-12-31 }
review_due: 2026-10-01
notes: |
  **保守窓口**は平日のみ。INTERNAL-NOTE

  - 連絡先は[担当表](docs/contacts.pdf)を参照
evidence:
  - { title: 契約書 INTERNAL-EVID, url: https://docs.test.example/k-2026-001.pdf }
  - { title: 社内資料, url: "file:///c:/secret.docx" }
answers:
  q-isms: { value: "yes", comment: 更新審査済み INTERNAL-ANSWER, cell: "Questions!D17" }
assessments:
  - on: 2026-03-15
    source: questionnaires/acme-2026.xlsx
    sha256: 0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef
    catalogue_version: "1"
    respondent: { company: 株式会社アクメ情報サービス, person: 回答 太郎 INTERNAL-RESP, contact: resp@acme.example }
    answers:
      q-isms: { value: "no" }
  - on: 2026-09-01
    source: questionnaires/acme-2026b.xlsx
    sha256: 1123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef
    catalogue_version: "1"
    respondent: { company: 株式会社アクメ情報サービス, person: 回答 太郎 INTERNAL-RESP, contact: resp@acme.example }
    answered: [q-isms]
    changed:
      q-isms: { from: "no", to: "yes", from_comment: "", to_comment: 更新審査済み INTERNAL-ANSWER }
-- services/chat-saas.yaml --
name: { ja: 議会チャット, en: Council chat }
provider: { contractor: acme-johou }
contract_type: terms
delivery: saas
segments: [internet]
class: { confidentiality: "2", integrity: "2", availability: "1" }
contract_end: 2027-01-31
ismap: { list: ismap-liu, number: LIU-INTERNAL-42, valid_until: 2026-12-15 }
data_locations: [{ country: JP, region: 東京 }]
manager: tanaka-j
purpose: 議員と事務局の連絡
owner: { section: koho, person: suzuki-h }
approval: { status: approved, approver: kacho, decided_on: 2026-02-01 }
notes: チャットの運用メモ INTERNAL-NOTE2
-- services/old-storage.yaml --
name: { ja: 旧ファイル共有, en: Old file share }
provider: { name: 旧共有株式会社 }
contract_type: negotiated
delivery: on-premises
class: { confidentiality: "3A" }
purpose: 廃止済みの共有 INTERNAL-RETIRED
owner: { section: somu }
approval: { status: retired, decided_on: 2025-03-31 }
-- social/x-gikai.yaml --
name: { ja: 議会公式X, en: Council on X }
platform: x
handle: "@test_gikai"
url: https://x.example/test_gikai
purpose: 本会議の日程のお知らせ
responsible: { section: koho, position: kakaricho, person: suzuki-h }
operators: [tanaka-j]
mfa: true
credential_custodian: suzuki-h
password_changed_on: 2026-01-10
status: active
owner: { section: koho, person: suzuki-h }
approval: { status: approved, approver: kacho, decided_on: 2025-04-01 }
takeover_procedure: 緊急時手順 INTERNAL-TAKEOVER
notes: パスワードは金庫に保管 INTERNAL-SNSNOTE
-- social/fb-gikai.yaml --
name: { ja: 議会Facebook, en: Council on Facebook }
platform: facebook
handle: test.gikai
url: https://facebook.example/test.gikai
purpose: 活動報告（休止中）
responsible: { section: koho, person: suzuki-h }
status: suspended
notice_url: https://www.city.test.example/gikai/fb-kyushi.html
owner: { section: koho }
approval: { status: suspended, approver: kacho, decided_on: 2025-09-20 }
-- social/line-draft.yaml --
name: { ja: LINE（検討中）, en: LINE (planned) }
platform: line
handle: test-line INTERNAL-DRAFTHANDLE
url: https://line.example/test-line
status: active
owner: { section: koho }
approval: { status: requested }
`

// testAsOf is the as-of date of the test register.
var testAsOf = riskassess.NewDate(2026, time.November, 27)

// testRequirements are three small requirements with pure checks, so that
// the findings of the test register cover every outcome.
func testRequirements() []riskassess.Requirement {
	return []riskassess.Requirement{
		{
			ID: "T-01", Kinds: []riskassess.Kind{riskassess.KindContractor}, Clause: "6(8)",
			Title: riskassess.T("ISMS認証", "ISMS certification"), Text: riskassess.T("ISMS認証を取得していること", "Holds ISMS"),
			Severity: riskassess.SeverityHigh, Weight: 2, AttestedBy: riskassess.AttestVendor,
			Remediation: riskassess.T("認証の写しを提出させる", "Obtain a copy of the certificate"),
			Question:    &riskassess.Question{ID: "q-isms", Text: riskassess.T("ISMS認証を取得していますか", "Do you hold ISMS?"), Type: riskassess.AnswerYesNo},
			Check: func(s *riskassess.Subject) riskassess.Result {
				if a, ok := s.Answers["q-isms"]; ok && a.Value == "yes" {
					return riskassess.Result{Outcome: riskassess.OutcomeMet, Message: riskassess.T("取得済み", "Held")}
				}
				return riskassess.Result{Outcome: riskassess.OutcomeNotAnswered, Message: riskassess.T("未回答", "No answer")}
			},
		},
		{
			ID: "T-02", Kinds: []riskassess.Kind{riskassess.KindContractor, riskassess.KindService}, Clause: "6(8)",
			Title: riskassess.T("再委託の事前承認", "Prior approval of subcontracting"), Severity: riskassess.SeverityMedium, Weight: 1,
			AttestedBy:  riskassess.AttestRegister,
			Remediation: riskassess.T("再委託の承認手続を行う", "Approve subcontractors"),
			Check: func(s *riskassess.Subject) riskassess.Result {
				if c, ok := s.Entry.(*riskassess.Contractor); ok && len(c.Contracts) > 0 && len(c.Contracts[0].Subcontractors) > 0 {
					return riskassess.Result{Outcome: riskassess.OutcomeNotMet, Evidence: "contracts[0].subcontractors",
						Message: riskassess.T("再委託先 "+c.Contracts[0].Subcontractors[0].Name+" が未承認 INTERNAL-FINDING", "Subcontractor not approved")}
				}
				return riskassess.Result{Outcome: riskassess.OutcomeNotApplicable, Message: riskassess.T("再委託なし", "No subcontracting")}
			},
		},
		{
			ID: "T-03", Kinds: []riskassess.Kind{riskassess.KindSocial, riskassess.KindService}, Clause: "6(6)",
			Title: riskassess.T("多要素認証", "Multi-factor authentication"), Severity: riskassess.SeverityCritical, Weight: 3,
			AttestedBy: riskassess.AttestRegister,
			Check: func(s *riskassess.Subject) riskassess.Result {
				if m, ok := s.Entry.(*riskassess.Social); ok && m.MFA != nil && *m.MFA {
					return riskassess.Result{Outcome: riskassess.OutcomeMet, Message: riskassess.T("設定済み", "Enabled")}
				}
				return riskassess.Result{Outcome: riskassess.OutcomePartial, Message: riskassess.T("一部のみ INTERNAL-PARTIAL", "Partly")}
			},
		},
	}
}

// loadTxtar decodes a register from a txtar archive of YAML files laid out
// like a register folder (strict: unknown fields fail the test). Entry ids
// come from the file names, as the store sets them.
func loadTxtar(t testing.TB, src string) *riskassess.Register {
	t.Helper()
	reg := &riskassess.Register{}
	for _, f := range txtar.Parse([]byte(src)).Files {
		dir, file := path.Split(f.Name)
		id := strings.TrimSuffix(file, ".yaml")
		var v any
		switch dir {
		case "":
			v = &reg.Org
		case "contractors/":
			c := &riskassess.Contractor{}
			c.ID, c.Source = id, f.Name
			reg.Contractors = append(reg.Contractors, c)
			v = c
		case "services/":
			s := &riskassess.Service{}
			s.ID, s.Source = id, f.Name
			reg.Services = append(reg.Services, s)
			v = s
		case "social/":
			s := &riskassess.Social{}
			s.ID, s.Source = id, f.Name
			reg.Social = append(reg.Social, s)
			v = s
		case "lists/":
			l := &riskassess.ListSnapshot{Source: f.Name}
			reg.Lists = append(reg.Lists, l)
			v = l
		default:
			t.Fatalf("%s: unexpected file", f.Name)
		}
		dec := yaml.NewDecoder(bytes.NewReader(f.Data))
		dec.KnownFields(true)
		if err := dec.Decode(v); err != nil {
			t.Fatalf("%s: %v", f.Name, err)
		}
	}
	byID := func(a, b riskassess.Entry) int { return strings.Compare(a.Base().ID, b.Base().ID) }
	slices.SortFunc(reg.Contractors, func(a, b *riskassess.Contractor) int { return byID(a, b) })
	slices.SortFunc(reg.Services, func(a, b *riskassess.Service) int { return byID(a, b) })
	slices.SortFunc(reg.Social, func(a, b *riskassess.Social) int { return byID(a, b) })
	return reg
}

// testSite loads the test register (or src), assesses it with
// testRequirements and builds it into a new temporary folder.
func testSite(t testing.TB, src string, opts Options) (string, *riskassess.Register, []riskassess.Assessment) {
	t.Helper()
	reg := loadTxtar(t, src)
	reqs := testRequirements()
	as := mustAssess(riskassess.Scorer{Blockers: catalog.Blockers()}.AssessAll(reg, reqs, testAsOf))
	if opts.OutDir == "" {
		opts.OutDir = filepath.Join(t.TempDir(), "site")
	}
	if opts.AsOf.IsZero() {
		opts.AsOf = testAsOf
	}
	if opts.Requirements == nil {
		opts.Requirements = reqs
	}
	if _, err := Build(context.Background(), reg, as, opts); err != nil {
		t.Fatalf("Build: %v", err)
	}
	return opts.OutDir, reg, as
}

// readTree returns every file of dir by slash path.
func readTree(t testing.TB, dir string) map[string][]byte {
	t.Helper()
	out := map[string][]byte{}
	err := filepath.WalkDir(dir, func(p string, d os.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		b, err := os.ReadFile(p)
		if err != nil {
			return err
		}
		rel, _ := filepath.Rel(dir, p)
		out[filepath.ToSlash(rel)] = b
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	return out
}
