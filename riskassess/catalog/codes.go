package catalog

// The codes of the problems this package finds in a register: in the
// catalogue settings of register.yaml (ForOrg) and in entries that cite
// requirements and questions by id (CheckReferences). They complete the
// codes of the loader (store.Code); the register's front door
// (riskassess/load) reports both kinds in one list. Every code is
// documented below and, with a YAML example and the fix, in docs/errors.md.
const (
	// CodeBadSetting: the requirements settings of register.yaml are
	// wrong (要件の設定の誤り): an unknown id under disable or override, an
	// invalid severity, a negative weight, an organisation's own
	// requirement with an invalid or clashing id, kind or question.
	//
	// Example:
	//	requirements:
	//	  disable: [SNS-99]
	// Fix: use a requirement id of docs/catalog.md, or correct the field named.
	CodeBadSetting = "bad-setting"

	// CodeUnknownRequirement: a contract clause or a remediation item cites
	// a requirement id the catalogue does not have (未定義の要件ID). Such a
	// clause would prove nothing and count for nothing.
	//
	// Example:
	//	contracts: [{id: k1, scope: 保守, clauses: [{requirement: OUT-99}]}]
	// Fix: use a requirement id of docs/catalog.md (e.g. OUT-09).
	CodeUnknownRequirement = "unknown-requirement"

	// CodeRequirementNotApplicable: a contract clause or a remediation item
	// of a contractor cites a requirement that applies only to services or
	// social-media accounts (種別に適用されない要件).
	//
	// Example:
	//	contracts: [{id: k1, scope: 保守, clauses: [{requirement: SNS-01}]}]
	// Fix: cite a requirement for contractors (OUT-…).
	CodeRequirementNotApplicable = "requirement-not-applicable"

	// CodeUnknownQuestion: an answer is keyed on a question id that the
	// questionnaire of the entry's kind does not have (未定義の質問ID).
	//
	// Example:
	//	answers: {Q-OUT-99: "yes"}
	// Fix: use "Q-" and a requirement id of the entry's kind, e.g. Q-OUT-01.
	CodeUnknownQuestion = "unknown-question"

	// CodeBadAnswer: an answer typed into the file does not fit its
	// question (回答の形の誤り): a yes/no question answered other than yes,
	// no, partial or na (はい, YES), a date question not answered with a
	// date, a number question not with a number, a choice question not
	// with a choice id. It would be scored as not met.
	//
	// Example:
	//	answers: {Q-SNS-05: {value: はい}}
	// Fix: write the value the message gives (yes), as the workbook import
	// would have recorded it.
	CodeBadAnswer = "bad-answer"
)
