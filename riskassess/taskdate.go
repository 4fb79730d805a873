package riskassess

import (
	"cmp"
	"slices"
	"strings"
)

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
	return &attested(org, reqs, e, asOf).taskAnswers
}

// TaskDate is how a yearly task of an entry is dated (TaskDatesAt): the
// date the due items and the catalogue use, and where it comes from.
type TaskDate struct {
	// Field is the task's register field ("last_onsite_check").
	Field string
	// Date is the date used (LastDone): the register field's when it is
	// recorded, else the council's answer's; zero when neither gives one.
	Date Date
	// Answer is the path of the council's answer to the task's date
	// question ("answers.Q-OUT-31") when one that counts gives a date,
	// AnswerDate that date and Source where the answer came from (the
	// self-check workbook, its date and cell, or the register).
	Answer     string
	AnswerDate Date
	Source     *Provenance
	// FromAnswer is true when Date is the answer's (the field is empty);
	// Overruled when the field is recorded and the answer gives another
	// date: the register wins, and the answer is not used.
	FromAnswer, Overruled bool
}

// TaskDatesAt returns the yearly tasks of e whose date a council's answer
// can give, shown with a register field: a contractor's confirmation
// (last_confirmed) and on-site check (last_onsite_check), a service's
// terms check (terms_checked_on), a social account's password change
// (password_changed_on) and terms check (terms_checked_on), in that order,
// each dated by LastDone with the answers of e that count against reqs on
// asOf, as DueItemsAt and the catalogue date them. It panics with the
// error of CheckOrganisation or CheckEntry as DueItemsAt does.
func TaskDatesAt(org *Organisation, reqs []Requirement, e Entry, asOf Date) []TaskDate {
	org = orZero(org)
	mustCheckEntry(org, e)
	return taskDates(e, attestTasks(org, reqs, e, asOf))
}

// TasksAt returns TaskDatesAt and ReevaluationAt of e on asOf together,
// attesting e's answers once for both (an entry page shows both). It
// panics with the error of CheckOrganisation or CheckEntry as they do.
func TasksAt(org *Organisation, reqs []Requirement, e Entry, asOf Date) (tasks []TaskDate, reeval TaskDate) {
	org = orZero(org)
	mustCheckEntry(org, e)
	ta := attestTasks(org, reqs, e, asOf)
	return taskDates(e, ta), reevaluation(org, e, asOf, ta)
}

// taskAttested is e's answers attested as the task dates read them
// (attestTasks): nil when no answer dates a task (answersATask).
type taskAttested struct {
	taskAnswers
	att attestation
}

// attestTasks attests e's answers against reqs on asOf (as Findings does)
// when one of them may date a yearly task (answersATask), else nil.
func attestTasks(org *Organisation, reqs []Requirement, e Entry, asOf Date) *taskAttested {
	if !answersATask(reqs, e.Base().Answers) {
		return nil
	}
	return attested(org, reqs, e, asOf)
}

// attested attests e's answers against reqs on asOf (as Findings does):
// the answers that count, their attestation and the date questions of
// the yearly tasks of e's kind (taskQuestionsOf).
func attested(org *Organisation, reqs []Requirement, e Entry, asOf Date) *taskAttested {
	ps := prepareReqs(sortedFor(reqs, e.Kind()))
	subj := &Subject{Org: org, Entry: e, Answers: e.Base().Answers, AsOf: asOf}
	answers, att := attest(subj, ps, nil)
	return &taskAttested{taskAnswers{answers: answers, qs: taskQuestionsOf(ps)}, att}
}

// taskDates is TaskDatesAt with e's answers attested (ta).
func taskDates(e Entry, ta *taskAttested) []TaskDate {
	var (
		answers map[string]Answer
		att     attestation
		qs      *taskQuestions
	)
	if ta != nil {
		answers, att, qs = ta.answers, ta.att, ta.qs
	}
	var out []TaskDate
	add := func(t task, recorded Date) {
		td := TaskDate{Field: taskFields[t]}
		var id string
		if qs != nil {
			id = qs[t].id
		}
		td.Date, _, td.FromAnswer = LastDone(recorded, answers, id)
		if ad, _, ok := LastDone(Date{}, answers, id); ok {
			td.Answer, td.AnswerDate = qs[t].path, ad
			td.Overruled = !td.FromAnswer && ad != td.Date
			td.Source = taskAnswerSource(&att, id, td.Answer)
		}
		out = append(out, td)
	}
	switch v := e.(type) {
	case *Contractor:
		add(taskConfirmation, v.LastConfirmed)
		add(taskOnsiteCheck, v.LastOnsiteCheck)
	case *Service:
		add(taskTermsCheck, v.TermsCheckedOn)
	case *Social:
		add(taskPassword, v.PasswordChangedOn)
		add(taskTermsCheck, v.TermsCheckedOn)
	}
	return out
}

// taskAnswerSource is where the council's answer to question id (at path)
// came from: the self-check workbook, its date and cell when att records
// its import, else the register.
func taskAnswerSource(att *attestation, id, path string) *Provenance {
	if att.info != nil { // imported from a workbook: which, when, where
		if inf, ok := att.lookup(id, nil); ok && !inf.dropped() {
			return &Provenance{From: inf.src.By, Field: cmp.Or(inf.cell(), path), On: inf.src.On, Source: inf.src.Source}
		}
	}
	return &Provenance{From: AttestCouncil, Field: path}
}

// ReevaluationAt returns how the yearly re-evaluation of e (the
// catalogue's OUT-36 and CLD-42) is dated on asOf where its review reads
// it (ReviewAt): Field is "last_reviewed"; when the council's answer to
// the re-evaluation's date question stands in for the register
// (Common.LastReevaluatedOn: last_reviewed empty, or after asOf with no
// review of the log by then), Date is the answer's, FromAnswer is true and
// Answer, AnswerDate and Source say which answer and where it came from.
// When the register dates it (last_reviewed, or the review of the log by
// asOf, named in Field) and the answer gives another date, the answer is
// Overruled (Date the register's). Otherwise only Field is set.
// So it is also where the review does not read the answer: a social
// account, a contractor with no contract in force, the re-evaluation
// switched off, an entry never reviewed nor decided (its first review),
// or an answer dated after asOf (not done by then). It panics with the
// error of CheckOrganisation or CheckEntry as ReviewAt does.
func ReevaluationAt(org *Organisation, reqs []Requirement, e Entry, asOf Date) TaskDate {
	org = orZero(org)
	mustCheckEntry(org, e)
	if last, _, _ := lastReview(e.Base(), asOf); last.IsZero() {
		return TaskDate{Field: taskFields[taskReevaluation]} // the first review: no re-evaluation read (reviewOf)
	}
	return reevaluation(org, e, asOf, attestTasks(org, reqs, e, asOf))
}

// reevaluation is ReevaluationAt with e's answers attested (ta).
func reevaluation(org *Organisation, e Entry, asOf Date, ta *taskAttested) TaskDate {
	td := TaskDate{Field: taskFields[taskReevaluation]}
	if ta == nil {
		return td
	}
	if last, _, _ := lastReview(e.Base(), asOf); last.IsZero() {
		return td // the first review: no re-evaluation read (reviewOf)
	}
	id, path := ta.question(taskReevaluation)
	d, field, later := yearlyReview(e, dueOffOf(org), &ta.taskAnswers, asOf)
	if later || d.IsZero() || path == "" {
		return td
	}
	if field != path {
		// The register dates it (last_reviewed, or the review log's
		// review by asOf): an answer giving another date is overruled.
		if ad, _, ok := LastDone(Date{}, ta.answers, id); ok && ad != d {
			td.Field, td.Date, td.Answer, td.AnswerDate, td.Overruled = field, d, path, ad, true
			td.Source = taskAnswerSource(&ta.att, id, path)
		}
		return td
	}
	td.Date, td.FromAnswer, td.Answer, td.AnswerDate = d, true, path, d
	td.Source = taskAnswerSource(&ta.att, id, path)
	return td
}

// answersATask reports whether answers hold an answer to a date question
// the council answers of a requirement evidencing a yearly task (as
// taskQuestionsOf picks them): without one, no answer dates a task, and
// TaskDatesAt skips attesting the answers.
func answersATask(reqs []Requirement, answers map[string]Answer) bool {
	if len(answers) == 0 {
		return false
	}
	for i := range reqs {
		q := reqs[i].Question
		if q == nil || q.Type != AnswerDate || reqs[i].AttestedBy != AttestCouncil {
			continue
		}
		if _, ok := answers[q.ID]; ok && slices.Contains(taskFields[:], reqs[i].Field) {
			return true
		}
	}
	return false
}
