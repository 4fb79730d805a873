package catalog

import (
	"math"
	"net/url"
	"slices"
	"strconv"
	"strings"
	"sync/atomic"
	"unicode"
	"unicode/utf8"

	"github.com/gikai-sec/riskregister/riskassess"
)

// checks maps every requirement id of requirements.yaml to its pure check.
// A test fails when an id has no entry here or an entry has no
// requirement.
var checks = map[string]checkFunc{
	// Contractors: selection.
	"OUT-01": byAnswer,
	"OUT-02": certification(riskassess.CertISMS),
	"OUT-03": byAnswer,
	"OUT-04": certification(riskassess.CertPrivacyMark),
	"OUT-05": byAnswer,
	"OUT-06": byAnswer,
	"OUT-07": pastIncidents,
	"OUT-08": byAnswer,
	"OUT-09": approved,
	// Contractors: contract clauses.
	"OUT-10": contractGapCheck(clause(anyContract)),
	"OUT-11": clause(anyContract),
	"OUT-12": clause(anyContract),
	"OUT-13": clause(contractClass2),
	"OUT-14": clause(anyContract),
	"OUT-15": clause(contractClass2OrPersonal),
	"OUT-16": clause(contractClass2),
	"OUT-17": clause(anyContract),
	"OUT-18": clause(contractClass2),
	"OUT-19": clause(anyContract),
	"OUT-20": clause(anyContract),
	"OUT-21": clause(contractClass2),
	"OUT-22": clause(anyContract),
	"OUT-23": clause(contractPersonal),
	"OUT-24": clause(contractPersonal),
	"OUT-25": clause(anyContract),
	"OUT-26": clause(contractMyNumber),
	// Contractors: oversight.
	"OUT-30": within(12, func(s *riskassess.Subject) (riskassess.Date, string) {
		return contractorOf(s).LastConfirmed, "last_confirmed"
	}),
	"OUT-31": within(12, func(s *riskassess.Subject) (riskassess.Date, string) {
		return contractorOf(s).LastOnsiteCheck, "last_onsite_check"
	}),
	"OUT-32": reportsReceived,
	"OUT-33": byAnswer,
	"OUT-34": subcontractorsApproved,
	"OUT-35": remediationOnTime,
	"OUT-36": withinReview(12),
	"OUT-37": byAnswer,
	"OUT-38": informationRecorded,
	"OUT-39": dataReturned,
	"OUT-40": incidentsReported,
	"OUT-41": myNumberSegmentsRecorded,

	// Services: rules.
	"CLD-01": permittedUses,
	"CLD-02": byAnswer,
	"CLD-03": approverRecorded,
	"CLD-04": func(_ *req, s *riskassess.Subject) riskassess.Result {
		v := serviceOf(s)
		return personOnLine(s, v.Manager, "manager", v.Owner.Section)
	},
	// Services: selection.
	"CLD-10": topClassPlacement,
	"CLD-11": byAnswer,
	"CLD-12": byAnswer,
	"CLD-13": byAnswer,
	"CLD-14": byAnswer,
	"CLD-15": byAnswer,
	"CLD-16": byAnswer,
	"CLD-17": byAnswer,
	"CLD-18": exitPlan,
	"CLD-19": slaAvailability,
	"CLD-20": dataInJapan,
	"CLD-21": byAnswer,
	"CLD-22": certification(riskassess.CertISMS, riskassess.CertISO27017, riskassess.CertISO27018, riskassess.CertSOC2, riskassess.CertASPICCertify),
	"CLD-23": byAnswer,
	"CLD-24": byAnswer,
	"CLD-25": ismapListing,
	"CLD-26": boolField(func(s *riskassess.Subject) (*bool, string) {
		if m := serviceOf(s).ISMAP; m != nil {
			return m.FunctionsInScope, "ismap.functions_in_scope"
		}
		return nil, ""
	}),
	"CLD-28": japanese("governing_law", func(v *riskassess.Service) string { return v.GoverningLaw }, isJapaneseLaw),
	"CLD-29": japanese("court", func(v *riskassess.Service) string { return v.Court }, isJapaneseCourt),
	// Services: procurement and approval.
	"CLD-30": byAnswer,
	"CLD-31": byAnswer,
	"CLD-32": approved,
	"CLD-34": byAnswer,
	"CLD-35": approvalNotExpired,
	// Services: operation.
	"CLD-40": byAnswer,
	"CLD-41": byAnswer,
	"CLD-42": withinReview(12),
	"CLD-43": boolField(func(s *riskassess.Subject) (*bool, string) {
		if x := serviceOf(s).Exit; x != nil {
			return x.Certificate, "exit.certificate"
		}
		return nil, ""
	}),
	"CLD-44": boolField(func(s *riskassess.Subject) (*bool, string) {
		if a := serviceOf(s).Auth; a != nil {
			return a.AdminMFA, "auth.admin_mfa"
		}
		return nil, ""
	}),
	"CLD-45": byAnswer,
	"CLD-46": boolField(func(s *riskassess.Subject) (*bool, string) {
		if a := serviceOf(s).Auth; a != nil {
			return a.SSO, "auth.sso"
		}
		return nil, ""
	}),
	"CLD-47": within(12, func(s *riskassess.Subject) (riskassess.Date, string) {
		return serviceOf(s).TermsCheckedOn, "terms_checked_on"
	}),
	// Services: terms-based.
	"CLD-50": byAnswer,
	"CLD-51": byAnswer,
	"CLD-52": byAnswer,
	"CLD-53": byAnswer,
	"CLD-55": choice(map[string]riskassess.Outcome{
		"user": riskassess.OutcomeMet, "service-only": riskassess.OutcomeMet, "provider": riskassess.OutcomeNotMet,
	}),
	"CLD-56": noClass2OnTerms,
	// Services: LGWAN-ASP and segments.
	"CLD-60": byAnswer,
	"CLD-61": byAnswer,
	"CLD-65": segmentFitsDelivery,

	// Social-media accounts.
	"SNS-01": present(func(s *riskassess.Subject) (string, string) { return socialOf(s).PostingRules, "posting_rules" }),
	"SNS-02": listedOnOwnSite,
	"SNS-03": boolField(func(s *riskassess.Subject) (*bool, string) {
		return socialOf(s).ProfileNamesOperator, "profile_names_operator"
	}),
	"SNS-04": func(_ *req, s *riskassess.Subject) riskassess.Result {
		a := socialOf(s)
		return personOnLine(s, a.CredentialCustodian, "credential_custodian", a.StaffSection())
	},
	"SNS-05": byAnswer,
	"SNS-06": responsiblePerson,
	"SNS-07": present(func(s *riskassess.Subject) (string, string) { return socialOf(s).PostingScope, "posting_scope" }),
	"SNS-08": present(func(s *riskassess.Subject) (string, string) {
		return socialOf(s).TakeoverProcedure, "takeover_procedure"
	}),
	"SNS-09": byAnswer,
	"SNS-10": byAnswer,
	"SNS-11": present(func(s *riskassess.Subject) (string, string) {
		return socialOf(s).ImpersonationProcedure, "impersonation_procedure"
	}),
	"SNS-12": byAnswer,
	"SNS-13": boolField(func(s *riskassess.Subject) (*bool, string) { return socialOf(s).MFA, "mfa" }),
	"SNS-14": passwordChanged,
	"SNS-15": within(12, func(s *riskassess.Subject) (riskassess.Date, string) {
		return socialOf(s).TermsCheckedOn, "terms_checked_on"
	}),
	"SNS-16": approved,
	"SNS-17": noticeOnOwnSite,
	"SNS-18": byAnswer,
	"SNS-19": withinDays(dormantDays-1, func(s *riskassess.Subject) (riskassess.Date, string) { return socialOf(s).LastPost, "last_post" }),
	"SNS-20": operatorsNamed,

	// Several kinds.
	"CLS-01": classStated,
	"CLS-14": byAnswer,
	"APR-01": approvalChain,
}

// dormantDays is how many days without a post make an account dormant
// (SNS-19: 180日以上投稿がない, 180 days or more): the 180th day after the
// last post is one, so SNS-19 is met through the 179th (withinDays(180)
// met the 180th).
const dormantDays = 180

// applies maps requirement ids to their applicability condition; ids not
// listed apply to every entry of their kinds. The applies_when text of
// requirements.yaml describes each condition in words.
var applies = map[string]appliesFunc{
	"OUT-04": HandlesPersonalData,
	"OUT-06": Class2OrUnknown,
	"OUT-09": notRetired,
	"OUT-10": func(s *riskassess.Subject) bool { return anyClauseApplies(s) || contractGap(s).ended >= 0 },
	"OUT-11": clausesApply(anyContract),
	"OUT-12": clausesApply(anyContract),
	"OUT-13": clausesApply(contractClass2),
	"OUT-14": clausesApply(anyContract),
	"OUT-15": clausesApply(contractClass2OrPersonal),
	"OUT-16": clausesApply(contractClass2),
	"OUT-17": clausesApply(anyContract),
	"OUT-18": clausesApply(contractClass2),
	"OUT-19": clausesApply(anyContract),
	"OUT-20": clausesApply(anyContract),
	"OUT-21": clausesApply(contractClass2),
	"OUT-22": clausesApply(anyContract),
	"OUT-23": clausesApply(contractPersonal),
	"OUT-24": clausesApply(contractPersonal),
	"OUT-25": clausesApply(anyContract),
	"OUT-26": clausesApply(contractMyNumber),
	"OUT-30": contractInForce,
	"OUT-31": func(s *riskassess.Subject) bool {
		var buf riskassess.ClassificationScheme
		return contractorOf(s).OnsiteCheckApplies(schemeOf(s, &buf), s.AsOf) // as its due item
	},
	"OUT-32": contractInForce,
	"OUT-35": func(s *riskassess.Subject) bool {
		rs := contractorOf(s).Remediation
		for i := range rs {
			if rs[i].RaisedBy(s.AsOf) { // one raised later did not exist then
				return true
			}
		}
		return false
	},
	"OUT-36": contractInForce,
	"OUT-37": contractsApply(func(_ *riskassess.Subject, c *riskassess.Contract) bool { return len(c.Segments) > 0 }),
	"OUT-38": contractInForce,
	"OUT-39": func(s *riskassess.Subject) bool {
		cs := contractorOf(s).Contracts
		for i := range cs {
			if !cs[i].InForceOn(s.AsOf) {
				return true
			}
		}
		return false
	},
	"OUT-40": func(s *riskassess.Subject) bool { return len(contractorOf(s).Incidents) > 0 },
	"OUT-41": func(s *riskassess.Subject) bool {
		k := contractorOf(s)
		var buf riskassess.ClassificationScheme
		sc := schemeOf(s, &buf)
		for i := range k.Contracts {
			if c := &k.Contracts[i]; (contractMyNumberData(c) || slices.Contains(c.Segments, riskassess.SegmentMyNumber)) && k.Live(sc, i, s.AsOf) {
				return true
			}
		}
		return false
	},

	"CLD-04": notRetired,
	"CLD-11": Class2OrUnknown,
	"CLD-12": Class2OrUnknown,
	"CLD-13": func(s *riskassess.Subject) bool { // change control: facts §2.2 asks it at integrity 2
		return Class2OrUnknown(s) || integrityRank(s) >= 2
	},
	"CLD-14": Class2OrUnknown,
	"CLD-15": Class2OrUnknown,
	"CLD-16": Class2OrUnknown,
	"CLD-17": Class2OrUnknown,
	"CLD-18": func(s *riskassess.Subject) bool { // exit plan: facts §2.2, A2 needs it as CLD-45
		return Class2OrUnknown(s) || availabilityRank(s) >= 2
	},
	"CLD-19": func(s *riskassess.Subject) bool {
		return Class2OrUnknown(s) || availabilityRank(s) >= 2
	},
	"CLD-20": Class2OrUnknown,
	"CLD-21": Class2OrUnknown,
	"CLD-22": Class2OrUnknown,
	"CLD-23": Class2OrUnknown,
	"CLD-24": Class2OrUnknown,
	"CLD-25": func(s *riskassess.Subject) bool { return Class2OrUnknown(s) && cloud(s) },
	"CLD-26": func(s *riskassess.Subject) bool {
		v, _ := answer(s, QuestionID("CLD-25"))
		return serviceOf(s).ISMAP != nil || v == "yes"
	},
	"CLD-28": Class2OrUnknown,
	"CLD-29": Class2OrUnknown,
	"CLD-30": negotiated,
	"CLD-31": func(s *riskassess.Subject) bool { return negotiated(s) && Class2OrUnknown(s) },
	"CLD-32": notRetired,
	"CLD-35": func(s *riskassess.Subject) bool {
		st, ok := recordedDecision(s)
		if !ok {
			// Decided after the as-of date: the approval in force then,
			// rebuilt from the history (Approval.InForceOn), when its
			// valid_until is recorded there.
			in := s.Entry.Base().Approval.InForceOn(s.AsOf)
			return in.Status.Signed() && !in.ValidUntil.IsZero()
		}
		// A pending renewal (Approval.RenewingOn) keeps the approval it
		// renews in force until its valid_until, the request's (or the
		// approval's own in the history when the request has none).
		return st.Signed() || s.Entry.Base().Approval.RenewingOn(s.AsOf)
	},
	"CLD-40": func(s *riskassess.Subject) bool { return Class2OrUnknown(s) && cloud(s) },
	"CLD-41": Class2OrUnknown,
	"CLD-42": notRetired,
	"CLD-43": func(s *riskassess.Subject) bool {
		end := serviceOf(s).ContractEnd
		return retired(s) || (!end.IsZero() && end.Before(s.AsOf))
	},
	"CLD-44": notRetired,
	"CLD-45": func(s *riskassess.Subject) bool { // backups: availability 2 and, facts §2.2, integrity 2
		if Class2OrUnknown(s) {
			return true
		}
		var buf riskassess.ClassificationScheme
		sc, c := schemeOf(s, &buf), MaxClass(s) // once for both axes
		return riskassess.RankOf(sc.Availability, c.Availability) >= 2 || riskassess.RankOf(sc.Integrity, c.Integrity) >= 2
	},
	"CLD-46": func(s *riskassess.Subject) bool { return notRetired(s) && cloud(s) },
	"CLD-47": notRetired,
	"CLD-50": termsBased,
	"CLD-51": termsBased,
	"CLD-52": termsBased,
	"CLD-53": termsBased,
	"CLD-55": termsBased,
	"CLD-56": termsBased,
	"CLD-60": lgwanASP,
	"CLD-61": lgwanASP,

	"SNS-01": notRetired,
	"SNS-02": notRetired,
	"SNS-03": notRetired,
	"SNS-04": notRetired,
	"SNS-05": active,
	"SNS-06": notRetired,
	"SNS-07": active,
	"SNS-08": notRetired,
	"SNS-09": active,
	"SNS-10": active,
	"SNS-11": notRetired,
	"SNS-12": active,
	"SNS-13": notRetired,
	"SNS-14": notRetired,
	"SNS-15": notRetired,
	"SNS-16": notRetired,
	// Suspended or retired on the as-of date (Social.StatusOn: also an
	// account whose approval alone was retired, by riskregister review
	// --outcome retired).
	"SNS-17": func(s *riskassess.Subject) bool {
		st := socialOf(s).StatusOn(s.AsOf)
		return st != riskassess.AccountActive && st != ""
	},
	"SNS-18": active,
	"SNS-19": active,
	"SNS-20": active,

	"CLS-14": HandlesPersonalData,
	"APR-01": func(s *riskassess.Subject) bool {
		st, ok := recordedDecision(s)
		return ok && st.Signed() && s.Org != nil && len(s.Org.ApprovalChain) > 0
	},
}

// ---- Applicability helpers ----------------------------------------------

// recordedDecision returns the status of the entry's approval when that
// decision was in force on the as-of date, and false when it was decided
// after it. Its sign-offs (APR-01) and valid_until (CLD-35) are then those
// of a decision not taken by then, and the one in force then
// (Approval.InForceOn, which CLD-32/OUT-09/SNS-16 judge by) has no
// sign-offs recorded, and a valid_until only when its history record has
// one: APR-01 does not apply, CLD-35 only then.
func recordedDecision(s *riskassess.Subject) (riskassess.ApprovalStatus, bool) {
	a := &s.Entry.Base().Approval
	return a.Status, !a.DecidedOn.After(s.AsOf)
}

func notRetired(s *riskassess.Subject) bool { return !retired(s) }

// active reports whether a social account is in operation (status active,
// or not stated). Social.StatusOn is AccountRetired whenever the account
// is retired (riskassess.RetiredOn), so it alone decides.
func active(s *riskassess.Subject) bool {
	st := socialOf(s).StatusOn(s.AsOf)
	return st == riskassess.AccountActive || st == ""
}

func termsBased(s *riskassess.Subject) bool {
	return serviceOf(s).ContractType == riskassess.ContractTerms
}
func negotiated(s *riskassess.Subject) bool {
	return serviceOf(s).ContractType != riskassess.ContractTerms
}
func lgwanASP(s *riskassess.Subject) bool {
	return serviceOf(s).Delivery == riskassess.DeliveryLGWANASP
}

// cloud reports whether the service is an internet cloud service (SaaS,
// IaaS/PaaS), or its delivery is not stated.
func cloud(s *riskassess.Subject) bool {
	switch serviceOf(s).Delivery {
	case riskassess.DeliveryLGWANASP, riskassess.DeliveryOnPremises:
		return false
	}
	return true
}

// contractFilter selects the contracts a requirement concerns.
type contractFilter func(s *riskassess.Subject, c *riskassess.Contract) bool

func anyContract(*riskassess.Subject, *riskassess.Contract) bool { return true }

// contractRank is the highest confidentiality rank of c's information; 0
// when none is listed or stated.
func contractRank(s *riskassess.Subject, c *riskassess.Contract) int {
	var buf riskassess.ClassificationScheme
	levels, m := schemeOf(s, &buf).Confidentiality, 0
	for i := range c.Information {
		m = max(m, riskassess.RankOf(levels, c.Information[i].Class.Confidentiality))
	}
	return m
}

// contractClass2 reports whether contract c hands over class 2 or higher
// information, or information whose class is not stated: an item without
// a confidentiality class counts as class 2 (as in inherent risk), even
// beside class 1 items.
func contractClass2(s *riskassess.Subject, c *riskassess.Contract) bool {
	if len(c.Information) == 0 {
		return true
	}
	var buf riskassess.ClassificationScheme
	levels := schemeOf(s, &buf).Confidentiality
	for i := range c.Information {
		if r := riskassess.RankOf(levels, c.Information[i].Class.Confidentiality); r == 0 || r >= 2 {
			return true
		}
	}
	return false
}

// contractPersonal reports whether contract c involves personal data
// (Contract.HandlesPersonalData: an item says so, or the work is in the My
// Number segment, as OUT-26 reads it); the on-site check's due item
// (EXP-ONSITE) reads the same rule.
func contractPersonal(_ *riskassess.Subject, c *riskassess.Contract) bool {
	return c.HandlesPersonalData()
}

// contractMyNumber reports whether contract c involves My Number data: an
// item says so, or the work is in the My Number segment, whose systems
// and data (policy 2(8)) it reaches.
func contractMyNumber(_ *riskassess.Subject, c *riskassess.Contract) bool {
	return contractHas(c, func(in *riskassess.InformationAccess) bool { return in.MyNumber }) ||
		slices.Contains(c.Segments, riskassess.SegmentMyNumber)
}

// contractMyNumberData reports whether an information item of contract c
// is My Number data (my_number), whatever its segments say.
func contractMyNumberData(c *riskassess.Contract) bool {
	return contractHas(c, func(in *riskassess.InformationAccess) bool { return in.MyNumber })
}

// myNumberSegmentsRecorded (OUT-41): every live contract with My Number
// data (Contractor.Live: not ended, or ended with its data neither
// returned nor carried on by a renewal, the contracts
// BLK-MYNUMBER-SEGMENT and inherent risk count) records its segments, and
// no live contract is used from both the My Number and the internet
// segment (policy 6(3): the My Number segment is cut off from the
// internet; one contract's work on both joins them, whatever its
// information, as CLD-65 finds for a service). Without segments the
// blocker, which looks only at stated segments and My Number data, cannot
// see My Number data handled outside the My Number segment. Every
// contract at fault is named; the evidence is the first one's field.
func myNumberSegmentsRecorded(_ *req, s *riskassess.Subject) riskassess.Result {
	k := contractorOf(s)
	var buf riskassess.ClassificationScheme
	sc := schemeOf(s, &buf)
	n := 0
	var missing, joined []string
	evidence := "" // the first contract at fault, as the clause checks
	for i := range k.Contracts {
		c := &k.Contracts[i]
		data, inSegment := contractMyNumberData(c), slices.Contains(c.Segments, riskassess.SegmentMyNumber)
		if !(data || inSegment) || !k.Live(sc, i, s.AsOf) {
			continue
		}
		n++
		switch {
		case data && len(c.Segments) == 0:
			missing = append(missing, c.ID)
		case inSegment && slices.Contains(c.Segments, riskassess.SegmentInternet):
			joined = append(joined, c.ID)
		default:
			continue
		}
		if evidence == "" {
			evidence = "contracts[" + strconv.Itoa(i) + "].segments"
		}
	}
	if len(missing)+len(joined) > 0 {
		var ja, en []string
		if len(joined) > 0 {
			ja = append(ja, "契約 "+strings.Join(joined, ", ")+" の作業がマイナンバー利用事務系とインターネット接続系の両方に及んでいる")
			en = append(en, contractsEn(joined, " is used", " are used")+" from both the My Number and the internet segment")
		}
		if len(missing) > 0 {
			ja = append(ja, "特定個人情報（マイナンバー）を扱う契約 "+strings.Join(missing, ", ")+" にネットワーク区分が記録されていない")
			en = append(en, contractsEn(missing, " involves My Number data but records", " involve My Number data but record")+" no network segment")
		}
		return result(riskassess.OutcomeNotMet, evidence, strings.Join(ja, "。"), strings.Join(en, "; "))
	}
	ns := strconv.Itoa(n)
	return result(riskassess.OutcomeMet, "contracts[].segments",
		"マイナンバーに関わる契約"+ns+"件すべてにネットワーク区分を記録し、インターネット接続系と分離",
		"all "+ns+" contracts involving My Number record their network segments, none also on the internet segment")
}

func contractClass2OrPersonal(s *riskassess.Subject, c *riskassess.Contract) bool {
	return contractClass2(s, c) || contractPersonal(s, c)
}

// contractInForce is the applicability of the oversight requirements
// (OUT-30, OUT-32, OUT-36, OUT-38): the contractor has a contract in force
// or none recorded (riskassess.Contractor.ContractInForceOn), as for their
// due items.
func contractInForce(s *riskassess.Subject) bool { return contractorOf(s).ContractInForceOn(s.AsOf) }

// gap is a contractor's gap between contracts on the as-of date (see
// contractGap): the indexes of the contract that ended last and of the one
// that starts first after the date, -1 when there is none.
type gap struct{ ended, next int }

// contractGap finds a contractor not retired on s.AsOf that has no contract
// in effect then (started, or without a from, and not ended) although one
// has ended: the work, or the information it keeps, is then bound by no
// contract stating the security requirements (policy 6(8)①イ). ended is -1
// when there is no such gap; a contractor whose contracts have all yet to
// start is not in one (selection and approval come before the first
// contract).
func contractGap(s *riskassess.Subject) gap {
	g := gap{-1, -1}
	k := contractorOf(s)
	if k == nil || retired(s) {
		return g
	}
	for i := range k.Contracts {
		c := &k.Contracts[i]
		switch {
		case !c.InForceOn(s.AsOf):
			if g.ended < 0 || c.To.After(k.Contracts[g.ended].To) {
				g.ended = i
			}
		case c.From.After(s.AsOf):
			if g.next < 0 || c.From.Before(k.Contracts[g.next].From) {
				g.next = i
			}
		default:
			return gap{-1, -1}
		}
	}
	if g.ended < 0 {
		g.next = -1
	}
	return g
}

// contractGapCheck is OUT-10 (the duty to follow the policy): the clause
// check, not met while the contractor is in a gap between contracts
// (contractGap), with the gap named after any clause found missing.
func contractGapCheck(clauses checkFunc) checkFunc {
	return func(q *req, s *riskassess.Subject) riskassess.Result {
		r := clauses(q, s)
		g := contractGap(s)
		if g.ended < 0 {
			return r
		}
		cs := contractorOf(s).Contracts
		e := &cs[g.ended]
		var ab, tb, fb [10]byte
		a, to := string(s.AsOf.AppendISO(ab[:0])), string(e.To.AppendISO(tb[:0]))
		// The message: the clause check's own when not met, the gap, and
		// how it goes on (parts left empty add nothing).
		var preJa, sepJa, preEn, sepEn string
		if r.Outcome == riskassess.OutcomeNotMet {
			preJa, sepJa, preEn, sepEn = r.Message.Ja, "。", r.Message.En, "; "
		}
		var nj, ne [5]string
		if g.next >= 0 {
			n := &cs[g.next]
			from := string(n.From.AppendISO(fb[:0]))
			nj = [5]string{"、次の契約 ", n.ID, " は ", from, " から）"}
			ne = [5]string{"; the next, ", n.ID, ", starts on ", from, ")"}
		} else if e.ReturnedBy(s.AsOf) {
			nj[0] = "し、以後の契約の記録がない。業務が終わっていれば廃止を記録する）"
			ne[0] = "; no later contract is recorded: if the work has ended, record the retirement)"
		} else {
			// Retiring ends every due item, the contract end's (data not
			// returned) among them: the return comes first.
			nj[0] = "し、以後の契約の記録がない。業務が終わっていれば、データの返却・削除を確かめて data_returned_on に記録してから廃止を記録する）"
			ne[0] = "; no later contract is recorded: if the work has ended, confirm the data were returned or deleted and record data_returned_on before recording the retirement)"
		}
		ja := []string{preJa, sepJa, "基準日 ", a, " に有効な契約がない（", e.ID, " は ", to, " に終了", nj[0], nj[1], nj[2], nj[3], nj[4]}
		en := []string{preEn, sepEn, "no contract in force on ", a, " (", e.ID, " ended on ", to, ne[0], ne[1], ne[2], ne[3], ne[4]}
		if r.Outcome == riskassess.OutcomeNotMet {
			r.Message = riskassess.JoinText(ja, en)
			return r
		}
		// The gap alone: Q-OUT-10 asks about the clause, so a vendor's
		// "yes" is no contradiction (Result.NotAsked).
		res := resultJE(riskassess.OutcomeNotMet, contractToPaths.at(g.ended), ja, en)
		res.NotAsked = true
		return res
	}
}

// contractsApply is the applicability of requirements about contracts: the
// contractor has no contract recorded (the questionnaire answer decides),
// or a contract in force that f selects.
func contractsApply(f contractFilter) appliesFunc {
	return contractsApplyTo(func(s *riskassess.Subject, k *riskassess.Contractor, i int) bool {
		return k.Contracts[i].InForceOn(s.AsOf)
	}, f)
}

// anyClauseApplies is clausesApply(anyContract), built once for OUT-10.
var anyClauseApplies = clausesApply(anyContract)

// clausesApply is the applicability of the clause requirements (clause):
// the contractor has no contract recorded, or a contract that must carry
// its clauses (clauseBound) and that f selects.
func clausesApply(f contractFilter) appliesFunc { return contractsApplyTo(clauseBound, f) }

func contractsApplyTo(bound func(*riskassess.Subject, *riskassess.Contractor, int) bool, f contractFilter) appliesFunc {
	return func(s *riskassess.Subject) bool {
		k := contractorOf(s)
		if len(k.Contracts) == 0 {
			return true
		}
		for i := range k.Contracts {
			if bound(s, k, i) && f(s, &k.Contracts[i]) {
				return true
			}
		}
		return false
	}
}

// ---- Contractor checks -----------------------------------------------

// Evidence paths with an index, built once for small indexes.
var (
	contractToPaths          = newIndexedPath("contracts[", "].to")
	contractClausesPaths     = newIndexedPath("contracts[", "].clauses")
	contractSegmentsPaths    = newIndexedPath("contracts[", "].segments")
	contractInformationPaths = newIndexedPath("contracts[", "].information")
	dataReturnedPaths        = newIndexedPath("contracts[", "].data_returned_on")
	incidentClosedPaths      = newIndexedPath("incidents[", "].closed_on")
	incidentReportedPaths    = newIndexedPath("incidents[", "].reported_on")
	reportPaths              = newIndexedPath("reports[", "].on")
	remediationDuePaths      = newIndexedPath("remediation[", "].due")
	operatorPaths            = newIndexedPath("operators[", "]")
)

// clausePaths are the evidence paths contracts[i].clauses[k] and
// contracts[i].clauses, built once for small i and k.
var clausePaths = func() (t [8][33]string) {
	for i := range t {
		t[i][32] = "contracts[" + strconv.Itoa(i) + "].clauses"
		for k := range 32 {
			t[i][k] = t[i][32] + "[" + strconv.Itoa(k) + "]"
		}
	}
	return t
}()

func contractClausesPath(i int) string {
	if i < len(clausePaths) {
		return clausePaths[i][32]
	}
	return "contracts[" + strconv.Itoa(i) + "].clauses"
}

func contractClausePath(i, k int) string {
	if i < len(clausePaths) && k < 32 {
		return clausePaths[i][k]
	}
	return contractClausesPath(i) + "[" + strconv.Itoa(k) + "]"
}

// clause checks that every contract selected by f that must carry the
// catalogue's clauses (clauseBound: not ended, or ended with the
// information not returned) lists the requirement's clause in
// contracts[].clauses, with an article that does not say the contract
// lacks it (articleSaysAbsent, as hasClause reads it). Without any
// contract recorded the answer decides.
func clause(f contractFilter) checkFunc {
	return func(q *req, s *riskassess.Subject) riskassess.Result {
		con := contractorOf(s)
		if len(con.Contracts) == 0 {
			return byAnswer(q, s)
		}
		// Small lists stay on the stack: the contracts without the clause,
		// and those with it (contract, article).
		var mbuf [4]string
		missing := mbuf[:0]
		var fbuf [4]foundClause
		found := fbuf[:0]
		evidence := ""
		for i := range con.Contracts {
			c := &con.Contracts[i]
			if !clauseBound(s, con, i) || !f(s, c) {
				continue
			}
			// The clause: the first entry of the requirement whose article
			// does not say the contract lacks it (article: なし, 追加予定:
			// articleSaysAbsent); none is the first that does, the
			// evidence when the contract has no other.
			k, none := -1, -1
			for j := range c.Clauses {
				if c.Clauses[j].Requirement != q.id {
					continue
				}
				if !articleSaysAbsent(c.Clauses[j].Article) {
					k = j
					break
				}
				if none < 0 {
					none = j
				}
			}
			if k < 0 {
				if len(missing) == 0 {
					evidence = contractClausesPath(i)
					if none >= 0 {
						evidence = contractClausePath(i, none)
					}
				}
				missing = append(missing, c.ID)
				continue
			}
			if evidence == "" {
				evidence = contractClausePath(i, k)
			}
			found = append(found, foundClause{c.ID, c.Clauses[k].Article})
		}
		switch {
		case len(missing) == 1:
			return riskassess.Result{Outcome: riskassess.OutcomeNotMet, Evidence: evidence, Message: missingClauseText(missing[0])}
		case len(missing) > 0:
			// "条項がない契約: " + strings.Join(missing, ", "), as parts
			// in arrays on the stack (append moves to the heap past them).
			var bj, be [2 * len(mbuf)]string
			pj := joinedParts(bj[:0], "条項がない契約: ", missing, ", ")
			pe := append(append(be[:0], "contracts without the clause: "), pj[1:]...)
			return resultJE(riskassess.OutcomeNotMet, evidence, pj, pe)
		case len(found) == 0:
			return notApplicable("対象となる契約（契約期間中、または終了後も情報が返還・削除されていないもの）がない", "no contract this concerns that is in force or ended with the information not returned")
		}
		// "条項あり: " + each clause named "contract-id article", trimmed
		// (clauseParts), joined by ", ", as parts in arrays on the stack
		// (append moves to the heap past them).
		var bj, be [1 + 4*len(fbuf)]string
		pj := append(bj[:0], "条項あり: ")
		for i, fc := range found {
			if i > 0 {
				pj = append(pj, ", ")
			}
			a, b, c := clauseParts(fc.id, fc.article)
			pj = append(pj, a, b, c)
		}
		pe := append(append(be[:0], "clause present: "), pj[1:]...)
		return resultJE(riskassess.OutcomeMet, evidence, pj, pe)
	}
}

// missingClauseTexts keeps clause's messages naming one contract without
// the clause: every clause requirement a contract lacks names it, so the
// checks of one entry repeat the message.
var missingClauseTexts = newMemo[string, riskassess.Text](1024)

// missingClauseText returns clause's message for contract id alone
// lacking the clause ("条項がない契約: " + id), built once for the
// requirements that name it.
func missingClauseText(id string) riskassess.Text {
	h := hashString(id)
	if t, ok := missingClauseTexts.get(h, id); ok {
		return t
	}
	const ja = "条項がない契約: "
	t := ownText([]string{ja, id}, []string{"contracts without the clause: ", id})
	// The key is the id in the message: the memo keeps no string of the
	// register's.
	missingClauseTexts.put(h, t.Ja[len(ja):], t)
	return t
}

// foundClause is a contract's clause that clause found: the contract id
// and the article.
type foundClause struct{ id, article string }

// clauseParts names a contract's clause, "contract-id article" trimmed,
// in three parts without building the string: contractID, " " and
// article with the spaces at the ends of the whole trimmed.
func clauseParts(contractID, article string) (string, string, string) {
	l, r := strings.TrimLeftFunc(contractID, unicode.IsSpace), strings.TrimRightFunc(article, unicode.IsSpace)
	switch {
	case l == "":
		return strings.TrimLeftFunc(r, unicode.IsSpace), "", ""
	case r == "":
		return strings.TrimRightFunc(l, unicode.IsSpace), "", ""
	}
	return l, " ", r
}

// certification checks the best certificate of the given types held on
// the as-of date (obtained_on by then, or not recorded): the one valid
// longest. Without one the answer decides; with no answer, a certificate
// of the types the register records but not as held on the as-of date is
// named in the not-answered message (certNotHeld), which would otherwise
// say the register records nothing.
func certification(types ...riskassess.CertType) checkFunc {
	return func(q *req, s *riskassess.Subject) riskassess.Result {
		var certs []riskassess.Certification
		switch e := s.Entry.(type) {
		case *riskassess.Contractor:
			certs = e.Certifications
		case *riskassess.Service:
			certs = e.Certifications
		}
		var best riskassess.Result
		found := false
		// A certificate of the types not held then: one whose name says
		// so, else one obtained later.
		notHeld, later := -1, -1
		for i, c := range certs {
			if !slices.Contains(types, c.Type) {
				continue
			}
			if !c.HeldOn(s.AsOf) { // one obtained later was not held then
				if notHeld < 0 && riskassess.CertNameSaysNotHeld(c.Name) {
					notHeld = i
				} else if later < 0 {
					later = i
				}
				continue
			}
			r := expiry(c.ValidUntil, certificationPath(i), s.AsOf)
			if !found || outcomeRank(r.Outcome) > outcomeRank(best.Outcome) ||
				(r.Outcome == best.Outcome && best.Due.Before(r.Due)) {
				best, found = r, true
			}
		}
		if !found {
			if notHeld < 0 {
				notHeld = later
			}
			if _, ok := answer(s, q.qid); !ok && notHeld >= 0 {
				return certNotHeld(q.qid, &certs[notHeld], s.AsOf)
			}
			return byAnswer(q, s)
		}
		return best
	}
}

// certNotHeld is certification's not-answered result when the register
// records a certificate c of the requirement's types that was not held on
// asOf: not "nothing in the register", but why it was not held: its name
// says so (CertNameSaysNotHeld: withdrawn, lapsed, applied for), or it is
// recorded as obtained only after asOf.
func certNotHeld(qid string, c *riskassess.Certification, asOf riskassess.Date) riskassess.Result {
	if riskassess.CertNameSaysNotHeld(c.Name) {
		return resultJE(riskassess.OutcomeNotAnswered, answerPath(qid),
			[]string{"認証「", c.Name, "」は名称で保有していない（取消・失効・申請中など）と記録されており、確認票の質問への回答もない"},
			[]string{"a certificate of this kind is recorded as not held (its name says it was withdrawn, has lapsed or is only applied for), and the questionnaire's question is not answered"})
	}
	var ob, ab [10]byte
	from, on := string(c.ObtainedOn.AppendISO(ob[:0])), string(asOf.AppendISO(ab[:0]))
	return resultJE(riskassess.OutcomeNotAnswered, answerPath(qid),
		[]string{"認証", certNamed(c), "は ", from, " から取得と記録されており、基準日 ", on, " にはまだ保有していない。確認票の質問への回答もない"},
		[]string{"a certificate of this kind is recorded as obtained only from ", from, ", not yet held on the as-of date ", on, ", and the questionnaire's question is not answered"})
}

// certNamed names certificate c after 認証 in a Japanese message: its
// name in 「」, else its number in brackets, else nothing.
func certNamed(c *riskassess.Certification) string {
	switch {
	case c.Name != "":
		return "「" + c.Name + "」"
	case c.Number != "":
		return "（" + c.Number + "）"
	}
	return ""
}

// certificationPaths are the evidence paths certifications[i].valid_until
// for small i, built once.
var certificationPaths = func() (t [16]string) {
	for i := range t {
		t[i] = "certifications[" + strconv.Itoa(i) + "].valid_until"
	}
	return t
}()

func certificationPath(i int) string {
	if i < len(certificationPaths) {
		return certificationPaths[i]
	}
	return "certifications[" + strconv.Itoa(i) + "].valid_until"
}

// outcomeRank orders outcomes of one check: met above partial above not met.
func outcomeRank(o riskassess.Outcome) int {
	switch o {
	case riskassess.OutcomeMet:
		return 3
	case riskassess.OutcomePartial:
		return 2
	}
	return 1
}

// pastIncidents: an incident without a closing date by the as-of date is
// not met (one closed later was still open then, as for remediation items);
// otherwise the answer decides, and recorded, all-closed incidents are met.
func pastIncidents(q *req, s *riskassess.Subject) riskassess.Result {
	incs := contractorOf(s).Incidents
	count := 0 // the incidents by the as-of date; a later one had not happened
	for i, in := range incs {
		if in.On.After(s.AsOf) {
			continue
		}
		count++
		if in.ClosedOn.IsZero() || in.ClosedOn.After(s.AsOf) {
			var ob [10]byte
			on := string(in.On.AppendISO(ob[:0]))
			return resultJE(riskassess.OutcomeNotMet, incidentClosedPaths.at(i),
				[]string{on, " の事故（", in.Summary, "）の再発防止策が完了していない"}, []string{"the incident of ", on, " (", in.Summary, ") is not closed"})
		}
	}
	if _, ok := answer(s, q.qid); ok || count == 0 {
		return byAnswer(q, s)
	}
	n := strconv.Itoa(count)
	return resultJE(riskassess.OutcomeMet, "incidents", []string{"記録された事故", n, "件はすべて完了"}, []string{"all ", n, " recorded incidents are closed"})
}

// reportsReceived: the latest report received by the as-of date is no
// older than 12 months (one dated later had not been received then; when
// every report is dated later, freshness says so); without reports the
// answer decides.
func reportsReceived(q *req, s *riskassess.Subject) riskassess.Result {
	k := contractorOf(s)
	latest := k.LatestReportOn(s.AsOf)
	if latest < 0 {
		return byAnswer(q, s)
	}
	on := k.Reports[latest].On
	return freshness(on, on.AddMonths(12), reportPaths.at(latest), s.AsOf)
}

// subcontractorsApproved: every subcontractor of a contract in force has
// a prior-approval date; without subcontractors the answer decides.
func subcontractorsApproved(q *req, s *riskassess.Subject) riskassess.Result {
	n := 0
	cs := contractorOf(s).Contracts
	for i := range cs {
		c := &cs[i]
		if !c.InForceOn(s.AsOf) {
			continue
		}
		for j, sub := range c.Subcontractors {
			n++
			if !sub.ApprovedOn.IsZero() && !sub.ApprovedOn.After(s.AsOf) {
				continue
			}
			path := riskassess.JoinText([]string{"contracts[", strconv.Itoa(i), "].subcontractors[", strconv.Itoa(j), "].approved_on"}, nil).Ja
			if sub.ApprovedOn.IsZero() {
				return resultJE(riskassess.OutcomeNotMet, path,
					[]string{"再委託先 ", sub.Contractor, sub.Name, " の承諾日が記録されていない"}, []string{"subcontractor ", sub.Contractor, sub.Name, " has no approval date"})
			}
			// Approved after the as-of date: not approved by then (or a slip).
			var db, ab [10]byte
			d, a := string(sub.ApprovedOn.AppendISO(db[:0])), string(s.AsOf.AppendISO(ab[:0]))
			return resultJE(riskassess.OutcomeNotMet, path,
				[]string{"再委託先 ", sub.Contractor, sub.Name, " の承諾日 ", d, " が基準日 ", a, " より後で、基準日の時点で承諾されていない（日付の誤りなら直す）"},
				[]string{"subcontractor ", sub.Contractor, sub.Name, " was approved on ", d, ", after the as-of date ", a, ": not approved by then (correct the date if it is a slip)"})
		}
	}
	if n == 0 {
		return byAnswer(q, s)
	}
	ns := strconv.Itoa(n)
	return resultJE(riskassess.OutcomeMet, "contracts[].subcontractors", []string{"再委託先", ns, "件すべて承諾済み"}, []string{"all ", ns, " subcontractors approved"})
}

// remediationOnTime: no open corrective action is past its due date.
func remediationOnTime(_ *req, s *riskassess.Subject) riskassess.Result {
	var next riskassess.Date
	path, open := "remediation", 0
	for i, r := range contractorOf(s).Remediation {
		if !r.OpenOn(s.AsOf) {
			continue // closed by the as-of date (one closed later was still open then), or raised after it
		}
		open++
		p := remediationDuePaths.at(i)
		if r.Due.IsZero() {
			var qb [192]byte // a summary of up to about 60 characters, quoted
			return resultJE(riskassess.OutcomePartial, p, []string{"是正措置「", r.Summary, "」に期限がない"},
				[]string{"corrective action ", string(strconv.AppendQuote(qb[:0], r.Summary)), " has no due date"})
		}
		if r.Due.Before(s.AsOf) {
			var db [10]byte
			var qb [192]byte // a summary of up to about 60 characters, quoted
			d := string(r.Due.AppendISO(db[:0]))
			return withDue(resultJE(riskassess.OutcomeNotMet, p, []string{"是正措置「", r.Summary, "」が期限 ", d, " を過ぎている"},
				[]string{"corrective action ", string(strconv.AppendQuote(qb[:0], r.Summary)), " is overdue since ", d}), r.Due)
		}
		if next.IsZero() || r.Due.Before(next) {
			next, path = r.Due, p
		}
	}
	if open == 0 {
		return result(riskassess.OutcomeMet, "remediation", "是正措置はすべて完了", "all corrective actions are closed")
	}
	n := strconv.Itoa(open)
	return withDue(resultJE(riskassess.OutcomeMet, path, []string{"未完了", n, "件、期限内"}, []string{n, " open, none overdue"}), next)
}

// informationRecorded: every contract in force lists the information
// handled. An item whose description says there is none or that it is not
// known yet (未定, 確認中, 記載なし: saysNoDocument) lists none; a contract
// of such items only was met.
func informationRecorded(q *req, s *riskassess.Subject) riskassess.Result {
	cs := contractorOf(s).Contracts
	if len(cs) == 0 {
		return byAnswer(q, s)
	}
	for i := range cs {
		c := &cs[i]
		if !c.InForceOn(s.AsOf) {
			continue
		}
		if !slices.ContainsFunc(c.Information, func(in riskassess.InformationAccess) bool { return !saysNoDocument(in.Description) }) {
			return result(riskassess.OutcomeNotMet, contractInformationPaths.at(i),
				"契約 "+c.ID+" に取り扱う情報が記録されていない", "contract "+c.ID+" lists no information")
		}
	}
	return result(riskassess.OutcomeMet, "contracts[].information", "契約ごとに取り扱う情報を記録済み", "information recorded for every contract")
}

// dataReturnGraceDays is how long after a contract's end the return or
// deletion of data may still be pending.
const dataReturnGraceDays = 30

// dataReturned: every ended contract that handled class 2+ or personal
// information (or did not say) has a return/deletion date.
func dataReturned(_ *req, s *riskassess.Subject) riskassess.Result {
	n := 0
	k := contractorOf(s)
	cs := k.Contracts
	var buf riskassess.ClassificationScheme
	sc := schemeOf(s, &buf)
	for i := range cs {
		c := &cs[i]
		if c.InForceOn(s.AsOf) || !contractClass2OrPersonal(s, c) || k.Renewed(sc, i) {
			continue // a renewed contract's information stays under its successor (Contractor.Renewed)
		}
		n++
		if c.ReturnedBy(s.AsOf) { // a return dated after the as-of date had not come then
			continue
		}
		due := c.To.AddDays(dataReturnGraceDays)
		p := dataReturnedPaths.at(i)
		if due.Before(s.AsOf) {
			var tb [10]byte
			to := string(c.To.AppendISO(tb[:0]))
			return withDue(resultJE(riskassess.OutcomeNotMet, p, []string{"契約 ", c.ID, " は ", to, " に終了したが返還・消去が記録されていない"},
				[]string{"contract ", c.ID, " ended on ", to, " and no return or deletion is recorded"}), due)
		}
		var db [10]byte
		d := string(due.AppendISO(db[:0]))
		return withDue(resultJE(riskassess.OutcomePartial, p, []string{"契約 ", c.ID, " の返還・消去の確認待ち（", d, " まで）"},
			[]string{"return or deletion for contract ", c.ID, " is pending (until ", d, ")"}), due)
	}
	if n == 0 {
		return notApplicable("情報を預けた契約で終了したものがない", "no ended contract that held our information")
	}
	return result(riskassess.OutcomeMet, "contracts[].data_returned_on", "終了した契約の返還・消去を確認済み", "return or deletion confirmed for every ended contract")
}

// incidentsReported: every recorded incident has a report date.
func incidentsReported(_ *req, s *riskassess.Subject) riskassess.Result {
	incs := contractorOf(s).Incidents
	count := 0 // the incidents by the as-of date; a later one had not happened
	for i, in := range incs {
		if in.On.After(s.AsOf) {
			continue
		}
		count++
		if in.ReportedOn.IsZero() || in.ReportedOn.After(s.AsOf) {
			var ob [10]byte
			on := string(in.On.AppendISO(ob[:0]))
			return resultJE(riskassess.OutcomeNotMet, incidentReportedPaths.at(i),
				[]string{on, " の事故（", in.Summary, "）の報告が記録されていない"}, []string{"no report recorded for the incident of ", on, " (", in.Summary, ")"})
		}
	}
	if count == 0 {
		return notApplicable("事故の記録がない", "no incidents recorded")
	}
	n := strconv.Itoa(count)
	return resultJE(riskassess.OutcomeMet, "incidents[].reported_on", []string{"事故", n, "件すべて報告済み"}, []string{"all ", n, " incidents reported"})
}

// ---- Service checks ---------------------------------------------------

// permittedUses is present for the permitted uses joined by "、". Uses
// that say there is none (なし, 未定, 記載なし: saysNoDocument) or only
// point to an attachment they do not name (別紙のとおり: unnamedAttachment)
// or hold a date alone (dateAlone: namesNoDocument) are no uses; when
// every one does, the first is the field's text. Two or more named uses
// are written into the message as parts, not joined first: their join
// holds "、", so it is neither blank nor a word for none.
func permittedUses(q *req, s *riskassess.Subject) riskassess.Result {
	const path = "permitted_uses"
	uses := serviceOf(s).PermittedUses
	var nbuf [8]string
	named := nbuf[:0]
	for _, u := range uses {
		if !saysNoDocument(u) && !namesNoDocument(u) {
			named = append(named, u)
		}
	}
	switch {
	case len(named) == 0 && len(uses) > 0:
		return presentValue(q, s, uses[0], path)
	case len(named) == 0:
		return presentValue(q, s, "", path)
	case len(named) == 1:
		return presentValue(q, s, named[0], path)
	}
	// presentValue's "記録あり（…）" with the uses joined by "、", as parts
	// in arrays on the stack (append moves to the heap past them).
	var bj, be [2*len(nbuf) + 1]string
	jb := append(joinedParts(bj[:0], "記録あり（", named, "、"), "）")
	eb := append(append(be[:0], "recorded ("), jb[1:len(jb)-1]...)
	return resultJE(riskassess.OutcomeMet, path, jb, append(eb, ")"))
}

// approverRecorded: the approver is filled in and, when register.yaml
// lists positions, names one.
func approverRecorded(_ *req, s *riskassess.Subject) riskassess.Result {
	// The approver of the decision in force on the as-of date
	// (Approval.InForceOn, as CLD-32 judges): not the one of a decision
	// taken after it, nor the applicant of a pending renewal or
	// resumption. None when nothing was decided by then.
	a := s.Entry.Base().Approval.InForceOn(s.AsOf).Approver
	const p = "approval.approver"
	if a == "" {
		return result(riskassess.OutcomeNotMet, p, "承認者が記録されていない", "no approver recorded")
	}
	if saysNone(a) { // 未定, -: no approver (met when register.yaml lists no positions)
		return noneRecorded(a, p)
	}
	var pos *riskassess.Position
	if s.Org != nil {
		pos = s.Org.Position(a)
	}
	if s.Org != nil && len(s.Org.Positions) > 0 && pos == nil {
		qa := strconv.Quote(a)
		return result(riskassess.OutcomeNotMet, p, "承認者 "+qa+" は register.yaml の positions にない", "approver "+qa+" is not in positions of register.yaml")
	}
	ja, en := a, a
	if s.Org != nil {
		ja, en = pos.Label(a, riskassess.LangJa), pos.Label(a, riskassess.LangEn)
	}
	return resultJE(riskassess.OutcomeMet, p, []string{"承認者 ", ja}, []string{"approver ", en})
}

// topClassPlacement: information of the scheme's highest confidentiality
// level (3A) is not placed in an outside service without an approved
// exception (the answer "yes").
func topClassPlacement(q *req, s *riskassess.Subject) riskassess.Result {
	var buf riskassess.ClassificationScheme
	sc, v := schemeOf(s, &buf), serviceOf(s)
	r := riskassess.RankOf(sc.Confidentiality, v.Class.Confidentiality)
	if r == 0 {
		return result(riskassess.OutcomeNotAnswered, "class", "機密性の分類が記載されていない", "the confidentiality class is not stated")
	}
	top := 0
	for _, l := range sc.Confidentiality {
		top = max(top, l.Rank)
	}
	c := v.Class.Confidentiality
	if r < top || v.Delivery == riskassess.DeliveryOnPremises {
		return resultJE(riskassess.OutcomeMet, "class", []string{"機密性 ", c}, []string{"confidentiality ", c})
	}
	if a, _ := answer(s, q.qid); a == "yes" {
		return resultJE(riskassess.OutcomePartial, q.path, []string{"機密性 ", c, " の情報を例外措置として扱う"}, []string{"confidentiality ", c, " handled under an approved exception"})
	}
	return resultJE(riskassess.OutcomeNotMet, "class", []string{"機密性 ", c, " の情報を外部サービスで扱っている"}, []string{"confidentiality ", c, " information is placed in an outside service"})
}

// exitPlan: data can be returned and is deleted on exit.
func exitPlan(q *req, s *riskassess.Subject) riskassess.Result {
	x := serviceOf(s).Exit
	if x == nil || (x.DataReturn == nil && x.Deletion == nil) {
		return byAnswer(q, s)
	}
	ret, del := x.DataReturn != nil && *x.DataReturn, x.Deletion != nil && *x.Deletion
	switch {
	case ret && del:
		return result(riskassess.OutcomeMet, "exit", "返却と消去の両方を確認", "both return and deletion confirmed")
	case ret:
		return result(riskassess.OutcomePartial, "exit.deletion", "返却はできるが消去が確認できない", "data can be returned but deletion is not confirmed")
	case del:
		return result(riskassess.OutcomePartial, "exit.data_return", "消去はされるが返却ができない", "data is deleted but cannot be returned")
	}
	return result(riskassess.OutcomeNotMet, "exit", "返却も消去も確認できない", "neither return nor deletion is confirmed")
}

// formatG formats f as fmt's %g does.
func formatG(f float64) string { return strconv.FormatFloat(f, 'g', -1, 64) }

// numberAnswer reads the answer to a number question as both the scorer
// and validate (badAnswer) read it: a trailing % is allowed; NaN and
// infinities are not numbers ("NaN" was scored as an SLA that is met).
// Only decimal digits, a sign, a dot and an exponent are read: Go's
// syntax that strconv.ParseFloat also takes (99_9 read as 999, 9_9.9 as
// 99.9, 0x1p4 as 16) is no number a vendor writes.
func numberAnswer(v string) (float64, bool) {
	v = strings.TrimSuffix(v, "%")
	if strings.Trim(v, "0123456789+-.eE") != "" {
		return 0, false
	}
	n, err := strconv.ParseFloat(v, 64)
	return n, err == nil && !math.IsNaN(n) && !math.IsInf(n, 0)
}

// minAvailability is the availability (percent) below which an SLA is
// only partially adequate.
const minAvailability = 99.0

// minAvailabilityText is formatG(minAvailability).
var minAvailabilityText = formatG(minAvailability)

// slaAvailability: an availability commitment exists (99.0% or more is met).
func slaAvailability(q *req, s *riskassess.Subject) riskassess.Result {
	path, pct := "sla.availability", 0.0
	if sla := serviceOf(s).SLA; sla != nil && sla.Availability > 0 {
		pct = sla.Availability
	} else {
		v, r, done := answeredReq(s, q)
		if done {
			return r
		}
		n, ok := numberAnswer(v)
		if !ok {
			return result(riskassess.OutcomeNotMet, q.path, "回答「"+v+"」は稼働率（%）ではない", "the answer "+strconv.Quote(v)+" is not a percentage")
		}
		if n > 100 {
			// A slip (999 for 99.9): no guarantee is over 100%.
			return result(riskassess.OutcomeNotMet, q.path, "回答「"+v+"」は100%を超えていて稼働率として読めない（誤記なら直す）",
				"the answer "+strconv.Quote(v)+" is over 100%: not an availability (correct it if it is a slip)")
		}
		if n > 0 && n <= 1 && !strings.HasSuffix(v, "%") {
			// A fraction (0.999 typed into a General cell for 99.9%)
			// was scored as an availability under 1% (partial), as
			// sla.availability refuses it (store: percent). The
			// questionnaire import drops a typed % (xlsx parseNumber),
			// so "0.5%" arrives as "0.5": the message names both
			// readings and asserts neither.
			p := formatG(math.Round(n*1e8) / 1e6)
			return result(riskassess.OutcomeNotMet, q.path,
				"回答「"+v+"」は 1 以下の数で、割合（"+p+"%）とも "+v+"% とも読める。稼働率を % の数値で回答する（99.9% なら 99.9）",
				"the answer "+strconv.Quote(v)+" is a number of 1 or less, which reads as a fraction ("+p+"%) or as "+v+"%: answer the availability as a number in percent (99.9 for 99.9%)")
		}
		path, pct = q.path, n
	}
	switch {
	case pct <= 0:
		return result(riskassess.OutcomeNotMet, path, "稼働率の保証がない", "no availability is guaranteed")
	case pct < minAvailability:
		var pb [24]byte
		p, m := string(strconv.AppendFloat(pb[:0], pct, 'g', -1, 64)), minAvailabilityText
		return resultJE(riskassess.OutcomePartial, path, []string{"保証稼働率 ", p, "% は ", m, "% 未満"}, []string{"guaranteed availability ", p, "% is below ", m, "%"})
	}
	var pb [24]byte
	p := string(strconv.AppendFloat(pb[:0], pct, 'g', -1, 64)) // formatG(pct)
	return resultJE(riskassess.OutcomeMet, path, []string{"保証稼働率 ", p, "%"}, []string{"guaranteed availability ", p, "%"})
}

// dataInJapan: every data location is in Japan.
func dataInJapan(q *req, s *riskassess.Subject) riskassess.Result {
	locs := serviceOf(s).DataLocations
	if len(locs) == 0 {
		return byAnswer(q, s)
	}
	var abroad []string
	for _, l := range locs {
		if !l.InJapan() {
			abroad = append(abroad, l.Country)
		}
	}
	if len(abroad) > 0 {
		a := strings.Join(abroad, ", ")
		return result(riskassess.OutcomeNotMet, "data_locations", "国外の所在地: "+a, "locations abroad: "+a)
	}
	return result(riskassess.OutcomeMet, "data_locations", "すべて国内", "all in Japan")
}

// ismapListing: the ISMAP listing is valid; class 3 or higher needs ISMAP
// itself, not ISMAP-LIU, and a listing whose list is not recorded (ismap
// without list, which the store accepts) is not known to be ISMAP: it was
// met for class 3C with an ISMAP-LIU number.
func ismapListing(q *req, s *riskassess.Subject) riskassess.Result {
	m := serviceOf(s).ISMAP
	if m == nil {
		return byAnswer(q, s)
	}
	r := expiry(m.ValidUntil, "ismap.valid_until", s.AsOf)
	if r.Outcome == riskassess.OutcomeMet && m.List != riskassess.ISMAPFull && confRank(s) >= 3 {
		r.Outcome, r.Evidence = riskassess.OutcomePartial, "ismap.list"
		r.Message = ismapLIUOnly
		if m.List == "" {
			r.Message = ismapListUnknown
		}
	}
	return r
}

// The messages of ismapListing for class 3 or higher without ISMAP itself.
var (
	ismapLIUOnly     = riskassess.T("ISMAP-LIUの登録のみ（機密性3以上にはISMAPの登録が必要）", "listed in ISMAP-LIU only (class 3 or higher needs ISMAP)")
	ismapListUnknown = riskassess.T("ISMAPかISMAP-LIUかが記録されていない（機密性3以上にはISMAPの登録が必要。ismap.list に ismap または ismap-liu を記録する）",
		"the list (ISMAP or ISMAP-LIU) is not recorded (class 3 or higher needs ISMAP: record ismap or ismap-liu in ismap.list)")
)

// japanese checks a text field (governing law, court) with ok; empty
// falls back to the answer, and a text saying there is none (未定,
// 記載なし: saysNoDocument) is not met as nothing recorded. A register names few laws and courts: the
// result for each text is kept (a memo), not judged again (ok reads the
// text through its case and width and looks for every country's name in
// it) and written again for every service.
func japanese(path string, get func(*riskassess.Service) string, ok func(string) bool) checkFunc {
	results := newMemo[string, riskassess.Result](512)
	return func(q *req, s *riskassess.Subject) riskassess.Result {
		v := strings.TrimSpace(get(serviceOf(s)))
		if v == "" {
			return byAnswer(q, s)
		}
		h := hashString(v)
		if r, found := results.get(h, v); found {
			return r
		}
		// The kept message has strings of its own, not a share of a block
		// of JoinText that the memo would keep alive.
		r := result(riskassess.OutcomeNotMet, path, v+"（国外）", v+" (not Japan)")
		switch {
		case saysNoDocument(v) || headSaysNone(v) || guessedOrNone(v):
			// noneRecorded's message, in strings of its own: 未定 or
			// 記載なし names no law or court, abroad or not (it said
			// 未定（国外）).
			// A text saying there is none before a guess in brackets
			// (未定（日本法を予定）, 記載なし（東京地裁と想定）) records none
			// either: it was met as Japan's. So does a name given as a
			// guess, or with a note one part of which says none
			// (日本法（想定）, 日本法と思われる, 日本法（規約に明記なし、事業者に確認中）:
			// guessedOrNone).
			r = result(riskassess.OutcomeNotMet, path, "台帳に「"+v+"」と記録されている（記録がないものとして扱う）",
				"the register says "+strconv.Quote(v)+": read as nothing recorded")
		case ok(v):
			r = result(riskassess.OutcomeMet, path, v+"（国内）", v+" (Japan)")
		case termsVersionAbroad(v):
			r = result(riskassess.OutcomeNotMet, path, v+"（国外向けの版の規約による。利用する版の定めを確かめて記録する）",
				v+" (from a version of the terms for abroad: check what the version in use says and record it)")
		}
		// The key is a copy too: v may be a share of a load's string
		// block or of the entry cache's values (store.Retainer), which
		// a memo living as long as the program would keep alive.
		results.put(h, strings.Clone(v), r)
		return r
	}
}

// guessWords are the notes after a governing law or court, or parts of
// one, saying the name is a guess (日本法（想定）, 東京地裁（仮）,
// 日本法（規約未確認）); guessEnds end such a text (日本法と思われる,
// 日本法を想定, 日本法?).
var (
	guessWords = []string{"想定", "推定", "推測", "予想", "見込み", "仮", "おそらく", "多分", "たぶん", "と思われる", "と想定", "と推定", "と推測",
		"確認できず", "確認できない", "規約未確認", "未確認", "?", "assumed", "probably", "presumably", "unconfirmed"}
	guessEnds = []string{"と思われる", "と思われます", "と想定", "を想定", "と推定", "と推測", "?", "(?)", "(assumed)", "assumed"}
)

// guessedOrNone reports whether v, a governing law or court, gives its
// name as a guess: it ends with one of guessEnds, or a note ending it
// (endingNote, separatedNotes) holds, alone or as a part set off by 、・,;
// one of guessWords or words saying there is none (noteSaysNone's:
// saysNone, notYetArticle, noteSaysUnwritten). A note naming another
// clause (合意管轄の定めなし) or anything else (グローバル共通) does not.
func guessedOrNone(v string) bool {
	t := strings.ToLower(strings.TrimRight(strings.TrimSpace(halfWidth(v)), "。. "))
	for _, w := range guessEnds {
		if len(t) > len(w) && strings.HasSuffix(t, w) {
			return true
		}
	}
	notes := separatedNotes(v)
	if n, ok := endingNote(v); ok {
		notes = append(notes, n)
	}
	for _, n := range notes {
		for _, part := range strings.FieldsFunc(strings.ToLower(n), func(r rune) bool { return strings.ContainsRune("、・,;", r) }) {
			part = strings.TrimSpace(part)
			if slices.Contains(guessWords, part) || saysNone(part) || notYetArticle.MatchString(part) || noteSaysUnwritten(part) {
				return true
			}
		}
	}
	return false
}

// headSaysNone reports whether what stands before the first bracket of v
// says there is none (saysNoDocument: 未定（日本法を予定）, 規約に記載なし
// （日本の事業者）); a law or court named before a bracket
// (東京地方裁判所（合意管轄の定めなし）) does not.
func headSaysNone(v string) bool {
	i := strings.IndexAny(v, "(（")
	if i <= 0 {
		return false
	}
	head := strings.TrimSpace(v[:i])
	return head != "" && saysNoDocument(head)
}

func containsAny(v string, words ...string) bool {
	v = strings.ToLower(halfWidth(v))
	return slices.ContainsFunc(words, func(w string) bool { return strings.Contains(v, w) })
}

// isJapaneseLaw recognises "日本法", "日本国法", "Japanese law", "laws of Japan", "JP",
// unless the text also names a place abroad ("日本法又はシンガポール法"; in a
// bracket unless it only names a party: abroadBeside), says the law is not
// Japan's (日本以外の法, 日本法以外, other than Japanese law:
// lawsOutsideJapan, as courtsOutsideJapan for CLD-29) or gives an
// alternative law that is not Japan's (日本法又は外国法, Japanese law or
// English law: alternativeAbroad).
func isJapaneseLaw(v string) bool {
	out, in := splitBrackets(v)
	return lawNamesJapan(v) && !abroadBeside(out, in, false) && !containsAny(out, lawsOutsideJapan...) &&
		!alternativeAbroad(out, in, lawNamesJapan, lawWord, false)
}

// lawNamesJapan reports whether v names Japan (日本, Japan, JP) or is
// 国内法 or 本邦法 (the law of the land), alone.
func lawNamesJapan(v string) bool {
	switch strings.ToLower(strings.TrimRight(strings.TrimSpace(halfWidth(v)), "。.")) {
	case "jp", "国内法", "本邦法", "国内の法令", "本邦の法令", "国内の法律", "本邦の法律":
		return true
	}
	return containsAny(v, "日本", "japan")
}

// lawWord reports whether v, an alternative of a law's text
// (alternativeAbroad), speaks of a law: 法 (not in 法人, 方法, 手法, 法的),
// 法令, law, statute, regulation.
func lawWord(v string) bool {
	l := strings.NewReplacer("法人", "", "方法", "", "手法", "", "法的", "").Replace(strings.ToLower(v))
	return containsAny(l, "法", "law", "statute", "regulation", "legislation")
}

// splitBrackets is v (half width) split into what stands outside its
// brackets ((), （）) and what they hold (each bracket's text on a line
// of its own); out is v whole and in empty when there is no bracket or
// they do not pair up.
func splitBrackets(v string) (out, in string) {
	v = halfWidth(v)
	if !strings.ContainsAny(v, "()") {
		return v, ""
	}
	var o, i strings.Builder
	depth := 0
	for _, r := range v {
		switch {
		case r == '(':
			if depth == 0 {
				i.WriteByte('\n')
			}
			depth++
		case r == ')':
			if depth--; depth < 0 {
				return v, ""
			}
		case depth == 0:
			o.WriteRune(r)
		default:
			i.WriteRune(r)
		}
	}
	if depth != 0 {
		return v, ""
	}
	return o.String(), i.String()
}

// lawsOutsideJapan are the words (half width, lower case) that say the
// governing law is not Japan's, whatever else names Japan: 日本以外の国の法.
var lawsOutsideJapan = append([]string{"日本法以外", "日本国法以外", "日本法を除", "日本法の外",
	"other than japanese", "non-japanese", "not japanese", "except japanese", "excluding japanese"}, courtsOutsideJapan...)

// halfWidth is v with full-width ASCII (Ｊａｐａｎ, ＪＰ) made ASCII, as
// riskassess.CountriesNamed reads it.
func halfWidth(v string) string {
	return strings.Map(riskassess.NarrowRune, v)
}

// isJapaneseCourt recognises Japanese court names ("東京地方裁判所", "東京地裁",
// "東京簡裁", "知財高裁", "日本の裁判所", "東京の裁判所", "国内の裁判所", "本邦の裁判所",
// "Tokyo District Court", "courts of Japan", "the courts of Tokyo"; 大阪高裁 and
// 日本の裁判所 were read as courts abroad). A court abroad
// worded as one in translation ("米国カリフォルニア州北部地区連邦地方裁判所", "シンガポール高等
// 裁判所", "ソウル中央地方裁判所", "北京高裁") is not: it names a place abroad, a
// place in katakana, which no Japanese court's name has, or a place in
// kanji before 高等裁判所 (高裁) or 地方裁判所 (地裁) that is no seat of a
// Japanese court (courtPlaceInJapan). 日本 counts only in 日本（国）の裁判所,
// 日本国内, 日本にある（における）裁判所 or alone (not 日本国外の裁判所, 日本以外,
// 日本を除く outside brackets (splitBrackets), nor 日本商事仲裁協会,
// an arbitration body), and Japan as long as no arbitration body or
// association is named (courts of Japan, Tokyo, Japan; not courts outside
// Japan, Japan Commercial Arbitration Association). A place abroad in a
// bracket makes the court abroad unless the bracket only names a party
// or excludes the courts there (abroadBeside): 東京地方裁判所（米国法人との紛争を含む）
// and 東京地方裁判所（米国の裁判所は除く） are in Japan, 東京地方裁判所（又はシンガポール）,
// 東京地方裁判所（米国での訴訟も可） are not; nor is a court given with
// another that is not Japan's (東京地方裁判所又は外国の裁判所, Tokyo District
// Court or the courts of England, 東京地方裁判所及びSIAC:
// alternativeAbroad).
func isJapaneseCourt(v string) bool {
	out, in := splitBrackets(v)
	return courtNamesJapan(v) && !alternativeAbroad(out, in, courtNamesJapan, courtWord, true)
}

// courtWord reports whether v, an alternative of a court's text
// (alternativeAbroad), speaks of a court, a jurisdiction or an
// arbitration: 裁判所, 法院, 管轄, 仲裁, court, tribunal, jurisdiction,
// SIAC, ICC …
func courtWord(v string) bool {
	l := strings.ToLower(halfWidth(v))
	return containsAny(l, "裁判", "法院", "地裁", "高裁", "簡裁", "管轄", "仲裁", "court", "tribunal", "jurisdiction", "arbitra", "forum") ||
		hasWord(l, "siac", "icc", "jcaa", "hkiac", "lcia", "jams", "aaa", "icdr", "sicc")
}

// courtNamesJapan is isJapaneseCourt without alternativeAbroad.
func courtNamesJapan(v string) bool {
	out, in := splitBrackets(v)
	if abroadBeside(out, in, true) || katakanaCourt(v) || containsAny(out, courtsOutsideJapan...) {
		return false
	}
	named := false // a Japanese court's word with a place of Japan, or none, before it
	for _, w := range []string{"地方裁判所", "地裁", "高等裁判所", "高裁", "簡易裁判所", "簡裁"} {
		for i := 0; ; {
			j := strings.Index(v[i:], w)
			if j < 0 {
				break
			}
			if !courtPlaceInJapan(v[:i+j], w) {
				return false // 北京高裁
			}
			named = true
			i += j + len(w)
		}
	}
	// A seat or prefecture before の裁判所: 東京の裁判所, 大阪府の裁判所.
	for i := 0; ; {
		j := strings.Index(out[i:], "の裁判所")
		if j < 0 {
			break
		}
		before := out[:i+j]
		place := before[len(strings.TrimRightFunc(before, func(r rune) bool { return unicode.Is(unicode.Han, r) })):]
		if place != "" && !strings.HasSuffix(place, "所在地") && !strings.HasSuffix(place, "管轄") && courtPlaceInJapan(before, "地方裁判所") {
			named = true
		}
		i += j + len("の裁判所")
	}
	switch strings.ToLower(strings.TrimRight(strings.TrimSpace(halfWidth(v)), "。.")) {
	case "日本", "日本国", "japan", "国内", "本邦", "国内の裁判所", "本邦の裁判所", "国内裁判所", "本邦裁判所", "日本国内":
		return true
	}
	return named || containsAny(v, "日本の裁判所", "日本国の裁判所", "日本国内", "日本国裁判所", "日本の管轄裁判所",
		"日本にある裁判所", "日本における裁判所", "日本国にある裁判所", "日本国における裁判所") ||
		containsAny(v, englishCourts...) || containsAny(v, "japan") && !containsAny(v, "arbitration", "association")
}

// courtsOutsideJapan are the words (half width, lower case) that say the
// court is not in Japan, whatever else names Japan: 日本国外の裁判所.
var courtsOutsideJapan = []string{"日本国外", "日本以外", "日本国以外", "日本を除", "日本国を除", "日本の外", "国外の裁判所", "海外の裁判所",
	"outside japan", "outside of japan", "other than japan", "except japan", "excluding japan", "non-japan"}

// courtPlaceInJapan reports whether the place written in kanji right
// before the court word w at the end of before (東京 in 東京地裁) is one of
// a Japanese court: for a high court one of the 8 seats or 知財 (知的財産);
// for a district court, and a summary court by its short name 簡裁, a
// seat of the 50 district courts, a prefecture or a large branch (立川,
// 小倉, 堺 …), with 都, 府, 県 or 市 after it or not (最 of 最高裁判所
// counts as a high court's: 東京簡裁 is in Japan, 北京簡裁 is not).
// No place in kanji (ユーザーの所在地を管轄する地方裁判所, 東京都の地方裁判所, or a
// kanji run ending in 管轄 or 所在地: 合意管轄地方裁判所, 甲の本店所在地管轄地方裁判所) and
// a summary court by its full name (簡易裁判所, some 438 of them, most at
// places that are no seat of a district court: 青梅簡易裁判所) are not
// judged here.
func courtPlaceInJapan(before, w string) bool {
	place := before[len(strings.TrimRightFunc(before, func(r rune) bool { return unicode.Is(unicode.Han, r) })):]
	if place == "" || w == "簡易裁判所" {
		return true
	}
	if j := strings.LastIndex(place, "裁判所"); j >= 0 { // 管轄裁判所東京地裁
		place = place[j+len("裁判所"):]
	}
	if strings.HasSuffix(place, "管轄") || strings.HasSuffix(place, "所在地") {
		return true // no place: 合意管轄地方裁判所, 甲の本店所在地管轄地方裁判所
	}
	seats := districtCourtPlaces
	if w == "高等裁判所" || w == "高裁" {
		seats = highCourtPlaces
	}
	// The place as written (京都, 甲府: a seat ending in 都 or 府) or with
	// 都, 府, 県 or 市 after it taken off (東京都, 京都府, 津市).
	return placeIsSeat(place, seats) ||
		placeIsSeat(strings.TrimSuffix(strings.TrimSuffix(strings.TrimSuffix(strings.TrimSuffix(place, "都"), "府"), "県"), "市"), seats)
}

// placeIsSeat reports whether place (kanji) is, or ends in, one of seats
// (courtPlaceInJapan).
func placeIsSeat(place string, seats []string) bool {
	for _, s := range seats {
		if place == s || utf8.RuneCountInString(s) > 1 && strings.HasSuffix(place, s) {
			return true
		}
		// A one-letter seat (津, 堺, 呉) is the whole place or follows its
		// prefecture (三重県津): 天津 is abroad.
		if utf8.RuneCountInString(s) == 1 && containsAny(place, "県"+s, "府"+s, "都"+s, "道"+s) && strings.HasSuffix(place, s) {
			return true
		}
	}
	return false
}

// highCourtPlaces are the seats of Japan's 8 high courts, the IP High
// Court's short names (知財, 知的財産) and 最 of 最高裁判所 (the Supreme
// Court), as written before 高等裁判所 (高裁).
var highCourtPlaces = []string{"札幌", "仙台", "東京", "名古屋", "大阪", "広島", "高松", "福岡", "知財", "知的財産", "最"}

// districtCourtPlaces are the seats of Japan's 50 district courts, the
// prefectures and the larger branches, as written before 地方裁判所 (地裁).
var districtCourtPlaces = []string{
	// Seats.
	"東京", "横浜", "千葉", "水戸", "宇都宮", "前橋", "静岡", "甲府", "長野", "新潟", "大阪", "京都", "神戸", "奈良", "大津",
	"和歌山", "名古屋", "津", "岐阜", "福井", "金沢", "富山", "広島", "山口", "岡山", "鳥取", "松江", "福岡", "佐賀", "長崎",
	"大分", "熊本", "鹿児島", "宮崎", "那覇", "仙台", "福島", "山形", "盛岡", "秋田", "青森", "札幌", "函館", "旭川", "釧路",
	"高松", "徳島", "高知", "松山",
	// Prefectures not named by a seat.
	"北海道", "岩手", "宮城", "茨城", "栃木", "群馬", "埼玉", "神奈川", "山梨", "石川", "愛知", "三重", "滋賀", "兵庫", "島根",
	"香川", "愛媛", "沖縄",
	// Larger branches.
	"立川", "八王子", "小倉", "堺", "岸和田", "浜松", "沼津", "川崎", "相模原", "小田原", "横須賀", "松戸", "木更津", "川越",
	"熊谷", "越谷", "姫路", "尼崎", "豊橋", "岡崎", "一宮", "四日市", "郡山", "八戸", "苫小牧", "室蘭", "帯広", "土浦", "高崎",
	"久留米", "飯塚", "佐世保", "下関", "倉敷", "福山", "呉", "松本", "長岡", "会津若松", "北九州",
}

// englishCourts are the English names of Japan's courts as terms of
// service write them, in lower case: the district and summary courts at
// the seats of the 50 district courts, the 8 high courts and the IP High
// Court ("Osaka High Court" was read as a court abroad).
var englishCourts = func() []string {
	out := []string{"intellectual property high court", "japanese court"}
	for _, seat := range englishSeats {
		out = append(out, seat+" district court", seat+" summary court", seat+" courts", "courts of "+seat, "courts in "+seat)
	}
	for _, seat := range []string{"tokyo", "osaka", "nagoya", "hiroshima", "fukuoka", "sendai", "sapporo", "takamatsu"} {
		out = append(out, seat+" high court")
	}
	return out
}()

// englishSeats are the seats of Japan's 50 district courts in English,
// lower case.
var englishSeats = []string{"tokyo", "yokohama", "saitama", "chiba", "mito", "utsunomiya", "maebashi", "shizuoka",
	"kofu", "nagano", "niigata", "osaka", "kyoto", "kobe", "nara", "otsu", "wakayama", "nagoya", "tsu", "gifu",
	"fukui", "kanazawa", "toyama", "hiroshima", "yamaguchi", "okayama", "tottori", "matsue", "fukuoka", "saga",
	"nagasaki", "oita", "kumamoto", "kagoshima", "miyazaki", "naha", "sendai", "fukushima", "yamagata", "morioka",
	"akita", "aomori", "sapporo", "hakodate", "asahikawa", "kushiro", "takamatsu", "tokushima", "kochi", "matsuyama"}

// katakanaCourt reports whether a court's name in v has a place in
// katakana: the kanji before 地方裁判所 (高等裁判所 …) follow katakana, as in
// ソウル中央地方裁判所. Katakana elsewhere in the text is not the court's
// name: 東京地方裁判所（本サービス利用規約第30条）, ユーザーの所在地を管轄する
// 地方裁判所.
func katakanaCourt(v string) bool {
	for _, w := range []string{"地方裁判所", "簡易裁判所", "高等裁判所", "地裁", "高裁", "簡裁"} {
		for i := 0; ; {
			j := strings.Index(v[i:], w)
			if j < 0 {
				break
			}
			name := strings.TrimRightFunc(v[:i+j], func(r rune) bool { return unicode.Is(unicode.Han, r) })
			if r, _ := utf8.DecodeLastRuneInString(name); unicode.Is(unicode.Katakana, r) || r == 'ー' {
				return true
			}
			i += j + len(w)
		}
	}
	return false
}

// abroadBeside reports whether a court's or law's text, split by
// splitBrackets into out (outside brackets) and in (what they hold), names
// a place abroad (namesAbroad) outside its brackets, or in a clause of a
// bracket (a sentence, split at 。 and ;, split again at 、 and ,) that
// does not say the same court or law applies to a party abroad (or list
// such a party for the clause after it: 米国、シンガポールの利用者を含む)
// nor, for a court (court true), excludes the courts there
// (bracketExcludesCourt: 米国の裁判所は除く). A bracket saying abroad
// without naming the place (bracketSaysAbroad: （海外）, （外国の利用者は
// 外国の裁判所）) or, for a court, giving an arbitration
// (bracketArbitration: （国際紛争は仲裁）) or a name in katakana alone
// (bracketKatakanaName: （ロンドン）; not a company's name, （サイボウズ）) is abroad
// too. A clause about the terms or the vendor naming no forum
// (bracketAboutTerms: （グローバル共通）, （外国法人の日本支店）, （US版規約とは
// 異なる）) is not. A sentence naming a place abroad is harmless
// only when it names a party (bracketParty: 法人, 子会社, 利用者, との…を含む,
// users, …) or a translation (中国語訳), says the court or law applies to
// it too (bracketSame: を含む, 含め, も同じ, にも適用, including, also
// applies, …; 参考 or reference for a translation), and says no
// alternative, forum or law (bracketForum: 又は, も可, 訴訟, 仲裁, ただし,
// 準拠, 裁判, 管轄, 法, or, court, law, except, …), no rule of a party's
// own (bracketPartyRule: 米国子会社は米国, …の場合は…, 米国ユーザーには…,
// …との紛争は…) and no negation (bracketNotSame: 含まない, not including,
// …). 東京地方裁判所（米国法人との紛争を含む） and 東京地方裁判所（米国の利用者も
// 同じ） name no court abroad; 東京地方裁判所（又はシンガポール）,
// 日本法（デラウェア州）, 東京地方裁判所（米国子会社との紛争はシンガポール） and
// 日本法（米国ユーザーにはカリフォルニア州） do. When unsure the bracket is read as
// abroad: a court or law wrongly read as Japan's is a silent wrong answer.
func abroadBeside(out, in string, court bool) bool {
	if namesAbroad(out) || outSaysAbroad(out) {
		return true
	}
	for line := range strings.SplitSeq(strings.NewReplacer("。", "\n", ";", "\n").Replace(in), "\n") {
		if court && bracketArbitration(line) || bracketSaysAbroad(line) || bracketKatakanaName(line) {
			return true
		}
		if !namesAbroad(line) {
			continue
		}
		clauses := strings.FieldsFunc(line, func(r rune) bool { return r == '、' || r == ',' })
		for i, c := range clauses {
			if !namesAbroad(c) || bracketSaysSame(c) || court && bracketExcludesCourt(c) || bracketAboutTerms(c) {
				continue
			}
			// A clause that only names places or parties abroad lists
			// them for the clause after it in Japanese (米国、シンガポールの
			// 利用者を含む) or, in English, for the one before it
			// (including users in Singapore, Malaysia); after a Japanese
			// clause that ends (米国ユーザーを含む、シンガポール) it stands
			// alone: a place abroad.
			if bracketListItem(c) && (i+1 < len(clauses) && bracketSaysSame(clauses[i+1]) ||
				i > 0 && isASCIIText(c) && bracketSaysSame(clauses[i-1])) {
				continue
			}
			return true
		}
	}
	return false
}

// alternativeAbroad reports whether a court's or law's text, split by
// splitBrackets into out and in, gives alternatives (又は, または, もしくは,
// 若しくは, あるいは, 或いは, or, /; for a court (both) 及び, 並びに, & as
// well), outside brackets or in a sentence of a bracket, one of which is
// not Japan's: it speaks of a court or a law
// (word: courtWord, lawWord) without naming Japan (japanese: 東京地方裁判所
// 又は外国の裁判所, 東京地方裁判所又はロンドンの裁判所, Tokyo District Court
// or the courts of England, 日本法又は英法, Japanese law or English law,
// Japanese law or the laws of the user's country) or, after the first, it
// is a place alone in katakana or Latin letters (東京地方裁判所又はロンドン,
// the laws of Japan or England). An alternative referring to a court
// already named (such, said, 当該, 同裁判所, 上記, 前記) or naming no court
// nor law (arising out of or relating to these terms) is no court or law
// of its own; alternatives all of Japan (東京簡易裁判所又は東京地方裁判所,
// 甲又は乙の所在地を管轄する地方裁判所) stay Japan's. Places abroad that are
// named (namesAbroad) are abroadBeside's.
func alternativeAbroad(out, in string, japanese, word func(string) bool, both bool) bool {
	for _, c := range strings.FieldsFunc(out+"\n"+in, func(r rune) bool { return strings.ContainsRune("\n。;、,", r) }) {
		if containsAny(strings.ReplaceAll(c, "日本国", ""), localForum...) && word(c) {
			return true // 日本国外の利用者は現地の裁判所
		}
	}
	for _, sentence := range append([]string{out}, strings.FieldsFunc(strings.NewReplacer("。", "\n", ";", "\n").Replace(in), func(r rune) bool { return r == '\n' })...) {
		alts := alternatives(sentence, both)
		if len(alts) < 2 {
			continue
		}
		for i, a := range alts {
			a = strings.TrimFunc(a, func(r rune) bool { return unicode.IsSpace(r) || unicode.IsPunct(r) })
			switch {
			case a == "" || japanese(a) || containsAny(a, alternativeSame...) || containsAny(a, alternativeNoForum...) ||
				containsAny(a, "所在地", "住所") && strings.Contains(a, "管轄") && !containsAny(a, "国", "countr"):
			case word(a):
				return true
			case i > 0 && barePlace(a, alts[i-1]):
				return true
			}
		}
	}
	return false
}

// localForum are the words (half width, lower case) that, beside a
// court or a law, name one that may be abroad without naming the place:
// 現地の裁判所, 所在国の法, the courts of the user's country
// (alternativeAbroad).
var localForum = []string{"現地", "所在国", "居住国", "本国", "当該国", "各国", "他国", "いずれの国", "どの国",
	"いかなる裁判所", "任意の裁判所", "所在する国", "当該地域", "各地域",
	"local court", "local law", "home country", "user's country", "users' country", "country of residence", "their country",
	"its country", "any country", "each country", "any court", "any other court"}

// alternativeNoForum are the words (half width, lower case) of an
// alternative that names rules about choosing a law or a treaty, no law
// of its own (alternativeAbroad: laws of Japan, without regard to conflict
// of law rules or the UN Convention).
var alternativeNoForum = []string{"conflict of law", "conflicts of law", "conflict-of-law", "choice of law", "choice-of-law",
	"抵触法", "国際私法", "un convention", "united nations convention", "cisg", "国際連合条約", "国連条約", "ウィーン売買条約"}

// alternativeSame are the words (half width, lower case) of an
// alternative that refers to the court or law already named, or to the
// courts hearing an appeal from it (alternativeAbroad).
var alternativeSame = []string{"such", "said", "that court", "the same", "thereof", "appellate", "当該", "同裁判所", "上記", "前記", "控訴", "上級"}

// alternatives is v (half width) split at the words and marks giving an
// alternative: 又は, または, もしくは, 若しくは, あるいは, 或いは, the whole
// word or (and/or too) and /; with both, at those naming two as well
// (及び, および, 並びに, ならびに, &: a second court beside the first).
func alternatives(v string, both bool) []string {
	v = strings.NewReplacer("又は", "/", "または", "/", "もしくは", "/", "若しくは", "/", "あるいは", "/", "或いは", "/").Replace(v)
	if both {
		v = strings.NewReplacer("及び", "/", "および", "/", "並びに", "/", "ならびに", "/", "&", "/").Replace(v)
	}
	l := strings.ToLower(v)
	var b strings.Builder
	for i := 0; i < len(v); i++ {
		if l[i] == 'o' && strings.HasPrefix(l[i:], "or") && (i == 0 || !isASCIILetter(l[i-1])) && (i+2 == len(l) || !isASCIILetter(l[i+2])) {
			b.WriteByte('/')
			i++
			continue
		}
		b.WriteByte(v[i])
	}
	return strings.Split(b.String(), "/")
}

// barePlace reports whether v, an alternative after prev
// (alternativeAbroad), is a name alone in katakana (ロンドン) or in Latin
// letters after a court, a law or Japan (Tokyo District Court or London,
// the laws of Japan or England), not a party (ユーザー, user), a seat of a
// Japanese court (Osaka) nor a treaty or rules (conflict of law rules or
// the UN Convention).
func barePlace(v, prev string) bool {
	l := strings.TrimPrefix(strings.ToLower(v), "the ")
	if l == "" || containsAny(l, bracketParty...) || slices.Contains(englishSeats, l) {
		return false
	}
	kana, latin := true, true
	for _, r := range l {
		kana = kana && (unicode.Is(unicode.Katakana, r) || r == 'ー' || r == '・')
		latin = latin && (r < utf8.RuneSelf && (isASCIILetter(byte(r)) || r == ' ' || r == '.' || r == '-'))
	}
	if kana {
		return true
	}
	p := strings.Fields(strings.ToLower(halfWidth(prev)))
	return latin && len(strings.Fields(l)) <= 4 && len(p) > 0 &&
		(slices.Contains([]string{"japan", "court", "courts", "law", "laws"}, strings.Trim(p[len(p)-1], ",.")) ||
			slices.Contains(englishSeats, strings.Trim(p[len(p)-1], ",."))) &&
		!containsAny(l, "convention", "treaty", "rule", "principle", "act", "code", "term", "agreement", "contract")
}

// bracketSaysAbroad reports whether line, a sentence of a bracket
// (abroadBeside), says abroad without naming the place (海外, 国外, 外国,
// overseas, abroad, foreign: 東京地方裁判所（海外）, 東京地方裁判所（外国の利用者は
// 外国の裁判所）, 日本法（国外）) in a clause that neither says the same court
// or law applies there (bracketSame: 日本国外からの利用者も同じ, 日本国外からの
// 利用にも適用) nor only excludes something foreign that is no party
// (外国法の適用を除く, 外国の裁判所を除く; not 海外ユーザーを除く).
func bracketSaysAbroad(line string) bool {
	for c := range strings.FieldsFuncSeq(line, func(r rune) bool { return r == '、' || r == ',' }) {
		l := strings.ToLower(c)
		if !containsAny(l, "海外", "国外", "外国", "世界", "グローバル", "日本以外", "overseas", "abroad", "foreign", "global", "worldwide") ||
			containsAny(l, bracketSame...) || bracketAboutTerms(c) {
			continue
		}
		if containsAny(l, exclusionWords...) && !containsAny(l, bracketParty...) {
			continue
		}
		return true
	}
	return false
}

// exclusionWords are the words (half width, lower case) of a clause
// that excludes what is foreign (外国の裁判所を除く, 外国の裁判所の管轄を排除,
// 外国の裁判所には提訴しない, 外国の裁判所の管轄は及ばない: bracketSaysAbroad,
// outSaysAbroad).
var exclusionWords = []string{"除く", "除き", "除外", "排除", "排し", "提訴しない", "及ばない", "excluding", "except"}

// bracketAboutTerms reports whether c, a clause of a bracket
// (abroadBeside), speaks of the terms (規約, 版, 共通, 統一: グローバル共通,
// グローバル規約の日本版, US版規約とは異なる) or of the vendor (ベンダー, 本社,
// 支店, 日本法人, 契約主体, 外国法人: 外国法人の日本支店, 海外ベンダー) and
// names no forum: no court, law or jurisdiction (bracketForum, 法人 taken
// out), no rule of its own (bracketPartyRule, 規約は, 版は, では) and no
// version of the terms for abroad (termsVersionClause: US版規約).
func bracketAboutTerms(c string) bool {
	l := strings.ToLower(halfWidth(c))
	return containsAny(l, "規約", "版", "共通", "統一", "ベンダー", "本社", "支店", "日本法人", "契約主体", "外国法人", "vendor", "terms", "version") &&
		!containsAny(strings.ReplaceAll(l, "法人", ""), bracketForum...) && !hasWord(l, bracketForumWords...) &&
		!containsAny(l, bracketPartyRule...) && !containsAny(l, "規約は", "版は", "では", "州") && !termsVersionClause(c)
}

// termsVersionClause reports whether c, a clause of a bracket, says the
// terms the court or law is read from are a version for a place abroad:
// it speaks of a version or the terms (版, 規約, 約款, terms, version,
// edition), names a place abroad (namesAbroad) or a version for abroad
// (海外版, 外国向け, overseas version …), names no party nor vendor (米国法人の
// 規約 is the vendor's, bracketParty) and does not deny the version
// (日本版, とは異なる, ではなく, not …). 日本法（US版規約）, 日本法（米国版の利用規約
// による）, the laws of Japan (US terms) give Japan's law as a foreign
// version of the terms reads it, which may not be the version the
// council uses: CLD-28 and CLD-29 ask for the law and court of the contract in
// force, so these are not met. A version in another language (日本法
// （英語版が優先）) is no version for abroad: a translation prevailing does
// not change the law it names. Nor is a version for outside a place
// abroad (outsidePlaceSpans: 米国外の顧客向け規約, terms for customers
// outside the US; the place outside which is not read as the version's,
// but another place is: 米国外の顧客向けシンガポール版規約), one set apart
// or not applied (US版規約とは別, US版規約の適用なし) nor an APAC one (APAC
// holds Japan).
func termsVersionClause(c string) bool {
	hw := halfWidth(c)
	l := strings.ToLower(hw)
	if spans := outsidePlaceSpans(l); len(spans) > 0 {
		if len(l) != len(hw) {
			return false // lower case moved the bytes: not read
		}
		b := []byte(hw)
		for _, sp := range spans {
			for i := sp[0]; i < sp[1]; i++ {
				b[i] = ' '
			}
		}
		hw = string(b)
		l = strings.ToLower(hw)
	}
	return containsAny(l, "版", "規約", "約款", "terms", "version", "edition") &&
		(namesAbroad(strings.ReplaceAll(hw, "APAC", "")) || containsAny(l, termsVersionsAbroad...)) &&
		!containsAny(l, bracketParty...) && !containsAny(l, "ベンダー", "本社", "支店", "提供者", "事業者", "vendor", "provider") &&
		!containsAny(l, termsVersionDenials...)
}

// outsidePlaceSpans returns the byte spans of l, a clause of a bracket
// (half width, lower case), that speak of what is outside a place abroad
// (米国外, EU域外, outside the US: a version for where the council is),
// not outside Japan (日本国外, outside Japan) nor abroad (海外, 国外). An
// English span runs from "outside" to the next comma or bracket.
func outsidePlaceSpans(l string) (spans [][2]int) {
	for i := 0; ; {
		k := strings.Index(l[i:], "外")
		if k < 0 {
			break
		}
		k += i
		start := k
		for start > 0 {
			r, n := utf8.DecodeLastRuneInString(l[:start])
			if !(unicode.Is(unicode.Han, r) || unicode.Is(unicode.Katakana, r) || r == 'ー' || isASCIILetter(byte(r)) && r < utf8.RuneSelf || r == '.') {
				break
			}
			start -= n
		}
		if run := l[start:k]; run != "" && namesAbroad(strings.ToUpper(run)) && !strings.HasSuffix(run, "海") {
			spans = append(spans, [2]int{start, k + len("外")})
		}
		i = k + len("外")
	}
	for i := 0; ; {
		k := strings.Index(l[i:], "outside ")
		if k < 0 {
			return spans
		}
		from := i + k
		after := l[from+len("outside "):]
		end := len(l)
		if e := strings.IndexAny(after, ",;)）"); e >= 0 {
			end = from + len("outside ") + e
		}
		rest := strings.Fields(l[from+len("outside ") : end])
		for len(rest) > 0 && (rest[0] == "of" || rest[0] == "the") {
			rest = rest[1:]
		}
		if len(rest) > 0 && strings.Trim(rest[0], ".,)") != "japan" && namesAbroad(strings.ToUpper(strings.Join(rest, " "))) {
			spans = append(spans, [2]int{from, end})
		}
		i = from + len("outside ")
	}
}

// termsVersionsAbroad are the words (half width, lower case) of a version
// of the terms for abroad that names no place (termsVersionClause).
var termsVersionsAbroad = []string{"海外版", "外国版", "国外版", "海外向け", "外国向け", "国外向け", "overseas version", "foreign version",
	"overseas terms", "foreign terms"}

// termsVersionDenials are the words (half width, lower case) that make a
// clause naming a version abroad say the terms are not that version
// (termsVersionClause: US版規約とは異なる, 米国版ではなく日本版).
var termsVersionDenials = []string{"日本版", "日本語版", "日本向け", "国内版", "国内向け", "japan", "とは異な", "と異な", "ではな", "でな", "以外",
	"除", "differ", "not ", "other than", "instead", "とは別", "適用なし", "適用しない", "適用されない", "不適用", "対象外"}

// termsVersionAbroad reports whether a clause of v's brackets says the
// terms are a version for abroad (termsVersionClause), for the message of
// a court or law read from it.
func termsVersionAbroad(v string) bool {
	_, in := splitBrackets(v)
	return slices.ContainsFunc(strings.FieldsFunc(in, func(r rune) bool { return strings.ContainsRune("\n。;、,", r) }), termsVersionClause)
}

// outSaysAbroad reports whether out, a court's or law's text outside
// its brackets, says abroad without naming the place in a clause (split
// at 、 , 。 ; ※) that neither says the same applies there, nor only
// excludes something foreign, nor names a party without a rule of its own
// (東京地方裁判所、海外の場合は現地 and 東京地方裁判所 ※海外 are abroad;
// 外国法人との紛争も東京地方裁判所 is not).
func outSaysAbroad(out string) bool {
	for c := range strings.FieldsFuncSeq(out, func(r rune) bool { return strings.ContainsRune("、,。;※", r) }) {
		l := strings.ReplaceAll(strings.ToLower(c), "日本国外", "")
		if !containsAny(l, "海外", "国外", "外国", "overseas", "abroad") || containsAny(l, bracketSame...) ||
			containsAny(l, exclusionWords...) && !containsAny(l, bracketParty...) ||
			containsAny(l, bracketParty...) && !containsAny(l, bracketPartyRule...) {
			continue
		}
		return true
	}
	return false
}

// bracketKatakanaName reports whether line, a sentence of a bracket
// (abroadBeside), is a place abroad in katakana alone (日本国の裁判所（ロンドン）,
// （ロンドン・パリ）): one of katakanaPlaces or usStatesKatakana, as no place
// in Japan is written so. Other katakana is a name, most often a company's
// (東京地方裁判所（サイボウズ）, 日本法（グーグル）, （フリー）), and a name with
// ジャパン (（セールスフォース・ジャパン）) is of Japan.
func bracketKatakanaName(line string) bool {
	l := strings.TrimSpace(line)
	if l == "" || strings.Contains(l, "ジャパン") {
		return false
	}
	for _, r := range l {
		if !unicode.Is(unicode.Katakana, r) && r != 'ー' && r != '・' {
			return false
		}
	}
	return slices.ContainsFunc(strings.Split(l, "・"), func(w string) bool {
		return slices.Contains(katakanaPlaces, w) || slices.Contains(usStatesKatakana, w)
	})
}

// katakanaPlaces are the places abroad, in katakana, that terms of service
// most name for a court or a law (bracketKatakanaName): cities, and the
// parts of the United Kingdom. Countries in katakana are
// riskassess.CountriesNamed's.
var katakanaPlaces = []string{"ロンドン", "パリ", "ベルリン", "フランクフルト", "ミュンヘン", "アムステルダム", "ダブリン", "ブリュッセル",
	"ジュネーブ", "ジュネーヴ", "チューリッヒ", "ストックホルム", "ヘルシンキ", "オスロ", "コペンハーゲン", "マドリード", "ミラノ", "ローマ",
	"ウィーン", "ワルシャワ", "プラハ", "エディンバラ", "イングランド", "ウェールズ", "スコットランド",
	"シアトル", "サンフランシスコ", "ロサンゼルス", "サンノゼ", "サンタクララ", "パロアルト", "マウンテンビュー", "メンロパーク",
	"クパチーノ", "レドモンド", "シリコンバレー", "ボストン", "シカゴ", "ダラス", "オースティン", "アトランタ", "ニューヨーク", "ワシントン",
	"トロント", "バンクーバー", "モントリオール", "シドニー", "メルボルン", "オークランド", "ソウル", "プサン", "ペキン", "シャンハイ",
	"シンセン", "ホンコン", "タイペイ", "マニラ", "バンコク", "ハノイ", "ホーチミン", "ジャカルタ", "クアラルンプール",
	"デリー", "ニューデリー", "ムンバイ", "バンガロール", "ベンガルール", "ドバイ", "テルアビブ"}

// bracketArbitration reports whether line, a sentence of a court's
// bracket (abroadBeside), gives an arbitration for some disputes
// (東京地方裁判所（国際紛争は仲裁）, （国際取引はICC）): an arbitration is no
// court and may sit abroad. One that denies it (仲裁によらない, 仲裁は
// 行わない, no arbitration) does not.
func bracketArbitration(line string) bool {
	l := strings.ToLower(line)
	return (containsAny(l, "仲裁", "arbitra") || hasWord(l, "siac", "icc", "jcaa", "hkiac", "lcia", "jams", "aaa", "icdr")) &&
		!containsAny(l, "によらな", "によらず", "行わな", "しない", "しません", "no arbitra", "not arbitra", "without arbitra")
}

// bracketExcludesCourt reports whether c, a clause of a court's bracket
// (abroadBeside), excludes the courts of the places abroad it names and
// says nothing more: 米国の裁判所は除く, 米国の裁判所の管轄を除く,
// excluding the courts of the United States leave the court outside
// brackets alone. One that excludes a party or a suit (米国ユーザーを除く,
// 米国での訴訟を除く, except users in Singapore: they may be heard
// elsewhere), leaves other places (米国の裁判所を除く全世界の裁判所), or
// names an alternative, a rule or an arbitration is not such a clause.
func bracketExcludesCourt(c string) bool {
	l := strings.ToLower(c)
	return containsAny(l, "除く", "除き", "除外", "excluding", "except", "excluded") &&
		containsAny(l, "裁判所", "法院", "管轄", "court", "jurisdiction", "tribunal") &&
		!containsAny(l, bracketParty...) && !containsAny(l, bracketSame...) && !containsAny(l, bracketPartyRule...) &&
		!containsAny(l, courtExclusionNotOnly...) && !hasWord(l, "or", "all", "any", "unless")
}

// courtExclusionNotOnly are the words (half width, lower case) that make
// a clause excluding courts abroad say more than that (bracketExcludesCourt):
// a suit, an arbitration, an alternative or other places.
var courtExclusionNotOnly = []string{"訴訟", "提訴", "訴え", "仲裁", "又は", "または", "もしくは", "若しくは", "も可", "ただし", "但し",
	"世界", "各国", "他国", "その他", "他の", "全て", "すべて", "以外", "suit", "action", "proceeding", "arbitra", "alternative",
	"world", "countr", "other", "elsewhere"}

// bracketSaysSame reports whether c, a clause of a bracket (abroadBeside),
// names a party (or a translation) and says the same court or law applies
// to it, with no alternative, forum, law, rule of the party's own or
// negation.
func bracketSaysSame(c string) bool {
	l := strings.ToLower(c)
	party := containsAny(l, bracketParty...) || strings.Contains(l, "との") && strings.Contains(l, "を含む")
	translation := containsAny(l, "語訳", "語版", "translation") && containsAny(l, "参考", "reference")
	same := translation || containsAny(l, bracketSame...)
	return party && same && !containsAny(l, bracketNotSame...) &&
		!containsAny(strings.ReplaceAll(l, "法人", ""), bracketForum...) && !hasWord(l, bracketForumWords...) &&
		!containsAny(l, bracketPartyRule...)
}

// bracketListItem reports whether c, a clause of a bracket naming a
// place abroad, is an item of a list (米国 or 米国法人 in 米国法人、シンガポール
// 法人との紛争を含む): it names places or parties and says nothing of
// them, no word of bracketSame, bracketNotSame, bracketForum or
// bracketPartyRule.
func bracketListItem(c string) bool {
	l := strings.ToLower(c)
	return !containsAny(l, bracketSame...) && !containsAny(l, bracketNotSame...) &&
		!containsAny(strings.ReplaceAll(l, "法人", ""), bracketForum...) && !hasWord(l, bracketForumWords...) &&
		!containsAny(l, bracketPartyRule...)
}

// isASCIIText reports whether v (half width) is written in ASCII only.
func isASCIIText(v string) bool {
	for i := 0; i < len(v); i++ {
		if v[i] >= utf8.RuneSelf {
			return false
		}
	}
	return true
}

// bracketSame are the words (half width, lower case) of a bracket naming
// a party abroad that say the same court or law applies to it
// (abroadBeside); 参考 and reference count for a translation only.
var bracketSame = []string{"を含む", "含め", "含みます", "も同じ", "にも適用", "にも同じ", "も同様", "including", "includes", "also appl"}

// bracketNotSame are the words (half width, lower case) that deny
// bracketSame: 米国法人を含まない, not including users in Singapore.
var bracketNotSame = []string{"含まな", "含みません", "含めな", "含めず", "含まず", "適用しな", "適用されな", "適用せず", "適用外", "同じではな",
	"同じでな", "同様ではな", "not includ", "not appl", "does not", "do not"}

// bracketParty are the words (half width, lower case) of a bracket that
// names whom a court or law clause concerns, or a translation of it, not
// a court or law (abroadBeside).
var bracketParty = []string{"法人", "子会社", "会社", "企業", "利用者", "ユーザー", "語訳", "語版", "subsidiar", "user", "entit", "translation"}

// bracketForum are the words (half width, lower case; 法人 taken out
// first) that make a bracket naming a place abroad name an alternative
// court or law, a forum or an exception (abroadBeside), whatever party it
// names.
var bracketForum = []string{"又は", "または", "もしくは", "若しくは", "も可", "訴訟", "提訴", "訴え", "仲裁", "ただし", "但し", "準拠",
	"裁判", "地裁", "高裁", "管轄", "法", "court", "arbitra", "tribunal", "jurisdiction", "law", "suit", "except", "unless", "alternative"}

// bracketPartyRule are the words (half width, lower case) that give a
// party a rule of its own or a condition (米国子会社は米国, 米国法人の場合は
// シンガポール, 米国ユーザーにはカリフォルニア州, 米国子会社との紛争はシンガポール): a bracket naming a place abroad with one is abroad
// (abroadBeside), whatever party it names.
var bracketPartyRule = []string{"法人は", "子会社は", "会社は", "企業は", "利用者は", "ユーザーは", "場合", "には", "については",
	"紛争は", "契約は", "取引は"}

// bracketForumWords are the English words of bracketForum read as whole
// words ("or", not "for" or "Singapore").
var bracketForumWords = []string{"or"}

// hasWord reports whether v (lower case) holds one of words as a whole
// word (between letters that are not ASCII letters).
func hasWord(v string, words ...string) bool { return wholeWord(v, false, words) }

// wholeWord reports whether v holds one of words as a whole word: between
// characters that are not ASCII letters; with dotted, a dot right after
// the word is taken as part of it (U.S. as U.S), so that a letter after
// the dot still joins the word.
func wholeWord(v string, dotted bool, words []string) bool {
	for _, w := range words {
		for i := 0; ; {
			k := strings.Index(v[i:], w)
			if k < 0 {
				break
			}
			k += i
			e := k + len(w)
			if dotted && e < len(v) && v[e] == '.' {
				e++ // U.S. as U.S
			}
			if (k == 0 || !isASCIILetter(v[k-1])) && (e == len(v) || !isASCIILetter(v[e])) {
				return true
			}
			i = k + 1
		}
	}
	return false
}

// namesAbroad reports whether v names a country other than Japan
// (riskassess.CountriesNamed), a state or federation (州, 連邦, "State
// of", "federal"; 九州 is in Japan), a US state by its name alone
// (usStates: California, カリフォルニア), a country of the UK (England,
// イングランド), 英法 or 米法, a country or group by its short name in
// capitals (US, U.S., USA, UK, EU …: hasCaseWord; not us), a city,
// state or region abroad (紐育, 倫敦, London, ソウル, 北米, ASEAN, Asean,
// ｱｾｱﾝ: placeAbroad; a country in kanji,
// 独国 or 星港, is CountriesNamed's) or a place abroad by its adjective before
// law, court or jurisdiction (English law, Irish courts, US law:
// foreignAdjectives; not the English version).
func namesAbroad(v string) bool {
	if slices.ContainsFunc(riskassess.CountriesNamed(v), func(c string) bool { return c != "JP" }) ||
		placeAbroad(v) {
		return true
	}
	l := strings.ToLower(halfWidth(v))
	return containsAny(strings.ReplaceAll(v, "九州", ""), "州", "連邦", "state of", "federal") ||
		hasWord(l, usStates...) || containsAny(v, usStatesKatakana...) ||
		hasWord(l, "england", "wales", "scotland") || containsAny(v, "イングランド", "ウェールズ", "スコットランド", "英法", "米法", "英米法") ||
		hasCaseWord(halfWidth(v), shortNamesAbroad...) ||
		containsAny(v, "一般データ保護規則") ||
		slices.ContainsFunc(foreignAdjectives, func(a string) bool {
			return hasWord(l, a+" law", a+" laws", a+" court", a+" courts", a+" jurisdiction", a+" tribunal")
		})
}

// shortNamesAbroad are the short names in capitals of countries and
// groups abroad (US, UK, EU, GDPR …) and of cities and states abroad
// (citiesAbroadShort), read as whole words with their case (namesAbroad).
var shortNamesAbroad = append([]string{"US", "U.S", "USA", "U.S.A", "UK", "U.K", "EU", "E.U", "EEA", "UAE", "PRC", "HK", "ROK", "GDPR", "CCPA", "APAC", "EMEA", "LATAM"},
	citiesAbroadShort...)

// citiesAbroadShort are the short names in capitals of cities and states
// abroad that a court's or law's text uses (NY law, 日本法（ただしNY法も適用）,
// 東京地裁（LAの裁判所も可）), read as whole words with their case (NYAN
// is no NY). Before, such a bracket was read as naming no place and the
// court or law as Japan's alone.
var citiesAbroadShort = []string{"NY", "N.Y", "NYC", "N.Y.C", "SF", "S.F", "LA", "L.A", "KL", "K.L", "BKK", "HCMC", "H.C.M.C", "CA", "DC", "D.C"}

// placeAbroad reports whether v names a city, a US state or a region of
// the world abroad (riskassess.PlaceAbroadNamed: 紐育, 倫敦, Frankfurt,
// ソウル, 北米, ASEAN in any case or width).
func placeAbroad(v string) bool {
	_, ok := riskassess.PlaceAbroadNamed(v)
	return ok
}

// foreignAdjectives are the adjectives (lower case) of the places abroad
// terms of service most name, read before law, court or jurisdiction
// (namesAbroad: English law, Irish courts; not English version).
var foreignAdjectives = []string{"english", "british", "scottish", "welsh", "irish", "american", "german", "french", "dutch",
	"swiss", "swedish", "danish", "finnish", "norwegian", "italian", "spanish", "belgian", "austrian", "european",
	"chinese", "korean", "taiwanese", "singaporean", "singapore", "indian", "australian", "canadian", "israeli",
	"hong kong", "luxembourg", "u.s.", "us", "uk", "eu"}

// hasCaseWord reports whether v holds one of words, written as it is
// (case kept: US, not us), as a whole word: between characters that are
// not ASCII letters, and not followed by a letter after a dot.
func hasCaseWord(v string, words ...string) bool { return wholeWord(v, true, words) }

// usStates are the US states' names (lower case, whole words) that a
// court or law clause names without "State of" or 州 (namesAbroad):
// Japanese law (users in California: California).
var usStates = []string{"alabama", "alaska", "arizona", "arkansas", "california", "colorado", "connecticut", "delaware",
	"florida", "hawaii", "idaho", "illinois", "indiana", "iowa", "kansas", "kentucky", "louisiana", "maine", "maryland",
	"massachusetts", "michigan", "minnesota", "mississippi", "missouri", "montana", "nebraska", "nevada", "new hampshire",
	"new jersey", "new mexico", "new york", "north carolina", "north dakota", "ohio", "oklahoma", "oregon", "pennsylvania",
	"rhode island", "south carolina", "south dakota", "tennessee", "texas", "utah", "vermont", "virginia", "washington",
	"west virginia", "wisconsin", "wyoming"}

// usStatesKatakana are the US states most named in terms of service, in
// katakana without 州 (namesAbroad): 日本法（米国ユーザーはカリフォルニア）.
var usStatesKatakana = []string{"カリフォルニア", "ニューヨーク", "デラウェア", "ワシントン", "テキサス", "ネバダ", "イリノイ",
	"マサチューセッツ", "フロリダ", "バージニア", "ヴァージニア", "オレゴン", "ニュージャージー", "コロラド"}

func approvalNotExpired(_ *req, s *riskassess.Subject) riskassess.Result {
	// The valid_until of the approval in force on the as-of date
	// (Approval.ValidUntilOn): a pending renewal's own, or the one of the
	// approval it renews, recorded in the history.
	until, path := s.Entry.Base().Approval.ValidUntilOn(s.AsOf)
	if until.IsZero() {
		return result(riskassess.OutcomeMet, "approval.valid_until", "承認に期限はない", "the approval has no end date")
	}
	return expiry(until, path, s.AsOf)
}

// choice maps the answer to a choice question to an outcome; other
// answers are not met.
func choice(outcomes map[string]riskassess.Outcome) checkFunc {
	return func(q *req, s *riskassess.Subject) riskassess.Result {
		v, r, done := answeredReq(s, q)
		if done {
			return r
		}
		o, known := outcomes[v]
		if !known {
			return result(riskassess.OutcomeNotMet, q.path, "回答「"+v+"」は選択肢にない", "the answer "+strconv.Quote(v)+" is not one of the choices")
		}
		return resultJE(o, q.path, []string{"回答「", v, "」"}, []string{"answered ", strconv.Quote(v)})
	}
}

// noClass2OnTerms: a terms-based service holds only class 1 information.
func noClass2OnTerms(q *req, s *riskassess.Subject) riskassess.Result {
	c := serviceOf(s).Class.Confidentiality
	switch r := confRank(s); {
	case r == 0:
		return byAnswer(q, s)
	case r >= 2:
		return resultJE(riskassess.OutcomeNotMet, "class", []string{"約款サービスで機密性 ", c, " の情報を扱っている"}, []string{"a terms-based service holds confidentiality ", c, " information"})
	}
	return resultJE(riskassess.OutcomeMet, "class", []string{"機密性 ", c, " のみ"}, []string{"confidentiality ", c, " only"})
}

// contractsEn is "contract X" and then one, or "contracts X, Y" and then
// many: the English start of a message about the contracts ids.
func contractsEn(ids []string, one, many string) string {
	if len(ids) == 1 {
		return "contract " + ids[0] + one
	}
	return "contracts " + strings.Join(ids, ", ") + many
}

// segmentFitsDelivery: segments are recorded; internet cloud services are
// not used from the My Number segment, no system is used from both the My
// Number and the internet segment, and LGWAN-ASP is used from LGWAN.
func segmentFitsDelivery(_ *req, s *riskassess.Subject) riskassess.Result {
	v := serviceOf(s)
	const p = "segments"
	if len(v.Segments) == 0 {
		return result(riskassess.OutcomeNotMet, p, "利用するネットワーク区分が記録されていない", "the network segment is not recorded")
	}
	switch {
	case (v.Delivery == riskassess.DeliverySaaS || v.Delivery == riskassess.DeliveryIaaSPaaS) && slices.Contains(v.Segments, riskassess.SegmentMyNumber):
		return result(riskassess.OutcomeNotMet, p, "インターネット経由のクラウドをマイナンバー利用事務系から利用している", "an internet cloud service is used from the My Number segment")
	case slices.Contains(v.Segments, riskassess.SegmentMyNumber) && slices.Contains(v.Segments, riskassess.SegmentInternet):
		// Policy 6(3): the My Number segment is cut off from the internet;
		// one system used from both joins them, whatever its delivery.
		return result(riskassess.OutcomeNotMet, p, "同じシステムをマイナンバー利用事務系とインターネット接続系の両方から利用している", "the same system is used from both the My Number and the internet segment")
	case v.Delivery == riskassess.DeliveryLGWANASP && !slices.Contains(v.Segments, riskassess.SegmentLGWAN):
		return result(riskassess.OutcomeNotMet, p, "LGWAN-ASPをLGWAN接続系以外から利用している", "an LGWAN-ASP service is used from outside the LGWAN segment")
	}
	return result(riskassess.OutcomeMet, p, "区分と提供形態が整合", "segment and delivery model fit")
}

// ---- Social-media checks --------------------------------------------------

// listedOnOwnSite: the listing URL is recorded and, when register.yaml
// gives the website, is on the same site (sameSite: www.host and host are
// one site).
func listedOnOwnSite(q *req, s *riskassess.Subject) riskassess.Result {
	l := strings.TrimSpace(socialOf(s).ListedOn)
	if l == "" {
		return byAnswer(q, s)
	}
	if saysNoDocument(l) {
		return noneRecorded(l, "listed_on")
	}
	if namesNoDocument(l) {
		return noDocumentRecorded(l, "listed_on")
	}
	if r, off := offOwnSite(s, l, "listed_on", "掲載先 "); off {
		return r
	}
	return resultJE(riskassess.OutcomeMet, "listed_on", []string{"掲載先 ", l}, []string{"listed at ", l})
}

// offOwnSite returns the result for a page l of field path (labelled
// labelJa in Japanese) that should be on our own website but is not: not
// met on the account's own platform (a post or its profile: not a website
// we manage, and gone with the account) or on another social-media
// platform the register knows (riskassess.PlatformOfHost), partial on
// another site than register.yaml's website. off is false when l is on
// our website or nothing tells.
func offOwnSite(s *riskassess.Subject, l, path, labelJa string) (r riskassess.Result, off bool) {
	got, okL := urlHost(l)
	// A page on the account's own platform (its profile) is not a
	// website we manage, whatever register.yaml says of our website
	// (instagram.com and www.instagram.com are one platform, and so are
	// twitter.com and x.com: riskassess.PlatformOfHost).
	if acc, ok1 := urlHost(strings.TrimSpace(socialOf(s).URL)); ok1 && acc != "" {
		if okL && samePlatform(acc, got) {
			return resultJE(riskassess.OutcomeNotMet, path, []string{labelJa, l, " はアカウントと同じプラットフォーム（", acc, "）で、自ら管理するサイトではない"},
				[]string{l, " is on the account's own platform (", acc, "), not a website we manage"}), true
		}
	}
	site, okSite := "", false
	if s.Org != nil && s.Org.Website != "" {
		site, okSite = websiteHost(s.Org.Website)
		okSite = okSite && site != ""
	}
	// A page of another social-media platform the register knows (the X
	// account listed on the council's Facebook page) is no website we
	// manage either: it was met when register.yaml gives no website, and
	// partial, as another site, when it does.
	if okL && (!okSite || !sameSite(site, got)) {
		if p, known := riskassess.PlatformOfHost(got); known {
			return resultJE(riskassess.OutcomeNotMet, path, []string{labelJa, l, " はソーシャルメディア（", p.Label(riskassess.LangJa), "）のページで、自ら管理するサイトではない"},
				[]string{l, " is a page of a social-media platform (", p.Label(riskassess.LangEn), "), not a website we manage"}), true
		}
	}
	if okSite && okL && !sameSite(site, got) {
		return resultJE(riskassess.OutcomePartial, path, []string{labelJa, l, " は自サイト（", site, "）ではない"}, []string{l, " is not on our own website (", site, ")"}), true
	}
	return riskassess.Result{}, false
}

// noticeOnOwnSite is the check of SNS-17: the notice of suspension or
// retirement recorded (notice_url), on our own website. A notice posted
// only on the account's platform (x.com/NAME/status/ID) or on another site
// was met as any recorded text is.
func noticeOnOwnSite(q *req, s *riskassess.Subject) riskassess.Result {
	v := socialOf(s).NoticeURL
	if strings.TrimSpace(v) != "" && !saysNoDocument(v) && !namesNoDocument(v) {
		if r, off := offOwnSite(s, strings.TrimSpace(v), "notice_url", "告知ページ "); off {
			return r
		}
	}
	return noticeRecorded(q, s)
}

// noticeRecorded is recorded(notice_url), the rest of SNS-17.
var noticeRecorded = recorded(func(s *riskassess.Subject) (string, string) { return socialOf(s).NoticeURL, "notice_url" })

// samePlatform reports whether hosts a and b serve one platform the
// register knows (riskassess.PlatformOfHost: x.com and twitter.com,
// youtube.com and youtu.be, …), or else are one site (sameSite).
func samePlatform(a, b string) bool {
	if pa, ok := riskassess.PlatformOfHost(a); ok {
		pb, ok := riskassess.PlatformOfHost(b)
		return ok && pa == pb
	}
	return sameSite(a, b)
}

// sameSite reports whether the hosts a and b name the same website: equal
// but for case and a leading "www." on either (www.city.example.lg.jp and
// city.example.lg.jp serve one site, and a council lists its accounts on
// either).
func sameSite(a, b string) bool {
	return strings.EqualFold(trimWWW(a), trimWWW(b))
}

// trimWWW returns host without a leading "www." (in any case).
func trimWWW(host string) string {
	if len(host) > 4 && strings.EqualFold(host[:4], "www.") {
		return host[4:]
	}
	return host
}

// urlHost returns the Host of url.Parse(raw); ok is false when raw does
// not parse. A URL of the plain form scheme://host[/?#...] whose host is
// letters, digits, dots and hyphens, with no control character and no
// escape (%) anywhere, is read without url.Parse (which allocates a URL):
// url.Parse gives that host as written and no error.
func urlHost(raw string) (host string, ok bool) {
	if h, ok := plainURLHost(raw); ok {
		return h, true
	}
	u, err := url.Parse(raw)
	if err != nil {
		return "", false
	}
	return u.Host, true
}

// plainURLHost returns the host of raw when raw is of the plain form
// urlHost reads itself; ok is false otherwise.
func plainURLHost(raw string) (host string, ok bool) {
	i := 0
	for i < len(raw) && (isASCIILetter(raw[i]) || i > 0 && (raw[i] >= '0' && raw[i] <= '9' || raw[i] == '+' || raw[i] == '-' || raw[i] == '.')) {
		i++
	}
	if i == 0 || !strings.HasPrefix(raw[i:], "://") {
		return "", false
	}
	start := i + 3
	end := start
	for end < len(raw) && (isASCIILetter(raw[end]) || raw[end] >= '0' && raw[end] <= '9' || raw[end] == '.' || raw[end] == '-') {
		end++
	}
	if end == start || end < len(raw) && raw[end] != '/' && raw[end] != '?' && raw[end] != '#' {
		return "", false
	}
	for j := end; j < len(raw); j++ {
		if c := raw[j]; c < ' ' || c == 0x7f || c == '%' {
			return "", false
		}
	}
	return raw[start:end], true
}

// isASCIILetter reports whether c is an ASCII letter.
func isASCIILetter(c byte) bool { return c|0x20 >= 'a' && c|0x20 <= 'z' }

// parsedWebsite is an organisation's website and its host (url.Parse);
// ok is false when it does not parse.
type parsedWebsite struct {
	website, host string
	ok            bool
}

// lastWebsite is the website websiteHost parsed last: every entry of a
// register has the same.
var lastWebsite atomic.Pointer[parsedWebsite]

// websiteHost returns the host of the URL website (url.Parse); ok is false
// when it does not parse.
func websiteHost(website string) (host string, ok bool) {
	if p := lastWebsite.Load(); p != nil && p.website == website {
		return p.host, p.ok
	}
	p := &parsedWebsite{website: website}
	if u, err := url.Parse(website); err == nil {
		p.host, p.ok = u.Host, true
	}
	lastWebsite.Store(p)
	return p.host, p.ok
}

// responsiblePerson: a section and a position or person are named, and
// they exist in register.yaml when it lists them. A position alone needs
// people in register.yaml to tell its holder (else partial).
func responsiblePerson(_ *req, s *riskassess.Subject) riskassess.Result {
	o := socialOf(s).Responsible
	// A section, position or person written as "未定", "なし" or
	// "担当課長（未定）" names nobody (namesNobody).
	for _, f := range []*string{&o.Section, &o.Position, &o.Person} {
		if namesNobody(*f) {
			*f = ""
		}
	}
	switch {
	case o.Section == "":
		return result(riskassess.OutcomeNotMet, "responsible.section", "責任者の所属が記録されていない", "no section recorded for the responsible person")
	case o.Position == "" && o.Person == "":
		return result(riskassess.OutcomeNotMet, "responsible", "責任者（役職または職員）が記録されていない", "no responsible position or person recorded")
	case s.Org != nil && len(s.Org.Sections) > 0 && s.Org.Section(o.Section) == nil:
		qs := strconv.Quote(o.Section)
		return result(riskassess.OutcomeNotMet, "responsible.section", "所属 "+qs+" は register.yaml の sections にない", "section "+qs+" is not in sections of register.yaml")
	case o.Person != "":
		return personOnLine(s, o.Person, "responsible.person", o.Section) // also not met when out of post
	}
	sp := o.Section + " " + o.Position
	if s.Org != nil && len(s.Org.People) > 0 {
		// The post's holder is the responsible person; a vacant post or
		// several holders leave the account without one.
		switch hs := s.Org.Holders(o.Section, o.Position, s.AsOf); len(hs) {
		case 0:
			return resultJE(riskassess.OutcomeNotMet, "responsible", []string{sp, " は空席（people に在任者がいない）"}, []string{sp, " is vacant (nobody in people holds it)"})
		case 1:
			return resultJE(riskassess.OutcomeMet, "responsible", []string{sp, "（現任 ", hs[0].ID, "）"}, []string{sp, " (held by ", hs[0].ID, ")"})
		default:
			return resultJE(riskassess.OutcomePartial, "responsible", []string{sp, " の在任者が複数いる。責任者を responsible.person に記入する"}, []string{"several people hold ", sp, ": name the responsible one in responsible.person"})
		}
	}
	// A post without people in register.yaml to tell its holder names no
	// person: BLK-SNS-NO-RESPONSIBLE asks for one in post, and SNS-06 was
	// met by the post alone.
	return resultJE(riskassess.OutcomePartial, "responsible",
		[]string{sp, " は役職のみで、register.yaml に people がなく在任者が分からない。責任者を responsible.person に記入するか、people に職員を記録する"},
		[]string{sp, " is a post alone, and register.yaml lists no people to tell who holds it: name the responsible person in responsible.person, or list staff in people"})
}

// passwordWithin is SNS-14's yearly part: the password changed within 12
// months (within).
var passwordWithin = within(12, func(s *riskassess.Subject) (riskassess.Date, string) {
	return socialOf(s).PasswordChangedOn, "password_changed_on"
})

// passwordChanged is SNS-14: the password is changed at least once a year
// (passwordWithin) and when those in charge change (担当者の異動時, the
// requirement's text). A credential custodian or operator who took the
// account over after the last change was handed a password their
// predecessor still knows: not met, naming them and the day they took
// over, which is its Due (riskassess.Social.PasswordTakeoverOn, the rule
// the password's due item follows too). It was met on the yearly date
// alone: in the example, kato-y (from 2027-04-01, sakamoto-r's
// successor) written in as x-chofu-gikai's custodian, whose password was
// last changed on 2026-10-01. Someone of another division named on
// purpose is judged on their own posting: ueno-s of 情報政策課 (from
// 2027-04-01, no post before) written in as custodian took over too, while
// SNS-04 and SNS-20 report nobody, since they never held a post on the
// account's line. Someone still named who left the line after the change
// (PasswordTakeover.Left: until in people on or after it; not in post, or
// moved off the line) still knows the password: not met, due the day after
// they left; it was met while SNS-20 reported them gone (the example's
// ogawa-h, until 2026-10-31, x-chofu-gikai changed on 2026-10-01). A
// departure people does not date is SNS-04's and SNS-20's; without people
// nothing is known of changes.
func passwordChanged(q *req, s *riskassess.Subject) riskassess.Result {
	r := passwordWithin(q, s)
	if r.Outcome != riskassess.OutcomeMet || s.Org == nil || len(s.Org.People) == 0 {
		return r
	}
	a := socialOf(s)
	changed, _, _ := riskassess.LastDone(a.PasswordChangedOn, s.Answers, q.qid)
	t, ok := a.PasswordTakeoverOn(s.Org, changed, s.AsOf)
	if !ok {
		return r
	}
	var cb, fb [10]byte
	c, f := string(changed.AppendISO(cb[:0])), string(t.From.AppendISO(fb[:0]))
	ja, en := t.Person.Label(t.ID, riskassess.LangJa), t.Person.Label(t.ID, riskassess.LangEn)
	if t.Left {
		// Still named on the account, they left its line after the
		// change, knowing the password (PasswordTakeover.Left).
		if t.LastDay.IsZero() {
			return withDue(resultJE(riskassess.OutcomeNotMet, t.Field,
				[]string{ja, " は担当の課を離れているが、その日が people に記録されていない。パスワードの最終変更は ", c, " で、異動の後に変更されたか分からない（previous に until を記録する）"},
				[]string{en, " has left the account's division on a day people does not give; the password was last changed on ", c, ", not known to be after they left (record until in previous)"}), t.From)
		}
		var lb [10]byte
		l := string(t.LastDay.AppendISO(lb[:0]))
		return withDue(resultJE(riskassess.OutcomeNotMet, t.Field,
			[]string{ja, " は ", l, " まで担当していた（people）が、パスワードの最終変更は ", c, " で、担当者の異動時に変更されていない"},
			[]string{en, " was in charge until ", l, " (people), but the password was last changed on ", c, ": not changed when those in charge changed"}), t.From)
	}
	// No post recorded on the day of the change (as APR-01 reads a
	// sign-off then): they came after it, unless people's previous lacks
	// their earlier post on the line, which the message asks for.
	hintJa, hintEn := "", ""
	if !t.HeldThen {
		hintJa, hintEn = "（以前から担当していたなら、その職を people の previous に記録する）", " (if they were in charge before, record that post in previous in people)"
	}
	return withDue(resultJE(riskassess.OutcomeNotMet, t.Field,
		[]string{ja, " が ", f, " から担当しているが、パスワードの最終変更は ", c, " で、担当者の異動時に変更されていない", hintJa},
		[]string{en, " has been in charge since ", f, ", but the password was last changed on ", c, ": not changed when those in charge changed", hintEn}), t.From)
}

// personOnLine is person, partial when the person named has moved off
// line's line (offLine; Organisation.SameLine: line, the sections above
// it and those below): the record names someone who now works in another
// division (validate warns staff-moved, and the site marks the name
// 基準日には別の課・役職), and it was met as anyone in post. line is the
// entry's section the role belongs to, as validate reads it
// (report.Assignments): a service's owner.section for its manager, an
// account's responsible.section (else owner.section) for its operators
// and credential custodian, responsible.section for its responsible
// person. A person whose section is not recorded, or an empty line, is
// not judged so.
func personOnLine(s *riskassess.Subject, id, path, line string) riskassess.Result {
	r := person(s, id, path)
	if r.Outcome != riskassess.OutcomeMet {
		return r
	}
	if off, moved := offLine(s, personFound(s, id), id, path, line); moved {
		return off
	}
	return r
}

// offLine returns personOnLine's partial result for person p (named id
// at path; nil when register.yaml does not list them) when p has moved
// off line's line (riskassess.Person.MovedOffLine: in post on the as-of
// date in a section off it, after a posting on it in previous). moved is
// false otherwise: someone of another division named on purpose (a
// service managed by the information policy division) never held a post
// on the line. SNS-14's takeover rule (PasswordTakeoverOn) skips only the
// people this reports.
func offLine(s *riskassess.Subject, p *riskassess.Person, id, path, line string) (r riskassess.Result, moved bool) {
	if p == nil || !p.MovedOffLine(s.Org, line, s.AsOf) {
		return r, false
	}
	sec, _, _ := p.PostOn(s.AsOf)
	ja, en := p.Label(id, riskassess.LangJa), p.Label(id, riskassess.LangEn)
	sj, se := sectionLabels(s.Org, sec)
	lj, le := sectionLabels(s.Org, line)
	return resultJE(riskassess.OutcomePartial, path,
		[]string{ja, " は基準日には ", sj, " に異動していて、", lj, " の系統にいない。後任を記録する"},
		[]string{en, " has moved to ", se, " by the as-of date, off the line of ", le, ": record their successor"}), true
}

// operatorsNamed: at least one operator, each a known person.
func operatorsNamed(_ *req, s *riskassess.Subject) riskassess.Result {
	ops := socialOf(s).Operators
	if len(ops) == 0 {
		return result(riskassess.OutcomeNotMet, "operators", "投稿担当者が記録されていない", "no operators recorded")
	}
	line := socialOf(s).StaffSection()
	var movedOp riskassess.Result // the first operator moved off the line (offLine): partial
	moved := false
	for i, p := range ops {
		// person's message for a known person is not used: its path and
		// message are built only for one that is not.
		f := personFound(s, p)
		if !personKnown(s, p, f) || !personInPost(s, f) {
			return person(s, p, "operators["+strconv.Itoa(i)+"]")
		}
		if !moved {
			movedOp, moved = offLine(s, f, p, operatorPaths.at(i), line)
		}
	}
	if moved {
		return movedOp
	}
	n := strconv.Itoa(len(ops))
	return resultJE(riskassess.OutcomeMet, "operators", []string{"投稿担当者 ", n, "名"}, []string{n, " operators"})
}

// ---- Checks for several kinds --------------------------------------------

// classStated: every class is stated on all three axes with known levels;
// a missing integrity or availability level is partial.
func classStated(_ *req, s *riskassess.Subject) riskassess.Result {
	var buf riskassess.ClassificationScheme
	sc := schemeOf(s, &buf)
	// judge returns the result for a class that is not fully stated; the
	// path is contracts[i].information[j].class, or class when i < 0.
	judge := func(c riskassess.Classification, i, j int) (riskassess.Result, bool) {
		path := func() string {
			if i < 0 {
				return "class"
			}
			return "contracts[" + strconv.Itoa(i) + "].information[" + strconv.Itoa(j) + "].class"
		}
		switch {
		case c.Confidentiality == "":
			return result(riskassess.OutcomeNotMet, path(), "機密性の分類が記載されていない", "the confidentiality class is not stated"), true
		case riskassess.RankOf(sc.Confidentiality, c.Confidentiality) == 0:
			qc := strconv.Quote(c.Confidentiality)
			return result(riskassess.OutcomeNotMet, path(), "機密性 "+qc+" は分類基準にない", "confidentiality "+qc+" is not in the classification scheme"), true
		case riskassess.RankOf(sc.Integrity, c.Integrity) == 0 || riskassess.RankOf(sc.Availability, c.Availability) == 0:
			return result(riskassess.OutcomePartial, path(), "完全性または可用性の分類が記載されていない（または基準にない）", "the integrity or availability class is missing or unknown"), true
		}
		return riskassess.Result{}, false
	}
	switch e := s.Entry.(type) {
	case *riskassess.Service:
		if r, bad := judge(e.Class, -1, -1); bad {
			return r
		}
		c := e.Class.Confidentiality + "/" + e.Class.Integrity + "/" + e.Class.Availability
		return resultJE(riskassess.OutcomeMet, "class", []string{"分類 ", c}, []string{"class ", c})
	case *riskassess.Contractor:
		if len(e.Contracts) == 0 {
			return result(riskassess.OutcomeNotMet, "contracts", "契約と取り扱う情報が記録されていない", "no contracts or information recorded")
		}
		n := 0
		for i := range e.Contracts {
			c := &e.Contracts[i]
			for j := range c.Information {
				n++
				if r, bad := judge(c.Information[j].Class, i, j); bad {
					return r
				}
			}
		}
		if n == 0 {
			return result(riskassess.OutcomeNotMet, "contracts[].information", "取り扱う情報が記録されていない", "no information recorded")
		}
		ns := strconv.Itoa(n)
		return resultJE(riskassess.OutcomeMet, "contracts[].information[].class", []string{ns, "件すべて分類済み"}, []string{"all ", ns, " items classified"})
	}
	return notApplicable("分類の対象外", "not classified")
}

// positionLabels returns report.PositionLabel of id in Japanese and in
// English, looking the position up once.
func positionLabels(org *riskassess.Organisation, id string) (ja, en string) {
	p := org.Position(id)
	return p.Label(id, riskassess.LangJa), p.Label(id, riskassess.LangEn)
}

// approvalChain: the approval carries a sign-off of every position the
// approval chain of register.yaml requires at the entry's kind and
// residual risk (riskassess.ApprovalRoute), each by a person who held that
// position on the day of the sign-off when the sign-off names one
// (signerProblem), and none dated on or before the decision before this
// one (previousDecision): that sign-off was of the earlier decision; nor
// one by a person who signed an earlier step (sameSigner). It is
// checked after the residual risk is known
// (after_residual in requirements.yaml).
func approvalChain(_ *req, s *riskassess.Subject) riskassess.Result {
	const p = "approval.signatures"
	var rb [16]riskassess.RouteStep // on the stack for a short route
	route := riskassess.AppendApprovalRoute(rb[:0], s.Org, s.Entry, s.Residual)
	// The message lists the positions that did not sign (with their role)
	// or, when every required one did, those that signed: the parts of
	// each list are collected (on the stack for a short route) and written
	// once by resultJE. The lists start after the message's first parts
	// (3 and 1), filled in at the end.
	var mjb, meb [48]string
	var ojb, oeb [16]string
	const mfirst, ofirst = 3, 1
	missJa, missEn, okJa, okEn := mjb[:mfirst], meb[:mfirst], ojb[:ofirst], oeb[:ofirst]
	a := &s.Entry.Base().Approval
	prev, hasPrev := previousDecision(a)
	// The required steps signed so far, by position: a person who signed
	// one may not sign another (起案 and 決裁 by one hand is no route).
	var sb [16]riskassess.Signature
	signers := sb[:0]
	for _, st := range route {
		pos, posEn := positionLabels(s.Org, st.Step.Position)
		missing, late := st.Missing(), st.Required && st.Signature.On.After(s.AsOf)
		// A sign-off dated on or before the decision that came before
		// this one (a renewal whose signatures were left from the last
		// approval) belongs to that decision, not to this one.
		stale := st.Required && !missing && !late && hasPrev && !st.Signature.On.IsZero() && !st.Signature.On.After(prev.On)
		var whoJa, whoEn string // why the signer could not sign, if they could not
		if st.Required && !missing && !late && !stale {
			whoJa, whoEn = signerProblem(s.Org, s.Entry.Base().Owner.Section, st.Signature, a.DecidedOn)
			if whoJa == "" {
				whoJa, whoEn = sameSigner(s.Org, signers, st.Signature)
				signers = append(signers, st.Signature)
			}
		}
		if (missing || late || stale || whoJa != "") && len(missJa) > mfirst {
			missJa, missEn = append(missJa, "、"), append(missEn, ", ")
		}
		switch {
		case missing:
			missJa = append(missJa, pos, "（", st.Step.Role.Ja, "）")
			missEn = append(missEn, posEn, " (", st.Step.Role.In("en"), ")")
		case late:
			// Signed after the as-of date: not signed by then (or a slip).
			d := st.Signature.On.String()
			missJa = append(missJa, pos, "（", st.Step.Role.Ja, "、決裁日 ", d, " は基準日より後）")
			missEn = append(missEn, posEn, " (", st.Step.Role.In("en"), ", signed on ", d, ", after the as-of date)")
		case stale:
			d, pd, dd := st.Signature.On.String(), prev.On.String(), a.DecidedOn.String()
			pl, plEn := prev.Status.Label(riskassess.LangJa), strings.ToLower(prev.Status.Label(riskassess.LangEn))
			missJa = append(missJa, pos, "（", st.Step.Role.Ja, "、決裁日 ", d, " は前の決定（", pd, " の", pl, "）以前で、", dd, " の決定の決裁ではない）")
			missEn = append(missEn, posEn, " (", st.Step.Role.In("en"), ", signed on ", d, ", on or before the previous decision (", plEn, " on ", pd, "): not a sign-off of the decision of ", dd, ")")
		case whoJa != "":
			// Signed by someone who did not hold the position that day:
			// no sign-off of the position (無権限の決裁).
			missJa = append(missJa, pos, "（", st.Step.Role.Ja, "、", whoJa, "）")
			missEn = append(missEn, posEn, " (", st.Step.Role.In("en"), ", ", whoEn, ")")
		case st.Required:
			if len(okJa) > ofirst {
				okJa, okEn = append(okJa, "、"), append(okEn, ", ")
			}
			okJa, okEn = append(okJa, pos), append(okEn, posEn)
		}
	}
	switch {
	case len(missJa) > mfirst:
		missJa[0], missJa[1], missJa[2] = "残留リスク「", s.Residual.Label("ja"), "」の決裁ルートで必要な "
		missEn[0], missEn[1], missEn[2] = "at residual risk ", s.Residual.Label("en"), " the approval chain requires "
		return resultJE(riskassess.OutcomeNotMet, p, append(missJa, " の決裁がない"), append(missEn, ", who did not sign"))
	case len(okJa) == ofirst:
		return notApplicable("この種別・残留リスクで必要な決裁の段階がない", "the approval chain has no step for this kind and residual risk")
	}
	okJa[0], okEn[0] = "必要な決裁がそろっている: ", "every required sign-off is present: "
	return resultJE(riskassess.OutcomeMet, p, okJa, okEn)
}

// personLabels returns p's name and id, 林 明日香（hayashi-a） and
// Asuka Hayashi (hayashi-a), or the id alone when p has no name.
func personLabels(p *riskassess.Person) (ja, en string) {
	if p.Name.Ja == "" {
		return p.ID, p.ID
	}
	return p.Name.In(riskassess.LangJa) + "（" + p.ID + "）", p.Name.In(riskassess.LangEn) + " (" + p.ID + ")"
}

// sectionLabels returns the name of section id in Japanese and English,
// or the id when it has none.
func sectionLabels(org *riskassess.Organisation, id string) (ja, en string) {
	if s := org.Section(id); s != nil && s.Name.Ja != "" {
		return s.Name.In(riskassess.LangJa), s.Name.In(riskassess.LangEn)
	}
	return id, id
}

// sameSigner returns, in Japanese and English, why sg cannot count as a
// sign-off of its step when its person also gave one of earlier, a
// sign-off of another position counted for an earlier step of the route:
// one person signing two steps (drafted as unit head, decided as division
// head after a move) leaves the route without the second person's check
// it stands for. It returns empty strings when sg names no person or no
// earlier sign-off has that person; a position signed once for two steps
// (ApprovalRoute) is one sign-off, not two; and a sign-off marked acting
// (代決, Signature.Acting), either of the two, is the exception the
// council's rules allow and the register records as such: a division
// head deciding for an absent director signs both the division head's
// step and, acting, the director's.
func sameSigner(org *riskassess.Organisation, earlier []riskassess.Signature, sg riskassess.Signature) (ja, en string) {
	if sg.Person == "" {
		return "", ""
	}
	if sg.Acting {
		return "", ""
	}
	i := slices.IndexFunc(earlier, func(e riskassess.Signature) bool {
		return e.Person == sg.Person && e.Position != sg.Position && !e.Acting
	})
	if i < 0 {
		return "", ""
	}
	whoJa, whoEn := sg.Person, sg.Person
	if p := org.Person(sg.Person); p != nil {
		whoJa, whoEn = personLabels(p)
	}
	posJa, posEn := positionLabels(org, earlier[i].Position)
	return whoJa + " が " + posJa + " としても決裁しており、一人が二つの段階を決裁している（別の人の決裁を受ける）",
		"signed by " + whoEn + ", who also signed as " + posEn + ": one person signed two steps (have another person sign)"
}

// previousDecision returns the decision of a's history that came before
// a's own: the latest record dated before a.DecidedOn that is a decision
// (not a request or a draft); ok is false when there is none, or a has no
// decided_on.
func previousDecision(a *riskassess.Approval) (d riskassess.DecisionRecord, ok bool) {
	if a.DecidedOn.IsZero() {
		return d, false
	}
	for _, h := range a.History {
		if h.On.IsZero() || !h.On.Before(a.DecidedOn) || h.Status == riskassess.StatusRequested || h.Status == riskassess.StatusDraft {
			continue
		}
		if !ok || !h.On.Before(d.On) {
			d, ok = h, true
		}
	}
	return d, ok
}

// signerProblem returns, in Japanese and English, why sg, a sign-off of
// its position, was not given by a person who held that position on the
// day of the sign-off (sg.On, else decidedOn, the approval's date), or
// empty strings when it was, or cannot be judged: no person named, or no
// day. The rule is Organisation.CheckSignOff's, the one validate's staff
// warnings follow (report.SignOffMismatches): the person among org's
// people, in that position that day by their postings (both days
// included; an earlier post recorded in previous), in a section on the
// line of the entry's owning section owner unless nobody on it held the
// position that day (the 情報セキュリティ管理者 of another division); a
// sign-off marked acting (代決・兼務) needs the person in some post.
func signerProblem(org *riskassess.Organisation, owner string, sg riskassess.Signature, decidedOn riskassess.Date) (ja, en string) {
	on := sg.On
	if on.IsZero() {
		on = decidedOn
	}
	if sg.Person == "" || on.IsZero() || org == nil {
		return "", ""
	}
	c := org.CheckSignOff(sg.Person, sg.Position, owner, on, sg.Acting)
	d := on.String()
	switch c.Standing {
	case riskassess.SignOffHeld:
		return "", "" // the common case: no message built
	case riskassess.SignOffUnknown:
		return d + " に決裁した " + sg.Person + " は register.yaml の people にいない（在任を確認できない）",
			"signed on " + d + " by " + sg.Person + ", who is not among the people of register.yaml (not shown to hold the post)"
	}
	p := c.Person
	whoJa, whoEn := personLabels(p)
	switch c.Standing {
	case riskassess.SignOffOffLine:
		posJa, posEn := positionLabels(org, c.Position)
		secJa, secEn := sectionLabels(org, c.Section)
		ownJa, ownEn := sectionLabels(org, owner)
		hJa, hEn := personLabels(c.Holder)
		return d + " に決裁した " + whoJa + " はその日 " + secJa + "の" + posJa + " で、所管（" + ownJa + "）の" + posJa + "ではない（その日の所管の" + posJa + "は " + hJa + "。代決なら決裁に acting: true を記録する）",
			"signed on " + d + " by " + whoEn + ", who was " + posEn + " of " + secEn + " that day, not the " + posEn + " of the owning section, " + ownEn + " (that day's was " + hEn + "; if they signed as a deputy, record acting: true in the signature)"
	case riskassess.SignOffOtherPost:
		posJa, posEn := positionLabels(org, c.Position)
		secJa, secEn := sectionLabels(org, c.Section)
		return d + " に決裁した " + whoJa + " はその日 " + secJa + "の" + posJa + " で、この役職にない（代決・兼務なら決裁に acting: true を記録する）",
			"signed on " + d + " by " + whoEn + ", who was " + posEn + " of " + secEn + " that day, not in this position (if they signed as a deputy or in a concurrent post, record acting: true in the signature)"
	}
	var tJa, tEn string
	switch from, until := p.From.String(), p.Until.String(); {
	case !p.From.IsZero() && !p.Until.IsZero():
		tJa, tEn = from+" から "+until+" まで在任", "in post from "+from+" to "+until
	case !p.Until.IsZero():
		tJa, tEn = until+" まで在任", "in post until "+until
	default:
		tJa, tEn = from+" から在任", "in post from "+from
	}
	if c.Standing == riskassess.SignOffLeft {
		return d + " に決裁した " + whoJa + " はその日在任していない（" + tJa + "）",
			"signed on " + d + " by " + whoEn + ", who was not in post that day (" + tEn + ")"
	}
	// SignOffUnrecorded: before the first recorded post (or between two),
	// the records show no post that day, so none to sign for.
	return d + " に決裁した " + whoJa + " のその日の在任の記録がない（" + tJa + "。以前の役職は people の previous に記録する）",
		"signed on " + d + " by " + whoEn + ", whose post that day is not recorded (" + tEn + "; record an earlier post in previous of people)"
}
