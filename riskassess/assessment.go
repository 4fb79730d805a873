package riskassess

import (
	"encoding/json"
	"fmt"
	"strconv"
	"strings"
)

// Finding is the outcome of one requirement for one entry.
//
// Its fixed part — the requirement's id, title, severity, clause, the
// remediation and the weight — is a *FindingSpec shared by every finding
// of the requirement with the same need for action (the scorer builds two
// per requirement: with and without the remediation), so a finding holds
// only what varies by entry. The fields of FindingSpec read as fields of
// the finding (f.Title, f.Severity); a finding is made with its spec
// (Finding{FindingSpec: &FindingSpec{Requirement: "OUT-1", …}, Outcome: …}).
// Change a finding's fixed part by giving it another spec, never by
// assigning through it: the spec is shared. A finding without a spec (the
// zero Finding) has no requirement; reading its promoted fields panics.
//
// Conflict is a pointer, nil when there is none: a conflict is rare and
// the findings of an assessment run are one large block, so the field
// takes 8 bytes, not a Text's 32. Provenance is a pointer too, nil when
// nothing evidences the outcome (not answered): the findings of an
// assessment run that rest on the same register field share one
// provenance (treat it as read-only, like the spec), so the field takes 8
// bytes, not a Provenance's 72. The date the finding concerns is a pointer
// for the same reason, DueOn, nil when there is none (most findings: an
// expiry finding, or a check's Result.Due, gives one), so the field takes
// 8 bytes, not a Date's 24; read it with Due, which gives the zero Date
// for nil, and treat the Date it points to as read-only.
//
// The JSON of a finding is that of its fields in the order requirement,
// title, outcome, severity, clause, evidence, message, remediation, due,
// weight, provenance, conflict (MarshalJSON).
type Finding struct {
	*FindingSpec
	Outcome  Outcome `json:"outcome"`
	Evidence string  `json:"evidence,omitempty"`
	Message  Text    `json:"message"`
	DueOn    *Date   `json:"due,omitzero"`
	// Provenance says where the outcome came from: a register field, a
	// vendor questionnaire or a self-check of a date, an answer entered in
	// the register; nil when nothing evidences the outcome. It may be
	// shared with other findings: read-only, copy it to change it.
	Provenance *Provenance `json:"provenance,omitzero"`
	// Conflict, when set, says that the vendor's answer contradicts a fact
	// recorded in the register; the register's fact decided the outcome.
	Conflict *Text `json:"conflict,omitzero"`
}

// FindingSpec is the fixed part of a finding (see Finding): what was
// checked and what to do about it, the same for every entry. The scorer
// makes the specs of a requirement once per assessment run and the
// findings point to them; treat a spec reached through a finding as
// read-only.
type FindingSpec struct {
	Requirement string   `json:"requirement"`
	Title       Text     `json:"title"`
	Severity    Severity `json:"severity"`
	Clause      string   `json:"clause,omitempty"`
	Remediation Text     `json:"remediation"`
	// Weight is the finding's weight in the control score: the
	// requirement's Weight, or by severity when that is zero (low 1,
	// medium 2, high 3, critical 4). Expiry findings (EXP-…) have weight 0
	// and do not count in the control score.
	Weight float64 `json:"weight,omitempty"`
}

// findingJSON is the JSON layout of a Finding (see Finding.MarshalJSON).
type findingJSON struct {
	Requirement string      `json:"requirement"`
	Title       Text        `json:"title"`
	Outcome     Outcome     `json:"outcome"`
	Severity    Severity    `json:"severity"`
	Clause      string      `json:"clause,omitempty"`
	Evidence    string      `json:"evidence,omitempty"`
	Message     Text        `json:"message"`
	Remediation Text        `json:"remediation"`
	Due         *Date       `json:"due,omitzero"`
	Weight      float64     `json:"weight,omitempty"`
	Provenance  *Provenance `json:"provenance,omitzero"`
	Conflict    *Text       `json:"conflict,omitzero"`
}

// MarshalJSON writes f as one object with its spec's fields in their
// places among its own (requirement, title, outcome, severity, clause,
// evidence, message, remediation, due, weight, provenance, conflict), as
// encoding/json writes a struct (HTML characters escaped). A finding
// without a spec has empty fixed fields.
func (f Finding) MarshalJSON() ([]byte, error) {
	j := findingJSON{Outcome: f.Outcome, Evidence: f.Evidence, Message: f.Message,
		Provenance: f.Provenance, Conflict: f.Conflict}
	if f.DueOn != nil && !f.DueOn.IsZero() {
		j.Due = f.DueOn
	}
	if s := f.FindingSpec; s != nil {
		j.Requirement, j.Title, j.Severity, j.Clause, j.Remediation, j.Weight =
			s.Requirement, s.Title, s.Severity, s.Clause, s.Remediation, s.Weight
	}
	return json.Marshal(&j)
}

// Due returns the date the finding concerns (*f.DueOn, an expiry), or the
// zero Date when it concerns none (f.DueOn nil).
func (f *Finding) Due() Date {
	if f.DueOn == nil {
		return Date{}
	}
	return *f.DueOn
}

// UnmarshalJSON reads what MarshalJSON writes, into a new spec of f's own.
func (f *Finding) UnmarshalJSON(b []byte) error {
	var j findingJSON
	if err := json.Unmarshal(b, &j); err != nil {
		return err
	}
	if j.Due != nil && j.Due.IsZero() {
		j.Due = nil
	}
	*f = Finding{FindingSpec: &FindingSpec{Requirement: j.Requirement, Title: j.Title, Severity: j.Severity,
		Clause: j.Clause, Remediation: j.Remediation, Weight: j.Weight},
		Outcome: j.Outcome, Evidence: j.Evidence, Message: j.Message, DueOn: j.Due,
		Provenance: j.Provenance, Conflict: j.Conflict}
	return nil
}

// Assessment is the scored result for one entry as of a date.
//
// Entry is the entry assessed, so a caller can name it or reach its
// owner without looking it up again (a.Entry.Base().Name, or a.Name(lang));
// it is not marshalled (the JSON carries kind and id).
type Assessment struct {
	Kind    Kind   `json:"kind"`
	EntryID string `json:"id"`
	Entry   Entry  `json:"-"`
	AsOf    Date   `json:"as_of"`
	// Inherent is the inherent risk level before controls.
	Inherent RiskLevel `json:"inherent"`
	// InherentScore is the inherent risk points behind Inherent.
	InherentScore int `json:"inherent_score"`
	// InherentFactors names what raised the inherent risk.
	InherentFactors []Text `json:"inherent_factors,omitempty"`
	// ControlScore is the weighted share (0–100) of applicable requirements
	// met, or NoControlScore (-1) when no requirement applies.
	ControlScore float64 `json:"control_score"`
	// Residual is the residual risk level (低 / 中 / 高 / 重大).
	Residual RiskLevel `json:"residual"`
	Decision Decision  `json:"decision"`
	// Conditions are the conditions of a conditional approval.
	Conditions []Text `json:"conditions,omitempty"`
	// Blockers are the ids of blocking rules that forced 重大 / 不可.
	Blockers []Blocker `json:"blockers,omitempty"`
	// NextReview is when the entry should next be reviewed (Review.Date);
	// zero when it has no review to come (see Review).
	NextReview Date `json:"next_review,omitzero"`
	// Review is the review date with what it rests on and why (ReviewAt);
	// zero for an entry kept only as a record (rejected, or retired on the
	// as-of date), and for one whose review would fall on or after the day
	// a retirement (or rejection) decided ahead makes it a record for good
	// (RecordFrom): that review is not due.
	Review Review `json:"review,omitzero"`
	// Counts is the number of findings per outcome.
	Counts   OutcomeCounts `json:"counts"`
	Findings []Finding     `json:"findings"`
	// Due lists the dated items of this entry (expiries, reviews).
	Due []DueItem `json:"due,omitempty"`
}

// Name returns the entry's name in lang (Text.In), or its id when the
// assessment carries no entry or the entry has no name.
func (a *Assessment) Name(lang Lang) string {
	if a.Entry != nil {
		if n := a.Entry.Base().Name.In(lang); n != "" {
			return n
		}
	}
	return a.EntryID
}

// OutcomeCounts is the number of findings of an assessment per outcome
// (CountOutcomes): a field per outcome, Of for an outcome in a variable.
// A value, not a map, so that an assessment run does not allocate one per
// entry. Its JSON is that of the map[Outcome]int of Count: an object with
// every outcome as a key, sorted ({"met":3,"not-answered":1,
// "not-applicable":0,"not-met":2,"partial":0}).
type OutcomeCounts struct {
	Met, Partial, NotMet, NotAnswered, NotApplicable int
}

// Of returns the number of findings with outcome o; 0 for an outcome that
// is not one of Outcomes.
func (c OutcomeCounts) Of(o Outcome) int {
	if p := c.field(o); p != nil {
		return *p
	}
	return 0
}

// field returns the field of c that counts outcome o; nil for an outcome
// that is not one of Outcomes.
func (c *OutcomeCounts) field(o Outcome) *int {
	switch o {
	case OutcomeMet:
		return &c.Met
	case OutcomePartial:
		return &c.Partial
	case OutcomeNotMet:
		return &c.NotMet
	case OutcomeNotAnswered:
		return &c.NotAnswered
	case OutcomeNotApplicable:
		return &c.NotApplicable
	}
	return nil
}

// Map returns c as a new map with every outcome (Count's form).
func (c OutcomeCounts) Map() map[Outcome]int {
	m := make(map[Outcome]int, len(outcomes))
	for _, o := range outcomes {
		m[o] = c.Of(o)
	}
	return m
}

// MarshalJSON writes c as encoding/json writes Count's map: every outcome
// with its number, keys sorted.
func (c OutcomeCounts) MarshalJSON() ([]byte, error) {
	b := make([]byte, 0, 96)
	for i, o := range [...]Outcome{OutcomeMet, OutcomeNotAnswered, OutcomeNotApplicable, OutcomeNotMet, OutcomePartial} {
		if i == 0 {
			b = append(b, '{')
		} else {
			b = append(b, ',')
		}
		b = append(b, '"')
		b = append(b, o...)
		b = append(b, '"', ':')
		b = strconv.AppendInt(b, int64(c.Of(o)), 10)
	}
	return append(b, '}'), nil
}

// UnmarshalJSON reads what MarshalJSON writes; a key that is not an
// outcome is an error, a missing one counts 0.
func (c *OutcomeCounts) UnmarshalJSON(b []byte) error {
	var m map[Outcome]int
	if err := json.Unmarshal(b, &m); err != nil {
		return err
	}
	*c = OutcomeCounts{}
	for o, n := range m {
		p := c.field(o)
		if p == nil {
			return fmt.Errorf("riskassess: counts: unknown outcome %q (want one of %s) / 件数の結果 %q は使えません", o, strings.Join(o.Allowed(), ", "), o)
		}
		*p = n
	}
	return nil
}

// Blocker is a rule that forces 重大 and a 不可 decision.
type Blocker struct {
	ID      string `json:"id"`
	Message Text   `json:"message"`
	// Evidence names the register fields or requirement ids that made the
	// rule trigger ("contracts[0].clauses", "OUT-16").
	Evidence string `json:"evidence,omitempty"`
}

// DueKind is the kind of a dated item.
type DueKind string

// Due kinds.
const (
	DueReview      DueKind = "review"       // 見直し
	DueCertificate DueKind = "certificate"  // 認証の有効期限
	DueISMAP       DueKind = "ismap"        // ISMAP登録の有効期限
	DueContractEnd DueKind = "contract-end" // 契約終了
	DueApproval    DueKind = "approval"     // 承認の有効期限
	DueOnsiteCheck DueKind = "onsite-check" // 年次の実地確認
	DuePassword    DueKind = "password"     // パスワード変更
	DueRemediation DueKind = "remediation"  // 是正措置の期限
	DueReply       DueKind = "reply"        // 確認票の回答期限
	// The yearly tasks of the catalogue's oversight requirements: the
	// confirmation of a contractor's measures (OUT-30), the report it
	// sends (OUT-32), and the terms of a service (CLD-47) or a social
	// platform (SNS-15) read again.
	DueConfirmation  DueKind = "confirmation"         // 対策状況の確認
	DueReport        DueKind = "report"               // 報告の受領
	DueTermsCheck    DueKind = "terms-check"          // 利用規約の確認（外部サービス）
	DuePlatformTerms DueKind = "platform-terms-check" // 利用規約の確認（SNS）
	// The yearly re-evaluation of a contractor (OUT-36) and the yearly
	// review of a service's operation (CLD-42): not items of their own
	// but a bound on the review item (DueReview, ReviewOf), due at the
	// latest 12 months after the last review (last_reviewed) whatever the
	// interval of the residual risk. They name the bound in
	// Organisation.DueOff.
	DueReevaluation    DueKind = "re-evaluation"    // 年次の再評価（委託事業者）
	DueOperationReview DueKind = "operation-review" // 運用状況の年次点検（外部サービス）
)

func (d DueKind) Label(lang Lang) string {
	return pick(lang, dueKindLabels[d], string(d))
}

// dueKindLabels are the Japanese and English labels of each DueKind.
var dueKindLabels = map[DueKind][2]string{
	DueReview: {"見直し", "Review"}, DueCertificate: {"認証の有効期限", "Certificate expiry"},
	DueISMAP: {"ISMAP登録の有効期限", "ISMAP listing expiry"}, DueContractEnd: {"契約終了", "Contract end"},
	DueApproval: {"承認の有効期限", "Approval expiry"}, DueOnsiteCheck: {"実地確認", "On-site check"},
	DuePassword: {"パスワード変更", "Password change"}, DueRemediation: {"是正措置の期限", "Remediation due"},
	DueReply:        {"確認票の回答期限", "Questionnaire reply due"},
	DueConfirmation: {"対策状況の確認", "Measures confirmation"}, DueReport: {"報告の受領", "Report due"},
	DueTermsCheck: {"利用規約の確認", "Terms check"}, DuePlatformTerms: {"利用規約の確認", "Platform terms check"},
	DueReevaluation: {"年次の再評価", "Yearly re-evaluation"}, DueOperationReview: {"運用状況の年次点検", "Yearly operation review"},
}

// DueItem is something that falls due on a date.
type DueItem struct {
	Kind      DueKind `json:"kind"`
	EntryKind Kind    `json:"entry_kind"`
	EntryID   string  `json:"entry_id"`
	Date      Date    `json:"date"`
	// Section is the responsible section id.
	Section string `json:"section"`
	// What names the item (certificate number, contract id …).
	What string `json:"what,omitempty"`
	// Label names the item in words for people, in both languages:
	// "ISMS（ISO/IEC 27001）認証（IS 999040）", "契約 R8-joho-021"; zero
	// when What is empty.
	Label Text `json:"label,omitzero"`
	// Field is the register field path the date comes from
	// ("certifications[0].valid_until"); empty for a computed review date.
	Field string `json:"field,omitempty"`
	// Overdue is true when Date is before the as-of date, and for items
	// dated the as-of date that are overdue on it: the review of an entry
	// never reviewed nor decided, or whose review dates are all after the
	// as-of date, and a yearly task last done after it.
	Overdue bool `json:"overdue"`
	// Note says why an item is due when the date alone does not: the
	// review of an entry never reviewed nor decided, a review or yearly
	// task dated after the as-of date.
	Note Text `json:"note,omitzero"`
}

// OverdueAsOf reports whether d is overdue as of asOf: dated before it, or
// marked Overdue and not dated after it (the items DueItems dates on its
// as-of date and marks overdue). Every output that says "overdue" (due,
// export, the xlsx and iCalendar files, the plan) uses this one rule.
func (d *DueItem) OverdueAsOf(asOf Date) bool {
	return d.Date.Before(asOf) || d.Overdue && !d.Date.After(asOf)
}

// NeedsAction reports whether o calls for remediation: not met, partly
// met or not answered.
func (o Outcome) NeedsAction() bool { return needsAction(o) }
