package riskassess

import "strings"

// Enum is implemented by the string types of this package that accept a
// fixed set of values. Adapters use it to validate input and to list the
// allowed values in error messages and JSON Schemas.
type Enum interface {
	// Valid reports whether the value is one of Allowed (the empty string
	// is valid for optional fields and is checked separately).
	Valid() bool
	// Allowed lists the accepted spellings, in documentation order.
	Allowed() []string
}

func validIn(v string, allowed []string) bool {
	for _, a := range allowed {
		if v == a {
			return true
		}
	}
	return false
}

// Kind is the kind of a register entry.
type Kind string

// The three kinds of entry. Each lives in its own folder of the register.
const (
	KindContractor Kind = "contractor" // 委託事業者, folder contractors/
	KindService    Kind = "service"    // 外部サービス, folder services/
	KindSocial     Kind = "social"     // ソーシャルメディアアカウント, folder social/
)

// Kinds lists every kind in display order.
var Kinds = []Kind{KindContractor, KindService, KindSocial}

func (k Kind) Valid() bool     { return validIn(string(k), k.Allowed()) }
func (Kind) Allowed() []string { return []string{"contractor", "service", "social"} }
func (k Kind) Label(lang string) string {
	return pick(lang, kindLabels[k], string(k))
}

// kindLabels are the Japanese and English labels of each Kind.
var kindLabels = map[Kind][2]string{
	KindContractor: {"委託事業者", "Contractor"},
	KindService:    {"外部サービス", "External service"},
	KindSocial:     {"ソーシャルメディアアカウント", "Social-media account"},
}

// Dir returns the register folder that holds entries of kind k.
func (k Kind) Dir() string {
	switch k {
	case KindContractor:
		return "contractors"
	case KindService:
		return "services"
	case KindSocial:
		return "social"
	}
	return ""
}

// pick returns the Japanese or English label; fallback when the pair is empty.
func pick(lang string, p [2]string, fallback string) string {
	if p[0] == "" {
		return fallback
	}
	if lang == "en" {
		return p[1]
	}
	return p[0]
}

// ApprovalStatus is the state of an entry's approval (承認状況).
type ApprovalStatus string

// Approval states.
const (
	StatusDraft       ApprovalStatus = "draft"       // 起案中
	StatusRequested   ApprovalStatus = "requested"   // 申請中
	StatusApproved    ApprovalStatus = "approved"    // 承認
	StatusConditional ApprovalStatus = "conditional" // 条件付承認
	StatusRejected    ApprovalStatus = "rejected"    // 却下
	StatusSuspended   ApprovalStatus = "suspended"   // 停止
	StatusRetired     ApprovalStatus = "retired"     // 廃止
)

func (s ApprovalStatus) Valid() bool { return validIn(string(s), s.Allowed()) }
func (ApprovalStatus) Allowed() []string {
	return []string{"draft", "requested", "approved", "conditional", "rejected", "suspended", "retired"}
}

// Label returns the display name of s in lang ("ja" or "en").
func (s ApprovalStatus) Label(lang string) string {
	return pick(lang, approvalStatusLabels[s], string(s))
}

// approvalStatusLabels are the Japanese and English labels of each ApprovalStatus.
var approvalStatusLabels = map[ApprovalStatus][2]string{
	StatusDraft:       {"起案中", "Draft"},
	StatusRequested:   {"申請中", "Requested"},
	StatusApproved:    {"承認", "Approved"},
	StatusConditional: {"条件付承認", "Conditionally approved"},
	StatusRejected:    {"却下", "Rejected"},
	StatusSuspended:   {"停止", "Suspended"},
	StatusRetired:     {"廃止", "Retired"},
}

// Segment is one of the three separated networks of a Japanese local body.
type Segment string

// Network segments (三層の対策).
const (
	SegmentMyNumber Segment = "mynumber" // マイナンバー利用事務系
	SegmentLGWAN    Segment = "lgwan"    // LGWAN接続系
	SegmentInternet Segment = "internet" // インターネット接続系
)

func (s Segment) Valid() bool     { return validIn(string(s), s.Allowed()) }
func (Segment) Allowed() []string { return []string{"mynumber", "lgwan", "internet"} }
func (s Segment) Label(lang string) string {
	return pick(lang, segmentLabels[s], string(s))
}

// segmentLabels are the Japanese and English labels of each Segment.
var segmentLabels = map[Segment][2]string{
	SegmentMyNumber: {"マイナンバー利用事務系", "My Number segment"},
	SegmentLGWAN:    {"LGWAN接続系", "LGWAN segment"},
	SegmentInternet: {"インターネット接続系", "Internet segment"},
}

// ContractType says how a service is contracted.
type ContractType string

// Contract types.
const (
	ContractNegotiated ContractType = "negotiated" // 個別契約
	ContractTerms      ContractType = "terms"      // 約款による外部サービス (click-through terms)
)

func (c ContractType) Valid() bool     { return validIn(string(c), c.Allowed()) }
func (ContractType) Allowed() []string { return []string{"negotiated", "terms"} }
func (c ContractType) Label(lang string) string {
	return pick(lang, contractTypeLabels[c], string(c))
}

// contractTypeLabels are the Japanese and English labels of each ContractType.
var contractTypeLabels = map[ContractType][2]string{
	ContractNegotiated: {"個別契約", "Negotiated contract"},
	ContractTerms:      {"約款（利用規約）", "Terms-based"},
}

// Delivery is how a service is delivered.
type Delivery string

// Delivery models.
const (
	DeliveryLGWANASP   Delivery = "lgwan-asp"   // LGWAN-ASP
	DeliverySaaS       Delivery = "saas"        // インターネット経由のSaaS
	DeliveryIaaSPaaS   Delivery = "iaas-paas"   // IaaS / PaaS
	DeliveryOnPremises Delivery = "on-premises" // オンプレミス
)

func (d Delivery) Valid() bool { return validIn(string(d), d.Allowed()) }
func (Delivery) Allowed() []string {
	return []string{"lgwan-asp", "saas", "iaas-paas", "on-premises"}
}
func (d Delivery) Label(lang string) string {
	return pick(lang, deliveryLabels[d], string(d))
}

// deliveryLabels are the Japanese and English labels of each Delivery.
var deliveryLabels = map[Delivery][2]string{
	DeliveryLGWANASP:   {"LGWAN-ASP", "LGWAN-ASP"},
	DeliverySaaS:       {"インターネットSaaS", "Internet SaaS"},
	DeliveryIaaSPaaS:   {"IaaS/PaaS", "IaaS/PaaS"},
	DeliveryOnPremises: {"オンプレミス", "On premises"},
}

// ISMAPList names the ISMAP register a service is listed in.
type ISMAPList string

// ISMAP registers.
const (
	ISMAPFull ISMAPList = "ismap"     // ISMAP
	ISMAPLIU  ISMAPList = "ismap-liu" // ISMAP-LIU (low-impact SaaS)
)

func (l ISMAPList) Valid() bool     { return validIn(string(l), l.Allowed()) }
func (ISMAPList) Allowed() []string { return []string{"ismap", "ismap-liu"} }
func (l ISMAPList) Label(lang string) string {
	return pick(lang, ismapListLabels[l], string(l))
}

// ismapListLabels are the Japanese and English labels of each ISMAPList.
var ismapListLabels = map[ISMAPList][2]string{
	ISMAPFull: {"ISMAP", "ISMAP"},
	ISMAPLIU:  {"ISMAP-LIU（低リスク用途）", "ISMAP-LIU (low-impact use)"},
}

// CertType is the type of a certification.
type CertType string

// Certification types.
const (
	CertISMS         CertType = "isms"         // ISMS / ISO/IEC 27001
	CertPrivacyMark  CertType = "privacy-mark" // プライバシーマーク
	CertISO27017     CertType = "iso27017"     // ISO/IEC 27017 (cloud)
	CertISO27018     CertType = "iso27018"     // ISO/IEC 27018 (PII in cloud)
	CertSOC2         CertType = "soc2"         // SOC 2 report
	CertASPICCertify CertType = "aspic"        // ASPIC クラウドサービス情報開示認定
	CertOther        CertType = "other"        // other, named in Name
)

func (c CertType) Valid() bool { return validIn(string(c), c.Allowed()) }
func (CertType) Allowed() []string {
	return []string{"isms", "privacy-mark", "iso27017", "iso27018", "soc2", "aspic", "other"}
}
func (c CertType) Label(lang string) string {
	return pick(lang, certTypeLabels[c], string(c))
}

// certTypeLabels are the Japanese and English labels of each CertType.
var certTypeLabels = map[CertType][2]string{
	CertISMS:         {"ISMS（ISO/IEC 27001）", "ISMS (ISO/IEC 27001)"},
	CertPrivacyMark:  {"プライバシーマーク", "Privacy Mark"},
	CertISO27017:     {"ISO/IEC 27017", "ISO/IEC 27017"},
	CertISO27018:     {"ISO/IEC 27018", "ISO/IEC 27018"},
	CertSOC2:         {"SOC 2", "SOC 2"},
	CertASPICCertify: {"ASPIC認定", "ASPIC certification"},
	CertOther:        {"その他", "Other"},
}

// Platform is a social-media platform.
type Platform string

// Platforms.
const (
	PlatformX         Platform = "x"
	PlatformYouTube   Platform = "youtube"
	PlatformFacebook  Platform = "facebook"
	PlatformInstagram Platform = "instagram"
	PlatformLINE      Platform = "line"
	PlatformTikTok    Platform = "tiktok"
	PlatformNote      Platform = "note"
	PlatformOther     Platform = "other"
)

func (p Platform) Valid() bool { return validIn(string(p), p.Allowed()) }
func (Platform) Allowed() []string {
	return []string{"x", "youtube", "facebook", "instagram", "line", "tiktok", "note", "other"}
}
func (p Platform) Label(lang string) string {
	return pick(lang, platformLabels[p], string(p))
}

// Handle returns handle h as it is written on platform p: with one
// leading "@" on every platform the register knows (X, YouTube, Facebook,
// Instagram, LINE, TikTok, note all show account ids as "@id"), whether
// the register wrote it with "@" or not; for PlatformOther, and for an
// unknown platform, h as written (trimmed). An empty handle stays empty.
func (p Platform) Handle(h string) string {
	h = strings.TrimSpace(h)
	if p == PlatformOther || !p.Valid() {
		return h
	}
	h = strings.TrimLeft(h, "@＠")
	if h == "" {
		return ""
	}
	return "@" + h
}

// platformLabels are the Japanese and English labels of each Platform.
var platformLabels = map[Platform][2]string{
	PlatformX:         {"X（旧Twitter）", "X (formerly Twitter)"},
	PlatformYouTube:   {"YouTube", "YouTube"},
	PlatformFacebook:  {"Facebook", "Facebook"},
	PlatformInstagram: {"Instagram", "Instagram"},
	PlatformLINE:      {"LINE", "LINE"},
	PlatformTikTok:    {"TikTok", "TikTok"},
	PlatformNote:      {"note", "note"},
	PlatformOther:     {"その他", "Other"},
}

// AccountStatus is the operating state of a social-media account.
type AccountStatus string

// Account states.
const (
	AccountActive    AccountStatus = "active"    // 運用中
	AccountSuspended AccountStatus = "suspended" // 休止
	AccountRetired   AccountStatus = "retired"   // 廃止
)

func (s AccountStatus) Valid() bool     { return validIn(string(s), s.Allowed()) }
func (AccountStatus) Allowed() []string { return []string{"active", "suspended", "retired"} }
func (s AccountStatus) Label(lang string) string {
	return pick(lang, accountStatusLabels[s], string(s))
}

// accountStatusLabels are the Japanese and English labels of each AccountStatus.
var accountStatusLabels = map[AccountStatus][2]string{
	AccountActive:    {"運用中", "Active"},
	AccountSuspended: {"休止中", "Suspended"},
	AccountRetired:   {"廃止", "Retired"},
}

// WorkSiteKind says where contracted work is done.
type WorkSiteKind string

// Work-site kinds.
const (
	SiteOurPremises    WorkSiteKind = "our-premises"    // 庁舎内
	SiteVendorPremises WorkSiteKind = "vendor-premises" // 受託者の事業所
	SiteRemote         WorkSiteKind = "remote"          // リモート保守
	SiteDataCentre     WorkSiteKind = "data-centre"     // データセンター
)

func (k WorkSiteKind) Valid() bool { return validIn(string(k), k.Allowed()) }
func (WorkSiteKind) Allowed() []string {
	return []string{"our-premises", "vendor-premises", "remote", "data-centre"}
}
func (k WorkSiteKind) Label(lang string) string {
	return pick(lang, workSiteKindLabels[k], string(k))
}

// workSiteKindLabels are the Japanese and English labels of each WorkSiteKind.
var workSiteKindLabels = map[WorkSiteKind][2]string{
	SiteOurPremises:    {"庁舎内", "Our premises"},
	SiteVendorPremises: {"受託者の事業所", "Contractor's premises"},
	SiteRemote:         {"リモート保守", "Remote maintenance"},
	SiteDataCentre:     {"データセンター", "Data centre"},
}
