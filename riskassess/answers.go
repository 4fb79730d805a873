package riskassess

import (
	"maps"
	"slices"
)

// Received returns, sorted, the questions rec received with a value: its
// Answered list, or for a record of the earlier layout (a full copy in
// Answers) the ids whose value is not empty.
func (rec AssessmentRecord) Received() []string {
	if len(rec.Answered) > 0 || len(rec.Answers) == 0 {
		return rec.Answered
	}
	var ids []string
	for id, a := range rec.Answers {
		if a.Value != "" {
			ids = append(ids, id)
		}
	}
	slices.Sort(ids)
	return ids
}

// Given returns the value rec received for question id, and whether it
// received one: from its copy of the answers (earlier layout), from its
// change, or, for a question it answered without changing it, after (the
// value the answer had right after the record).
func (rec *AssessmentRecord) Given(id, after string) (string, bool) {
	if len(rec.Answered) == 0 && len(rec.Answers) > 0 {
		a, ok := rec.Answers[id]
		return a.Value, ok
	}
	if !slices.Contains(rec.Answered, id) {
		return "", false // not received, or only its comment changed
	}
	if ch, ok := rec.Changed[id]; ok {
		return ch.To, true
	}
	return after, true
}

// AnswerDates returns, for every question of c.Answers with a value, the
// date it was last given: the latest On of the assessments that received
// it (see AssessmentRecord.Received). An answer that no assessment
// received (typed into the file by hand) has no date and is not in the
// map.
func (c *Common) AnswerDates() map[string]Date {
	out := map[string]Date{}
	for _, rec := range c.Assessments {
		for _, id := range rec.Received() {
			if a, ok := c.Answers[id]; !ok || a.Value == "" {
				continue
			}
			if d, ok := out[id]; !ok || rec.On.After(d) {
				out[id] = rec.On
			}
		}
	}
	return out
}

// LatestAssessment returns the most recent assessment record of c (the
// latest On; of equal dates the one appended last) and true, or false when
// there is none.
func (c *Common) LatestAssessment() (AssessmentRecord, bool) {
	best := -1
	for i, rec := range c.Assessments {
		if best < 0 || !c.Assessments[best].On.After(rec.On) {
			best = i
		}
	}
	if best < 0 {
		return AssessmentRecord{}, false
	}
	return c.Assessments[best], true
}

// AnswerMerge is the outcome of MergeAnswers.
type AnswerMerge struct {
	// Answers are all of the entry's answers after the import.
	Answers map[string]Answer
	// Set are the answers the import adds or replaces (a subset of
	// Answers); every other stored answer stays as it is.
	Set map[string]Answer
	// Answered lists, sorted, the questions answered with a value.
	Answered []string
	// Changed are the stored answers whose value or comment the import
	// changes.
	Changed map[string]AnswerChange
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
func MergeAnswers(current, received map[string]Answer) AnswerMerge {
	m := AnswerMerge{Answers: maps.Clone(current), Set: map[string]Answer{}, Changed: map[string]AnswerChange{}}
	if m.Answers == nil {
		m.Answers = map[string]Answer{}
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
			next = Answer{Value: prev.Value, Comment: got.Comment, Cell: prev.Cell}
		} else {
			m.Answered = append(m.Answered, id)
		}
		if had && next.Value == prev.Value && next.Comment == prev.Comment {
			continue
		}
		m.Set[id], m.Answers[id] = next, next
		if had {
			ch := AnswerChange{From: prev.Value, To: next.Value}
			if next.Comment != prev.Comment {
				from, to := prev.Comment, next.Comment
				ch.FromComment, ch.ToComment = &from, &to
			}
			m.Changed[id] = ch
		}
	}
	return m
}

// DatedChange is an answer changed by an assessment, with the dates: To
// was given on ToOn (the assessment), From on FromOn (the latest earlier
// assessment that received the question; zero when none did).
type DatedChange struct {
	Question string
	AnswerChange
	FromOn, ToOn Date
}

// LatestChanges returns the answers the latest assessment of c changed
// (see LatestAssessment), sorted by question id, with the date each old
// answer was given; nil when there is no assessment or it changed
// nothing. Records of the earlier layout (a full copy of the answers) are
// compared with the record before them.
func (c *Common) LatestChanges() []DatedChange {
	last, ok := c.LatestAssessment()
	if !ok {
		return nil
	}
	changed := last.Changed
	// The record before last, by date (of equal dates the one appended
	// earlier), and the date each question was last received before it.
	var prev *AssessmentRecord
	fromOn := map[string]Date{}
	for i := range c.Assessments {
		rec := &c.Assessments[i]
		if rec.On.After(last.On) || sameRecord(rec, &last) {
			continue
		}
		if prev == nil || !prev.On.After(rec.On) {
			prev = rec
		}
		for _, id := range rec.Received() {
			if d, ok := fromOn[id]; !ok || rec.On.After(d) {
				fromOn[id] = rec.On
			}
		}
	}
	if len(changed) == 0 && len(last.Answers) > 0 && prev != nil && len(prev.Answers) > 0 {
		changed = map[string]AnswerChange{}
		for id, a := range last.Answers {
			if p, ok := prev.Answers[id]; ok && (p.Value != "" || p.Comment != "") && (p.Value != a.Value || p.Comment != a.Comment) {
				ch := AnswerChange{From: p.Value, To: a.Value}
				if p.Comment != a.Comment {
					from, to := p.Comment, a.Comment
					ch.FromComment, ch.ToComment = &from, &to
				}
				changed[id] = ch
			}
		}
	}
	var out []DatedChange
	for _, id := range slices.Sorted(maps.Keys(changed)) {
		out = append(out, DatedChange{Question: id, AnswerChange: changed[id], FromOn: fromOn[id], ToOn: last.On})
	}
	return out
}

// sameRecord reports whether a and b are the same record (same date,
// file and hash).
func sameRecord(a, b *AssessmentRecord) bool {
	return a.On == b.On && a.Source == b.Source && a.SHA256 == b.SHA256
}
