package foreign

import (
	"slices"
	"strings"
	"unicode/utf8"

	"github.com/gikai-sec/riskregister/riskassess"
)

// Answer is one answer read from a foreign questionnaire.
type Answer struct {
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

// Workbook is what was read from a foreign questionnaire.
type Workbook struct {
	// Questionnaire is the questionnaire id ("caiq", see
	// Mapping).
	Questionnaire string `json:"questionnaire"`
	// Name is the questionnaire's name for people ("CAIQ", "HECVAT Full").
	Name string `json:"name"`
	// Version is the version read from the workbook ("4.0.3").
	Version string `json:"version"`
	// Answers are the question rows, in the workbook's order, one per id.
	Answers []Answer `json:"answers"`
}

// Label returns "CAIQ v4.0.3", the name recorded with an import.
func (w *Workbook) Label() string { return w.Name + " v" + w.Version }

// Answered returns the number of questions with a non-blank answer, and
// how many of them are yes, no and na.
func (w *Workbook) Answered() (n, yes, no, na int) {
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

// Outcome is Map's result.
type Outcome struct {
	// Answers are the answers to our questions, by question id: from full
	// links only, each with the provenance in its comment ("CAIQ v4.0.3
	// STA-12.1: Yes") and the foreign cell.
	Answers map[string]riskassess.Answer
	// Evidence lists, by requirement and question, what a person judges.
	Evidence []riskassess.ForeignEvidence
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

// Map applies mapping m to the foreign workbook w for an entry of
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
func Map(w *Workbook, m *Mapping, reqs []riskassess.Requirement, k riskassess.Kind) Outcome {
	out := Outcome{Answers: map[string]riskassess.Answer{}}
	byID := map[string]*Answer{}
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
		vendorYesNo := r.AttestedBy == riskassess.AttestVendor && r.Question.Type == riskassess.AnswerYesNo
		if r.AttestedBy == riskassess.AttestVendor && !seenQ[r.Question.ID] {
			seenQ[r.Question.ID] = true
			vendorQs = append(vendorQs, r.Question.ID)
		}
		var full []*Answer
		var fullLinks []Link
		for _, l := range m.Links {
			if l.Requirement != r.ID {
				continue
			}
			a := byID[l.Question]
			if l.Strength == riskassess.StrengthFull && vendorYesNo {
				full, fullLinks = append(full, a), append(fullLinks, l)
				continue
			}
			if a == nil || strings.TrimSpace(a.Raw) == "" {
				continue
			}
			ev := riskassess.ForeignEvidence{Requirement: r.ID, Question: l.Question, Answer: a.Raw, Strength: l.Strength, Comment: shorten(a.Comment)}
			if l.Strength == riskassess.StrengthFull {
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
				out.Evidence = append(out.Evidence, riskassess.ForeignEvidence{Requirement: r.ID, Question: fullLinks[j].Question, Answer: a.Raw,
					Strength: riskassess.StrengthFull, Comment: shorten(a.Comment),
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
		ans := riskassess.Answer{Value: value, Comment: strings.Join(lines, "\n"), Cell: full[0].Cell}
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
	slices.SortStableFunc(out.Evidence, func(a, b riskassess.ForeignEvidence) int {
		return strings.Compare(a.Requirement, b.Requirement)
	})
	return out
}
