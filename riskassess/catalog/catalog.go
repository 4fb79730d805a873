// Package catalog holds the built-in requirement catalogue of riskregister:
// the requirements that outsourcing contractors, external (cloud) services
// and official social-media accounts are checked against, derived from
// section 6(8) of the council's information-security policy and the
// national guideline it follows.
//
// The shortest use: the requirements in force for an organisation (the
// built-in catalogue with register.yaml's settings applied):
//
//	reqs, err := catalog.ForOrg(&reg.Org)
//	as, err := riskassess.Scorer{Blockers: catalog.Blockers()}.AssessAll(reg, reqs, asOf)
//
// The texts (titles, descriptions, questions, remediation, in Japanese and
// English) live in the embedded file requirements.yaml; the pure check of
// each requirement is Go code in this package, keyed by requirement id.
// Default returns the catalogue; ForOrg applies an organisation's settings
// (requirements.disable / override / add in register.yaml).
package catalog

import (
	_ "embed"
	"errors"
	"fmt"
	"slices"
	"strings"
	"sync"

	"github.com/gikai-sec/riskregister/riskassess"
	"go.yaml.in/yaml/v3"
	"golang.org/x/text/unicode/norm"
)

// Version is the catalogue version, recorded with every imported
// questionnaire (AssessmentRecord.CatalogueVersion). It changes whenever a
// requirement is added, removed or changes meaning.
const Version = "2026.12.26"

//go:embed requirements.yaml
var requirementsYAML []byte

// data is the decoded requirements.yaml.
type data struct {
	Clauses    []riskassess.Clause `yaml:"clauses"`
	Guidelines []struct {
		ID    string `yaml:"id"`
		Title string `yaml:"title"`
	} `yaml:"guidelines"`
	Categories []struct {
		ID   string          `yaml:"id"`
		Name riskassess.Text `yaml:"name"`
	} `yaml:"categories"`
	Requirements []spec `yaml:"requirements"`
}

// spec is one requirement as written in requirements.yaml.
type spec struct {
	ID         string              `yaml:"id"`
	Kinds      []riskassess.Kind   `yaml:"kinds"`
	AttestedBy riskassess.Attester `yaml:"attested_by"`
	Category   string              `yaml:"category"`
	Guideline  string              `yaml:"guideline"`
	Clause     string              `yaml:"clause"`
	Severity   riskassess.Severity
	Weight     float64
	// AfterResidual: checked once the residual risk is known; no weight.
	AfterResidual bool `yaml:"after_residual"`
	// NoPrefill: the question is never pre-filled from the check.
	NoPrefill   bool            `yaml:"no_prefill"`
	AppliesWhen riskassess.Text `yaml:"applies_when"`
	Field       string          `yaml:"field"`
	Question    *struct {
		Type    riskassess.AnswerType `yaml:"type"`
		Text    riskassess.Text       `yaml:"text"`
		Choices []riskassess.Choice   `yaml:"choices"`
	} `yaml:"question"`
	Title       riskassess.Text `yaml:"title"`
	Text        riskassess.Text `yaml:"text"`
	Remediation riskassess.Text `yaml:"remediation"`
}

// catalogue is the decoded and checked catalogue data.
type catalogue struct {
	reqs       []riskassess.Requirement // sorted by id
	clauses    []riskassess.Clause
	categories []riskassess.Text // in the order of requirements.yaml
}

var (
	loadOnce sync.Once
	loaded   *catalogue
	loadErr  error
)

// alwaysApplies is the applies_when text of requirements without one.
var alwaysApplies = riskassess.T("常に適用", "Always")

// load decodes requirements.yaml once and joins it with the check tables.
func load() (*catalogue, error) {
	loadOnce.Do(func() { loaded, loadErr = decode(requirementsYAML) })
	return loaded, loadErr
}

// decode parses catalogue data and builds the requirements, sorted by id.
// Every problem is reported, joined.
func decode(src []byte) (*catalogue, error) {
	var d data
	dec := yaml.NewDecoder(strings.NewReader(string(src)))
	dec.KnownFields(true)
	if err := dec.Decode(&d); err != nil {
		return nil, fmt.Errorf("requirements.yaml: %w", err)
	}
	cat := &catalogue{clauses: d.Clauses}
	guidelines := map[string]string{}
	for _, g := range d.Guidelines {
		guidelines[g.ID] = g.Title
	}
	categories := map[string]riskassess.Text{}
	for _, c := range d.Categories {
		categories[c.ID] = c.Name
		cat.categories = append(cat.categories, c.Name)
	}
	clauseIDs := map[string]bool{}
	for _, c := range d.Clauses {
		clauseIDs[c.ID] = true
	}
	var errs []error
	bad := func(id, format string, args ...any) {
		errs = append(errs, fmt.Errorf("requirements.yaml: %s: %s", id, fmt.Sprintf(format, args...)))
	}
	seen := map[string]bool{}
	reqs := make([]riskassess.Requirement, 0, len(d.Requirements))
	for _, s := range d.Requirements {
		if seen[s.ID] {
			bad(s.ID, "duplicate id")
		}
		seen[s.ID] = true
		check, ok := checks[s.ID]
		if !ok {
			bad(s.ID, "no check function in checks")
		}
		if _, ok := guidelines[s.Guideline]; !ok {
			bad(s.ID, "unknown guideline %q", s.Guideline)
		}
		if _, ok := categories[s.Category]; !ok {
			bad(s.ID, "unknown category %q", s.Category)
		}
		if !clauseIDs[s.Clause] {
			bad(s.ID, "unknown clause %q", s.Clause)
		}
		if s.Field == "" && s.Question == nil {
			bad(s.ID, "neither field nor question: nothing evidences it")
		}
		r := riskassess.Requirement{
			ID:          s.ID,
			Kinds:       s.Kinds,
			Category:    categories[s.Category],
			Title:       s.Title,
			Text:        s.Text,
			Clause:      s.Clause,
			Guideline:   guidelines[s.Guideline],
			Severity:    s.Severity,
			Weight:      s.Weight,
			AppliesWhen: s.AppliesWhen,
			Field:       s.Field,
			AttestedBy:  s.AttestedBy,
			Remediation: s.Remediation,
			Applies:     kindGuard(s.Kinds, applies[s.ID]),
			// AfterResidual requirements are checked by Assess once the
			// residual risk is known, with weight 0.
			AfterResidual: s.AfterResidual,
			NoPrefill:     s.NoPrefill,
		}
		if r.AppliesWhen == (riskassess.Text{}) {
			r.AppliesWhen = alwaysApplies
		}
		if s.Question != nil {
			r.Question = &riskassess.Question{
				ID:       QuestionID(s.ID),
				Text:     s.Question.Text,
				Type:     s.Question.Type,
				Choices:  s.Question.Choices,
				Category: r.Category,
			}
		}
		if check != nil {
			r.Check = guardedCheck(s.Kinds, check, newReq(s.ID))
		}
		if err := validate(&r); err != nil {
			bad(s.ID, "%v", err)
		}
		reqs = append(reqs, r)
	}
	for id := range checks {
		if !seen[id] {
			bad(id, "check function without a requirement in requirements.yaml")
		}
	}
	for id := range applies {
		if !seen[id] {
			bad(id, "applicability function without a requirement in requirements.yaml")
		}
	}
	slices.SortFunc(reqs, func(a, b riskassess.Requirement) int { return strings.Compare(a.ID, b.ID) })
	intern(reqs)
	cat.reqs = reqs
	return cat, errors.Join(errs...)
}

// intern makes the texts of reqs that findings copy (id, title, clause,
// severity, remediation …) share one large block of memory, and the
// severities the package's constants. Every finding holds these strings;
// pointing them into one large object rather than hundreds of small ones
// makes the garbage collector's marking of large registers' assessments
// cheaper. The values do not change.
func intern(reqs []riskassess.Requirement) {
	var fields []*string
	for i := range reqs {
		r := &reqs[i]
		r.Severity = canonicalSeverity(r.Severity)
		fields = append(fields, &r.ID, &r.Title.Ja, &r.Title.En, &r.Clause, &r.Remediation.Ja, &r.Remediation.En,
			&r.Field, &r.Category.Ja, &r.Category.En, &r.Guideline, &r.AppliesWhen.Ja, &r.AppliesWhen.En)
		if q := r.Question; q != nil {
			fields = append(fields, &q.ID)
		}
	}
	n := 0
	for _, f := range fields {
		n += len(*f)
	}
	var b strings.Builder
	b.Grow(n)
	for _, f := range fields {
		b.WriteString(*f)
	}
	block, off := b.String(), 0
	for _, f := range fields {
		l := len(*f)
		*f = block[off : off+l]
		off += l
	}
}

// canonicalSeverity returns the package constant equal to s, or s.
func canonicalSeverity(s riskassess.Severity) riskassess.Severity {
	for _, c := range []riskassess.Severity{riskassess.SeverityLow, riskassess.SeverityMedium, riskassess.SeverityHigh, riskassess.SeverityCritical} {
		if s == c {
			return c
		}
	}
	return s
}

// kindGuard wraps an applicability function so that it is false for
// entries of other kinds (the checks assume the kinds they are written for).
func kindGuard(kinds []riskassess.Kind, f appliesFunc) func(*riskassess.Subject) bool {
	if len(kinds) == 1 {
		k := kinds[0]
		if f == nil {
			return func(s *riskassess.Subject) bool { return s.Entry.Kind() == k }
		}
		return func(s *riskassess.Subject) bool { return s.Entry.Kind() == k && f(s) }
	}
	return func(s *riskassess.Subject) bool {
		return slices.Contains(kinds, s.Entry.Kind()) && (f == nil || f(s))
	}
}

// guardedCheck wraps check (of requirement q) so that it returns not
// applicable for entries of other kinds: one closure, with a quicker test
// of the kind when there is just one.
func guardedCheck(kinds []riskassess.Kind, check checkFunc, q *req) func(*riskassess.Subject) riskassess.Result {
	if len(kinds) == 1 {
		k := kinds[0]
		return func(s *riskassess.Subject) riskassess.Result {
			if s.Entry.Kind() != k {
				return notApplicable("この種別には適用しない", "not defined for this kind of entry")
			}
			return check(q, s)
		}
	}
	return func(s *riskassess.Subject) riskassess.Result {
		if !slices.Contains(kinds, s.Entry.Kind()) {
			return notApplicable("この種別には適用しない", "not defined for this kind of entry")
		}
		return check(q, s)
	}
}

// validate reports what is wrong with the metadata of r (built-in or
// custom): kinds, severity, weight, texts and question.
func validate(r *riskassess.Requirement) error {
	var errs []error
	if len(r.Kinds) == 0 {
		errs = append(errs, errors.New("kinds: at least one kind is required"))
	}
	for _, k := range r.Kinds {
		if !k.Valid() {
			errs = append(errs, fmt.Errorf("kinds: unknown kind %q (want one of %s)", k, strings.Join(k.Allowed(), ", ")))
		}
	}
	if !r.Severity.Valid() {
		errs = append(errs, fmt.Errorf("severity: %q is not one of %s", r.Severity, strings.Join(r.Severity.Allowed(), ", ")))
	}
	switch {
	case r.AfterResidual && r.Weight != 0:
		errs = append(errs, fmt.Errorf("weight: %v: a requirement checked after the residual risk has no weight", r.Weight))
	case !r.AfterResidual && !(r.Weight > 0):
		errs = append(errs, fmt.Errorf("weight: %v must be greater than 0", r.Weight))
	}
	for name, t := range map[string]riskassess.Text{"title": r.Title, "text": r.Text, "remediation": r.Remediation} {
		if t.Ja == "" || t.En == "" {
			errs = append(errs, fmt.Errorf("%s: both ja and en are required", name))
		}
	}
	if r.Question != nil {
		if err := validateQuestion(r.Question); err != nil {
			errs = append(errs, err)
		}
	}
	if err := validateAttester(r.AttestedBy, r.Question != nil); err != nil {
		errs = append(errs, err)
	}
	return errors.Join(errs...)
}

// validateAttester checks who attests a requirement against whether it has
// a question: a requirement decided by the register's facts asks nobody,
// and one attested by the vendor or the council must ask them.
func validateAttester(a riskassess.Attester, hasQuestion bool) error {
	switch {
	case a == "":
		return fmt.Errorf("attested_by: required: one of %s (who can attest the requirement)", strings.Join(a.Allowed(), ", "))
	case !a.Valid():
		return fmt.Errorf("attested_by: %q is not one of %s", a, strings.Join(a.Allowed(), ", "))
	case a == riskassess.AttestRegister && hasQuestion:
		return errors.New("attested_by: register requirements are decided by the register's facts and ask nobody: remove the question, or name vendor or council")
	case a != riskassess.AttestRegister && !hasQuestion:
		return fmt.Errorf("attested_by: %s answers through a question, but the requirement has none: add a question, or name register", a)
	}
	return nil
}

// validateQuestion checks a question's type, text and choices; the error
// joins the problems of questionProblems, each as "path: message".
func validateQuestion(q *riskassess.Question) error {
	var errs []error
	for _, e := range questionProblems(q) {
		errs = append(errs, errors.New(e.Path+": "+e.Msg))
	}
	return errors.Join(errs...)
}

// questionProblems returns the problems of a question's type, text and
// choices, with paths relative to the requirement ("question.choices").
func questionProblems(q *riskassess.Question) []*SettingError {
	var errs []*SettingError
	bad := func(path, ja, en string, args ...any) {
		errs = append(errs, &SettingError{Path: path, Msg: fmt.Sprintf(en, args...), Ja: fmt.Sprintf(ja, args...)})
	}
	if !q.Type.Valid() {
		bad("question.type", "%q は使えません。次のいずれかにしてください: %s", "%q is not one of %s", q.Type, strings.Join(q.Type.Allowed(), ", "))
	}
	if q.Text.Ja == "" {
		bad("question.text.ja", "質問文が必要です", "the question text is required")
	}
	if q.Type == riskassess.AnswerChoice && len(q.Choices) < 2 {
		bad("question.choices", "選択式の質問には選択肢が2つ以上必要です", "a choice question needs at least two choices")
	}
	if q.Type != riskassess.AnswerChoice && len(q.Choices) > 0 {
		bad("question.choices", "選択肢を持てるのは選択式（choice）の質問だけです（%q）", "only choice questions have choices, not %q", q.Type)
	}
	ids := map[string]bool{}
	for i, c := range q.Choices {
		if c.ID == "" || ids[c.ID] {
			bad(fmt.Sprintf("question.choices[%d].id", i), "選択肢の id %q が空か重複しています", "%q is empty or repeated", c.ID)
		}
		ids[c.ID] = true
	}
	// An answer in a workbook is read back as the first choice whose id
	// or label it equals (folded): a label that reads like another
	// choice's id or label stored that choice, whatever the vendor meant.
	owner := map[string]int{}
	for i, c := range q.Choices {
		if _, ok := owner[foldChoice(c.ID)]; !ok {
			owner[foldChoice(c.ID)] = i
		}
	}
	for i, c := range q.Choices {
		for _, l := range [...]struct{ lang, text string }{{"ja", c.Label.Ja}, {"en", c.Label.En}} {
			f := foldChoice(l.text)
			if f == "" {
				continue
			}
			if j, ok := owner[f]; ok && j != i {
				bad(fmt.Sprintf("question.choices[%d].label.%s", i, l.lang),
					"選択肢の表示 %q は選択肢 %q と同じに読めます。確認票の回答がどちらの選択肢か区別できないため、選択肢ごとに違う表示にしてください",
					"label %q reads the same as choice %q: an answer in the workbook could not tell them apart; give each choice a label of its own",
					l.text, q.Choices[j].ID)
				continue
			}
			owner[f] = i
		}
	}
	return errs
}

// foldChoice folds a choice id or label as the workbook import compares
// answers with them (riskassess/xlsx fold): Unicode NFKC (full-width ASCII
// as ASCII, half-width katakana as full width, U+3000 as a space), lower
// case, runs of spaces as one, none at the ends.
func foldChoice(s string) string {
	return strings.Join(strings.Fields(strings.ToLower(norm.NFKC.String(s))), " ")
}

// QuestionID returns the id of the question that evidences requirement id:
// "Q-" + id. Questionnaire workbooks and Entry.Answers are keyed on it.
func QuestionID(requirementID string) string { return "Q-" + requirementID }

// Default returns the built-in catalogue, sorted by id. Each call returns a
// fresh slice with copies of the kinds and questions, so callers may change
// it. Default panics if the embedded catalogue data is malformed, which the
// package tests rule out.
func Default() []riskassess.Requirement {
	out := make([]riskassess.Requirement, len(mustLoad().reqs))
	for i, r := range mustLoad().reqs {
		out[i] = clone(r)
	}
	return out
}

// Clauses returns the policy clauses the built-in requirements cite, in
// policy order: the clause ids used in Requirement.Clause ("6(8)①イ") with
// a short title. An organisation may copy them into register.yaml
// (policy.clauses).
func Clauses() []riskassess.Clause {
	return slices.Clone(mustLoad().clauses)
}

// Prepare decodes the built-in catalogue now unless that is done already,
// so that the first call of Default, Clauses or ForOrg then does not wait
// for it (about 10 ms of CPU): a program may start it beside other work
// (go catalog.Prepare()). It is safe to call from any goroutine, any
// number of times, and never panics: an error in the embedded data is
// reported by the functions that need the catalogue.
func Prepare() { load() }

// mustLoad returns the catalogue or panics: the embedded data is part of
// the program, and the package tests prove it loads.
func mustLoad() *catalogue {
	c, err := load()
	if err != nil {
		panic("catalog: " + err.Error())
	}
	return c
}

func clone(r riskassess.Requirement) riskassess.Requirement {
	r.Kinds = slices.Clone(r.Kinds)
	if r.Question != nil {
		q := *r.Question
		q.Choices = slices.Clone(q.Choices)
		r.Question = &q
	}
	return r
}
