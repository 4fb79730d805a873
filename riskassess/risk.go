package riskassess

import (
	"iter"
	"slices"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"
)

// InherentRisk is the risk of an entry before any control is considered:
// what information it handles, where, and how it is contracted.
type InherentRisk struct {
	// Level is Points mapped through InherentThresholds.
	Level RiskLevel
	// Points is the sum of the points of every factor.
	Points int
	// Factors names each factor that added points, with the points, in
	// both languages ("機密性3B（+4）" / "Confidentiality 3B (+4)").
	Factors []Text
	// ConfidentialityRank is the rank of the highest confidentiality class
	// the entry handles (0 when none is stated). At 3 or more (class 3C
	// and above in the default scheme) ExpiryFindings is called with
	// sensitive set.
	ConfidentialityRank int
}

// Inherent-risk points. The table in docs/scoring.md lists the same values;
// TestScoringDocPointsTable keeps the two in step.
const (
	// Confidentiality: the rank of the highest class handled when the rank
	// is 2 or more (default scheme: 2 → 2, 3C → 3, 3B → 4, 3A → 5); class 1
	// adds nothing.
	// Information listed without a (known) confidentiality class is treated
	// as class 2, the lowest class that is not public, not as class 1.
	pointsClassFloor    = 2
	pointsIntegrity2    = 1
	pointsAvailability2 = 1
	pointsPersonalData  = 2
	pointsMyNumber      = 3
	pointsSegMyNumber   = 3
	pointsSegLGWAN      = 2
	pointsSegInternet   = 1
	pointsSubcontract   = 1
	pointsForeignData   = 2
	pointsTermsBased    = 1
	pointsSocialPublic  = 2
	pointsSocialPlatfm  = 1
)

// InherentThresholds are the lowest points of each inherent level above 低.
// Points below Medium give 低 (low).
type InherentThresholds struct {
	Medium   int
	High     int
	Critical int
}

// DefaultInherentThresholds returns the default inherent thresholds: 低
// 0–2, 中 3–6, 高 7–10, 重大 11 or more.
func DefaultInherentThresholds() InherentThresholds { return defaultInherentThresholds }

var defaultInherentThresholds = InherentThresholds{Medium: 3, High: 7, Critical: 11}

// IsZero reports whether t is the zero value (meaning: use the defaults).
func (t InherentThresholds) IsZero() bool { return t == InherentThresholds{} }

// Level maps inherent points to a risk level.
func (t InherentThresholds) Level(points int) RiskLevel {
	if t.IsZero() {
		t = defaultInherentThresholds
	}
	switch {
	case points >= t.Critical:
		return RiskCritical
	case points >= t.High:
		return RiskHigh
	case points >= t.Medium:
		return RiskMedium
	}
	return RiskLow
}

// exposure is what an entry handles, gathered from its register fields.
type exposure struct {
	scheme        *ClassificationScheme // the scheme the ranks are of
	confRank      int                   // highest confidentiality rank (0 when none)
	confLabel     Text                  // name of that level
	confUnstated  bool                  // information listed without a confidentiality class
	integrity2    bool
	availability2 bool
	personal      bool // an information item is personal data or My Number data (inherent risk)
	onsiteWork    bool // a live contract's work calls for the yearly on-site check (Contractor.OnsiteCheckApplies)
	myNumber      bool
	segMyNumber   bool
	segLGWAN      bool
	segInternet   bool
	subcontract   bool
	foreign       []string // countries other than JP (or a place abroad of a work site), in register order
	terms         bool
	social        *Social
}

// Live reports whether contract i of k still carries information risk as
// of asOf: it has not ended by then, or it has and its data were neither
// returned or deleted by then (ReturnedBy) nor carried on by the contract
// that renews it (Renewed). Only live contracts count in inherent risk, due
// items and the catalogue's blocker rules.
func (k *Contractor) Live(s *ClassificationScheme, i int, asOf Date) bool {
	c := &k.Contracts[i]
	if c.InForceOn(asOf) {
		return true
	}
	return !c.ReturnedBy(asOf) && !k.Renewed(s, i)
}

// InForceOn reports whether c has not ended by asOf: it records no end
// date (to), or one on or after asOf. Only the end counts: a contract
// signed for a later start is in force.
func (c *Contract) InForceOn(asOf Date) bool { return c.To.IsZero() || !c.To.Before(asOf) }

// ContractInForceOn reports whether one of k's contracts is in force on
// asOf (Contract.InForceOn), or k records no contract: the contractors the
// catalogue's oversight requirements (OUT-30, OUT-32, OUT-36, OUT-38) apply
// to, and whose confirmation, report and yearly re-evaluation fall due.
func (k *Contractor) ContractInForceOn(asOf Date) bool {
	for i := range k.Contracts {
		if k.Contracts[i].InForceOn(asOf) {
			return true
		}
	}
	return len(k.Contracts) == 0
}

// ReturnedBy reports whether the data of c were returned or deleted by
// asOf: a data_returned_on after it had not come then (docs/scoring.md). A
// zero asOf means at any date.
func (c *Contract) ReturnedBy(asOf Date) bool {
	return !c.DataReturnedOn.IsZero() && (asOf.IsZero() || !c.DataReturnedOn.After(asOf))
}

// Renewed reports whether contract i of k is renewed (renewed_by) by a
// contract of k that carries its information on: one that handles personal
// data if it did (HandlesPersonalData: an item flagged personal_data or
// my_number, or work in the My Number segment), and information of as high a
// confidentiality rank in s (nil: the default scheme), or of a rank it
// does not say. A renewal that
// drops them leaves the information with the contractor to be returned or
// deleted (OUT-39): the renewed contract's end is then still due.
func (k *Contractor) Renewed(s *ClassificationScheme, i int) bool {
	c := &k.Contracts[i]
	if c.RenewedBy == "" {
		return false
	}
	j := slices.IndexFunc(k.Contracts, func(n Contract) bool { return n.ID == c.RenewedBy })
	if j < 0 || j == i {
		return false
	}
	n := &k.Contracts[j]
	if c.HandlesPersonalData() && !n.HandlesPersonalData() {
		return false
	}
	r := contractRank(s, n)
	return r == 0 || r >= contractRank(s, c)
}

// HandlesPersonalData reports whether contract c involves personal data:
// an information item says so (personal_data or my_number), or the work is
// in the My Number segment (segments: [mynumber]), whose systems and data
// (policy 2(8)) are My Number data, personal data by definition, whatever
// the items say. It is the one rule for the requirements that follow a
// contract's personal data (the catalogue's CLS-14, OUT-04, OUT-15/23/24,
// OUT-39), for the yearly on-site check (OnsiteCheckApplies: OUT-31 and
// its due item) and for a renewal carrying the data on (Renewed), so that
// they agree. Inherent risk counts the segment as a factor of its own and
// does not use it.
func (c *Contract) HandlesPersonalData() bool {
	return contractPersonal(c) || slices.Contains(c.Segments, SegmentMyNumber)
}

// OnsiteCheckApplies reports whether k's yearly on-site check applies on
// asOf: a contract of k live then (Live) handles personal data
// (HandlesPersonalData, My Number segment work included) or information
// of confidentiality class 3C or higher (rank 3 or more in s; nil: the
// default scheme). Personal data calls for the check whatever the class
// (the council's ordinance, as the PPC's rule for 行政機関等: at least
// yearly, on site as a rule), and class 3C and higher calls for it
// whatever the data; class 2 alone, or a class not stated, does not. It
// is the one rule of the catalogue's OUT-31 and of the on-site check's
// due item (DueOnsiteCheck, EXP-ONSITE), so that they agree.
func (k *Contractor) OnsiteCheckApplies(s *ClassificationScheme, asOf Date) bool {
	for i := range k.Contracts {
		if k.Live(s, i, asOf) && onsiteCheckWork(s, &k.Contracts[i]) {
			return true
		}
	}
	return false
}

// onsiteCheckWork reports whether contract c's work calls for the yearly
// on-site check (OnsiteCheckApplies).
func onsiteCheckWork(s *ClassificationScheme, c *Contract) bool {
	return c.HandlesPersonalData() || contractRank(s, c) >= onsiteCheckRank
}

// onsiteCheckRank is the lowest confidentiality rank whose information
// calls for the yearly on-site check: class 3C in the default scheme.
const onsiteCheckRank = 3

func contractPersonal(c *Contract) bool {
	return slices.ContainsFunc(c.Information, func(in InformationAccess) bool { return in.PersonalData || in.MyNumber })
}

func contractRank(s *ClassificationScheme, c *Contract) int {
	if s == nil {
		s = &defaultScheme
	}
	m := 0
	for i := range c.Information {
		m = max(m, s.ConfidentialityRank(c.Information[i].Class))
	}
	return m
}

func (x *exposure) addClass(s *ClassificationScheme, c Classification) {
	if strings.TrimSpace(c.Confidentiality) == "" {
		x.confUnstated = true
	} else if l, ok := Lookup(s.Confidentiality, c.Confidentiality); ok {
		if l.Rank > x.confRank {
			x.confRank, x.confLabel = l.Rank, l.Name
		}
	} else {
		// An id the scheme does not know is treated like an unstated class.
		x.confUnstated = true
	}
	if s.IntegrityRank(c) >= 2 {
		x.integrity2 = true
	}
	if s.AvailabilityRank(c) >= 2 {
		x.availability2 = true
	}
}

func (x *exposure) addSegments(segs []Segment) {
	for _, g := range segs {
		switch g {
		case SegmentMyNumber:
			x.segMyNumber = true
		case SegmentLGWAN:
			x.segLGWAN = true
		case SegmentInternet:
			x.segInternet = true
		}
	}
}

// exposureOf gathers the facts of e that drive inherent risk. For a
// contractor it is the union over its live contracts (see Contract.Live).
func exposureOf(s *ClassificationScheme, e Entry, asOf Date) exposure {
	return exposureWith(s, e, asOf, nil)
}

// exposureWith is exposureOf reading the places abroad of work sites
// through sites (may be nil: each address read again).
func exposureWith(s *ClassificationScheme, e Entry, asOf Date, sites *siteMemo) exposure {
	x := exposure{scheme: s}
	switch v := e.(type) {
	case *Contractor:
		for i := range v.Contracts {
			c := &v.Contracts[i]
			if !v.Live(s, i, asOf) {
				continue
			}
			for _, inf := range c.Information {
				x.addClass(s, inf.Class)
				x.personal = x.personal || inf.PersonalData || inf.MyNumber
				x.myNumber = x.myNumber || inf.MyNumber
			}
			x.onsiteWork = x.onsiteWork || onsiteCheckWork(s, c)
			x.addSegments(c.Segments)
			if len(c.Subcontractors) > 0 {
				x.subcontract = true
			}
			for _, w := range c.WorkSites {
				for _, where := range sites.abroad(w.Address) {
					x.foreign = appendUnique(x.foreign, where)
				}
			}
			for _, sc := range c.Subcontractors {
				for _, where := range subcontractorAbroad(sc, sites) {
					// A word for abroad beside one already there (a work
					// site's 国外, a subcontractor's 海外) says it again.
					if slices.Contains(workSiteAbroadWords, where) && slices.ContainsFunc(x.foreign, func(f string) bool { return slices.Contains(workSiteAbroadWords, f) }) {
						continue
					}
					x.foreign = appendUnique(x.foreign, where)
				}
			}
		}
	case *Service:
		x.addClass(s, v.Class)
		x.personal = v.PersonalData || v.MyNumber
		x.myNumber = v.MyNumber
		x.addSegments(v.Segments)
		for _, l := range v.DataLocations {
			if !l.InJapan() {
				c := strings.ToUpper(strings.TrimSpace(l.Country))
				if c == "" {
					c = "?"
				}
				x.foreign = appendUnique(x.foreign, c)
			}
		}
		x.terms = v.ContractType == ContractTerms
	case *Social:
		x.social = v
	}
	return x
}

// workSiteAbroad returns where address, a contract's work site, is abroad:
// the codes of the countries other than Japan it names (CountriesNamed:
// 中国 大連市… gives CN), or else the first city or region abroad it names
// (PlaceAbroadNamed: マニラ gives マニラ), or a place after 在 (zaiPlaces:
// 受託者の在米拠点 gives US; before, only a subcontractor's and a data
// location's 在米 were read, and this work site was in Japan), or nothing
// for an address in Japan. A contractor has no data_locations: the work done there, with the
// information the contract hands over, is the data processed abroad of the
// inherent risk's foreign factor. Before, the address was read by no rule,
// and an offshore work site (大連, Manila, ハノイ) scored as work in Japan.
func workSiteAbroad(address string) []string {
	var out []string
	for _, code := range CountriesNamed(address) {
		if code != "JP" {
			out = appendUnique(out, code)
		}
	}
	if len(out) == 0 {
		if code, ok := trailingCountry(address); ok {
			out = append(out, code)
		} else if region, ok := cloudRegionNamed(address); ok {
			out = append(out, region)
		} else if code, ok := capitalCodeNamed(address); ok {
			out = append(out, code)
		} else if place, ok := PlaceAbroadNamed(address); ok {
			out = append(out, place)
		} else if zai := zaiPlaces(address); len(zai) > 0 {
			out = append(out, zai...) // 受託者の在米拠点, 在比の開発センター
		} else if pair := japanPairs(address); len(pair) > 0 {
			out = append(out, pair...) // 日米両拠点
		} else if word, ok := workSiteSaysAbroad(address); ok {
			out = append(out, word)
		}
	}
	return out
}

// trailingCountry returns the country an address in Latin letters ends
// with by its code, which CountriesNamed does not look for (codes are
// words in a text: IT, IN, US): the part after the last comma (or 、)
// written in capitals as a country's code or abbreviation (USA, U.S.A.,
// UK, PRC, ＵＳＡ: CountryReplacement; Springfield, IL 62701, USA gives US),
// a US state's two letters and a ZIP code (Springfield, IL 62701 gives
// US), or the whole address as an alpha-3 code or a dotted or two-letter
// abbreviation of the US or UK (USA, U.S., UK). JP and JPN are Japan, and
// give nothing. A two-letter part after a comma is read as the country of
// that code even where it might be a US state's (Springfield, IL gives
// IL, Israel): abroad either way. Before, Springfield, IL 62701, USA was
// work in Japan.
func trailingCountry(address string) (string, bool) {
	a := strings.TrimSpace(strings.Map(NarrowRune, address))
	last, whole := a, true
	if i := strings.LastIndexAny(a, ",、"); i >= 0 {
		_, n := utf8.DecodeRuneInString(a[i:])
		last, whole = strings.TrimSpace(a[i+n:]), false
	}
	if st, zip, ok := strings.Cut(last, " "); ok && usStates[st] && usZIP(zip) {
		return "US", true
	}
	letters := 0
	for _, r := range last {
		switch {
		case r >= 'A' && r <= 'Z':
			letters++
		case r == '.':
		default:
			return "", false
		}
	}
	if letters < 2 || letters > 3 || whole && letters == 2 && !strings.Contains(last, ".") && last != "US" && last != "UK" {
		return "", false
	}
	code, ok := CountryReplacement(last)
	if !ok {
		code, ok = countryAbbreviations[strings.ReplaceAll(last, ".", "")]
	}
	return code, ok && code != "JP"
}

// cloudRegionNamed returns the first cloud region outside Japan that
// address, a work site's, names by its code or name (CloudRegionAbroad:
// AWS us-east-1, GCP asia-northeast3 (Seoul), Azure koreacentral, nam5)
// or by the Azure portal's words for it (Azure East US gives east us), in
// lower case, and true. A data centre recorded by its region
// code was work in Japan: the code was read only in a service's region.
// ap-northeast-1, asia-northeast1 and japaneast are in Japan. The words
// are looked at only when address holds an ASCII letter.
func cloudRegionNamed(address string) (string, bool) {
	if strings.IndexFunc(address, func(r rune) bool {
		return r < utf8.RuneSelf && unicode.IsLetter(r) || r >= 'ａ' && r <= 'ｚ' || r >= 'Ａ' && r <= 'Ｚ'
	}) < 0 {
		return "", false
	}
	words := strings.FieldsFunc(strings.ToLower(strings.Map(NarrowRune, address)), func(r rune) bool {
		return !(r >= 'a' && r <= 'z' || r >= '0' && r <= '9' || r == '-')
	})
	for i, w := range words {
		if CloudRegionAbroad(w) {
			return w, true
		}
		for j := min(i+3, len(words)-1); j > i; j-- { // the longest first: East US 2
			if azureRegions[strings.Join(words[i:j+1], "")] {
				return strings.Join(words[i:j+1], " "), true
			}
		}
	}
	return "", false
}

// capitalCodes are the short names of countries, in capitals, that a
// work site may hold anywhere as a word (US office, Manila office (PHL)),
// with their codes: US, UK and the dotted forms, PRC, ROK, UAE, and the
// alpha-3 codes of the countries of offshore work and cloud regions
// that are no English word (not CAN, PER, AND, ARE, MAC, COM).
var capitalCodes = map[string]string{"US": "US", "U.S": "US", "USA": "US", "U.S.A": "US", "UK": "GB", "U.K": "GB", "GBR": "GB",
	"PRC": "CN", "CHN": "CN", "ROK": "KR", "KOR": "KR", "UAE": "AE", "VNM": "VN", "PHL": "PH", "SGP": "SG", "THA": "TH",
	"IDN": "ID", "MYS": "MY", "TWN": "TW", "HKG": "HK", "IND": "IN", "DEU": "DE", "FRA": "FR", "AUS": "AU", "IRL": "IE",
	"NLD": "NL", "BGD": "BD", "MMR": "MM", "KHM": "KH", "LKA": "LK", "NPL": "NP", "MNG": "MN",
	// The EU (EU域内のデータセンター) and the short names of cities of
	// offshore work in capitals (NYC office, HCMC office), and of New
	// York, San Francisco, Los Angeles, Bangkok and Kuala Lumpur (NY
	// office, SF拠点, LA, BKK, KL: before, work in Japan). A word holding
	// the letters (LAN, SFTP, KLM) or in lower case is not read; NY or SF
	// as a product's or a company's short name (NYサーバ) is read as
	// abroad: a false "abroad", never a false "Japan".
	"EU": "EU", "NYC": "US", "HCMC": "VN", "NY": "US", "N.Y": "US", "SF": "US", "LA": "US", "L.A": "US", "BKK": "TH", "KL": "MY",
	// Their dotted forms (S.F. office: before, work in Japan).
	"N.Y.C": "US", "S.F": "US", "K.L": "MY", "H.C.M.C": "VN"}

// capitalCodeNamed returns the code of the first of capitalCodes that
// address holds as a whole word in capitals (after NarrowRune: ＵＳＡ),
// and true: US office, 東京都港区（US拠点）, Manila office (PHL). Before, only a
// country's name was read, and US office was work in Japan. Lower case
// (us, usa) and words holding the letters (USB, BUS, USD) are not read.
func capitalCodeNamed(address string) (string, bool) {
	if strings.IndexFunc(address, func(r rune) bool { return r >= 'A' && r <= 'Z' || r >= 'Ａ' && r <= 'Ｚ' }) < 0 {
		return "", false
	}
	for _, w := range strings.FieldsFunc(strings.Map(NarrowRune, address), func(r rune) bool {
		return !(r >= 'A' && r <= 'Z' || r >= 'a' && r <= 'z' || r >= '0' && r <= '9' || r == '.')
	}) {
		if code, ok := capitalCodes[strings.Trim(w, ".")]; ok {
			return code, true
		}
	}
	return "", false
}

// countryAbbreviations are the abbreviations of countries' names an
// address may end with that are not their codes (PRC, ROK, UAE).
var countryAbbreviations = map[string]string{"PRC": "CN", "ROK": "KR", "ROC": "TW", "UAE": "AE", "KSA": "SA", "RSA": "ZA"}

// usStates are the two-letter abbreviations of the US states and DC.
var usStates = func() map[string]bool {
	m := map[string]bool{}
	for s := range strings.FieldsSeq("AL AK AZ AR CA CO CT DE DC FL GA HI ID IL IN IA KS KY LA ME MD MA MI MN MS MO MT NE NV NH NJ NM NY NC ND OH OK OR PA RI SC SD TN TX UT VT VA WA WV WI WY") {
		m[s] = true
	}
	return m
}()

// usZIP reports whether v is a US ZIP code: five digits, optionally with
// four more after a hyphen (62701, 62701-1234).
func usZIP(v string) bool {
	if len(v) != 5 && len(v) != 10 {
		return false
	}
	for i, r := range v {
		if !(r >= '0' && r <= '9' || i == 5 && r == '-') {
			return false
		}
	}
	return true
}

// subcontractorAbroad returns where subcontractor sc of a contract is
// abroad: the places abroad the note in brackets ending its name gives
// (workSiteAbroad: Manila Data Services Inc. (Philippines) gives PH,
// 大連華信データ有限公司（中国） CN, 株式会社ベトナムデータ（ハノイ） ハノイ), or else a
// word for abroad in its name or scope, not denied in its clause
// (workSiteSaysAbroad: 海外在住の翻訳者, 海外拠点でのデータ入力). The work
// handed on there is done abroad as a work site's is; before, only work
// sites were read and a subcontractor abroad scored as work in Japan.
// The rest of a name is not read for countries or cities: a company's
// name holds them for other reasons (株式会社中国電研, フィリピン・テック株式会社,
// 株式会社マニラ); nor is a scope (米国製機器の保守).
func subcontractorAbroad(sc Subcontractor, sites *siteMemo) []string {
	var out []string
	if note, ok := nameNote(sc.Name); ok {
		out = sites.abroad(note)
	}
	if len(out) > 0 {
		return out
	}
	if place, ok := nameBranchPlace(sc.Name); ok {
		if out = sites.abroad(place); len(out) > 0 {
			return out
		}
	}
	if place, ok := bracketPlace(sc.Name); ok {
		return []string{place}
	}
	if out = residencePlaces(sc.Name, residenceWords, sites); len(out) > 0 {
		return out
	}
	if out = scopePlacesAbroad(sc.Scope, sites); len(out) > 0 {
		return out
	}
	for _, v := range [...]string{sc.Name, sc.Scope} {
		if w, ok := workSiteSaysAbroad(v); ok {
			return []string{w}
		}
	}
	return nil
}

// SubcontractorAbroad returns where subcontractor sc is abroad as the
// inherent risk reads it from sc alone (subcontractorAbroad: the note
// ending its name, a branch abroad, the place its scope names, a word for
// abroad), or nothing. A subcontractor recorded by contractor id adds no
// place of that contractor's file: an assessment reads one entry, so
// store refuses one whose file has a work site abroad (WorkSiteAbroad)
// while this gives nothing.
func SubcontractorAbroad(sc Subcontractor) []string {
	return slices.Clone(subcontractorAbroad(sc, nil))
}

// WorkSiteAbroad returns where the work-site address is abroad, as the
// inherent risk's foreign factor reads it (CountriesNamed other than JP,
// else PlaceAbroadNamed, else a word for abroad not denied), or nothing.
func WorkSiteAbroad(address string) []string { return workSiteAbroad(address) }

// scopeLocatives are the words after a place in a subcontractor's scope
// that say the work is done there (フィリピンで, ベトナムにおける, ベトナムへ再委託,
// 大連の拠点, 中国在住, 米国現地法人, 米国リージョン, Vietnam-based, and Vietnam based: before, with a space it was work in Japan),
// residenceWords among them.
var scopeLocatives = []string{"にて", "で", "における", "において", "へ", "拠点", "在住", "居住", "在勤", "駐在", "滞在", "に住", "現地", "所在",
	"リージョン", "データセンター", "-based", " based"}

// residenceWords are the words after a place that say a subcontractor's
// people live or work there (ベトナム在住の翻訳者, 米国居住, 上海在勤, 米国駐在員,
// 米国滞在中, ベトナムに住む翻訳者): read in its name as well as in its scope (residencePlaces).
// Before, a name was read only in its closing brackets and branch words,
// and ベトナム在住の翻訳者 was work in Japan.
var residenceWords = []string{"在住", "居住", "在勤", "駐在", "滞在", "に住"}

// scopeOwnWords stand between a place and a locative in a scope, naming
// whose site it is (フィリピンの自社拠点, 大連の子会社で).
var scopeOwnWords = []string{"自社", "子会社", "関連会社", "グループ会社", "協力会社", "提携先"}

// scopeNotPlace are the words in the note ending a scope that name a
// place for something else than where the work is done (（米国製）,
// （中国語）, （米国企業）, 米国向けサイトへの掲載).
var scopeNotPlace = []string{"製", "産", "語", "企業", "メーカー", "系", "向け"}

// scopePlacesAbroad returns the places abroad a subcontractor's scope
// names as where the work is done: the note ending it when it names a
// place (データ入力（ベトナム）, 会議録の入力（フィリピンにて実施）), a place right
// before a word of scopeLocatives (フィリピンでのデータ入力, 大連の拠点で入力,
// 中国在住の翻訳者) or after in (data entry in the Philippines), read as
// a work site's address is (workSiteAbroad). The words after the place
// denying it (フィリピンでの作業なし: workSiteDenials) and a place named for
// something else (米国製機器の保守, 中国語の翻訳) give nothing. Before, a scope
// was read only for words for abroad, and such a subcontractor scored as
// work in Japan.
func scopePlacesAbroad(scope string, sites *siteMemo) []string {
	var out []string
	if note, ok := nameNote(scope); ok && !containsAnyOf(note, scopeNotPlace) && !notesPastStay(note) {
		out = sites.abroad(note)
	}
	for _, w := range residencePlaces(scope, scopeLocatives, sites) {
		out = appendUnique(out, w)
	}
	for _, w := range labelPlaces(scope, sites) {
		out = appendUnique(out, w)
	}
	lower := strings.ToLower(scope)
	for _, prep := range [...]string{" in ", " at "} {
		for i := range occurrences(lower, prep) {
			chunk := scope[i+len(prep):]
			if j := strings.IndexAny(chunk, ",;.()（）、。"); j >= 0 {
				chunk = chunk[:j]
			}
			if !deniedAfter(chunk) {
				for _, w := range sites.abroad(chunk) {
					out = appendUnique(out, w)
				}
			}
		}
	}
	return out
}

// scopeLabels are the words of a scope after which, with a colon or は, a
// place says where the work is done (所在地：ベトナム, 作業場所はベトナム;
// labelPlaces).
var scopeLabels = []string{"所在地", "所在国", "作業場所", "作業地", "作業拠点", "拠点", "居住地", "居住国", "場所", "location"}

// labelPlaces returns the places abroad a scope names right after a word
// of scopeLabels and a colon, は or a space (所在地：ベトナム, 作業場所はハノイ,
// 拠点：大阪・マニラ, Location: Manila), read in the clause that follows (up
// to 、。,; or a bracket: 作業場所：日本国内（米国製機器） names none) as a work
// site's address is (workSiteAbroad), unless the words after it deny it
// (作業場所：米国は不可: deniedAfter) or name a maker or a language
// (scopeNotPlace: 所在地：米国製サーバ). Before, only a place before a word
// (ベトナムでの) or in the note ending the scope was read, and 作業場所：
// ベトナム was work in Japan.
func labelPlaces(scope string, sites *siteMemo) []string {
	var out []string
	lower := strings.ToLower(scope)
	for _, label := range scopeLabels {
		for i := range occurrences(lower, label) {
			rest := lower[i+len(label):]
			t := strings.TrimLeft(rest, " \u3000")
			for _, sep := range [...]string{"：", ":", "は", "="} {
				if r, ok := strings.CutPrefix(t, sep); ok {
					t = strings.TrimLeft(r, " \u3000")
					break
				}
			}
			if len(t) == len(rest) {
				continue // no colon, は or space: 拠点での, 場所代
			}
			clause := t
			if j := strings.IndexAny(clause, "、。,;()（）「」"); j >= 0 {
				clause = clause[:j]
			}
			if deniedAfter(t) || containsAnyOf(clause, scopeNotPlace) {
				continue
			}
			for _, w := range sites.abroad(clause) {
				out = appendUnique(out, w)
			}
		}
	}
	return out
}

// bracketPlace returns the place abroad a bracket in a subcontractor's
// name holds and nothing else, wherever the bracket is (XX（フィリピン）Co.,
// Ltd., 【ベトナム】XX社, ABC (Philippines) Inc.), and true: a note ending
// the name is nameNote's, read first; one inside or before the name was
// not read, and such a subcontractor was work in Japan. A bracket holding
// more than the place (（中国語）, （米国製）, （アジア）) or Japan ((Japan))
// gives nothing.
func bracketPlace(name string) (string, bool) {
	for _, b := range [...][2]string{{"（", "）"}, {"(", ")"}, {"【", "】"}, {"[", "]"}, {"［", "］"}} {
		for from := 0; ; {
			i := strings.Index(name[from:], b[0])
			if i < 0 {
				break
			}
			i += from + len(b[0])
			j := strings.Index(name[i:], b[1])
			if j < 0 {
				break
			}
			from = i + j + len(b[1])
			in := strings.TrimSpace(name[i : i+j])
			if place, n, ok := PlaceAbroadAt(in); ok && place != "JP" && n == len(wordCase(in)) {
				return place, true
			}
			if code, ok := trailingCountry(in); ok && !strings.ContainsAny(in, ",、") {
				return code, true // (USA), (U.S.), (UK)
			}
		}
	}
	return "", false
}

// deniedAfter reports whether after, the text after a place abroad, denies
// the work is done there in its clause (up to 、。,;) or a closing
// bracket: フィリピンでの作業なし, 在米国の事業者には再委託しない).
func deniedAfter(after string) bool {
	full := after
	if j := strings.IndexAny(after, "、。,;)）"); j >= 0 {
		after = after[:j]
	}
	if !clauseDenies(strings.ToLower(after)) {
		return false
	}
	full = strings.ToLower(full)
	return !denialUndecided(full) && !denialConditional("", full)
}

// deniedAround is deniedAfter(after) for a place whose sentence starts in
// before (the text before the place): a denial said only for now before
// the place (現時点ではフィリピンでの作業なし: ForNow) is no firm "no"
// either. Before, only the text after the place was read, and such a scope
// was work in Japan.
func deniedAround(before, after string) bool {
	if !deniedAfter(after) {
		return false
	}
	b := strings.ToLower(before)
	return !forNowBefore(b[sentenceStart(b):]) && !denialConditional(b, strings.ToLower(after))
}

// forNowBefore reports whether sentence (lower case), the text of a
// sentence before a denied word, says the denial holds only for now
// (ForNow): in the denial's own clause (現時点ではフィリピンでの作業なし), or in
// a clause before it (up to 、 or a comma: 現時点では、海外での作業なし) unless
// that clause goes on after its for-now word to give where the work is
// done now, a place in Japan (presentPlaceInJapan: 現状は東京都港区、海外作業
// なし, currently: Tokyo, no offshore work): the for-now word then says
// when the work is done there, not how long the denial holds. Before, any
// for-now word in the sentence counted, and such a work site was abroad.
func forNowBefore(sentence string) bool {
	for i, j := range forNowAt(sentence) {
		end := strings.IndexAny(sentence[j:], "、,")
		if end < 0 {
			return true // the denial's clause
		}
		start := 0
		if k := strings.LastIndexAny(sentence[:i], "、,"); k >= 0 {
			_, n := utf8.DecodeRuneInString(sentence[k:])
			start = k + n
		}
		if !presentPlaceInJapan(sentence[start : j+end]) {
			return true
		}
	}
	return false
}

// presentPlaceInJapan reports whether clause (lower case), a clause
// before a denial holding a word of forNowWords, names after that word a
// place in Japan and nothing abroad: the words up to で, にて or の (東京都
// 港区で作業, 大阪市の本社) ending in a unit of a Japanese address, perhaps
// with 内 (japaneseAddressUnits: 東京都港区, 大阪市, 東京都内), or a name in
// romaji with -ku, -shi or -ken (minato-ku), or being 国内, 日本, 日本国内 or
// a few names in English (japan, tokyo, osaka).
func presentPlaceInJapan(clause string) bool {
	end := -1
	for _, w := range forNowWords {
		if i := strings.Index(clause, w); i >= 0 && (end < 0 || i+len(w) < end) {
			end = i + len(w)
		}
	}
	if end < 0 {
		return false
	}
	rest := strings.TrimLeft(clause[end:], " :：")
	rest, _ = cutPrefixAnyOf(rest, []string{"では", "は", "で", "に", "in "})
	rest = strings.TrimLeft(rest, " :：")
	for _, sep := range []string{"にて", "で", "の", " "} {
		if i := strings.Index(rest, sep); i > 0 {
			rest = rest[:i]
		}
	}
	if rest == "" || len(workSiteAbroad(rest)) > 0 {
		return false
	}
	unit := strings.TrimSuffix(rest, "内") // 東京都内, 大阪府内
	last, _ := utf8.DecodeLastRuneInString(unit)
	head, _ := utf8.DecodeLastRuneInString(strings.TrimSuffix(unit, string(last)))
	if strings.ContainsRune(japaneseAddressUnits, last) && unicode.Is(unicode.Han, head) {
		return true
	}
	for _, u := range []string{"-ku", "-shi", "-ken"} { // minato-ku, osaka-shi
		if name, ok := strings.CutSuffix(rest, u); ok && name != "" && strings.Trim(name, "abcdefghijklmnopqrstuvwxyz") == "" {
			return true
		}
	}
	return slices.Contains([]string{"国内", "日本", "日本国内", "japan", "tokyo", "osaka"}, strings.TrimSuffix(rest, "のみ"))
}

// denialUndecided reports whether rest (lower case), the text after a
// place or a word for abroad whose clause denies the work is done there,
// says in the same sentence or bracket that the matter is undecided
// (undecidedWords: 海外への再委託の予定はないが未確定, 海外再委託の予定なし
// （未確定）, no plan for offshore work, not yet decided): the denial is no
// firm "no". The sentence ends at 。, ; or a full stop followed by a space,
// and the bracket at the first closing bracket not opened in rest
// (海外作業なし）、作業内容は調整中: the 調整中 is outside). Before, such a
// denial counted, and the work was done in Japan. An exception or a check
// still to be made noted there (denialExceptions: 海外作業なし（例外あり）,
// （緊急時を除く）, (要確認)) is no firm "no" either, unless the exception is
// said to be none (hedgeCancels: 例外なし), nor is a denial said to hold
// until a time (まで, until: 海外作業なし（3月まで）, no offshore work until
// March). Runs only after a denial is found.
func denialUndecided(rest string) bool {
	sentence := rest[:sentenceEnd(rest)]
	if containsAnyOf(sentence, denialExceptions) && !containsAnyOf(sentence, hedgeCancels) {
		return true
	}
	return Undecided(sentence) || ForNow(sentence)
}

// denialExceptions are the words of denialUndecided that note an exception
// to a denial, a check still to be made or a time it holds until (lower
// case, half width).
var denialExceptions = []string{"例外あり", "例外有り", "例外がある", "例外もある", "例外もあり", "例外があり", "を除く", "を除き", "は除く", "要確認",
	"with exceptions", "with exception", "exceptions apply", "except in", "except for", "to be checked", "まで", "until ", "till "}

// sentenceEnd returns where the sentence or bracket that rest (the text
// after a word) begins in ends: at 。, ; or a full stop followed by a
// space (not the dots of u.s.), or at the first closing bracket not
// opened in rest; len(rest) when none.
func sentenceEnd(rest string) int {
	depth := 0
	for i, r := range rest {
		switch r {
		case '(', '（':
			depth++
		case ')', '）':
			if depth == 0 {
				return i
			}
			depth--
		case '。', ';', '；':
			return i
		case '.':
			if i+1 == len(rest) || rest[i+1] == ' ' { // not u.s.
				return i
			}
		}
	}
	return len(rest)
}

// sentenceStart returns where the sentence that before (the text before
// a word) ends in begins: after its last 。, ; or full stop followed by a
// space.
func sentenceStart(before string) int {
	i := strings.LastIndexAny(before, "。;；")
	if i >= 0 {
		_, n := utf8.DecodeRuneInString(before[i:])
		i += n
	} else {
		i = 0
	}
	if j := strings.LastIndex(before, ". "); j >= i {
		i = j + 2
	}
	return i
}

// denialConditional reports whether the sentence around a denied word
// (before: the text before the word; rest: the text after it) makes the
// denial no firm no in another clause than the word's: a lack of approval
// (ApprovalCondition: 承認なく、海外で作業しない, Without approval, no
// offshore work), a hedge alone in the clause before or after the word's
// (hedgeClause: 原則として、海外での作業は行わない) or an
// approval that allows the work (ApprovalAllows: 海外での作業は行わない
// （承認があれば可）, no offshore work (approval required)). Before, only
// the word's own clause (up to 、 or a bracket) was read, and these were
// work in Japan. Runs only after a denial is found.
func denialConditional(before, rest string) bool {
	before, rest = before[sentenceStart(before):], rest[:sentenceEnd(rest)]
	s := before + rest
	if containsAnyOf(s, hedgeCancels) {
		return false // 承認なく、海外で作業しない（例外なし）
	}
	if ApprovalCondition(s) || ApprovalAllows(s) {
		return true
	}
	// A hedge only as the clause before the word's or after it (原則として、
	// 海外での作業は行わない; no offshore work, as a rule), not one that
	// speaks of something else (基本は東京、海外での作業なし).
	prev := ""
	if i := strings.LastIndexAny(before, "、,"); i >= 0 {
		prev = before[:i]
		if j := strings.LastIndexAny(prev, "、,(（"); j >= 0 {
			_, n := utf8.DecodeRuneInString(prev[j:])
			prev = prev[j+n:]
		}
	}
	next := ""
	if i := strings.IndexAny(rest, "、,"); i >= 0 {
		_, n := utf8.DecodeRuneInString(rest[i:])
		next = rest[i+n:]
		if j := strings.IndexAny(next, "、,"); j >= 0 {
			next = next[:j]
		}
	}
	return hedgeClause(prev) || hedgeClause(next)
}

// hedgeClause reports whether clause is a hedge of denialHedges alone,
// perhaps with として, 的に, は or では after it (原則として, 基本的には, as a
// rule).
func hedgeClause(clause string) bool {
	c := strings.TrimSpace(clause)
	if c == "" {
		return false
	}
	for _, t := range []string{"としては", "として", "的には", "的に", "では", "は"} {
		if x, ok := strings.CutSuffix(c, t); ok {
			c = x
			break
		}
	}
	return slices.Contains(denialHedges, c) || slices.Contains(denialHedges, c+"的に") || slices.Contains(denialHedges, c+"は")
}

// ApprovalAllows reports whether text (lower case) says the work may be
// done with approval: a word of approvalWordsJa followed within a few
// words by one of approvalAllowJa (承認があれば可, 承認を得た場合は可,
// 承認時を除く, 承認を要する) and by none of approvalFirmJa (承認を得た場合
// でも不可, 承認の有無にかかわらず), or in English a word of approvalWordsEn
// with one of approvalAllowEn (approval required, subject to approval)
// and no even (even with approval). The store reads a data location's
// region with it too (half width: 海外移転なし（承認があれば可）).
func ApprovalAllows(text string) bool {
	for after := range afterApprovals(text) {
		near := approvalNear(after)
		if containsAnyOf(near, approvalAllowJa) && !containsAnyOf(near, approvalFirmJa) {
			return true
		}
	}
	return containsAnyOf(text, approvalWordsEn) && containsAnyOf(text, approvalAllowEn) && !strings.Contains(text, "even")
}

// afterApprovals yields the text after each word of approvalWordsJa in
// text, word by word: what ApprovalCondition and ApprovalAllows read in
// Japanese. It yields nothing when text holds no rune of approvalRunesJa.
func afterApprovals(text string) iter.Seq[string] {
	return func(yield func(string) bool) {
		if !strings.ContainsAny(text, approvalRunesJa) {
			return
		}
		for _, w := range approvalWordsJa {
			for i := range occurrences(text, w) {
				if !yield(text[i+len(w):]) {
					return
				}
			}
		}
	}
}

// approvalNear returns the few words right after a word of approval that
// ApprovalCondition and ApprovalAllows read: the first 30 bytes of after,
// ten kana or kanji (を得た場合を除き).
func approvalNear(after string) string {
	if len(after) > 30 {
		return after[:30]
	}
	return after
}

// containsAnyOf reports whether s holds one of words.
func containsAnyOf(s string, words []string) bool {
	return slices.ContainsFunc(words, func(w string) bool { return strings.Contains(s, w) })
}

// The words of ApprovalAllows.
var (
	approvalAllowJa = []string{"あれば", "得れば", "受ければ", "得た場合", "受けた場合", "ある場合", "された場合", "時を除", "時は除",
		"を要する", "が必要", "を必要", "の上", "のうえ", "次第", "後は可", "により可", "で可"}
	approvalFirmJa  = []string{"ても", "でも", "かかわらず", "関わらず", "問わず"}
	approvalAllowEn = []string{"approval required", "requires approval", "require approval", "approval is required", "subject to",
		"with approval", "with prior", "with the", "if approved", "upon approval", "once approved", "when approved"}
)

// Undecided reports whether text (lower case, half width) holds a word of
// undecidedWords (未定, 確定ではない, 変更もありうる, under review): what it
// denies is not decided. denialUndecided reads the sentence or bracket of
// a denial with it, store.regionHedged a data location's region.
func Undecided(text string) bool {
	return containsAnyOf(text, undecidedWords)
}

// undecidedWords are the words of denialUndecided (lower case).
var undecidedWords = []string{"未定", "未確定", "未決定", "確定していな", "確定しておら", "決まっていな", "決定していな", "検討中", "調整中",
	"確認中", "未確認", "不明", "流動的", "変更の可能性", "変わる可能性", "確定ではな", "確定ではあり", "決定ではな", "確定していませ",
	"決定していませ", "決まっていませ", "確定しておりませ", "決定しておりませ", "決まっておりませ", "決定しておら", "決まっておら",
	"今後検討", "検討予定", "変更もありうる", "変更もあり得る", "変更になる場合", "変更する場合", "変わる場合", "分からな", "わからな",
	"分かりませ", "わかりませ", "可能性はある", "可能性がある", "可能性あり", "可能性もある", "暫定",
	"undecided", "not yet decided", "not decided", "to be decided", "to be determined", "tbd", "tbc", "to be confirmed", "not confirmed",
	"unconfirmed", "not final", "subject to change", "may change", "pending", "under review", "under consideration", "tentative",
	"provisional", "unknown", "not known"}

// residencePlaces returns the places abroad text, a subcontractor's name
// or scope, names as where the work is done or its people are: a place
// right before a word of locatives (scopeLocatives for a scope:
// フィリピンでのデータ入力, 大連の拠点で入力; residenceWords for a name:
// ベトナム在住の翻訳者), read as a work site's address is (workSiteAbroad),
// and a place right after 在 (在ベトナムの翻訳者, 在米国法人, 在ハノイ, 在米の
// 翻訳者: zaiPlaces). The words after the place denying it
// (フィリピンでの作業なし: deniedAfter) and a place named for something else
// (米国製ソフトで, 中国語の翻訳: scopeNotPlace) give nothing.
func residencePlaces(text string, locatives []string, sites *siteMemo) []string {
	out := zaiPlaces(text)
	const breaks = "、。,;・()（）「」 \u3000"
	for _, loc := range locatives {
		for i := range occurrences(text, loc) {
			chunk := text[:i]
			if k := strings.LastIndexAny(chunk, breaks); k >= 0 {
				_, n := utf8.DecodeRuneInString(chunk[k:])
				chunk = chunk[k+n:]
			}
			// The place is the word right before the locative, after
			// の (大連の拠点で: 大連 before 拠点; 米国のソフトで: ソフト), and
			// names no maker (米国製ソフトで, 米国企業で).
			chunk = strings.TrimSuffix(chunk, "の")
			if k := strings.LastIndex(chunk, "の"); k >= 0 {
				if slices.Contains(scopeOwnWords, chunk[k+len("の"):]) {
					chunk = chunk[:k] // フィリピンの自社拠点
					if k := strings.LastIndex(chunk, "の"); k >= 0 {
						chunk = chunk[k+len("の"):]
					}
				} else {
					chunk = chunk[k+len("の"):]
				}
			}
			if chunk == "" || deniedAround(text[:i], text[i+len(loc):]) || containsAnyOf(chunk, scopeNotPlace) {
				continue
			}
			if (loc == "で" || slices.Contains(residenceWords, loc)) && pastStay(text[i+len(loc):]) {
				continue // 米国滞在歴のある翻訳者: where they were, not are
			}
			for _, w := range sites.abroad(chunk) {
				out = appendUnique(out, w)
			}
		}
	}
	return out
}

// zaiPlaces returns the places abroad text names right after 在 ("in",
// "resident in"): 在ベトナムの翻訳者 and 在米国法人 give VN and US, 在ハノイ
// ハノイ (PlaceAbroadAt), and the short kanji names of zaiShort 在米の翻訳者,
// 在比スタッフ US and PH, each once, in order. The place must start right
// after 在: 在日米国人 (a US citizen living in Japan), 在日中国人 and 在日米軍
// give nothing, nor do 在宅, 在籍, 在庫, 在留 and 在日, which name no place
// abroad. 在 ending another word (現在, 所在, 滞在, 存在: notAbroadBefore)
// does not count, and a short name counts only after a character that is
// not kanji (現在米ドル, 存在感) and before one that is not kanji or a word of
// zaiShortFollowers (在米日本人, 在米法人; not 在米子, 在伊豆, 在加賀, places
// in Japan); 在中 (enclosed, 書類在中) and 在台 count only before such a word.
// A denial after the place in its clause (在米国の事業者への再委託なし:
// deniedAfter) gives nothing. Before, only the note in brackets ending a
// name, a branch word and a few words after a place in a scope were
// read, and 在ベトナムの翻訳者 was work in Japan.
func zaiPlaces(text string) []string {
	if !strings.Contains(text, "在") {
		return nil
	}
	w := wordCase(text)
	var out []string
	for i := range occurrences(w, "在") {
		before, _ := utf8.DecodeLastRuneInString(w[:i])
		if strings.ContainsRune(notAbroadBefore, before) {
			continue
		}
		rest := w[i+len("在"):]
		place, n, ok := PlaceAbroadAt(rest)
		if !ok && !unicode.Is(unicode.Han, before) {
			place, n, ok = zaiShortAt(rest)
		}
		if ok && place != "JP" && !deniedAfter(rest[n:]) && !pastStay(rest[n:]) {
			out = appendUnique(out, place)
		}
	}
	return out
}

// pastStay reports whether after, the text right after a residence word,
// a place after 在, or で, says the place is where someone was, as
// experience, not where the work is: 経験 (米国駐在経験者, 在ベトナム経験の
// ある, 米国での勤務経験を有する: a word of kanji after での ending in 経験),
// or 歴 before のある, あり, がある or を有 (米国滞在歴のある翻訳者). 在住歴5年
// (living there for five years) and での作業経験豊富 are not: the work may
// well be there. Before, 米国滞在歴のある翻訳者 was a subcontractor abroad.
func pastStay(after string) bool {
	if a, ok := strings.CutPrefix(after, "の"); ok {
		i := strings.IndexFunc(a, func(r rune) bool { return !unicode.Is(unicode.Han, r) })
		if i < 0 {
			i = len(a)
		}
		if strings.HasSuffix(a[:i], "経験") {
			return true
		}
		if run, ok := strings.CutSuffix(a[:i], "歴"); ok && run != "" {
			after = "歴" + a[i:]
		} else {
			return false
		}
	}
	if strings.HasPrefix(after, "経験") {
		return true
	}
	if r, ok := strings.CutPrefix(after, "歴"); ok {
		return slices.ContainsFunc([]string{"のある", "のあり", "あり", "がある", "が有る", "を有", "有り", "有"}, func(w string) bool { return strings.HasPrefix(r, w) })
	}
	return false
}

// notesPastStay reports whether note, a scope's closing note, speaks of
// a stay as experience (（米国滞在経験10年の翻訳者）, （米国での滞在歴がある翻訳者）:
// pastStay after a residence word or で), not of where the work is.
func notesPastStay(note string) bool {
	if !strings.Contains(note, "経験") && !strings.Contains(note, "歴") {
		return false
	}
	for _, w := range pastStayWords {
		for i := range occurrences(note, w) {
			if pastStay(note[i+len(w):]) {
				return true
			}
		}
	}
	return false
}

// pastStayWords are the words notesPastStay looks for pastStay after.
var pastStayWords = append([]string{"で"}, residenceWords...)

// ResidentAbroad returns the places abroad text names right after 在 (在米,
// 在ベトナムの, 在ハノイ: zaiPlaces), each once, in order: a subcontractor's
// and a data location's people or work abroad.
func ResidentAbroad(text string) []string { return zaiPlaces(text) }

// japanPairs returns the countries text pairs with Japan by 日 and one
// or more countries' one-kanji short names (japanPairShort), each after
// an optional ・ or /: 日米両拠点, 日米の拠点 and 日米 give US, 日韓両拠点
// KR, 日米欧3拠点 US and EU, 日中韓の拠点 CN and KR, 日・米両拠点 US, each
// once, in order. 日 must start a run of kanji (not 毎日米, 本日米). 日米,
// and two or more names (日米欧, 日中韓), count before anything but more
// kanji (日米安保, 日米中心) or a digit, or before a word of
// japanPairFollowers (after a count: 日米欧3拠点, 日中三拠点; or after の:
// 日韓の拠点); a single other name only before such a word (日韓両拠点,
// 日中2拠点, 日英間), as 日中 is the daytime (日中の作業) and 日英 a pair of
// languages (日英の翻訳, 日中韓の翻訳: japanPairLanguage). A denial after it
// in its clause (日米間の移転なし: deniedAfter) gives nothing. Before,
// 日米両拠点 named no country, and the work was done in Japan; then 日米欧3
// 拠点, 日米中の拠点, 日・米両拠点 and 日韓の拠点 still did not. Only a text
// holding 日 before a short name or a separator is read (japanPairAhead,
// no allocation).
func japanPairs(text string) []string {
	if !japanPairAhead(text) {
		return nil
	}
	w := wordCase(text)
	var out []string
	for i := range occurrences(w, "日") {
		if before, _ := utf8.DecodeLastRuneInString(w[:i]); unicode.Is(unicode.Han, before) {
			continue
		}
		var codes []string
		us := false
		after := w[i+len("日"):]
		for {
			rest := after
			for _, sep := range []string{"・", "/"} {
				rest = strings.TrimPrefix(rest, sep)
			}
			r, n := utf8.DecodeRuneInString(rest)
			code, ok := japanPairShort[r]
			if !ok {
				break
			}
			codes = appendUnique(codes, code)
			us = us || r == '米'
			after = rest[n:]
		}
		if len(codes) == 0 || japanPairLanguage(after) {
			continue
		}
		counted := strings.TrimLeft(after, "0123456789二三四五六七八九")
		paired := slices.ContainsFunc(japanPairFollowers, func(f string) bool { return strings.HasPrefix(counted, f) })
		if !paired {
			if afterNo, ok := strings.CutPrefix(after, "の"); ok {
				paired = slices.ContainsFunc(japanPairSiteFollowers, func(f string) bool { return strings.HasPrefix(afterNo, f) })
			}
		}
		if !paired && (us || len(codes) > 1) {
			next, _ := utf8.DecodeRuneInString(after)
			paired = !unicode.Is(unicode.Han, next) && !unicode.IsDigit(next)
		}
		if paired && !deniedAfter(after) {
			for _, c := range codes {
				out = appendUnique(out, c)
			}
		}
	}
	return out
}

// japanPairAhead reports whether text holds 日 right before a rune of
// japanPairShort or a separator (・, ／, /, ･): japanPairs' pre-filter,
// without allocation.
func japanPairAhead(text string) bool {
	for i := range occurrences(text, "日") {
		r, _ := utf8.DecodeRuneInString(text[i+len("日"):])
		if _, ok := japanPairShort[r]; ok || r == '・' || r == '／' || r == '/' || r == '･' {
			return true
		}
	}
	return false
}

// japanPairLanguage reports whether after, the text after 日 and short
// names, makes them languages (日英の翻訳, 日中韓の3言語, 日英対訳).
func japanPairLanguage(after string) bool {
	after = strings.TrimPrefix(after, "の")
	after = strings.TrimLeft(after, "0123456789二三四五六七八九")
	return slices.ContainsFunc([]string{"翻訳", "対訳", "通訳", "言語", "か国語", "ヶ国語", "カ国語", "表記", "字幕", "併記"},
		func(l string) bool { return strings.HasPrefix(after, l) })
}

// JapanPairs returns the countries text pairs with Japan (日米両拠点, 日米:
// japanPairs), for store's reading of a data location's region.
func JapanPairs(text string) []string { return japanPairs(text) }

// japanPairShort are the one-kanji short names japanPairs reads after 日.
var japanPairShort = map[rune]string{'米': "US", '欧': "EU", '韓': "KR", '中': "CN", '台': "TW", '英': "GB", '独': "DE", '仏': "FR", '豪': "AU",
	'比': "PH", '越': "VN", '印': "IN", '泰': "TH", '星': "SG"}

// japanPairFollowers are the words after 日 and a short name that make
// them two countries' sites (日韓両拠点, 日中2拠点, 日英間).
var japanPairFollowers = []string{"両", "二拠点", "2拠点", "拠点", "各拠点", "間", "双方", "共同", "合同"}

// japanPairSiteFollowers are the words after 日, short names and の that
// make them two countries' sites (日韓の拠点, 日中の両拠点), not 間 (日中の間:
// during the day).
var japanPairSiteFollowers = []string{"両", "拠点", "各拠点", "2拠点", "二拠点", "3拠点", "三拠点", "開発拠点", "作業拠点"}

// zaiShort are the one-kanji short names of countries written after 在
// (在米, 在英, 在韓 …) with their codes; a country's full name (在米国,
// 在中国, 在台湾) is PlaceAbroadAt's.
var zaiShort = map[rune]string{'米': "US", '英': "GB", '独': "DE", '仏': "FR", '韓': "KR", '比': "PH", '越': "VN", '豪': "AU",
	'印': "IN", '加': "CA", '伊': "IT", '露': "RU", '泰': "TH", '星': "SG", '蘭': "NL", '墨': "MX", '伯': "BR", '中': "CN", '台': "TW"}

// zaiShortFollowers are the words a short name after 在 (zaiShort) may be
// followed by in kanji: 在米日本人, 在韓日系企業, 在中法人, 在比スタッフ' kana
// needs none of them.
var zaiShortFollowers = []string{"日本人", "日系", "邦人", "法人", "企業", "会社", "子会社", "拠点", "事務所", "支社", "支店", "工場", "翻訳",
	"技術者", "社員", "職員", "開発"}

// zaiShortAt returns the country whose short kanji name (zaiShort) starts
// w, the text after 在, its length and true, when what follows it is not
// kanji (在米の翻訳者, 在英スタッフ) or starts a word of zaiShortFollowers
// (在米日本人, 在中法人); 在中 and 在台 need such a word (書類在中の封筒).
func zaiShortAt(w string) (string, int, bool) {
	r, n := utf8.DecodeRuneInString(w)
	code, ok := zaiShort[r]
	if !ok {
		return "", 0, false
	}
	rest := w[n:]
	if slices.ContainsFunc(zaiShortFollowers, func(f string) bool { return strings.HasPrefix(rest, f) }) {
		return code, n, true
	}
	next, _ := utf8.DecodeRuneInString(rest)
	if r == '中' || r == '台' || unicode.Is(unicode.Han, next) || next >= '0' && next <= '9' {
		return "", 0, false
	}
	return code, n, true
}

// branchWords end a subcontractor's name that names a company's branch
// or office at the place before them (大連支社, Manila Branch).
var branchWords = []string{"支社", "支店", "支所", "事業所", "営業所", "拠点", "現地法人", "開発センター", " branch", " office", " subsidiary"}

// companyWords end a company's name before a branch's place (XX株式会社
// 大連支社, ABC Corp. Manila Branch).
var companyWords = []string{"株式会社", "有限会社", "合同会社", "公司", "inc.", "corp.", "ltd.", "co.", "llc"}

// nameBranchPlace returns the place a subcontractor's name gives as
// where it is beside the company's name: before a word of branchWords,
// after the company's name or a space (XX株式会社 大連支社, XX株式会社大連支社,
// ABC Corp. Manila Branch), or after a last comma (Manila Data Services
// Inc., Philippines). 中国 alone before a branch word (中国支社) is the
// Chūgoku region of Japan as often as China, and gives nothing.
func nameBranchPlace(name string) (string, bool) {
	t := strings.TrimSpace(name)
	lower := strings.ToLower(t)
	for _, w := range branchWords {
		if !strings.HasSuffix(lower, w) {
			continue
		}
		head, headLower := t[:len(t)-len(w)], lower[:len(t)-len(w)]
		cut := strings.LastIndexFunc(headLower, unicode.IsSpace) + 1
		for _, c := range companyWords {
			if i := strings.LastIndex(headLower, c); i >= 0 && i+len(c) > cut {
				cut = i + len(c)
			}
		}
		if place := strings.TrimSpace(head[cut:]); place != "" && place != "中国" {
			return place, true
		}
		return "", false
	}
	if i := strings.LastIndex(t, ", "); i > 0 {
		return strings.TrimSpace(t[i+2:]), true
	}
	return "", false
}

// nameNote returns the text in the brackets ending name (（中国）,
// (Philippines), [Philippines], 【フィリピン】), trimmed, when something
// stands before them.
func nameNote(name string) (string, bool) {
	t := strings.TrimSpace(name)
	for _, b := range [...][2]string{{"（", "）"}, {"(", ")"}, {"[", "]"}, {"［", "］"}, {"【", "】"}} {
		if body, ok := strings.CutSuffix(t, b[1]); ok {
			if i := strings.LastIndex(body, b[0]); i > 0 && strings.TrimSpace(body[:i]) != "" {
				return strings.TrimSpace(body[i+len(b[0]):]), true
			}
		}
	}
	return "", false
}

// siteMemo remembers workSiteAbroad of the addresses a run of assessments
// has read (the work sites of a register's contractors repeat from entry
// to entry, and reading one looks through every country's and place's
// names: 4% of BenchmarkAssess10k), up to siteMemoMax addresses. Not safe
// for concurrent use: each run (fork) has its own.
type siteMemo struct{ m map[string][]string }

// siteMemoMax bounds a siteMemo (a register of 100,000 entries may have as
// many addresses); past it, addresses are read every time.
const siteMemoMax = 4096

// abroad returns workSiteAbroad(address), from m when read before; m may
// be nil. The slice returned is shared: read-only.
func (m *siteMemo) abroad(address string) []string {
	if m == nil {
		return workSiteAbroad(address)
	}
	if out, ok := m.m[address]; ok {
		return out
	}
	out := workSiteAbroad(address)
	if m.m == nil {
		m.m = map[string][]string{}
	}
	if len(m.m) < siteMemoMax {
		m.m[address] = out
	}
	return out
}

// workSiteAbroadWords are the words for abroad a work site's address may
// hold (翻訳者の自宅（国外を含む）), as they are shown; 国内外 (国内外の拠点, 日本
// 国内外: in Japan and abroad) is one, not Japan.
var workSiteAbroadWords = append([]string{"国外", "海外", "外国", "在外", "国内外", "オフショア", "overseas", "abroad", "offshore"}, anywhereWords...)

// anywhereWords say the work may be done anywhere (在宅（場所不問）, リモート（
// どこからでも）, remote from anywhere), which includes abroad, unless the
// text keeps it in Japan or speaks of abroad itself (anywhereLimits: 国内で
// あれば場所不問, 場所不問、ただし国内に限る, anywhere, no overseas access: the
// word for abroad is then read on its own). Before, such a work site was
// work in Japan.
var anywhereWords = []string{"場所不問", "居住地不問", "場所を問わない", "場所を問わず", "居住地を問わない", "居住地を問わず", "どこからでも", "世界中", "全世界", "anywhere",
	"any location", "worldwide", "任意のリージョン", "any region"}

// anywhereLimits are the words that, anywhere in the text, keep an
// anywhere word in Japan or leave abroad to a word for it (国内であれば場所不問,
// 日本国内どこからでも, 都内どこでも, any location in Japan, anywhere, no
// overseas access).
var anywhereLimits = []string{"国内", "日本", "本邦", "japan", "都内", "県内", "府内", "道内", "市内", "区内", "町内", "村内", "社内", "庁内",
	"事務所内", "海外", "国外", "overseas", "abroad", "offshore"}

// AnywhereSaid returns the first word of anywhereWords that text, a data
// location's region, says where the data may be anywhere with (東京（バック
// アップ先は場所不問）, 東京（DR：世界中のいずれかのリージョン）), not bounded
// (anywhereLimited: 国内（場所不問）) nor denied in its clause (deniedAfter),
// and true.
// store refuses such a region under country JP: it was read as in Japan.
func AnywhereSaid(text string) (string, bool) {
	l := strings.ToLower(strings.Map(NarrowRune, text))
	for _, w := range anywhereWords {
		i := strings.Index(l, w)
		if i < 0 {
			continue
		}
		if !anywhereLimited(l, i) && !deniedAfter(l[i+len(w):]) {
			return w, true
		}
	}
	return "", false
}

// anywhereNotLimits are the words starting with one of anywhereLimits
// that keep nothing in Japan: a language, people, a clock or a company's
// rules (在宅（場所不問、日本語対応者）, remote from anywhere (Japan time),
// 在宅（場所不問、社内規程による）).
var anywhereNotLimits = []string{"日本語", "日本人", "日本時間", "日本標準時", "japanese", "japan time", "japan standard time", "社内規", "庁内規"}

// anywhereLimited reports whether l, a work site's or subcontractor's
// text in lower case with an anywhereWords word at i, holds a word of
// anywhereLimits that bounds it: inside the bracket holding the word or
// outside every bracket (在宅（国内であれば場所不問）, 国内在宅（場所不問）,
// 場所不問、ただし国内に限る), not in another bracket, which is about
// something else (事務所（東京都内）及び在宅勤務（場所不問）: 都内 is the
// office's), and not a word of anywhereNotLimits (日本語, japanese, 社内規程).
// Before, a limit anywhere in the text counted, and 在宅（場所不問、日本語
// 対応者） was work in Japan. Runs only when an anywhere word is found.
func anywhereLimited(l string, i int) bool {
	scope := withoutOtherBrackets(l, i)
	for _, w := range anywhereLimits {
		for j := range occurrences(scope, w) {
			if !slices.ContainsFunc(anywhereNotLimits, func(n string) bool { return strings.HasPrefix(scope[j:], n) }) &&
				!(!slices.Contains(workSiteAbroadWords, w) && japanLimitDenied(scope[:j], scope[j+len(w):])) {
				return true
			}
		}
	}
	return false
}

// japanLimitDenied reports whether a word for Japan of anywhereLimits,
// between before and rest, is denied rather than a limit: a denial in
// its clause after it (日本に拠点なし, 国内に限定しない, 国内に限らない; not
// 国内以外不可, Japan only) or, in English, an odd number of denials in
// its clause before it (no office in Japan, outside Japan; not "not
// outside Japan"). Before, "Remote worldwide, no office in Japan" was
// bounded by its Japan, and the work was done in Japan.
func japanLimitDenied(before, rest string) bool {
	if !strings.HasPrefix(rest, "以外") {
		clause := rest
		if k := strings.IndexAny(clause, "、。,;)）"); k >= 0 {
			clause = clause[:k]
		}
		if slices.ContainsFunc(workSiteDenials, func(d string) bool { return strings.Contains(clause+" ", d) }) ||
			slices.ContainsFunc(japanNotRequired, func(d string) bool { return strings.Contains(beforeAnywhere(clause), d) }) {
			return true
		}
	}
	if k := strings.LastIndexAny(before, "、。,;(（"); k >= 0 {
		before = before[k:]
	}
	denials := 0
	for _, f := range strings.FieldsFunc(before, func(r rune) bool { return r < 'a' || r > 'z' }) {
		switch f {
		case "no", "not", "without", "outside", "except", "excluding", "never":
			denials++
		}
	}
	return denials%2 == 1
}

// beforeAnywhere returns clause up to its first word of anywhereWords
// (国内であれば場所不問 gives であれば): the 不問 or 任意 of the anywhere word
// itself (場所不問, 任意のリージョン) says nothing of the word for Japan.
func beforeAnywhere(clause string) string {
	for _, w := range anywhereWords {
		if k := strings.Index(clause, w); k >= 0 {
			clause = clause[:k]
		}
	}
	return clause
}

// japanNotRequired are the words after a word for Japan in its clause
// that say it is not required (日本在住でなくてもよい, 日本国籍不要, 国内在住
// 不問, 日本在住は任意) or only preferred (国内優先, 日本在住が望ましい):
// japanLimitDenied's, besides the denials. Before, 在宅（場所不問、日本在住で
// なくてもよい） and 在宅（場所不問、国内優先） were anywhere in Japan.
var japanNotRequired = []string{"不要", "なくても", "なくとも", "不問", "任意", "optional",
	// A preference is no limit (日本在住が望ましい, 国内優先, Japan preferred).
	"望まし", "優先", "推奨", "preferred", "preferable", "recommended"}

// withoutOtherBrackets returns l without the bracketed parts ((…), （…）)
// that do not hold byte i: 事務所（東京都内）及び在宅（場所不問） with i in
// 場所不問 gives 事務所及び在宅（場所不問）.
func withoutOtherBrackets(l string, i int) string {
	var open []int
	var drop [][2]int
	for k, r := range l {
		switch r {
		case '(', '（':
			open = append(open, k)
		case ')', '）':
			if n := len(open); n > 0 {
				start, end := open[n-1], k+utf8.RuneLen(r)
				open = open[:n-1]
				if i < start || i >= end {
					drop = append(drop, [2]int{start, end})
				}
			}
		}
	}
	if len(drop) == 0 {
		return l
	}
	slices.SortFunc(drop, func(a, b [2]int) int { return a[0] - b[0] })
	var b strings.Builder
	last := 0
	for _, d := range drop {
		if d[0] < last {
			continue // inside a part dropped already
		}
		b.WriteString(l[last:d[0]])
		last = d[1]
	}
	b.WriteString(l[last:])
	return b.String()
}

// notAbroadBefore are the kanji that, right before 在外, make the 在 the
// end of another word (現在外部委託, 所在外, 存在外, 滞在外出): the text says
// nothing of abroad. 在外 after any other kanji (翻訳者在外) is read.
var notAbroadBefore = "現存所滞不健実潜内自介散混駐点偏顕常近遍伏"

// workSiteNotAbroad are words starting with one of workSiteAbroadWords
// that say nothing of where the work is done (外国人の作業者, 外国語, 国内
// 外国人 of 国内外国人スタッフ: foreigners working in Japan); 在外
// has its own (notAbroadBefore, and 在外国人: foreigners living here).
var workSiteNotAbroad = []string{"外国人", "外国籍", "外国語", "国内外国"}

// clauseDenies reports whether clause (lower case), the words after a
// place or a word for abroad in its clause, denies the work is done there:
// it holds a word of workSiteDenials, and is no double negative
// (doubleNegative: 海外移転を禁止していない, 海外の可能性は否定できない,
// 海外での作業がないとは限らない), which allows it.
func clauseDenies(clause string) bool {
	c := clause
	if strings.Contains(c, "例外") || strings.Contains(c, "exception") {
		c = hedgeCancelWords.Replace(c) // 禁止（例外なし）: the なし is the exception's
	}
	return slices.ContainsFunc(workSiteDenials, func(d string) bool { return strings.Contains(c+" ", d) }) && !doubleNegative(c) &&
		!denialHedged(clause)
}

// hedgeCancelWords takes hedgeCancels out of a clause, so that their
// denial (例外なし: no exception) is not read as a denial of the place
// (海外拠点で作業（例外なし） was work in Japan, 海外作業は禁止（例外なし） a
// double negative).
var hedgeCancelWords = func() *strings.Replacer {
	var r []string
	for _, w := range hedgeCancels {
		r = append(r, w, "")
	}
	return strings.NewReplacer(r...)
}()

// denialHedged reports whether text (lower case), a denial's clause or
// the words before a word for abroad, says the denial holds only in
// principle or as far as possible (原則禁止, 原則として行わない, 基本的に
// しない, 極力行わない, not in principle, as a rule): exceptions are allowed,
// so it is no firm "no" (海外での作業は原則禁止 was work in Japan). A hedge
// said to have no exception (原則禁止（例外なし）: hedgeCancels) denies.
// So does a denial that holds only without approval (ApprovalCondition:
// no offshore work without approval, 承認なく海外で作業しない): work abroad
// is allowed once approved; and one said to be a plan (EndsInPlan:
// 海外作業しない予定, 海外での作業なし（予定）), as a data location's region
// is (store.regionHedged). Runs only on a clause that holds a denial,
// or before one.
func denialHedged(text string) bool {
	if ForNow(text) {
		return true // 現時点では海外作業なし（例外なし）: no exception, for now
	}
	if !containsAnyOf(text, denialHedges) && !ApprovalCondition(text) && !EndsInPlan(text) {
		return false
	}
	return !containsAnyOf(text, hedgeCancels)
}

// ForNow reports whether text (lower case), a denial's clause, the
// sentence it begins or ends, holds a word of forNowWords: the denial holds
// only for now (現時点では海外作業なし, 当面は海外での作業なし, for now, no
// offshore work, currently no offshore work) and says nothing of the rest
// of the contract, as a plan does not (EndsInPlan): no firm no. Before,
// each was a firm no and the work was done in Japan. A word said with
// the future (現在も将来も海外作業なし, 将来も現在も, 現時点でも今後も,
// currently and in the future: nowAndFuture) does not count: the denial
// holds for the rest of the contract too. Before, such a denial was no
// firm no, a false "abroad". Runs only on a clause that holds a denial,
// or around one; the store reads a data location's region with it too
// (half width).
func ForNow(text string) bool {
	for range forNowAt(text) {
		return true
	}
	return false
}

// forNowAt yields where each word of forNowWords that ForNow counts
// begins in text, and where it ends.
func forNowAt(text string) iter.Seq2[int, int] {
	return func(yield func(int, int) bool) {
		for _, w := range forNowWords {
			for i := range occurrences(text, w) {
				if !nowAndFuture(text[:i], text[i+len(w):]) && !yield(i, i+len(w)) {
					return
				}
			}
		}
	}
}

// nowAndFuture reports whether a word of forNowWords, between before and
// after, is said with the future: a word of futureWords right after it,
// past も, a comma, and, or, および or 及び (現在も将来も, 現在も、今後も, 現在
// および将来とも, currently and in the future, for now and going forward),
// or right before it with も (将来も現在も).
func nowAndFuture(before, after string) bool {
	a := strings.TrimLeft(after, " ,、")
	a, _ = cutPrefixAnyOf(a, []string{"も", "および", "及び", "and ", "or ", "nor "})
	a = strings.TrimLeft(a, " ,、")
	if slices.ContainsFunc(futureWords, func(f string) bool { return strings.HasPrefix(a, f) }) {
		return true
	}
	b := strings.TrimRight(before, " ,、")
	return slices.ContainsFunc(futureWords, func(f string) bool { return strings.HasSuffix(b, f+"も") })
}

// futureWords are the words of the future of nowAndFuture (lower case).
var futureWords = []string{"将来", "今後", "以後", "以降", "契約期間中", "in the future", "in future", "the future", "future", "going forward",
	"hereafter", "thereafter"}

// cutPrefixAnyOf returns s without the first of words that begins it,
// and true; or s and false.
func cutPrefixAnyOf(s string, words []string) (string, bool) {
	for _, w := range words {
		if r, ok := strings.CutPrefix(s, w); ok {
			return r, true
		}
	}
	return s, false
}

// forNowWords are the words of ForNow (lower case, half width): not
// 現在, 現時点 or 現状 alone (現在の作業場所, 現時点の作業場所: where the
// work is done now, which may be firm), nor this year (今年度は: the
// contract's year may be all of it).
var forNowWords = []string{"現時点で", "現時点にお", "現時点まで", "現時点)", "現段階で", "現段階にお", "現段階)", "現状で", "現状は",
	"現状にお", "現状)", "現在は", "現在では", "現在のところ", "現在、", "現在も", "今のところ", "いまのところ",
	"今は", "目下", "当面", "当分", "差し当たり", "さしあたり", "しばらく", "for now", "for the moment", "for the time being",
	"currently", "at present", "presently", "at the moment", "at this time", "at this stage", "as of now", "as of today", "as things stand",
	"right now", "so far", "to date", "as yet", "not yet", " yet"}

// planEnds are the words of EndsInPlan.
var planEnds = []string{"予定", "見込み", "方針", "計画", "見通し", "目標"}

// EndsInPlan reports whether clause, a denial's clause (the words after a
// word for abroad, or a clause of a data location's region), ends in a
// word of a plan (planEnds), perhaps before です, である or だ: 海外作業しない
// 予定, 海外移転なし（予定, 行わない方針です. A plan is not a fact: the denial
// is no firm no. A denial of a plan (海外作業の予定なし, 予定はない) does
// not end in one.
func EndsInPlan(clause string) bool {
	c := strings.TrimSpace(clause)
	for _, w := range []string{"です", "である", "だ"} {
		c = strings.TrimSpace(strings.TrimSuffix(c, w))
	}
	return slices.ContainsFunc(planEnds, func(w string) bool { return strings.HasSuffix(c, w) })
}

// ApprovalCondition reports whether text (lower case), a denial's clause
// or the words before a word for abroad, makes the denial hold only
// without approval: in English, without, unless or except followed by a
// word of approval (approv, consent, permission, authori: no offshore
// work without approval, unless approved, except with prior written
// consent); in Japanese, a word of approvalWordsJa followed (after を,
// が or の) by a word of its lack (approvalLacks: 承認なく, 事前承認なしの,
// 承認がない限り, 承認を得ずに, 承認がなければ, 承認を得ることなく, 承認前,
// 承認までは) or, within a few words, by 場合を除 or 場合以外 (承諾を得た場合
// を除き). Before, each of these denials was a firm
// no and the work was done in Japan. Not 承認の有無にかかわらず, 承認されない,
// even with approval: the denial holds with approval too. The store reads
// a data location's region with it too (half width: 承認なく海外移転しない).
func ApprovalCondition(text string) bool {
	if containsAnyOf(text, approvalWordsEn) {
		for _, m := range approvalLackEn {
			if k := strings.Index(text, m); k >= 0 && containsAnyOf(text[k:], approvalWordsEn) {
				return true
			}
		}
	}
	for after := range afterApprovals(text) {
		rest := strings.TrimLeft(after, "をがの")
		if slices.ContainsFunc(approvalLacks, func(l string) bool { return strings.HasPrefix(rest, l) }) && !strings.HasPrefix(rest, "前提") {
			return true
		}
		if near := approvalNear(rest); strings.Contains(near, "場合を除") || strings.Contains(near, "場合以外") {
			return true
		}
	}
	return false
}

// approvalRunesJa holds a rune of each word of approvalWordsJa: a text
// without one holds none of them (a cheap test before the scans).
const approvalRunesJa = "承許同了認"

// approvalWordsJa and approvalLacks are the words of ApprovalCondition in
// Japanese: of approval, and of its lack right after one.
var (
	approvalWordsJa = []string{"承認", "承諾", "許可", "同意", "了承", "認可", "許諾"}
	approvalLacks   = []string{"なく", "無く", "なし", "無し", "なき", "無き", "ない", "無い", "なけれ", "無けれ", "得ず", "得ない", "得なけれ",
		"得ることな", "得られず", "得られな", "受けず", "受けない", "受けなけれ", "受けることな", "受けられず", "受けられな", "前", "まで"}
)

// approvalWordsEn are the English words of approval of ApprovalCondition.
var approvalWordsEn = []string{"approv", "consent", "permission", "authori"}

// approvalLackEn are the English words of ApprovalCondition before a
// word of approval: no offshore work without approval (w/o approval),
// unless approved, except with consent, other than with approval, save
// with consent, if not approved, absent approval, prior to approval,
// until approved.
var approvalLackEn = []string{"without", "w/o", "unless", "except", "other than", "save with", "save by", "save upon", "if not", "absent",
	"prior to", "before", "until", "pending"}

// denialHedges are the words of denialHedged: not 基本 alone (海外での基本
// 設計は行わない).
var denialHedges = []string{"原則", "基本的に", "基本は", "基本として", "通常は", "極力", "可能な限り", "できる限り", "できるだけ", "なるべく",
	"in principle", "as a rule", "generally", "usually", "normally", "where possible", "if possible", "as far as possible"}

// doubleNegative reports whether clause denies a denial or a restriction:
// a denial followed by とは限らない, とは言えない … (海外での作業がないとは限らない),
// or a word for a restriction (restrictionWords: 禁止, 制限, 妨げ, 排除, 否定
// …) with a denial after it (海外移転を禁止していない, 海外作業の制限なし,
// 海外での作業を妨げない, 海外の可能性は否定できない). A restriction without
// one is the denial itself (海外への持出し禁止, 海外での作業は禁止されています). Before, each of these
// read as a denial, and the work as done in Japan.
func doubleNegative(clause string) bool {
	for _, w := range []string{"とは限ら", "とも限ら", "とは言え", "とはいえ", "とは言い切れ", "とは断言"} {
		if strings.Contains(clause, w) {
			return true
		}
	}
	if strings.Contains(clause, "no") || strings.Contains(clause, "with") || strings.Contains(clause, "un") {
		for _, w := range englishDoubleNegatives {
			if strings.Contains(clause, w) {
				return true
			}
		}
	}
	k := -1
	for _, w := range restrictionWords {
		if i := strings.LastIndex(clause, w); i >= 0 && i+len(w) > k {
			k = i + len(w)
		}
	}
	return k >= 0 && slices.ContainsFunc([]string{"なし", "無し", "ない", "ません", "せず", "不可"}, func(d string) bool { return strings.Contains(clause[k:], d) })
}

// englishDoubleNegatives are the English denials of a restriction that
// doubleNegative reads (lower case): offshore work is not prohibited,
// anywhere (not limited to Japan), overseas access: no restrictions.
// Before, their not or no was read as a denial of the place, and the
// work as done in Japan.
var englishDoubleNegatives = []string{"not limited", "not restricted", "not prohibited", "not forbidden", "not banned", "not excluded",
	"not precluded", "not ruled out", "not be ruled out", "not confined", "not necessarily", "no restriction", "no limit", "no prohibition",
	"without restriction", "without limit", "unrestricted", "unlimited"}

// restrictionWords are the words for a restriction of doubleNegative.
var restrictionWords = []string{"禁止", "制限", "制約", "妨げ", "排除", "否定", "除外", "限定", "規制", "阻止", "拒否", "防止"}

// workSiteDenials are the words that, after a word for abroad in the same
// clause, deny the work is done there (海外拠点なし, 国外への持出し禁止,
// 国外への再委託はしていません,
// no offshore work).
var workSiteDenials = []string{"なし", "無し", "ない", "ません", "不可", "禁止", "除く", "除き", "しない", "せず", "不使用", "行わ", "no ", "not ", "except", "excluding", "prohibited"}

// workSiteSaysAbroad returns the first of workSiteAbroadWords address
// holds in a clause (up to 、。,;) or a closing bracket) that does not deny
// it, and true: 翻訳者の自宅（国外を含む） gives 国外; 国内（海外拠点なし）,
// 国外への持出し禁止 and 外国人技能実習生 give nothing.
func workSiteSaysAbroad(address string) (string, bool) {
	l := strings.ToLower(strings.Map(NarrowRune, address))
	for _, w := range workSiteAbroadWords {
		for i := range occurrences(l, w) {
			if slices.ContainsFunc(workSiteNotAbroad, func(n string) bool { return strings.HasPrefix(l[i:], n) }) {
				continue
			}
			if w == "在外" {
				if r, _ := utf8.DecodeLastRuneInString(l[:i]); strings.ContainsRune(notAbroadBefore, r) || strings.HasPrefix(l[i:], "在外国人") {
					continue
				}
			}
			clause := l[i+len(w):]
			if j := strings.IndexAny(clause, "、。,;)）"); j >= 0 {
				clause = clause[:j]
			}
			// Before the word, only an English denial (no offshore
			// work): 緊急時を除き海外で作業 is work abroad.
			before := l[:i]
			if start := strings.LastIndexAny(before, "、。,;(（"); start >= 0 {
				before = before[start:]
			}
			if slices.Contains(anywhereWords, w) && anywhereLimited(l, i) {
				continue // 国内であれば場所不問: anywhere in Japan
			}
			englishNo := slices.ContainsFunc(strings.FieldsFunc(before, func(r rune) bool { return r < 'a' || r > 'z' }), func(f string) bool { return f == "no" || f == "not" })
			// A hedge before the word counts too: 原則として海外での作業は行わない,
			// no offshore work as a rule.
			if !(clauseDenies(clause) || englishNo) || denialHedged(before+clause) {
				return w, true
			}
			// The sentence before the word, past a comma: 現時点では、海外
			// での作業なし, for now, no offshore work (ForNow). Read
			// only once a denial is found.
			sentence := l[:i]
			if start := strings.LastIndexAny(sentence, "。;(（"); start >= 0 {
				sentence = sentence[start:]
			}
			if forNowBefore(sentence) || denialUndecided(l[i+len(w):]) || denialConditional(l[:i], l[i+len(w):]) {
				return w, true
			}
		}
	}
	return "", false
}

func appendUnique(xs []string, s string) []string {
	for _, x := range xs {
		if x == s {
			return xs
		}
	}
	return append(xs, s)
}

// socialPlatformRisky lists the platforms that add points: those with
// direct messages and one-click resharing, where a taken-over or
// impersonated account does the most harm fastest, plus "other" (terms not
// assessed by the catalogue).
func socialPlatformRisky(p Platform) bool {
	switch p {
	case PlatformX, PlatformFacebook, PlatformInstagram, PlatformTikTok, PlatformLINE, PlatformOther:
		return true
	}
	return false
}

func factor(ja, en string, pts int) Text {
	p := strconv.Itoa(pts)
	return Text{Ja: ja + "（+" + p + "）", En: en + " (+" + p + ")"}
}

// Inherent returns the inherent risk of e as of asOf, with the default
// thresholds. See docs/scoring.md for the points table. Missing facts add
// no points, except a confidentiality class that is missing, which counts
// as class 2. Inherent panics with the error of CheckOrganisation
// (wrapping ErrOrgSetting or ErrDueOff) when org has a setting
// register.yaml could not hold (a Classification level of rank 0), and
// with the error of CheckEntry (wrapping ErrEntryValue) when a field of e
// holds a value its type or org's scheme does not allow ("3a",
// "Approved"), which would be read as no value: Assess returns these
// errors.
func Inherent(org *Organisation, e Entry, asOf Date) InherentRisk {
	s := mustCheckEntry(orZero(org), e)
	return inherent(&s, e, asOf, defaultInherentThresholds)
}

func inherent(s *ClassificationScheme, e Entry, asOf Date, th InherentThresholds) InherentRisk {
	x := exposureOf(s, e, asOf)
	return inherentOf(&x, th)
}

// Factor texts that do not depend on the entry, built once.
var (
	factorUnstated     = factor("機密性の記載なし（機密性2とみなす）", "Confidentiality not stated (taken as class 2)", pointsClassFloor)
	factorIntegrity2   = factor("完全性2", "Integrity 2", pointsIntegrity2)
	factorAvail2       = factor("可用性2", "Availability 2", pointsAvailability2)
	factorPersonal     = factor("個人情報", "Personal data", pointsPersonalData)
	factorMyNumber     = factor("特定個人情報（マイナンバー）", "My Number data", pointsMyNumber)
	factorSegMyNumber  = factor("マイナンバー利用事務系", "My Number segment", pointsSegMyNumber)
	factorSegLGWAN     = factor("LGWAN接続系", "LGWAN segment", pointsSegLGWAN)
	factorSegInternet  = factor("インターネット接続系", "Internet segment", pointsSegInternet)
	factorSubcontract  = factor("再委託あり", "Subcontracting", pointsSubcontract)
	factorTerms        = factor("約款による契約", "Terms-based contract", pointsTermsBased)
	factorSocialPublic = factor("公開の発信（なりすまし・乗っ取り・炎上の影響）", "Public posting (impersonation, takeover, reputation)", pointsSocialPublic)
	factorPlatform     = func() map[Platform]Text {
		m := map[Platform]Text{}
		for _, p := range Platform("").Allowed() {
			if pl := Platform(p); socialPlatformRisky(pl) {
				m[pl] = factor("プラットフォーム: "+pl.Label("ja"), "Platform: "+pl.Label("en"), pointsSocialPlatfm)
			}
		}
		return m
	}()
)

// factorList collects inherent-risk factors in a fixed array.
type factorList struct {
	buf    [maxFactors]Text
	n      int
	points int
}

func (l *factorList) add(t Text, pts int) {
	l.points += pts
	l.buf[l.n] = t
	l.n++
}

// maxFactors is the most factors inherentOf names.
const maxFactors = 11

func inherentOf(x *exposure, th InherentThresholds) InherentRisk {
	var l factorList
	l.fill(x, nil)
	r := InherentRisk{Points: l.points, Level: th.Level(l.points), ConfidentialityRank: x.confRank}
	if l.n > 0 {
		r.Factors = append(make([]Text, 0, max(6, l.n)), l.buf[:l.n]...)
	}
	return r
}

// fill adds the factors of x; texts come from run's caches when run is
// not nil.
func (l *factorList) fill(x *exposure, run *run) {
	switch {
	case x.confRank >= pointsClassFloor:
		l.add(run.levelFactor(x.confLabel, x.confRank), x.confRank)
	case x.confUnstated:
		l.add(factorUnstated, pointsClassFloor)
	}
	if x.integrity2 {
		l.add(factorIntegrity2, pointsIntegrity2)
	}
	if x.availability2 {
		l.add(factorAvail2, pointsAvailability2)
	}
	if x.personal {
		l.add(factorPersonal, pointsPersonalData)
	}
	if x.myNumber {
		l.add(factorMyNumber, pointsMyNumber)
	}
	// Only the most sensitive segment counts (they are not added up).
	switch {
	case x.segMyNumber:
		l.add(factorSegMyNumber, pointsSegMyNumber)
	case x.segLGWAN:
		l.add(factorSegLGWAN, pointsSegLGWAN)
	case x.segInternet:
		l.add(factorSegInternet, pointsSegInternet)
	}
	if x.subcontract {
		l.add(factorSubcontract, pointsSubcontract)
	}
	if len(x.foreign) > 0 {
		c := strings.Join(x.foreign, ", ")
		l.add(factor("国外でのデータ保管・処理（"+c+"）", "Data outside Japan ("+c+")", pointsForeignData), pointsForeignData)
	}
	if x.terms {
		l.add(factorTerms, pointsTermsBased)
	}
	if x.social != nil {
		l.add(factorSocialPublic, pointsSocialPublic)
		if t, ok := factorPlatform[x.social.Platform]; ok {
			l.add(t, pointsSocialPlatfm)
		}
	}
}

// Matrix maps an inherent level and a control score to a residual level.
type Matrix struct {
	// Bands are the lowest control scores of bands 0, 1 and 2, highest
	// first; a score below Bands[2] (or an inconclusive score, -1) is band 3.
	Bands [3]float64
	// Cells[i][j] is the residual level for inherent level RiskLevels[i]
	// (低, 中, 高, 重大) and control-score band j.
	Cells [4][4]RiskLevel
}

// DefaultMatrix returns the residual-risk matrix of docs/scoring.md:
//
//	固有 \ 対策スコア   ≥80   60–79  40–59  <40
//	低 (low)           低    低     中     中
//	中 (medium)        低    中     中     高
//	高 (high)          中    中     高     重大
//	重大 (critical)    中    高     重大   重大
func DefaultMatrix() Matrix { return defaultMatrix }

var defaultMatrix = Matrix{
	Bands: [3]float64{80, 60, 40},
	Cells: [4][4]RiskLevel{
		{RiskLow, RiskLow, RiskMedium, RiskMedium},
		{RiskLow, RiskMedium, RiskMedium, RiskHigh},
		{RiskMedium, RiskMedium, RiskHigh, RiskCritical},
		{RiskMedium, RiskHigh, RiskCritical, RiskCritical},
	},
}

// MatrixSetting is the residual-risk matrix as written in register.yaml
// (residual_matrix). store checks it: three bands, highest first, within
// 0–100; four levels per row; a better control score or a lower inherent
// risk never gives a higher residual risk.
type MatrixSetting struct {
	// Bands are the lowest control scores of the three best bands, highest
	// first (default 80, 60, 40); a lower score is the fourth band.
	Bands []float64 `yaml:"bands" json:"bands"`
	// Low, Medium, High and Critical are the residual levels for that
	// inherent level, one per band, best band first.
	Low      []RiskLevel `yaml:"low" json:"low"`
	Medium   []RiskLevel `yaml:"medium" json:"medium"`
	High     []RiskLevel `yaml:"high" json:"high"`
	Critical []RiskLevel `yaml:"critical" json:"critical"`
}

// Matrix returns the setting as a Matrix; ok is false when it does not
// have three bands and four levels in each row.
func (s *MatrixSetting) Matrix() (m Matrix, ok bool) {
	if len(s.Bands) != 3 {
		return Matrix{}, false
	}
	copy(m.Bands[:], s.Bands)
	for i, row := range [4][]RiskLevel{s.Low, s.Medium, s.High, s.Critical} {
		if len(row) != 4 {
			return Matrix{}, false
		}
		copy(m.Cells[i][:], row)
	}
	return m, true
}

// MatrixInForce returns the residual-risk matrix of o: residual_matrix of
// register.yaml when it is set and complete, else DefaultMatrix. An
// incomplete one (MatrixSetting.Matrix not ok) is never in force: the
// scorer and sitegen refuse it (CheckOrganisation, ErrOrgSetting).
func (o *Organisation) MatrixInForce() Matrix {
	if o != nil && o.ResidualMatrix != nil {
		if m, ok := o.ResidualMatrix.Matrix(); ok {
			return m
		}
	}
	return defaultMatrix
}

// BandLabel returns the label of control-score band i (0 best … 3 worst)
// in lang: "80以上" / "≥ 80", "60–79.9", "40未満" / "< 40". Scores have one
// decimal, so a band's upper end is the next band's lower bound less 0.1.
func (m *Matrix) BandLabel(i int, lang Lang) string {
	if m.IsZero() {
		m = &defaultMatrix
	}
	f := func(v float64) string { return strconv.FormatFloat(v, 'f', -1, 64) }
	switch {
	case i <= 0:
		return pick(lang, [2]string{f(m.Bands[0]) + "以上", "≥ " + f(m.Bands[0])}, "")
	case i >= 3:
		return pick(lang, [2]string{f(m.Bands[2]) + "未満", "< " + f(m.Bands[2])}, "")
	}
	return f(m.Bands[i]) + "–" + strconv.FormatFloat(m.Bands[i-1]-0.1, 'f', 1, 64)
}

// IsZero reports whether m is the zero value (meaning: use DefaultMatrix).
func (m *Matrix) IsZero() bool { return *m == Matrix{} }

// Band returns the control-score band (0 best … 3 worst) of score.
func (m *Matrix) Band(score float64) int {
	if m.IsZero() {
		m = &defaultMatrix
	}
	for i, b := range m.Bands {
		if score >= b {
			return i
		}
	}
	return 3
}

// Residual returns the residual level for inherent level inh and control
// score score. An unknown inherent level is treated as 重大.
func (m *Matrix) Residual(inh RiskLevel, score float64) RiskLevel {
	if m.IsZero() {
		m = &defaultMatrix
	}
	row := inh.Rank() - 1
	if row < 0 {
		row = 3
	}
	return m.Cells[row][m.Band(score)]
}
