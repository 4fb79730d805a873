package riskassess

// PublicList names a public list the register is cross-checked against.
type PublicList string

// Public lists.
const (
	ListISMAP     PublicList = "ismap"     // ISMAP クラウドサービスリスト
	ListISMAPLIU  PublicList = "ismap-liu" // ISMAP-LIU クラウドサービスリスト
	ListCorporate PublicList = "corporate" // 国税庁 法人番号公表サイトのデータ
)

func (l PublicList) Valid() bool     { return publicListEnum.valid(l) }
func (PublicList) Allowed() []string { return publicListEnum.allowed() }
func (l PublicList) Label(lang Lang) string {
	return publicListEnum.label(l, lang)
}

// publicListEnum declares the values of PublicList and their labels (see enumTable).
var publicListEnum = newEnum(publicListAliases,
	row(ListISMAP, "ISMAPクラウドサービスリスト", "ISMAP cloud service list"),
	row(ListISMAPLIU, "ISMAP-LIUクラウドサービスリスト", "ISMAP-LIU cloud service list"),
	row(ListCorporate, "法人番号公表サイトのデータ（国税庁）", "Corporate-number data (National Tax Agency)"),
)

// Coverage is how much of Japan a corporate-number snapshot covers: only
// a snapshot of the national file can say that a number does not exist.
type Coverage string

// Coverages of a corporate-number snapshot.
const (
	CoverageNational   Coverage = "national"   // 全件データ（全国）
	CoveragePrefecture Coverage = "prefecture" // 全件データ（都道府県別）
	CoverageDifference Coverage = "difference" // 差分データ
)

func (c Coverage) Valid() bool     { return coverageEnum.valid(c) }
func (Coverage) Allowed() []string { return coverageEnum.allowed() }
func (c Coverage) Label(lang Lang) string {
	return coverageEnum.label(c, lang)
}

// coverageEnum declares the values of Coverage and their labels (see enumTable).
var coverageEnum = newEnum(coverageAliases,
	row(CoverageNational, "全国の全件データ", "national full data"),
	row(CoveragePrefecture, "都道府県別の全件データ", "prefecture full data"),
	row(CoverageDifference, "差分データ", "difference data"),
)

// ListSnapshot is a dated copy of a public list kept in the register folder
// (lists/LIST-DATE.yaml): what the list said on Date, read from the file
// File whose SHA-256 is SHA256. An ISMAP snapshot keeps every service of
// the list (Services); a corporate-number snapshot keeps only the
// corporations the register names (Corporations), since the national file
// holds about five million.
type ListSnapshot struct {
	// Source is the snapshot file, relative to the register folder
	// ("lists/ismap-2026-11-01.yaml"). Set by the store.
	Source string     `yaml:"-" json:"source"`
	List   PublicList `yaml:"list" json:"list"`
	// Date is the day the list was saved from the publishing site.
	Date Date `yaml:"date" json:"date"`
	// File is the name of the file imported; SHA256 its hash in hex.
	File   string `yaml:"file" json:"file"`
	SHA256 string `yaml:"sha256" json:"sha256"`
	// Coverage is, for a corporate-number snapshot, what the imported
	// file covered.
	Coverage Coverage `yaml:"coverage,omitempty" json:"coverage,omitempty"`
	// Searched are, for a corporate snapshot of all of Japan, the numbers
	// looked for in the file (the register's when it was imported): only
	// these can be said not to exist. A contractor added since was not
	// looked for. Empty in a snapshot written before it was recorded:
	// every number counts as looked for.
	Searched     []string          `yaml:"searched,omitempty" json:"searched,omitempty"`
	Services     []ISMAPListing    `yaml:"services,omitempty" json:"services,omitempty"`
	Corporations []CorporateRecord `yaml:"corporations,omitempty" json:"corporations,omitempty"`
}

// ISMAPListing is one service of an ISMAP or ISMAP-LIU cloud service list.
type ISMAPListing struct {
	Number     string `yaml:"number" json:"number"`
	Service    string `yaml:"service" json:"service"`
	Provider   string `yaml:"provider" json:"provider"`
	Registered Date   `yaml:"registered,omitempty" json:"registered,omitzero"`
	ValidUntil Date   `yaml:"valid_until,omitempty" json:"valid_until,omitzero"`
	// Scope is the listed scope of the statement (言明の対象範囲):
	// functions, regions, as the list words it.
	Scope string `yaml:"scope,omitempty" json:"scope,omitempty"`
}

// CorporateRecord is the latest record of one corporation in the National
// Tax Agency's corporate-number data.
type CorporateRecord struct {
	Number string `yaml:"number" json:"number"`
	Name   string `yaml:"name" json:"name"`
	Kana   string `yaml:"kana,omitempty" json:"kana,omitempty"`
	// Process is the 処理区分 of the record (01 new, 11 name change, 21
	// closed, 71 merged, …).
	Process string `yaml:"process,omitempty" json:"process,omitempty"`
	// Updated is the 更新年月日, Changed the 変更年月日.
	Updated    Date   `yaml:"updated,omitempty" json:"updated,omitzero"`
	Changed    Date   `yaml:"changed,omitempty" json:"changed,omitzero"`
	Prefecture string `yaml:"prefecture,omitempty" json:"prefecture,omitempty"`
	// Closed is the 登記記録の閉鎖等年月日 and CloseCause its 事由 (01
	// liquidation, 11 merger, 21 closed by the registrar, 31 other).
	Closed     Date   `yaml:"closed,omitempty" json:"closed,omitzero"`
	CloseCause string `yaml:"close_cause,omitempty" json:"close_cause,omitempty"`
	// Successor is the 承継先法人番号 (the corporation it merged into).
	Successor string `yaml:"successor,omitempty" json:"successor,omitempty"`
}

// PublicListSettings are the register.yaml settings of the public-list
// cross-checks.
type PublicListSettings struct {
	// MaxAgeMonths is how old the newest snapshot of a list may be before
	// due warns; 0 (left out) means DefaultSnapshotMaxAgeMonths (a 0
	// written in register.yaml is refused).
	MaxAgeMonths int `yaml:"max_age_months,omitempty" json:"max_age_months,omitempty"`
}

// DefaultSnapshotMaxAgeMonths is the default of
// PublicListSettings.MaxAgeMonths.
const DefaultSnapshotMaxAgeMonths = 3

// MaxAge returns MaxAgeMonths, or the default when it is not set.
func (s PublicListSettings) MaxAge() int {
	if s.MaxAgeMonths > 0 {
		return s.MaxAgeMonths
	}
	return DefaultSnapshotMaxAgeMonths
}
