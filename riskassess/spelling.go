package riskassess

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// Replacement returns the allowed value that v, a value that e's type does
// not accept, stands for: its Japanese or English label (約款 → terms,
// 運用中 → active, 承認 → approved), a common spelling from the alias
// tables below (twitter → x, ISO27001 → isms, IaaS → iaas-paas), or the
// value itself written in another case or width or with other separators
// (SaaS → saas, ＳａａＳ → saas, "on premises" → on-premises). Case, width,
// spaces, "-", "_", "/", ".", "・" and brackets are ignored when spellings
// are compared. ok is false when v is not recognised, and for a spelling
// that would stand for two values of the type.
//
// e is any value of the Enum type, usually its zero value: Replacement
// (ContractType(""), "約款") returns "terms", true. The labels come from
// each type's enumTable, so a new label is recognised without being
// written again here.
func Replacement(e Enum, v string) (string, bool) {
	voc := vocabOf(e)
	if voc == nil {
		return "", false
	}
	r, ok := voc.keys[foldSpelling(v)]
	return r, ok
}

// vocab maps folded spellings to the allowed value they stand for.
type vocab struct {
	keys map[string]string
	// owner is the value each folded spelling was first added for; it is
	// kept when the spelling is dropped as ambiguous.
	owner map[string]string
	// ambiguous lists spellings that stood for two values and were
	// dropped; a test keeps it empty.
	ambiguous []string
}

func newVocab() *vocab {
	return &vocab{keys: map[string]string{}, owner: map[string]string{}}
}

// add records that spelling, once folded, stands for value. A spelling
// that folds to nothing is ignored; one already added for another value
// is dropped and listed in ambiguous.
func (v *vocab) add(spelling, value string) {
	k := foldSpelling(spelling)
	if k == "" {
		return
	}
	if o, ok := v.owner[k]; ok {
		if o != value && v.keys[k] != "" {
			delete(v.keys, k)
			v.ambiguous = append(v.ambiguous, spelling+" ("+o+", "+value+")")
		}
		return
	}
	v.owner[k] = value
	v.keys[k] = value
}

// Common spellings of allowed values that neither the value nor its
// labels give once folded (see Replacement). Keep them small: only
// spellings that staff and vendors are known to write, each standing for
// exactly one value.
var (
	kindAliases = map[string]Kind{
		"委託先": KindContractor, "委託": KindContractor,
		"クラウドサービス": KindService, "クラウド": KindService,
		"sns": KindSocial, "ソーシャルメディア": KindSocial, "snsアカウント": KindSocial,
	}
	approvalStatusAliases = map[string]ApprovalStatus{
		"approve": StatusApproved, "承認済": StatusApproved, "承認済み": StatusApproved,
		"条件付き承認": StatusConditional, "条件付承認済": StatusConditional,
		"起案": StatusDraft, "下書き": StatusDraft, "申請": StatusRequested,
		"reject": StatusRejected, "suspend": StatusSuspended, "retire": StatusRetired,
	}
	segmentAliases = map[string]Segment{
		"マイナンバー系": SegmentMyNumber, "個人番号利用事務系": SegmentMyNumber,
		"lgwan系": SegmentLGWAN, "インターネット系": SegmentInternet,
	}
	contractTypeAliases = map[string]ContractType{
		"規約": ContractTerms, "約款型": ContractTerms, "clickthrough": ContractTerms,
		"個別": ContractNegotiated, "契約": ContractNegotiated,
	}
	deliveryAliases = map[string]Delivery{
		"iaas": DeliveryIaaSPaaS, "paas": DeliveryIaaSPaaS,
		"onpremise": DeliveryOnPremises, "onprem": DeliveryOnPremises, "オンプレ": DeliveryOnPremises,
	}
	ismapListAliases = map[string]ISMAPList{"ismaplowimpactuse": ISMAPLIU}
	certTypeAliases  = map[string]CertType{
		"iso27001": CertISMS, "iso/iec27001": CertISMS, "jisq27001": CertISMS, "isms認証": CertISMS,
		"pマーク": CertPrivacyMark, "pmark": CertPrivacyMark,
		"iso/iec27018": CertISO27018, "soc2type2": CertSOC2, "soc2typeii": CertSOC2,
		"aspic認定": CertASPICCertify,
	}
	platformAliases = map[string]Platform{
		"twitter": PlatformX, "ツイッター": PlatformX, "エックス": PlatformX,
		"ユーチューブ": PlatformYouTube, "フェイスブック": PlatformFacebook,
		"インスタグラム": PlatformInstagram, "インスタ": PlatformInstagram,
		"ライン": PlatformLINE, "line公式アカウント": PlatformLINE, "ティックトック": PlatformTikTok,
	}
	accountStatusAliases = map[string]AccountStatus{
		"休止": AccountSuspended, "停止": AccountSuspended, "停止中": AccountSuspended,
		"運用": AccountActive, "公開中": AccountActive,
	}
	workSiteKindAliases = map[string]WorkSiteKind{
		"datacenter": SiteDataCentre, "dc": SiteDataCentre, "庁内": SiteOurPremises,
		"リモート": SiteRemote, "遠隔保守": SiteRemote, "事業者の事業所": SiteVendorPremises,
	}
	severityAliases      = map[string]Severity{"重要": SeverityHigh}
	reviewOutcomeAliases = map[string]ReviewOutcome{"継続": ReviewStillValid, "変更なし": ReviewStillValid, "再採点": ReviewRescored}
	riskLevelAliases     = map[string]RiskLevel{}
	attesterAliases      = map[string]Attester{"ベンダー": AttestVendor, "台帳": AttestRegister, "所管課": AttestCouncil}
	dateStyleAliases     = map[string]DateStyle{"元号": DateWareki, "gregorian": DateISO}
	publicListAliases    = map[string]PublicList{"ismapliu": ListISMAPLIU, "法人番号": ListCorporate}
	coverageAliases      = map[string]Coverage{"全国": CoverageNational, "都道府県": CoveragePrefecture, "差分": CoverageDifference}
	answerTypeAliases    = map[string]AnswerType{
		"はい/いいえ": AnswerYesNo, "選択": AnswerChoice, "日付": AnswerDate,
		"数値": AnswerNumber, "数": AnswerNumber, "文字": AnswerText, "テキスト": AnswerText, "自由記述": AnswerText,
	}
)

// vocabOf returns the vocabulary of e's type, nil for a type this package
// does not declare with newEnum.
func vocabOf(e Enum) *vocab {
	for _, t := range enumTables {
		if t.owns(e) {
			return t.spellings()
		}
	}
	return nil
}

// labelVariants returns a label, the part before its first bracket and
// the part inside it: "X（旧Twitter）" gives "X（旧Twitter）", "X" and
// "旧Twitter".
func labelVariants(l string) []string {
	out := []string{l}
	if i := strings.IndexAny(l, "（("); i > 0 {
		out = append(out, l[:i])
		inner := l[i:]
		_, size := utf8.DecodeRuneInString(inner)
		inner = strings.TrimRight(inner[size:], "）)")
		if inner != "" {
			out = append(out, inner)
		}
	}
	return out
}

// NarrowRune returns r's ASCII form when r is a full-width ASCII
// character (U+FF01–U+FF5E: Ａ, ５, （, ＿ as A, 5, (, _), else r: how
// the register reads what was typed with a Japanese input method on.
// The ideographic space U+3000 is not in that block and is returned as it
// is.
func NarrowRune(r rune) rune {
	if r >= '\uFF01' && r <= '\uFF5E' {
		return r - 0xFEE0
	}
	return r
}

// foldSpelling folds s for comparing spellings: full-width ASCII becomes
// ASCII, letters lower case; spaces, "-", "_", "/", ".", "・" and brackets
// are dropped.
func foldSpelling(s string) string {
	var b strings.Builder
	for _, r := range s {
		r = NarrowRune(r)
		if unicode.IsSpace(r) || strings.ContainsRune("-_/.・･()[]「」‐－—", r) {
			continue
		}
		b.WriteRune(unicode.ToLower(r))
	}
	return b.String()
}
