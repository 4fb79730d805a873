package publiclist

import (
	"maps"
	"slices"
	"strconv"
	"strings"

	"github.com/gikai-sec/riskregister/internal/legalname"
	"github.com/gikai-sec/riskregister/riskassess"
)

// FindProviderRecord is the id of the register's own cross-check of a
// service against its provider (not a public list, but like the LST-…
// findings a check between entries that Apply adds with weight 0): a
// service in use (not a record on the as-of date) whose provider.contractor
// names a contractor the council rejected or retired (riskassess.RecordOn)
// or whose suspension is in force on the as-of date, and a service
// approved or conditionally approved on the as-of date whose
// provider.contractor has no approval in force then (a draft, a request
// never decided, no decision by then, or an approval whose valid_until
// has passed, Approval.LapsedOn). Without it the
// service showed as approved while it relied on a contractor the council
// had turned down, suspended, stopped using or not approved. A provider given by
// provider.name and provider.corporate_number is the registered
// contractor with that corporate number (13 digits, exactly; a name is
// not matched), checked only when it is rejected or suspended: a company
// retired as a contractor may still provide the service on its own terms,
// the case the retired contractor's remediation says to record that way.
// Apply does not check it while another contractor with that number (the
// same company, in another entry) is approved or conditionally approved.
// A service that is itself rejected or retired is not checked: a retired
// provider of a retired service is expected.
const FindProviderRecord = "REF-PROVIDER-RECORD"

// CheckProvider returns the FindProviderRecord finding of service s on
// asOf when s is in use and its provider contractor c (nil: none named or
// not in the register) is rejected or retired on asOf, or suspended by
// the decision in force on asOf (Approval.InForceOn), or, when s is
// approved or conditionally approved on asOf, c has no approval in force
// then (draft, requested, no decision, or one past its valid_until);
// else nil. The
// message names the status in force; for a retired contractor the
// remediation adds that a company still providing the service on its own
// terms is recorded by provider.name and provider.corporate_number.
// When s names no provider.contractor, c is the contractor whose
// corporate number is s's provider.corporate_number (else nil is
// returned), and only a rejected or suspended c gives the finding, with
// provider.corporate_number as the evidence.
func CheckProvider(s *riskassess.Service, c *riskassess.Contractor, asOf riskassess.Date) []riskassess.Finding {
	if c == nil || riskassess.RecordOn(s, asOf) {
		return nil
	}
	byNumber := s.Provider.Contractor == ""
	if byNumber && (s.Provider.CorporateNumber == "" || s.Provider.CorporateNumber != c.CorporateNumber) {
		return nil
	}
	in := c.Approval.InForceOn(asOf)
	if !byNumber && (unapproved(in.Status) || in.LapsedOn(asOf)) && s.Approval.InForceOn(asOf).Status.Signed() {
		return providerUnapproved(s, c, in, asOf)
	}
	if in.Status != riskassess.StatusSuspended && !riskassess.RecordOn(c, asOf) {
		return nil
	}
	if byNumber && in.Status != riskassess.StatusSuspended && in.Status != riskassess.StatusRejected {
		return nil // retired: a company serving on its own terms
	}
	if byNumber {
		return providerByNumber(s, c, in, asOf)
	}
	label, labelEn := statusLabels(in)
	when, whenEn := decidedOn(in)
	file := contractorFile(c)
	remediation := riskassess.T(
		"このサービスの利用を見直し、使わないなら廃止の見直しを記録してください。提供者の記載（provider.contractor）の誤りなら正してください",
		"review the use of this service and record its retirement if it is no longer used; if provider.contractor is wrong, correct it")
	if in.Status == riskassess.StatusRetired {
		// A contractor retired when its outsourcing contract ended may
		// still provide the service under its own terms of use: then it
		// is a provider, not a contractor of the council.
		remediation = riskassess.T(remediation.Ja+"。委託契約の終了後もその会社が自社の利用規約でサービスを提供しているなら、provider.contractor ではなく provider.name と provider.corporate_number で記録してください",
			remediation.En+"; if the company still provides the service on its own terms (not under the ended outsourcing contract), record it with provider.name and provider.corporate_number instead of provider.contractor")
	}
	return notMet(FindProviderRecord, remediation, "provider.contractor ← "+file, riskassess.T(
		"提供者の委託事業者「"+c.ID+"」（"+file+"）は基準日 "+asOf.String()+" の時点で"+label+when+"されています。このサービスは、議会が"+label+"した事業者に依拠したまま利用中として記録されています",
		"the provider contractor "+c.ID+" ("+file+") was "+labelEn+whenEn+", by the as-of date "+asOf.String()+": the service is recorded in use while it relies on a contractor the council "+labelEn))
}

// unapproved reports whether st, the status of a contractor's decision in
// force, is no approval at all: a draft, a request never decided (a
// renewal leaves the approval it renews in force, Approval.InForceOn), or
// none by the as-of date.
func unapproved(st riskassess.ApprovalStatus) bool {
	return st == riskassess.StatusDraft || st == riskassess.StatusRequested || st == ""
}

// providerUnapproved is the FindProviderRecord finding of service s,
// approved (or conditionally) on asOf, whose provider.contractor c has no
// approval in force then (decision in: draft, requested or none): the
// service is recorded in use under an outsourcing the council has not
// approved.
func providerUnapproved(s *riskassess.Service, c *riskassess.Contractor, in riskassess.Approval, asOf riskassess.Date) []riskassess.Finding {
	file := contractorFile(c)
	state, stateEn := "決裁の記録なし", "no decision recorded"
	relies, reliesEn := "議会が承認していない委託事業者", "a contractor the council has not approved"
	switch a := &c.Approval; {
	case in.LapsedOn(asOf):
		d := in.ValidUntil.String()
		state, stateEn = "承認の有効期限（"+d+"）切れ", "approval expired: valid until "+d
		relies, reliesEn = "承認の有効期限が切れた委託事業者", "a contractor whose approval has expired"
	case in.Status != "":
		state, stateEn = in.Status.Label("ja"), strings.ToLower(in.Status.Label("en"))
	case a.Status != "" && !a.DecidedOn.IsZero() && a.DecidedOn.After(asOf):
		// Decided only after the as-of date: say so, not "none".
		d := a.DecidedOn.String()
		state, stateEn = d+" に"+a.Status.Label("ja")+"。基準日より後", strings.ToLower(a.Status.Label("en"))+" on "+d+", after the as-of date"
	}
	return notMet(FindProviderRecord, riskassess.T(
		"提供者の委託事業者の承認を得て記録するか、承認されるまでこのサービスの利用を見直してください。委託契約によらず自社の利用規約でサービスを提供している会社なら、provider.contractor ではなく provider.name と provider.corporate_number で記録してください。provider.contractor の誤りなら正してください",
		"have the provider contractor approved and record it, or review the use of this service until it is; if the company provides the service on its own terms, not under an outsourcing contract, record it with provider.name and provider.corporate_number instead of provider.contractor; if provider.contractor is wrong, correct it"),
		"provider.contractor ← "+file, riskassess.T(
			"提供者の委託事業者「"+c.ID+"」（"+file+"）は基準日 "+asOf.String()+" の時点で承認されていません（"+state+"）。このサービスは、"+relies+"に依拠したまま承認・利用中として記録されています",
			"the provider contractor "+c.ID+" ("+file+") had no approval in force by the as-of date "+asOf.String()+" ("+stateEn+"): the service is recorded as approved and in use while it relies on "+reliesEn))
}

// providerByNumber is the FindProviderRecord finding of service s whose
// provider, given by name and corporate number, is contractor c with the
// decision in force in (rejected or suspended).
func providerByNumber(s *riskassess.Service, c *riskassess.Contractor, in riskassess.Approval, asOf riskassess.Date) []riskassess.Finding {
	label, labelEn := statusLabels(in)
	when, whenEn := decidedOn(in)
	file, n := contractorFile(c), s.Provider.CorporateNumber
	return notMet(FindProviderRecord, riskassess.T(
		"このサービスの利用を見直し、使わないなら廃止の見直しを記録してください。法人番号（provider.corporate_number）の誤りなら正してください",
		"review the use of this service and record its retirement if it is no longer used; if provider.corporate_number is wrong, correct it"),
		"provider.corporate_number ← "+file, riskassess.T(
			"提供者（法人番号 "+n+"）は委託事業者「"+c.ID+"」（"+file+"）と同じ法人で、基準日 "+asOf.String()+" の時点で"+label+when+"されています。このサービスは、議会が"+label+"した事業者に依拠したまま利用中として記録されています",
			"the provider (corporate number "+n+") is the contractor "+c.ID+" ("+file+"), which was "+labelEn+whenEn+", by the as-of date "+asOf.String()+": the service is recorded in use while it relies on a company the council "+labelEn))
}

// FindSubcontractorRecord is the id of the register's own cross-check of a
// contractor against its subcontractors (like FindProviderRecord, added by
// Apply with weight 0): a contractor in use (not a record on the as-of
// date) with a contract in force on the as-of date (Contract.InForceOn)
// whose subcontractors[].contractor names another registered contractor
// the council rejected or retired (riskassess.RecordOn) or whose
// suspension is in force on the as-of date. Without it the contractor's
// re-contracting showed as fine while the work went to a company the
// council had turned down, suspended or stopped using. A subcontractor
// given by name only (subcontractors[].name) whose name is the legal name
// of registered contractors (ContractorNames) is that company, flagged
// alike unless the council approves it in one of those entries (a
// rejected proposal beside an approved contract). A contractor that
// is itself rejected or retired is not checked; a subcontractor that names
// the contractor itself or an id not in the register is left to
// validation, which refuses both. Unlike FindProviderRecord it does not
// flag a subcontractor that merely has no approval of its own in force
// (a draft, a request, an approval past its valid_until): the council
// approves a re-contracting by its prior consent,
// subcontractors[].approved_on, which OUT-34 checks (missing, or dated
// after the as-of date, is not met), not by approving the subcontractor
// as its own contractor; only a decision against the company stops it.
const FindSubcontractorRecord = "REF-SUBCONTRACTOR-RECORD"

// ContractorNames indexes contractors by legal name, to find the
// registered contractor a subcontractor given by name only is. Build it
// with IndexContractorNames.
type ContractorNames map[string][]*riskassess.Contractor

// IndexContractorNames returns the ContractorNames of cs.
func IndexContractorNames(cs []*riskassess.Contractor) ContractorNames {
	n := ContractorNames{}
	for _, c := range cs {
		if k := NameKey(c.LegalName); k != "" {
			n[k] = append(n[k], c)
		}
	}
	return n
}

// Named returns the contractors whose legal name names the same
// corporation as name (legalname.Same: ㈱ is 株式会社, width and spaces do
// not count, a name without a legal form agrees with either; 株式会社アクメ
// is not アクメ株式会社), in the order indexed.
func (n ContractorNames) Named(name string) []*riskassess.Contractor {
	cs := n[NameKey(name)]
	if !slices.ContainsFunc(cs, func(c *riskassess.Contractor) bool { return !legalname.Same(c.LegalName, name) }) {
		return cs
	}
	var out []*riskassess.Contractor
	for _, c := range cs {
		if legalname.Same(c.LegalName, name) {
			out = append(out, c)
		}
	}
	return out
}

// namedSubcontractor returns the registered contractor that k's
// subcontractor given by name is (ContractorNames.Named, k itself left
// out) when the council approves none of them on asOf and one is
// rejected or retired on asOf or suspended by the decision in force (the
// first such); else nil.
func namedSubcontractor(k *riskassess.Contractor, names ContractorNames, name string, asOf riskassess.Date) *riskassess.Contractor {
	cs := names.Named(name)
	var flagged *riskassess.Contractor
	for _, c := range cs {
		switch {
		case c == k:
		case approvedOn(c, asOf):
			return nil
		case flagged == nil && (c.Approval.InForceOn(asOf).Status == riskassess.StatusSuspended || riskassess.RecordOn(c, asOf)):
			flagged = c
		}
	}
	return flagged
}

// CheckSubcontractors returns the FindSubcontractorRecord finding of
// contractor k on asOf: one finding naming every subcontractor (once, by
// id, file, status in force and its date) of k's contracts in force on
// asOf that contractors (by id; see report.ContractorIndex) holds as
// rejected or retired on asOf, or suspended by the decision in force on
// asOf (Approval.InForceOn), with the first one's path as Evidence
// (contracts[i].subcontractors[j].contractor ← its file). A subcontractor
// given by name only is the contractor of names (nil: built from
// contractors when needed) that namedSubcontractor finds, with
// contracts[i].subcontractors[j].name as its path. It returns nil
// when k is a record on asOf or no subcontractor is such.
func CheckSubcontractors(k *riskassess.Contractor, contractors map[string]*riskassess.Contractor, names ContractorNames, asOf riskassess.Date) []riskassess.Finding {
	if riskassess.RecordOn(k, asOf) {
		return nil
	}
	var ja, en []string
	evidence := ""
	seen := map[string]bool{}
	byName := false // a subcontractor given by name is flagged
	for i := range k.Contracts {
		ct := &k.Contracts[i]
		if !ct.InForceOn(asOf) {
			continue
		}
		for j, sub := range ct.Subcontractors {
			c, field := contractors[sub.Contractor], "contractor"
			if sub.Contractor == "" && sub.Name != "" {
				if names == nil {
					names = IndexContractorNames(sortedContractors(contractors))
				}
				c, field = namedSubcontractor(k, names, sub.Name, asOf), "name"
			} else if sub.Contractor == "" || sub.Contractor == k.ID {
				continue
			}
			if c == nil || seen[c.ID] {
				continue
			}
			in := c.Approval.InForceOn(asOf)
			if in.Status != riskassess.StatusSuspended && !riskassess.RecordOn(c, asOf) {
				continue
			}
			seen[c.ID] = true
			byName = byName || field == "name"
			file := contractorFile(c)
			if evidence == "" {
				evidence = "contracts[" + strconv.Itoa(i) + "].subcontractors[" + strconv.Itoa(j) + "]." + field + " ← " + file
			}
			label, labelEn := statusLabels(in)
			when, whenEn := decidedOn(in)
			ja = append(ja, "「"+c.ID+"」（"+file+"、"+label+when+"）")
			en = append(en, c.ID+" ("+file+", "+labelEn+whenEn+")")
		}
	}
	if len(ja) == 0 {
		return nil
	}
	remediation := riskassess.T(
		"再委託を見直し、再委託をやめたならその再委託先（または事前承認日 approved_on）を契約から削除して記録してください。再委託先の記載（subcontractors[].contractor）の誤りなら正してください",
		"review the re-contracting; if it has stopped, record that by removing the subcontractor (or its approved_on) from the contract; if subcontractors[].contractor is wrong, correct it")
	if byName {
		remediation = riskassess.T(remediation.Ja+"。名前（subcontractors[].name）で記録した再委託先は、登録された委託事業者なら name ではなく contractor にその id を書き、別の会社なら name をその会社の正式な名称に正してください",
			remediation.En+"; a subcontractor recorded by name (subcontractors[].name) that is the registered contractor: write its id in contractor instead of name; another company: correct name to that company's legal name")
	}
	return notMet(FindSubcontractorRecord, remediation,
		evidence, riskassess.T(
			"基準日 "+asOf.String()+" の時点で議会が却下・停止・廃止している委託事業者に再委託しています: "+strings.Join(ja, "、"),
			"by the as-of date "+asOf.String()+", work is re-contracted to contractors the council rejected, suspended or retired: "+strings.Join(en, ", ")))
}

// sortedContractors returns the contractors of m ordered by id.
func sortedContractors(m map[string]*riskassess.Contractor) []*riskassess.Contractor {
	cs := slices.Collect(maps.Values(m))
	slices.SortFunc(cs, func(a, b *riskassess.Contractor) int { return strings.Compare(a.ID, b.ID) })
	return cs
}

// notMet returns the one not-met finding of the register's cross-check
// id (FindProviderRecord, FindSubcontractorRecord) with its title and
// severity.
func notMet(id string, remediation riskassess.Text, evidence string, message riskassess.Text) []riskassess.Finding {
	return []riskassess.Finding{{
		FindingSpec: &riskassess.FindingSpec{Requirement: id, Title: titles[id], Severity: severities[id], Remediation: remediation},
		Outcome:     riskassess.OutcomeNotMet,
		Evidence:    evidence,
		Message:     message,
	}}
}

// statusLabels returns the label of decision in's status in Japanese and,
// lower-cased for the middle of a sentence, in English (却下, rejected).
func statusLabels(in riskassess.Approval) (ja, en string) {
	return in.Status.Label("ja"), strings.ToLower(in.Status.Label("en"))
}

// decidedOn returns the date of decision in as the phrases the messages
// put after its status, "（2026-05-01）" and " on 2026-05-01", or two
// empty strings when it has no date.
func decidedOn(in riskassess.Approval) (ja, en string) {
	if in.DecidedOn.IsZero() {
		return "", ""
	}
	d := in.DecidedOn.String()
	return "（" + d + "）", " on " + d
}

// contractorFile returns the register file of c: its Source, or the path
// its id gives.
func contractorFile(c *riskassess.Contractor) string {
	if c.Source != "" {
		return c.Source
	}
	return "contractors/" + c.ID + ".yaml"
}
