package riskassess

// Strength says how far the answer to a foreign question (a CSA CAIQ or
// EDUCAUSE HECVAT question) answers one of the catalogue's requirements.
type Strength string

// Strengths.
const (
	// StrengthFull: the foreign answer answers the requirement's question
	// as it stands (a "Yes" there is a "yes" here). Only full links set
	// answers, and only for yes/no questions the vendor answers.
	StrengthFull Strength = "full"
	// StrengthPartial: the foreign question covers part of ours (often the
	// practice where we ask for a contract clause). Shown as evidence for
	// a person to judge; never scored.
	StrengthPartial Strength = "partial"
	// StrengthEvidence: useful only together with the vendor's description.
	// Shown as evidence; never scored.
	StrengthEvidence Strength = "evidence"
)

// Valid reports whether s is one of the strengths.
func (s Strength) Valid() bool { return strengthEnum.valid(s) }

// Allowed lists the strengths.
func (Strength) Allowed() []string { return strengthEnum.allowed() }

// Label returns the strength's name in lang.
func (s Strength) Label(lang Lang) string {
	return strengthEnum.label(s, lang)
}

// strengthEnum declares the values of Strength and their labels (see enumTable).
var strengthEnum = newEnum(nil,
	row(StrengthFull, "回答とみなす", "full"),
	row(StrengthPartial, "一部", "partial"),
	row(StrengthEvidence, "参考", "evidence"),
)

// ForeignEvidence is a foreign answer shown to a person, not scored: a
// partial or evidence link, or a full link that could not answer (the
// answers it rests on differ, or one is not a yes/no answer).
type ForeignEvidence struct {
	Requirement string   `yaml:"requirement" json:"requirement"`
	Question    string   `yaml:"question" json:"question"`
	Answer      string   `yaml:"answer" json:"answer"`
	Strength    Strength `yaml:"strength" json:"strength"`
	// Comment is the vendor's description beside the answer, shortened.
	Comment string `yaml:"comment,omitempty" json:"comment,omitempty"`
	// Note says why a full link did not answer.
	Note string `yaml:"note,omitempty" json:"note,omitempty"`
}

// LatestForeign returns the most recent assessment record of c imported
// from a foreign questionnaire (Questionnaire set), and whether there is
// one.
func (c *Common) LatestForeign() (AssessmentRecord, bool) {
	best := -1
	for i, rec := range c.Assessments {
		if rec.Questionnaire == "" {
			continue
		}
		if best < 0 || !c.Assessments[best].On.After(rec.On) {
			best = i
		}
	}
	if best < 0 {
		return AssessmentRecord{}, false
	}
	return c.Assessments[best], true
}

// LatestForeignOn is LatestForeign of the records as they stood on asOf
// (see AnswersOn): a foreign questionnaire answered after asOf, and any
// record imported after one, is not there yet.
func (c *Common) LatestForeignOn(asOf Date) (AssessmentRecord, bool) {
	return c.AnswersOn(asOf).LatestForeign()
}
