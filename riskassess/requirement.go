package riskassess

import (
	"cmp"
	"math"
)

// Severity is how much a requirement matters.
type Severity string

// Severities, from least to most severe.
const (
	SeverityLow      Severity = "low"
	SeverityMedium   Severity = "medium"
	SeverityHigh     Severity = "high"
	SeverityCritical Severity = "critical"
)

func (s Severity) Valid() bool     { return severityEnum.valid(s) }
func (Severity) Allowed() []string { return severityEnum.allowed() }
func (s Severity) Label(lang Lang) string {
	return severityEnum.label(s, lang)
}

// severityEnum declares the values of Severity and their labels (see enumTable).
var severityEnum = newEnum(severityAliases,
	row(SeverityLow, "低", "Low"),
	row(SeverityMedium, "中", "Medium"),
	row(SeverityHigh, "高", "High"),
	row(SeverityCritical, "重大", "Critical"),
)

// RiskLevel is a residual (or inherent) risk level: 低 / 中 / 高 / 重大.
type RiskLevel string

// Risk levels, from lowest.
const (
	RiskLow      RiskLevel = "low"      // 低
	RiskMedium   RiskLevel = "medium"   // 中
	RiskHigh     RiskLevel = "high"     // 高
	RiskCritical RiskLevel = "critical" // 重大
)

// RiskLevels returns the levels from lowest to highest, in a new slice.
func RiskLevels() []RiskLevel { return riskLevelEnum.values() }

// riskLevels is RiskLevels for the package's own loops.
var riskLevels = riskLevelEnum.values()

func (l RiskLevel) Valid() bool     { return riskLevelEnum.valid(l) }
func (RiskLevel) Allowed() []string { return riskLevelEnum.allowed() }
func (l RiskLevel) Label(lang Lang) string {
	return riskLevelEnum.label(l, lang)
}

// riskLevelEnum declares the values of RiskLevel and their labels (see enumTable).
var riskLevelEnum = newEnum(riskLevelAliases,
	row(RiskLow, "低", "Low"),
	row(RiskMedium, "中", "Medium"),
	row(RiskHigh, "高", "High"),
	row(RiskCritical, "重大", "Critical"),
)

// Rank returns 1 (low) … 4 (critical), or 0 for an unknown level.
func (l RiskLevel) Rank() int {
	for i, v := range riskLevels {
		if v == l {
			return i + 1
		}
	}
	return 0
}

// Outcome is the result of checking one requirement for one entry.
// NotAnswered and NotApplicable are outcomes of their own, distinct from
// NotMet.
type Outcome string

// Outcomes.
const (
	OutcomeMet           Outcome = "met"            // 適合
	OutcomePartial       Outcome = "partial"        // 一部適合
	OutcomeNotMet        Outcome = "not-met"        // 不適合
	OutcomeNotAnswered   Outcome = "not-answered"   // 未回答
	OutcomeNotApplicable Outcome = "not-applicable" // 対象外
)

// Outcomes returns every outcome in display order, in a new slice.
func Outcomes() []Outcome {
	out := outcomes
	return out[:]
}

// outcomes is Outcomes for the package's own use (Count relies on this
// order).
var outcomes = [...]Outcome{OutcomeNotMet, OutcomePartial, OutcomeNotAnswered, OutcomeMet, OutcomeNotApplicable}

func (o Outcome) Valid() bool     { return outcomeEnum.valid(o) }
func (Outcome) Allowed() []string { return outcomeEnum.allowed() }
func (o Outcome) Label(lang Lang) string {
	return outcomeEnum.label(o, lang)
}

// outcomeEnum declares the values of Outcome and their labels (see enumTable).
var outcomeEnum = newEnum(nil,
	row(OutcomeMet, "適合", "Met"),
	row(OutcomePartial, "一部適合", "Partially met"),
	row(OutcomeNotMet, "不適合", "Not met"),
	row(OutcomeNotAnswered, "未回答", "Not answered"),
	row(OutcomeNotApplicable, "対象外", "Not applicable"),
)

// Decision is a recommended approval decision.
type Decision string

// Decisions.
const (
	DecisionApprove     Decision = "approve"     // 承認可
	DecisionConditional Decision = "conditional" // 条件付承認
	DecisionReject      Decision = "reject"      // 不可
)

func (d Decision) Valid() bool     { return decisionEnum.valid(d) }
func (Decision) Allowed() []string { return decisionEnum.allowed() }
func (d Decision) Label(lang Lang) string {
	return decisionEnum.label(d, lang)
}

// decisionEnum declares the values of Decision and their labels (see enumTable).
var decisionEnum = newEnum(nil,
	row(DecisionApprove, "承認可", "Approve"),
	row(DecisionConditional, "条件付承認", "Approve with conditions"),
	row(DecisionReject, "不可", "Reject"),
)

// AnswerType is the type of answer a question takes.
type AnswerType string

// Answer types.
const (
	AnswerYesNo  AnswerType = "yesno"  // はい / いいえ / 一部 / 該当なし
	AnswerChoice AnswerType = "choice" // one of Question.Choices
	AnswerDate   AnswerType = "date"
	AnswerNumber AnswerType = "number"
	AnswerText   AnswerType = "text"
)

func (a AnswerType) Valid() bool     { return answerTypeEnum.valid(a) }
func (AnswerType) Allowed() []string { return answerTypeEnum.allowed() }

// answerTypeEnum declares the values of AnswerType, which have no labels (see enumTable).
var answerTypeEnum = newEnum(answerTypeAliases,
	row(AnswerYesNo, "", ""),
	row(AnswerChoice, "", ""),
	row(AnswerDate, "", ""),
	row(AnswerNumber, "", ""),
	row(AnswerText, "", ""),
)

// Attester is who can attest a requirement: whose word decides whether it
// is met. A vendor must not be able to improve its own rating by answering
// the council's questions, so every requirement names exactly one.
type Attester string

// Attesters.
const (
	// AttestRegister: the register's recorded facts decide (approval
	// records, named people, dates the register keeps); nobody is asked.
	AttestRegister Attester = "register" // 台帳の記録
	// AttestVendor: the vendor (contractor or service provider) answers in
	// the vendor questionnaire; facts recorded in the register still
	// stand over its answer.
	AttestVendor Attester = "vendor" // 事業者
	// AttestCouncil: the responsible section checks it itself (自己点検)
	// and answers in the self-check sheet.
	AttestCouncil Attester = "council" // 議会（所管課の自己点検）
)

// Attesters returns every attester in display order, in a new slice.
func Attesters() []Attester { return attesterEnum.values() }

func (a Attester) Valid() bool     { return attesterEnum.valid(a) }
func (Attester) Allowed() []string { return attesterEnum.allowed() }
func (a Attester) Label(lang Lang) string {
	return attesterEnum.label(a, lang)
}

// attesterEnum declares the values of Attester and their labels (see enumTable).
var attesterEnum = newEnum(attesterAliases,
	row(AttestRegister, "台帳の記録", "Register records"),
	row(AttestVendor, "事業者", "Vendor"),
	row(AttestCouncil, "議会（自己点検）", "Council (self-check)"),
)

// Question is a questionnaire question that evidences a requirement.
type Question struct {
	// ID is stable across catalogue versions; workbooks are keyed on it.
	ID       string     `yaml:"id" json:"id"`
	Text     Text       `yaml:"text" json:"text"`
	Type     AnswerType `yaml:"type" json:"type"`
	Choices  []Choice   `yaml:"choices,omitempty" json:"choices,omitempty"`
	Category Text       `yaml:"category,omitempty" json:"category,omitempty"`
}

// Choice is one allowed answer of a choice question.
type Choice struct {
	ID    string `yaml:"id" json:"id"`
	Label Text   `yaml:"label" json:"label"`
}

// Subject is what a requirement's check looks at: one entry, the
// organisation settings, the current answers and the as-of date.
type Subject struct {
	Org     *Organisation
	Entry   Entry
	Answers map[string]Answer
	AsOf    Date
	// Residual is the entry's residual risk level, set only for the checks
	// of requirements marked AfterResidual; empty for every other check.
	Residual RiskLevel
}

// Result is what a requirement's Check returns.
type Result struct {
	Outcome Outcome
	// Evidence is the register field path ("contracts[0].clauses") or the
	// questionnaire cell ("Questions!D17") the outcome rests on.
	Evidence string
	// Message explains the outcome in both languages.
	Message Text
	// Due is a date the finding concerns (an expiry), if any.
	Due Date
	// NotAsked is set when the outcome rests on a recorded fact the
	// requirement's question does not ask about (OUT-10 not met in a gap
	// between contracts, while the question asks about the clause): a
	// vendor's answer to the question does not contradict it, and the
	// finding notes no Conflict.
	NotAsked bool
}

// Requirement is one requirement of the catalogue: a value with an ID, the
// kinds it applies to, severity, policy reference, bilingual text,
// remediation and a pure check.
type Requirement struct {
	ID       string
	Kinds    []Kind
	Category Text
	Title    Text
	Text     Text
	// Clause is the policy clause it implements (e.g. "6(8)").
	Clause string
	// Guideline names the guideline section it comes from.
	Guideline string
	Severity  Severity
	Weight    float64
	// AppliesWhen describes the applicability condition in words.
	AppliesWhen Text
	// Field is the register field path that evidences it, if any.
	Field string
	// Question is the questionnaire question that evidences it, if any.
	// Only requirements attested by the vendor or the council have one.
	Question *Question
	// AttestedBy is who can attest it: the register's facts, the vendor
	// (asked in the vendor questionnaire) or the council (asked in the
	// self-check sheet). Answers from anyone else do not count.
	AttestedBy Attester
	// Remediation says what to do when it is not met.
	Remediation Text
	// Applies reports whether the requirement applies to s; nil means it
	// always applies to its kinds.
	Applies func(s *Subject) bool
	// Check evaluates the requirement. It must be pure: no I/O, no clock.
	Check func(s *Subject) Result
	// AfterResidual marks a requirement whose check needs the residual
	// risk (Subject.Residual), such as the approval chain, which asks for
	// more sign-offs the riskier an entry is. Assess checks it after the
	// residual is known (after the blocker rules) and gives its finding
	// weight 0: it cannot count in the control score the residual comes
	// from. It still counts for the recommended decision (Decide).
	AfterResidual bool
	// NoPrefill marks a requirement whose question asks for something the
	// register's facts cannot show, such as an exception approved (CLD-10):
	// its check is met by the facts when the question does not arise, and
	// that must not become the answer "yes" in a questionnaire, which an
	// import would record and a later change of the facts would then count.
	NoPrefill bool
}

// AppliesTo reports whether r is defined for kind k.
func (r *Requirement) AppliesTo(k Kind) bool {
	for _, x := range r.Kinds {
		if x == k {
			return true
		}
	}
	return false
}

// RequirementSettings changes the built-in catalogue for one organisation.
type RequirementSettings struct {
	// Disable lists requirement ids to switch off. Switching off a
	// requirement whose deadline is one of the yearly tasks (OUT-31 the
	// on-site check, SNS-14 the password change) switches the task off
	// too: no due date and no expiry finding (EXP-ONSITE); see
	// docs/scoring.md (the loader sets Organisation.DueOff).
	Disable []string `yaml:"disable,omitempty" json:"disable,omitempty"`
	// Override changes the severity or weight of built-in requirements.
	Override []RequirementOverride `yaml:"override,omitempty" json:"override,omitempty"`
	// Add defines the organisation's own requirements.
	Add []CustomRequirement `yaml:"add,omitempty" json:"add,omitempty"`
}

// MaxWeight is the largest weight register.yaml may give a requirement
// (RequirementOverride.Weight, CustomRequirement.Weight); the built-in
// weights run from 1 to 5. riskassess/catalog refuses a larger weight, or
// one that is not a number, at its field, and Scorer refuses a Requirement
// whose Weight is either: the control score's sums stay finite.
const MaxWeight = 1000

// WeightOutOfRange reports whether w can be no requirement's weight: not
// a number (NaN compares false with everything, so a check for "< 0" or
// "> 0" lets it through) or above MaxWeight (+Inf included, which makes
// the control score 0 or NaN). A weight of 0 or less is in range: it
// means by severity (EffectiveWeight); register.yaml refuses a negative
// one on its own (riskassess/catalog).
func WeightOutOfRange(w float64) bool {
	return math.IsNaN(w) || w > MaxWeight
}

// RequirementOverride changes one built-in requirement.
type RequirementOverride struct {
	ID       string   `yaml:"id" json:"id"`
	Severity Severity `yaml:"severity,omitempty" json:"severity,omitempty"`
	Weight   float64  `yaml:"weight,omitempty" json:"weight,omitempty"`
}

// CustomRequirement is an organisation's own requirement, evidenced by a
// questionnaire question. It is met when the answer equals Expect (for
// yes/no questions, "yes" by default).
type CustomRequirement struct {
	ID       string   `yaml:"id" json:"id"`
	Kinds    []Kind   `yaml:"kinds" json:"kinds"`
	Title    Text     `yaml:"title" json:"title"`
	Text     Text     `yaml:"text,omitempty" json:"text,omitempty"`
	Clause   string   `yaml:"clause,omitempty" json:"clause,omitempty"`
	Severity Severity `yaml:"severity" json:"severity"`
	// Weight is the requirement's weight in the control score, at most
	// 1000 (MaxWeight); 0 (or absent) means by severity, as for the
	// built-in requirements: low 1, medium 2, high 3, critical 4.
	Weight   float64  `yaml:"weight,omitempty" json:"weight,omitempty"`
	Question Question `yaml:"question" json:"question"`
	// AttestedBy is who answers the question: "vendor" (vendor
	// questionnaire) or "council" (self-check sheet). Required.
	AttestedBy  Attester `yaml:"attested_by" json:"attested_by"`
	Expect      string   `yaml:"expect,omitempty" json:"expect,omitempty"`
	Remediation Text     `yaml:"remediation,omitempty" json:"remediation,omitempty"`
}

// Compare compares l with o by rank: -1 when l is lower, 0 when equal, +1
// when l is higher. An unknown level ranks below every known level (two
// unknown levels compare equal), so a typo never passes as a high level.
func (l RiskLevel) Compare(o RiskLevel) int {
	return cmp.Compare(l.Rank(), o.Rank())
}

// Worse reports whether l is a higher risk than o (RiskHigh.Worse(RiskMedium)
// is true). A known level is worse than an unknown one; an unknown level is
// worse than nothing.
func (l RiskLevel) Worse(o RiskLevel) bool { return l.Compare(o) > 0 }

// AtLeast reports whether l is o or higher (RiskHigh.AtLeast(RiskHigh) is
// true). It is false when either level is unknown: an unknown level meets
// no threshold and is no threshold.
func (l RiskLevel) AtLeast(o RiskLevel) bool {
	return l.Rank() > 0 && o.Rank() > 0 && l.Rank() >= o.Rank()
}

// Compare compares severities s and o: -1 when s is less severe, 0 when
// equal, +1 when more severe. An unknown severity ranks below low.
func (s Severity) Compare(o Severity) int {
	return cmp.Compare(severityRank(s), severityRank(o))
}

// AtLeast reports whether s is o or more severe; false when either is
// unknown.
func (s Severity) AtLeast(o Severity) bool {
	return severityRank(s) > 0 && severityRank(o) > 0 && severityRank(s) >= severityRank(o)
}
