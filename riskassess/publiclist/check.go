package publiclist

import (
	"fmt"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/gikai-sec/riskregister/internal/legalname"
	"github.com/gikai-sec/riskregister/riskassess"
	"github.com/gikai-sec/riskregister/riskassess/listsnapshot"
	"github.com/gikai-sec/riskregister/riskassess/report"
	"golang.org/x/text/unicode/norm"
)

// Finding ids of the cross-checks. They are not catalogue requirements:
// Apply adds them to the assessments, with weight 0 (like the expiry
// findings EXP-…), for every mismatch between the register and the newest
// snapshot of a public list on the as-of date. Each names the snapshot
// file and its date in Evidence and Message.
const (
	// ISMAP and ISMAP-LIU list (services).
	FindISMAPNotListed = "LST-ISMAP-LISTED" // the number is not on the list (or left it)
	FindISMAPName      = "LST-ISMAP-NAME"   // service or provider name differs
	FindISMAPExpiry    = "LST-ISMAP-EXPIRY" // ismap.valid_until differs from the list's expiry
	FindISMAPScope     = "LST-ISMAP-SCOPE"  // a function used is not in the listed scope
	// Corporate-number data (contractors, providers of services).
	FindCorpNotFound = "LST-CORP-FOUND"  // the number is not in the national data
	FindCorpName     = "LST-CORP-NAME"   // legal_name differs from the registered name
	FindCorpKana     = "LST-CORP-KANA"   // legal_name_kana differs from the フリガナ
	FindCorpClosed   = "LST-CORP-CLOSED" // the registration was closed (閉鎖)
	FindCorpMerged   = "LST-CORP-MERGED" // merged into another corporation (承継先)
)

// Severities of the findings: a service off the list and a closed or
// merged contractor are what check fails on (check --fail-on high and
// critical); a differing name or date is a record to correct.
var severities = map[string]riskassess.Severity{
	FindISMAPNotListed:      riskassess.SeverityHigh,
	FindISMAPName:           riskassess.SeverityMedium,
	FindISMAPExpiry:         riskassess.SeverityMedium,
	FindISMAPScope:          riskassess.SeverityMedium,
	FindCorpNotFound:        riskassess.SeverityHigh,
	FindCorpName:            riskassess.SeverityMedium,
	FindCorpKana:            riskassess.SeverityLow,
	FindCorpClosed:          riskassess.SeverityCritical,
	FindCorpMerged:          riskassess.SeverityCritical,
	FindProviderRecord:      riskassess.SeverityHigh,
	FindSubcontractorRecord: riskassess.SeverityHigh,
}

var titles = map[string]riskassess.Text{
	FindISMAPNotListed:      riskassess.T("ISMAPクラウドサービスリストに掲載", "Listed on the ISMAP cloud service list"),
	FindISMAPName:           riskassess.T("サービス名・事業者名がリストと一致", "Service and provider names agree with the list"),
	FindISMAPExpiry:         riskassess.T("有効期限がリストと一致", "Expiry agrees with the list"),
	FindISMAPScope:          riskassess.T("利用機能がリストの対象範囲に記載", "Functions used are in the listed scope"),
	FindCorpNotFound:        riskassess.T("法人番号が国税庁のデータに存在", "Corporate number exists in the agency's data"),
	FindCorpName:            riskassess.T("商号が国税庁のデータと一致", "Legal name agrees with the agency's data"),
	FindCorpKana:            riskassess.T("フリガナが国税庁のデータと一致", "Kana reading agrees with the agency's data"),
	FindCorpClosed:          riskassess.T("登記記録が閉鎖されていない", "Registration not closed"),
	FindCorpMerged:          riskassess.T("合併により解散していない", "Not dissolved by a merger"),
	FindProviderRecord:      riskassess.T("提供者の委託事業者が承認されていて、却下・停止・廃止されていない", "Provider contractor approved, not rejected, suspended or retired"),
	FindSubcontractorRecord: riskassess.T("再委託先の委託事業者が却下・停止・廃止されていない", "Subcontracted contractors not rejected, suspended or retired"),
}

// IsCrossCheck reports whether id is the id of a cross-check finding.
func IsCrossCheck(id string) bool { _, ok := severities[id]; return ok }

// Findings returns the cross-check findings of every entry of reg on asOf,
// by entry: a service in use whose provider contractor is rejected,
// suspended or retired, or, the service approved, not approved
// (FindProviderRecord, CheckProvider), a contractor
// in use re-contracting to such a contractor (FindSubcontractorRecord,
// CheckSubcontractors), and the mismatches against
// the newest snapshot of each list dated on or before asOf
// (listsnapshot.On; for a corporate number, the newest that lists it, back
// to the newest national one: corporateFor). Entries that are records on
// asOf (rejected, retired: riskassess.RecordOn) are not checked. Without
// snapshots it returns only the provider and subcontractor findings. The result is
// deterministic. Findings
// panics with the error of riskassess.CheckEntry (wrapping ErrEntryValue)
// for the first contractor or service with a value its field does not
// allow (an approval "Retired" read as not a record, an ismap.list
// "ISMAP" as the full list): check a register built in Go first
// (CheckEntry, or AssessAll, which returns that error).
func Findings(reg *riskassess.Register, asOf riskassess.Date) map[riskassess.EntryKey][]riskassess.Finding {
	out := map[riskassess.EntryKey][]riskassess.Finding{}
	providers(out, reg, asOf)
	if len(reg.Lists) == 0 {
		return out
	}
	for _, c := range reg.Contractors {
		mustCheck(&reg.Org, c)
	}
	for _, s := range reg.Services {
		mustCheck(&reg.Org, s)
	}
	// Sorted: a register built in Go may hold its snapshots in any order,
	// and corporateFor and listsnapshot.On take the last one as the newest.
	lists := listsnapshot.Sorted(reg.Lists)
	// A service's provider is looked up here, not by reg.Contractor (a
	// search of the slice per service).
	contractors := report.ContractorIndex(reg)
	for _, c := range reg.Contractors {
		if riskassess.RecordOn(c, asOf) {
			continue
		}
		if fs := CheckCorporate(corporateFor(lists, asOf, c.CorporateNumber), c.CorporateNumber, c.LegalName, c.LegalNameKana, "", lists); len(fs) > 0 {
			k := riskassess.EntryKey{Kind: riskassess.KindContractor, ID: c.ID}
			out[k] = append(fs, out[k]...) // the subcontractors' finding (providers) last
		}
	}
	for _, s := range reg.Services {
		if riskassess.RecordOn(s, asOf) {
			continue
		}
		var fs []riskassess.Finding
		if s.ISMAP != nil {
			latest, prev := listsnapshot.On(lists, riskassessList(s.ISMAP.List), asOf)
			fs = append(fs, CheckISMAP(latest, prev, s, providerName(contractors, s))...)
		}
		if s.Provider.CorporateNumber != "" {
			fs = append(fs, CheckCorporate(corporateFor(lists, asOf, s.Provider.CorporateNumber), s.Provider.CorporateNumber, s.Provider.Name, "", "provider.", lists)...)
		}
		if len(fs) > 0 {
			k := riskassess.EntryKey{Kind: riskassess.KindService, ID: s.ID}
			out[k] = append(fs, out[k]...) // the provider's finding (providers) last
		}
	}
	return out
}

// providers adds to out the FindProviderRecord finding of every service of
// reg in use on asOf whose provider contractor is a record or suspended
// then (CheckProvider), and the FindSubcontractorRecord finding of every
// contractor re-contracting to such a contractor (CheckSubcontractors). It
// checks (mustCheck) each service or contractor naming a contractor and
// that contractor, whose approval status it reads.
func providers(out map[riskassess.EntryKey][]riskassess.Finding, reg *riskassess.Register, asOf riskassess.Date) {
	var contractors map[string]*riskassess.Contractor
	var names ContractorNames
	for _, k := range reg.Contractors {
		named := false
		for i := range k.Contracts {
			for _, sub := range k.Contracts[i].Subcontractors {
				if sub.Contractor == "" && sub.Name != "" {
					// A subcontractor given by name that is a
					// registered contractor (CheckSubcontractors).
					if names == nil {
						names = IndexContractorNames(reg.Contractors)
					}
					for _, c := range names.Named(sub.Name) {
						named = true
						mustCheck(&reg.Org, c)
					}
				}
				if sub.Contractor == "" || sub.Contractor == k.ID {
					continue
				}
				if contractors == nil {
					contractors = report.ContractorIndex(reg)
				}
				if c := contractors[sub.Contractor]; c != nil {
					named = true
					mustCheck(&reg.Org, c)
				}
			}
		}
		if !named {
			continue
		}
		if contractors == nil {
			contractors = report.ContractorIndex(reg)
		}
		mustCheck(&reg.Org, k)
		if fs := CheckSubcontractors(k, contractors, names, asOf); len(fs) > 0 {
			out[riskassess.EntryKey{Kind: riskassess.KindContractor, ID: k.ID}] = fs
		}
	}
	var byNumber map[string][]*riskassess.Contractor
	for _, s := range reg.Services {
		if s.Provider.Contractor == "" {
			// A provider given by name and corporate number that is
			// a registered contractor (see CheckProvider).
			n := s.Provider.CorporateNumber
			if len(n) != 13 || strings.Trim(n, "0123456789") != "" {
				continue
			}
			if byNumber == nil {
				byNumber = map[string][]*riskassess.Contractor{}
				for _, k := range reg.Contractors {
					if k.CorporateNumber != "" {
						byNumber[k.CorporateNumber] = append(byNumber[k.CorporateNumber], k)
					}
				}
			}
			cs := byNumber[n]
			if slices.ContainsFunc(cs, func(c *riskassess.Contractor) bool { return approvedOn(c, asOf) }) {
				// The council approved the company in another entry (a
				// rejected proposal beside an approved contract): it
				// does not rely on a company the council turned down.
				continue
			}
			for _, c := range cs {
				mustCheck(&reg.Org, s)
				mustCheck(&reg.Org, c)
				if fs := CheckProvider(s, c, asOf); len(fs) > 0 {
					out[riskassess.EntryKey{Kind: riskassess.KindService, ID: s.ID}] = fs
					break
				}
			}
			continue
		}
		if contractors == nil {
			contractors = report.ContractorIndex(reg)
		}
		c := contractors[s.Provider.Contractor]
		if c == nil {
			continue
		}
		mustCheck(&reg.Org, s)
		mustCheck(&reg.Org, c)
		if fs := CheckProvider(s, c, asOf); len(fs) > 0 {
			out[riskassess.EntryKey{Kind: riskassess.KindService, ID: s.ID}] = fs
		}
	}
}

// mustCheck panics with the error of riskassess.CheckEntry for e, if any
// (see Findings).
func mustCheck(org *riskassess.Organisation, e riskassess.Entry) {
	if err := riskassess.CheckEntry(org, e); err != nil {
		panic(err)
	}
}

// corporateFor returns the corporate snapshot that number is checked
// against on asOf: the newest one dated on or before asOf that lists it,
// looking back past prefecture snapshots (which list only one prefecture's
// corporations) down to the newest one covering all of Japan; that one
// when none lists the number; else the newest (nil: none). A contractor in
// another prefecture, closed or merged in the national data, is not
// cleared by a newer file of Tokyo alone. ss must be sorted
// (listsnapshot.Sort).
func corporateFor(ss []*riskassess.ListSnapshot, asOf riskassess.Date, number string) *riskassess.ListSnapshot {
	var newest *riskassess.ListSnapshot
	for i := len(ss) - 1; i >= 0; i-- {
		s := ss[i]
		if s.List != riskassess.ListCorporate || asOf.Before(s.Date) {
			continue
		}
		if newest == nil {
			newest = s
		}
		if s.Coverage == riskassess.CoverageNational || corporation(s, number) != nil {
			return s
		}
	}
	return newest
}

// Apply adds the cross-check findings of reg on each assessment's as-of
// date to the assessments (after the others, with weight 0: the control
// score, residual risk and decision are unchanged) and updates their
// counts. The cross-check findings an assessment already has (from an
// earlier Apply) are replaced, so that applying twice gives what applying
// once gives.
func Apply(reg *riskassess.Register, as []riskassess.Assessment) {
	byDate := map[riskassess.Date]map[riskassess.EntryKey][]riskassess.Finding{}
	for i := range as {
		a := &as[i]
		fs, ok := byDate[a.AsOf]
		if !ok {
			fs = Findings(reg, a.AsOf)
			byDate[a.AsOf] = fs
		}
		ApplyTo(fs, a)
	}
}

// ApplyTo adds to a the cross-check findings of its entry among fs (the
// Findings of the register on a.AsOf), as Apply does for each
// assessment: for a caller that assesses one entry at a time. Like Apply,
// it replaces the cross-check findings a already has.
func ApplyTo(fs map[riskassess.EntryKey][]riskassess.Finding, a *riskassess.Assessment) {
	extra := fs[riskassess.EntryKey{Kind: a.Kind, ID: a.EntryID}]
	// An earlier Apply put its findings last: drop them, or a second
	// call would count every mismatch twice.
	n := len(a.Findings)
	for n > 0 && IsCrossCheck(a.Findings[n-1].Requirement) {
		n--
	}
	if len(extra) == 0 && n == len(a.Findings) {
		return
	}
	a.Findings = append(a.Findings[:n:n], extra...)
	a.Counts = riskassess.CountOutcomes(a.Findings)
}

// ISMAPUnchecked reports whether Findings leaves the ISMAP listing of
// service s unchecked on asOf although the register holds public-list
// snapshots (lists): s names a listing (ismap) and no snapshot of its
// list (ismap.list: ISMAP or ISMAP-LIU) is dated on or before asOf. It
// returns that list. The outputs that show the listing say so, since a
// listing that was checked and one that was not otherwise look alike. A
// register without snapshots is not cross-checked at all
// (docs/public-lists.md) and gets false, as does a record on asOf
// (riskassess.RecordOn), which Findings does not check either.
func ISMAPUnchecked(lists []*riskassess.ListSnapshot, s *riskassess.Service, asOf riskassess.Date) (riskassess.PublicList, bool) {
	if s == nil || s.ISMAP == nil || !crossChecked(lists, s, asOf) {
		return "", false
	}
	l := riskassessList(s.ISMAP.List)
	latest, _ := listsnapshot.On(lists, l, asOf)
	return l, latest == nil
}

// Unchecked says why Findings leaves a corporate number unchecked (see
// CorporateUnchecked); "" when it is checked.
type Unchecked string

// Reasons a corporate number is not cross-checked.
const (
	// UncheckedNoSnapshot: no corporate-number snapshot is dated on or
	// before the as-of date (none imported yet, or only ISMAP lists).
	UncheckedNoSnapshot Unchecked = "no-snapshot"
	// UncheckedNotSearched: the snapshot the number is checked against
	// (corporateFor) does not list it and did not look for it: a national
	// one whose searched list lacks it (a contractor added after the
	// import), or, with no national one, prefecture or difference files
	// none of which lists it.
	UncheckedNotSearched Unchecked = "not-searched"
)

// CorporateUnchecked reports why Findings leaves the corporate number of
// e (a contractor's corporate_number, a service's
// provider.corporate_number) unchecked on asOf although the register
// holds public-list snapshots (lists), and the snapshot concerned:
// UncheckedNoSnapshot (sn nil) when no corporate-number snapshot is dated
// on or before asOf; UncheckedNotSearched when the snapshot it is checked
// against (sn) neither lists the number nor looked for it, so that
// CheckCorporate reports nothing. "" when the number is checked, e records
// none, and, as for ISMAPUnchecked, for a register without snapshots and
// a record on asOf.
func CorporateUnchecked(lists []*riskassess.ListSnapshot, e riskassess.Entry, asOf riskassess.Date) (why Unchecked, sn *riskassess.ListSnapshot) {
	var number string
	switch x := e.(type) {
	case *riskassess.Contractor:
		if x != nil {
			number = x.CorporateNumber
		}
	case *riskassess.Service:
		if x != nil {
			number = x.Provider.CorporateNumber
		}
	}
	if number == "" || !crossChecked(lists, e, asOf) {
		return "", nil
	}
	switch sn = corporateFor(listsnapshot.Sorted(lists), asOf, number); {
	case sn == nil:
		return UncheckedNoSnapshot, nil
	case corporation(sn, number) == nil && !searchedFor(sn, number):
		return UncheckedNotSearched, sn
	}
	return "", nil
}

// corporation returns the record of number in sn (nil: not listed).
func corporation(sn *riskassess.ListSnapshot, number string) *riskassess.CorporateRecord {
	for i := range sn.Corporations {
		if sn.Corporations[i].Number == number {
			return &sn.Corporations[i]
		}
	}
	return nil
}

// searchedFor reports whether number, when sn does not list it, was looked
// for in sn, so that it can be said not to exist: sn covers all of Japan
// (a prefecture's or a difference file does not list every corporation)
// and its searched list, if any, holds the number (one added to the
// register since was not looked for; no list: every number was).
func searchedFor(sn *riskassess.ListSnapshot, number string) bool {
	return sn.Coverage == riskassess.CoverageNational && (len(sn.Searched) == 0 || slices.Contains(sn.Searched, number))
}

// crossChecked reports whether Findings checks e on asOf at all: the
// register holds snapshots and e is not a record then.
func crossChecked(lists []*riskassess.ListSnapshot, e riskassess.Entry, asOf riskassess.Date) bool {
	return len(lists) > 0 && !riskassess.RecordOn(e, asOf)
}

func riskassessList(l riskassess.ISMAPList) riskassess.PublicList {
	if l == riskassess.ISMAPLIU {
		return riskassess.ListISMAPLIU
	}
	return riskassess.ListISMAP
}

// providerName is the name of a service's provider: the registered
// contractor's legal name (contractors: report.ContractorIndex), or
// provider.name.
func providerName(contractors map[string]*riskassess.Contractor, s *riskassess.Service) string {
	if s.Provider.Contractor != "" {
		if c := contractors[s.Provider.Contractor]; c != nil {
			return c.LegalName
		}
	}
	return s.Provider.Name
}

func finding(id string, sn *riskassess.ListSnapshot, evidence string, msg, fix riskassess.Text) riskassess.Finding {
	return riskassess.Finding{
		FindingSpec: &riskassess.FindingSpec{Requirement: id, Title: titles[id], Severity: severities[id], Remediation: fix},
		Outcome:     riskassess.OutcomeNotMet,
		Evidence:    evidence + " ← " + sn.Source,
		Message:     msg,
	}
}

// CheckISMAP cross-checks service s against latest, the newest snapshot of
// its list (nil: no finding), and prev, the one before (nil when none);
// provider is the name of s's provider. It reports: the number not on the
// list (left the list since prev, when prev lists it), the service name
// differing (serviceAgrees: a name that merely contains the other differs) or the provider's (its legal form and where it
// stands included, as CheckCorporate compares it), ismap.valid_until differing from the
// listed expiry, and each of ismap.functions not found in the listed scope.
func CheckISMAP(latest, prev *riskassess.ListSnapshot, s *riskassess.Service, provider string) []riskassess.Finding {
	if latest == nil || s.ISMAP == nil || s.ISMAP.Number == "" {
		return nil
	}
	num := s.ISMAP.Number
	l, ok := listing(latest, num)
	if !ok {
		if old, was := listing(prev, num); was {
			return []riskassess.Finding{finding(FindISMAPNotListed, latest, "ismap.number",
				riskassess.T(fmt.Sprintf("登録番号 %s（%s）は %s のリストにありましたが、%s のリストにありません（リストから外れました）",
					num, old.Service, prev.Date, latest.Date),
					fmt.Sprintf("registration number %s (%s) was on the list of %s but is not on the list of %s: it left the list",
						num, old.Service, prev.Date, latest.Date)),
				riskassess.T("ISMAPポータルで登録の取消・失効の理由を確かめ、サービスの利用を見直してください。",
					"Check on the ISMAP portal why the listing was withdrawn or lapsed, and review the use of the service."))}
		}
		return []riskassess.Finding{finding(FindISMAPNotListed, latest, "ismap.number",
			riskassess.T(fmt.Sprintf("登録番号 %s は %s の%sにありません", num, latest.Date, latest.List.Label("ja")),
				fmt.Sprintf("registration number %s is not on the %s of %s", num, latest.List.Label("en"), latest.Date)),
			riskassess.T("登録番号とリストの種類（ISMAP・ISMAP-LIU）を確かめ、登録がなければ ismap を削除して利用を見直してください。",
				"Check the number and the list (ISMAP or ISMAP-LIU); when the service is not listed, remove ismap and review its use."))}
	}
	var out []riskassess.Finding
	var diff []string
	var diffEn []string
	if !serviceAgrees(l.Service, s) {
		have := s.ISMAP.ServiceName
		if have == "" {
			have = s.Name.Ja
		}
		diff = append(diff, fmt.Sprintf("サービス名「%s」（リスト）と「%s」（台帳）", l.Service, have))
		diffEn = append(diffEn, fmt.Sprintf("service %q on the list, %q in the register", l.Service, have))
	}
	if provider != "" && !legalname.Same(l.Provider, provider) {
		diff = append(diff, fmt.Sprintf("事業者名「%s」（リスト）と「%s」（台帳）", l.Provider, provider))
		diffEn = append(diffEn, fmt.Sprintf("provider %q on the list, %q in the register", l.Provider, provider))
	}
	if len(diff) > 0 {
		out = append(out, finding(FindISMAPName, latest, "name, provider",
			riskassess.T(fmt.Sprintf("登録番号 %s の%sが違います（%s のリスト）", num, strings.Join(diff, "、"), latest.Date),
				fmt.Sprintf("registration number %s: %s (list of %s)", num, strings.Join(diffEn, "; "), latest.Date)),
			riskassess.T("登録番号が正しいかを確かめ、リストのサービス名を ismap.service_name に、事業者名を provider に記録するか、正しい登録番号を記録してください。",
				"Check the number; record the listed service name in ismap.service_name and the provider's name in provider, or record the right registration number.")))
	}
	if !l.ValidUntil.IsZero() && l.ValidUntil != s.ISMAP.ValidUntil {
		have := s.ISMAP.ValidUntil.String()
		if have == "" {
			have = "未記載"
		}
		haveEn := s.ISMAP.ValidUntil.String()
		if haveEn == "" {
			haveEn = "not recorded"
		}
		out = append(out, finding(FindISMAPExpiry, latest, "ismap.valid_until",
			riskassess.T(fmt.Sprintf("登録番号 %s の有効期限はリストでは %s、台帳では %s です（%s のリスト）", num, l.ValidUntil, have, latest.Date),
				fmt.Sprintf("registration number %s expires on %s on the list, %s in the register (list of %s)", num, l.ValidUntil, haveEn, latest.Date)),
			riskassess.T("リストの有効期限を ismap.valid_until に記録してください。", "Record the listed expiry in ismap.valid_until.")))
	}
	// A list without a scope (no such column, an empty cell) says
	// nothing of the functions: they are not reported as out of it.
	if scope := NameKey(l.Scope); len(s.ISMAP.Functions) > 0 && scope != "" {
		// A scope that names exclusions (「全機能（電子採決機能を除く）」)
		// may name a function only to exclude it: a function named only
		// in a part of the scope that excludes is reported to be
		// checked, not taken as in scope.
		parts := scopeParts(scope)
		var missing, unsure, inside, longer []string
		for _, f := range s.ISMAP.Functions {
			k := NameKey(f)
			if k == "" {
				continue
			}
			found, in := namesWord(l.Scope, k)
			switch {
			case !found:
				missing = append(missing, f)
			case in != "":
				inside, longer = append(inside, f), append(longer, in)
			case excludedIn(parts, scope, k):
				unsure = append(unsure, f)
			}
		}
		if len(missing)+len(unsure)+len(inside) > 0 {
			var ja, en []string
			if len(missing) > 0 {
				ja = append(ja, fmt.Sprintf("利用する機能 %s が登録番号 %s の対象範囲（%s のリスト）にありません", strings.Join(missing, "、"), num, latest.Date))
				en = append(en, fmt.Sprintf("the functions %s are not in the listed scope of %s (list of %s)", strings.Join(missing, ", "), num, latest.Date))
			}
			if len(inside) > 0 {
				ja = append(ja, fmt.Sprintf("利用する機能 %s は登録番号 %s の対象範囲「%s」（%s のリスト）に、より長い別の語（%s）の一部としてだけ現れ、対象か確かめられません", strings.Join(inside, "、"), num, l.Scope, latest.Date, strings.Join(longer, "、")))
				en = append(en, fmt.Sprintf("the functions %s appear in the listed scope of %s (list of %s), %q, only inside longer words (%s), which may name other functions: check whether they are in it", strings.Join(inside, ", "), num, latest.Date, l.Scope, strings.Join(longer, ", ")))
			}
			if len(unsure) > 0 {
				ja = append(ja, fmt.Sprintf("登録番号 %s の対象範囲「%s」（%s のリスト）には除外の記載があり、利用する機能 %s が対象か確かめられません", num, l.Scope, latest.Date, strings.Join(unsure, "、")))
				en = append(en, fmt.Sprintf("the listed scope of %s (list of %s), %q, names exclusions: check whether the functions %s are in it", num, latest.Date, l.Scope, strings.Join(unsure, ", ")))
			}
			out = append(out, finding(FindISMAPScope, latest, "ismap.functions",
				riskassess.T(strings.Join(ja, "。"), strings.Join(en, "; ")),
				riskassess.T("言明書で対象範囲を確かめ、範囲外の機能は使わないか、別の評価で補ってください。ismap.functions_in_scope も見直してください。",
					"Check the scope in the statement; stop using functions outside it or cover them by another assessment, and review ismap.functions_in_scope.")))
		}
	}
	return out
}

// namesWord reports whether scope, a listed scope as written, names k (a
// function, NameKey form) where k is not the inside of a longer Latin
// word: compared as NameKey compares (NFKC, no white space, Latin letters
// without case), an occurrence whose first or last letter is a Latin
// letter or digit counts only when the scope has white space, another
// kind of character or its start or end beside it there. "AI" is not
// named by "Email", nor "Mail" by "Gmail"; "Teams" is by "Microsoft
// Teams", 会議 by Web会議.
//
// A Japanese name has no such boundary: when every occurrence of k that
// ends in katakana or kanji runs on, without white space, into more
// katakana or kanji that is not a generic word (機能, サービス, 等 …,
// japaneseSuffixes), namesWord reports it found but returns that longer
// word as longer: チャット in チャットボット, メール in メールマガジン, 会議 in
// 会議録 may be another function, not confirmed in scope. A Japanese
// compound names its kind last, so k at the end of a longer word (会議 in
// Web会議, メール in 電子メール) is found.
func namesWord(scope, k string) (found bool, longer string) {
	if k == "" {
		return false, ""
	}
	var b strings.Builder
	var gap []bool // gap[i]: white space just before byte i of b's text
	space := false
	for _, r := range strings.ToLower(norm.NFKC.String(scope)) {
		if unicode.IsSpace(r) {
			space = true
			continue
		}
		for j := range utf8.RuneLen(r) {
			gap = append(gap, space && j == 0)
		}
		b.WriteRune(r)
		space = false
	}
	gap = append(gap, true) // the end
	t := b.String()
	word := func(c byte) bool { return c < utf8.RuneSelf && (c >= 'a' && c <= 'z' || c >= '0' && c <= '9') }
	wordStart, wordEnd := word(k[0]), word(k[len(k)-1])
	last, _ := utf8.DecodeLastRuneInString(k)
	for i := 0; i < len(t); {
		j := strings.Index(t[i:], k)
		if j < 0 {
			break
		}
		at, end := i+j, i+j+len(k)
		i = at + 1
		if (!wordStart || at == 0 || gap[at] || !word(t[at-1])) && (!wordEnd || end == len(t) || gap[end] || !word(t[end])) {
			if runsOn(t, gap, end, last) {
				if longer == "" {
					e := end
					for e < len(t) && !gap[e] {
						r, n := utf8.DecodeRuneInString(t[e:])
						if !japaneseWord(r) {
							break
						}
						e += n
					}
					longer = t[at:e]
				}
				continue
			}
			return true, ""
		}
	}
	return longer != "", longer
}

// runsOn reports whether the occurrence of a function name ending in
// rune last, ending at byte end of scope text t (gap as in namesWord),
// runs on into a longer Japanese word: last and the next letter are both
// katakana or kanji, with no white space between, and what follows is not
// a generic word (genericSuffix). A long-vowel mark ー after a name ending
// in katakana is a spelling of the same word (サーバ, サーバー), looked past.
func runsOn(t string, gap []bool, end int, last rune) bool {
	if !japaneseWord(last) {
		return false
	}
	if last != 'ー' && unicode.Is(unicode.Katakana, last) && strings.HasPrefix(t[end:], "ー") && !gap[end] {
		end += len("ー")
	}
	if end >= len(t) || gap[end] {
		return false
	}
	next, _ := utf8.DecodeRuneInString(t[end:])
	return japaneseWord(next) && !genericSuffix(t[end:])
}

// japaneseSuffixes are the generic words (NFKC, lower case) after which a
// Japanese function name still names that function: チャット機能 is the
// chat, メールサービス the mail.
var japaneseSuffixes = []string{"機能", "サービス", "システム", "全般", "全体", "一式", "等", "及び", "及", "並びに", "など"}

// genericSuffix reports whether rest, the scope after a function's name,
// begins with one of japaneseSuffixes.
func genericSuffix(rest string) bool {
	return slices.ContainsFunc(japaneseSuffixes, func(w string) bool { return strings.HasPrefix(rest, w) })
}

// japaneseWord reports whether r is katakana (with the prolonged sound
// mark ー) or kanji: a letter that continues a Japanese word written
// without spaces (hiragana, a particle or okurigana, does not).
func japaneseWord(r rune) bool {
	return r == 'ー' || unicode.Is(unicode.Katakana, r) || unicode.Is(unicode.Han, r)
}

// exclusionWords are the words (NameKey form) with which a listed scope
// excludes something: 「〜を除く」「〜は対象外」, "excluding …".
var exclusionWords = []string{"除く", "除き", "除外", "対象外", "含まない", "含まず", "含みません", "excluding", "except", "excluded", "notincluded"}

// excludes reports whether a part of a scope (NameKey form) names an
// exclusion.
func excludes(part string) bool {
	return slices.ContainsFunc(exclusionWords, func(w string) bool { return strings.Contains(part, w) })
}

// excludedIn reports whether function k (NameKey form) is named in a
// scope only where it excludes: every part of the scope naming k names
// an exclusion (or, when no single part names k, the scope does).
func excludedIn(parts []string, scope, k string) bool {
	named := false
	for _, p := range parts {
		if strings.Contains(p, k) {
			if !excludes(p) {
				return false
			}
			named = true
		}
	}
	return named || excludes(scope)
}

// scopeParts splits a scope (NameKey form) into the parts an exclusion
// word applies to: the text inside each pair of brackets, and the
// sentences of the text outside them.
func scopeParts(scope string) []string {
	var parts []string
	stack := []*strings.Builder{{}}
	for _, r := range scope {
		top := stack[len(stack)-1]
		switch r {
		case '(', '[', '【', '「':
			stack = append(stack, &strings.Builder{})
		case ')', ']', '】', '」':
			if len(stack) > 1 {
				parts = append(parts, top.String())
				stack = stack[:len(stack)-1]
			}
		case '。', ';':
			if len(stack) == 1 {
				parts = append(parts, top.String())
				top.Reset()
			}
		default:
			top.WriteRune(r)
		}
	}
	for _, b := range stack {
		parts = append(parts, b.String())
	}
	return parts
}

// serviceAgrees reports whether the listed service name agrees with the
// service: with ismap.service_name when it is given (NameKey equal), else
// with the entry's name in either language by sameService.
func serviceAgrees(listed string, s *riskassess.Service) bool {
	if s.ISMAP.ServiceName != "" {
		return NameKey(listed) == NameKey(s.ISMAP.ServiceName)
	}
	for _, n := range []string{s.Name.Ja, s.Name.En} {
		if sameService(listed, n) {
			return true
		}
	}
	return false
}

// sameService reports whether name, a register entry's name, names the
// listed service: the same NameKey; or the same once a note in brackets
// ((), [], 【】, 〔〕; not 「」, which quotes a product's name) is left out
// of one of them, as the register adds what the council uses the service
// for (クラウドストレージ（大容量ファイル共有） is クラウドストレージ);
// or the register's name quotes the listed one in 「」 or 『』
// (無料アンケートフォーム「エンケートガーデン」 is エンケートガーデン);
// or one is the other followed by edition words (editionWords, whole
// words: Dropbox Business is Dropbox). A name merely containing the other
// does not agree: Box is not Dropbox, nor Teams Microsoft Teams Rooms.
func sameService(listed, name string) bool {
	l, k := NameKey(listed), NameKey(name)
	if l == "" || k == "" {
		return false
	}
	if l == k {
		return true
	}
	lb, kb := withoutNotes(listed), withoutNotes(name)
	if lk, kk := NameKey(lb), NameKey(kb); kk != "" && kk == l || lk != "" && lk == k {
		return true
	}
	// A product's name quoted in a description: 無料アンケートフォーム「エンケートガーデン」.
	for _, q := range quoted(name) {
		if NameKey(q) == l {
			return true
		}
	}
	lw, kw := nameWords(lb), nameWords(kb)
	return editionOf(lw, kw) || editionOf(kw, lw)
}

// quoted returns the parts of s quoted in 「」 or 『』.
func quoted(s string) []string {
	var out []string
	for {
		i := strings.IndexAny(s, "「『")
		if i < 0 {
			return out
		}
		_, size := utf8.DecodeRuneInString(s[i:])
		s = s[i+size:]
		j := strings.IndexAny(s, "」』")
		if j < 0 {
			return out
		}
		out = append(out, s[:j])
		_, size = utf8.DecodeRuneInString(s[j:])
		s = s[j+size:]
	}
}

// editionWords are the words (lower case, NFKC) by which a name may name an
// edition or plan of a listed service.
var editionWords = map[string]bool{
	"business": true, "enterprise": true, "pro": true, "professional": true, "standard": true, "plus": true,
	"premium": true, "basic": true, "edition": true, "plan": true, "for": true, "government": true, "gov": true,
	"ビジネス": true, "エンタープライズ": true, "プロ": true, "スタンダード": true, "プレミアム": true, "ベーシック": true,
	"法人向け": true, "自治体向け": true, "行政向け": true, "版": true, "プラン": true, "エディション": true,
}

// editionOf reports whether the words of a are those of b followed by one
// or more edition words.
func editionOf(a, b []string) bool {
	if len(b) == 0 || len(a) <= len(b) || !slices.Equal(a[:len(b)], b) {
		return false
	}
	for _, w := range a[len(b):] {
		if !editionWords[w] {
			return false
		}
	}
	return true
}

// withoutNotes returns s (folded) without the notes in brackets.
func withoutNotes(s string) string {
	var b strings.Builder
	depth := 0
	for _, r := range norm.NFKC.String(s) {
		switch r {
		case '(', '[', '【', '〔':
			depth++
		case ')', ']', '】', '〕':
			if depth > 0 {
				depth--
			}
		default:
			if depth == 0 {
				b.WriteRune(r)
			}
		}
	}
	return b.String()
}

// nameWords returns the words of s (NFKC, lower case, split at white space),
// without a legal form standing as a word of its own at either end.
func nameWords(s string) []string {
	ws := strings.Fields(strings.ToLower(norm.NFKC.String(s)))
	for len(ws) > 0 && slices.Contains(legalname.Forms, ws[0]) {
		ws = ws[1:]
	}
	for len(ws) > 0 && slices.Contains(legalname.Forms, ws[len(ws)-1]) {
		ws = ws[:len(ws)-1]
	}
	return ws
}

func listing(sn *riskassess.ListSnapshot, num string) (riskassess.ISMAPListing, bool) {
	if sn == nil {
		return riskassess.ISMAPListing{}, false
	}
	for _, l := range sn.Services {
		if l.Number == num {
			return l, true
		}
	}
	return riskassess.ISMAPListing{}, false
}

// CheckCorporate cross-checks a corporate number and the name and kana the
// register gives it against sn, the newest corporate-number snapshot (nil:
// no finding). prefix is put before the field names in evidence
// ("provider."); all are every snapshot, to name a successor. It reports:
// the number not found (only when sn covers all of Japan: a prefecture's
// or a difference file does not list every corporation; and only when it
// was looked for, ListSnapshot.Searched), the name differing (the legal
// form and where it stands included: 株式会社アクメ is not アクメ株式会社,
// though ㈱アクメ is 株式会社アクメ; a name written without a legal form is
// compared without it) or the kana (KanaKey; only when given), the registration
// closed (閉鎖等年月日 set) and a merger (承継先法人番号 or cause 11).
func CheckCorporate(sn *riskassess.ListSnapshot, number, name, kana, prefix string, all []*riskassess.ListSnapshot) []riskassess.Finding {
	if sn == nil || number == "" {
		return nil
	}
	rec := corporation(sn, number)
	if rec == nil {
		if !searchedFor(sn, number) {
			return nil // not looked for (CorporateUnchecked says so)
		}
		return []riskassess.Finding{finding(FindCorpNotFound, sn, prefix+"corporate_number",
			riskassess.T(fmt.Sprintf("法人番号 %s は国税庁のデータ（%s、全国）にありません", number, sn.Date),
				fmt.Sprintf("corporate number %s is not in the agency's data (%s, all of Japan)", number, sn.Date)),
			riskassess.T("法人番号公表サイトで商号から番号を調べ、正しい番号を記録してください。",
				"Look the company up by name on the corporate-number site and record the right number."))}
	}
	var out []riskassess.Finding
	if name != "" && !legalname.Same(rec.Name, name) {
		out = append(out, finding(FindCorpName, sn, prefix+"legal_name",
			riskassess.T(fmt.Sprintf("法人番号 %s の商号は「%s」です（国税庁のデータ %s）。台帳は「%s」です", number, rec.Name, sn.Date, name),
				fmt.Sprintf("corporate number %s is registered as %q (agency data of %s); the register says %q", number, rec.Name, sn.Date, name)),
			riskassess.T("商号の変更か番号の誤りかを確かめ、台帳の商号または法人番号を直してください。",
				"Check whether the name changed or the number is wrong, and correct the register.")))
	}
	if kana != "" && rec.Kana != "" && KanaKey(rec.Kana) != KanaKey(kana) {
		out = append(out, finding(FindCorpKana, sn, prefix+"legal_name_kana",
			riskassess.T(fmt.Sprintf("法人番号 %s のフリガナは「%s」です（国税庁のデータ %s）。台帳は「%s」です", number, rec.Kana, sn.Date, kana),
				fmt.Sprintf("corporate number %s reads %q (agency data of %s); the register says %q", number, rec.Kana, sn.Date, kana)),
			riskassess.T("legal_name_kana を国税庁のフリガナに合わせてください。", "Correct legal_name_kana to the agency's reading.")))
	}
	merged := rec.Successor != "" || rec.CloseCause == "11" || rec.Process == "71"
	if merged {
		succ := rec.Successor
		if succ == "" {
			succ = "不明"
		}
		succEn := rec.Successor
		if succEn == "" {
			succEn = "not given"
		}
		if s := successorName(all, rec.Successor); s != "" {
			succ += "・" + s
			succEn += ", " + s
		}
		out = append(out, finding(FindCorpMerged, sn, prefix+"corporate_number",
			riskassess.T(fmt.Sprintf("法人番号 %s の法人は合併により解散しています（%s、承継先法人番号 %s。国税庁のデータ %s）", number, dateOr(rec.Closed, "日付不明"), succ, sn.Date),
				fmt.Sprintf("corporation %s was dissolved by a merger (%s; successor %s; agency data of %s)", number, dateOr(rec.Closed, "date not given"), succEn, sn.Date)),
			riskassess.T("承継先の法人との契約関係（契約の承継・再契約）を確かめ、台帳を承継先に改めてください。",
				"Check the contract with the successor (assignment or a new contract) and update the register to the successor.")))
	} else if !rec.Closed.IsZero() || rec.Process == "21" {
		out = append(out, finding(FindCorpClosed, sn, prefix+"corporate_number",
			riskassess.T(fmt.Sprintf("法人番号 %s の法人は登記記録が閉鎖されています（%s、事由: %s。国税庁のデータ %s）", number, dateOr(rec.Closed, "日付不明"), closeCause(rec.CloseCause, "ja"), sn.Date),
				fmt.Sprintf("the registration of corporation %s was closed (%s, cause: %s; agency data of %s)", number, dateOr(rec.Closed, "date not given"), closeCause(rec.CloseCause, "en"), sn.Date)),
			riskassess.T("契約の相手方が存在するかを確かめ、委託・利用を止めるか相手方を改めてください。",
				"Check that the counterparty still exists; stop the work or use, or change the counterparty.")))
	}
	return out
}

func dateOr(d riskassess.Date, s string) string {
	if d.IsZero() {
		return s
	}
	return d.String()
}

// closeCause names the 登記記録の閉鎖等の事由 code.
func closeCause(code string, lang riskassess.Lang) string {
	names := map[string][2]string{
		"01": {"清算の結了等", "liquidation completed"},
		"11": {"合併による解散等", "dissolved by a merger"},
		"21": {"登記官による閉鎖", "closed by the registrar"},
		"31": {"その他の清算の結了等", "other completion of liquidation"},
	}
	n, ok := names[code]
	switch {
	case !ok && code == "":
		return map[bool]string{true: "not given", false: "記載なし"}[lang == "en"]
	case !ok:
		return code
	case lang == "en":
		return n[1]
	}
	return n[0]
}

// successorName returns the name of corporation number in the newest
// corporate snapshot that lists it, or "".
func successorName(all []*riskassess.ListSnapshot, number string) string {
	if number == "" {
		return ""
	}
	for i := len(all) - 1; i >= 0; i-- {
		if all[i].List != riskassess.ListCorporate {
			continue
		}
		for _, c := range all[i].Corporations {
			if c.Number == number {
				return c.Name
			}
		}
	}
	return ""
}

// approvedOn reports whether the decision in force on asOf of contractor
// c approves it (approved or conditionally approved) and has not lapsed
// (Approval.LapsedOn: past its valid_until), as CheckProvider counts an
// approval in force: a lapsed approval of another entry of the same name
// or corporate number left a rejected one unflagged.
func approvedOn(c *riskassess.Contractor, asOf riskassess.Date) bool {
	in := c.Approval.InForceOn(asOf)
	return (in.Status == riskassess.StatusApproved || in.Status == riskassess.StatusConditional) && !in.LapsedOn(asOf)
}
