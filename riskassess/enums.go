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

// Kind is the kind of a register entry.
type Kind string

// The three kinds of entry. Each lives in its own folder of the register.
const (
	KindContractor Kind = "contractor" // 委託事業者, folder contractors/
	KindService    Kind = "service"    // 外部サービス, folder services/
	KindSocial     Kind = "social"     // ソーシャルメディアアカウント, folder social/
)

// Kinds returns every kind in display order, in a new slice.
func Kinds() []Kind { return kindEnum.values() }

// kinds is Kinds for the package's own loops.
var kinds = kindEnum.values()

func (k Kind) Valid() bool     { return kindEnum.valid(k) }
func (Kind) Allowed() []string { return kindEnum.allowed() }
func (k Kind) Label(lang Lang) string {
	return kindEnum.label(k, lang)
}

// kindEnum declares the values of Kind and their labels (see enumTable).
var kindEnum = newEnum(kindAliases,
	row(KindContractor, "委託事業者", "Contractor"),
	row(KindService, "外部サービス", "External service"),
	row(KindSocial, "ソーシャルメディアアカウント", "Social-media account"),
)

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
func pick(lang Lang, p [2]string, fallback string) string {
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

func (s ApprovalStatus) Valid() bool     { return approvalStatusEnum.valid(s) }
func (ApprovalStatus) Allowed() []string { return approvalStatusEnum.allowed() }

// Label returns the display name of s in lang ("ja" or "en").
func (s ApprovalStatus) Label(lang Lang) string {
	return approvalStatusEnum.label(s, lang)
}

// approvalStatusEnum declares the values of ApprovalStatus and their labels (see enumTable).
var approvalStatusEnum = newEnum(approvalStatusAliases,
	row(StatusDraft, "起案中", "Draft"),
	row(StatusRequested, "申請中", "Requested"),
	row(StatusApproved, "承認", "Approved"),
	row(StatusConditional, "条件付承認", "Conditionally approved"),
	row(StatusRejected, "却下", "Rejected"),
	row(StatusSuspended, "停止", "Suspended"),
	row(StatusRetired, "廃止", "Retired"),
)

// Segment is one of the three separated networks of a Japanese local body.
type Segment string

// Network segments (三層の対策).
const (
	SegmentMyNumber Segment = "mynumber" // マイナンバー利用事務系
	SegmentLGWAN    Segment = "lgwan"    // LGWAN接続系
	SegmentInternet Segment = "internet" // インターネット接続系
)

func (s Segment) Valid() bool     { return segmentEnum.valid(s) }
func (Segment) Allowed() []string { return segmentEnum.allowed() }
func (s Segment) Label(lang Lang) string {
	return segmentEnum.label(s, lang)
}

// segmentEnum declares the values of Segment and their labels (see enumTable).
var segmentEnum = newEnum(segmentAliases,
	row(SegmentMyNumber, "マイナンバー利用事務系", "My Number segment"),
	row(SegmentLGWAN, "LGWAN接続系", "LGWAN segment"),
	row(SegmentInternet, "インターネット接続系", "Internet segment"),
)

// ContractType says how a service is contracted.
type ContractType string

// Contract types.
const (
	ContractNegotiated ContractType = "negotiated" // 個別契約
	ContractTerms      ContractType = "terms"      // 約款による外部サービス (click-through terms)
)

func (c ContractType) Valid() bool     { return contractTypeEnum.valid(c) }
func (ContractType) Allowed() []string { return contractTypeEnum.allowed() }
func (c ContractType) Label(lang Lang) string {
	return contractTypeEnum.label(c, lang)
}

// contractTypeEnum declares the values of ContractType and their labels (see enumTable).
var contractTypeEnum = newEnum(contractTypeAliases,
	row(ContractNegotiated, "個別契約", "Negotiated contract"),
	row(ContractTerms, "約款（利用規約）", "Terms-based"),
)

// Delivery is how a service is delivered.
type Delivery string

// Delivery models.
const (
	DeliveryLGWANASP   Delivery = "lgwan-asp"   // LGWAN-ASP
	DeliverySaaS       Delivery = "saas"        // インターネット経由のSaaS
	DeliveryIaaSPaaS   Delivery = "iaas-paas"   // IaaS / PaaS
	DeliveryOnPremises Delivery = "on-premises" // オンプレミス
)

func (d Delivery) Valid() bool     { return deliveryEnum.valid(d) }
func (Delivery) Allowed() []string { return deliveryEnum.allowed() }
func (d Delivery) Label(lang Lang) string {
	return deliveryEnum.label(d, lang)
}

// deliveryEnum declares the values of Delivery and their labels (see enumTable).
var deliveryEnum = newEnum(deliveryAliases,
	row(DeliveryLGWANASP, "LGWAN-ASP", "LGWAN-ASP"),
	row(DeliverySaaS, "インターネットSaaS", "Internet SaaS"),
	row(DeliveryIaaSPaaS, "IaaS/PaaS", "IaaS/PaaS"),
	row(DeliveryOnPremises, "オンプレミス", "On premises"),
)

// ISMAPList names the ISMAP register a service is listed in.
type ISMAPList string

// ISMAP registers.
const (
	ISMAPFull ISMAPList = "ismap"     // ISMAP
	ISMAPLIU  ISMAPList = "ismap-liu" // ISMAP-LIU (low-impact SaaS)
)

func (l ISMAPList) Valid() bool     { return ismapListEnum.valid(l) }
func (ISMAPList) Allowed() []string { return ismapListEnum.allowed() }
func (l ISMAPList) Label(lang Lang) string {
	return ismapListEnum.label(l, lang)
}

// ismapListEnum declares the values of ISMAPList and their labels (see enumTable).
var ismapListEnum = newEnum(ismapListAliases,
	row(ISMAPFull, "ISMAP", "ISMAP"),
	row(ISMAPLIU, "ISMAP-LIU（低リスク用途）", "ISMAP-LIU (low-impact use)"),
)

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

func (c CertType) Valid() bool     { return certTypeEnum.valid(c) }
func (CertType) Allowed() []string { return certTypeEnum.allowed() }
func (c CertType) Label(lang Lang) string {
	return certTypeEnum.label(c, lang)
}

// certTypeEnum declares the values of CertType and their labels (see enumTable).
var certTypeEnum = newEnum(certTypeAliases,
	row(CertISMS, "ISMS（ISO/IEC 27001）", "ISMS (ISO/IEC 27001)"),
	row(CertPrivacyMark, "プライバシーマーク", "Privacy Mark"),
	row(CertISO27017, "ISO/IEC 27017", "ISO/IEC 27017"),
	row(CertISO27018, "ISO/IEC 27018", "ISO/IEC 27018"),
	row(CertSOC2, "SOC 2", "SOC 2"),
	row(CertASPICCertify, "ASPIC認定", "ASPIC certification"),
	row(CertOther, "その他", "Other"),
)

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

func (p Platform) Valid() bool     { return platformEnum.valid(p) }
func (Platform) Allowed() []string { return platformEnum.allowed() }
func (p Platform) Label(lang Lang) string {
	return platformEnum.label(p, lang)
}

// platformHosts are the hosts of the platforms' account pages (without
// www.), by platform, with their short-link, mobile, language and old
// hosts (vm.tiktok.com, vt.tiktok.com and lin.ee links name no account:
// only the platform is compared; fb.com, web.facebook.com, instagr.am and
// note.mu pages are named as on the main host), and the hosts of their
// posts (youtu.be and fb.watch videos, LINE VOOM posts).
var platformHosts = map[string]Platform{
	"x.com": PlatformX, "twitter.com": PlatformX, "mobile.twitter.com": PlatformX, "mobile.x.com": PlatformX,
	"instagram.com": PlatformInstagram, "instagr.am": PlatformInstagram,
	"facebook.com": PlatformFacebook, "m.facebook.com": PlatformFacebook, "fb.com": PlatformFacebook,
	"web.facebook.com": PlatformFacebook, "ja-jp.facebook.com": PlatformFacebook, "fb.watch": PlatformFacebook,
	"youtube.com": PlatformYouTube, "m.youtube.com": PlatformYouTube, "youtu.be": PlatformYouTube,
	"tiktok.com": PlatformTikTok, "m.tiktok.com": PlatformTikTok, "vm.tiktok.com": PlatformTikTok, "vt.tiktok.com": PlatformTikTok,
	"note.com": PlatformNote, "note.mu": PlatformNote,
	"line.me": PlatformLINE, "page.line.me": PlatformLINE, "lin.ee": PlatformLINE,
	"linevoom.line.me": PlatformLINE, "timeline.line.me": PlatformLINE,
}

// PlatformOfHost returns the platform whose pages host serves (x.com and
// twitter.com are X, youtu.be is YouTube, …; see platformHosts), with ok
// false for a host of no platform the register knows. The host is
// compared as a browser does (NormalHost).
func PlatformOfHost(host string) (p Platform, ok bool) {
	p, ok = platformHosts[NormalHost(host)]
	return p, ok
}

// NormalHost returns host as PlatformOfHost compares it, the one form a
// browser gives it whatever way it is typed: in lower case, half width
// (ｘ.com is x.com), without a trailing dot (x.com.) and without www.
func NormalHost(host string) string {
	return strings.TrimPrefix(strings.TrimSuffix(strings.ToLower(strings.Map(NarrowRune, host)), "."), "www.")
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

// platformEnum declares the values of Platform and their labels (see enumTable).
var platformEnum = newEnum(platformAliases,
	row(PlatformX, "X（旧Twitter）", "X (formerly Twitter)"),
	row(PlatformYouTube, "YouTube", "YouTube"),
	row(PlatformFacebook, "Facebook", "Facebook"),
	row(PlatformInstagram, "Instagram", "Instagram"),
	row(PlatformLINE, "LINE", "LINE"),
	row(PlatformTikTok, "TikTok", "TikTok"),
	row(PlatformNote, "note", "note"),
	row(PlatformOther, "その他", "Other"),
)

// AccountStatus is the operating state of a social-media account.
type AccountStatus string

// Account states.
const (
	AccountActive    AccountStatus = "active"    // 運用中
	AccountSuspended AccountStatus = "suspended" // 休止
	AccountRetired   AccountStatus = "retired"   // 廃止
)

func (s AccountStatus) Valid() bool     { return accountStatusEnum.valid(s) }
func (AccountStatus) Allowed() []string { return accountStatusEnum.allowed() }
func (s AccountStatus) Label(lang Lang) string {
	return accountStatusEnum.label(s, lang)
}

// accountStatusEnum declares the values of AccountStatus and their labels (see enumTable).
var accountStatusEnum = newEnum(accountStatusAliases,
	row(AccountActive, "運用中", "Active"),
	row(AccountSuspended, "休止中", "Suspended"),
	row(AccountRetired, "廃止", "Retired"),
)

// WorkSiteKind says where contracted work is done.
type WorkSiteKind string

// Work-site kinds.
const (
	SiteOurPremises    WorkSiteKind = "our-premises"    // 庁舎内
	SiteVendorPremises WorkSiteKind = "vendor-premises" // 受託者の事業所
	SiteRemote         WorkSiteKind = "remote"          // リモート保守
	SiteDataCentre     WorkSiteKind = "data-centre"     // データセンター
)

func (k WorkSiteKind) Valid() bool     { return workSiteKindEnum.valid(k) }
func (WorkSiteKind) Allowed() []string { return workSiteKindEnum.allowed() }
func (k WorkSiteKind) Label(lang Lang) string {
	return workSiteKindEnum.label(k, lang)
}

// workSiteKindEnum declares the values of WorkSiteKind and their labels (see enumTable).
var workSiteKindEnum = newEnum(workSiteKindAliases,
	row(SiteOurPremises, "庁舎内", "Our premises"),
	row(SiteVendorPremises, "受託者の事業所", "Contractor's premises"),
	row(SiteRemote, "リモート保守", "Remote maintenance"),
	row(SiteDataCentre, "データセンター", "Data centre"),
)
