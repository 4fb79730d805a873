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
// date it was last given: the latest AnsweredOn (the cover's 回答日 or
// 点検日, else the import date; the date the findings' provenance gives)
// of the assessments that received it (see AssessmentRecord.Received). An
// answer that no assessment received (typed into the file by hand) has no
// date and is not in the map.
func (c *Common) AnswerDates() map[string]Date {
	out := map[string]Date{}
	for i := range c.Assessments {
		rec := &c.Assessments[i]
		on := rec.AnsweredOn()
		for _, id := range rec.Received() {
			if a, ok := c.Answers[id]; !ok || a.Value == "" {
				continue
			}
			if d, ok := out[id]; !ok || on.After(d) {
				out[id] = on
			}
		}
	}
	return out
}

// AnswersOn returns c as its answers stood on asOf, for showing them: c
// itself when no import record was answered after asOf, else a copy with
// the answers the scoring of asOf counts (those of the records answered
// after it undone, see Findings) and only the records imported before the
// first of those. c is not modified.
func (c *Common) AnswersOn(asOf Date) *Common {
	if !answeredAfter(c.Assessments, asOf) {
		return c
	}
	recs, given, _ := answersAsOf(c.Assessments, c.Answers, asOf, nil)
	cut := *c
	cut.Assessments, cut.Answers = recs, given
	return &cut
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

// DatedChange is an answer changed by an assessment, with the dates they
// were given (AssessmentRecord.AnsweredOn): To on ToOn (the assessment's),
// From on FromOn (the latest earlier assessment that received the
// question; zero when none did).
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
		on := rec.AnsweredOn()
		for _, id := range rec.Received() {
			if d, ok := fromOn[id]; !ok || on.After(d) {
				fromOn[id] = on
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
		out = append(out, DatedChange{Question: id, AnswerChange: changed[id], FromOn: fromOn[id], ToOn: last.AnsweredOn()})
	}
	return out
}

// sameRecord reports whether a and b are the same record (same date,
// file and hash).
func sameRecord(a, b *AssessmentRecord) bool {
	return a.On == b.On && a.Source == b.Source && a.SHA256 == b.SHA256
}
