package riskassess

import (
	"errors"
	"fmt"
	"slices"
	"strings"
)

// ErrEntryValue is the error of CheckEntry, and so of Scorer.Assess,
// AssessAll and the function of Assessor, for an entry with a field that
// holds a value its type does not allow: an enum value that is not one of
// the type's Allowed ("Approved" for approved, "LGWAN" for lgwan), or a
// classification level that the organisation's scheme (Organisation.Scheme)
// has neither as an id nor as an alias ("3a", "機密性3A"). The scorer read
// such a value as no value, silently: a class "3a" as not stated (inherent
// 中 where 3A gives 高, no blocker), an approval "Approved" as not
// approved, a review outcome "Retired" as no retirement. It is also the
// error for the few other values CheckEntry refuses as the store does,
// which the scorer read as plausible: My Number information of class 1
// (CLD-56 met, BLK-TERMS-CLASS2 escaped), a country "日本" (abroad), an
// availability of 0.999 or 150, a date after the year MaxYear, two dates
// out of order (EntryDateOrders), a last_reviewed other than the review
// log's latest date (Common.LastReviewedAgrees). The store
// (riskassess/load) refuses these values when it reads a register, so an
// entry loaded from YAML never has one; an entry built in Go may. The
// error returned wraps ErrEntryValue and names the entry (kind and id), the
// field (its path as in the entry's YAML file, e.g. contracts[0].segments[1])
// and the allowed values.
var ErrEntryValue = errors.New("riskassess: an entry field holds a value that is not allowed (riskassess/load refuses it when it reads the register) / 台帳の項目に使えない値があります")

// ErrNilEntry is the error of CheckEntry, and so of Scorer.Assess and
// AssessAll (the function of Assessor panics with it), for a nil entry: a
// nil Entry, or a nil *Contractor, *Service or *Social (in a register's
// slices), which the scorer would otherwise dereference. The error
// returned wraps it and names the entry's kind.
var ErrNilEntry = errors.New("riskassess: a nil entry (a nil *Contractor, *Service or *Social in the register) / 台帳に空（nil）のエントリがあります")

// ErrDuplicateEntry is the error of CheckUniqueEntries, and so of
// Scorer.AssessAll (and sitegen's Build and Prepare), for a register with
// two entries of the same kind and id. Assessments, due items and the
// report functions are keyed by kind and id (EntryKey), so one of the two
// entries was silently lost or had the other's assessment. The store
// (riskassess/load) never gives such a register (an entry's id is its
// file name); a register built in Go may. The error returned wraps
// ErrDuplicateEntry and names the kind, the id and the two entries'
// Source when set.
var ErrDuplicateEntry = errors.New("riskassess: two entries of the same kind have the same id (give each entry its own id) / 同じ種類で同じIDのエントリが2つあります")

// CheckUniqueEntries returns an error wrapping ErrDuplicateEntry for the
// first entry of entries (in their order) whose kind and id an earlier
// entry has; nil entries are skipped (CheckEntry refuses them, with
// ErrNilEntry). Scorer.AssessAll calls it on reg.Entries() before
// assessing anything.
func CheckUniqueEntries(entries []Entry) error {
	seen := make(map[EntryKey]int, len(entries))
	for i, e := range entries {
		if isNilEntry(e) {
			continue
		}
		b := e.Base()
		k := EntryKey{Kind: e.Kind(), ID: b.ID}
		if j, dup := seen[k]; dup {
			err := fmt.Errorf("%w: %s %q", ErrDuplicateEntry, k.Kind, k.ID)
			if first := entries[j].Base().Source; first != "" || b.Source != "" {
				err = fmt.Errorf("%w (%s, %s)", err, first, b.Source)
			}
			return err
		}
		seen[k] = i
	}
	return nil
}

// CheckEntry returns an error wrapping ErrNilEntry when e is nil (see
// ErrNilEntry), and one wrapping ErrEntryValue when a field of e
// holds a value that is not allowed: a field of one of the package's enum
// types (approval.status, approval.history[].status, assessments[].by,
// assessments[].evidence[].strength, reviews[].outcome, reviews[].residual,
// reviews[].decision; a contractor's contracts[].segments[],
// contracts[].work_sites[].kind and certifications[].type; a service's
// contract_type, delivery, segments[], ismap.list and certifications[].type;
// a social-media account's platform and status) that is not "" and not
// one of its type's Allowed, or a classification level (a contractor's
// contracts[].information[].class, a service's class) that is not "" and
// not a level id or alias of org's scheme on its axis; or, as the store
// refuses them: information flagged my_number (a service's, or a
// contract's information[]) at the lowest confidentiality rank of the
// scheme (機密性1), a service's data_locations[].country that is not an
// ISO 3166-1 alpha-2 code, case and spaces aside as InJapan reads it
// (ValidCountry: "日本", "Japan", "JPN" and "ＪＰ" were scored as abroad), a service's sla.availability that is not 0
// (not recorded) and not above 1 and at most 100 (0.999 for 99.9%), a
// date after the year MaxYear (a certificate valid until 2926 counted as
// held for centuries), a pair of dates out of order
// (EntryDateOrders, DateOrder.OutOfOrder: a contract whose to is before
// its from counted as ended, a review log not oldest first), or a
// last_reviewed that is not the date of the review log's latest record
// (Common.LastReviewedAgrees: ReviewOf read one, the log the other). An
// empty value passes: it means "not stated" or the default, and the store checks the
// fields a register must fill in. A nil org is the zero Organisation (the
// default scheme). The error names the first such field in the entry's
// field order, the dates last. CheckEntry does not allocate unless it returns an error, and
// costs a few nanoseconds a field: the scorer calls it on every entry.
func CheckEntry(org *Organisation, e Entry) error {
	s := orZero(org).Scheme()
	return checkEntry(&s, e)
}

// checkEntry is CheckEntry with the organisation's scheme.
func checkEntry(s *ClassificationScheme, e Entry) error {
	if err := checkEntryValues(s, e); err != nil {
		return err
	}
	return checkEntryDates(e)
}

// checkEntryValues is checkEntry but for the dates (checkEntryDates).
func checkEntryValues(s *ClassificationScheme, e Entry) error {
	if isNilEntry(e) {
		kind := "Entry"
		if e != nil {
			kind = string(e.Kind()) // the kinds' Kind methods do not read the receiver
		}
		return fmt.Errorf("%w: %s", ErrNilEntry, kind)
	}
	b := e.Base()
	a := &b.Approval
	if v := a.Status; !okApprovalStatus(v) {
		return badEntryValue(e, v, "approval.status")
	}
	for i := range a.History {
		if v := a.History[i].Status; !okApprovalStatus(v) {
			return badEntryValue(e, v, "approval.history[%d].status", i)
		}
	}
	for i := range b.Assessments {
		r := &b.Assessments[i]
		if v := r.By; !okAttester(v) {
			return badEntryValue(e, v, "assessments[%d].by", i)
		}
		for j := range r.Evidence {
			if v := r.Evidence[j].Strength; !okStrength(v) {
				return badEntryValue(e, v, "assessments[%d].evidence[%d].strength", i, j)
			}
		}
	}
	for i := range b.Reviews {
		r := &b.Reviews[i]
		if v := r.Outcome; !okReviewOutcome(v) {
			return badEntryValue(e, v, "reviews[%d].outcome", i)
		}
		if v := r.Residual; !okRiskLevel(v) {
			return badEntryValue(e, v, "reviews[%d].residual", i)
		}
		if v := r.Decision; !okDecision(v) {
			return badEntryValue(e, v, "reviews[%d].decision", i)
		}
	}
	switch x := e.(type) {
	case *Contractor:
		for i := range x.Contracts {
			c := &x.Contracts[i]
			for j := range c.Information {
				in := &c.Information[j]
				if err := checkClass(s, e, &in.Class, "contracts[%d].information[%d].class", i, j); err != nil {
					return err
				}
				if in.MyNumber && !myNumberClassOK(s, in.Class.Confidentiality) {
					return myNumberClassError(s, e, in.Class.Confidentiality, fmt.Sprintf("contracts[%d].information[%d].", i, j))
				}
			}
			for j, v := range c.Segments {
				if !okSegment(v) {
					return badEntryValue(e, v, "contracts[%d].segments[%d]", i, j)
				}
			}
			for j := range c.WorkSites {
				if v := c.WorkSites[j].Kind; !okWorkSiteKind(v) {
					return badEntryValue(e, v, "contracts[%d].work_sites[%d].kind", i, j)
				}
			}
		}
		return checkCerts(e, x.Certifications)
	case *Service:
		if v := x.ContractType; !okContractType(v) {
			return badEntryValue(e, v, "contract_type")
		}
		if v := x.Delivery; !okDelivery(v) {
			return badEntryValue(e, v, "delivery")
		}
		for i, v := range x.Segments {
			if !okSegment(v) {
				return badEntryValue(e, v, "segments[%d]", i)
			}
		}
		if err := checkClass(s, e, &x.Class, "class"); err != nil {
			return err
		}
		if x.MyNumber && !myNumberClassOK(s, x.Class.Confidentiality) {
			return myNumberClassError(s, e, x.Class.Confidentiality, "")
		}
		for i := range x.DataLocations {
			// Case and spaces aside, as InJapan and Inherent read it.
			if v := x.DataLocations[i].Country; v != "" && !ValidCountry(strings.ToUpper(strings.TrimSpace(v))) {
				return countryError(e, v, i)
			}
		}
		if x.SLA != nil {
			if v := x.SLA.Availability; v != 0 && !(v > 1 && v <= 100) {
				return fmt.Errorf("%w: %s %q: sla.availability %v (want a percentage above 1 and at most 100, e.g. 99.9; 0 for not recorded) / %s %s の sla.availability %v は使えません（1 より大きく 100 以下のパーセント、例: 99.9）",
					ErrEntryValue, e.Kind(), e.Base().ID, v, e.Kind().Label("ja"), e.Base().ID, v)
			}
		}
		if x.ISMAP != nil {
			if v := x.ISMAP.List; !okISMAPList(v) {
				return badEntryValue(e, v, "ismap.list")
			}
		}
		return checkCerts(e, x.Certifications)
	case *Social:
		if v := x.Platform; !okPlatform(v) {
			return badEntryValue(e, v, "platform")
		}
		if v := x.Status; !okAccountStatus(v) {
			return badEntryValue(e, v, "status")
		}
	}
	return nil
}

// mustCheckEntry panics with the error of CheckOrganisation for org (nil:
// the zero Organisation), if any, then with the error of checkEntry for e
// against the scheme of org, if any, and returns that scheme. The stage
// functions (Inherent, Findings, FindingsAt, ReviewOf, DueItems …) have no
// error to return, as Assessor's function has none, and a setting or a
// value read as no value (or as the default) would be a plausible wrong
// answer; Assess and AssessAll return the error instead. Scorer's run
// (AssessAll, Assessor) does not call it: it checks the organisation once
// and each entry with checkEntry.
func mustCheckEntry(org *Organisation, e Entry) ClassificationScheme {
	mustCheckOrganisation(org)
	s := orZero(org).Scheme()
	if err := checkEntry(&s, e); err != nil {
		panic(err)
	}
	return s
}

// isNilEntry reports whether e is nil or a nil pointer of one of the kinds.
func isNilEntry(e Entry) bool {
	switch x := e.(type) {
	case nil:
		return true
	case *Contractor:
		return x == nil
	case *Service:
		return x == nil
	case *Social:
		return x == nil
	}
	return false
}

// checkCerts checks the types of e's certifications.
func checkCerts(e Entry, cs []Certification) error {
	for i := range cs {
		if v := cs[i].Type; !okCertType(v) {
			return badEntryValue(e, v, "certifications[%d].type", i)
		}
	}
	return nil
}

// checkClass checks the three levels of c against s; path (with its
// indices) is where c is in e.
func checkClass(s *ClassificationScheme, e Entry, c *Classification, path string, idx ...int) error {
	for _, ax := range [...]struct {
		levels []Level
		v      string
		name   string
	}{{s.Confidentiality, c.Confidentiality, "confidentiality"}, {s.Integrity, c.Integrity, "integrity"}, {s.Availability, c.Availability, "availability"}} {
		if ax.v == "" {
			continue
		}
		if _, ok := Lookup(ax.levels, ax.v); ok {
			continue
		}
		ids := make([]string, len(ax.levels))
		for i, l := range ax.levels {
			ids[i] = l.ID
		}
		return entryValueError(e, ax.v, ids, path+"."+ax.name, idx...)
	}
	return nil
}

// myNumberClassOK reports whether My Number information (特定個人情報)
// may have the confidentiality level v under s: any level but one of the
// lowest ranks (機密性1: published, or harmless if leaked), "" (not
// stated, scored as class 2) and a level CheckEntry refuses anyway; and
// any level in a scheme of class 1 alone. The store refuses the same
// (bad-value).
func myNumberClassOK(s *ClassificationScheme, v string) bool {
	l, ok := Lookup(s.Confidentiality, v)
	return !ok || l.Rank >= 2 || !slices.ContainsFunc(s.Confidentiality, func(x Level) bool { return x.Rank >= 2 })
}

// myNumberClassError returns the error wrapping ErrEntryValue for My
// Number information at prefix (the path of the information in e, "" for
// a service) of confidentiality level v, which myNumberClassOK refuses.
func myNumberClassError(s *ClassificationScheme, e Entry, v, prefix string) error {
	var higher []string
	for _, l := range s.Confidentiality {
		if l.Rank >= 2 {
			higher = append(higher, l.ID)
		}
	}
	want := strings.Join(higher, ", ")
	return fmt.Errorf("%w: %s %q: %sclass.confidentiality %q with %smy_number: My Number information is never class 1 (want one of %s, or my_number false) / %s %s の %sclass.confidentiality %q は %smy_number の情報には使えません（特定個人情報は機密性1ではありません。使える値: %s）",
		ErrEntryValue, e.Kind(), e.Base().ID, prefix, v, prefix, want, e.Kind().Label("ja"), e.Base().ID, prefix, v, prefix, want)
}

// countryError returns the error wrapping ErrEntryValue for a service's
// data_locations[i].country v that is not an ISO 3166-1 alpha-2 code:
// scoring counts every country but "JP" (any case) as abroad, so "日本"
// or "Japan" was data kept abroad.
func countryError(e Entry, v string, i int) error {
	fix := "an ISO 3166-1 alpha-2 code, e.g. JP, US, IE"
	fixJa := "ISO 3166-1 の2文字の国コード（例: JP、US、IE）"
	if code, ok := CountryReplacement(v); ok {
		fix, fixJa = code, code+" と書いてください"
	}
	return fmt.Errorf("%w: %s %q: data_locations[%d].country %q (want %s) / %s %s の data_locations[%d].country %q は使えません（%s）",
		ErrEntryValue, e.Kind(), e.Base().ID, i, v, fix, e.Kind().Label("ja"), e.Base().ID, i, v, fixJa)
}

// badEntryValue returns the error of e's field at path (a format with the
// field's indices idx) holding v, which v's type does not allow.
func badEntryValue(e Entry, v Enum, path string, idx ...int) error {
	return entryValueError(e, fmt.Sprint(v), v.Allowed(), path, idx...)
}

// entryValueError returns the error wrapping ErrEntryValue for e's field
// at path (a format with the field's indices idx) holding v, with the
// values allowed.
func entryValueError(e Entry, v string, allowed []string, path string, idx ...int) error {
	args := make([]any, len(idx))
	for i, x := range idx {
		args[i] = x
	}
	field := fmt.Sprintf(path, args...)
	return fmt.Errorf("%w: %s %q: %s %q (want one of %s) / %s %s の %s %q は使えません（使える値: %s）",
		ErrEntryValue, e.Kind(), e.Base().ID, field, v, strings.Join(allowed, ", "),
		e.Kind().Label("ja"), e.Base().ID, field, v, strings.Join(allowed, ", "))
}

// The ok functions report whether v is "" or one of its type's values:
// Valid as a switch (several times faster than the table scan of Valid),
// for checkEntry, which the scorer runs on every entry.
// TestEntryCheckSwitches ties each to its type's table.

func okApprovalStatus(v ApprovalStatus) bool {
	switch v {
	case "", StatusDraft, StatusRequested, StatusApproved, StatusConditional, StatusRejected, StatusSuspended, StatusRetired:
		return true
	}
	return false
}

func okAttester(v Attester) bool {
	switch v {
	case "", AttestRegister, AttestVendor, AttestCouncil:
		return true
	}
	return false
}

func okStrength(v Strength) bool {
	switch v {
	case "", StrengthFull, StrengthPartial, StrengthEvidence:
		return true
	}
	return false
}

func okReviewOutcome(v ReviewOutcome) bool {
	switch v {
	case "", ReviewStillValid, ReviewRescored, ReviewConditionsChanged, ReviewRetired:
		return true
	}
	return false
}

func okRiskLevel(v RiskLevel) bool {
	switch v {
	case "", RiskLow, RiskMedium, RiskHigh, RiskCritical:
		return true
	}
	return false
}

func okDecision(v Decision) bool {
	switch v {
	case "", DecisionApprove, DecisionConditional, DecisionReject:
		return true
	}
	return false
}

func okSegment(v Segment) bool {
	switch v {
	case "", SegmentMyNumber, SegmentLGWAN, SegmentInternet:
		return true
	}
	return false
}

func okWorkSiteKind(v WorkSiteKind) bool {
	switch v {
	case "", SiteOurPremises, SiteVendorPremises, SiteRemote, SiteDataCentre:
		return true
	}
	return false
}

func okCertType(v CertType) bool {
	switch v {
	case "", CertISMS, CertPrivacyMark, CertISO27017, CertISO27018, CertSOC2, CertASPICCertify, CertOther:
		return true
	}
	return false
}

func okContractType(v ContractType) bool {
	switch v {
	case "", ContractNegotiated, ContractTerms:
		return true
	}
	return false
}

func okDelivery(v Delivery) bool {
	switch v {
	case "", DeliveryLGWANASP, DeliverySaaS, DeliveryIaaSPaaS, DeliveryOnPremises:
		return true
	}
	return false
}

func okISMAPList(v ISMAPList) bool {
	switch v {
	case "", ISMAPFull, ISMAPLIU:
		return true
	}
	return false
}

func okPlatform(v Platform) bool {
	switch v {
	case "", PlatformX, PlatformYouTube, PlatformFacebook, PlatformInstagram, PlatformLINE, PlatformTikTok, PlatformNote, PlatformOther:
		return true
	}
	return false
}

func okAccountStatus(v AccountStatus) bool {
	switch v {
	case "", AccountActive, AccountSuspended, AccountRetired:
		return true
	}
	return false
}
