package entryedit

import (
	"maps"
	"slices"

	"github.com/gikai-sec/riskregister/riskassess"
)

// AnswerMerge is the outcome of MergeAnswers.
type AnswerMerge struct {
	// Answers are all of the entry's answers after the import.
	Answers map[string]riskassess.Answer
	// Set are the answers the import adds or replaces (a subset of
	// Answers); every other stored answer stays as it is.
	Set map[string]riskassess.Answer
	// Answered lists, sorted, the questions answered with a value.
	Answered []string
	// Changed are the stored answers whose value or comment the import
	// changes.
	Changed map[string]riskassess.AnswerChange
}

// Unchanged reports whether the merge changes no stored answer: nothing is
// added or changed (a value that is the same as the stored one, with the
// same comment, is not a change whatever cell it was read from).
func (m AnswerMerge) Unchanged() bool { return len(m.Set) == 0 }

// MergeAnswers merges the answers an import received into the entry's
// current ones. It never removes a stored answer:
//
//   - a received answer with a value replaces the stored one (recorded in
//     Changed when the value or comment differs from a stored answer that
//     had either) and is listed in Answered;
//   - a received answer without a value (a comment only) keeps the stored
//     value and replaces only the comment (a change of comment); with no
//     stored answer it is stored as it is;
//   - a question not received keeps its stored answer.
//
// A received answer that equals the stored one in value and comment is not
// set again (its stored cell stays). Neither argument is modified.
func MergeAnswers(current, received map[string]riskassess.Answer) AnswerMerge {
	m := AnswerMerge{Answers: maps.Clone(current), Set: map[string]riskassess.Answer{}, Changed: map[string]riskassess.AnswerChange{}}
	if m.Answers == nil {
		m.Answers = map[string]riskassess.Answer{}
	}
	for _, id := range slices.Sorted(maps.Keys(received)) {
		got := received[id]
		prev, had := current[id]
		had = had && (prev.Value != "" || prev.Comment != "")
		next := got
		if got.Value == "" {
			if !had {
				if got.Comment != "" {
					m.Set[id], m.Answers[id] = got, got
				}
				continue
			}
			next = riskassess.Answer{Value: prev.Value, Comment: got.Comment, Cell: prev.Cell}
		} else {
			m.Answered = append(m.Answered, id)
		}
		if had && next.Value == prev.Value && next.Comment == prev.Comment {
			continue
		}
		m.Set[id], m.Answers[id] = next, next
		if had {
			ch := riskassess.AnswerChange{From: prev.Value, To: next.Value}
			if next.Comment != prev.Comment {
				from, to := prev.Comment, next.Comment
				ch.FromComment, ch.ToComment = &from, &to
			}
			m.Changed[id] = ch
		}
	}
	return m
}
