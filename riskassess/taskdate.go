package riskassess

import "strings"

// The dates of the yearly tasks (the on-site check, the confirmation of a
// contractor's measures, the terms check, the password change and the
// re-evaluation) are read by one rule, here, for the catalogue's check of
// each task (OUT-31, OUT-30, CLD-47, SNS-15, SNS-14, OUT-36, CLD-42) and
// for the engine's due items and yearly bound on the review alike: the
// register field when it is recorded (the register wins over an answer),
// otherwise the council's answer to the task's date question. Only the
// answers that count are read (attest's: a vendor's answer to a question
// the council answers, and an answer given after the as-of date, are left
// out), and the engine finds the question through the requirement whose
// Field is the task's field and whose question the council answers
// (taskQuestionsOf).

// LastDone returns when a task was last done: recorded, the date of its
// register field, when it is recorded; otherwise the answer to its date
// question qid among answers (the answers that count, Subject.Answers),
// when that is a date. v is the trimmed answer read ("" when the field is
// recorded or there is no answer); d is zero when neither gives a date (no
// answer, "na", or text that is not a date). A date after the as-of date
// is returned as it is: the caller reads it as not done by then.
func LastDone(recorded Date, answers map[string]Answer, qid string) (d Date, v string, fromAnswer bool) {
	if !recorded.IsZero() || qid == "" {
		return recorded, "", false
	}
	a, ok := answers[qid]
	if !ok {
		return Date{}, "", false
	}
	v = strings.TrimSpace(a.Value)
	if v == "" || v == "na" {
		return Date{}, v, false
	}
	d, err := ParseDate(v)
	if err != nil {
		return Date{}, v, false
	}
	return d, v, true
}

// LastReevaluatedOn returns c's last re-evaluation (the catalogue's OUT-36
// and CLD-42) as of asOf and the field it rests on: LastReviewedOn(asOf);
// when that is after asOf (not re-evaluated by then as far as the register
// and its review log say), the answer to the date question qid dated by
// asOf stands in; when last_reviewed is not recorded, the answer does
// (LastDone; field ""). v is as for LastDone. The catalogue's check and
// the yearly bound on the review (ReviewOf, Assess) both date it so.
func (c *Common) LastReevaluatedOn(asOf Date, answers map[string]Answer, qid string) (d Date, field, v string, fromAnswer bool) {
	d, field = c.LastReviewedOn(asOf)
	if d.After(asOf) {
		if ad, av, ok := LastDone(Date{}, answers, qid); ok && !ad.After(asOf) {
			return ad, "", av, true
		}
		return d, field, "", false
	}
	if !d.IsZero() {
		return d, field, "", false
	}
	d, v, fromAnswer = LastDone(Date{}, answers, qid)
	return d, "", v, fromAnswer
}

// task is one of the yearly tasks whose date a council's answer can give.
type task uint8

const (
	taskOnsiteCheck task = iota
	taskConfirmation
	taskTermsCheck
	taskPassword
	taskReevaluation
	numTasks
	// noTask is a yearly item no answer dates (the report).
	noTask = numTasks
)

// taskFields are the register fields of the tasks; a requirement whose
// Field is one of them evidences the task.
var taskFields = [numTasks]string{"last_onsite_check", "last_confirmed", "terms_checked_on", "password_changed_on", "last_reviewed"}

// taskQuestions are the date questions of the tasks of one kind: the id
// and the answer's path ("answers.Q-OUT-31"); an empty id when the kind
// has none.
type taskQuestions [numTasks]struct{ id, path string }

// taskQuestionsOf returns the date questions of the tasks among ps (the
// requirements of one kind, sorted by id): of each task, the first
// requirement whose Field is the task's field and whose question is a
// date question the council answers. A vendor's word never dates a
// council's deadline.
func taskQuestionsOf(ps []preparedReq) *taskQuestions {
	tq := new(taskQuestions)
	for _, p := range ps {
		r := p.r
		if r.Question == nil || r.Question.Type != AnswerDate || r.AttestedBy != AttestCouncil {
			continue
		}
		for t, f := range taskFields {
			if r.Field == f && tq[t].id == "" {
				tq[t].id, tq[t].path = r.Question.ID, "answers."+r.Question.ID
			}
		}
	}
	return tq
}

// taskAnswers is what the due items and the review read of an entry's
// answers: those that count on the as-of date (attest's) and the tasks'
// questions of its kind. The zero value reads the register alone.
type taskAnswers struct {
	answers map[string]Answer
	qs      *taskQuestions
}

// question returns the id and answer path of task t's question ("" when
// there is none).
func (ta *taskAnswers) question(t task) (id, path string) {
	if ta == nil || ta.qs == nil || t >= numTasks {
		return "", ""
	}
	return ta.qs[t].id, ta.qs[t].path
}

// lastDone is LastDone for task t, whose register field holds recorded at
// path field: the date and the field it rests on (the answer's path when
// the answer gives it).
func (ta *taskAnswers) lastDone(t task, recorded Date, field string) (Date, string) {
	if !recorded.IsZero() {
		return recorded, field // the register wins: no answer is read
	}
	id, path := ta.question(t)
	if d, _, ok := LastDone(recorded, ta.answersOrNil(), id); ok {
		return d, path
	}
	return Date{}, field
}

func (ta *taskAnswers) answersOrNil() map[string]Answer {
	if ta == nil {
		return nil
	}
	return ta.answers
}

// taskAnswersFor attests e's answers against reqs (as Findings does) and
// returns what the due items and the review read of them.
func taskAnswersFor(org *Organisation, reqs []Requirement, e Entry, asOf Date) *taskAnswers {
	if len(reqs) == 0 || len(e.Base().Answers) == 0 {
		return nil
	}
	ps := prepareReqs(sortedFor(reqs, e.Kind()))
	subj := &Subject{Org: org, Entry: e, Answers: e.Base().Answers, AsOf: asOf}
	answers, _ := attest(subj, ps, nil)
	return &taskAnswers{answers: answers, qs: taskQuestionsOf(ps)}
}
