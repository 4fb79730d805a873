package foreign

import (
	"fmt"
	"regexp"
	"slices"
	"strings"

	"github.com/gikai-sec/riskregister/riskassess"
)

// Link links one question of a foreign questionnaire to one
// requirement of the catalogue.
type Link struct {
	// Question is the foreign question id ("STA-12.1", "HFIH-01").
	Question string `yaml:"question" json:"question"`
	// Requirement is the catalogue requirement id ("CLD-21").
	Requirement string              `yaml:"requirement" json:"requirement"`
	Strength    riskassess.Strength `yaml:"strength" json:"strength"`
	// Reason says, in the mapping author's words, why the link holds.
	Reason riskassess.Text `yaml:"reason" json:"reason"`
}

// Unmapped says why questions of a foreign questionnaire are not
// linked to any requirement.
type Unmapped struct {
	// Questions are question ids, or a prefix ending in "*" ("DCS-*").
	Questions []string        `yaml:"questions" json:"questions"`
	Reason    riskassess.Text `yaml:"reason" json:"reason"`
}

// Mapping is the mapping of one foreign questionnaire, for a range
// of its versions, to the catalogue: data kept with the catalogue (and
// added by an organisation), never code.
type Mapping struct {
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
	Questions []string   `yaml:"questions,omitempty" json:"questions,omitempty"`
	Links     []Link     `yaml:"links" json:"links"`
	Unmapped  []Unmapped `yaml:"unmapped,omitempty" json:"unmapped,omitempty"`
}

// Covers reports whether m maps version v of questionnaire q.
func (m *Mapping) Covers(q, v string) bool {
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
func (m *Mapping) UnmappedReason(id string) (riskassess.Text, bool) {
	for _, u := range m.Unmapped {
		for _, p := range u.Questions {
			if p == id || (strings.HasSuffix(p, "*") && strings.HasPrefix(id, strings.TrimSuffix(p, "*"))) {
				return u.Reason, true
			}
		}
	}
	return riskassess.Text{}, false
}

// idPatterns are the well-formed question ids of each questionnaire.
var idPatterns = map[string]*regexp.Regexp{
	"caiq":        regexp.MustCompile(`^[A-Z&]{2,5}-\d{2}\.\d+$`),
	"hecvat-full": regexp.MustCompile(`^[A-Z]{4}-\d{2}[a-z]?$`),
	"hecvat-lite": regexp.MustCompile(`^[A-Z]{4}-\d{2}[a-z]?$`),
	"hecvat":      regexp.MustCompile(`^[A-Z]{4}-\d{2}[a-z]?$`),
}

// Questionnaires lists the questionnaire ids a mapping may name.
func Questionnaires() []string {
	return []string{"caiq", "hecvat", "hecvat-full", "hecvat-lite"}
}

// WellFormedID reports whether id has the form of a question id of
// questionnaire q ("A&A-01.1" for CAIQ, "HFIH-01" for HECVAT).
func WellFormedID(q, id string) bool {
	re := idPatterns[q]
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
func (m *Mapping) Check(reqs []riskassess.Requirement) []error {
	var errs []error
	bad := func(where, format string, args ...any) {
		errs = append(errs, fmt.Errorf("%s: %s: %s", m.Source, where, fmt.Sprintf(format, args...)))
	}
	if !slices.Contains(Questionnaires(), m.Questionnaire) {
		bad("questionnaire", "unknown questionnaire %q (allowed: %s)", m.Questionnaire, strings.Join(Questionnaires(), ", "))
	}
	if !versionsPattern.MatchString(m.Versions) {
		bad("versions", "bad version range %q (e.g. 4.0.x or 3.06)", m.Versions)
	}
	if m.Name == "" {
		bad("name", "missing name")
	}
	known := map[string]bool{}
	for i, id := range m.Questions {
		if !WellFormedID(m.Questionnaire, id) {
			bad(fmt.Sprintf("questions[%d]", i), "%q is not a well-formed %s question id", id, m.Questionnaire)
		}
		if known[id] {
			bad(fmt.Sprintf("questions[%d]", i), "%q listed twice", id)
		}
		known[id] = true
	}
	byID := map[string]*riskassess.Requirement{}
	for i := range reqs {
		byID[reqs[i].ID] = &reqs[i]
	}
	seen := map[string]bool{}
	for i, l := range m.Links {
		where := fmt.Sprintf("links[%d] (%s → %s)", i, l.Question, l.Requirement)
		if !WellFormedID(m.Questionnaire, l.Question) {
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
		if r != nil && l.Strength == riskassess.StrengthFull {
			switch {
			case r.AttestedBy != riskassess.AttestVendor:
				bad(where, "a full link must name a requirement the vendor answers; %s is attested by %s (use partial or evidence)", r.ID, r.AttestedBy)
			case r.Question == nil || r.Question.Type != riskassess.AnswerYesNo:
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
			if !WellFormedID(m.Questionnaire, p) || (len(m.Questions) > 0 && !known[p]) {
				bad(where, "%q is not one of the questionnaire's questions", p)
			}
		}
		if u.Reason.Ja == "" || u.Reason.En == "" {
			bad(where, "the reason needs ja and en")
		}
	}
	return errs
}
