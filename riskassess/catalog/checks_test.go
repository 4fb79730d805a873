package catalog

import (
	"fmt"
	"slices"
	"strings"
	"testing"

	"github.com/gikai-sec/riskregister/riskassess"
	"github.com/google/go-cmp/cmp"
)

// Every requirement of the catalogue has table cases here; TestChecks fails
// when one has none, or lacks a met or a not-met case.

const (
	met    = riskassess.OutcomeMet
	part   = riskassess.OutcomePartial
	notMet = riskassess.OutcomeNotMet
	noAns  = riskassess.OutcomeNotAnswered
	na     = riskassess.OutcomeNotApplicable
)

var asOf = day("2026-11-27")

func day(s string) riskassess.Date {
	d, err := riskassess.ParseDate(s)
	if err != nil {
		panic(err)
	}
	return d
}

func class(c, i, a string) riskassess.Classification {
	return riskassess.Classification{Confidentiality: c, Integrity: i, Availability: a}
}

// tc is one case: the subject, the outcome wanted and, when not empty, the
// evidence path wanted.
type tc struct {
	name string
	s    *riskassess.Subject
	want riskassess.Outcome
	ev   string
}

// sub builds a subject for e with answers given as question id, value pairs.
func sub(e riskassess.Entry, qa ...string) *riskassess.Subject {
	ans := map[string]riskassess.Answer{}
	for i := 0; i+1 < len(qa); i += 2 {
		ans[qa[i]] = riskassess.Answer{Value: qa[i+1]}
	}
	return &riskassess.Subject{Org: &riskassess.Organisation{}, Entry: e, Answers: ans, AsOf: asOf}
}

// subAt is sub with the as-of date d.
func subAt(e riskassess.Entry, d string, qa ...string) *riskassess.Subject {
	s := sub(e, qa...)
	s.AsOf = day(d)
	return s
}

// withOrg sets the subject's organisation.
func withOrg(s *riskassess.Subject, o *riskassess.Organisation) *riskassess.Subject {
	s.Org = o
	return s
}

// ---- Entry builders ----

// con returns a contractor with one contract in force handling class 2
// information, changed by mods.
func con(mods ...func(*riskassess.Contractor)) *riskassess.Contractor {
	c := &riskassess.Contractor{
		Common: riskassess.Common{Approval: riskassess.Approval{Status: riskassess.StatusApproved, DecidedOn: day("2026-04-01")}},
		Contracts: []riskassess.Contract{{
			ID: "k1", Scope: "会議録作成", From: day("2026-04-01"), To: day("2027-03-31"),
			Information: []riskassess.InformationAccess{{Description: "会議録原稿", Class: class("2", "2", "1")}},
		}},
	}
	for _, m := range mods {
		m(c)
	}
	return c
}

func noContracts(c *riskassess.Contractor) { c.Contracts = nil }

// secondMyNumberContract adds a contract in force, k2, with My Number data
// and no segments.
func secondMyNumberContract(c *riskassess.Contractor) {
	c.Contracts = append(c.Contracts, riskassess.Contract{
		ID: "k2", Scope: "住民票写しの入力", From: day("2026-04-01"), To: day("2027-03-31"),
		Information: []riskassess.InformationAccess{{Description: "申請書", Class: class("3", "2", "1"), MyNumber: true}},
	})
}
func contractEnded(c *riskassess.Contractor) {
	c.Contracts[0].To = day("2026-06-30")
}
func personal(c *riskassess.Contractor) { c.Contracts[0].Information[0].PersonalData = true }
func myNumber(c *riskassess.Contractor) { c.Contracts[0].Information[0].MyNumber = true }
func class1(c *riskassess.Contractor) {
	c.Contracts[0].Information[0].Class = class("1", "1", "1")
}

// class1AndUnstated lists class 1 information and an item without a
// confidentiality class, which counts as class 2 (docs/scoring.md §2).
func class1AndUnstated(c *riskassess.Contractor) {
	class1(c)
	c.Contracts[0].Information = append(c.Contracts[0].Information, riskassess.InformationAccess{Description: "アカウント", Class: class("", "2", "2")})
}

// laterClass1 ends contract k1 on 2026-06-30 with its data returned on
// 2026-07-15, and adds k2, in force from 2026-07-01, with class 1
// information only: the contractor no longer holds k1's information.
func laterClass1(c *riskassess.Contractor) {
	contractEnded(c)
	c.Contracts[0].DataReturnedOn = day("2026-07-15")
	c.Contracts = append(c.Contracts, riskassess.Contract{ID: "k2", Scope: "日程表の作成", From: day("2026-07-01"), To: day("2027-03-31"),
		Information: []riskassess.InformationAccess{{Description: "日程表", Class: class("1", "1", "1")}}})
}

// renewedBy renews contract k1 by a contract "next" starting the day
// after it ends, which set (when not nil) fills in from k1.
func renewedBy(set func(old, next *riskassess.Contract)) func(*riskassess.Contractor) {
	return func(c *riskassess.Contractor) {
		old := &c.Contracts[0]
		old.RenewedBy = "next"
		next := riskassess.Contract{ID: "next", From: old.To.AddDays(1)}
		if set != nil {
			set(old, &next)
		}
		c.Contracts = append(c.Contracts, next)
	}
}

// carryInfo gives the renewal next the information of old (renewedBy).
func carryInfo(old, next *riskassess.Contract) { next.Information = old.Information }

// inMyNumberSegment puts contract k1's work in the My Number segment.
func inMyNumberSegment(c *riskassess.Contractor) {
	c.Contracts[0].Segments = []riskassess.Segment{riskassess.SegmentMyNumber}
}

// notReturned leaves the data of contract k1 not returned: still with the
// contractor after the contract ended.
func notReturned(c *riskassess.Contractor) { c.Contracts[0].DataReturnedOn = riskassess.Date{} }

// returnedLater records the return of k1's data after the as-of date.
func returnedLater(c *riskassess.Contractor) { c.Contracts[0].DataReturnedOn = day("2026-12-01") }

func withClauses(ids ...string) func(*riskassess.Contractor) {
	return func(c *riskassess.Contractor) {
		for _, id := range ids {
			c.Contracts[0].Clauses = append(c.Contracts[0].Clauses, riskassess.ContractClause{Requirement: id, Article: "第1条"})
		}
	}
}

// withArticle adds requirement id's clause at article to the first
// contract.
func withArticle(id, article string) func(*riskassess.Contractor) {
	return func(c *riskassess.Contractor) {
		c.Contracts[0].Clauses = append(c.Contracts[0].Clauses, riskassess.ContractClause{Requirement: id, Article: article})
	}
}

// svc returns a negotiated internet SaaS handling class 2 information.
func svc(mods ...func(*riskassess.Service)) *riskassess.Service {
	v := &riskassess.Service{
		Common:       riskassess.Common{Approval: riskassess.Approval{Status: riskassess.StatusApproved, DecidedOn: day("2026-04-01")}},
		ContractType: riskassess.ContractNegotiated, Delivery: riskassess.DeliverySaaS,
		Class: class("2", "2", "2"), Segments: []riskassess.Segment{riskassess.SegmentInternet},
	}
	for _, m := range mods {
		m(v)
	}
	return v
}

func svcClass1(v *riskassess.Service) { v.Class = class("1", "1", "1") }
func terms(v *riskassess.Service)     { v.ContractType = riskassess.ContractTerms }
func lgwan(v *riskassess.Service) {
	v.Delivery = riskassess.DeliveryLGWANASP
	v.Segments = []riskassess.Segment{riskassess.SegmentLGWAN}
}
func svcRetired(v *riskassess.Service) { v.Approval.Status = riskassess.StatusRetired }

// soc returns an active, approved social account.
func soc(mods ...func(*riskassess.Social)) *riskassess.Social {
	a := &riskassess.Social{
		Common:   riskassess.Common{Approval: riskassess.Approval{Status: riskassess.StatusApproved, DecidedOn: day("2026-04-01")}},
		Platform: riskassess.PlatformX, Handle: "gikai", Status: riskassess.AccountActive,
	}
	for _, m := range mods {
		m(a)
	}
	return a
}

func suspended(a *riskassess.Social) { a.Status = riskassess.AccountSuspended }
func socRetired(a *riskassess.Social) {
	a.Status = riskassess.AccountRetired
	a.Approval.Status = riskassess.StatusRetired
}

// ---- Case generators ----

// yesNo gives the five answer cases of a question-only requirement.
func yesNo(id string, e func() riskassess.Entry) []tc {
	q := QuestionID(id)
	ev := "answers." + q
	return []tc{
		{"answer yes", sub(e(), q, "yes"), met, ev},
		{"answer no", sub(e(), q, "no"), notMet, ev},
		{"answer partial", sub(e(), q, "partial"), part, ev},
		{"answer na", sub(e(), q, "na"), na, ev},
		{"answer unknown word", sub(e(), q, "maybe"), notMet, ev},
		{"no answer", sub(e()), noAns, ev},
	}
}

// clauseCases covers a contract-clause requirement; cond makes the
// contract one the clause concerns, off one it does not (nil: none).
func clauseCases(id string, cond, off func(*riskassess.Contractor)) []tc {
	q := QuestionID(id)
	cs := []tc{
		{"clause present", sub(con(cond, withClauses(id))), met, "contracts[0].clauses[0]"},
		{"clause missing", sub(con(cond, withClauses("OUT-99"))), notMet, "contracts[0].clauses"},
		{"second contract lacks it", sub(con(cond, withClauses(id), func(c *riskassess.Contractor) {
			k := c.Contracts[0]
			k.ID, k.Clauses = "k2", nil
			c.Contracts = append(c.Contracts, k)
		})), notMet, "contracts[1].clauses"},
		{"no contract recorded, answer yes", sub(con(noContracts), q, "yes"), met, "answers." + q},
		{"no contract recorded, answer no", sub(con(noContracts), q, "no"), notMet, ""},
		{"no contract recorded, no answer", sub(con(noContracts)), noAns, ""},
		{"contract ended, information returned", sub(con(cond, contractEnded, func(c *riskassess.Contractor) {
			c.Contracts[0].DataReturnedOn = day("2026-07-15")
		})), na, ""},
		// An ended contract whose information is still with the contractor
		// keeps needing its clauses (clauseBound).
		{"contract ended, information not returned", sub(con(cond, contractEnded)), notMet, "contracts[0].clauses"},
		{"contract ended with the clause, information not returned", sub(con(cond, contractEnded, withClauses(id))), met, "contracts[0].clauses[0]"},
		// A clause listed with an article that says the contract lacks it
		// (なし, 追加予定) is no clause of the contract: it was met as
		// 条項あり. One whose article number is only not known (-, 不明,
		// 未定) stays recorded as present.
		{"article says none", sub(con(cond, withArticle(id, "なし"))), notMet, "contracts[0].clauses[0]"},
		{"article says not applicable", sub(con(cond, withArticle(id, "該当しない"))), notMet, "contracts[0].clauses[0]"},
		{"article to be added", sub(con(cond, withArticle(id, "追加予定（次回更新時）"))), notMet, "contracts[0].clauses[0]"},
		{"article says none, another entry with the article", sub(con(cond, withArticle(id, "なし"), withClauses(id))), met, "contracts[0].clauses[1]"},
		{"article a dash", sub(con(cond, withArticle(id, "-"))), met, "contracts[0].clauses[0]"},
		{"article number not known", sub(con(cond, withArticle(id, "不明"))), met, "contracts[0].clauses[0]"},
		{"article not recorded", sub(con(cond, withArticle(id, ""))), met, "contracts[0].clauses[0]"},
		{"article in a schedule", sub(con(cond, withArticle(id, "特記事項 第3項"))), met, "contracts[0].clauses[0]"},
		// なし with a note naming where the clause is written: the
		// contract has it, with no article number of its own.
		{"article none, note names the schedule", sub(con(cond, withArticle(id, "なし（特記事項第3項で規定）"))), met, "contracts[0].clauses[0]"},
		{"article none, note names the specification", sub(con(cond, withArticle(id, "なし（仕様書4.2に記載）"))), met, "contracts[0].clauses[0]"},
		{"article none, note says to be added", sub(con(cond, withArticle(id, "なし（追加予定）"))), notMet, "contracts[0].clauses[0]"},
		{"article none, note names a place to be added", sub(con(cond, withArticle(id, "なし（次回更新時に第5条として追加予定）"))), notMet, "contracts[0].clauses[0]"},
	}
	if off != nil {
		cs = append(cs, tc{"contract not concerned", sub(con(off)), na, ""})
	}
	return cs
}

func entry[T riskassess.Entry](f func(...func(T)) T, mods ...func(T)) func() riskassess.Entry {
	return func() riskassess.Entry { return f(mods...) }
}

func with(cs []tc, more ...tc) []tc { return append(cs, more...) }

func ptr(b bool) *bool { return &b }

// ---- The cases ----

func cases() map[string][]tc {
	anyCon := entry(con)
	anySvc := entry(svc)
	termsSvc := entry(svc, terms)
	activeSoc := entry(soc)
	noop := func(*riskassess.Contractor) {}
	m := map[string][]tc{}

	// Contractors: selection.
	for _, id := range []string{"OUT-01", "OUT-03", "OUT-05", "OUT-08", "OUT-33"} {
		m[id] = yesNo(id, anyCon)
	}
	m["OUT-06"] = with(yesNo("OUT-06", anyCon), tc{"class 1 only", sub(con(class1)), na, ""},
		tc{"class 1 and an item without a class", sub(con(class1AndUnstated), "Q-OUT-06", "no"), notMet, ""},
		// Class 2 only under a contract ended with its data returned: the
		// contractor handles class 1 now (as inherent risk counts it).
		tc{"class 2 ended and returned, class 1 in force", sub(con(laterClass1), "Q-OUT-06", "no"), na, ""},
		tc{"class 2 ended, not returned", sub(con(laterClass1, notReturned), "Q-OUT-06", "no"), notMet, ""},
		tc{"class 2 ended, returned after the as-of date", sub(con(laterClass1, returnedLater), "Q-OUT-06", "no"), notMet, ""},
		tc{"everything ended and returned", sub(con(contractEnded, func(c *riskassess.Contractor) { c.Contracts[0].DataReturnedOn = day("2026-07-15") }), "Q-OUT-06", "no"), na, ""})
	cert := func(t riskassess.CertType, until string) func(*riskassess.Contractor) {
		return func(c *riskassess.Contractor) {
			c.Certifications = append(c.Certifications, riskassess.Certification{Type: t, Number: "IS 000", ValidUntil: day(until)})
		}
	}
	obtained := func(on string) func(*riskassess.Contractor) { // obtained_on of the last certificate
		return func(c *riskassess.Contractor) { c.Certifications[len(c.Certifications)-1].ObtainedOn = day(on) }
	}
	named := func(n string) func(*riskassess.Contractor) { // name of the last certificate
		return func(c *riskassess.Contractor) { c.Certifications[len(c.Certifications)-1].Name = n }
	}
	m["OUT-02"] = []tc{
		{"valid", sub(con(cert(riskassess.CertISMS, "2028-01-31"))), met, "certifications[0].valid_until"},
		{"expired", sub(con(cert(riskassess.CertISMS, "2026-01-31"))), notMet, "certifications[0].valid_until"},
		{"expires within 90 days", sub(con(cert(riskassess.CertISMS, "2027-01-31"))), part, ""},
		{"expired and renewed", sub(con(cert(riskassess.CertISMS, "2026-01-31"), cert(riskassess.CertISMS, "2029-01-31"))), met, "certifications[1].valid_until"},
		{"expiry not recorded", sub(con(func(c *riskassess.Contractor) {
			c.Certifications = []riskassess.Certification{{Type: riskassess.CertISMS}}
		})), part, ""},
		{"obtained after the as-of date, answer no", sub(con(cert(riskassess.CertISMS, "2029-01-31"), obtained("2026-12-01")), "Q-OUT-02", "no"), notMet, "answers.Q-OUT-02"},
		{"obtained after the as-of date, no answer", sub(con(cert(riskassess.CertISMS, "2029-01-31"), obtained("2026-12-01"))), noAns, ""},
		{"obtained after the as-of date beside an expired one", sub(con(cert(riskassess.CertISMS, "2026-01-31"), cert(riskassess.CertISMS, "2029-01-31"), obtained("2026-12-01"))), notMet, "certifications[0].valid_until"},
		{"obtained on the as-of date", sub(con(cert(riskassess.CertISMS, "2029-01-31"), obtained("2026-11-27"))), met, "certifications[0].valid_until"},
		{"other type only, answer no", sub(con(cert(riskassess.CertPrivacyMark, "2028-01-31")), "Q-OUT-02", "no"), notMet, "answers.Q-OUT-02"},
		// A name that says the certificate is not held (applied for,
		// withdrawn) is not held, whatever its type and expiry
		// (riskassess.CertNameSaysNotHeld, as the store reads it).
		{"name says applied for, answer no", sub(con(cert(riskassess.CertISMS, "2029-01-31"), named("ISO/IEC 27001（申請中）")), "Q-OUT-02", "no"), notMet, "answers.Q-OUT-02"},
		{"name says withdrawn, no answer", sub(con(cert(riskassess.CertISMS, "2029-01-31"), named("ISO/IEC 27001（取消）"))), noAns, ""},
		{"name says withdrawn beside a valid one", sub(con(cert(riskassess.CertISMS, "2029-01-31"), named("ISMS (revoked)"), cert(riskassess.CertISMS, "2028-01-31"))), met, "certifications[1].valid_until"},
		{"name with a bracket that holds it", sub(con(cert(riskassess.CertISMS, "2029-01-31"), named("ISO/IEC 27001（ISMS）"))), met, "certifications[0].valid_until"},
		// A renewal in progress or a scope in the bracket: held.
		{"name says renewal examined", sub(con(cert(riskassess.CertISMS, "2029-01-31"), named("ISMS（更新審査中）"))), met, "certifications[0].valid_until"},
		{"name says renewal planned", sub(con(cert(riskassess.CertISMS, "2029-01-31"), named("ISO/IEC 27001（2027年3月更新予定）"))), met, "certifications[0].valid_until"},
		{"name gives the scope", sub(con(cert(riskassess.CertISMS, "2029-01-31"), named("ISO/IEC 27001 (scope: application development)"))), met, "certifications[0].valid_until"},
		{"name gives the scope in Japanese", sub(con(cert(riskassess.CertISMS, "2029-01-31"), named("ISMS（認証範囲: 申請受付システムの運用）"))), met, "certifications[0].valid_until"},
		{"name gives the activity", sub(con(cert(riskassess.CertISMS, "2029-01-31"), named("ISO 27001 (IT planning and operations)"))), met, "certifications[0].valid_until"},
		// A bracket giving the expiry date (失効日：…) describes the
		// certificate: held, and valid_until decides, not the name's date.
		{"name gives a later expiry date", sub(con(cert(riskassess.CertISMS, "2027-03-31"), named("ISMS（失効日：2027年3月31日）"))), met, "certifications[0].valid_until"},
		{"name gives a past expiry date", sub(con(cert(riskassess.CertISMS, "2026-03-31"), named("ISMS（失効日：2026年3月31日）"))), notMet, "certifications[0].valid_until"},
		{"name gives the expiry date, none recorded", sub(con(func(c *riskassess.Contractor) {
			c.Certifications = []riskassess.Certification{{Type: riskassess.CertISMS, Name: "ISMS（失効日 2026年3月31日）"}}
		})), part, "certifications[0].valid_until"},
		{"name gives the expiry date without a colon", sub(con(cert(riskassess.CertISMS, "2029-01-31"), named("ISMS（失効日2029年1月31日）"))), met, "certifications[0].valid_until"},
		{"name says lapsed on a date, no answer", sub(con(cert(riskassess.CertISMS, "2029-01-31"), named("ISMS（2026年3月31日失効）"))), noAns, ""},
		{"name gives the revocation date, no answer", sub(con(cert(riskassess.CertISMS, "2029-01-31"), named("ISMS（取消日：2025年4月1日）"))), noAns, ""},
		{"none, answer yes", sub(con(), "Q-OUT-02", "yes"), met, ""},
		{"none, no answer", sub(con()), noAns, ""},
	}
	m["OUT-04"] = []tc{
		{"valid", sub(con(personal, cert(riskassess.CertPrivacyMark, "2028-01-31"))), met, "certifications[0].valid_until"},
		{"expired", sub(con(personal, cert(riskassess.CertPrivacyMark, "2025-01-31"))), notMet, ""},
		{"name says renewal applied for", sub(con(personal, cert(riskassess.CertPrivacyMark, "2027-01-31"), named("プライバシーマーク（更新申請中）"))), part, "certifications[0].valid_until"},
		{"name says applied for, answer no", sub(con(personal, cert(riskassess.CertPrivacyMark, "2028-01-31"), named("プライバシーマーク（申請中）")), "Q-OUT-04", "no"), notMet, ""},
		{"name says lapsed, no answer", sub(con(personal, cert(riskassess.CertPrivacyMark, "2028-01-31"), named("プライバシーマーク（2025年失効）"))), noAns, ""},
		{"none, answer no", sub(con(personal), "Q-OUT-04", "no"), notMet, ""},
		{"my number counts as personal", sub(con(myNumber), "Q-OUT-04", "yes"), met, ""},
		{"no personal data", sub(con()), na, ""},
		{"personal data ended and returned", sub(con(personal, laterClass1), "Q-OUT-04", "no"), na, ""},
		{"personal data ended, not returned", sub(con(personal, laterClass1, notReturned), "Q-OUT-04", "no"), notMet, ""},
	}
	incident := func(closed, reported string) func(*riskassess.Contractor) {
		return func(c *riskassess.Contractor) {
			in := riskassess.Incident{On: day("2025-05-01"), Summary: "誤送信"}
			if closed != "" {
				in.ClosedOn = day(closed)
			}
			if reported != "" {
				in.ReportedOn = day(reported)
			}
			c.Incidents = append(c.Incidents, in)
		}
	}
	m["OUT-07"] = []tc{
		{"open incident", sub(con(incident("", "2025-05-02")), "Q-OUT-07", "yes"), notMet, "incidents[0].closed_on"},
		{"closed after the as-of date", sub(con(incident("2026-12-01", "2025-05-02")), "Q-OUT-07", "yes"), notMet, "incidents[0].closed_on"},
		{"closed incidents, no answer", sub(con(incident("2025-07-01", ""))), met, "incidents"},
		{"closed incidents, answer no", sub(con(incident("2025-07-01", "")), "Q-OUT-07", "no"), notMet, ""},
		{"no incidents, answer yes", sub(con(), "Q-OUT-07", "yes"), met, ""},
		{"no incidents, no answer", sub(con()), noAns, ""},
		// An incident dated after the as-of date had not happened then.
		{"open incident after the as-of date", sub(con(incident("", ""), func(c *riskassess.Contractor) {
			c.Incidents[0].On = day("2026-12-10")
		}), "Q-OUT-07", "yes"), met, ""},
	}
	approval := func(st riskassess.ApprovalStatus, decided string) func(*riskassess.Common) {
		return func(c *riskassess.Common) {
			c.Approval = riskassess.Approval{Status: st, Approver: "kyokucho"}
			if decided != "" {
				c.Approval.DecidedOn = day(decided)
			}
		}
	}
	// withHistory is approval with the decisions of approval.history.
	withHistory := func(st riskassess.ApprovalStatus, decided string, h ...riskassess.DecisionRecord) func(*riskassess.Common) {
		return func(c *riskassess.Common) {
			approval(st, decided)(c)
			c.Approval.History = h
		}
	}
	approvalCases := func(e func(func(*riskassess.Common)) riskassess.Entry) []tc {
		return []tc{
			{"approved", sub(e(approval(riskassess.StatusApproved, "2026-04-01"))), met, "approval.status"},
			{"conditional", sub(e(approval(riskassess.StatusConditional, "2026-04-01"))), met, ""},
			{"approved without date", sub(e(approval(riskassess.StatusApproved, ""))), part, "approval.decided_on"},
			{"requested", sub(e(approval(riskassess.StatusRequested, ""))), notMet, "approval.status"},
			{"rejected", sub(e(approval(riskassess.StatusRejected, "2026-04-01"))), notMet, ""},
			{"no status", sub(e(approval("", ""))), notMet, ""},
			{"retired", sub(e(approval(riskassess.StatusRetired, "2026-04-01"))), na, ""},
			// Decided after the as-of date (2026-11-27): not approved by
			// then, unless the history holds an approval by then.
			{"approved after the as-of date", sub(e(approval(riskassess.StatusApproved, "2062-04-01"))), notMet, "approval.decided_on"},
			{"renewed after the as-of date", sub(e(withHistory(riskassess.StatusApproved, "2026-12-15",
				riskassess.DecisionRecord{Status: riskassess.StatusConditional, On: day("2025-12-01")}))), met, "approval.history"},
			{"history also after the as-of date", sub(e(withHistory(riskassess.StatusApproved, "2026-12-15",
				riskassess.DecisionRecord{Status: riskassess.StatusRequested, On: day("2026-10-01")},
				riskassess.DecisionRecord{Status: riskassess.StatusApproved, On: day("2026-12-01")}))), notMet, "approval.decided_on"},
			// A renewal applied for and not yet decided, recorded as the
			// approval itself: the approval before it stays in force (as
			// when the renewal's decision is recorded after the as-of date).
			{"renewal requested, not yet decided", sub(e(withHistory(riskassess.StatusRequested, "",
				riskassess.DecisionRecord{Status: riskassess.StatusApproved, On: day("2025-12-01")},
				riskassess.DecisionRecord{Status: riskassess.StatusRequested, On: day("2026-10-01")}))), met, "approval.history"},
			{"requested again after a rejection", sub(e(withHistory(riskassess.StatusRequested, "",
				riskassess.DecisionRecord{Status: riskassess.StatusApproved, On: day("2025-12-01")},
				riskassess.DecisionRecord{Status: riskassess.StatusRejected, On: day("2026-06-01")},
				riskassess.DecisionRecord{Status: riskassess.StatusRequested, On: day("2026-10-01")}))), notMet, "approval.status"},
		}
	}
	m["OUT-09"] = approvalCases(func(f func(*riskassess.Common)) riskassess.Entry {
		return con(func(c *riskassess.Contractor) { f(&c.Common) })
	})

	// Contractors: contract clauses.
	for _, id := range []string{"OUT-10", "OUT-11", "OUT-12", "OUT-14", "OUT-17", "OUT-19", "OUT-20", "OUT-22", "OUT-25"} {
		m[id] = clauseCases(id, noop, nil)
	}
	// OUT-10 is also not met while no contract is in effect after one
	// ended (contractGap; TestContractGap): the ended contract is the
	// contractor's only one in clauseCases.
	for i, c := range m["OUT-10"] {
		if strings.HasPrefix(c.name, "contract ended") {
			m["OUT-10"][i].want, m["OUT-10"][i].ev = notMet, ""
		}
	}
	for _, id := range []string{"OUT-13", "OUT-16", "OUT-18", "OUT-21"} {
		m[id] = with(clauseCases(id, noop, class1),
			tc{"class not stated counts as class 2", sub(con(func(c *riskassess.Contractor) {
				c.Contracts[0].Information = nil
			})), notMet, ""},
			tc{"class 1 and an item without a class", sub(con(class1AndUnstated)), notMet, "contracts[0].clauses"})
	}
	m["OUT-15"] = with(clauseCases("OUT-15", noop, class1),
		tc{"class 1 with personal data", sub(con(class1, personal)), notMet, ""},
		tc{"class 1 in the My Number segment", sub(con(class1, func(c *riskassess.Contractor) {
			c.Contracts[0].Segments = []riskassess.Segment{riskassess.SegmentMyNumber}
		})), notMet, ""})
	// Work in the My Number segment handles personal data (My Number
	// data, as OUT-26 reads it) even when no item says so.
	myNumberSeg := func(c *riskassess.Contractor) {
		c.Contracts[0].Segments = []riskassess.Segment{riskassess.SegmentMyNumber}
	}
	for _, id := range []string{"OUT-23", "OUT-24"} {
		m[id] = with(clauseCases(id, personal, noop),
			tc{"work in the My Number segment", sub(con(myNumberSeg)), notMet, "contracts[0].clauses"})
	}
	m["OUT-26"] = with(clauseCases("OUT-26", myNumber, personal),
		// Work in the My Number segment (policy 2(8): its systems and
		// data) reaches My Number data even when no item says so.
		tc{"work in the My Number segment", sub(con(func(c *riskassess.Contractor) {
			c.Contracts[0].Segments = []riskassess.Segment{riskassess.SegmentMyNumber}
		})), notMet, "contracts[0].clauses"})

	// Contractors: oversight.
	dated := func(f func(*riskassess.Contractor, riskassess.Date)) func(string) func(*riskassess.Contractor) {
		return func(s string) func(*riskassess.Contractor) {
			return func(c *riskassess.Contractor) { f(c, day(s)) }
		}
	}
	lastDoneCases := func(id, field string, set func(string) func(*riskassess.Contractor), cond func(*riskassess.Contractor)) []tc {
		q := QuestionID(id)
		return []tc{
			{"done 9 months ago", sub(con(cond, set("2026-02-27"))), met, field},
			{"done 13 months ago", sub(con(cond, set("2025-10-27"))), notMet, field},
			{"not recorded, answer date", sub(con(cond), q, "2026-05-01"), met, "answers." + q},
			{"not recorded, old answer date", sub(con(cond), q, "2024-05-01"), notMet, "answers." + q},
			{"not recorded, answer no", sub(con(cond), q, "no"), notMet, ""},
			{"not recorded, answer na", sub(con(cond), q, "na"), na, ""},
			{"not recorded, no answer", sub(con(cond)), noAns, ""},
			// A date after the as-of date was not done by then, or is a
			// slip (2062 for 2026): it counted as done for decades.
			{"done after the as-of date (slip)", sub(con(cond, set("2062-06-18"))), notMet, field},
			{"done the day after the as-of date", sub(con(cond, set("2026-11-28"))), notMet, field},
			{"done on the as-of date", sub(con(cond, set("2026-11-27"))), met, field},
			{"not recorded, answer date after the as-of date", sub(con(cond), q, "2062-05-01"), notMet, "answers." + q},
			// Within 12 months: the same day a year on (the 365th day) is
			// met, the next not; from a 29 February the year ends on the 28th.
			{"done a year ago to the day", sub(con(cond, set("2025-11-27"))), met, field},
			{"done a year and a day ago", sub(con(cond, set("2025-11-26"))), notMet, field},
			{"done on a leap day, a year on", subAt(con(cond, set("2024-02-29")), "2025-02-28"), met, field},
			{"done on a leap day, a year and a day on", subAt(con(cond, set("2024-02-29")), "2025-03-01"), notMet, field},
		}
	}
	m["OUT-30"] = with(lastDoneCases("OUT-30", "last_confirmed", dated(func(c *riskassess.Contractor, d riskassess.Date) { c.LastConfirmed = d }), noop),
		tc{"all contracts ended", sub(con(contractEnded)), na, ""})
	m["OUT-31"] = with(lastDoneCases("OUT-31", "last_onsite_check", dated(func(c *riskassess.Contractor, d riskassess.Date) { c.LastOnsiteCheck = d }), personal),
		tc{"no personal data", sub(con()), na, ""},
		// The yearly on-site check follows the personal data the
		// contractor holds, as its due item does (EXP-ONSITE).
		tc{"personal data ended and returned", sub(con(personal, laterClass1)), na, ""},
		tc{"personal data ended, not returned", sub(con(personal, laterClass1, notReturned)), noAns, ""},
		tc{"work in the My Number segment", sub(con(func(c *riskassess.Contractor) {
			c.Contracts[0].Segments = []riskassess.Segment{riskassess.SegmentMyNumber}
		})), noAns, ""},
		// Class 3C and higher calls for the yearly on-site (or remote)
		// check whatever the data (riskassess.Contractor.OnsiteCheckApplies,
		// as its due item): OUT-31 did not apply, while the item was due.
		// Class 2 alone, or a class not stated, does not.
		tc{"class 3C, no personal data", sub(con(func(c *riskassess.Contractor) {
			c.Contracts[0].Information[0].Class = class("3C", "1", "1")
		})), noAns, ""},
		tc{"class 3B, no personal data, checked", sub(con(func(c *riskassess.Contractor) {
			c.Contracts[0].Information[0].Class = class("3B", "1", "1")
			c.LastOnsiteCheck = day("2026-06-01")
		})), met, "last_onsite_check"},
		tc{"class not stated, no personal data", sub(con(func(c *riskassess.Contractor) {
			c.Contracts[0].Information[0].Class = riskassess.Classification{}
		})), na, ""},
		tc{"class 3C ended and returned", sub(con(func(c *riskassess.Contractor) {
			c.Contracts[0].Information[0].Class = class("3C", "1", "1")
		}, laterClass1)), na, ""})
	reviewLog := func(last string, log ...string) func(*riskassess.Contractor) {
		return func(c *riskassess.Contractor) {
			c.LastReviewed = day(last)
			for _, on := range log {
				c.Reviews = append(c.Reviews, riskassess.ReviewRecord{On: day(on)})
			}
		}
	}
	m["OUT-36"] = with(lastDoneCases("OUT-36", "last_reviewed", dated(func(c *riskassess.Contractor, d riskassess.Date) { c.LastReviewed = d }), noop),
		// last_reviewed after the as-of date (a past --as-of): the review
		// log's latest review by then decides, as for the next review
		// (riskassess.ReviewOf); it was scored "no date by then recorded".
		tc{"last_reviewed later, review log holds one by then", sub(con(reviewLog("2026-12-20", "2026-02-27", "2026-12-20"))), met, "reviews[0].on"},
		tc{"last_reviewed later, review log's one by then is old", sub(con(reviewLog("2026-12-20", "2025-10-27", "2026-12-20"))), notMet, "reviews[0].on"},
		tc{"last_reviewed later, review log all later", sub(con(reviewLog("2026-12-20", "2026-12-20"))), notMet, "last_reviewed"})
	report := dated(func(c *riskassess.Contractor, d riskassess.Date) {
		c.Reports = append(c.Reports, riskassess.Report{On: d, Title: "月次報告"})
	})
	m["OUT-32"] = []tc{
		{"recent report", sub(con(report("2025-01-10"), report("2026-09-30"))), met, "reports[1].on"},
		{"old report only", sub(con(report("2025-09-30"))), notMet, "reports[0].on"},
		// A report dated after the as-of date had not been received then:
		// the latest one by the as-of date decides.
		{"recent report and one dated later", sub(con(report("2026-09-30"), report("2062-01-10"))), met, "reports[0].on"},
		{"old report and one dated later", sub(con(report("2025-09-30"), report("2062-01-10"))), notMet, "reports[0].on"},
		{"only a report dated later", sub(con(report("2062-01-10"))), notMet, "reports[0].on"},
		{"no reports, answer yes", sub(con(), "Q-OUT-32", "yes"), met, ""},
		{"no reports, no answer", sub(con()), noAns, ""},
	}
	subc := func(approved string) func(*riskassess.Contractor) {
		return func(c *riskassess.Contractor) {
			s := riskassess.Subcontractor{Name: "下請株式会社"}
			if approved != "" {
				s.ApprovedOn = day(approved)
			}
			c.Contracts[0].Subcontractors = append(c.Contracts[0].Subcontractors, s)
		}
	}
	m["OUT-34"] = []tc{
		{"approved", sub(con(subc("2026-03-20"))), met, ""},
		{"one not approved", sub(con(subc("2026-03-20"), subc(""))), notMet, "contracts[0].subcontractors[1].approved_on"},
		{"approved after the as-of date", sub(con(subc("2026-12-08"))), notMet, "contracts[0].subcontractors[0].approved_on"},
		{"ended contract ignored", sub(con(subc(""), contractEnded), "Q-OUT-34", "na"), na, ""},
		{"none, answer na", sub(con(), "Q-OUT-34", "na"), na, ""},
		{"none, answer no", sub(con(), "Q-OUT-34", "no"), notMet, ""},
	}
	fix := func(due, closed string) func(*riskassess.Contractor) {
		return func(c *riskassess.Contractor) {
			r := riskassess.RemediationItem{Summary: "ログ保存期間の延長"}
			if due != "" {
				r.Due = day(due)
			}
			if closed != "" {
				r.ClosedOn = day(closed)
			}
			c.Remediation = append(c.Remediation, r)
		}
	}
	raised := func(on string) func(*riskassess.Contractor) { // raised_on of the last item
		return func(c *riskassess.Contractor) { c.Remediation[len(c.Remediation)-1].RaisedOn = day(on) }
	}
	m["OUT-35"] = []tc{
		{"raised after the as-of date: none then", sub(con(fix("2027-01-31", ""), raised("2026-12-10"))), na, ""},
		{"raised after the as-of date beside one open", sub(con(fix("2027-01-31", ""), raised("2026-12-10"), fix("2026-12-31", ""), raised("2026-11-01"))), met, "remediation[1].due"},
		{"raised on the as-of date", sub(con(fix("2026-12-31", ""), raised("2026-11-27"))), met, "remediation[0].due"},
		{"open, due later", sub(con(fix("2026-12-31", ""))), met, "remediation[0].due"},
		{"closed", sub(con(fix("2026-01-31", "2026-01-20"))), met, ""},
		{"closed after the as-of date, overdue then", sub(con(fix("2026-10-31", "2026-12-01"))), notMet, "remediation[0].due"},
		{"overdue", sub(con(fix("2026-12-31", ""), fix("2026-10-31", ""))), notMet, "remediation[1].due"},
		{"no due date", sub(con(fix("", ""))), part, ""},
		{"none recorded", sub(con()), na, ""},
	}
	seg := func(c *riskassess.Contractor) {
		c.Contracts[0].Segments = []riskassess.Segment{riskassess.SegmentLGWAN}
	}
	m["OUT-37"] = with(yesNo("OUT-37", entry(con, seg)), tc{"no system work", sub(con(), "Q-OUT-37", "no"), na, ""})
	m["OUT-38"] = []tc{
		{"information listed", sub(con()), met, ""},
		{"contract without information", sub(con(func(c *riskassess.Contractor) { c.Contracts[0].Information = nil })), notMet, "contracts[0].information"},
		{"no contracts, answer yes", sub(con(noContracts), "Q-OUT-38", "yes"), met, ""},
		{"no contracts, answer no", sub(con(noContracts), "Q-OUT-38", "no"), notMet, ""},
		// Information that says it is not known yet names none: it was met
		// (契約ごとに取り扱う情報を記録済み).
		{"information undecided", sub(con(func(c *riskassess.Contractor) { c.Contracts[0].Information[0].Description = "未定" })), notMet, "contracts[0].information"},
		{"information not written", sub(con(func(c *riskassess.Contractor) {
			c.Contracts[0].Information[0].Description = "記載なし（確認中）"
		})), notMet, "contracts[0].information"},
		{"information to be checked, beside a named one", sub(con(func(c *riskassess.Contractor) {
			c.Contracts[0].Information = append(c.Contracts[0].Information, riskassess.InformationAccess{Description: "確認中"})
		})), met, ""},
		{"information saying what is not handled", sub(con(func(c *riskassess.Contractor) {
			c.Contracts[0].Information[0].Description = "会議録原稿（個人情報なし）"
		})), met, ""},
	}
	returned := func(c *riskassess.Contractor) { c.Contracts[0].DataReturnedOn = day("2026-07-15") }
	m["OUT-39"] = []tc{
		{"returned", sub(con(contractEnded, returned)), met, ""},
		{"not returned", sub(con(contractEnded)), notMet, "contracts[0].data_returned_on"},
		// A return dated after the as-of date had not come then.
		{"returned after the as-of date", sub(con(contractEnded, func(c *riskassess.Contractor) { c.Contracts[0].DataReturnedOn = day("2026-11-28") })), notMet, "contracts[0].data_returned_on"},
		{"returned on the as-of date", sub(con(contractEnded, func(c *riskassess.Contractor) { c.Contracts[0].DataReturnedOn = day("2026-11-27") })), met, ""},
		{"ended last week, pending", sub(con(func(c *riskassess.Contractor) { c.Contracts[0].To = day("2026-11-20") })), part, ""},
		{"ended, class 1 only", sub(con(contractEnded, class1)), na, ""},
		{"in force", sub(con()), na, ""},
		// Renewed: the information stays with the contractor under the
		// contract that continues it; there is nothing to return.
		{"ended and renewed", sub(con(contractEnded, renewedBy(nil))), na, ""},
		// A renewal that no longer handles the personal data or the class 3
		// information leaves them to return or delete: skipped, they were
		// never asked for.
		{"renewed without the personal data", sub(con(contractEnded, personal, renewedBy(func(_, n *riskassess.Contract) {
			n.Information = []riskassess.InformationAccess{{Class: class("1", "1", "1")}}
		}))), notMet, "contracts[0].data_returned_on"},
		{"renewed with the personal data", sub(con(contractEnded, personal, renewedBy(carryInfo))), na, ""},
		// Work in the My Number segment handles personal data
		// (Contract.HandlesPersonalData): a renewal outside the segment
		// without a personal item drops it (it was read as carried on).
		{"My Number segment work renewed outside it", sub(con(contractEnded, inMyNumberSegment, renewedBy(carryInfo))), notMet, "contracts[0].data_returned_on"},
		{"My Number segment work renewed in it", sub(con(contractEnded, inMyNumberSegment, renewedBy(func(o, n *riskassess.Contract) {
			carryInfo(o, n)
			n.Segments = o.Segments
		}))), na, ""},
	}
	m["OUT-40"] = []tc{
		{"reported", sub(con(incident("", "2025-05-02"))), met, ""},
		{"not reported", sub(con(incident("2025-07-01", ""))), notMet, "incidents[0].reported_on"},
		{"reported after the as-of date", sub(con(incident("2025-07-01", "2026-12-01"))), notMet, "incidents[0].reported_on"},
		{"incident after the as-of date", sub(con(incident("", ""), func(c *riskassess.Contractor) { c.Incidents[0].On = day("2026-12-10") })), na, ""},
		{"no incidents", sub(con()), na, ""},
	}
	// A contract with My Number data records its segments, as a service
	// does under CLD-65: without them BLK-MYNUMBER-SEGMENT cannot see the
	// data handled outside the My Number segment; and no contract is used
	// from both the My Number and the internet segment.
	segments := func(gs ...riskassess.Segment) func(*riskassess.Contractor) { // of the first contract
		return func(c *riskassess.Contractor) { c.Contracts[0].Segments = gs }
	}
	m["OUT-41"] = []tc{
		{"my number, no segments", sub(con(myNumber)), notMet, "contracts[0].segments"},
		{"my number, segments recorded", sub(con(myNumber, func(c *riskassess.Contractor) {
			c.Contracts[0].Segments = []riskassess.Segment{riskassess.SegmentMyNumber}
		})), met, "contracts[].segments"},
		{"no my number data", sub(con()), na, ""},
		{"my number segment named, no item says so", sub(con(func(c *riskassess.Contractor) {
			c.Contracts[0].Segments = []riskassess.Segment{riskassess.SegmentMyNumber}
		})), met, "contracts[].segments"},
		// Work on both the My Number and the internet segment joins them
		// (policy 6(3), as CLD-65 for a service), whatever the
		// information: no item flagged my_number is needed.
		{"my number and internet segments, no item says my number", sub(con(segments(riskassess.SegmentMyNumber, riskassess.SegmentInternet))), notMet, "contracts[0].segments"},
		{"my number and internet segments, my number data", sub(con(myNumber, segments(riskassess.SegmentInternet, riskassess.SegmentMyNumber))), notMet, "contracts[0].segments"},
		{"my number and internet segments, ended and returned", sub(con(segments(riskassess.SegmentMyNumber, riskassess.SegmentInternet), contractEnded, func(c *riskassess.Contractor) {
			c.Contracts[0].DataReturnedOn = day("2026-07-15")
		})), na, ""},
		{"my number and lgwan segments", sub(con(segments(riskassess.SegmentMyNumber, riskassess.SegmentLGWAN))), met, "contracts[].segments"},
		{"lgwan and internet segments, no my number", sub(con(segments(riskassess.SegmentLGWAN, riskassess.SegmentInternet))), na, ""},
		{"one contract joins, another lacks segments", sub(con(myNumber, secondMyNumberContract, segments(riskassess.SegmentMyNumber, riskassess.SegmentInternet))), notMet, "contracts[0].segments"},
		// A contract that ended with its My Number data not returned is
		// live (Contractor.Live), as BLK-MYNUMBER-SEGMENT and inherent
		// risk count it; once the data were returned it is not.
		{"contract ended, data not returned", sub(con(myNumber, contractEnded)), notMet, "contracts[0].segments"},
		{"contract ended, data returned", sub(con(myNumber, contractEnded, func(c *riskassess.Contractor) {
			c.Contracts[0].DataReturnedOn = day("2026-07-15")
		})), na, ""},
		// Every contract lacking segments is named, not only the first.
		{"two contracts without segments", sub(con(myNumber, secondMyNumberContract)), notMet, "contracts[0].segments"},
		{"second contract without segments", sub(con(myNumber, secondMyNumberContract, func(c *riskassess.Contractor) {
			c.Contracts[0].Segments = []riskassess.Segment{riskassess.SegmentMyNumber}
		})), notMet, "contracts[1].segments"},
		{"no contracts", sub(con(noContracts)), na, ""},
	}

	// Services: rules.
	m["CLD-01"] = []tc{
		{"uses listed", sub(svc(func(v *riskassess.Service) { v.PermittedUses = []string{"会議録の共有"} })), met, "permitted_uses"},
		{"none, answer no", sub(svc(), "Q-CLD-01", "no"), notMet, "answers.Q-CLD-01"},
		{"none, no answer", sub(svc()), noAns, ""},
		{"says none", sub(svc(func(v *riskassess.Service) { v.PermittedUses = []string{"なし"} }), "Q-CLD-01", "yes"), notMet, "permitted_uses"},
		{"says none, in a few words", sub(svc(func(v *riskassess.Service) { v.PermittedUses = []string{"記載なし"} }), "Q-CLD-01", "yes"), notMet, "permitted_uses"},
		{"says none, in a few words, beside a use", sub(svc(func(v *riskassess.Service) { v.PermittedUses = []string{"記載なし", "会議録の共有"} })), met, "permitted_uses"},
		{"a use with a note", sub(svc(func(v *riskassess.Service) { v.PermittedUses = []string{"会議録の共有（個人情報なし）"} })), met, "permitted_uses"},
		// A use by a channel is a use, not a practice with no document
		// (saysPracticeOnly is read in document fields only).
		{"a use by chat", sub(svc(func(v *riskassess.Service) { v.PermittedUses = []string{"チャットで連絡"} })), met, "permitted_uses"},
		// A use on drafts is a use, not a draft document (saysDraft is read
		// in document fields only); it was partial.
		{"a use on drafts", sub(svc(func(v *riskassess.Service) { v.PermittedUses = []string{"会議資料（案）の共有"} })), met, "permitted_uses"},
		{"an unnamed attachment", sub(svc(func(v *riskassess.Service) { v.PermittedUses = []string{"別紙のとおり"} }), "Q-CLD-01", "yes"), part, "permitted_uses"},
		{"an unnamed attachment beside a use", sub(svc(func(v *riskassess.Service) { v.PermittedUses = []string{"別紙のとおり", "会議録の共有"} })), met, "permitted_uses"},
		{"a date alone", sub(svc(func(v *riskassess.Service) { v.PermittedUses = []string{"2026-04-01"} }), "Q-CLD-01", "yes"), part, "permitted_uses"},
		{"a date alone beside a use", sub(svc(func(v *riskassess.Service) { v.PermittedUses = []string{"令和8年4月1日", "会議録の共有"} })), met, "permitted_uses"},
	}
	m["CLD-02"] = yesNo("CLD-02", anySvc)
	positions := &riskassess.Organisation{Positions: []riskassess.Position{{ID: "kyokucho"}}}
	m["CLD-03"] = []tc{
		{"recorded", sub(svc(func(v *riskassess.Service) { v.Approval.Approver = "kyokucho" })), met, "approval.approver"},
		{"known position", withOrg(sub(svc(func(v *riskassess.Service) { v.Approval.Approver = "kyokucho" })), positions), met, ""},
		{"unknown position", withOrg(sub(svc(func(v *riskassess.Service) { v.Approval.Approver = "kacho" })), positions), notMet, ""},
		{"missing", sub(svc()), notMet, "approval.approver"},
		{"undecided, no positions listed", sub(svc(func(v *riskassess.Service) { v.Approval.Approver = "未定" })), notMet, "approval.approver"},
		// Judged by the decision in force on the as-of date, as CLD-32:
		// not the approver of a decision taken after it, nor the
		// applicant (an unlisted position here) of a pending renewal.
		{"decided after the as-of date", withOrg(sub(svc(func(v *riskassess.Service) {
			v.Approval = riskassess.Approval{Status: riskassess.StatusApproved, Approver: "kyokucho", DecidedOn: day("2026-12-10")}
		})), positions), notMet, "approval.approver"},
		{"renewal pending", withOrg(sub(svc(func(v *riskassess.Service) {
			v.Approval = riskassess.Approval{Status: riskassess.StatusRequested, Approver: "kacho", DecidedOn: day("2026-11-01"),
				History: []riskassess.DecisionRecord{
					{Status: riskassess.StatusApproved, Approver: "kyokucho", On: day("2025-12-01")},
					{Status: riskassess.StatusRequested, Approver: "kacho", On: day("2026-11-01")},
				}}
		})), positions), met, "approval.approver"},
	}
	people := &riskassess.Organisation{People: []riskassess.Person{{ID: "p-suzuki"}}}
	leftOrg := &riskassess.Organisation{People: []riskassess.Person{{ID: "p-suzuki"}, {ID: "p-left", Until: day("2026-03-31")}}}
	m["CLD-04"] = []tc{
		{"named", sub(svc(func(v *riskassess.Service) { v.Manager = "p-suzuki" })), met, "manager"},
		{"known person", withOrg(sub(svc(func(v *riskassess.Service) { v.Manager = "p-suzuki" })), people), met, ""},
		{"unknown person", withOrg(sub(svc(func(v *riskassess.Service) { v.Manager = "p-tanaka" })), people), notMet, ""},
		{"missing", sub(svc()), notMet, "manager"},
		{"undecided", sub(svc(func(v *riskassess.Service) { v.Manager = "未定" })), notMet, "manager"},
		{"a run of dashes", sub(svc(func(v *riskassess.Service) { v.Manager = "−−−" })), notMet, "manager"},
		// A person who left before the as-of date is nobody then, as for
		// SNS-06 and riskregister rotation.
		{"person who left", withOrg(sub(svc(func(v *riskassess.Service) { v.Manager = "p-left" })), leftOrg), notMet, "manager"},
		{"retired", sub(svc(svcRetired)), na, ""},
	}

	// Services: selection.
	top := func(v *riskassess.Service) { v.Class = class("3A", "2", "2") }
	m["CLD-10"] = []tc{
		{"class 2", sub(svc()), met, "class"},
		{"legacy class 3 is 3A", sub(svc(func(v *riskassess.Service) { v.Class = class("3", "2", "2") })), notMet, "class"},
		{"class 3A in SaaS", sub(svc(top)), notMet, "class"},
		{"class 3A with exception", sub(svc(top), "Q-CLD-10", "yes"), part, "answers.Q-CLD-10"},
		{"class 3A on premises", sub(svc(top, func(v *riskassess.Service) { v.Delivery = riskassess.DeliveryOnPremises })), met, ""},
		{"class not stated", sub(svc(func(v *riskassess.Service) { v.Class = riskassess.Classification{} })), noAns, "class"},
	}
	for _, id := range []string{"CLD-11", "CLD-12", "CLD-13", "CLD-14", "CLD-15", "CLD-16", "CLD-17", "CLD-21", "CLD-23", "CLD-24", "CLD-41"} {
		m[id] = with(yesNo(id, anySvc), tc{"class 1", sub(svc(svcClass1), QuestionID(id), "no"), na, ""})
	}
	// Integrity 2: tampering would harm residents or the work, so change
	// control (CLD-13) and backups (CLD-45) are needed (facts §2.2).
	i2 := func(v *riskassess.Service) { v.Class = class("1", "2", "1") }
	m["CLD-13"] = append(m["CLD-13"], tc{"class 1, integrity 2", sub(svc(i2), "Q-CLD-13", "no"), notMet, "answers.Q-CLD-13"})
	exit := func(ret, del *bool) func(*riskassess.Service) {
		return func(v *riskassess.Service) { v.Exit = &riskassess.Exit{DataReturn: ret, Deletion: del} }
	}
	m["CLD-18"] = []tc{
		{"return and deletion", sub(svc(exit(ptr(true), ptr(true)))), met, "exit"},
		{"return only", sub(svc(exit(ptr(true), nil))), part, "exit.deletion"},
		{"deletion only", sub(svc(exit(ptr(false), ptr(true)))), part, "exit.data_return"},
		{"neither", sub(svc(exit(ptr(false), ptr(false)))), notMet, "exit"},
		{"unknown, answer yes", sub(svc(exit(nil, nil)), "Q-CLD-18", "yes"), met, "answers.Q-CLD-18"},
		{"class 1", sub(svc(svcClass1)), na, ""},
		// Availability 2: losing the data harms stable operation, so the
		// exit plan is needed as the BCP is (CLD-45; facts §2.2).
		{"class 1, availability 2, no exit", sub(svc(func(v *riskassess.Service) { v.Class = class("1", "1", "2") }, exit(ptr(false), ptr(false)))), notMet, "exit"},
	}
	sla := func(p float64) func(*riskassess.Service) {
		return func(v *riskassess.Service) { v.SLA = &riskassess.SLA{Availability: p} }
	}
	m["CLD-19"] = []tc{
		{"99.9%", sub(svc(sla(99.9))), met, "sla.availability"},
		{"95%", sub(svc(sla(95))), part, ""},
		{"answer 99.5", sub(svc(), "Q-CLD-19", "99.5"), met, "answers.Q-CLD-19"},
		{"answer 0", sub(svc(), "Q-CLD-19", "0"), notMet, ""},
		{"answer not a number", sub(svc(sla(0)), "Q-CLD-19", "高い"), notMet, ""},
		// A vendor's slip (999 for 99.9, 1,000 for 100.0) met the
		// requirement; no availability is over 100%.
		{"answer 999", sub(svc(), "Q-CLD-19", "999"), notMet, "answers.Q-CLD-19"},
		{"answer 100.5%", sub(svc(), "Q-CLD-19", "100.5%"), notMet, "answers.Q-CLD-19"},
		{"answer 100", sub(svc(), "Q-CLD-19", "100"), met, "answers.Q-CLD-19"},
		{"answer NaN", sub(svc(), "Q-CLD-19", "NaN"), notMet, "answers.Q-CLD-19"},
		// strconv.ParseFloat reads Go's syntax: 9_9.9 was 99.9 (met),
		// 0x1p4 was 16 (partial).
		{"answer 9_9.9", sub(svc(), "Q-CLD-19", "9_9.9"), notMet, "answers.Q-CLD-19"},
		{"answer 0x1p4", sub(svc(), "Q-CLD-19", "0x1p4"), notMet, "answers.Q-CLD-19"},
		// A fraction (0.999 typed into a General cell for 99.9%) was
		// partial as "0.999% は 99% 未満"; sla.availability refuses it.
		{"answer 0.999", sub(svc(), "Q-CLD-19", "0.999"), notMet, "answers.Q-CLD-19"},
		{"answer 1", sub(svc(), "Q-CLD-19", "1"), notMet, "answers.Q-CLD-19"},
		{"answer 0.5", sub(svc(), "Q-CLD-19", "0.5"), notMet, "answers.Q-CLD-19"},
		{"answer 1.5", sub(svc(), "Q-CLD-19", "1.5"), part, "answers.Q-CLD-19"},
		{"answer 0.5%", sub(svc(), "Q-CLD-19", "0.5%"), part, "answers.Q-CLD-19"},
		{"no answer", sub(svc()), noAns, ""},
		{"class 1, availability 2", sub(svc(func(v *riskassess.Service) { v.Class = class("1", "1", "2") }), "Q-CLD-19", "0"), notMet, ""},
		{"class 1, availability 1", sub(svc(svcClass1)), na, ""},
	}
	loc := func(cs ...string) func(*riskassess.Service) {
		return func(v *riskassess.Service) {
			for _, c := range cs {
				v.DataLocations = append(v.DataLocations, riskassess.DataLocation{Country: c})
			}
		}
	}
	m["CLD-20"] = []tc{
		{"Japan", sub(svc(loc("JP", "jp"))), met, "data_locations"},
		{"Japan and US", sub(svc(loc("JP", "US"))), notMet, "data_locations"},
		{"unknown, answer yes", sub(svc(), "Q-CLD-20", "yes"), met, ""},
		{"class 1", sub(svc(svcClass1, loc("US"))), na, ""},
	}
	svcCert := func(t riskassess.CertType, until string) func(*riskassess.Service) {
		return func(v *riskassess.Service) {
			v.Certifications = append(v.Certifications, riskassess.Certification{Type: t, ValidUntil: day(until)})
		}
	}
	m["CLD-22"] = []tc{
		{"ISO 27017 valid", sub(svc(svcCert(riskassess.CertISO27017, "2028-03-31"))), met, "certifications[0].valid_until"},
		{"SOC 2 expired", sub(svc(svcCert(riskassess.CertSOC2, "2026-03-31"))), notMet, ""},
		{"none, answer no", sub(svc(), "Q-CLD-22", "no"), notMet, ""},
		{"class 1", sub(svc(svcClass1)), na, ""},
	}
	ismap := func(list riskassess.ISMAPList, until string, inScope *bool) func(*riskassess.Service) {
		return func(v *riskassess.Service) {
			v.ISMAP = &riskassess.ISMAP{List: list, Number: "C21-0005-2", ValidUntil: day(until), FunctionsInScope: inScope}
		}
	}
	m["CLD-25"] = []tc{
		{"listed", sub(svc(ismap(riskassess.ISMAPFull, "2027-12-31", nil))), met, "ismap.valid_until"},
		{"expired", sub(svc(ismap(riskassess.ISMAPFull, "2026-10-31", nil))), notMet, ""},
		{"LIU for class 2", sub(svc(ismap(riskassess.ISMAPLIU, "2027-12-31", nil))), met, ""},
		{"LIU for class 3B", sub(svc(ismap(riskassess.ISMAPLIU, "2027-12-31", nil), func(v *riskassess.Service) { v.Class = class("3B", "2", "2") })), part, "ismap.list"},
		// Without list the listing may be ISMAP-LIU's (L23-0042-1): not
		// known to meet class 3; for class 2 either list does.
		{"list not recorded for class 3C", sub(svc(ismap("", "2027-12-31", nil), func(v *riskassess.Service) { v.Class = class("3C", "1", "1") })), part, "ismap.list"},
		{"list not recorded for class 2", sub(svc(ismap("", "2027-12-31", nil))), met, "ismap.valid_until"},
		{"ISMAP for class 3A", sub(svc(ismap(riskassess.ISMAPFull, "2027-12-31", nil), func(v *riskassess.Service) { v.Class = class("3A", "2", "2") })), met, "ismap.valid_until"},
		{"not recorded, answer no", sub(svc(), "Q-CLD-25", "no"), notMet, ""},
		{"LGWAN-ASP", sub(svc(lgwan)), na, ""},
		{"class 1", sub(svc(svcClass1)), na, ""},
	}
	m["CLD-26"] = []tc{
		{"in scope", sub(svc(ismap(riskassess.ISMAPFull, "2027-12-31", ptr(true)))), met, "ismap.functions_in_scope"},
		{"out of scope", sub(svc(ismap(riskassess.ISMAPFull, "2027-12-31", ptr(false)))), notMet, ""},
		{"unknown, answer yes", sub(svc(ismap(riskassess.ISMAPFull, "2027-12-31", nil)), "Q-CLD-26", "yes"), met, "answers.Q-CLD-26"},
		{"listing answered only", sub(svc(), "Q-CLD-25", "yes", "Q-CLD-26", "no"), notMet, ""},
		{"not listed", sub(svc()), na, ""},
	}
	law := func(l, c string) func(*riskassess.Service) {
		return func(v *riskassess.Service) { v.GoverningLaw, v.Court = l, c }
	}
	m["CLD-28"] = []tc{
		{"日本法", sub(svc(law("日本法", ""))), met, "governing_law"},
		{"Japanese law", sub(svc(law("the laws of Japan", ""))), met, ""},
		{"Washington", sub(svc(law("Laws of the State of Washington", ""))), notMet, "governing_law"},
		{"日本法 with the CISG excluded", sub(svc(law("日本法（国際物品売買契約に関する国際連合条約を除く）", ""))), met, "governing_law"},
		{"Japanese or Singapore law", sub(svc(law("日本法又はシンガポール法", ""))), notMet, "governing_law"},
		{"a US state's law, translation in Japanese", sub(svc(law("米国ワシントン州法（日本語訳は参考）", ""))), notMet, "governing_law"},
		{"日本法, translations for reference", sub(svc(law("日本法（中国語訳・韓国語訳は参考）", ""))), met, "governing_law"},
		{"full-width Japan", sub(svc(law("Ｌａｗｓ ｏｆ Ｊａｐａｎ", ""))), met, "governing_law"},
		{"full-width JP", sub(svc(law("ＪＰ", ""))), met, "governing_law"},
		// Saying the law is not Japan's: these were met (日本 or Japan
		// named).
		{"日本以外の国の法", sub(svc(law("日本以外の国の法", ""))), notMet, "governing_law"},
		{"日本法以外", sub(svc(law("日本法以外の準拠法（提供者の定めによる）", ""))), notMet, "governing_law"},
		{"日本国外の法令", sub(svc(law("日本国外の法令", ""))), notMet, "governing_law"},
		{"other than Japanese law", sub(svc(law("a law other than Japanese law", ""))), notMet, "governing_law"},
		{"outside Japan", sub(svc(law("the laws of a state outside Japan", ""))), notMet, "governing_law"},
		{"日本法, foreign law excluded", sub(svc(law("日本法（外国法の適用を除く）", ""))), met, "governing_law"},
		{"full-width State of", sub(svc(law("Ｌａｗｓ ｏｆ Ｊａｐａｎ ａｎｄ ｔｈｅ Ｓｔａｔｅ ｏｆ Ｗａｓｈｉｎｇｔｏｎ", ""))), notMet, "governing_law"},
		// A country abroad in a bracket that names no law explains whom
		// the clause concerns (it was not met); one naming a law abroad
		// still makes the law foreign.
		{"日本法, a bracket naming a foreign party", sub(svc(law("日本法（米国法人との契約を含む）", ""))), met, "governing_law"},
		{"Japanese law, a bracket naming foreign users", sub(svc(law("the laws of Japan (including users in Singapore)", ""))), met, "governing_law"},
		{"日本法, a bracket naming a law abroad", sub(svc(law("日本法（又は米国ニューヨーク州法）", ""))), notMet, "governing_law"},
		{"Japanese law, a bracket naming a law abroad", sub(svc(law("the laws of Japan (or the laws of Singapore)", ""))), notMet, "governing_law"},
		// A bracket naming a place abroad that names no party, or names
		// an alternative or an exception beside one, makes the law
		// abroad (they were met).
		{"日本法, or a country in a bracket", sub(svc(law("日本法（又はシンガポール）", ""))), notMet, "governing_law"},
		{"日本法, a US state in a bracket", sub(svc(law("日本法（デラウェア州）", ""))), notMet, "governing_law"},
		{"日本法, but US rules", sub(svc(law("日本法（ただし米国の輸出管理規則に従う）", ""))), notMet, "governing_law"},
		{"日本法, a subsidiary under US rules", sub(svc(law("日本法（米国子会社は米国の準拠規定）", ""))), notMet, "governing_law"},
		{"日本法, a subsidiary's place abroad", sub(svc(law("日本法（米国子会社はデラウェア州）", ""))), notMet, "governing_law"},
		// A bracket naming a party abroad and a place abroad for it,
		// without saying Japanese law applies to that party too, makes
		// the law abroad (they were met).
		{"日本法, California for US users", sub(svc(law("日本法（米国ユーザーにはカリフォルニア州）", ""))), notMet, "governing_law"},
		{"日本法, Delaware for a US subsidiary's contracts", sub(svc(law("日本法（米国子会社との契約はデラウェア州）", ""))), notMet, "governing_law"},
		{"日本法, New York for US users", sub(svc(law("日本法（米国の利用者についてはニューヨーク州）", ""))), notMet, "governing_law"},
		{"Japanese law, California for users there", sub(svc(law("Japanese law (users in California: California)", ""))), notMet, "governing_law"},
		{"Japanese law, California alone", sub(svc(law("Japanese law (California)", ""))), notMet, "governing_law"},
		{"日本法, カリフォルニア alone", sub(svc(law("日本法（カリフォルニア）", ""))), notMet, "governing_law"},
		{"日本法, US users included but California for a subsidiary", sub(svc(law("日本法（米国ユーザーを含む。米国子会社との契約はカリフォルニア州）", ""))), notMet, "governing_law"},
		{"日本法, US users not included", sub(svc(law("日本法（米国ユーザーを含まない）", ""))), notMet, "governing_law"},
		{"日本法, US users included, a comma, then California alone", sub(svc(law("日本法（米国ユーザーを含む、カリフォルニア州）", ""))), notMet, "governing_law"},
		{"日本法, users of two places abroad included", sub(svc(law("日本法（米国、シンガポールの利用者を含む）", ""))), met, "governing_law"},
		{"日本法, US law excluded (courts only read exclusions)", sub(svc(law("日本法（米国の輸出管理法を除く）", ""))), notMet, "governing_law"},
		// An alternative law that is not Japan's, a place abroad by its
		// short name, its adjective or a country of the UK (they were
		// met).
		{"日本法 or English law", sub(svc(law("日本法又はイングランド法", ""))), notMet, "governing_law"},
		{"日本法 or 英法", sub(svc(law("日本法又は英法", ""))), notMet, "governing_law"},
		{"日本法 or EU law", sub(svc(law("日本法又はEU法", ""))), notMet, "governing_law"},
		{"日本法 or foreign law", sub(svc(law("日本法又は外国法", ""))), notMet, "governing_law"},
		{"日本法 or the provider's home law", sub(svc(law("日本法又は提供者の本国法", ""))), notMet, "governing_law"},
		{"日本法, EU law for EU users", sub(svc(law("日本法（EU域内の利用者はEU法）", ""))), notMet, "governing_law"},
		{"Japanese or English law", sub(svc(law("Japanese law or English law", ""))), notMet, "governing_law"},
		{"laws of Japan or England", sub(svc(law("the laws of Japan or England", ""))), notMet, "governing_law"},
		{"laws of Japan and of England and Wales", sub(svc(law("the laws of Japan and the laws of England and Wales", ""))), notMet, "governing_law"},
		{"Japanese or Irish law", sub(svc(law("Japanese law or Irish law", ""))), notMet, "governing_law"},
		{"Japanese or US law", sub(svc(law("Japanese law or US law", ""))), notMet, "governing_law"},
		{"Japanese law, US law for US users", sub(svc(law("Japanese law (US users: US law)", ""))), notMet, "governing_law"},
		{"日本法, the local law for users abroad", sub(svc(law("日本法（海外の利用者は現地法）", ""))), notMet, "governing_law"},
		// Alternatives all Japan's, a language named, a treaty beside
		// stay met.
		{"日本法 or the laws of Japan", sub(svc(law("日本法又は日本国の法令", ""))), met, "governing_law"},
		{"日本法 and related laws", sub(svc(law("日本法及び関係法令", ""))), met, "governing_law"},
		{"Japanese law, the English version prevails", sub(svc(law("Japanese law (the English version prevails)", ""))), met, "governing_law"},
		{"日本法/Japanese law", sub(svc(law("日本法/Japanese law", ""))), met, "governing_law"},
		{"laws of Japan, conflict rules or the UN Convention aside", sub(svc(law("the laws of Japan, without regard to its conflict of law rules or the UN Convention", ""))), met, "governing_law"},
		{"users of US included", sub(svc(law("日本法（USユーザーを含む）", ""))), met, "governing_law"},
		// The law of the land as 国内法 or 本邦法 (it was not met).
		{"国内法", sub(svc(law("国内法", ""))), met, "governing_law"},
		{"本邦法", sub(svc(law("本邦法", ""))), met, "governing_law"},
		{"国内法 or US law", sub(svc(law("国内法又は米国法", ""))), notMet, "governing_law"},
		// A bracket saying abroad, or the GDPR beside Japanese law (they
		// were met).
		{"日本法, abroad in a bracket", sub(svc(law("日本法（国外）", ""))), notMet, "governing_law"},
		{"日本法, but the GDPR", sub(svc(law("日本法（ただしGDPR）", ""))), notMet, "governing_law"},
		{"日本法 and the GDPR", sub(svc(law("日本法及びGDPR", ""))), notMet, "governing_law"},
		{"日本法, EEA users' own law", sub(svc(law("日本法（EEA域内の利用者は居住国法）", ""))), notMet, "governing_law"},
		{"日本法, also for use from abroad", sub(svc(law("日本法（日本国外からの利用にも適用）", ""))), met, "governing_law"},
		{"日本法, the local law abroad", sub(svc(law("日本法 ※海外は現地法", ""))), notMet, "governing_law"},
		{"日本法, foreign law excluded first", sub(svc(law("外国法の適用を除き日本法", ""))), met, "governing_law"},
		// Saying Japanese law applies to the party abroad too, or naming
		// no place abroad, stays met.
		{"日本法, US users the same", sub(svc(law("日本法（米国の利用者も同じ）", ""))), met, "governing_law"},
		{"日本法, private international law excluded", sub(svc(law("日本法（国際私法の規定を除く）", ""))), met, "governing_law"},
		{"日本法, the Vienna convention excluded", sub(svc(law("日本法（ウィーン売買条約の適用を除く）", ""))), met, "governing_law"},
		// A company's name in katakana in a bracket is no place abroad
		// (they were not met); a place in katakana is.
		{"日本法, a company in katakana", sub(svc(law("日本法（グーグル）", ""))), met, "governing_law"},
		{"日本法, a company with ジャパン", sub(svc(law("日本法（アマゾンウェブサービスジャパン）", ""))), met, "governing_law"},
		{"日本法, a company with ・ジャパン", sub(svc(law("日本法（セールスフォース・ジャパン）", ""))), met, "governing_law"},
		{"日本法, a US state in katakana", sub(svc(law("日本法（デラウェア）", ""))), notMet, "governing_law"},
		// Foreign law excluded with 排除 (it was not met).
		{"日本法, foreign law excluded with 排除", sub(svc(law("日本法（外国法の適用を排除）", ""))), met, "governing_law"},
		// A clause about the vendor or the terms names no law (they were
		// not met); one naming a law abroad does.
		{"日本法, a foreign company's branch", sub(svc(law("日本法（外国法人の日本支店）", ""))), met, "governing_law"},
		{"日本法, an overseas vendor", sub(svc(law("日本法（海外ベンダー）", ""))), met, "governing_law"},
		{"日本法, the Japanese company contracts", sub(svc(law("日本法（外国法人だが日本法人が契約主体）", ""))), met, "governing_law"},
		{"日本法, the global terms in another version", sub(svc(law("日本法（US版規約とは異なる）", ""))), met, "governing_law"},
		{"日本法, the US version under its own law", sub(svc(law("日本法（US版規約はカリフォルニア州法）", ""))), notMet, "governing_law"},
		{"日本法, the global version under foreign law", sub(svc(law("日本法（グローバル版は外国法）", ""))), notMet, "governing_law"},
		// Conflict-of-law rules or the CISG are no alternative law (it was
		// not met); an alternative law abroad is.
		{"laws of Japan without regard to conflict of law rules or the UN Convention",
			sub(svc(law("laws of Japan (without regard to conflict of law rules or the UN Convention)", ""))), met, "governing_law"},
		{"日本法 without 抵触法 or CISG", sub(svc(law("日本法（抵触法又はCISGの適用を除く）", ""))), met, "governing_law"},
		{"laws of Japan or England", sub(svc(law("laws of Japan (or the laws of England)", ""))), notMet, "governing_law"},
		// The law of the other places, not named (they were met).
		{"日本法, the law of the place for contracts abroad", sub(svc(law("日本法（日本以外の地域の契約は当該地域の法）", ""))), notMet, "governing_law"},
		{"日本法, each region's own law", sub(svc(law("日本法（その他の地域は各地域の法）", ""))), notMet, "governing_law"},
		{"日本法, outside Japan in a bracket", sub(svc(law("日本法（日本以外）", ""))), notMet, "governing_law"},
		{"日本法, users outside Japan the same", sub(svc(law("日本法（日本以外の利用者も同じ）", ""))), met, "governing_law"},
		{"unknown, answer no", sub(svc(), "Q-CLD-28", "no"), notMet, ""},
		{"class 1", sub(svc(svcClass1)), na, ""},
	}
	m["CLD-29"] = []tc{
		{"東京地方裁判所", sub(svc(law("", "東京地方裁判所"))), met, "court"},
		{"Tokyo District Court", sub(svc(law("", "Tokyo District Court"))), met, ""},
		// English names of Japanese courts other than Tokyo's and Osaka's
		// district courts were read as courts abroad.
		{"Osaka High Court", sub(svc(law("", "Osaka High Court"))), met, "court"},
		{"Nagoya District Court", sub(svc(law("", "Nagoya District Court"))), met, "court"},
		{"IP High Court", sub(svc(law("", "Intellectual Property High Court"))), met, "court"},
		{"a US district court in English", sub(svc(law("", "United States District Court for the Northern District of California"))), notMet, "court"},
		{"King County", sub(svc(law("", "King County, Washington"))), notMet, "court"},
		{"US federal district court in Japanese", sub(svc(law("", "米国カリフォルニア州北部地区連邦地方裁判所"))), notMet, "court"},
		{"Singapore High Court in Japanese", sub(svc(law("", "シンガポール高等裁判所"))), notMet, "court"},
		{"Seoul district court in Japanese", sub(svc(law("", "ソウル中央地方裁判所"))), notMet, "court"},
		{"Tokyo or Singapore", sub(svc(law("", "東京地方裁判所又はシンガポールの裁判所"))), notMet, "court"},
		{"東京地裁", sub(svc(law("", "東京地裁"))), met, "court"},
		// A high court's short name and 日本の裁判所 were read as abroad.
		{"知財高裁", sub(svc(law("", "知財高裁"))), met, "court"},
		{"大阪高裁", sub(svc(law("", "大阪高裁"))), met, "court"},
		{"日本の裁判所", sub(svc(law("", "日本国の裁判所を専属的合意管轄裁判所とする"))), met, "court"},
		{"Seoul high court, short name", sub(svc(law("", "ソウル高裁"))), notMet, "court"},
		{"Japan or Singapore", sub(svc(law("", "日本又はシンガポールの裁判所"))), notMet, "court"},
		{"full-width Tokyo District Court", sub(svc(law("", "Ｔｏｋｙｏ Ｄｉｓｔｒｉｃｔ Ｃｏｕｒｔ"))), met, "court"},
		{"katakana not in the court's name", sub(svc(law("", "東京地方裁判所（本サービス利用規約第30条）"))), met, "court"},
		{"the user's district court", sub(svc(law("", "ユーザーの所在地を管轄する地方裁判所"))), met, "court"},
		{"Tokyo, or a Seoul court in Japanese", sub(svc(law("", "東京地方裁判所又はソウル中央地裁"))), notMet, "court"},
		// 日本 or Japan beside a word excluding Japan, or naming an
		// arbitration body, is no court in Japan; a place abroad in kanji
		// before 高裁 or 地裁 is abroad (they were met).
		{"courts outside Japan", sub(svc(law("", "日本国外の裁判所"))), notMet, "court"},
		{"courts other than Japan's", sub(svc(law("", "日本以外の裁判所"))), notMet, "court"},
		{"courts of countries but Japan", sub(svc(law("", "日本を除く各国の裁判所"))), notMet, "court"},
		{"arbitration body", sub(svc(law("", "日本商事仲裁協会"))), notMet, "court"},
		{"courts outside Japan in English", sub(svc(law("", "courts outside Japan"))), notMet, "court"},
		{"arbitration body in English", sub(svc(law("", "Japan Commercial Arbitration Association"))), notMet, "court"},
		{"Beijing high court, short name", sub(svc(law("", "北京高裁"))), notMet, "court"},
		{"Taipei high court, short name", sub(svc(law("", "台北高裁"))), notMet, "court"},
		{"Busan high court, short name", sub(svc(law("", "釜山高裁"))), notMet, "court"},
		{"Beijing district court, short name", sub(svc(law("", "北京地裁"))), notMet, "court"},
		{"Tianjin district court", sub(svc(law("", "天津地方裁判所"))), notMet, "court"},
		{"Tokyo or Beijing", sub(svc(law("", "日本の裁判所又は北京高裁"))), notMet, "court"},
		// Japanese courts and Japan written otherwise stay met.
		{"名古屋高等裁判所", sub(svc(law("", "名古屋高等裁判所"))), met, "court"},
		{"福岡高裁那覇支部", sub(svc(law("", "福岡高裁那覇支部"))), met, "court"},
		{"大阪地裁", sub(svc(law("", "大阪地裁"))), met, "court"},
		{"津地方裁判所", sub(svc(law("", "津地方裁判所"))), met, "court"},
		{"三重県津地方裁判所", sub(svc(law("", "三重県津地方裁判所"))), met, "court"},
		{"大津地裁", sub(svc(law("", "大津地裁"))), met, "court"},
		{"立川地裁", sub(svc(law("", "立川地裁"))), met, "court"},
		{"さいたま地方裁判所", sub(svc(law("", "さいたま地方裁判所"))), met, "court"},
		{"東京都の地方裁判所", sub(svc(law("", "東京都の地方裁判所"))), met, "court"},
		{"after 管轄裁判所", sub(svc(law("", "専属的合意管轄裁判所東京地裁"))), met, "court"},
		{"in a sentence", sub(svc(law("", "東京地方裁判所を第一審の専属的合意管轄裁判所とする"))), met, "court"},
		{"最高裁判所", sub(svc(law("", "最高裁判所"))), met, "court"},
		{"日本国内の裁判所", sub(svc(law("", "日本国内の裁判所"))), met, "court"},
		{"日本 alone", sub(svc(law("", "日本"))), met, "court"},
		{"courts of Japan", sub(svc(law("", "courts of Japan"))), met, "court"},
		{"Tokyo, Japan", sub(svc(law("", "Tokyo, Japan"))), met, "court"},
		// A country abroad in a bracket that names no court explains whom
		// the clause concerns: the court is in Japan (it was not met). One
		// naming a court or jurisdiction abroad still makes it abroad.
		{"a bracket naming a foreign party", sub(svc(law("", "東京地方裁判所（米国法人との紛争を含む）"))), met, "court"},
		{"a bracket naming a foreign subsidiary", sub(svc(law("", "東京地裁(シンガポール子会社との契約にも適用)"))), met, "court"},
		{"a bracket naming foreign users in English", sub(svc(law("", "Tokyo District Court (including users in Singapore)"))), met, "court"},
		{"a bracket naming a court abroad", sub(svc(law("", "東京地方裁判所（又はシンガポールの裁判所）"))), notMet, "court"},
		{"a bracket naming a court abroad for some disputes", sub(svc(law("", "東京地方裁判所（米国内の紛争はニューヨーク州の裁判所）"))), notMet, "court"},
		{"a bracket naming a jurisdiction abroad", sub(svc(law("", "東京地裁（米国法人はカリフォルニア州の管轄）"))), notMet, "court"},
		{"a bracket naming a court abroad in English", sub(svc(law("", "Tokyo District Court (or the courts of Singapore)"))), notMet, "court"},
		{"the court only in a bracket, abroad", sub(svc(law("", "専属的合意管轄裁判所（米国カリフォルニア州の裁判所）"))), notMet, "court"},
		{"an open bracket naming a country", sub(svc(law("", "東京地方裁判所（米国法人との紛争を含む"))), notMet, "court"},
		// A bracket naming a place abroad that names no party, or names
		// an alternative or a forum beside one, makes the court abroad
		// (they were met).
		{"or a country in a bracket", sub(svc(law("", "東京地方裁判所（又はシンガポール）"))), notMet, "court"},
		{"or a country in a bracket in English", sub(svc(law("", "Tokyo District Court (or Singapore)"))), notMet, "court"},
		{"a suit abroad allowed", sub(svc(law("", "東京地方裁判所（米国での訴訟も可）"))), notMet, "court"},
		{"but a suit abroad", sub(svc(law("", "東京地方裁判所（ただし米国で提訴することもできる）"))), notMet, "court"},
		{"an arbitration body abroad allowed", sub(svc(law("", "東京地方裁判所（SIAC（シンガポール）も可）"))), notMet, "court"},
		{"a party's suit abroad", sub(svc(law("", "東京地方裁判所（米国法人は米国で提訴できる）"))), notMet, "court"},
		{"a party's place abroad", sub(svc(law("", "東京地方裁判所（米国子会社は米国）"))), notMet, "court"},
		{"a party's case abroad", sub(svc(law("", "東京地方裁判所（米国法人の場合はシンガポール）"))), notMet, "court"},
		{"foreign users excepted", sub(svc(law("", "Tokyo District Court (except users in Singapore)"))), notMet, "court"},
		// A bracket naming a party abroad and a place abroad for it,
		// without saying the court is the same for that party, makes the
		// court abroad (they were met).
		{"Singapore for a US subsidiary's disputes", sub(svc(law("", "東京地方裁判所（米国子会社との紛争はシンガポール）"))), notMet, "court"},
		{"California for US users", sub(svc(law("", "東京地方裁判所（米国ユーザーにはカリフォルニア州）"))), notMet, "court"},
		{"New York for US users", sub(svc(law("", "東京地方裁判所（米国の利用者についてはニューヨーク州）"))), notMet, "court"},
		{"Singapore for users there in English", sub(svc(law("", "Tokyo District Court (Singapore for users in Singapore)"))), notMet, "court"},
		{"New York for US users in English", sub(svc(law("", "Tokyo District Court (users in the United States: New York)"))), notMet, "court"},
		{"US users included but Singapore for a subsidiary", sub(svc(law("", "東京地方裁判所（米国ユーザーを含む、シンガポール子会社との紛争はシンガポール）"))), notMet, "court"},
		{"US users not included in English", sub(svc(law("", "Tokyo District Court (not including users in Singapore)"))), notMet, "court"},
		{"US users included, then Singapore alone", sub(svc(law("", "東京地方裁判所（米国ユーザーを含む。シンガポール）"))), notMet, "court"},
		// A place abroad in a clause of its own after one that includes
		// a party ends (、), not listing the place for that party (it
		// was met); places listed before the party stay met.
		{"US users included, a comma, then Singapore alone", sub(svc(law("", "東京地方裁判所（米国ユーザーを含む、シンガポール）"))), notMet, "court"},
		{"US users included, a full-width comma, then Singapore alone", sub(svc(law("", "東京地方裁判所（米国ユーザーを含む，シンガポール）"))), notMet, "court"},
		{"two places abroad, no party", sub(svc(law("", "東京地方裁判所（米国、シンガポール）"))), notMet, "court"},
		{"users of two places abroad included", sub(svc(law("", "東京地方裁判所（米国、シンガポールの利用者を含む）"))), met, "court"},
		{"corporations of two places abroad included", sub(svc(law("", "東京地方裁判所（米国法人、シンガポール法人との紛争を含む）"))), met, "court"},
		{"users of two places abroad included in English", sub(svc(law("", "Tokyo District Court (including users in Singapore, Malaysia)"))), met, "court"},
		// A bracket excluding the courts of a place abroad leaves the
		// court in Japan alone (it was not met); one excluding a suit or
		// a party there, or leaving other places, stays abroad.
		{"US courts excluded", sub(svc(law("", "東京地方裁判所（米国の裁判所は除く）"))), met, "court"},
		{"US courts' jurisdiction excluded", sub(svc(law("", "東京地方裁判所（米国の裁判所の管轄を除く）"))), met, "court"},
		{"US courts excluded in English", sub(svc(law("", "Tokyo District Court (excluding the courts of the United States)"))), met, "court"},
		{"Singapore courts excepted in English", sub(svc(law("", "Tokyo District Court (except the courts of Singapore)"))), met, "court"},
		{"suits in the US excluded", sub(svc(law("", "東京地方裁判所（米国での訴訟を除く）"))), notMet, "court"},
		{"US users excluded", sub(svc(law("", "東京地方裁判所（米国ユーザーを除く）"))), notMet, "court"},
		{"the world but the US", sub(svc(law("", "東京地方裁判所（米国を除く全世界）"))), notMet, "court"},
		{"the courts of the world but the US", sub(svc(law("", "東京地方裁判所（米国の裁判所を除く全世界の裁判所）"))), notMet, "court"},
		{"courts other than the US's", sub(svc(law("", "東京地方裁判所（米国以外の裁判所）"))), notMet, "court"},
		{"the US alone excluded", sub(svc(law("", "東京地方裁判所（米国を除く）"))), notMet, "court"},
		// A court given with another that is not Japan's, named or not,
		// a place abroad by its short name, a country of the UK or a
		// place alone after 又は, or a local court for users abroad
		// (they were met).
		{"Tokyo or the courts of a foreign country", sub(svc(law("", "東京地方裁判所又は外国の裁判所"))), notMet, "court"},
		{"Tokyo or the court of the defendant's country", sub(svc(law("", "東京地方裁判所又は被告の所在国の裁判所"))), notMet, "court"},
		{"Tokyo or London's courts", sub(svc(law("", "東京地方裁判所またはロンドンの裁判所"))), notMet, "court"},
		{"Tokyo or London", sub(svc(law("", "東京地方裁判所又はロンドン"))), notMet, "court"},
		{"Tokyo or England", sub(svc(law("", "東京地方裁判所又はイングランドの裁判所"))), notMet, "court"},
		{"Tokyo or EU courts", sub(svc(law("", "東京地方裁判所又はEUの裁判所"))), notMet, "court"},
		{"Tokyo or SIAC", sub(svc(law("", "東京地方裁判所又はSIAC"))), notMet, "court"},
		{"Tokyo and SIAC", sub(svc(law("", "東京地方裁判所及びSIAC"))), notMet, "court"},
		{"Tokyo or ICC arbitration", sub(svc(law("", "東京地方裁判所又はICC仲裁"))), notMet, "court"},
		{"Tokyo or US courts in English", sub(svc(law("", "Tokyo District Court or US courts"))), notMet, "court"},
		{"Tokyo or U.S. courts in English", sub(svc(law("", "Tokyo District Court or courts of the U.S."))), notMet, "court"},
		{"Tokyo or courts in England", sub(svc(law("", "Tokyo District Court or courts in England"))), notMet, "court"},
		{"Tokyo or courts in London", sub(svc(law("", "Tokyo District Court or courts in London"))), notMet, "court"},
		{"Tokyo or any competent court", sub(svc(law("", "Tokyo District Court or any competent court"))), notMet, "court"},
		{"Tokyo, or the user's country in a bracket", sub(svc(law("", "Tokyo District Court (or the courts of the user's country)"))), notMet, "court"},
		{"Tokyo, any country but the US", sub(svc(law("", "Tokyo District Court (courts of any country except the US)"))), notMet, "court"},
		{"Tokyo, the local court for users abroad", sub(svc(law("", "東京地方裁判所（日本国外の利用者は現地の裁判所）"))), notMet, "court"},
		{"Tokyo, or a foreign court in a bracket", sub(svc(law("", "東京地方裁判所（又は外国の裁判所）"))), notMet, "court"},
		// Alternatives all Japan's, or referring to the court named, or
		// naming no court stay met.
		{"summary or district court in Tokyo", sub(svc(law("", "訴額に応じ東京簡易裁判所又は東京地方裁判所"))), met, "court"},
		{"Tokyo or Osaka district court", sub(svc(law("", "東京地方裁判所又は大阪地方裁判所"))), met, "court"},
		{"Tokyo district and high court", sub(svc(law("", "東京地方裁判所及び東京高等裁判所"))), met, "court"},
		{"a district or summary court of a party", sub(svc(law("", "甲の本店所在地を管轄する地方裁判所又は簡易裁判所"))), met, "court"},
		{"the court of either party", sub(svc(law("", "甲又は乙の本店所在地を管轄する地方裁判所"))), met, "court"},
		{"the user's or our court", sub(svc(law("", "ユーザー又は当社の所在地を管轄する地方裁判所"))), met, "court"},
		{"Tokyo or a party's court", sub(svc(law("", "東京地方裁判所又は甲の本店所在地を管轄する裁判所"))), met, "court"},
		{"or in a sentence", sub(svc(law("", "Any dispute arising out of or relating to these Terms shall be brought exclusively in the Tokyo District Court"))), met, "court"},
		{"or the appellate court", sub(svc(law("", "Tokyo District Court, and each party submits to the jurisdiction of such court or any appellate court thereof"))), met, "court"},
		{"Tokyo district or summary court in English", sub(svc(law("", "the Tokyo District Court or the Tokyo Summary Court"))), met, "court"},
		{"bilingual", sub(svc(law("", "東京地方裁判所/Tokyo District Court"))), met, "court"},
		{"the parties' contracts", sub(svc(law("", "本規約及び個別契約に関する紛争は東京地方裁判所"))), met, "court"},
		// A summary court's short name at a seat, Japan as 国内 or 本邦,
		// a seat's courts (they were not met); places abroad stay so.
		{"東京簡裁", sub(svc(law("", "東京簡裁"))), met, "court"},
		{"立川簡裁", sub(svc(law("", "立川簡裁"))), met, "court"},
		{"Beijing summary court, short name", sub(svc(law("", "北京簡裁"))), notMet, "court"},
		{"国内の裁判所", sub(svc(law("", "国内の裁判所"))), met, "court"},
		{"本邦の裁判所", sub(svc(law("", "本邦の裁判所"))), met, "court"},
		{"国内 alone", sub(svc(law("", "国内"))), met, "court"},
		{"each party's domestic courts", sub(svc(law("", "各当事者の国内の裁判所"))), notMet, "court"},
		{"東京の裁判所", sub(svc(law("", "東京の裁判所"))), met, "court"},
		{"大阪府の裁判所", sub(svc(law("", "大阪府の裁判所"))), met, "court"},
		{"北京の裁判所", sub(svc(law("", "北京の裁判所"))), notMet, "court"},
		{"the courts of Tokyo", sub(svc(law("", "the courts of Tokyo"))), met, "court"},
		{"Tokyo courts", sub(svc(law("", "Tokyo courts"))), met, "court"},
		{"the courts of Tokyo or London", sub(svc(law("", "the courts of Tokyo or London"))), notMet, "court"},
		// A bracket saying abroad without naming the place, giving an
		// arbitration, naming the EEA, or any court for some claims
		// (they were met); one saying the same court applies abroad,
		// excluding foreign courts or denying arbitration stays met.
		{"abroad in a bracket", sub(svc(law("", "東京地方裁判所（海外）"))), notMet, "court"},
		{"a foreign court for foreign users", sub(svc(law("", "東京地方裁判所（外国の利用者は外国の裁判所）"))), notMet, "court"},
		{"the local court abroad", sub(svc(law("", "東京地方裁判所（海外の場合は現地）"))), notMet, "court"},
		{"users abroad excluded", sub(svc(law("", "東京地方裁判所（海外ユーザーを除く）"))), notMet, "court"},
		{"international disputes to arbitration", sub(svc(law("", "東京地方裁判所（国際紛争は仲裁）"))), notMet, "court"},
		{"international deals to the ICC", sub(svc(law("", "東京地方裁判所（国際取引はICC）"))), notMet, "court"},
		{"EEA users in their country", sub(svc(law("", "東京地方裁判所（EEA域内の利用者は居住国）"))), notMet, "court"},
		{"injunctions in any country", sub(svc(law("", "東京地方裁判所（差止請求はいずれの国の裁判所でも可）"))), notMet, "court"},
		{"injunctive relief in any court", sub(svc(law("", "Tokyo District Court; injunctive relief in any court of competent jurisdiction"))), notMet, "court"},
		{"users abroad included", sub(svc(law("", "東京地方裁判所（海外ユーザーを含む）"))), met, "court"},
		{"foreign courts excluded", sub(svc(law("", "東京地方裁判所（外国の裁判所を除く）"))), met, "court"},
		{"no arbitration", sub(svc(law("", "東京地方裁判所（仲裁によらない）"))), met, "court"},
		// A bracket holding a place in katakana alone, a region abroad
		// by its short name or worldwide (they were met).
		{"a city in katakana in a bracket", sub(svc(law("", "日本国の裁判所（ロンドン）"))), notMet, "court"},
		{"APAC in a bracket", sub(svc(law("", "東京地方裁判所（APAC）"))), notMet, "court"},
		{"global in a bracket", sub(svc(law("", "東京地方裁判所（グローバル）"))), notMet, "court"},
		{"users worldwide included", sub(svc(law("", "東京地方裁判所（全世界の利用者を含む）"))), met, "court"},
		{"users in a bracket", sub(svc(law("", "東京地方裁判所（ユーザー）"))), met, "court"},
		// Abroad said outside brackets without naming the place (they
		// were met); a foreign party under the same court stays met.
		{"the local court abroad after a comma", sub(svc(law("", "東京地方裁判所、海外の場合は現地"))), notMet, "court"},
		{"abroad after a note mark", sub(svc(law("", "東京地方裁判所 ※海外"))), notMet, "court"},
		{"overseas after a slash", sub(svc(law("", "Tokyo District Court (Japan) / overseas: London"))), notMet, "court"},
		{"foreign corporations under the same court", sub(svc(law("", "外国法人との紛争も東京地方裁判所"))), met, "court"},
		{"users included, then Singapore alone in English", sub(svc(law("", "Tokyo District Court (including users in Singapore; Singapore)"))), notMet, "court"},
		// Saying the court is the same for the party abroad, or naming no
		// place abroad, stays met.
		{"US users the same", sub(svc(law("", "東京地方裁判所（米国の利用者も同じ）"))), met, "court"},
		{"Tokyo court, also applies to Singapore users in English", sub(svc(law("", "Tokyo District Court (also applies to users in Singapore)"))), met, "court"},
		{"the court of the head office", sub(svc(law("", "東京地方裁判所（本店所在地を管轄する）"))), met, "court"},
		{"the first-instance court", sub(svc(law("", "東京地方裁判所（第一審の専属的合意管轄裁判所）"))), met, "court"},
		{"IP disputes in Tokyo", sub(svc(law("", "大阪地方裁判所（ただし知的財産に関する紛争は東京地方裁判所）"))), met, "court"},
		// A company's name in katakana in a bracket is no place abroad
		// (they were not met); a place in katakana is.
		{"a company in katakana in a bracket", sub(svc(law("", "東京地方裁判所（サイボウズ）"))), met, "court"},
		{"a company with ジャパン in a bracket", sub(svc(law("", "東京地方裁判所（アマゾンウェブサービスジャパン）"))), met, "court"},
		{"a company named フリー in a bracket", sub(svc(law("", "東京地方裁判所（フリー）"))), met, "court"},
		{"two cities in katakana in a bracket", sub(svc(law("", "東京地方裁判所（ロンドン・パリ）"))), notMet, "court"},
		// Foreign courts excluded with 排除, 提訴しない, 及ばない (they were
		// not met); a suit abroad allowed is not excluded.
		{"foreign courts excluded with 排除", sub(svc(law("", "東京地方裁判所（外国の裁判所の管轄を排除）"))), met, "court"},
		{"no suit in foreign courts", sub(svc(law("", "東京地方裁判所を専属管轄とし、外国の裁判所には提訴しない"))), met, "court"},
		{"foreign courts' jurisdiction does not reach", sub(svc(law("", "東京地方裁判所（外国の裁判所の管轄は及ばない）"))), met, "court"},
		{"foreign courts allowed", sub(svc(law("", "東京地方裁判所（外国の裁判所も可）"))), notMet, "court"},
		// A clause about the terms or the vendor names no court (they were
		// not met); one naming a court abroad does.
		{"global terms in common", sub(svc(law("", "東京地方裁判所（グローバル共通）"))), met, "court"},
		{"global terms unified", sub(svc(law("", "東京地方裁判所（グローバルで統一）"))), met, "court"},
		{"the Japanese version of the global terms", sub(svc(law("", "東京地方裁判所（グローバル規約の日本版）"))), met, "court"},
		{"the global version under a foreign court", sub(svc(law("", "東京地方裁判所（グローバル版は外国の裁判所）"))), notMet, "court"},
		// Any court, or the court of the customer's country (they were
		// met).
		{"injunctions in any court", sub(svc(law("", "東京地方裁判所；ただし差止めは管轄権を有するいかなる裁判所でも可"))), notMet, "court"},
		{"the provider may sue in any court", sub(svc(law("", "東京地方裁判所（当社は任意の裁判所に提訴可）"))), notMet, "court"},
		{"others in the customer's country", sub(svc(law("", "東京地方裁判所（日本のお客様）。その他はお客様の所在する国の裁判所"))), notMet, "court"},
		{"any dispute in Tokyo", sub(svc(law("", "いかなる紛争も東京地方裁判所"))), met, "court"},
		{"unknown, answer yes", sub(svc(), "Q-CLD-29", "yes"), met, ""},
		{"class 1", sub(svc(svcClass1)), na, ""},
	}

	// Services: procurement and approval.
	m["CLD-30"] = with(yesNo("CLD-30", anySvc), tc{"terms-based", sub(svc(terms), "Q-CLD-30", "no"), na, ""})
	m["CLD-31"] = with(yesNo("CLD-31", anySvc),
		tc{"terms-based", sub(svc(terms), "Q-CLD-31", "no"), na, ""},
		tc{"class 1", sub(svc(svcClass1), "Q-CLD-31", "no"), na, ""})
	m["CLD-32"] = approvalCases(func(f func(*riskassess.Common)) riskassess.Entry {
		return svc(func(v *riskassess.Service) { f(&v.Common) })
	})
	m["CLD-34"] = yesNo("CLD-34", anySvc)
	until := func(st riskassess.ApprovalStatus, d string) func(*riskassess.Service) {
		return func(v *riskassess.Service) {
			v.Approval.Status = st
			if d != "" {
				v.Approval.ValidUntil = day(d)
			}
		}
	}
	m["CLD-35"] = []tc{
		{"valid", sub(svc(until(riskassess.StatusApproved, "2027-06-30"))), met, "approval.valid_until"},
		{"no end date", sub(svc(until(riskassess.StatusApproved, ""))), met, ""},
		{"ends within 90 days", sub(svc(until(riskassess.StatusConditional, "2027-01-31"))), part, ""},
		{"expired", sub(svc(until(riskassess.StatusApproved, "2026-10-31"))), notMet, "approval.valid_until"},
		{"not approved", sub(svc(until(riskassess.StatusRequested, "2026-10-31"))), na, ""},
		// A renewal pending (status requested, the approval in the
		// history): that approval is in force until the valid_until the
		// request keeps, which CLD-35 judges as for an approval.
		{"renewal pending, approval ends within 90 days", sub(svc(until(riskassess.StatusRequested, "2026-12-10"), func(v *riskassess.Service) {
			v.Approval.DecidedOn = day("2026-11-01")
			v.Approval.History = []riskassess.DecisionRecord{{Status: riskassess.StatusApproved, On: day("2025-12-01")}}
		})), part, "approval.valid_until"},
		{"renewal pending, approval valid", sub(svc(until(riskassess.StatusDraft, "2027-06-30"), func(v *riskassess.Service) {
			v.Approval.History = []riskassess.DecisionRecord{{Status: riskassess.StatusConditional, On: day("2025-12-01")}}
		})), met, "approval.valid_until"},
		// Its valid_until passed while the renewal is pending: expired, as
		// an approval recorded as approved with that valid_until.
		{"renewal pending, approval expired", sub(svc(until(riskassess.StatusRequested, "2026-10-31"), func(v *riskassess.Service) {
			v.Approval.DecidedOn = day("2026-10-01")
			v.Approval.History = []riskassess.DecisionRecord{{Status: riskassess.StatusApproved, On: day("2025-12-01")}}
		})), notMet, "approval.valid_until"},
		// Decided after the as-of date (2026-11-27): valid_until is that of a
		// decision not taken by then (CLD-32 judges the one in force then).
		{"approved after the as-of date", sub(svc(until(riskassess.StatusApproved, "2029-03-31"), func(v *riskassess.Service) {
			v.Approval.DecidedOn = day("2026-12-03")
		})), na, ""},
		{"renewed after the as-of date", sub(svc(until(riskassess.StatusApproved, "2029-03-31"), func(v *riskassess.Service) {
			v.Approval.DecidedOn = day("2026-12-03")
			v.Approval.History = []riskassess.DecisionRecord{{Status: riskassess.StatusApproved, On: day("2025-12-01")}}
		})), na, ""}, // valid_until is the later decision's; the earlier one's is not recorded
		// The renewal moved the approval in force on the as-of date into
		// the history with its valid_until: CLD-35 judges that one (it did
		// not apply, the expiry unknown).
		{"renewed after the as-of date, history valid_until ending", sub(svc(until(riskassess.StatusApproved, "2029-03-31"), func(v *riskassess.Service) {
			v.Approval.DecidedOn = day("2026-12-03")
			v.Approval.History = []riskassess.DecisionRecord{{Status: riskassess.StatusApproved, On: day("2025-12-01"), ValidUntil: day("2026-12-31")}}
		})), part, "approval.history[0].valid_until"},
		{"renewed after the as-of date, history valid_until passed", sub(svc(until(riskassess.StatusApproved, "2029-03-31"), func(v *riskassess.Service) {
			v.Approval.DecidedOn = day("2026-12-03")
			v.Approval.History = []riskassess.DecisionRecord{{Status: riskassess.StatusApproved, On: day("2025-12-01"), ValidUntil: day("2026-11-01")}}
		})), notMet, "approval.history[0].valid_until"},
		// A pending renewal written without valid_until: the approval it
		// renews ends on its own, recorded in the history (it read as an
		// approval with no end date, 承認に期限はない).
		{"renewal pending without valid_until, history approval expired", sub(svc(until(riskassess.StatusRequested, ""), func(v *riskassess.Service) {
			v.Approval.DecidedOn = day("2026-10-01")
			v.Approval.History = []riskassess.DecisionRecord{{Status: riskassess.StatusApproved, On: day("2025-12-01"), ValidUntil: day("2026-10-31")}}
		})), notMet, "approval.history[0].valid_until"},
		{"renewal pending with valid_until, the request's counts", sub(svc(until(riskassess.StatusRequested, "2027-06-30"), func(v *riskassess.Service) {
			v.Approval.DecidedOn = day("2026-10-01")
			v.Approval.History = []riskassess.DecisionRecord{{Status: riskassess.StatusApproved, On: day("2025-12-01"), ValidUntil: day("2026-10-31")}}
		})), met, "approval.valid_until"},
	}

	// Services: operation.
	m["CLD-40"] = with(yesNo("CLD-40", anySvc),
		tc{"LGWAN-ASP", sub(svc(lgwan), "Q-CLD-40", "no"), na, ""},
		tc{"class 1", sub(svc(svcClass1), "Q-CLD-40", "no"), na, ""})
	m["CLD-42"] = []tc{
		{"reviewed", sub(svc(func(v *riskassess.Service) { v.LastReviewed = day("2026-05-01") })), met, "last_reviewed"},
		{"overdue", sub(svc(func(v *riskassess.Service) { v.LastReviewed = day("2025-05-01") })), notMet, "last_reviewed"},
		{"last_reviewed later, review log holds one by then", sub(svc(func(v *riskassess.Service) {
			v.LastReviewed = day("2027-01-10")
			v.Reviews = []riskassess.ReviewRecord{{On: day("2026-05-01")}, {On: day("2027-01-10")}}
		})), met, "reviews[0].on"},
		{"answer date", sub(svc(), "Q-CLD-42", "2026-01-15"), met, "answers.Q-CLD-42"},
		// last_reviewed after the as-of date and no review logged by then:
		// the self-check's date by then stands in; a later one does not.
		{"last_reviewed later, answer date by then", sub(svc(func(v *riskassess.Service) {
			v.LastReviewed = day("2027-03-25")
			v.Reviews = []riskassess.ReviewRecord{{On: day("2027-03-25")}}
		}), "Q-CLD-42", "2026-06-01"), met, "answers.Q-CLD-42"},
		{"last_reviewed later, answer date later too", sub(svc(func(v *riskassess.Service) {
			v.LastReviewed = day("2027-03-25")
			v.Reviews = []riskassess.ReviewRecord{{On: day("2027-03-25")}}
		}), "Q-CLD-42", "2027-01-15"), notMet, "last_reviewed"},
		{"no answer", sub(svc()), noAns, ""},
		{"retired", sub(svc(svcRetired)), na, ""},
		// Retired after the as-of date: still in use then.
		{"retired later", sub(svc(func(v *riskassess.Service) {
			v.Approval = riskassess.Approval{Status: riskassess.StatusRetired, DecidedOn: day("2027-01-31"),
				History: []riskassess.DecisionRecord{{Status: riskassess.StatusApproved, On: day("2026-04-01")}, {Status: riskassess.StatusRetired, On: day("2027-01-31")}}}
		}), "Q-CLD-42", "2026-06-01"), met, "answers.Q-CLD-42"},
	}
	certified := func(b *bool) func(*riskassess.Service) {
		return func(v *riskassess.Service) { v.Exit = &riskassess.Exit{Certificate: b} }
	}
	m["CLD-43"] = []tc{
		{"retired, certificate", sub(svc(svcRetired, certified(ptr(true)))), met, "exit.certificate"},
		{"retired, no certificate", sub(svc(svcRetired, certified(ptr(false)))), notMet, "exit.certificate"},
		{"contract ended, answer yes", sub(svc(func(v *riskassess.Service) { v.ContractEnd = day("2026-03-31") }), "Q-CLD-43", "yes"), met, "answers.Q-CLD-43"},
		{"retired, no answer", sub(svc(svcRetired)), noAns, ""},
		{"in use", sub(svc(func(v *riskassess.Service) { v.ContractEnd = day("2027-03-31") })), na, ""},
	}
	auth := func(sso, mfa *bool) func(*riskassess.Service) {
		return func(v *riskassess.Service) { v.Auth = &riskassess.Auth{SSO: sso, AdminMFA: mfa} }
	}
	m["CLD-44"] = []tc{
		{"MFA on", sub(svc(auth(nil, ptr(true)))), met, "auth.admin_mfa"},
		{"MFA off", sub(svc(auth(nil, ptr(false)))), notMet, "auth.admin_mfa"},
		{"unknown, answer yes", sub(svc(auth(ptr(true), nil)), "Q-CLD-44", "yes"), met, "answers.Q-CLD-44"},
		{"unknown, no answer", sub(svc()), noAns, ""},
		{"retired", sub(svc(svcRetired)), na, ""},
	}
	m["CLD-45"] = with(yesNo("CLD-45", anySvc), tc{"class 1", sub(svc(svcClass1)), na, ""},
		tc{"class 1, integrity 2", sub(svc(func(v *riskassess.Service) { v.Class = class("1", "2", "1") }), "Q-CLD-45", "no"), notMet, ""})
	m["CLD-46"] = []tc{
		{"SSO", sub(svc(auth(ptr(true), nil))), met, "auth.sso"},
		{"no SSO", sub(svc(auth(ptr(false), nil))), notMet, ""},
		{"unknown, answer no", sub(svc(), "Q-CLD-46", "no"), notMet, ""},
		{"LGWAN-ASP", sub(svc(lgwan)), na, ""},
	}
	m["CLD-47"] = []tc{
		{"checked", sub(svc(func(v *riskassess.Service) { v.TermsCheckedOn = day("2026-04-01") })), met, "terms_checked_on"},
		{"overdue", sub(svc(func(v *riskassess.Service) { v.TermsCheckedOn = day("2025-04-01") })), notMet, ""},
		{"answer date", sub(svc(), "Q-CLD-47", "2026-08-01"), met, ""},
		{"retired", sub(svc(svcRetired)), na, ""},
	}

	// Services: terms-based.
	for _, id := range []string{"CLD-50", "CLD-51", "CLD-52", "CLD-53"} {
		m[id] = with(yesNo(id, termsSvc), tc{"negotiated", sub(svc(), QuestionID(id), "no"), na, ""})
	}
	m["CLD-55"] = []tc{
		{"user", sub(svc(terms), "Q-CLD-55", "user"), met, "answers.Q-CLD-55"},
		{"service only", sub(svc(terms), "Q-CLD-55", "service-only"), met, ""},
		{"provider", sub(svc(terms), "Q-CLD-55", "provider"), notMet, ""},
		{"not a choice", sub(svc(terms), "Q-CLD-55", "yes"), notMet, ""},
		{"na", sub(svc(terms), "Q-CLD-55", "na"), na, ""},
		{"no answer", sub(svc(terms)), noAns, ""},
		{"negotiated", sub(svc(), "Q-CLD-55", "provider"), na, ""},
	}
	m["CLD-56"] = []tc{
		{"class 1", sub(svc(terms, svcClass1)), met, "class"},
		{"class 2", sub(svc(terms)), notMet, "class"},
		{"class not stated, answer yes", sub(svc(terms, func(v *riskassess.Service) { v.Class = riskassess.Classification{} }), "Q-CLD-56", "yes"), met, "answers.Q-CLD-56"},
		{"class not stated, no answer", sub(svc(terms, func(v *riskassess.Service) { v.Class = riskassess.Classification{} })), noAns, ""},
		{"negotiated", sub(svc()), na, ""},
	}

	// Services: LGWAN-ASP and segments.
	for _, id := range []string{"CLD-60", "CLD-61"} {
		m[id] = with(yesNo(id, entry(svc, lgwan)), tc{"internet SaaS", sub(svc(), QuestionID(id), "no"), na, ""})
	}
	segs := func(d riskassess.Delivery, ss ...riskassess.Segment) func(*riskassess.Service) {
		return func(v *riskassess.Service) { v.Delivery, v.Segments = d, ss }
	}
	m["CLD-65"] = []tc{
		{"SaaS from internet", sub(svc()), met, "segments"},
		{"LGWAN-ASP from LGWAN", sub(svc(lgwan)), met, ""},
		{"SaaS from My Number", sub(svc(segs(riskassess.DeliverySaaS, riskassess.SegmentMyNumber))), notMet, "segments"},
		{"LGWAN-ASP from internet", sub(svc(segs(riskassess.DeliveryLGWANASP, riskassess.SegmentInternet))), notMet, ""},
		{"not recorded", sub(svc(segs(riskassess.DeliverySaaS))), notMet, "segments"},
		// One system in the My Number and internet segments joins what
		// the three-segment model separates, whatever its delivery.
		{"on premises in My Number and internet", sub(svc(segs(riskassess.DeliveryOnPremises, riskassess.SegmentMyNumber, riskassess.SegmentInternet))), notMet, "segments"},
		{"on premises in My Number", sub(svc(segs(riskassess.DeliveryOnPremises, riskassess.SegmentMyNumber))), met, "segments"},
	}

	// Social-media accounts.
	text := func(id, field string, set func(*riskassess.Social, string), notApplicable func(*riskassess.Social)) []tc {
		q := QuestionID(id)
		return []tc{
			{"recorded", sub(soc(func(a *riskassess.Social) { set(a, "https://www.city.chofu.example/gikai/sns.html") })), met, field},
			{"blank, answer no", sub(soc(func(a *riskassess.Social) { set(a, "  ") }), q, "no"), notMet, "answers." + q},
			{"blank, answer yes", sub(soc(), q, "yes"), met, ""},
			{"blank, no answer", sub(soc()), noAns, ""},
			// A field that says there is none is not a document: the
			// answer does not outweigh what the register says.
			{"says none", sub(soc(func(a *riskassess.Social) { set(a, "なし") }), q, "yes"), notMet, field},
			{"says undecided", sub(soc(func(a *riskassess.Social) { set(a, " 未定（令和9年度に策定予定） ") })), notMet, field},
			{"says TBD", sub(soc(func(a *riskassess.Social) { set(a, "ＴＢＤ") })), notMet, field},
			{"says none in particular", sub(soc(func(a *riskassess.Social) { set(a, "特になし") }), q, "yes"), notMet, field},
			{"says to be drawn up", sub(soc(func(a *riskassess.Social) { set(a, "策定予定（令和9年度）") })), notMet, field},
			{"says none planned", sub(soc(func(a *riskassess.Social) { set(a, "予定なし") }), q, "yes"), notMet, field},
			{"says being drawn up", sub(soc(func(a *riskassess.Social) { set(a, "整備中") }), q, "yes"), notMet, field},
			{"says does not apply", sub(soc(func(a *riskassess.Social) { set(a, "該当しない") }), q, "yes"), notMet, field},
			// A run of dashes typed for nothing is no document (it was
			// met as one: noneWords has "-" and "--" only).
			{"a run of long-vowel marks", sub(soc(func(a *riskassess.Social) { set(a, "ーーー") }), q, "yes"), notMet, field},
			{"a run of hyphens", sub(soc(func(a *riskassess.Social) { set(a, "---") })), notMet, field},
			{"a run of dashes with a note", sub(soc(func(a *riskassess.Social) { set(a, "――― （作成中）") })), notMet, field},
			{"a run of full-width hyphens", sub(soc(func(a *riskassess.Social) { set(a, "－－－") })), notMet, field},
			{"a run of half-width long-vowel marks", sub(soc(func(a *riskassess.Social) { set(a, "ｰｰｰ") })), notMet, field},
			{"a document with a dash", sub(soc(func(a *riskassess.Social) { set(a, "運用手順書 ― 第2版") })), met, field},
			{"a run of question marks", sub(soc(func(a *riskassess.Social) { set(a, "？？？") })), notMet, field},
			// Being checked, or a template's blank (○○, XXX), names no document.
			{"says being checked", sub(soc(func(a *riskassess.Social) { set(a, "確認中") }), q, "yes"), notMet, field},
			{"says to be confirmed", sub(soc(func(a *riskassess.Social) { set(a, "TBC") })), notMet, field},
			{"a template's blank", sub(soc(func(a *riskassess.Social) { set(a, "〇〇") })), notMet, field},
			{"a template's blank in letters", sub(soc(func(a *riskassess.Social) { set(a, "XXX") })), notMet, field},
			{"a document being checked", sub(soc(func(a *riskassess.Social) { set(a, "SNS運用手順（確認中の第2版）") })), met, field},
			// An attachment it does not name (the register has none):
			// partial, the document to be named; one named or numbered is met.
			{"an unnamed attachment", sub(soc(func(a *riskassess.Social) { set(a, "別紙のとおり") }), q, "yes"), part, field},
			{"another unnamed document", sub(soc(func(a *riskassess.Social) { set(a, "別途定める。") })), part, field},
			{"an unnamed attachment, full width note", sub(soc(func(a *riskassess.Social) { set(a, " 別添参照（紙で保管） ") })), part, field},
			{"a numbered attachment", sub(soc(func(a *riskassess.Social) { set(a, "別紙1") })), met, field},
			{"a named attachment", sub(soc(func(a *riskassess.Social) { set(a, "別添「SNS運用手順」") })), met, field},
			// A bracket naming a document names it as 「」 does; these were
			// partial (the bracket was cut off as a note).
			{"an attachment named in brackets", sub(soc(func(a *riskassess.Social) { set(a, "別紙（SNS運用手順）") })), met, field},
			{"an attachment named in brackets, then a tail", sub(soc(func(a *riskassess.Social) { set(a, "別添(SNS緊急時対応手順)のとおり") })), met, field},
			{"a tail, then the document in brackets", sub(soc(func(a *riskassess.Social) { set(a, "別紙参照（SNS運用手順書）") })), met, field},
			{"an attachment with a placeholder in brackets", sub(soc(func(a *riskassess.Social) { set(a, "別紙のとおり（未定）") })), part, field},
			// A bracket saying the document is not there yet, or 書 inside a
			// word (書面, 文書管理), names none; these were met.
			{"an attachment whose procedure is not made yet", sub(soc(func(a *riskassess.Social) { set(a, "別紙（手順書は未作成）") })), part, field},
			{"an attachment kept on paper", sub(soc(func(a *riskassess.Social) { set(a, "別紙（書面で保管）") })), part, field},
			{"an attachment kept in a document system", sub(soc(func(a *riskassess.Social) { set(a, "別紙のとおり（文書管理システムで保管）") })), part, field},
			{"an attachment with no rules", sub(soc(func(a *riskassess.Social) { set(a, "別紙（規定なし）") })), part, field},
			{"an attachment being planned", sub(soc(func(a *riskassess.Social) { set(a, "別紙（計画中）") })), part, field},
			{"an attachment to be made", sub(soc(func(a *riskassess.Social) { set(a, "別紙（手順書を作成予定）") })), part, field},
			{"an attachment named by a word ending in 書", sub(soc(func(a *riskassess.Social) { set(a, "別紙（SNS運用書）") })), met, field},
			{"an attachment named with a condition", sub(soc(func(a *riskassess.Social) { set(a, "別紙（SNSを使わない場合の手順）") })), met, field},
			// A date alone names no document (the day it was made,
			// perhaps): partial, as an unnamed attachment; it was met
			// (記録あり（2026-04-01）). A title with a date in it is met.
			{"a date alone", sub(soc(func(a *riskassess.Social) { set(a, "2026-04-01") }), q, "yes"), part, field},
			{"a date alone in the era", sub(soc(func(a *riskassess.Social) { set(a, "令和8年4月1日") })), part, field},
			{"a date alone with slashes", sub(soc(func(a *riskassess.Social) { set(a, "2026/4/1") })), part, field},
			{"a date alone, full width and a weekday", sub(soc(func(a *riskassess.Social) { set(a, " Ｒ８．４．１（水）。") })), part, field},
			{"a date alone in kanji numerals", sub(soc(func(a *riskassess.Social) { set(a, "令和八年四月一日") })), part, field},
			{"a title with a date", sub(soc(func(a *riskassess.Social) { set(a, "SNS運用方針（2026年4月1日制定）") })), met, field},
			{"a title after a date", sub(soc(func(a *riskassess.Social) { set(a, "2026年4月1日制定 SNS運用方針") })), met, field},
			{"a fiscal year's title", sub(soc(func(a *riskassess.Social) { set(a, "令和8年度SNS運用手順") })), met, field},
			{"a number", sub(soc(func(a *riskassess.Social) { set(a, "2026") })), met, field},
			// A few words of its own that say there is no document, as a
			// contract clause's article is read (articleNamesNoClause):
			// these were met as the document's title (記録あり（記載なし）).
			{"says not written", sub(soc(func(a *riskassess.Social) { set(a, "記載なし") }), q, "yes"), notMet, field},
			{"says no rules", sub(soc(func(a *riskassess.Social) { set(a, "規定なし") })), notMet, field},
			{"says no procedure", sub(soc(func(a *riskassess.Social) { set(a, "手順なし") })), notMet, field},
			{"says no policy, by name", sub(soc(func(a *riskassess.Social) { set(a, "運用方針なし") })), notMet, field},
			{"says none at present", sub(soc(func(a *riskassess.Social) { set(a, "現在なし") })), notMet, field},
			{"says not set, in a clause", sub(soc(func(a *riskassess.Social) { set(a, "特に定めていない") })), notMet, field},
			{"says none to be drawn up", sub(soc(func(a *riskassess.Social) { set(a, "策定予定なし") })), notMet, field},
			{"says none, in brackets", sub(soc(func(a *riskassess.Social) { set(a, "（なし）") })), notMet, field},
			{"says not written, with a note", sub(soc(func(a *riskassess.Social) { set(a, "記載なし（令和9年度に策定）") })), notMet, field},
			{"says not yet", sub(soc(func(a *riskassess.Social) { set(a, "Not yet") }), q, "yes"), notMet, field},
			{"says not yet drafted, in katakana", sub(soc(func(a *riskassess.Social) { set(a, "記載ナシ") })), notMet, field},
			// In half-width katakana, to come later (今後), to be
			// considered, or in English (were met as a document).
			{"says none, in half-width katakana", sub(soc(func(a *riskassess.Social) { set(a, "ﾅｼ") }), q, "yes"), notMet, field},
			{"says not written, in half-width katakana", sub(soc(func(a *riskassess.Social) { set(a, "記載ﾅｼ") })), notMet, field},
			{"says to be drawn up later", sub(soc(func(a *riskassess.Social) { set(a, "今後策定") }), q, "yes"), notMet, field},
			{"says to be made later", sub(soc(func(a *riskassess.Social) { set(a, "今後作成予定") })), notMet, field},
			{"says to be considered", sub(soc(func(a *riskassess.Social) { set(a, "検討予定") })), notMet, field},
			{"says not made", sub(soc(func(a *riskassess.Social) { set(a, "作成していない") })), notMet, field},
			{"says to be decided", sub(soc(func(a *riskassess.Social) { set(a, "To be decided") })), notMet, field},
			{"says no policy", sub(soc(func(a *riskassess.Social) { set(a, "no policy") })), notMet, field},
			{"says not specified", sub(soc(func(a *riskassess.Social) { set(a, "not specified") })), notMet, field},
			// A sentence or a title's note saying the document is still
			// to be made (策定予定, 作成中, 未策定) after a particle or a
			// time, or alone: these were met as the document's title.
			{"says it is to be listed", sub(soc(func(a *riskassess.Social) { set(a, "公式サイトのSNS一覧に掲載予定") }), q, "yes"), notMet, field},
			{"says to be drawn up this year", sub(soc(func(a *riskassess.Social) { set(a, "今年度中に策定予定") })), notMet, field},
			{"says to be drawn up in a year of the era", sub(soc(func(a *riskassess.Social) { set(a, "令和9年度に策定予定") })), notMet, field},
			{"says to be drawn up in R9", sub(soc(func(a *riskassess.Social) { set(a, "R9年度策定予定") })), notMet, field},
			{"says the policy is to be drawn up", sub(soc(func(a *riskassess.Social) { set(a, "運用方針は策定予定です。") })), notMet, field},
			{"says the procedure is to be made", sub(soc(func(a *riskassess.Social) { set(a, "手順書を作成予定") })), notMet, field},
			{"says being made now", sub(soc(func(a *riskassess.Social) { set(a, "現在作成中です") })), notMet, field},
			{"says being considered before drawing up", sub(soc(func(a *riskassess.Social) { set(a, "策定に向け検討中") })), notMet, field},
			{"a title, then being drawn up", sub(soc(func(a *riskassess.Social) { set(a, "SNS運用方針 策定中") })), notMet, field},
			// Done by custom, by a person, by consulting each time or by
			// e-mail: no document (saysPracticeOnly); these were met.
			{"says by custom", sub(soc(func(a *riskassess.Social) { set(a, "慣例による") }), q, "yes"), notMet, field},
			{"says run by custom", sub(soc(func(a *riskassess.Social) { set(a, "慣例で運用") })), notMet, field},
			{"says the person in charge knows", sub(soc(func(a *riskassess.Social) { set(a, "担当者が把握") })), notMet, field},
			{"says the person in charge decides", sub(soc(func(a *riskassess.Social) { set(a, "担当者の判断") })), notMet, field},
			{"says shared by e-mail", sub(soc(func(a *riskassess.Social) { set(a, "メールで共有") })), notMet, field},
			{"says consulted each time", sub(soc(func(a *riskassess.Social) { set(a, "都度相談") })), notMet, field},
			{"a title on the person's criteria", sub(soc(func(a *riskassess.Social) { set(a, "担当者の判断基準") })), met, field},
			{"a title on sending e-mail", sub(soc(func(a *riskassess.Social) { set(a, "メール送信手順書") })), met, field},
			{"a collection of customs", sub(soc(func(a *riskassess.Social) { set(a, "慣例集") })), met, field},
			// A version being written, or a first version after a title
			// (were met); a later version after a title names the first.
			{"says a version is being written", sub(soc(func(a *riskassess.Social) { set(a, "v1.0作成中") }), q, "yes"), notMet, field},
			{"a title, then a first version being written", sub(soc(func(a *riskassess.Social) { set(a, "SNS運用方針 v1.0作成中") })), notMet, field},
			{"a title, then a later version being written", sub(soc(func(a *riskassess.Social) { set(a, "SNS運用方針 v2作成中") })), met, field},
			{"a title with a note: to be drawn up", sub(soc(func(a *riskassess.Social) { set(a, "SNS運用方針（策定予定）") }), q, "yes"), notMet, field},
			{"a title with a note: not drawn up", sub(soc(func(a *riskassess.Social) { set(a, "SNS運用方針（未策定）") })), notMet, field},
			{"a title with a note: being made", sub(soc(func(a *riskassess.Social) { set(a, "ＳＮＳ運用方針（作成中）") })), notMet, field},
			{"a title with a note: to be drawn up in a year", sub(soc(func(a *riskassess.Social) { set(a, "SNS運用方針（令和9年度策定予定）") })), notMet, field},
			// A document that is there: a revision or a new edition to come,
			// in use, a title holding such a word.
			{"a title with a note: to be revised", sub(soc(func(a *riskassess.Social) { set(a, "SNS運用方針（改定予定）") })), met, field},
			{"a title with a note: a new edition being made", sub(soc(func(a *riskassess.Social) { set(a, "SNS運用方針（第2版作成中）") })), met, field},
			// A draft or a document not yet approved is not in force: partial
			// (saysDraft). These were met; the row for （案） was met by
			// choice, read as a document that is there.
			{"a title with a note: a draft", sub(soc(func(a *riskassess.Social) { set(a, "SNS運用方針（案）") }), q, "yes"), part, field},
			{"a title ending in a draft", sub(soc(func(a *riskassess.Social) { set(a, "SNS運用方針案") })), part, field},
			{"a title with a note: not approved", sub(soc(func(a *riskassess.Social) { set(a, "SNS運用方針（未決裁）") })), part, field},
			{"a title with a note: before approval", sub(soc(func(a *riskassess.Social) { set(a, "SNS運用方針（決裁前）") })), part, field},
			{"a title with a note: a rough draft", sub(soc(func(a *riskassess.Social) { set(a, "SNS運用方針（素案）") })), part, field},
			{"an English title with a note: a draft", sub(soc(func(a *riskassess.Social) { set(a, "SNS policy (draft)") })), part, field},
			{"says not yet approved", sub(soc(func(a *riskassess.Social) { set(a, "not yet approved") })), part, field},
			{"a draft with its approval date", sub(soc(func(a *riskassess.Social) { set(a, "SNS運用方針（案）（2026年4月1日決裁）") })), met, field},
			{"a draft, approved", sub(soc(func(a *riskassess.Social) { set(a, "SNS運用方針（案）決裁済み") })), met, field},
			{"a title holding 案 in another word", sub(soc(func(a *riskassess.Social) { set(a, "提案制度の運用方針") })), met, field},
			{"a title with an edition", sub(soc(func(a *riskassess.Social) { set(a, "SNS運用方針（令和6年度版）") })), met, field},
			{"a title on bills", sub(soc(func(a *riskassess.Social) { set(a, "議案の投稿ルール") })), met, field},
			{"a title with a note: in use", sub(soc(func(a *riskassess.Social) { set(a, "SNS運用方針（運用中）") })), met, field},
			{"a title, then a new edition being made", sub(soc(func(a *riskassess.Social) { set(a, "SNS運用方針 第2版作成中") })), met, field},
			{"a title on what is being prepared", sub(soc(func(a *riskassess.Social) { set(a, "投稿準備中の確認手順") })), met, field},
			{"a title on the schedule", sub(soc(func(a *riskassess.Social) { set(a, "掲載予定表の作成要領") })), met, field},
			{"a title on what comes next", sub(soc(func(a *riskassess.Social) { set(a, "今後の対応方針") })), met, field},
			{"an English title", sub(soc(func(a *riskassess.Social) { set(a, "No-reply notice rules") })), met, field},
			// Titles holding such words are documents.
			{"a title ending in a word of time", sub(soc(func(a *riskassess.Social) { set(a, "議会広報の年間予定表") })), met, field},
			{"a title with a note saying what is not posted", sub(soc(func(a *riskassess.Social) { set(a, "運用ガイドライン（個人情報は掲載しない）") })), met, field},
			{"a chapter on what comes next", sub(soc(func(a *riskassess.Social) { set(a, "なりすまし対策要領 第3条（今後の対応）") })), met, field},
			{"a chapter on the review body", sub(soc(func(a *riskassess.Social) { set(a, "緊急時対応手順 第2章（検討体制）") })), met, field},
			{"a title saying what is not done", sub(soc(func(a *riskassess.Social) { set(a, "個人情報を掲載しない運用ルール") })), met, field},
			{"a title with a kept note", sub(soc(func(a *riskassess.Social) { set(a, "SNS運用手順（改定なし）") })), met, field},
			{"a URL ending in nashi", sub(soc(func(a *riskassess.Social) { set(a, "https://www.city.chofu.example/gikai/nashi") })), met, field},
			{"not applicable", sub(soc(notApplicable)), na, ""},
		}
	}
	m["SNS-01"] = text("SNS-01", "posting_rules", func(a *riskassess.Social, v string) { a.PostingRules = v }, socRetired)
	m["SNS-07"] = text("SNS-07", "posting_scope", func(a *riskassess.Social, v string) { a.PostingScope = v }, suspended)
	m["SNS-08"] = text("SNS-08", "takeover_procedure", func(a *riskassess.Social, v string) { a.TakeoverProcedure = v }, socRetired)
	m["SNS-11"] = text("SNS-11", "impersonation_procedure", func(a *riskassess.Social, v string) { a.ImpersonationProcedure = v }, socRetired)
	site := &riskassess.Organisation{Website: "https://www.city.chofu.example/gikai/"}
	listed := func(u string) func(*riskassess.Social) { return func(a *riskassess.Social) { a.ListedOn = u } }
	m["SNS-02"] = []tc{
		{"listed", sub(soc(listed("https://www.city.chofu.example/gikai/sns.html"))), met, "listed_on"},
		{"listed on own site", withOrg(sub(soc(listed("https://WWW.city.chofu.example/gikai/sns.html"))), site), met, ""},
		{"listed elsewhere", withOrg(sub(soc(listed("https://gikai.example.com/sns"))), site), part, "listed_on"},
		// www.host and host are one site, either way round; another host
		// (a subdomain other than www, or www of another host) is not.
		{"listed on own site without www", withOrg(sub(soc(listed("https://city.chofu.example/sns.html"))), site), met, ""},
		{"listed on own site with www", withOrg(sub(soc(listed("https://Www.city.example.lg.jp/sns.html"))), &riskassess.Organisation{Website: "https://city.example.lg.jp"}), met, ""},
		{"listed on another subdomain", withOrg(sub(soc(listed("https://gikai.city.chofu.example/sns.html"))), site), part, "listed_on"},
		{"listed on www of another host", withOrg(sub(soc(listed("https://www.chofu.example/sns.html"))), site), part, "listed_on"},
		{"listed on a www-named host", withOrg(sub(soc(listed("https://wwwcity.chofu.example/sns.html"))), site), part, "listed_on"},
		{"says none", sub(soc(listed("未掲載")), "Q-SNS-02", "yes"), notMet, "listed_on"},
		{"says not listed, in a few words", sub(soc(listed("掲載なし")), "Q-SNS-02", "yes"), notMet, "listed_on"},
		// An attachment it does not name is no page: it was met without a
		// website in register.yaml.
		{"an unnamed attachment", sub(soc(listed("別紙のとおり")), "Q-SNS-02", "yes"), part, "listed_on"},
		// A date alone (the day of the listing) is no page; the store
		// refuses it (bad-url), a register built in Go does not.
		{"a date alone", sub(soc(listed("2026-04-01")), "Q-SNS-02", "yes"), part, "listed_on"},
		// The account's own profile (or another page of its platform) is
		// what impersonators copy: it is not our website, known or not.
		{"listed on the platform", sub(soc(listed("https://X.example/gikai"), func(a *riskassess.Social) { a.URL = "https://x.example/gikai" })), notMet, "listed_on"},
		{"listed on the platform, website known", withOrg(sub(soc(listed("https://x.example/gikai/about"), func(a *riskassess.Social) { a.URL = "https://x.example/gikai" })), site), notMet, "listed_on"},
		// With or without www. the platform's host is the platform: the
		// profile page passed as our website when register.yaml names none.
		{"listed on the platform without www", sub(soc(listed("https://instagram.com/chofu_gikai"), func(a *riskassess.Social) { a.URL = "https://www.instagram.com/chofu_gikai/" })), notMet, "listed_on"},
		{"listed on the platform with www", sub(soc(listed("https://www.x.example/gikai"), func(a *riskassess.Social) { a.URL = "https://x.example/gikai" })), notMet, "listed_on"},
		// A page of another platform (the council's Facebook page for its X
		// account) is no website we manage: it was met without a website in
		// register.yaml, and partial with one.
		{"listed on another platform", sub(soc(listed("https://www.facebook.com/chofu.gikai"), func(a *riskassess.Social) { a.URL = "https://x.com/chofu_gikai" })), notMet, "listed_on"},
		{"listed on another platform, website known", withOrg(sub(soc(listed("https://note.com/chofu_gikai/n/n123"))), site), notMet, "listed_on"},
		{"not listed, answer no", sub(soc(), "Q-SNS-02", "no"), notMet, ""},
		{"retired", sub(soc(socRetired)), na, ""},
	}
	socFlag := func(id, field string, set func(*riskassess.Social, *bool)) []tc {
		q := QuestionID(id)
		return []tc{
			{"true", sub(soc(func(a *riskassess.Social) { set(a, ptr(true)) })), met, field},
			{"false", sub(soc(func(a *riskassess.Social) { set(a, ptr(false)) }), q, "yes"), notMet, field},
			{"unknown, answer yes", sub(soc(), q, "yes"), met, "answers." + q},
			{"unknown, no answer", sub(soc()), noAns, ""},
			{"retired", sub(soc(socRetired)), na, ""},
		}
	}
	m["SNS-03"] = socFlag("SNS-03", "profile_names_operator", func(a *riskassess.Social, b *bool) { a.ProfileNamesOperator = b })
	m["SNS-13"] = socFlag("SNS-13", "mfa", func(a *riskassess.Social, b *bool) { a.MFA = b })
	m["SNS-04"] = []tc{
		{"named", sub(soc(func(a *riskassess.Social) { a.CredentialCustodian = "p-suzuki" })), met, "credential_custodian"},
		{"unknown person", withOrg(sub(soc(func(a *riskassess.Social) { a.CredentialCustodian = "p-x" })), people), notMet, ""},
		{"missing", sub(soc()), notMet, "credential_custodian"},
		{"undecided", sub(soc(func(a *riskassess.Social) { a.CredentialCustodian = "未定" })), notMet, "credential_custodian"},
		{"person who left", withOrg(sub(soc(func(a *riskassess.Social) { a.CredentialCustodian = "p-left" })), leftOrg), notMet, "credential_custodian"},
		{"retired", sub(soc(socRetired)), na, ""},
	}
	for _, id := range []string{"SNS-05", "SNS-09", "SNS-10", "SNS-12", "SNS-18"} {
		m[id] = with(yesNo(id, activeSoc), tc{"suspended", sub(soc(suspended), QuestionID(id), "no"), na, ""})
	}
	resp := func(o riskassess.Owner) func(*riskassess.Social) {
		return func(a *riskassess.Social) { a.Responsible = o }
	}
	sections := &riskassess.Organisation{Sections: []riskassess.Section{{ID: "gikai-somu"}}, People: people.People}
	m["SNS-06"] = []tc{
		// A post alone, with no people to tell its holder, names no
		// person (BLK-SNS-NO-RESPONSIBLE blocks it): it was met.
		{"section and position, no people", sub(soc(resp(riskassess.Owner{Section: "gikai-somu", Position: "kacho"}))), part, "responsible"},
		{"section and 係長, no people", sub(soc(resp(riskassess.Owner{Section: "gikai-somu", Position: "係長"}))), part, "responsible"},
		{"section and position, no people, person named", sub(soc(resp(riskassess.Owner{Section: "gikai-somu", Position: "kacho", Person: "p-suzuki"}))), met, "responsible.person"},
		{"known person", withOrg(sub(soc(resp(riskassess.Owner{Section: "gikai-somu", Person: "p-suzuki"}))), sections), met, "responsible.person"},
		{"unknown person", withOrg(sub(soc(resp(riskassess.Owner{Section: "gikai-somu", Person: "p-x"}))), sections), notMet, ""},
		{"unknown section", withOrg(sub(soc(resp(riskassess.Owner{Section: "soumu", Position: "kacho"}))), sections), notMet, "responsible.section"},
		{"section only", sub(soc(resp(riskassess.Owner{Section: "gikai-somu"}))), notMet, "responsible"},
		{"nobody", sub(soc()), notMet, "responsible.section"},
		{"person undecided", sub(soc(resp(riskassess.Owner{Section: "gikai-somu", Person: "未定"}))), notMet, "responsible"},
		{"position none", sub(soc(resp(riskassess.Owner{Section: "gikai-somu", Position: "なし"}))), notMet, "responsible"},
		{"retired", sub(soc(socRetired)), na, ""},
	}
	// People move: the post's holder on the as-of date is the responsible
	// person; a vacant post, two holders or a person out of post are not.
	staff := &riskassess.Organisation{Sections: []riskassess.Section{{ID: "koho"}}, People: []riskassess.Person{
		{ID: "old", Section: "koho", Position: "kakaricho", Until: day("2026-03-31")},
		{ID: "new", Section: "koho", Position: "kakaricho", From: day("2026-04-01")},
		{ID: "a", Section: "koho", Position: "shunin"}, {ID: "b", Section: "koho", Position: "shunin"},
	}}
	m["SNS-06"] = append(m["SNS-06"],
		tc{"post held by one person", withOrg(sub(soc(resp(riskassess.Owner{Section: "koho", Position: "kakaricho"}))), staff), met, "responsible"},
		tc{"vacant post", withOrg(sub(soc(resp(riskassess.Owner{Section: "koho", Position: "kacho"}))), staff), notMet, "responsible"},
		tc{"two holders", withOrg(sub(soc(resp(riskassess.Owner{Section: "koho", Position: "shunin"}))), staff), part, "responsible"},
		tc{"named person left in March", withOrg(sub(soc(resp(riskassess.Owner{Section: "koho", Position: "kakaricho", Person: "old"}))), staff), notMet, "responsible.person"},
	)
	// A person named who has moved off the section's line is partial (it
	// was met as anyone in post); a move within the line is not a move.
	line := &riskassess.Organisation{
		Sections: []riskassess.Section{{ID: "somu"}, {ID: "koho", Parent: "somu"}, {ID: "keiyaku", Name: riskassess.T("契約課", "Contracts")}},
		People: []riskassess.Person{
			{ID: "moved", Section: "keiyaku", Position: "kacho", From: day("2026-04-01"), Previous: []riskassess.Posting{{Section: "koho", Position: "kakaricho", Until: day("2026-03-31")}}},
			{ID: "up", Section: "somu", Position: "kacho", From: day("2026-04-01"), Previous: []riskassess.Posting{{Section: "koho", Position: "kakaricho", Until: day("2026-03-31")}}},
			{ID: "elsewhere", Section: "keiyaku", Position: "kakaricho"},
		},
	}
	m["SNS-06"] = append(m["SNS-06"],
		tc{"named person moved to another division", withOrg(sub(soc(resp(riskassess.Owner{Section: "koho", Position: "kakaricho", Person: "moved"}))), line), part, "responsible.person"},
		tc{"named person moved up the line", withOrg(sub(soc(resp(riskassess.Owner{Section: "koho", Position: "kakaricho", Person: "up"}))), line), met, "responsible.person"},
		tc{"named person before the move", withOrg(subAt(soc(resp(riskassess.Owner{Section: "koho", Person: "moved"})), "2026-03-31"), line), met, "responsible.person"},
	)
	// So are a credential custodian, an operator (on the line of
	// responsible.section, else owner.section) and a service's manager (on
	// owner.section's), as validate reads them.
	onKoho := func(a *riskassess.Social) { a.Responsible.Section = "koho" }
	m["SNS-04"] = append(m["SNS-04"],
		tc{"custodian moved to another division", withOrg(sub(soc(onKoho, func(a *riskassess.Social) { a.CredentialCustodian = "moved" })), line), part, "credential_custodian"},
		tc{"custodian moved up the line", withOrg(sub(soc(onKoho, func(a *riskassess.Social) { a.CredentialCustodian = "up" })), line), met, "credential_custodian"},
		tc{"custodian moved, owner's line", withOrg(sub(soc(func(a *riskassess.Social) { a.Owner.Section, a.CredentialCustodian = "koho", "moved" })), line), part, "credential_custodian"},
	)
	m["CLD-04"] = append(m["CLD-04"],
		tc{"manager moved to another division", withOrg(sub(svc(func(v *riskassess.Service) { v.Owner.Section, v.Manager = "koho", "moved" })), line), part, "manager"},
		tc{"manager moved up the line", withOrg(sub(svc(func(v *riskassess.Service) { v.Owner.Section, v.Manager = "koho", "up" })), line), met, "manager"},
		// Someone of another division named on purpose has not moved.
		tc{"manager of another division", withOrg(sub(svc(func(v *riskassess.Service) { v.Owner.Section, v.Manager = "koho", "elsewhere" })), line), met, "manager"},
	)
	socDate := func(id, field string, set func(*riskassess.Social, riskassess.Date), okDate, oldDate string, off func(*riskassess.Social)) []tc {
		q := QuestionID(id)
		return []tc{
			{"recent", sub(soc(func(a *riskassess.Social) { set(a, day(okDate)) })), met, field},
			{"too old", sub(soc(func(a *riskassess.Social) { set(a, day(oldDate)) })), notMet, field},
			{"answer date", sub(soc(), q, okDate), met, "answers." + q},
			{"answer old date", sub(soc(), q, oldDate), notMet, ""},
			{"no answer", sub(soc()), noAns, ""},
			{"not applicable", sub(soc(off)), na, ""},
		}
	}
	m["SNS-14"] = socDate("SNS-14", "password_changed_on", func(a *riskassess.Social, d riskassess.Date) { a.PasswordChangedOn = d }, "2026-01-05", "2025-11-26", socRetired)
	// The password is changed when those in charge change too (SNS-14's
	// text): a custodian or operator who took the account over after the
	// last change (no post, or one off the account's line, that day) was
	// given a password the predecessor knows. It was met on the date alone.
	changes := &riskassess.Organisation{
		Sections: []riskassess.Section{{ID: "somu"}, {ID: "koho", Parent: "somu"}, {ID: "keiyaku"}},
		People: []riskassess.Person{
			{ID: "p-old", Section: "koho"},
			{ID: "p-new", Section: "koho", From: day("2026-04-01")},
			{ID: "p-moved-in", Section: "koho", From: day("2026-04-01"), Previous: []riskassess.Posting{{Section: "keiyaku", Until: day("2026-03-31")}}},
			{ID: "p-promoted", Section: "koho", Position: "kakaricho", From: day("2026-04-01"), Previous: []riskassess.Posting{{Section: "koho", Position: "shuji", Until: day("2026-03-31")}}},
			{ID: "p-up-the-line", Section: "koho", From: day("2026-04-01"), Previous: []riskassess.Posting{{Section: "somu", Until: day("2026-03-31")}}},
			{ID: "p-moved-out", Section: "keiyaku", From: day("2026-04-01"), Previous: []riskassess.Posting{{Section: "koho", Until: day("2026-03-31")}}},
			{ID: "p-other-new", Section: "keiyaku", From: day("2026-04-01")},
			{ID: "p-other-since", Section: "keiyaku"},
			{ID: "p-left", Section: "koho", Until: day("2026-03-31")},
			{ID: "p-moved-out-undated", Section: "keiyaku", Previous: []riskassess.Posting{{Section: "koho"}}},
		},
	}
	inCharge := func(changed, custodian string, operators ...string) func(*riskassess.Social) {
		return func(a *riskassess.Social) {
			a.Responsible.Section, a.CredentialCustodian, a.Operators = "koho", custodian, operators
			if changed != "" {
				a.PasswordChangedOn = day(changed)
			}
		}
	}
	m["SNS-14"] = with(m["SNS-14"],
		tc{"custodian since before the change", withOrg(sub(soc(inCharge("2026-01-05", "p-old", "p-old"))), changes), met, "password_changed_on"},
		tc{"custodian new since the change", withOrg(sub(soc(inCharge("2026-01-05", "p-new", "p-old"))), changes), notMet, "credential_custodian"},
		tc{"custodian new, changed on the day", withOrg(sub(soc(inCharge("2026-04-01", "p-new"))), changes), met, "password_changed_on"},
		tc{"operator moved in since the change", withOrg(sub(soc(inCharge("2025-12-01", "p-old", "p-old", "p-moved-in"))), changes), notMet, "operators[1]"},
		tc{"operator moved in, changed after", withOrg(sub(soc(inCharge("2026-04-10", "p-old", "p-moved-in"))), changes), met, ""},
		tc{"operator promoted within the section", withOrg(sub(soc(inCharge("2026-01-05", "p-old", "p-promoted"))), changes), met, ""},
		tc{"operator from the section above", withOrg(sub(soc(inCharge("2026-01-05", "p-old", "p-up-the-line"))), changes), met, ""},
		// Moved away after the change but still listed (SNS-20 and
		// validate report the record): they know the password, which was
		// not changed when they left (it was met). Moved away before the
		// change, met.
		tc{"operator moved out", withOrg(sub(soc(inCharge("2026-01-05", "p-old", "p-moved-out"))), changes), notMet, "operators[0]"},
		tc{"operator left the council", withOrg(sub(soc(inCharge("2026-01-05", "p-old", "p-old", "p-left"))), changes), notMet, "operators[1]"},
		// Moved off the line on a day people does not give: not known to
		// be before the change (it was met).
		tc{"custodian moved out, undated", withOrg(sub(soc(inCharge("2026-01-05", "p-moved-out-undated", "p-old"))), changes), notMet, "credential_custodian"},
		tc{"operator moved out, changed after", withOrg(sub(soc(inCharge("2026-04-10", "p-old", "p-moved-out"))), changes), met, ""},
		// Of another division, never on the line (named on purpose, which
		// SNS-04/SNS-20 do not report): judged on their own posting. New
		// there since the change, they took over (it was met).
		tc{"custodian of another division, new", withOrg(sub(soc(inCharge("2026-01-05", "p-other-new", "p-old"))), changes), notMet, "credential_custodian"},
		tc{"custodian of another division since before", withOrg(sub(soc(inCharge("2026-01-05", "p-other-since", "p-old"))), changes), met, "password_changed_on"},
		tc{"overdue anyway", withOrg(sub(soc(inCharge("2025-11-26", "p-new"))), changes), notMet, "password_changed_on"},
		tc{"answered date, custodian new", withOrg(sub(soc(inCharge("", "p-new")), "Q-SNS-14", "2026-01-05"), changes), notMet, "credential_custodian"},
	)
	m["SNS-15"] = socDate("SNS-15", "terms_checked_on", func(a *riskassess.Social, d riskassess.Date) { a.TermsCheckedOn = d }, "2026-02-01", "2025-02-01", socRetired)
	m["SNS-19"] = with(socDate("SNS-19", "last_post", func(a *riskassess.Social, d riskassess.Date) { a.LastPost = d }, "2026-06-01", "2026-05-30", suspended),
		// 180日以上投稿がない: the 180th day after the last post is dormant
		// (it was met), the 179th not.
		tc{"last post 180 days ago", sub(soc(func(a *riskassess.Social) { a.LastPost = day("2026-05-31") })), notMet, "last_post"},
		tc{"last post 179 days ago", sub(soc(func(a *riskassess.Social) { a.LastPost = day("2026-06-01") })), met, "last_post"})
	m["SNS-16"] = approvalCases(func(f func(*riskassess.Common)) riskassess.Entry {
		return soc(func(a *riskassess.Social) { f(&a.Common) })
	})
	notice := func(a *riskassess.Social) { a.NoticeURL = "https://www.city.chofu.example/gikai/news/sns-end.html" }
	m["SNS-17"] = []tc{
		{"suspended with notice", sub(soc(suspended, notice)), met, "notice_url"},
		{"retired without notice", sub(soc(socRetired)), notMet, "notice_url"},
		{"notice says none", sub(soc(socRetired, func(a *riskassess.Social) { a.NoticeURL = "なし" })), notMet, "notice_url"},
		{"notice says none, in a few words", sub(soc(socRetired, func(a *riskassess.Social) { a.NoticeURL = "告知なし" })), notMet, "notice_url"},
		{"notice an unnamed attachment", sub(soc(socRetired, func(a *riskassess.Social) { a.NoticeURL = "別添参照" })), part, "notice_url"},
		{"notice a date alone", sub(soc(socRetired, func(a *riskassess.Social) { a.NoticeURL = "令和8年4月1日" })), part, "notice_url"},
		{"notice on another platform", sub(soc(socRetired, func(a *riskassess.Social) { a.NoticeURL = "https://www.facebook.com/chofu.gikai/posts/1" })), notMet, "notice_url"},
		// A notice posted only on the account's own platform (gone with the
		// account) or on another site than ours was met as any text is.
		{"notice on the platform", sub(soc(socRetired, func(a *riskassess.Social) {
			a.URL, a.NoticeURL = "https://x.example/gikai", "https://X.example/gikai/status/1234567890"
		})), notMet, "notice_url"},
		{"notice on the platform, website known", withOrg(sub(soc(suspended, func(a *riskassess.Social) {
			a.URL, a.NoticeURL = "https://x.example/gikai", "https://x.example/gikai/status/1234567890"
		})), site), notMet, "notice_url"},
		{"notice on the platform without www", sub(soc(socRetired, func(a *riskassess.Social) {
			a.URL, a.NoticeURL = "https://www.instagram.com/chofu_gikai/", "https://instagram.com/p/CabcDEF/"
		})), notMet, "notice_url"},
		{"notice elsewhere", withOrg(sub(soc(socRetired, func(a *riskassess.Social) { a.NoticeURL = "https://gikai.example.com/news/sns-end" })), site), part, "notice_url"},
		{"notice on own site", withOrg(sub(soc(socRetired, notice)), site), met, "notice_url"},
		{"active", sub(soc()), na, ""},
		// riskregister review --outcome retired retires the approval and
		// leaves status as it was: the account is retired all the same.
		{"retired by the approval, status left active", sub(soc(func(a *riskassess.Social) { a.Approval.Status = riskassess.StatusRetired })), notMet, "notice_url"},
		{"retired after the as-of date", sub(soc(socRetired, func(a *riskassess.Social) {
			a.Approval.DecidedOn = day("2026-12-15")
			a.Approval.History = []riskassess.DecisionRecord{{Status: riskassess.StatusApproved, On: day("2026-04-01")}, {Status: riskassess.StatusRetired, On: day("2026-12-15")}}
		})), na, ""},
	}
	m["SNS-20"] = []tc{
		{"operators", sub(soc(func(a *riskassess.Social) { a.Operators = []string{"p-suzuki"} })), met, "operators"},
		{"unknown operator", withOrg(sub(soc(func(a *riskassess.Social) { a.Operators = []string{"p-suzuki", "p-x"} })), people), notMet, "operators[1]"},
		{"operator who left", withOrg(sub(soc(func(a *riskassess.Social) { a.Operators = []string{"p-suzuki", "p-left"} })), leftOrg), notMet, "operators[1]"},
		{"operators in post", withOrg(sub(soc(func(a *riskassess.Social) { a.Operators = []string{"p-suzuki"} })), leftOrg), met, "operators"},
		{"none", sub(soc()), notMet, "operators"},
		{"suspended", sub(soc(suspended)), na, ""},
		{"operator moved to another division", withOrg(sub(soc(onKoho, func(a *riskassess.Social) { a.Operators = []string{"up", "moved"} })), line), part, "operators[1]"},
		{"operators on the line", withOrg(sub(soc(onKoho, func(a *riskassess.Social) { a.Operators = []string{"up"} })), line), met, "operators"},
		{"operator of another division", withOrg(sub(soc(onKoho, func(a *riskassess.Social) { a.Operators = []string{"up", "elsewhere"} })), line), met, "operators"},
	}

	// Several kinds.
	m["CLS-01"] = []tc{
		{"service classified", sub(svc()), met, "class"},
		{"service, confidentiality missing", sub(svc(func(v *riskassess.Service) { v.Class = class("", "2", "2") })), notMet, "class"},
		{"service, unknown level", sub(svc(func(v *riskassess.Service) { v.Class = class("9", "2", "2") })), notMet, ""},
		{"service, integrity missing", sub(svc(func(v *riskassess.Service) { v.Class = class("2", "", "1") })), part, ""},
		{"contractor classified", sub(con()), met, ""},
		{"contractor, item unclassified", sub(con(func(c *riskassess.Contractor) {
			c.Contracts[0].Information = append(c.Contracts[0].Information, riskassess.InformationAccess{Description: "名簿"})
		})), notMet, "contracts[0].information[1].class"},
		{"contractor, no information", sub(con(func(c *riskassess.Contractor) { c.Contracts[0].Information = nil })), notMet, "contracts[].information"},
		{"contractor, no contracts", sub(con(noContracts)), notMet, "contracts"},
	}
	m["CLS-14"] = with(yesNo("CLS-14", entry(con, personal)),
		tc{"service with personal data", sub(svc(func(v *riskassess.Service) { v.PersonalData = true }), "Q-CLS-14", "yes"), met, ""},
		tc{"no personal data", sub(con(), "Q-CLS-14", "no"), na, ""},
		tc{"work in the My Number segment", sub(con(func(c *riskassess.Contractor) {
			c.Contracts[0].Segments = []riskassess.Segment{riskassess.SegmentMyNumber}
		}), "Q-CLS-14", "no"), notMet, ""},
		tc{"service without personal data", sub(svc(), "Q-CLS-14", "no"), na, ""})
	// The approval chain of the example register: 係長 and 課長 always, the
	// information security manager for services from 中, 事務局長 from 高.
	chain := &riskassess.Organisation{
		Positions: []riskassess.Position{{ID: "kakaricho", Title: riskassess.T("係長", "Unit Head")},
			{ID: "kacho", Title: riskassess.T("課長", "Division Head")}, {ID: "joho", Title: riskassess.T("情報セキュリティ管理者", "ISM")},
			{ID: "kyokucho", Title: riskassess.T("事務局長", "Secretary-General")}},
		ApprovalChain: []riskassess.ApprovalStep{
			{Role: riskassess.T("起案確認", "Drafting check"), Position: "kakaricho"},
			{Role: riskassess.T("所管課長決裁", "Division head"), Position: "kacho"},
			{Role: riskassess.T("情報セキュリティ管理者", "ISM review"), Position: "joho", Kinds: []riskassess.Kind{riskassess.KindService}, MinRisk: riskassess.RiskMedium},
			{Role: riskassess.T("事務局長決裁", "Secretary-General"), Position: "kyokucho", MinRisk: riskassess.RiskHigh},
		},
		Sections: []riskassess.Section{{ID: "somu", Name: riskassess.T("総務課", "General Affairs")},
			{ID: "somu-shomu", Name: riskassess.T("庶務係", "Administration"), Parent: "somu"},
			{ID: "giji", Name: riskassess.T("議事課", "Proceedings")},
			{ID: "joho", Name: riskassess.T("情報政策課", "Information Policy")}},
		// The people who signed: kato became kacho on 2026-04-01 (kakaricho
		// before), mori was kacho until 2026-03-31, nishi takes the post
		// on 2026-04-02 with no earlier post recorded, ueda is kakaricho
		// throughout.
		People: []riskassess.Person{
			{ID: "kato", Name: riskassess.T("加藤 一", "Hajime Kato"), Section: "somu", Position: "kacho", From: day("2026-04-01"),
				Previous: []riskassess.Posting{{Section: "somu", Position: "kakaricho", From: day("2024-04-01"), Until: day("2026-03-31")}}},
			{ID: "mori", Name: riskassess.T("森 二郎", "Jiro Mori"), Section: "somu", Position: "kacho", Until: day("2026-03-31")},
			{ID: "nishi", Name: riskassess.T("西 三郎", "Saburo Nishi"), Section: "somu", Position: "kacho", From: day("2026-04-02")},
			{ID: "ueda", Name: riskassess.T("上田 四郎", "Shiro Ueda"), Section: "somu", Position: "kakaricho"},
			// fuji is kacho of another division throughout.
			{ID: "fuji", Name: riskassess.T("藤田 五郎", "Goro Fujita"), Section: "giji", Position: "kacho"},
		}}
	signed := func(st riskassess.ApprovalStatus, approver string, positions ...string) func(*riskassess.Common) {
		return func(c *riskassess.Common) {
			c.Approval = riskassess.Approval{Status: st, Approver: approver, DecidedOn: day("2026-04-01")}
			for _, p := range positions {
				c.Approval.Signatures = append(c.Approval.Signatures, riskassess.Signature{Position: p})
			}
		}
	}
	at := func(s *riskassess.Subject, l riskassess.RiskLevel) *riskassess.Subject {
		s.Residual = l
		return withOrg(s, chain)
	}
	conW := func(f func(*riskassess.Common)) riskassess.Entry {
		return con(func(c *riskassess.Contractor) { f(&c.Common) })
	}
	svcW := func(f func(*riskassess.Common)) riskassess.Entry {
		return svc(func(v *riskassess.Service) { f(&v.Common) })
	}
	socW := func(f func(*riskassess.Common)) riskassess.Entry {
		return soc(func(a *riskassess.Social) { f(&a.Common) })
	}
	// by returns the low-risk contractor route (kakaricho, kacho) signed by
	// ueda and by person as kacho, on day on (zero: the approval's
	// decided_on, 2026-04-01).
	by := func(person, on string) *riskassess.Subject {
		return at(sub(conW(func(c *riskassess.Common) {
			signed(riskassess.StatusApproved, "kacho", "kakaricho", "kacho")(c)
			c.Approval.Signatures[0].Person = "ueda"
			c.Approval.Signatures[1].Person = person
			if on != "" {
				c.Approval.Signatures[1].On = day(on)
			}
		})), riskassess.RiskLow)
	}
	// renewal returns the low-risk contractor route decided on 2026-04-01,
	// kacho signing on day on (zero: undated), after a decision of status
	// prev (approved when "") on 2025-04-01 in the history.
	renewal := func(on string, prev riskassess.ApprovalStatus) *riskassess.Subject {
		if prev == "" {
			prev = riskassess.StatusApproved
		}
		return at(sub(conW(func(c *riskassess.Common) {
			signed(riskassess.StatusApproved, "kacho", "kakaricho", "kacho")(c)
			c.Approval.History = []riskassess.DecisionRecord{{Status: prev, Approver: "kacho", On: day("2025-04-01")},
				{Status: riskassess.StatusApproved, Approver: "kacho", On: day("2026-04-01")}}
			if on != "" {
				c.Approval.Signatures[1].On = day(on)
			}
		})), riskassess.RiskLow)
	}
	// acting marks the kacho sign-off of s (by's second) as acting.
	acting := func(s *riskassess.Subject) *riskassess.Subject {
		s.Entry.Base().Approval.Signatures[1].Acting = true
		return s
	}
	// twice returns the low-risk contractor route (kakaricho, kacho) both
	// signed by person: as kakaricho on day d1, and as kacho on day d2,
	// acting when acting (zero days: the approval's decided_on).
	twice := func(person, d1, d2 string, acting bool) *riskassess.Subject {
		s := by(person, d2)
		sg := s.Entry.Base().Approval.Signatures
		sg[0].Person, sg[1].Acting = person, acting
		if d1 != "" {
			sg[0].On = day(d1)
		}
		return s
	}
	// owned returns by(person, "2026-04-01") with the entry owned by
	// section owner, the kacho sign-off acting when acting.
	owned := func(person, owner string, acting bool) *riskassess.Subject {
		s := by(person, "2026-04-01")
		s.Entry.Base().Owner.Section = owner
		s.Entry.Base().Approval.Signatures[1].Acting = acting
		return s
	}
	m["APR-01"] = []tc{
		{"high, only the unit head signed", at(sub(conW(signed(riskassess.StatusApproved, "kakaricho"))), riskassess.RiskHigh), notMet, "approval.signatures"},
		{"high, unit and division heads, no secretary-general", at(sub(conW(signed(riskassess.StatusApproved, "kacho", "kakaricho"))), riskassess.RiskHigh), notMet, ""},
		{"high, the whole route", at(sub(conW(signed(riskassess.StatusConditional, "kyokucho", "kakaricho", "kacho"))), riskassess.RiskHigh), met, "approval.signatures"},
		{"low, unit and division heads", at(sub(socW(signed(riskassess.StatusApproved, "kacho", "kakaricho"))), riskassess.RiskLow), met, ""},
		{"old record: approver only", at(sub(conW(signed(riskassess.StatusApproved, "kacho"))), riskassess.RiskLow), notMet, ""},
		{"service at medium lacks the security manager", at(sub(svcW(signed(riskassess.StatusApproved, "kacho", "kakaricho"))), riskassess.RiskMedium), notMet, ""},
		{"contractor at medium needs no security manager", at(sub(conW(signed(riskassess.StatusApproved, "kacho", "kakaricho"))), riskassess.RiskMedium), met, ""},
		{"service at medium, full route", at(sub(svcW(signed(riskassess.StatusApproved, "kacho", "kakaricho", "joho"))), riskassess.RiskMedium), met, ""},
		// An unknown residual never drops a step: every min_risk step counts.
		{"residual unknown", at(sub(svcW(signed(riskassess.StatusApproved, "kacho", "kakaricho", "joho"))), ""), notMet, ""},
		{"requested: nothing to check yet", at(sub(conW(signed(riskassess.StatusRequested, ""))), riskassess.RiskHigh), na, ""},
		{"rejected", at(sub(conW(signed(riskassess.StatusRejected, "kacho"))), riskassess.RiskHigh), na, ""},
		{"no chain in register.yaml", sub(conW(signed(riskassess.StatusApproved, "kakaricho"))), na, ""},
		// Approved after the as-of date (2026-11-27), nothing before: the
		// sign-offs had not been given then (CLD-32/OUT-09 are not met).
		{"approved after the as-of date", at(sub(conW(func(c *riskassess.Common) {
			signed(riskassess.StatusApproved, "kacho", "kakaricho")(c)
			c.Approval.DecidedOn = day("2026-12-03")
		})), riskassess.RiskLow), na, ""},
		// A sign-off dated after the as-of date had not been given then.
		{"a sign-off after the as-of date", at(sub(socW(func(c *riskassess.Common) {
			signed(riskassess.StatusApproved, "kacho", "kakaricho")(c)
			c.Approval.Signatures[0].On = day("2026-12-01")
		})), riskassess.RiskLow), notMet, "approval.signatures"},
		// A sign-off counts only when its person held the position that
		// day (both ends of the tenure included); it was met before.
		{"signer: before taking the post, no earlier post", by("nishi", "2026-04-01"), notMet, "approval.signatures"},
		{"signer: on the first day of the post", by("nishi", "2026-04-02"), met, ""},
		{"signer: the day before, in another post", by("kato", "2026-03-31"), notMet, ""},
		{"signer: first day, after a move", by("kato", "2026-04-01"), met, ""},
		{"signer: before the earliest recorded post", by("kato", "2024-03-31"), notMet, ""},
		{"signer: on the last day of the post", by("mori", "2026-03-31"), met, ""},
		{"signer: after leaving the post", by("mori", "2026-04-01"), notMet, ""},
		{"signer: after leaving, day from decided_on", by("mori", ""), notMet, ""},
		{"signer: unknown person", by("nobody", "2026-04-01"), notMet, ""},
		// Acting (代決・兼務): any post held that day will do, but the
		// person must be in post.
		{"signer: acting, in another post", acting(by("kato", "2026-03-31")), met, ""},
		{"signer: acting, after leaving", acting(by("mori", "2026-04-01")), notMet, ""},
		{"signer: acting, before the earliest recorded post", acting(by("kato", "2024-03-31")), notMet, ""},
		{"signer: acting, unknown person", acting(by("nobody", "2026-04-01")), notMet, ""},
		// A renewal decided on 2026-04-01 (the approval before it on
		// 2025-04-01): a sign-off dated on or before that earlier decision
		// was of it, and counted before.
		{"renewal: sign-off left from the previous approval", renewal("2025-03-25", ""), notMet, "approval.signatures"},
		{"renewal: sign-off on the previous decision's day", renewal("2025-04-01", ""), notMet, ""},
		{"renewal: sign-off the day after it", renewal("2025-04-02", ""), met, ""},
		{"renewal: sign-off undated", renewal("", ""), met, ""},
		{"renewal: only a request before it", renewal("2025-03-25", riskassess.StatusRequested), met, ""},
		// A conditional approval turned into an approval: the sign-offs
		// of the conditional decision are not those of the approval.
		{"conditional to approved: sign-off of the conditional decision", renewal("2025-04-01", riskassess.StatusConditional), notMet, "approval.signatures"},
		{"conditional to approved: signed anew", renewal("2026-03-30", riskassess.StatusConditional), met, ""},
		// One person signing two steps of the route (起案 and 決裁): kato,
		// unit head until 2026-03-31, drafts, then decides as division
		// head on 2026-04-01. Each sign-off holds alone, but the route's
		// separation of steps is not there. ueda signing as unit head and,
		// acting (代決), as division head is the recorded exception.
		{"one person, two steps: drafted, then decided after a move", twice("kato", "2026-03-31", "2026-04-01", false), notMet, "approval.signatures"},
		{"one person, two steps: acting for the second", twice("ueda", "", "", true), met, ""},
		{"two people, two steps", by("kato", "2026-04-01"), met, ""},
		// The division head of another division is not the owning
		// division's: kato heads somu (the parent of somu-shomu, the
		// owner) that day; fuji heads giji. Acting (代決), fuji's
		// sign-off counts; with no kacho in the owner's line (joho), or
		// no owner, any kacho's does.
		{"section: division head of another division", owned("fuji", "somu-shomu", false), notMet, "approval.signatures"},
		{"section: of another division, acting", owned("fuji", "somu-shomu", true), met, ""},
		{"section: division head of the owner's parent", owned("kato", "somu-shomu", false), met, ""},
		{"section: division head of the owner", owned("fuji", "giji", false), met, ""},
		{"section: no division head in the owner's line", owned("fuji", "joho", false), met, ""},
		{"section: no owner", owned("fuji", "", false), met, ""},
	}
	return m
}

// TestApprovalChainMessage: the not-met message names every missing
// position with its role and the residual level that requires it.
func TestApprovalChainMessage(t *testing.T) {
	r := find(Default(), "APR-01")
	c := cases()["APR-01"][0]
	got := evaluate(*r, c.s).Message
	want := riskassess.T("残留リスク「高」の決裁ルートで必要な 課長（所管課長決裁）、事務局長（事務局長決裁） の決裁がない",
		"at residual risk High the approval chain requires Division Head (Division head), Secretary-General (Secretary-General), who did not sign")
	if got != want {
		t.Errorf("message:\n got %+v\nwant %+v", got, want)
	}
}

// TestApprovalSignerMessage: a sign-off by someone who did not hold the
// position that day names the position, the person, the day and their
// post or tenure; a person unknown to people is named as such.
func TestApprovalSignerMessage(t *testing.T) {
	r := find(Default(), "APR-01")
	for _, c := range []struct {
		name string
		want riskassess.Text
	}{
		{"signer: before taking the post, no earlier post", riskassess.T(
			"残留リスク「低」の決裁ルートで必要な 課長（所管課長決裁、2026-04-01 に決裁した 西 三郎（nishi） のその日の在任の記録がない（2026-04-02 から在任。以前の役職は people の previous に記録する）） の決裁がない",
			"at residual risk Low the approval chain requires Division Head (Division head, signed on 2026-04-01 by Saburo Nishi (nishi), whose post that day is not recorded (in post from 2026-04-02; record an earlier post in previous of people)), who did not sign")},
		{"signer: the day before, in another post", riskassess.T(
			"残留リスク「低」の決裁ルートで必要な 課長（所管課長決裁、2026-03-31 に決裁した 加藤 一（kato） はその日 総務課の係長 で、この役職にない（代決・兼務なら決裁に acting: true を記録する）） の決裁がない",
			"at residual risk Low the approval chain requires Division Head (Division head, signed on 2026-03-31 by Hajime Kato (kato), who was Unit Head of General Affairs that day, not in this position (if they signed as a deputy or in a concurrent post, record acting: true in the signature)), who did not sign")},
		{"signer: after leaving the post", riskassess.T(
			"残留リスク「低」の決裁ルートで必要な 課長（所管課長決裁、2026-04-01 に決裁した 森 二郎（mori） はその日在任していない（2026-03-31 まで在任）） の決裁がない",
			"at residual risk Low the approval chain requires Division Head (Division head, signed on 2026-04-01 by Jiro Mori (mori), who was not in post that day (in post until 2026-03-31)), who did not sign")},
		{"renewal: sign-off left from the previous approval", riskassess.T(
			"残留リスク「低」の決裁ルートで必要な 課長（所管課長決裁、決裁日 2025-03-25 は前の決定（2025-04-01 の承認）以前で、2026-04-01 の決定の決裁ではない） の決裁がない",
			"at residual risk Low the approval chain requires Division Head (Division head, signed on 2025-03-25, on or before the previous decision (approved on 2025-04-01): not a sign-off of the decision of 2026-04-01), who did not sign")},
		{"one person, two steps: drafted, then decided after a move", riskassess.T(
			"残留リスク「低」の決裁ルートで必要な 課長（所管課長決裁、加藤 一（kato） が 係長 としても決裁しており、一人が二つの段階を決裁している（別の人の決裁を受ける）） の決裁がない",
			"at residual risk Low the approval chain requires Division Head (Division head, signed by Hajime Kato (kato), who also signed as Unit Head: one person signed two steps (have another person sign)), who did not sign")},
		{"section: division head of another division", riskassess.T(
			"残留リスク「低」の決裁ルートで必要な 課長（所管課長決裁、2026-04-01 に決裁した 藤田 五郎（fuji） はその日 議事課の課長 で、所管（庶務係）の課長ではない（その日の所管の課長は 加藤 一（kato）。代決なら決裁に acting: true を記録する）） の決裁がない",
			"at residual risk Low the approval chain requires Division Head (Division head, signed on 2026-04-01 by Goro Fujita (fuji), who was Division Head of Proceedings that day, not the Division Head of the owning section, Administration (that day's was Hajime Kato (kato); if they signed as a deputy, record acting: true in the signature)), who did not sign")},
		{"signer: unknown person", riskassess.T(
			"残留リスク「低」の決裁ルートで必要な 課長（所管課長決裁、2026-04-01 に決裁した nobody は register.yaml の people にいない（在任を確認できない）） の決裁がない",
			"at residual risk Low the approval chain requires Division Head (Division head, signed on 2026-04-01 by nobody, who is not among the people of register.yaml (not shown to hold the post)), who did not sign")},
	} {
		var s *riskassess.Subject
		for _, k := range cases()["APR-01"] {
			if k.name == c.name {
				s = k.s
			}
		}
		if got := evaluate(*r, s).Message; got != c.want {
			t.Errorf("%s:\n got %+v\nwant %+v", c.name, got, c.want)
		}
	}
}

// evaluate runs r on s as the engine does: not applicable unless Applies.
func evaluate(r riskassess.Requirement, s *riskassess.Subject) riskassess.Result {
	if r.Applies != nil && !r.Applies(s) {
		return riskassess.Result{Outcome: na}
	}
	return r.Check(s)
}

func TestChecks(t *testing.T) {
	all := cases()
	for _, r := range Default() {
		cs, ok := all[r.ID]
		if !ok {
			t.Errorf("%s has no test cases: add them to cases() in checks_test.go", r.ID)
			continue
		}
		delete(all, r.ID)
		var outcomes []riskassess.Outcome
		for _, c := range cs {
			outcomes = append(outcomes, c.want)
			t.Run(r.ID+"/"+c.name, func(t *testing.T) {
				if !r.AppliesTo(c.s.Entry.Kind()) {
					t.Fatalf("case uses a %s, but %s is for %v", c.s.Entry.Kind(), r.ID, r.Kinds)
				}
				got := evaluate(r, c.s)
				if got.Outcome != c.want {
					t.Errorf("outcome = %s, want %s (evidence %q, message %q)", got.Outcome, c.want, got.Evidence, got.Message.Ja)
				}
				if c.ev != "" && got.Evidence != c.ev {
					t.Errorf("evidence = %q, want %q", got.Evidence, c.ev)
				}
				if got.Outcome != na && (got.Message.Ja == "" || got.Message.En == "") {
					t.Errorf("message %+v lacks a language", got.Message)
				}
			})
		}
		for _, o := range []riskassess.Outcome{met, notMet} {
			if !slices.Contains(outcomes, o) {
				t.Errorf("%s has no case with outcome %s", r.ID, o)
			}
		}
	}
	for id := range all {
		t.Errorf("cases for %s, which is not in the catalogue", id)
	}
}

// TestAvailabilityFraction: the questionnaire import drops a typed %
// (xlsx parseNumber), so a vendor's "0.5%" reaches Q-CLD-19 as "0.5", and
// the not-met message asserted it was a fraction of 50%. A number of 1 or
// less names both readings and asks for the percent.
func TestAvailabilityFraction(t *testing.T) {
	var q *riskassess.Requirement
	for _, r := range Default() {
		if r.ID == "CLD-19" {
			q = &r
		}
	}
	if q == nil {
		t.Fatal("no CLD-19 in the catalogue")
	}
	for _, tt := range []struct{ v, ja, en string }{
		{"0.5", "回答「0.5」は 1 以下の数で、割合（50%）とも 0.5% とも読める。稼働率を % の数値で回答する（99.9% なら 99.9）",
			`the answer "0.5" is a number of 1 or less, which reads as a fraction (50%) or as 0.5%: answer the availability as a number in percent (99.9 for 99.9%)`},
		{"0.999", "回答「0.999」は 1 以下の数で、割合（99.9%）とも 0.999% とも読める。稼働率を % の数値で回答する（99.9% なら 99.9）",
			`the answer "0.999" is a number of 1 or less, which reads as a fraction (99.9%) or as 0.999%: answer the availability as a number in percent (99.9 for 99.9%)`},
		{"1", "回答「1」は 1 以下の数で、割合（100%）とも 1% とも読める。稼働率を % の数値で回答する（99.9% なら 99.9）",
			`the answer "1" is a number of 1 or less, which reads as a fraction (100%) or as 1%: answer the availability as a number in percent (99.9 for 99.9%)`},
	} {
		got := evaluate(*q, sub(svc(), "Q-CLD-19", tt.v))
		if got.Outcome != notMet || got.Message.Ja != tt.ja || got.Message.En != tt.en {
			t.Errorf("%s: %s %q / %q, want not met %q / %q", tt.v, got.Outcome, got.Message.Ja, got.Message.En, tt.ja, tt.en)
		}
	}
}

// TestMyNumberSegmentsNamed: OUT-41 named only the first contract with My
// Number data lacking segments; it names each of them.
func TestMyNumberSegmentsNamed(t *testing.T) {
	var q *riskassess.Requirement
	for _, r := range Default() {
		if r.ID == "OUT-41" {
			q = &r
		}
	}
	if q == nil {
		t.Fatal("no OUT-41 in the catalogue")
	}
	got := evaluate(*q, sub(con(myNumber, secondMyNumberContract)))
	if want := riskassess.T("特定個人情報（マイナンバー）を扱う契約 k1, k2 にネットワーク区分が記録されていない",
		"contracts k1, k2 involve My Number data but record no network segment"); got.Message != want {
		t.Errorf("message %+v, want %+v", got.Message, want)
	}
}

// TestDueDates checks the Due dates of expiry and interval checks.
func TestDueDates(t *testing.T) {
	reqs := map[string]riskassess.Requirement{}
	for _, r := range Default() {
		reqs[r.ID] = r
	}
	// SNS-14 after a takeover: due on the day the custodian came onto
	// the account's line, not on a later promotion within it (it was
	// 2026-10-01); for one new in post, the day they came.
	takeover := &riskassess.Organisation{
		Sections: []riskassess.Section{{ID: "somu"}, {ID: "koho", Parent: "somu"}},
		People: []riskassess.Person{
			{ID: "p-old", Section: "koho"},
			{ID: "p-promoted", Section: "koho", Position: "kakaricho", From: day("2026-10-01"), Previous: []riskassess.Posting{
				{Section: "koho", Position: "shuji", From: day("2026-08-01"), Until: day("2026-09-30")}}},
			{ID: "p-new", Section: "koho", From: day("2026-10-01")},
		},
	}
	custodian := func(id string) *riskassess.Subject {
		return withOrg(sub(soc(func(a *riskassess.Social) {
			a.Responsible.Section, a.CredentialCustodian, a.Operators, a.PasswordChangedOn = "koho", id, []string{"p-old"}, day("2026-01-05")
		})), takeover)
	}
	tests := []struct {
		id   string
		s    *riskassess.Subject
		want riskassess.Date
	}{
		{"SNS-14", custodian("p-promoted"), day("2026-08-01")},
		{"SNS-14", custodian("p-new"), day("2026-10-01")},
		{"SNS-14", custodian("p-old"), day("2027-01-05")},
		{"OUT-30", sub(con(func(c *riskassess.Contractor) { c.LastConfirmed = day("2025-10-01") })), day("2026-10-01")},
		{"OUT-30", sub(con(func(c *riskassess.Contractor) { c.LastConfirmed = day("2026-02-28") })), day("2027-02-28")},
		{"SNS-19", sub(soc(func(a *riskassess.Social) { a.LastPost = day("2026-06-01") })), day("2026-11-27")},
		{"OUT-02", sub(con(func(c *riskassess.Contractor) {
			c.Certifications = []riskassess.Certification{{Type: riskassess.CertISMS, ValidUntil: day("2027-01-31")}}
		})), day("2027-01-31")},
		{"OUT-39", sub(con(func(c *riskassess.Contractor) { c.Contracts[0].To = day("2026-11-20") })), day("2026-12-20")},
	}
	for i, tt := range tests {
		t.Run(fmt.Sprint(i, tt.id), func(t *testing.T) {
			if got := evaluate(reqs[tt.id], tt.s).Due; got != tt.want {
				t.Errorf("%s: Due = %s, want %s", tt.id, got, tt.want)
			}
		})
	}
}

// TestWrongKind checks that a requirement does not apply to entries of
// other kinds, and its check does not fail on them.
func TestWrongKind(t *testing.T) {
	entries := []riskassess.Entry{con(), svc(), soc()}
	for _, r := range Default() {
		for _, e := range entries {
			if r.AppliesTo(e.Kind()) {
				continue
			}
			s := sub(e)
			if r.Applies(s) {
				t.Errorf("%s applies to a %s", r.ID, e.Kind())
			}
			if got := r.Check(s).Outcome; got != na {
				t.Errorf("%s on a %s: %s, want %s", r.ID, e.Kind(), got, na)
			}
		}
	}
}

// TestClauseContracts checks which contracts a clause requirement looks
// for its clause in: those not ended (a later start included) and those
// ended with the information not returned (clauseBound), as
// BLK-NO-CONFIDENTIALITY-CLAUSE does.
func TestClauseContracts(t *testing.T) {
	info := []riskassess.InformationAccess{{Description: "会議録原稿", Class: class("2", "2", "1")}}
	r7 := riskassess.Contract{ID: "R7", From: day("2026-04-01"), To: day("2026-09-30"), Information: info}
	r8 := riskassess.Contract{ID: "R8", From: day("2027-01-01"), To: day("2027-12-31"), Information: info,
		Clauses: []riskassess.ContractClause{{Requirement: "OUT-16", Article: "第7条"}, {Requirement: "OUT-18", Article: "第8条"}}}
	now := r8
	now.ID, now.From, now.To = "R9", day("2026-10-01"), day("2027-03-31")
	returned := r7
	returned.DataReturnedOn = day("2026-10-15")
	renewed := r7
	renewed.RenewedBy = "R9"
	r7With := r7
	r7With.Clauses = r8.Clauses
	r8Without := r8
	r8Without.Clauses = nil
	// Evidence is contracts[N].clauses, without the clause's index.
	type out struct {
		Outcome  riskassess.Outcome
		Evidence string
		Blocked  bool
	}
	tests := []struct {
		name      string
		contracts []riskassess.Contract
		want      out
	}{
		{"ended, not returned, no clause; future contract with it", []riskassess.Contract{r7, r8}, out{notMet, "contracts[0].clauses", true}},
		{"only a future contract with the clause", []riskassess.Contract{r8}, out{met, "contracts[0].clauses", false}},
		{"only a future contract without the clause", []riskassess.Contract{r8Without}, out{notMet, "contracts[0].clauses", true}},
		{"ended and returned without the clause; current with it", []riskassess.Contract{returned, now}, out{met, "contracts[1].clauses", false}},
		{"ended and renewed without the clause; renewal with it", []riskassess.Contract{renewed, now}, out{met, "contracts[1].clauses", false}},
		{"ended, not returned, with the clause", []riskassess.Contract{r7With}, out{met, "contracts[0].clauses", false}},
		{"ended and returned only", []riskassess.Contract{returned}, out{na, "", false}},
	}
	reqs := map[string]riskassess.Requirement{}
	for _, r := range Default() {
		reqs[r.ID] = r
	}
	for _, tt := range tests {
		for _, id := range []string{"OUT-16", "OUT-18"} {
			t.Run(tt.name+"/"+id, func(t *testing.T) {
				k := con(func(c *riskassess.Contractor) { c.Contracts = slices.Clone(tt.contracts) })
				s := sub(k)
				res := evaluate(reqs[id], s)
				var buf riskassess.ClassificationScheme
				blocked, _ := noConfidentialityClause(&riskassess.BlockerContext{Entry: k, AsOf: asOf, Scheme: schemeOf(s, &buf)})
				ev, _, _ := strings.Cut(res.Evidence, ".clauses[") // the clause's index differs between OUT-16 and OUT-18
				if ev != res.Evidence {
					ev += ".clauses"
				}
				got := out{res.Outcome, ev, blocked}
				if diff := cmp.Diff(tt.want, got); diff != "" {
					t.Errorf("(-want +got):\n%s\nmessage %q", diff, res.Message.Ja)
				}
			})
		}
	}
}

// TestContractGap checks OUT-10 for a contractor whose contract ended
// (its information returned) with none in effect on the as-of date: not
// met, naming the ended contract and the next one, unless the contractor
// is retired or a contract is in effect.
func TestContractGap(t *testing.T) {
	info := []riskassess.InformationAccess{{Description: "ネットワーク構成図", Class: class("3C", "2", "2")}}
	clauses := []riskassess.ContractClause{{Requirement: "OUT-10", Article: "第2条"}}
	ended := riskassess.Contract{ID: "R8", From: day("2026-04-01"), To: day("2026-10-31"), DataReturnedOn: day("2026-11-05"),
		Information: info, Clauses: clauses}
	next := riskassess.Contract{ID: "R9", From: day("2027-01-01"), To: day("2027-12-31"), Information: info, Clauses: clauses}
	later := next
	later.ID, later.From = "R10", day("2027-04-01")
	current := next
	current.ID, current.From = "R9", day("2026-11-01")
	noClause := next
	noClause.Clauses = nil
	notReturned := ended
	notReturned.DataReturnedOn = riskassess.Date{}
	retire := func(c *riskassess.Contractor) {
		c.Approval = riskassess.Approval{Status: riskassess.StatusRetired, DecidedOn: day("2026-11-10")}
	}
	type out struct {
		Outcome  riskassess.Outcome
		Evidence string
		En       string
	}
	tests := []struct {
		name      string
		contracts []riskassess.Contract
		mod       func(*riskassess.Contractor)
		want      out
	}{
		{"gap, next contract later", []riskassess.Contract{ended, later, next}, nil,
			out{notMet, "contracts[0].to", "no contract in force on 2026-11-27 (R8 ended on 2026-10-31; the next, R9, starts on 2027-01-01)"}},
		{"ended, none after", []riskassess.Contract{ended}, nil,
			out{notMet, "contracts[0].to", "no contract in force on 2026-11-27 (R8 ended on 2026-10-31; no later contract is recorded: if the work has ended, record the retirement)"}},
		// Retiring would end the contract end's due item (data not
		// returned): the return is asked for first.
		{"ended, information not returned", []riskassess.Contract{notReturned}, nil,
			out{notMet, "contracts[0].to", "no contract in force on 2026-11-27 (R8 ended on 2026-10-31; no later contract is recorded: if the work has ended, confirm the data were returned or deleted and record data_returned_on before recording the retirement)"}},
		{"gap, next contract without the clause", []riskassess.Contract{ended, noClause}, nil,
			out{notMet, "contracts[1].clauses", "contracts without the clause: R9; no contract in force on 2026-11-27 (R8 ended on 2026-10-31; the next, R9, starts on 2027-01-01)"}},
		{"contract in force", []riskassess.Contract{ended, current}, nil, out{met, "contracts[1].clauses[0]", "clause present: R9 第2条"}},
		{"first contract not yet started", []riskassess.Contract{next}, nil, out{met, "contracts[0].clauses[0]", "clause present: R9 第2条"}},
		{"retired, gap", []riskassess.Contract{ended, next}, retire, out{met, "contracts[1].clauses[0]", "clause present: R9 第2条"}},
		{"retired, ended", []riskassess.Contract{ended}, retire, out{Outcome: na}},
	}
	r := find(Default(), "OUT-10")
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			k := con(func(c *riskassess.Contractor) { c.Contracts = slices.Clone(tt.contracts) })
			if tt.mod != nil {
				tt.mod(k)
			}
			res := evaluate(*r, sub(k))
			got := out{res.Outcome, res.Evidence, res.Message.En}
			if diff := cmp.Diff(tt.want, got); diff != "" {
				t.Errorf("(-want +got):\n%s", diff)
			}
		})
	}
}

// TestContractGapNoConflict: in a gap between contracts OUT-10 is not met
// because no contract is in force, not because the clause is missing: the
// vendor's "yes" to Q-OUT-10 (the clause is in its contract, R9) does not
// contradict the register, and no conflict is noted. A clause missing from
// the next contract still contradicts it.
func TestContractGapNoConflict(t *testing.T) {
	asOf := day("2026-11-27")
	info := []riskassess.InformationAccess{{Description: "ネットワーク構成図", Class: class("3C", "2", "2")}}
	clauses := []riskassess.ContractClause{{Requirement: "OUT-10", Article: "第2条"}}
	ended := riskassess.Contract{ID: "R8", From: day("2026-04-01"), To: day("2026-10-31"), DataReturnedOn: day("2026-11-05"),
		Information: info, Clauses: clauses}
	next := riskassess.Contract{ID: "R9", From: day("2027-01-01"), To: day("2027-12-31"), Information: info, Clauses: clauses}
	noClause := next
	noClause.Clauses = nil
	for _, tt := range []struct {
		name      string
		contracts []riskassess.Contract
		conflict  bool
	}{
		{"gap, next contract with the clause", []riskassess.Contract{ended, next}, false},
		{"ended, none after", []riskassess.Contract{ended}, false},
		{"gap, next contract without the clause", []riskassess.Contract{ended, noClause}, true},
	} {
		k := con(func(c *riskassess.Contractor) {
			c.Contracts = slices.Clone(tt.contracts)
			yes := map[string]riskassess.Answer{"Q-OUT-10": {Value: "yes", Cell: "質問!D9"}}
			c.Assessments = []riskassess.AssessmentRecord{{On: day("2026-11-20"), Source: "r.xlsx", By: riskassess.AttestVendor, Answers: yes}}
			c.Answers = map[string]riskassess.Answer{"Q-OUT-10": yes["Q-OUT-10"]}
		})
		for _, f := range riskassess.Findings(nil, Default(), k, asOf) {
			if f.Requirement != "OUT-10" {
				continue
			}
			if f.Outcome != notMet {
				t.Errorf("%s: OUT-10 %s, want not met", tt.name, f.Outcome)
			}
			if (f.Conflict != nil) != tt.conflict {
				t.Errorf("%s: conflict %v, want %v", tt.name, f.Conflict, tt.conflict)
			}
		}
	}
}

// TestNoticeOffOwnSite: SNS-17 asks for the notice of suspension or
// retirement on our own website; a notice_url on the account's platform
// (a post, gone with the account) or on another site was met as any
// recorded text. The messages name the page and why, in both languages.
func TestNoticeOffOwnSite(t *testing.T) {
	var q *riskassess.Requirement
	for _, r := range Default() {
		if r.ID == "SNS-17" {
			q = &r
		}
	}
	if q == nil {
		t.Fatal("no SNS-17 in the catalogue")
	}
	site := &riskassess.Organisation{Website: "https://www.city.chofu.example/gikai/"}
	for _, tt := range []struct {
		notice string
		want   riskassess.Outcome
		ja, en string
	}{
		{"https://x.example/gikai/status/1", notMet, "告知ページ https://x.example/gikai/status/1 はアカウントと同じプラットフォーム（x.example）で、自ら管理するサイトではない",
			"https://x.example/gikai/status/1 is on the account's own platform (x.example), not a website we manage"},
		{"https://gikai.example.com/news/1", part, "告知ページ https://gikai.example.com/news/1 は自サイト（www.city.chofu.example）ではない",
			"https://gikai.example.com/news/1 is not on our own website (www.city.chofu.example)"},
		{"https://www.city.chofu.example/gikai/news/1", met, "記録あり（https://www.city.chofu.example/gikai/news/1）", "recorded (https://www.city.chofu.example/gikai/news/1)"},
	} {
		s := withOrg(sub(soc(socRetired, func(a *riskassess.Social) { a.URL, a.NoticeURL = "https://x.example/gikai", tt.notice })), site)
		got := evaluate(*q, s)
		if got.Outcome != tt.want || got.Message.Ja != tt.ja || got.Message.En != tt.en {
			t.Errorf("%s: %s %q / %q, want %s %q / %q", tt.notice, got.Outcome, got.Message.Ja, got.Message.En, tt.want, tt.ja, tt.en)
		}
	}
}

// TestNoticeOnPlatformAlias: a notice (SNS-17) posted on the account's
// platform under another of its hosts (the account at twitter.com, the
// notice at x.com) was met with no website in register.yaml, partial with
// one: the hosts differed. It is on the account's own platform: not met.
func TestNoticeOnPlatformAlias(t *testing.T) {
	q := find(Default(), "SNS-17")
	for _, tt := range []struct{ account, notice string }{
		{"https://twitter.com/chofu_gikai", "https://x.com/chofu_gikai/status/1"},
		{"https://x.com/chofu_gikai", "https://mobile.twitter.com/chofu_gikai/status/1"},
		{"https://www.youtube.com/@chofu_gikai", "https://youtu.be/abcdefghijk"},
		{"https://www.facebook.com/chofugikai", "https://m.facebook.com/chofugikai/posts/1"},
		{"https://www.instagram.com/chofu_gikai/", "https://instagr.am/p/abc/"},
	} {
		for _, org := range []*riskassess.Organisation{nil, {Website: "https://www.city.chofu.example/gikai/"}} {
			s := sub(soc(socRetired, func(a *riskassess.Social) { a.URL, a.NoticeURL = tt.account, tt.notice }))
			if org != nil {
				s = withOrg(s, org)
			}
			if got := evaluate(*q, s); got.Outcome != notMet || !strings.Contains(got.Message.Ja, "アカウントと同じプラットフォーム") {
				t.Errorf("account %s, notice %s, website %v: %s %q, want not met on the account's own platform", tt.account, tt.notice, org != nil, got.Outcome, got.Message.Ja)
			}
		}
	}
}

// TestCertificateNotHeldSaysSo: a certificate whose name says it is not
// held (ISO/IEC 27001（取消）), with no answer, is not answered, and the
// message says the register records it as not held, not that the
// register has nothing; with nothing recorded, or an answer, the message
// is as before.
func TestCertificateNotHeldSaysSo(t *testing.T) {
	withCert := func(typ riskassess.CertType, name string) *riskassess.Contractor {
		return con(func(c *riskassess.Contractor) {
			c.Contracts[0].Information[0].PersonalData = true
			c.Certifications = []riskassess.Certification{{Type: typ, Name: name, Number: "IS 1", ValidUntil: day("2029-01-31")}}
		})
	}
	reqs := Default()
	for _, tt := range []struct {
		id      string
		s       *riskassess.Subject
		notHeld bool
	}{
		{"OUT-02", sub(withCert(riskassess.CertISMS, "ISO/IEC 27001（取消）")), true},
		{"OUT-02", sub(withCert(riskassess.CertISMS, "ISMS（申請中）")), true},
		{"OUT-04", sub(withCert(riskassess.CertPrivacyMark, "プライバシーマーク（2025年失効）")), true},
		{"CLD-22", sub(svc(func(v *riskassess.Service) {
			v.Certifications = []riskassess.Certification{{Type: riskassess.CertISMS, Name: "ISMS (withdrawn)", ValidUntil: day("2029-01-31")}}
		})), true},
		{"OUT-02", sub(con()), false},
		{"OUT-02", sub(withCert(riskassess.CertPrivacyMark, "プライバシーマーク（取消）")), false}, // another type
		{"OUT-02", sub(withCert(riskassess.CertISMS, "ISO/IEC 27001（取消）"), "Q-OUT-02", "no"), false},
	} {
		got := evaluate(*find(reqs, tt.id), tt.s)
		says := strings.Contains(got.Message.Ja, "保有していない") && strings.Contains(got.Message.En, "recorded as not held")
		if says != tt.notHeld {
			t.Errorf("%s: message %q / %q, want it to say not held: %v", tt.id, got.Message.Ja, got.Message.En, tt.notHeld)
		}
		if tt.notHeld {
			if got.Outcome != noAns || got.Evidence != "answers.Q-"+tt.id {
				t.Errorf("%s: %s %q, want not answered on answers.Q-%s", tt.id, got.Outcome, got.Evidence, tt.id)
			}
		}
	}
}

// TestCertificateObtainedLaterSaysSo: OUT-02, OUT-04 and CLD-22 with no
// answer and a certificate of their kind recorded as obtained after the
// as-of date said 台帳に記録がなく / nothing in the register; the message
// now says the register records it as obtained only from that date, not
// yet held on the as-of date (the path of TestCertificateNotHeldSaysSo).
// One obtained on the as-of date is held; an answer still decides.
func TestCertificateObtainedLaterSaysSo(t *testing.T) {
	withCert := func(typ riskassess.CertType, name, obtained string) *riskassess.Contractor {
		return con(func(c *riskassess.Contractor) {
			c.Contracts[0].Information[0].PersonalData = true
			c.Certifications = []riskassess.Certification{{Type: typ, Name: name, Number: "IS 1", ObtainedOn: day(obtained), ValidUntil: day("2029-01-31")}}
		})
	}
	reqs := Default()
	for _, tt := range []struct {
		id    string
		s     *riskassess.Subject
		later bool
	}{
		{"OUT-02", sub(withCert(riskassess.CertISMS, "ISO/IEC 27001", "2027-01-15")), true},
		{"OUT-04", sub(withCert(riskassess.CertPrivacyMark, "プライバシーマーク", "2027-01-15")), true},
		{"CLD-22", sub(svc(func(v *riskassess.Service) {
			v.Certifications = []riskassess.Certification{{Type: riskassess.CertISMS, Name: "ISMS", ObtainedOn: day("2027-01-15"), ValidUntil: day("2029-01-31")}}
		})), true},
		{"OUT-02", sub(withCert(riskassess.CertISMS, "ISO/IEC 27001", "2026-11-27")), false},                   // held from the as-of date
		{"OUT-02", sub(withCert(riskassess.CertPrivacyMark, "プライバシーマーク", "2027-01-15")), false},                // another type
		{"OUT-02", sub(withCert(riskassess.CertISMS, "ISO/IEC 27001", "2027-01-15"), "Q-OUT-02", "no"), false}, // answered
	} {
		got := evaluate(*find(reqs, tt.id), tt.s)
		says := strings.Contains(got.Message.Ja, "2027-01-15 から取得") && strings.Contains(got.Message.Ja, "まだ保有していない") &&
			strings.Contains(got.Message.En, "obtained only from 2027-01-15") && strings.Contains(got.Message.En, "not yet held on the as-of date 2026-11-27")
		if says != tt.later {
			t.Errorf("%s: message %q / %q, want it to say obtained later: %v", tt.id, got.Message.Ja, got.Message.En, tt.later)
		}
		if tt.later && (got.Outcome != noAns || got.Evidence != "answers.Q-"+tt.id || strings.Contains(got.Message.Ja, "台帳に記録がなく")) {
			t.Errorf("%s: %s %q %q, want not answered on answers.Q-%s", tt.id, got.Outcome, got.Evidence, got.Message.Ja, tt.id)
		}
	}
	// A certificate without a name is named by its number.
	if got := evaluate(*find(reqs, "OUT-02"), sub(withCert(riskassess.CertISMS, "", "2027-01-15"))); !strings.HasPrefix(got.Message.Ja, "認証（IS 1）は 2027-01-15 から取得") {
		t.Errorf("no name: %q, want the certificate named by its number", got.Message.Ja)
	}
}
