package riskassess

import (
	"fmt"
	"regexp"
	"slices"
	"strings"
	"unicode/utf8"
)

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
func (s Strength) Label(lang string) string {
	return strengthEnum.label(s, lang)
}

// strengthEnum declares the values of Strength and their labels (see enumTable).
var strengthEnum = newEnum(nil,
	row(StrengthFull, "回答とみなす", "full"),
	row(StrengthPartial, "一部", "partial"),
	row(StrengthEvidence, "参考", "evidence"),
)

// ForeignLink links one question of a foreign questionnaire to one
// requirement of the catalogue.
type ForeignLink struct {
	// Question is the foreign question id ("STA-12.1", "HFIH-01").
	Question string `yaml:"question" json:"question"`
	// Requirement is the catalogue requirement id ("CLD-21").
	Requirement string   `yaml:"requirement" json:"requirement"`
	Strength    Strength `yaml:"strength" json:"strength"`
	// Reason says, in the mapping author's words, why the link holds.
	Reason Text `yaml:"reason" json:"reason"`
}

// ForeignUnmapped says why questions of a foreign questionnaire are not
// linked to any requirement.
type ForeignUnmapped struct {
	// Questions are question ids, or a prefix ending in "*" ("DCS-*").
	Questions []string `yaml:"questions" json:"questions"`
	Reason    Text     `yaml:"reason" json:"reason"`
}

// ForeignMapping is the mapping of one foreign questionnaire, for a range
// of its versions, to the catalogue: data kept with the catalogue (and
// added by an organisation), never code.
type ForeignMapping struct {
	// Questionnaire is the questionnaire's id: "caiq", "hecvat-full",
	// "hecvat-lite" (HECVAT 3.x) or "hecvat" (HECVAT 4.x, one workbook).
	Questionnaire string `yaml:"questionnaire" json:"questionnaire"`
	// Versions is the version range covered: "4.0.x" (an x stands for
	// any number in its place, a trailing x for any rest: "3.x" covers 3.06
	// and 3.1.2), or one exact version ("3.06").
	Versions string `yaml:"versions" json:"versions"`
	// Name is the mapping's own name, for people ("CSA CAIQ v4.0.x").
	Name string `yaml:"name" json:"name"`
	// Source is the file the mapping was read from (set by the loader).
	Source string `yaml:"-" json:"source,omitempty"`
	// Questions, if set, is every question id of the covered versions:
	// links and unmapped entries must use them, and a complete mapping
	// says something about each.
	Questions []string          `yaml:"questions,omitempty" json:"questions,omitempty"`
	Links     []ForeignLink     `yaml:"links" json:"links"`
	Unmapped  []ForeignUnmapped `yaml:"unmapped,omitempty" json:"unmapped,omitempty"`
}

// Covers reports whether m maps version v of questionnaire q.
func (m *ForeignMapping) Covers(q, v string) bool {
	if m.Questionnaire != q {
		return false
	}
	want, got := strings.Split(m.Versions, "."), strings.Split(v, ".")
	for i, w := range want {
		if i >= len(got) || got[i] == "" {
			return false
		}
		if w == "x" && i == len(want)-1 {
			return true // a trailing x: any rest ("3.x" covers 3.06 and 3.1.2)
		}
		if w != "x" && w != got[i] {
			return false
		}
	}
	return len(want) == len(got)
}

// UnmappedReason returns why question id is not linked, and whether m
// says so.
func (m *ForeignMapping) UnmappedReason(id string) (Text, bool) {
	for _, u := range m.Unmapped {
		for _, p := range u.Questions {
			if p == id || (strings.HasSuffix(p, "*") && strings.HasPrefix(id, strings.TrimSuffix(p, "*"))) {
				return u.Reason, true
			}
		}
	}
	return Text{}, false
}

// foreignIDPatterns are the well-formed question ids of each questionnaire.
var foreignIDPatterns = map[string]*regexp.Regexp{
	"caiq":        regexp.MustCompile(`^[A-Z&]{2,5}-\d{2}\.\d+$`),
	"hecvat-full": regexp.MustCompile(`^[A-Z]{4}-\d{2}[a-z]?$`),
	"hecvat-lite": regexp.MustCompile(`^[A-Z]{4}-\d{2}[a-z]?$`),
	"hecvat":      regexp.MustCompile(`^[A-Z]{4}-\d{2}[a-z]?$`),
}

// ForeignQuestionnaires lists the questionnaire ids a mapping may name.
func ForeignQuestionnaires() []string {
	return []string{"caiq", "hecvat", "hecvat-full", "hecvat-lite"}
}

// WellFormedForeignID reports whether id has the form of a question id of
// questionnaire q ("A&A-01.1" for CAIQ, "HFIH-01" for HECVAT).
func WellFormedForeignID(q, id string) bool {
	re := foreignIDPatterns[q]
	return re != nil && re.MatchString(id)
}

var versionsPattern = regexp.MustCompile(`^\d+(\.(\d+|x))*$`)

// Check returns every problem of m against the catalogue reqs (the
// mapping's self-test): the questionnaire is known, the version range is
// well-formed, every question id is well-formed (and one of Questions,
// when given), every requirement exists, every strength is valid, a full
// link names a yes/no question that the vendor answers (a foreign answer
// never answers a register or council requirement), no link is repeated,
// and every reason has Japanese and English. Each problem names
// m.Source and the link.
func (m *ForeignMapping) Check(reqs []Requirement) []error {
	var errs []error
	bad := func(where, format string, args ...any) {
		errs = append(errs, fmt.Errorf("%s: %s: %s", m.Source, where, fmt.Sprintf(format, args...)))
	}
	if !slices.Contains(ForeignQuestionnaires(), m.Questionnaire) {
		bad("questionnaire", "unknown questionnaire %q (allowed: %s)", m.Questionnaire, strings.Join(ForeignQuestionnaires(), ", "))
	}
	if !versionsPattern.MatchString(m.Versions) {
		bad("versions", "bad version range %q (e.g. 4.0.x or 3.06)", m.Versions)
	}
	if m.Name == "" {
		bad("name", "missing name")
	}
	known := map[string]bool{}
	for i, id := range m.Questions {
		if !WellFormedForeignID(m.Questionnaire, id) {
			bad(fmt.Sprintf("questions[%d]", i), "%q is not a well-formed %s question id", id, m.Questionnaire)
		}
		if known[id] {
			bad(fmt.Sprintf("questions[%d]", i), "%q listed twice", id)
		}
		known[id] = true
	}
	byID := map[string]*Requirement{}
	for i := range reqs {
		byID[reqs[i].ID] = &reqs[i]
	}
	seen := map[string]bool{}
	for i, l := range m.Links {
		where := fmt.Sprintf("links[%d] (%s → %s)", i, l.Question, l.Requirement)
		if !WellFormedForeignID(m.Questionnaire, l.Question) {
			bad(where, "%q is not a well-formed %s question id", l.Question, m.Questionnaire)
		} else if len(m.Questions) > 0 && !known[l.Question] {
			bad(where, "question %q is not one of the questionnaire's questions", l.Question)
		}
		r := byID[l.Requirement]
		if r == nil {
			bad(where, "no requirement %q in the catalogue", l.Requirement)
		}
		if !l.Strength.Valid() {
			bad(where, "strength %q is not one of %s", l.Strength, strings.Join(l.Strength.Allowed(), ", "))
		}
		if r != nil && l.Strength == StrengthFull {
			switch {
			case r.AttestedBy != AttestVendor:
				bad(where, "a full link must name a requirement the vendor answers; %s is attested by %s (use partial or evidence)", r.ID, r.AttestedBy)
			case r.Question == nil || r.Question.Type != AnswerYesNo:
				bad(where, "a full link must name a yes/no question; %s is not one (use partial or evidence)", r.ID)
			}
		}
		if l.Reason.Ja == "" || l.Reason.En == "" {
			bad(where, "the reason needs ja and en")
		}
		if k := l.Question + "|" + l.Requirement; seen[k] {
			bad(where, "link repeated")
		} else {
			seen[k] = true
		}
	}
	for i, u := range m.Unmapped {
		where := fmt.Sprintf("unmapped[%d]", i)
		for _, p := range u.Questions {
			if strings.HasSuffix(p, "*") {
				continue
			}
			if !WellFormedForeignID(m.Questionnaire, p) || (len(m.Questions) > 0 && !known[p]) {
				bad(where, "%q is not one of the questionnaire's questions", p)
			}
		}
		if u.Reason.Ja == "" || u.Reason.En == "" {
			bad(where, "the reason needs ja and en")
		}
	}
	return errs
}

// ForeignAnswer is one answer read from a foreign questionnaire.
type ForeignAnswer struct {
	// ID is the foreign question id.
	ID string `json:"id"`
	// Raw is the answer as found ("Yes", "1) Yes", free text).
	Raw string `json:"raw,omitempty"`
	// Value is Raw as a yes/no answer ("yes", "no", "na"), or "" when Raw
	// is blank or not a yes/no answer.
	Value string `json:"value,omitempty"`
	// Comment is the vendor's text beside the answer: CAIQ's
	// implementation description, HECVAT's additional information.
	Comment string `json:"comment,omitempty"`
	// Owner is CAIQ's SSRM control ownership ("CSP-owned").
	Owner string `json:"owner,omitempty"`
	// Cell is where the answer was read ("CAIQv4.0.3!C45").
	Cell string `json:"cell"`
}

// ForeignWorkbook is what was read from a foreign questionnaire.
type ForeignWorkbook struct {
	// Questionnaire is the questionnaire id ("caiq", see ForeignMapping).
	Questionnaire string `json:"questionnaire"`
	// Name is the questionnaire's name for people ("CAIQ", "HECVAT Full").
	Name string `json:"name"`
	// Version is the version read from the workbook ("4.0.3").
	Version string `json:"version"`
	// Answers are the question rows, in the workbook's order, one per id.
	Answers []ForeignAnswer `json:"answers"`
}

// Label returns "CAIQ v4.0.3", the name recorded with an import.
func (w *ForeignWorkbook) Label() string { return w.Name + " v" + w.Version }

// Answered returns the number of questions with a non-blank answer, and
// how many of them are yes, no and na.
func (w *ForeignWorkbook) Answered() (n, yes, no, na int) {
	for _, a := range w.Answers {
		if strings.TrimSpace(a.Raw) == "" {
			continue
		}
		n++
		switch a.Value {
		case "yes":
			yes++
		case "no":
			no++
		case "na":
			na++
		}
	}
	return
}

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

// ForeignOutcome is MapForeign's result.
type ForeignOutcome struct {
	// Answers are the answers to our questions, by question id: from full
	// links only, each with the provenance in its comment ("CAIQ v4.0.3
	// STA-12.1: Yes") and the foreign cell.
	Answers map[string]Answer
	// Evidence lists, by requirement and question, what a person judges.
	Evidence []ForeignEvidence
	// Unanswered are the vendor's questions of the kind that no full link
	// answered, in catalogue order: what a gap questionnaire asks.
	Unanswered []string
}

// maxEvidenceComment is the most characters of a vendor's description kept
// with a piece of evidence or an answer's provenance.
const maxEvidenceComment = 500

func shorten(s string) string {
	s = strings.TrimSpace(s)
	if utf8.RuneCountInString(s) <= maxEvidenceComment {
		return s
	}
	r := []rune(s)
	return string(r[:maxEvidenceComment]) + "…"
}

// MapForeign applies mapping m to the foreign workbook w for an entry of
// kind k under the catalogue reqs.
//
// A requirement of k answered by the vendor with a yes/no question gets an
// answer when every full link to it has a yes/no answer in w and these
// answers agree: that value ("yes", "no", "na"), with the provenance lines
// as the comment. When the full links' answers differ, or one is blank or
// not yes/no, nothing is answered and the answered ones are listed as
// evidence with a note. Partial and evidence links with a non-blank answer
// are listed as evidence, and so is a full link to a requirement the
// vendor does not answer (a foreign answer never answers a register or
// council requirement). An "na" is recorded like a vendor's 該当なし: the
// scoring counts it as a claim until the council confirms it. Blank and
// unmapped answers give nothing.
func MapForeign(w *ForeignWorkbook, m *ForeignMapping, reqs []Requirement, k Kind) ForeignOutcome {
	out := ForeignOutcome{Answers: map[string]Answer{}}
	byID := map[string]*ForeignAnswer{}
	for i := range w.Answers {
		if _, dup := byID[w.Answers[i].ID]; !dup {
			byID[w.Answers[i].ID] = &w.Answers[i]
		}
	}
	label := w.Label()
	conflict := map[string]bool{}
	var vendorQs []string
	seenQ := map[string]bool{}
	for i := range reqs {
		r := &reqs[i]
		if !r.AppliesTo(k) || r.Question == nil {
			continue
		}
		vendorYesNo := r.AttestedBy == AttestVendor && r.Question.Type == AnswerYesNo
		if r.AttestedBy == AttestVendor && !seenQ[r.Question.ID] {
			seenQ[r.Question.ID] = true
			vendorQs = append(vendorQs, r.Question.ID)
		}
		var full []*ForeignAnswer
		var fullLinks []ForeignLink
		for _, l := range m.Links {
			if l.Requirement != r.ID {
				continue
			}
			a := byID[l.Question]
			if l.Strength == StrengthFull && vendorYesNo {
				full, fullLinks = append(full, a), append(fullLinks, l)
				continue
			}
			if a == nil || strings.TrimSpace(a.Raw) == "" {
				continue
			}
			ev := ForeignEvidence{Requirement: r.ID, Question: l.Question, Answer: a.Raw, Strength: l.Strength, Comment: shorten(a.Comment)}
			if l.Strength == StrengthFull {
				ev.Note = "not a vendor yes/no question: shown as evidence / 事業者に尋ねるはい・いいえの質問ではないため参考として表示"
			}
			out.Evidence = append(out.Evidence, ev)
		}
		if len(full) == 0 {
			continue
		}
		value, ok := "", true
		for _, a := range full {
			if a == nil || a.Value == "" || (value != "" && a.Value != value) {
				ok = false
				break
			}
			value = a.Value
		}
		if !ok {
			for j, a := range full {
				if a == nil || strings.TrimSpace(a.Raw) == "" {
					continue
				}
				out.Evidence = append(out.Evidence, ForeignEvidence{Requirement: r.ID, Question: fullLinks[j].Question, Answer: a.Raw,
					Strength: StrengthFull, Comment: shorten(a.Comment),
					Note: "the answers this requirement rests on are missing, differ or are not yes/no: judge them / 根拠の回答が欠けている・食い違う・はい/いいえでないため判断してください"})
			}
			continue
		}
		var lines []string
		for _, a := range full {
			line := label + " " + a.ID + ": " + strings.TrimSpace(a.Raw)
			if a.Owner != "" {
				line += " [" + a.Owner + "]"
			}
			if c := shorten(a.Comment); c != "" {
				line += " " + c
			}
			lines = append(lines, line)
		}
		ans := Answer{Value: value, Comment: strings.Join(lines, "\n"), Cell: full[0].Cell}
		qid := r.Question.ID
		if prev, had := out.Answers[qid]; had && prev.Value != ans.Value {
			conflict[qid] = true
		}
		if _, had := out.Answers[qid]; !had {
			out.Answers[qid] = ans
		}
	}
	for qid := range conflict {
		delete(out.Answers, qid)
	}
	for _, q := range vendorQs {
		if _, ok := out.Answers[q]; !ok {
			out.Unanswered = append(out.Unanswered, q)
		}
	}
	slices.SortStableFunc(out.Evidence, func(a, b ForeignEvidence) int {
		return strings.Compare(a.Requirement, b.Requirement)
	})
	return out
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
