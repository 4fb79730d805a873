// Package synth generates synthetic registers for tests and benchmarks.
//
// Generate is deterministic: the same n and seed give the same register,
// and WriteDir writes it as YAML files that store.Load accepts without
// errors. Entries are about 3 KB of YAML each, split roughly 50 %
// contractors, 35 % services and 15 % social-media accounts, with realistic
// Japanese names, owners, approval histories, certifications, contracts and
// clauses, Markdown notes and questionnaire answers.
package synth

import (
	"fmt"
	"math/rand/v2"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"time"

	"github.com/gikai-sec/riskregister/riskassess"
	"github.com/gikai-sec/riskregister/riskassess/fieldrule"
	"go.yaml.in/yaml/v3"
)

// Counts returns how Generate splits n entries: contractors, services and
// social accounts (about 50 %, 35 % and 15 %).
func Counts(n int) (contractors, services, social int) {
	if n <= 0 {
		return 0, 0, 0
	}
	contractors = n * 50 / 100
	services = n * 35 / 100
	return contractors, services, n - contractors - services
}

var (
	companyStems = []string{"アクメ", "ミナト", "サクラ", "ヒカリ", "アオバ", "ツバサ", "カエデ", "ワカバ", "ホクト", "セイラン", "アサヒ", "トウカイ", "ミライ", "ヤマト", "コスモ", "フジ"}
	companyKinds = []string{"情報システム", "データサービス", "テクノロジー", "ネットワークス", "ソリューションズ", "印刷", "コンサルティング", "システム開発"}
	romaji       = []string{"acme", "minato", "sakura", "hikari", "aoba", "tsubasa", "kaede", "wakaba", "hokuto", "seiran", "asahi", "tokai", "mirai", "yamato", "cosmo", "fuji"}
	familyNames  = []string{"佐藤", "鈴木", "高橋", "田中", "伊藤", "渡辺", "山本", "中村", "小林", "加藤", "吉田", "山田", "佐々木", "山口", "松本", "井上"}
	givenNames   = []string{"健一", "裕子", "翔", "美咲", "大輔", "直美", "拓也", "恵", "誠", "由美", "亮", "彩"}
	services     = []string{"電子会議録検索", "議会中継配信", "文書管理", "グループウェア", "電子採決", "Web会議", "ファイル共有", "メール配信", "アンケート集計", "電子申請"}
	platforms    = []riskassess.Platform{riskassess.PlatformX, riskassess.PlatformYouTube, riskassess.PlatformFacebook, riskassess.PlatformInstagram, riskassess.PlatformLINE, riskassess.PlatformNote}
	scopes       = []string{"会議録作成業務", "議会中継システム保守", "ホームページ運用保守", "庁内ネットワーク保守", "議会だより印刷", "文書管理システム運用"}
	clauseReqs   = []string{"OUT-10", "OUT-11", "OUT-12", "OUT-13", "OUT-14", "OUT-15", "OUT-16", "OUT-17"}
	// questionIDs are yes/no questions of the built-in catalogue for each
	// kind (the same number for each: Generate draws the same random
	// numbers whatever the kind). Social has 12 such questions, so two
	// repeat.
	questionIDs = map[riskassess.Kind][]string{
		riskassess.KindContractor: {"Q-OUT-01", "Q-OUT-02", "Q-OUT-03", "Q-OUT-04", "Q-OUT-05", "Q-OUT-06", "Q-OUT-07", "Q-OUT-08", "Q-OUT-10", "Q-OUT-11", "Q-OUT-12", "Q-OUT-32", "Q-OUT-33", "Q-CLS-14"},
		riskassess.KindService:    {"Q-CLD-01", "Q-CLD-02", "Q-CLD-10", "Q-CLD-11", "Q-CLD-12", "Q-CLD-13", "Q-CLD-20", "Q-CLD-21", "Q-CLD-25", "Q-CLD-30", "Q-CLD-40", "Q-CLD-44", "Q-CLD-50", "Q-CLS-14"},
		riskassess.KindSocial:     {"Q-SNS-01", "Q-SNS-02", "Q-SNS-03", "Q-SNS-05", "Q-SNS-07", "Q-SNS-08", "Q-SNS-09", "Q-SNS-10", "Q-SNS-11", "Q-SNS-12", "Q-SNS-13", "Q-SNS-18", "Q-SNS-01", "Q-SNS-02"},
	}
	answerVals = []string{"yes", "yes", "yes", "partial", "no", "na"}
	statuses   = []riskassess.ApprovalStatus{riskassess.StatusApproved, riskassess.StatusApproved, riskassess.StatusConditional, riskassess.StatusRequested, riskassess.StatusDraft, riskassess.StatusSuspended}
	confLevels = []string{"3A", "3B", "3C", "2", "1"}
)

type gen struct {
	r        *rand.Rand
	org      *riskassess.Organisation
	base     riskassess.Date
	contrIDs []string
}

func (g *gen) pick(n int) int { return g.r.IntN(n) }

func pickOf[T any](g *gen, xs []T) T { return xs[g.r.IntN(len(xs))] }

func (g *gen) date() riskassess.Date { return g.base.AddDays(g.r.IntN(1000)) }

func (g *gen) boolp() *bool { b := g.r.IntN(4) != 0; return &b }

// Generate returns a register of n entries built from seed with a PCG
// source. Entries are sorted by id within each kind and have ID and Source
// set as store.Load would set them.
func Generate(n int, seed uint64) *riskassess.Register {
	g := &gen{r: rand.New(rand.NewPCG(seed, seed^0x9e3779b97f4a7c15)), base: riskassess.NewDate(2024, time.April, 1)}
	reg := &riskassess.Register{Org: g.organisation()}
	g.org = &reg.Org
	nc, ns, nm := Counts(n)
	for i := range nc {
		g.contrIDs = append(g.contrIDs, fmt.Sprintf("%s-%05d", romaji[i%len(romaji)], i+1))
	}
	for i, id := range g.contrIDs {
		reg.Contractors = append(reg.Contractors, g.contractor(i, id))
	}
	for i := range ns {
		reg.Services = append(reg.Services, g.service(i))
	}
	for i := range nm {
		reg.Social = append(reg.Social, g.social(i))
	}
	sortByID(reg.Contractors)
	sortByID(reg.Services)
	sortByID(reg.Social)
	return reg
}

func sortByID[E riskassess.Entry](es []E) {
	sort.Slice(es, func(i, j int) bool { return es[i].Base().ID < es[j].Base().ID })
}

func (g *gen) organisation() riskassess.Organisation {
	o := riskassess.Organisation{
		Name: riskassess.T("合成市議会", "Synthetic City Council"),
		Policy: riskassess.Policy{
			Title: riskassess.T("合成市議会情報セキュリティポリシー", "Information security policy of the Synthetic City Council"),
			URL:   "https://www.example.lg.jp/gikai/policy.html",
			Clauses: []riskassess.Clause{
				{ID: "6(8)", Title: riskassess.T("業務委託と外部サービスの利用", "Outsourcing and external services")},
				{ID: "6(9)", Title: riskassess.T("ソーシャルメディアサービスの利用", "Social-media services")},
			},
		},
		Positions: []riskassess.Position{
			{ID: "jimukyokucho", Title: riskassess.T("事務局長", "Director-General")},
			{ID: "kacho", Title: riskassess.T("課長", "Section Chief")},
			{ID: "kakaricho", Title: riskassess.T("係長", "Unit Chief")},
			{ID: "shunin", Title: riskassess.T("主任", "Senior Staff")},
		},
		ApprovalChain: []riskassess.ApprovalStep{
			{Role: riskassess.T("所管課長", "Owning section chief"), Position: "kacho"},
			{Role: riskassess.T("事務局長", "Director-General"), Position: "jimukyokucho", MinRisk: riskassess.RiskHigh},
		},
		Website: "https://www.example.lg.jp/gikai/",
	}
	secs := []struct{ id, ja, en string }{
		{"jimukyoku", "議会事務局", "Secretariat"},
		{"somu", "総務課", "General Affairs"},
		{"giji", "議事係", "Proceedings"},
		{"chosa", "調査係", "Research"},
		{"kouhou", "広報係", "Public Relations"},
		{"joho", "情報政策課", "Information Policy"},
	}
	for i, s := range secs {
		sec := riskassess.Section{ID: s.id, Name: riskassess.T(s.ja, s.en)}
		if i > 0 {
			sec.Parent = "jimukyoku"
		}
		o.Sections = append(o.Sections, sec)
	}
	for i := range 24 {
		o.People = append(o.People, riskassess.Person{
			ID:       fmt.Sprintf("staff-%02d", i+1),
			Name:     riskassess.T(familyNames[i%len(familyNames)]+" "+givenNames[(i*5)%len(givenNames)], ""),
			Section:  secs[i%len(secs)].id,
			Position: o.Positions[1+i%3].ID,
		})
	}
	return o
}

func (g *gen) owner() riskassess.Owner {
	p := pickOf(g, g.org.People)
	return riskassess.Owner{Section: p.Section, Position: p.Position, Person: p.ID}
}

func (g *gen) common(k riskassess.Kind, ja, en string) riskassess.Common {
	st := pickOf(g, statuses)
	decided := g.date()
	c := riskassess.Common{
		Name:  riskassess.T(ja, en),
		Owner: g.owner(),
		Approval: riskassess.Approval{
			Status:    st,
			Approver:  "kacho",
			DecidedOn: decided,
		},
		ReviewDue:    decided.AddMonths(12),
		LastReviewed: decided,
		Notes: fmt.Sprintf("## 経緯\n\n%sの利用について、%d年度に所管課から申請があった。\n\n"+
			"- 取り扱う情報: 会議録、議員名簿（個人情報を含む）\n- 前回の確認: %s\n- 担当者の所見: **重大な指摘事項なし**。次回は実地確認を行う。\n\n"+
			"詳細は[確認記録](https://intra.example.lg.jp/records/%d)を参照。\n", ja, decided.Year, decided, g.pick(100000)),
		Evidence: []riskassess.Link{
			{Title: "契約書（写し）", URL: fmt.Sprintf("https://intra.example.lg.jp/docs/%d.pdf", g.pick(100000))},
			{Title: "セキュリティチェックシート", URL: fmt.Sprintf("https://intra.example.lg.jp/docs/%d.xlsx", g.pick(100000))},
		},
		Answers: map[string]riskassess.Answer{},
	}
	if st == riskassess.StatusConditional {
		c.Approval.Conditions = []string{"再委託先の事前承認を得ること", "年1回以上の報告を求めること"}
	}
	if st == riskassess.StatusApproved || st == riskassess.StatusConditional {
		c.Approval.ValidUntil = decided.AddMonths(24)
	}
	for h := range 1 + g.pick(3) {
		c.Approval.History = append(c.Approval.History, riskassess.DecisionRecord{
			Status: pickOf(g, statuses), Approver: "kacho", On: decided.AddDays(-400 * (h + 1)),
			Note: "定期見直しによる判断",
		})
	}
	qs := questionIDs[k]
	for _, q := range qs[:8+g.pick(len(qs)-8)] {
		a := riskassess.Answer{Value: pickOf(g, answerVals), Cell: fmt.Sprintf("Questions!D%d", 10+g.pick(60))}
		if a.Value != "yes" {
			a.Comment = "改善計画を提出予定"
		}
		c.Answers[q] = a
	}
	if g.pick(2) == 0 {
		c.Assessments = []riskassess.AssessmentRecord{{
			On:               decided.AddDays(-30),
			Source:           fmt.Sprintf("questionnaire-%d.xlsx", g.pick(1000)),
			SHA256:           fmt.Sprintf("%016x%016x%016x%016x", g.r.Uint64(), g.r.Uint64(), g.r.Uint64(), g.r.Uint64()),
			CatalogueVersion: "2026.1",
			Respondent:       riskassess.Respondent{Company: ja, Person: "情報管理責任者", Contact: "security@example.co.jp"},
			Answers:          c.Answers,
		}}
	}
	return c
}

// corporateNumber returns a valid 法人番号.
func (g *gen) corporateNumber() string {
	base := fmt.Sprintf("%012d", g.r.Int64N(1_000_000_000_000))
	return fmt.Sprintf("%d%s", fieldrule.CorporateCheckDigit(base), base)
}

func (g *gen) certs() []riskassess.Certification {
	types := []riskassess.CertType{riskassess.CertISMS, riskassess.CertPrivacyMark, riskassess.CertISO27017, riskassess.CertSOC2}
	var out []riskassess.Certification
	for i := range 1 + g.pick(3) {
		out = append(out, riskassess.Certification{
			Type: types[i], Number: fmt.Sprintf("IS %06d", g.pick(1000000)),
			Scope: "本社及びデータセンターにおける情報システムの開発・運用", ValidUntil: g.date().AddMonths(12),
		})
	}
	return out
}

func (g *gen) contractor(i int, id string) *riskassess.Contractor {
	stem := companyStems[i%len(companyStems)]
	kind := pickOf(g, companyKinds)
	legal := "株式会社" + stem + kind
	c := &riskassess.Contractor{
		Common:          g.common(riskassess.KindContractor, legal, strings.ToUpper(romaji[i%len(romaji)][:1])+romaji[i%len(romaji)][1:]+" Co., Ltd."),
		LegalName:       legal,
		LegalNameKana:   stem + "カブシキガイシャ",
		CorporateNumber: g.corporateNumber(),
		Certifications:  g.certs(),
		LastConfirmed:   g.date(),
		LastOnsiteCheck: g.date(),
		Reports:         []riskassess.Report{{On: g.date(), Title: "情報セキュリティ対策実施状況報告書"}},
	}
	c.ID, c.Source = id, "contractors/"+id+".yaml"
	for k := range 1 + g.pick(2) {
		from := g.date()
		ct := riskassess.Contract{
			ID: fmt.Sprintf("r%d-%03d", from.Year-2018, k+1), Scope: pickOf(g, scopes), From: from, To: from.AddMonths(12).AddDays(-1),
			Information: []riskassess.InformationAccess{{
				Description: "会議録原稿及び発言者名", Class: riskassess.Classification{Confidentiality: pickOf(g, confLevels), Integrity: "2", Availability: "2"},
				PersonalData: g.pick(2) == 0,
			}},
			Segments:  []riskassess.Segment{pickOf(g, []riskassess.Segment{riskassess.SegmentLGWAN, riskassess.SegmentInternet})},
			WorkSites: []riskassess.WorkSite{{Kind: riskassess.SiteVendorPremises, Address: "東京都調布市小島町2丁目"}},
		}
		for q, req := range clauseReqs[:3+g.pick(len(clauseReqs)-3)] {
			ct.Clauses = append(ct.Clauses, riskassess.ContractClause{Requirement: req, Article: fmt.Sprintf("第%d条", 10+q)})
		}
		if g.pick(3) == 0 && len(g.contrIDs) > 1 {
			sub := g.contrIDs[g.pick(len(g.contrIDs))]
			if sub != id {
				ct.Subcontractors = []riskassess.Subcontractor{{Contractor: sub, Scope: "データ入力", ApprovedOn: from}}
			}
		}
		c.Contracts = append(c.Contracts, ct)
	}
	if g.pick(5) == 0 {
		c.Incidents = []riskassess.Incident{{On: g.date(), Summary: "委託先職員による誤送信（個人情報を含まない）"}}
		c.Remediation = []riskassess.RemediationItem{{Summary: "送信前の二重確認の徹底", Requirement: "OUT-14", Due: g.date()}}
	}
	return c
}

func (g *gen) service(i int) *riskassess.Service {
	name := services[i%len(services)] + "サービス"
	id := fmt.Sprintf("svc-%05d", i+1)
	s := &riskassess.Service{
		Common:         g.common(riskassess.KindService, name, "Service "+id),
		ContractType:   pickOf(g, []riskassess.ContractType{riskassess.ContractNegotiated, riskassess.ContractTerms}),
		Delivery:       pickOf(g, []riskassess.Delivery{riskassess.DeliveryLGWANASP, riskassess.DeliverySaaS, riskassess.DeliveryIaaSPaaS}),
		Segments:       []riskassess.Segment{riskassess.SegmentInternet},
		Class:          riskassess.Classification{Confidentiality: pickOf(g, confLevels[2:]), Integrity: "1", Availability: "2"},
		PersonalData:   g.pick(2) == 0,
		ContractEnd:    g.date().AddMonths(12),
		Certifications: g.certs(),
		DataLocations:  []riskassess.DataLocation{{Country: "JP", Region: "東京"}},
		GoverningLaw:   "日本法",
		Court:          "東京地方裁判所",
		SLA:            &riskassess.SLA{Availability: 99.9, Support: "平日9時〜17時"},
		Exit:           &riskassess.Exit{DataReturn: g.boolp(), Deletion: g.boolp(), Format: "CSV"},
		Auth:           &riskassess.Auth{SSO: g.boolp(), AdminMFA: g.boolp()},
		Manager:        pickOf(g, g.org.People).ID,
		PermittedUses:  []string{"議会運営に関する連絡", "公開情報の共有"},
		TermsCheckedOn: g.date(),
		Purpose:        name + "を利用して議会事務を効率化する。",
	}
	s.ID, s.Source = id, "services/"+id+".yaml"
	if len(g.contrIDs) > 0 && g.pick(3) == 0 {
		s.Provider = riskassess.Provider{Contractor: g.contrIDs[g.pick(len(g.contrIDs))]}
	} else {
		s.Provider = riskassess.Provider{Name: "株式会社" + pickOf(g, companyStems) + "クラウド"}
	}
	if g.pick(2) == 0 {
		s.ISMAP = &riskassess.ISMAP{List: riskassess.ISMAPFull, Number: ismapNumber(g.pick(1000000)), ValidUntil: g.date(), FunctionsInScope: g.boolp()}
	}
	return s
}

func (g *gen) social(i int) *riskassess.Social {
	pl := platforms[i%len(platforms)]
	id := fmt.Sprintf("%s-%05d", pl, i+1)
	handle := fmt.Sprintf("gikai_%05d", i+1)
	s := &riskassess.Social{
		Common:              g.common(riskassess.KindSocial, fmt.Sprintf("合成市議会公式%sアカウント%d", pl.Label("ja"), i+1), ""),
		Platform:            pl,
		Handle:              handle,
		URL:                 fmt.Sprintf("https://%s.example.com/%s", pl, handle),
		Purpose:             "議会の開催案内及び議会中継のお知らせ",
		Responsible:         g.owner(),
		MFA:                 g.boolp(),
		PasswordChangedOn:   g.date(),
		ListedOn:            "https://www.example.lg.jp/gikai/sns.html",
		PostingRules:        "https://www.example.lg.jp/gikai/sns-policy.html",
		TermsCheckedOn:      g.date(),
		LastPost:            g.date(),
		Status:              riskassess.AccountActive,
		CredentialCustodian: pickOf(g, g.org.People).ID,
	}
	s.ID, s.Source = id, "social/"+id+".yaml"
	for range 1 + g.pick(3) {
		s.Operators = append(s.Operators, pickOf(g, g.org.People).ID)
	}
	return s
}

// WriteDir writes reg into dir as a register folder: register.yaml and one
// file per entry under contractors/, services/ and social/, named by the
// entry's ID. It creates dir and the kind folders as needed.
func WriteDir(dir string, reg *riskassess.Register) error {
	for _, k := range riskassess.Kinds() {
		if err := os.MkdirAll(filepath.Join(dir, k.Dir()), 0o755); err != nil {
			return err
		}
	}
	if err := writeYAML(filepath.Join(dir, "register.yaml"), &reg.Org); err != nil {
		return err
	}
	for _, e := range reg.Entries() {
		id := e.Base().ID
		if !fieldrule.ValidID(id) {
			return fmt.Errorf("synth: entry id %q is not valid", id)
		}
		if err := writeYAML(filepath.Join(dir, e.Kind().Dir(), id+".yaml"), e); err != nil {
			return err
		}
	}
	return nil
}

// Marshal returns v as YAML with an indent of two spaces.
func Marshal(v any) ([]byte, error) {
	var b strings.Builder
	enc := yaml.NewEncoder(&b)
	enc.SetIndent(2)
	if err := enc.Encode(v); err != nil {
		return nil, err
	}
	if err := enc.Close(); err != nil {
		return nil, err
	}
	return []byte(b.String()), nil
}

func writeYAML(path string, v any) error {
	data, err := Marshal(v)
	if err != nil {
		return fmt.Errorf("synth: %s: %w", path, err)
	}
	return os.WriteFile(path, data, 0o644)
}

// ismapNumber returns an ISMAP registration number in the published form
// (C21-0008-2) made from one random draw n.
func ismapNumber(n int) string {
	return fmt.Sprintf("C%02d-%04d-%d", 20+n%7, n/7%10000, 1+n%3)
}
