package riskassess

import (
	"bytes"
	"errors"
	"fmt"
	"slices"
	"strconv"
	"strings"
	"unicode/utf8"
)

// DefaultExpiryWindowDays is how many days ahead of a due date an item
// becomes an expiry finding (outcome partial).
const DefaultExpiryWindowDays = 90

// Review is an entry's one review date and what it rests on. It is
// computed in one place (ReviewOf) and every output (assess, due, check,
// the site, the workbooks) shows this date and this reason.
type Review struct {
	// Date is when the next review is due. For an entry that has never
	// been reviewed nor decided it is the as-of date: the first review is
	// due now.
	Date Date `json:"date"`
	// Field is the register field the date rests on: "review_due",
	// "last_reviewed" or "approval.decided_on" (or, for a date after the
	// as-of date, the record standing in for it: "reviews[i].on",
	// "reviews[i].previous_review",
	// "approval.history[i].on"); "" when the entry has never been reviewed
	// nor decided.
	Field string `json:"field,omitempty"`
	// Overdue is true when Date is before the as-of date, and when the
	// entry has never been reviewed nor decided (due now).
	Overdue bool `json:"overdue"`
	// Reason explains the date in both languages: what it counts from,
	// the interval of the residual risk level, and why review_due was or
	// was not taken.
	Reason Text `json:"reason"`
}

// NeverReviewed reports whether r is the review of an entry that has never
// been reviewed nor decided.
func (r Review) NeverReviewed() bool { return !r.Date.IsZero() && r.Field == "" }

// NextReview returns ReviewOf(org, e, residual, asOf).Date: the zero Date
// for a record (RecordOn), which has no next review.
func NextReview(org *Organisation, e Entry, residual RiskLevel, asOf Date) Date {
	return ReviewOf(org, e, residual, asOf).Date
}

// ReviewOf returns the one review date of e as of asOf, given its residual
// risk:
//
//   - the last review is the later of last_reviewed and
//     approval.decided_on (a decision is a review). A date after asOf
//     does not count (as of asOf it had not come; or it is a slip, 2062
//     for 2026): for last_reviewed, the latest review of the review log
//     (reviews) by asOf counts instead;
//   - with neither, the entry has never been reviewed: the review is due
//     on asOf and overdue (review_due does not postpone a first review);
//     so it is when the only dates recorded are after asOf, with a reason
//     that says so;
//   - otherwise the date is the last review plus
//     org.ReviewIntervals.Months(residual) months, or 12 months after the
//     last re-evaluation when that is earlier: a contractor with a
//     contract in force (or none recorded) is re-evaluated and a service's
//     operation reviewed yearly (the catalogue's OUT-36 and CLD-42, which
//     count last_reviewed, or the review log's latest by asOf, and not the
//     approval decision), unless org.DueOff switches that off
//     (DueReevaluation, DueOperationReview), and asOf when last_reviewed
//     is after asOf with no review of the log by then (the re-evaluation
//     was not done by asOf) and nothing fell due earlier; or review_due
//     when it is after the last review and earlier than that. A review_due on or before the
//     last review was met by that review and is not used.
//
// A record as of asOf (RecordOn: rejected, or retired) has no next review:
// ReviewOf returns the zero Review for it, as Assess leaves
// Assessment.Review and NextReview zero and DueItems lists no review. So
// does an entry in use on asOf whose review falls on or after the day it
// becomes a record for good (RecordFrom: a retirement decided ahead that
// no later decision reverts): that review is not due.
//
// ReviewOf reads the register alone; ReviewAt also counts the council's
// date answer to the re-evaluation's question when last_reviewed does not
// date it (Common.LastReevaluatedOn), as Assess does. Both (and
// NextReview) panic with the error of CheckOrganisation (wrapping
// ErrOrgSetting or ErrDueOff) when org has a setting register.yaml could
// not hold (ReviewIntervals over MaxReviewMonths or negative), and with
// the error of CheckEntry (wrapping ErrEntryValue) when a field of e holds
// a value its type or org's scheme does not allow (an approval "Approved",
// a review outcome "Retired"), which would be read as no value: Assess
// returns these errors.
func ReviewOf(org *Organisation, e Entry, residual RiskLevel, asOf Date) Review {
	org = orZero(org)
	mustCheckEntry(org, e)
	if RecordOn(e, asOf) {
		return Review{}
	}
	return reviewBeforeRecord(e, reviewOf(org, dueOffOf(org), nil, e, residual, asOf, nil), asOf)
}

// ReviewAt is ReviewOf with the answers of e that count against reqs (the
// catalogue): the yearly bound counts from the re-evaluation the council
// answers when the register does not record it (Common.LastReevaluatedOn),
// as the catalogue's OUT-36 and CLD-42 and Assess do.
func ReviewAt(org *Organisation, reqs []Requirement, e Entry, residual RiskLevel, asOf Date) Review {
	org = orZero(org)
	mustCheckEntry(org, e)
	if RecordOn(e, asOf) {
		return Review{}
	}
	return reviewBeforeRecord(e, reviewOf(org, dueOffOf(org), taskAnswersFor(org, reqs, e, asOf), e, residual, asOf, nil), asOf)
}

// reviewBeforeRecord returns r, the review of e in use on asOf, or the zero
// Review when r falls on or after the day e becomes a record for good
// (RecordFrom: retired, or rejected, by a decision after asOf that no later
// decision reverts): a review after the entry is retired is not due, so
// the entry has no next review, as a record has none (ReviewOf, ReviewAt
// and Assess alike; DueItems drops its item).
func reviewBeforeRecord(e Entry, r Review, asOf Date) Review {
	if from := RecordFrom(e, asOf); !from.IsZero() && !r.Date.Before(from) {
		return Review{}
	}
	return r
}

// reviewOf is ReviewOf for a non-nil org whose yearly tasks switched off
// are off (dueOffOf(org)): the assessment passes those of its run, read
// from org once. ta gives the answers that date the re-evaluation (nil:
// the register alone). Its reason is cut from tx (may be nil).
func reviewOf(org *Organisation, off dueOff, ta *taskAnswers, e Entry, residual RiskLevel, asOf Date, tx *textArena) Review {
	b := e.Base()
	last, field, laterField := lastReview(b, asOf)
	lastJa, lastEn := "前回の見直し日", "last review"
	if field == "approval.decided_on" || strings.HasPrefix(field, "approval.history[") {
		lastJa, lastEn = "承認の決定日", "approval decision"
	}
	if last.IsZero() && laterField != "" {
		return Review{Date: asOf, Field: laterField, Overdue: true, Reason: T(
			"台帳の前回の見直し日・承認の決定日が基準日より後の日付で、基準日までの見直しの記録がないため、見直しが基準日の時点で必要です（日付の誤りなら直してください）。",
			"The last review date or approval decision date in the register is after the as-of date and no review is recorded by then, so a review is due now (correct the date if it is a slip).")}
	}
	var next, ylast Date
	var yfield string
	months := 0
	if !last.IsZero() {
		months = org.ReviewIntervals.Months(residual)
		next = last.AddMonths(months)
		var later bool
		if ylast, yfield, later = yearlyReview(e, off, ta, asOf); later && next.After(asOf) &&
			!(b.ReviewDue.After(last) && !b.ReviewDue.After(asOf)) {
			// last_reviewed is after asOf and the log has no review by
			// then (an approval decision is the last review): the yearly
			// re-evaluation had not been done, as the catalogue says, so
			// the review is due now unless it fell due earlier. So it is
			// when last_reviewed is empty and the council answered a date
			// after asOf (yfield the answer's path).
			if strings.HasPrefix(yfield, "answers.") {
				return Review{Date: asOf, Field: yfield, Overdue: true, Reason: laterAnsweredReason}
			}
			return Review{Date: asOf, Field: yfield, Overdue: true, Reason: T(
				"前回の見直し日が基準日より後の日付で、基準日までの見直しの記録がないため、年次の再評価（点検）が基準日の時点で必要です（日付の誤りなら直してください）。",
				"The last review date is after the as-of date and no review is recorded by then, so the yearly re-evaluation (operation review) is due now (correct the date if it is a slip).")}
		}
		if !ylast.IsZero() && !ylast.AddMonths(12).Before(next) {
			ylast = Date{} // the interval is no later
		}
	}
	// The dates of the reason in one string (one allocation): rd, the
	// review_due (used only when there is one), ls the last review, ns
	// the next; a zero date is "".
	var db [30]byte
	dates := b.ReviewDue.AppendISO(db[:0])
	nrd := len(dates)
	dates = last.AppendISO(dates)
	nls := len(dates)
	dates = next.AppendISO(dates)
	all := tx.bytes(dates)
	rd, ls, ns := all[:nrd], all[nrd:nls], all[nls:]
	if last.IsZero() {
		r := Review{Date: asOf, Overdue: true}
		if b.ReviewDue.IsZero() {
			r.Reason = T("前回の見直し日も承認の決定日も記録されていないため、最初の見直しが基準日の時点で必要です。",
				"Neither a last review date nor an approval decision date is recorded, so the first review is due now.")
		} else {
			r.Reason = tx.join(
				[]string{"前回の見直し日も承認の決定日も記録されていないため、最初の見直しが基準日の時点で必要です。台帳に書かれた見直し期限（", rd, "）は最初の見直しを先送りしません。"},
				[]string{"Neither a last review date nor an approval decision date is recorded, so the first review is due now; the review due date written in the register (", rd, ") does not postpone the first review."})
		}
		return r
	}
	m := strconv.Itoa(months)
	lvJa, lvEn := residual.Label("ja"), residual.Label("en")
	// The reason is built in arrays on the stack (JoinText copies the
	// parts): the interval first, then what the review due date adds.
	var jb, eb [reasonParts]string
	ja, en := jb[:0], eb[:0]
	r := Review{Date: next, Field: field}
	interval := next
	if !ylast.IsZero() {
		next = ylast.AddMonths(12)
		r.Date, r.Field = next, yfield
	}
	earlier := !b.ReviewDue.IsZero() && b.ReviewDue.After(last) && b.ReviewDue.Before(next)
	if earlier {
		ja = append(ja, "台帳に書かれた見直し期限 ", rd, "（")
		en = append(en, "the review due date written in the register, ", rd, " (earlier than ")
	}
	if !ylast.IsZero() {
		// The yearly re-evaluation comes first: say so, and what the
		// interval alone would have given.
		task := DueOperationReview
		if e.Kind() == KindContractor {
			task = DueReevaluation
		}
		ys, yn, is := tx.date(ylast), tx.date(next), tx.date(interval)
		yJa, yEn := "前回の見直し日 ", "last review "
		if strings.HasPrefix(yfield, "answers.") {
			// Dated by the council's answer (LastReevaluatedOn).
			yJa, yEn = "回答された前回の実施日 ", "last done (as answered) "
		}
		ja = append(ja, yJa, ys, " ＋ 12か月（", task.Label("ja"), "。残留リスク ", lvJa, " の間隔では ",
			lastJa, " ", ls, " ＋ ", m, "か月 ＝ ", is, "）＝ ", yn)
		en = append(en, yEn, ys, " + 12 months (", strings.ToLower(task.Label("en")), "; the interval of residual risk ", lvEn, " gives ",
			lastEn, " ", ls, " + ", m, " months = ", is, ") = ", yn)
	} else {
		ja = append(ja, lastJa, " ", ls, " ＋ ", m, "か月（残留リスク ", lvJa, "）＝ ", ns)
		en = append(en, lastEn, " ", ls, " + ", m, " months (residual risk ", lvEn, ") = ", ns)
	}
	switch {
	case b.ReviewDue.IsZero():
		ja, en = append(ja, "。"), append(en, ".")
	case !b.ReviewDue.After(last):
		ja = append(ja, "。台帳に書かれた見直し期限（", rd, "）は", lastJa, "以前の日付で、その見直しで済んでいます。")
		en = append(en, ". The review due date written in the register (", rd, ") is not after the ", lastEn, ", which met it.")
	case earlier:
		r.Date, r.Field = b.ReviewDue, "review_due"
		ja, en = append(ja, " より早い）。"), append(en, ").")
	case b.ReviewDue == next:
		r.Field = "review_due"
		ja, en = append(ja, "。台帳に書かれた見直し期限と同じ日です。"), append(en, ", the same day as the review due date written in the register.")
	default:
		ja = append(ja, "。台帳に書かれた見直し期限（", rd, "）はこれより遅いため採りません。")
		en = append(en, ". The review due date written in the register (", rd, ") is later and is not used.")
	}
	r.Reason = tx.join(ja, en)
	r.Overdue = r.Date.Before(asOf)
	return r
}

// lastReview returns the last review of b by asOf and the field it rests
// on: the later of last_reviewed and approval.decided_on (a decision is a
// review), leaving out a date after asOf; for a last_reviewed after asOf,
// the latest review of the review log (reviews) by asOf stands in.
// laterField names the field of a date left out ("" when none was): as of
// asOf that review had not taken place, or the date is a slip (2062 for
// 2026) that would otherwise put the next review off for decades.
func lastReview(b *Common, asOf Date) (last Date, field, laterField string) {
	if b.LastReviewed.After(asOf) {
		laterField = "last_reviewed"
	}
	if d, f := b.LastReviewedOn(asOf); !d.IsZero() && !d.After(asOf) {
		last, field = d, f
	}
	if d := b.Approval.DecidedOn; d.After(asOf) || isRequest(b.Approval.Status) {
		// Decided after asOf, or a request or draft: the latest decision
		// of the approval history by asOf stands in. A request or draft
		// is not a decision (nor a review), whatever it follows: a
		// renewal applied for (the approval it renews stands,
		// InForceOn), a request to resume (the suspension stands), one
		// after a rejection or retirement, or a first one; so one left in
		// force after a rejection or retirement (InForceOn) does not
		// count, the decision before it does.
		if i := b.Approval.latestDecidedBy(asOf); i >= 0 && b.Approval.History[i].On.After(last) {
			last, field = b.Approval.History[i].On, historyOnPaths.at(i)
		} else if d.After(asOf) && laterField == "" {
			laterField = "approval.decided_on"
		}
	} else if !d.IsZero() && d.After(last) {
		last, field = d, "approval.decided_on"
	}
	return last, field, laterField
}

// LastReviewOn returns the date of c's last review as of asOf, as ReviewOf
// counts it (the later of last_reviewed and the approval decision, a date
// after asOf replaced by the review log's or the approval history's latest
// by then); zero when there is none. A zero asOf counts every date.
func (c *Common) LastReviewOn(asOf Date) Date {
	if asOf.IsZero() {
		last := c.LastReviewed
		if c.Approval.DecidedOn.After(last) {
			last = c.Approval.DecidedOn
		}
		return last
	}
	last, _, _ := lastReview(c, asOf)
	return last
}

// LastReviewedOn returns c's last re-evaluation as of asOf and the field
// it rests on: last_reviewed when it is on or before asOf (zero, with
// "last_reviewed", when not recorded); when last_reviewed is after asOf,
// the latest review of the review log by then (ReviewLogBy: a record's
// date, field reviews[i].on, or the last_reviewed a later record replaced,
// reviews[i].previous_review), or, without one, last_reviewed itself: a
// date after asOf, which callers read as not done by asOf. The yearly
// bound on the review (ReviewOf), the catalogue's yearly re-evaluation
// (OUT-36, CLD-42) and the site's last review all date it so. Unlike
// LastReviewOn it ignores the approval decision.
func (c *Common) LastReviewedOn(asOf Date) (Date, string) {
	if c.LastReviewed.After(asOf) {
		if d, f := c.ReviewLogBy(asOf); !d.IsZero() {
			return d, f
		}
	}
	return c.LastReviewed, "last_reviewed"
}

// ReviewLogBy returns the latest review that c's review log (reviews)
// shows by asOf and the field it rests on: the latest date on or before
// asOf among the records' dates (reviews[i].on) and the last_reviewed
// the first record replaced (reviews[0].previous_review: a review held
// before the log, ReviewRecord.PreviousReview; the store refuses it on a
// later record, DatePreviousReview); a record's date wins a tie.
// Zero, with "", when there is none. It stands in for a last_reviewed
// after asOf: as of asOf that review had not taken place (LastReviewedOn).
func (c *Common) ReviewLogBy(asOf Date) (Date, string) {
	var last Date
	at, prev := -1, false
	for i := len(c.Reviews) - 1; i >= 0; i-- {
		r := &c.Reviews[i]
		if on := r.On; !on.IsZero() && !on.After(asOf) && on.After(last) {
			last, at, prev = on, i, false
		}
		if p := r.PreviousReview; i == 0 && !p.IsZero() && !p.After(asOf) && p.After(last) {
			last, at, prev = p, i, true
		}
	}
	switch {
	case at < 0:
		return Date{}, ""
	case prev:
		return last, "reviews[" + strconv.Itoa(at) + "].previous_review"
	}
	return last, "reviews[" + strconv.Itoa(at) + "].on"
}

// LatestReviewBy returns the index in c.Reviews (the review log, oldest
// first) of the latest review dated by asOf (its on), or -1 when there is
// none. It does not count the last_reviewed a record replaced
// (ReviewRecord.PreviousReview): ReviewLogBy does, and the review date
// reads the log through it (LastReviewedOn).
func (c *Common) LatestReviewBy(asOf Date) int {
	for i := len(c.Reviews) - 1; i >= 0; i-- {
		if on := c.Reviews[i].On; !on.IsZero() && !on.After(asOf) {
			return i
		}
	}
	return -1
}

// laterAnsweredReason is the reason of a review due now because the
// re-evaluation's date was answered after the as-of date and the register
// records none (reviewOf).
var laterAnsweredReason = T("前回の実施日として回答された日付が基準日より後で、台帳にも基準日までの見直しの記録がないため、年次の再評価（点検）が基準日の時点で必要です（日付の誤りなら直してください）。",
	"The date answered as the last re-evaluation is after the as-of date and the register records none by then, so the yearly re-evaluation (operation review) is due now (correct the date if it is a slip).")

// reasonParts bounds the parts of a review's reason (ReviewOf: at most 3
// before the interval's 10, or the yearly re-evaluation's 16, and 5 after
// it).
const reasonParts = 24

// yearlyReview returns the last re-evaluation of e by asOf from which the
// yearly bound on its review counts (ReviewOf), as the catalogue's OUT-36
// (a contractor with a contract in force, or none recorded) and CLD-42 (a
// service) date it: last_reviewed, or for one after asOf the latest review
// of the review log by then; and the field it rests on. Zero when the
// bound does not apply (a social account, or switched off in off) or no
// such review is recorded by asOf. later is true when the bound applies
// and last_reviewed is after asOf with no review of the log by then: the
// catalogue then finds the re-evaluation not done by asOf (due on asOf),
// and so is the review.
//
// When the register does not date the re-evaluation by asOf, the council's
// answer to its date question in ta does (Common.LastReevaluatedOn; field
// the answer's path). With later true, field names the date after asOf:
// last_reviewed, or the answer's path when last_reviewed is empty.
func yearlyReview(e Entry, off dueOff, ta *taskAnswers, asOf Date) (d Date, field string, later bool) {
	switch v := e.(type) {
	case *Contractor:
		if off&offReevaluation != 0 || !v.ContractInForceOn(asOf) {
			return Date{}, "", false
		}
	case *Service:
		if off&offOperationReview != 0 {
			return Date{}, "", false
		}
	default:
		return Date{}, "", false
	}
	id, path := ta.question(taskReevaluation)
	d, field, _, fromAnswer := e.Base().LastReevaluatedOn(asOf, ta.answersOrNil(), id)
	if fromAnswer {
		field = path
	}
	switch {
	case d.After(asOf):
		return Date{}, field, true
	case d.IsZero():
		return Date{}, "", false
	default:
		return d, field, false
	}
}

// Retired reports whether e is retired: its approval status is retired, or
// it is a social account whose status is retired. A retired entry has no
// next review and no due items but the return of the information a
// retired contractor still holds and its corrective actions still open
// (see DueItems), and requirements about its operation do not apply.
func Retired(e Entry) bool { return RetiredOn(e, Date{}) }

// Record reports whether e is kept only as a record: its approval was
// rejected, or it is retired (see Retired). A record has no next review
// and no responsible people to rotate, and the site, check and due show
// no recommended decision for it; its only due items are the contract
// ends of a retired contractor whose information is not returned or
// deleted and its corrective actions not closed (see DueItems).
func Record(e Entry) bool { return RecordOn(e, Date{}) }

// RetiredOn is Retired as of asOf: the approval decision in force on asOf
// (Approval.InForceOn) decides, so an entry retired after asOf was still in
// use then; with the zero asOf it is the approval as recorded (Retired). A
// social account's status counts as it stood on asOf (Social.StatusOn).
func RetiredOn(e Entry, asOf Date) bool {
	return retiredIn(e, e.Base().Approval.InForceOn(asOf).Status, asOf)
}

// retiredIn is RetiredOn with in, the status of the decision in force on
// asOf (Approval.InForceOn), computed once by the caller.
func retiredIn(e Entry, in ApprovalStatus, asOf Date) bool {
	if in == StatusRetired {
		return true
	}
	s, ok := e.(*Social)
	return ok && s.statusIn(in, asOf) == AccountRetired
}

// StatusOn is the account's status as it stood on asOf. An account whose
// approval in force on asOf (Approval.InForceOn) is retired is retired,
// whatever its status says (riskregister review --outcome retired retires
// the approval and leaves the status as it was). Otherwise the status
// field carries no date and counts as it is, except when the approval
// records the decision it reports with a decided_on after asOf: the
// suspension or retirement of a status suspended or retired (approval.status
// suspended or retired; the account was not yet suspended or retired
// then), or the approval bringing back an account whose status is active
// (approval.status approved or conditional; the store refuses a status
// suspended or retired left after such an approval). The account then
// stood as the decision in force on asOf says: suspended by a suspension
// (one in the history that the later approval ends), otherwise active.
// With the zero asOf the approval counts as recorded.
func (s *Social) StatusOn(asOf Date) AccountStatus {
	return s.statusIn(s.Approval.InForceOn(asOf).Status, asOf)
}

// statusIn is StatusOn with in, the status of the approval decision in
// force on asOf (Approval.InForceOn), computed once by the caller.
func (s *Social) statusIn(in ApprovalStatus, asOf Date) AccountStatus {
	a := &s.Approval
	if in == StatusRetired {
		return AccountRetired
	}
	if asOf.IsZero() || !a.DecidedOn.After(asOf) {
		return s.Status
	}
	if !(s.Status == AccountRetired && a.Status == StatusRetired) && !(s.Status == AccountSuspended && a.Status == StatusSuspended) &&
		!(s.Status == AccountActive && a.Status.Signed()) {
		return s.Status
	}
	if in == StatusSuspended {
		return AccountSuspended
	}
	return AccountActive
}

// RecordOn is Record as of asOf (see RetiredOn): an entry rejected or
// retired after asOf was not yet a record then, and has its due items and
// next review as of that day.
func RecordOn(e Entry, asOf Date) bool {
	in := e.Base().Approval.InForceOn(asOf).Status
	return in == StatusRejected || retiredIn(e, in, asOf)
}

// RecordFrom returns the day from which e, in use on asOf (not RecordOn),
// is a record for good: the first of the decisions dated after asOf (its
// approval's decided_on and its history's dates) from which RecordOn holds
// through the last decision recorded, a retirement or a rejection decided
// ahead. It is zero when e is a record on asOf, when no decision after
// asOf makes it one, when a later decision reverts it (approved again, or
// requested again: after a retirement or rejection a request is the state,
// the entry in the approval process again, Approval.InForceOn; the work of
// the days in between is still to be done once it is back), and for a
// zero asOf. From that day e has no due item but what a
// record keeps (KeptByRecord): DueItems, Assess, the year plan and the due
// lists leave the others out.
func RecordFrom(e Entry, asOf Date) Date {
	if asOf.IsZero() {
		return Date{}
	}
	ap := &e.Base().Approval
	from := decidedAfter(ap, asOf, Date{})
	if from.IsZero() || !RecordOn(e, from) || RecordOn(e, asOf) {
		return Date{}
	}
	for {
		prev := decidedAfter(ap, asOf, from)
		if prev.IsZero() || !RecordOn(e, prev) {
			return from
		}
		from = prev
	}
}

// decidedAfter returns the latest date of a decision of a (decided_on, or
// a history record's on) after asOf and before end (a zero end: any), zero
// when there is none.
func decidedAfter(a *Approval, asOf, end Date) Date {
	var d Date
	if a.DecidedOn.After(asOf) && (end.IsZero() || a.DecidedOn.Before(end)) {
		d = a.DecidedOn
	}
	for i := range a.History {
		if on := a.History[i].On; on.After(asOf) && on.After(d) && (end.IsZero() || on.Before(end)) {
			d = on
		}
	}
	return d
}

// KeptByRecord reports whether e, a record from day from (RecordFrom),
// keeps its due items of kind k dated on or after that day: a contractor
// retired, or rejected after use, keeps the end of each contract whose
// information it still holds and its open corrective actions, as a record
// does (recordDueInto); any other item of a record is gone.
func KeptByRecord(e Entry, from Date, k DueKind) bool {
	c, ok := e.(*Contractor)
	if !ok || k != DueContractEnd && k != DueRemediation {
		return false
	}
	in := c.Approval.InForceOn(from).Status
	return in == StatusRetired || rejectedAfterUse(&c.Approval, in, from)
}

// dropAfterRecord leaves out of out[start:] the items of e dated on or
// after from, the day e becomes a record for good (RecordFrom, not zero),
// but those a record keeps (KeptByRecord).
func dropAfterRecord(out []DueItem, start int, e Entry, from Date) []DueItem {
	n := start
	for i := start; i < len(out); i++ {
		if out[i].Date.Before(from) || KeptByRecord(e, from, out[i].Kind) {
			out[n] = out[i]
			n++
		}
	}
	return out[:n]
}

// DueItems lists the dated items of e, sorted by date, kind and field:
// the review on nextReview (see ReviewOf), certificates' and the ISMAP
// listing's expiry, contract ends, the approval's expiry, the yearly
// on-site check of a contractor whose work calls for it (personal data,
// or confidentiality class 3C+: Contractor.OnsiteCheckApplies, as the
// catalogue's OUT-31 applies; last_onsite_check + 12 months), a social
// account's password change (password_changed_on + 12 months), the yearly
// confirmation of a contractor's measures (last_confirmed + 12 months) and
// its yearly report (the latest reports[].on + 12 months) while a contract
// is in force or none is recorded, the yearly check of a service's or
// social account's terms (terms_checked_on + 12 months), open
// remediation items, and the reply of every questionnaire round not yet
// imported (rounds[i].reply_due) unless a round sent after it was
// (Common.SupersededBy). A contract that has ended and whose data was returned
// is left out; a record (rejected or retired, see Record) has no due items,
// except that a retired contractor keeps the end of each contract whose
// information it still holds (not returned or deleted by asOf, not carried
// on by a renewal), overdue once ended, until data_returned_on records the
// return: retiring it does not return the information; it also keeps its
// corrective actions open on asOf until closed_on. An entry that becomes
// a record for good after asOf (RecordFrom: a retirement decided ahead)
// has no item dated on or after that day but what a record keeps
// (KeptByRecord); a contractor's contract that records no end date (to)
// nor a return by asOf then ends at the latest: its return is due on that
// day, as for a record (endedAheadInto). Items dated before asOf
// are Overdue; so is the review of an entry that has never been reviewed
// nor decided (no last_reviewed, no approval.decided_on), or only after
// asOf (see ReviewOf), whose Note says so. Dates that are not recorded give no item (the catalogue reports
// missing records). The yearly tasks in org.DueOff (switched off by the
// organisation) give no item. DueItems panics with the error of
// CheckOrganisation (wrapping ErrOrgSetting or ErrDueOff) when org has a
// setting register.yaml could not hold, and with the error of CheckEntry
// (wrapping ErrEntryValue) when a field of e holds a value its type or
// org's scheme does not allow, which would be read as no value: Assess
// returns these errors.
//
// DueItems reads the register alone; DueItemsAt also counts the council's
// date answers where the register field of a yearly task is empty, as
// Assess does.
func DueItems(org *Organisation, e Entry, nextReview Date, asOf Date) []DueItem {
	return dueItems(org, nil, e, nextReview, asOf)
}

// DueItemsAt is DueItems with the answers of e that count against reqs
// (the catalogue): a yearly task whose register field is empty is dated by
// the council's answer to its date question (LastDone), as the catalogue's
// check of the task dates it; a vendor's answer to it never counts. The
// item's Field is then the answer's path ("answers.Q-OUT-31").
func DueItemsAt(org *Organisation, reqs []Requirement, e Entry, nextReview Date, asOf Date) []DueItem {
	return dueItems(org, reqs, e, nextReview, asOf)
}

func dueItems(org *Organisation, reqs []Requirement, e Entry, nextReview Date, asOf Date) []DueItem {
	org = orZero(org)
	s := mustCheckEntry(org, e)
	if RecordOn(e, asOf) {
		return recordDueInto(nil, e, &s, asOf, nil)
	}
	x := exposureOf(&s, e, asOf)
	off := dueOffOf(org)
	var ta *taskAnswers
	if reqs != nil {
		ta = taskAnswersFor(org, reqs, e, asOf)
	}
	b := e.Base()
	rev := Review{Date: nextReview, Overdue: nextReview.Before(asOf)}
	last, field, laterField := lastReview(b, asOf)
	switch {
	case !b.ReviewDue.IsZero() && b.ReviewDue == nextReview:
		rev.Field = "review_due"
	case last.IsZero():
		// Never reviewed, or only after asOf (laterField): due now.
		rev.Field = laterField
		rev.Overdue = !nextReview.IsZero() && !nextReview.After(asOf)
	default:
		rev.Field = field
		if yl, yf, later := yearlyReview(e, off, ta, asOf); later && nextReview == asOf {
			rev.Field, rev.Overdue = yf, true // not re-evaluated by asOf: due now (ReviewOf)
			if strings.HasPrefix(yf, "answers.") {
				rev.Reason = laterAnsweredReason // reviewItem's note
			}
		} else if !yl.IsZero() && yl.AddMonths(12) == nextReview {
			rev.Field = yf // the yearly re-evaluation set the date (ReviewOf)
		}
	}
	return dueItemsInto(make([]DueItem, 0, 8), org, e, &x, &rev, off, ta, asOf, nil)
}

// ErrDueOff is the error of Scorer.Assess, AssessAll and Assessor when
// Organisation.DueOff names a kind that cannot be switched off: only the
// yearly tasks DueOnsiteCheck, DuePassword, DueConfirmation, DueReport,
// DueTermsCheck and DuePlatformTerms can, and the yearly bound on the
// review, DueReevaluation and DueOperationReview (a review, an expiry or a
// remediation item is never switched off). The error returned wraps it
// and names the kind.
var ErrDueOff = errors.New("riskassess: Organisation.DueOff: only the yearly tasks onsite-check, password, confirmation, report, terms-check, platform-terms-check, re-evaluation and operation-review can be switched off / 期日のうち止められるのは年次の実地確認・パスワード変更・対策状況の確認・報告の受領・利用規約の確認・再評価・運用状況の点検だけです")

// dueOff is the set of yearly tasks switched off (Organisation.DueOff), as
// bits.
type dueOff uint8

const (
	offOnsiteCheck dueOff = 1 << iota
	offPassword
	offConfirmation
	offReport
	offTermsCheck
	offPlatformTerms
	offReevaluation
	offOperationReview
)

// dueOffBit returns the bit of due kind k, 0 for a kind that cannot be
// switched off.
func dueOffBit(k DueKind) dueOff {
	switch k {
	case DueOnsiteCheck:
		return offOnsiteCheck
	case DuePassword:
		return offPassword
	case DueConfirmation:
		return offConfirmation
	case DueReport:
		return offReport
	case DueTermsCheck:
		return offTermsCheck
	case DuePlatformTerms:
		return offPlatformTerms
	case DueReevaluation:
		return offReevaluation
	case DueOperationReview:
		return offOperationReview
	}
	return 0
}

// YearlyTask is one of the engine's yearly tasks whose deadline a
// catalogue requirement stands for: a register that disables the
// requirement (RequirementSettings.Disable) switches the task off.
type YearlyTask struct {
	Requirement string  // the catalogue requirement, e.g. "OUT-31"
	Kind        DueKind // the task's due kind, e.g. DueOnsiteCheck
	Finding     string  // the task's expiry finding (ExpOnsiteCheck); "" when it has none
}

// yearlyTasks are the yearly tasks of the engine and the requirement whose
// deadline each is: the on-site check of OUT-31, the password change of
// SNS-14 (which EXP-PASSWORD was merged into), the confirmation of
// OUT-30, the report of OUT-32 and the terms checks of CLD-47 (services)
// and SNS-15 (social accounts), one kind each so that disabling one
// leaves the other; and the yearly re-evaluation of OUT-36 (contractors)
// and CLD-42 (services), which is not an item of its own but brings the
// review forward (ReviewOf).
var yearlyTasks = [...]YearlyTask{
	{"OUT-31", DueOnsiteCheck, ExpOnsiteCheck},
	{"SNS-14", DuePassword, ""},
	{"OUT-30", DueConfirmation, ""},
	{"OUT-32", DueReport, ""},
	{"CLD-47", DueTermsCheck, ""},
	{"SNS-15", DuePlatformTerms, ""},
	{"OUT-36", DueReevaluation, ""},
	{"CLD-42", DueOperationReview, ""},
}

// YearlyTasks returns the yearly tasks whose deadline a catalogue
// requirement stands for, in a fixed order (that of DisabledTasks); each
// call returns a new slice.
func YearlyTasks() []YearlyTask { return slices.Clone(yearlyTasks[:]) }

// DisabledTasks returns the yearly tasks that org's requirements.disable
// switches off (the tasks of YearlyTasks whose requirement
// org.Requirements.Disable lists), in the order of YearlyTasks; nil when
// none is switched off (or org is nil). The scorer and the stage
// functions (DueItems, ReviewOf, …) switch these tasks off as they do
// those of Organisation.DueOff: a council that disables OUT-31 no longer
// checks its contractors on site every year, so the on-site check has no
// due date and no EXP-ONSITE finding, whether or not the caller set
// DueOff.
func DisabledTasks(org *Organisation) []DueKind {
	if org == nil {
		return nil
	}
	bits := disabledBits(org)
	var off []DueKind
	for _, t := range yearlyTasks {
		if bits&dueOffBit(t.Kind) != 0 {
			off = append(off, t.Kind)
		}
	}
	return off
}

// disabledBits returns the tasks of yearlyTasks whose requirement
// org.Requirements.Disable lists (org not nil).
func disabledBits(org *Organisation) dueOff {
	var off dueOff
	for _, t := range yearlyTasks {
		if slices.Contains(org.Requirements.Disable, t.Requirement) {
			off |= dueOffBit(t.Kind)
		}
	}
	return off
}

// dueOffOf returns the tasks org (not nil: its callers take orZero's)
// switches off: those of org.DueOff and those whose requirement
// org.Requirements.Disable lists (DisabledTasks); kinds that cannot be
// switched off are left out (checkDueOff refuses them).
func dueOffOf(org *Organisation) dueOff {
	var off dueOff
	for _, k := range org.DueOff {
		off |= dueOffBit(k)
	}
	return off | disabledBits(org)
}

// checkDueOff returns an error wrapping ErrDueOff when org.DueOff names a
// kind that cannot be switched off; org is not nil (as for dueOffOf).
func checkDueOff(org *Organisation) error {
	for _, k := range org.DueOff {
		if dueOffBit(k) == 0 {
			return fmt.Errorf("%w: %q", ErrDueOff, string(k))
		}
	}
	return nil
}

// neverReviewedNote is the Note of the review due item of an entry that
// has never been reviewed nor decided.
var neverReviewedNote = T("見直し・決定の記録なし（最初の見直し）", "never reviewed nor decided (first review)")

// reviewItem returns the due item of review r of e.
func reviewItem(e Entry, r *Review) DueItem {
	it := DueItem{Kind: DueReview, EntryKind: e.Kind(), EntryID: e.Base().ID, Date: r.Date,
		Section: dueSection(e), Field: r.Field, Overdue: r.Overdue}
	switch {
	case r.Field == "" && r.Overdue:
		it.Note = neverReviewedNote
	case r.Overdue && reviewDate(e.Base(), r.Field).After(r.Date):
		it.Note = laterReviewNote
	case r.Overdue && r.Reason == laterAnsweredReason:
		// The council answered the re-evaluation's date after asOf and
		// the register records none: due now, as for a yearly task.
		it.Note = laterDoneNote
	}
	return it
}

// laterReviewNote is the Note of the review due item of an entry whose
// last review or decision is dated after the as-of date, with no review
// recorded by then (lastReview).
var laterReviewNote = T("見直し・決定の日付が基準日より後（基準日までの記録なし）", "review or decision dated after the as-of date (none recorded by then)")

// reviewDate returns the date of b's field that a review rests on
// (Review.Field: last_reviewed or approval.decided_on); zero for any other.
func reviewDate(b *Common, field string) Date {
	switch field {
	case "last_reviewed":
		return b.LastReviewed
	case "approval.decided_on":
		return b.Approval.DecidedOn
	}
	return Date{}
}

// dueItemsInto is dueItems appending to out; a record adds only the
// return of the information a retired contractor still holds
// (recordDueInto). review, when not nil and dated, adds the review item;
// the yearly tasks in off add nothing. ta dates a yearly task whose
// register field is empty by the council's answer (nil: the register
// alone). org (not nil) dates a social account's password change on the
// day someone took the account over after the last change
// (Social.PasswordTakeoverOn), as the catalogue's SNS-14 dates it. The
// labels are cut from tx (may be nil).
func dueItemsInto(out []DueItem, org *Organisation, e Entry, x *exposure, review *Review, off dueOff, ta *taskAnswers, asOf Date, tx *textArena) []DueItem {
	if RecordOn(e, asOf) {
		return recordDueInto(out, e, x.scheme, asOf, tx)
	}
	start := len(out)
	// What newDueItem would fill in, found once for all the items.
	b := e.Base()
	ek, section := e.Kind(), dueSection(e)
	add := func(k DueKind, d Date, what string, label Text, field string) {
		if !d.IsZero() {
			out = append(out, DueItem{Kind: k, EntryKind: ek, EntryID: b.ID, Date: d,
				Section: section, What: what, Label: label, Field: field, Overdue: d.Before(asOf)})
		}
	}
	// yearly adds the item of a task last done on last (field), due 12
	// months later; one dated after asOf had not been done by then (or the
	// date is a slip: 2062 for 2026), so the task is due on asOf, overdue,
	// with laterDoneNote. A task t whose field is empty is dated by the
	// council's answer in ta (LastDone), as the catalogue dates it.
	yearly := func(k DueKind, t task, last Date, field string) {
		last, field = ta.lastDone(t, last, field)
		switch {
		case last.IsZero():
			return // not recorded: the catalogue reports it
		case last.After(asOf):
			out = append(out, DueItem{Kind: k, EntryKind: ek, EntryID: b.ID, Date: asOf,
				Section: section, Field: field, Overdue: true, Note: laterDoneNote})
		default:
			add(k, last.AddMonths(12), "", Text{}, field)
		}
	}
	if review != nil && !review.Date.IsZero() {
		out = append(out, reviewItem(e, review))
	}
	// The valid_until of the decision in force on asOf (InForceOn): not
	// that of a decision taken after asOf, but the one recorded with the
	// approval in the history (a renewal moves it there with its
	// valid_until); also that of the approval a pending renewal written
	// without one renews.
	if until, field := b.Approval.ValidUntilOn(asOf); !until.IsZero() {
		add(DueApproval, until, "", Text{}, field)
	}
	for i, r := range b.Rounds {
		if r.OpenOn(asOf) && b.SupersededOn(r, asOf) == nil {
			add(DueReply, r.ReplyDue, r.Name, tx.quoted("回「", "」", "round ", "", r.Name), roundPaths.at(i))
		}
	}
	certs := func(cs []Certification) {
		for i, c := range cs {
			if !c.ValidUntil.IsZero() && c.HeldOn(asOf) && !certRenewed(cs, i, asOf) { // obtained after asOf: not held then
				add(DueCertificate, c.ValidUntil, tx.certWhat(&c), tx.certLabel(&c), certPaths.at(i))
			}
		}
	}
	switch v := e.(type) {
	case *Contractor:
		certs(v.Certifications)
		for i := range v.Contracts {
			c := &v.Contracts[i]
			if v.Live(x.scheme, i, asOf) && !v.Renewed(x.scheme, i) { // a renewal that carries the information on needs no action at the end
				add(DueContractEnd, c.To, c.ID, tx.quoted("契約（", "）", "contract (", ")", c.ID), contractToPaths.at(i))
			}
		}
		if x.onsiteWork && off&offOnsiteCheck == 0 { // Contractor.OnsiteCheckApplies, as OUT-31 applies
			yearly(DueOnsiteCheck, taskOnsiteCheck, v.LastOnsiteCheck, "last_onsite_check")
		}
		// The confirmation of the measures (OUT-30) and the report
		// (OUT-32) are due while a contract is in force (or none is
		// recorded), as the catalogue applies them.
		if off&(offConfirmation|offReport) != offConfirmation|offReport && v.ContractInForceOn(asOf) {
			if off&offConfirmation == 0 {
				yearly(DueConfirmation, taskConfirmation, v.LastConfirmed, "last_confirmed")
			}
			if i := v.LatestReportOn(asOf); i >= 0 && off&offReport == 0 {
				yearly(DueReport, noTask, v.Reports[i].On, reportPaths.at(i))
			}
		}
		for i := range v.Remediation {
			if r := &v.Remediation[i]; r.OpenOn(asOf) { // closed after asOf: still open then; raised after asOf: not yet there
				add(DueRemediation, r.Due, r.Summary, tx.quoted("是正措置「", "」", "corrective action “", "”", r.Summary), remediationPaths.at(i))
			}
		}
	case *Service:
		certs(v.Certifications)
		if v.ISMAP != nil {
			add(DueISMAP, v.ISMAP.ValidUntil, v.ISMAP.Number, tx.quoted("ISMAP登録（", "）", "ISMAP listing (", ")", v.ISMAP.Number), "ismap.valid_until")
		}
		add(DueContractEnd, v.ContractEnd, "", Text{}, "contract_end")
		if off&offTermsCheck == 0 {
			yearly(DueTermsCheck, taskTermsCheck, v.TermsCheckedOn, "terms_checked_on")
		}
	case *Social:
		if off&offPassword == 0 {
			// Due when someone took the account over after the last
			// change, within the year (PasswordTakeoverOn: SNS-14's rule),
			// else yearly.
			last, _ := ta.lastDone(taskPassword, v.PasswordChangedOn, "password_changed_on")
			if t, ok := v.PasswordTakeoverOn(org, last, asOf); ok {
				add(DuePassword, t.From, "", Text{}, t.Field)
			} else {
				yearly(DuePassword, taskPassword, v.PasswordChangedOn, "password_changed_on")
			}
		}
		if off&offPlatformTerms == 0 {
			yearly(DuePlatformTerms, taskTermsCheck, v.TermsCheckedOn, "terms_checked_on")
		}
	}
	if from := RecordFrom(e, asOf); !from.IsZero() {
		// Retired (or rejected) ahead for good: nothing falls due on it
		// from that day but what a record keeps, and the return of the
		// information of a contract with no end date is due that day.
		out = dropAfterRecord(out, start, e, from)
		if k, ok := e.(*Contractor); ok {
			out = endedAheadInto(out, k, x.scheme, from, asOf, tx)
		}
	}
	sortDue(out)
	return out
}

// endedAheadInto appends to out, for contractor k in use on asOf that
// becomes a record for good on from (RecordFrom: retired, or rejected
// after use, by a decision after asOf), the item of each contract that
// records no end date (to), whose information is neither returned or
// deleted by asOf nor carried on by a renewal: the contract ends at the
// latest with that decision, so the return is due on from, as
// endedByRecord dates it once the decision is in force. Without it the
// return had no date until the retirement came: a contract end is dated by
// its to, and this one has none. s is the scheme of the ranks (Renewed);
// the texts are cut from tx (may be nil).
func endedAheadInto(out []DueItem, k *Contractor, s *ClassificationScheme, from, asOf Date, tx *textArena) []DueItem {
	if !KeptByRecord(k, from, DueContractEnd) {
		return out // a record that keeps no contract end (rejected, never approved)
	}
	var in Approval
	for i := range k.Contracts {
		c := &k.Contracts[i]
		if !c.To.IsZero() || c.ReturnedBy(asOf) || k.Renewed(s, i) {
			continue
		}
		if in.Status == "" {
			in = k.Approval.InForceOn(from)
			in.DecidedOn = from // the day it becomes a record for good
		}
		out = append(out, endedByRecord(k, i, &in, asOf, tx))
	}
	return out
}

// recordDueInto appends to out the due items of record e (RecordOn on
// asOf): the end of each contract of a retired contractor whose
// information is still with it on asOf, neither returned or deleted by
// then (Contract.ReturnedBy) nor carried on by a renewal (Renewed),
// dated its to as for a contractor in use: overdue once it has ended,
// due at its end while it runs. Retiring the contractor does not return
// the council's information (OUT-39); the item stays until
// data_returned_on is recorded. So does each corrective action still open
// on asOf (RemediationItem.OpenOn), dated its due as for a contractor in
// use, until closed_on records it closed: retiring the contractor does not
// carry the action out (e.g. a certificate of deletion still to be
// obtained). A contractor rejected after an approval (a renewal refused,
// rejectedAfterUse) keeps the same; one never approved, and any other entry
// kind, adds nothing. s
// is the scheme of the ranks (Renewed); the texts are cut from tx (may be
// nil).
func recordDueInto(out []DueItem, e Entry, s *ClassificationScheme, asOf Date, tx *textArena) []DueItem {
	k, ok := e.(*Contractor)
	if !ok {
		return out
	}
	// The decision in force on asOf, found once (RetiredOn,
	// rejectedAfterUse and endedByRecord read it).
	in := k.Approval.InForceOn(asOf)
	if in.Status != StatusRetired && !rejectedAfterUse(&k.Approval, in.Status, asOf) {
		return out
	}
	for i := range k.Contracts {
		c := &k.Contracts[i]
		if c.ReturnedBy(asOf) || k.Renewed(s, i) {
			continue
		}
		if c.To.IsZero() {
			out = append(out, endedByRecord(k, i, &in, asOf, tx))
			continue
		}
		out = append(out, DueItem{Kind: DueContractEnd, EntryKind: KindContractor, EntryID: k.ID, Date: c.To,
			Section: dueSection(e), What: c.ID, Label: tx.quoted("契約（", "）", "contract (", ")", c.ID),
			Field: contractToPaths.at(i), Overdue: c.To.Before(asOf)})
	}
	for i := range k.Remediation {
		if r := &k.Remediation[i]; r.OpenOn(asOf) && !r.Due.IsZero() {
			out = append(out, DueItem{Kind: DueRemediation, EntryKind: KindContractor, EntryID: k.ID, Date: r.Due,
				Section: dueSection(e), What: r.Summary, Label: tx.quoted("是正措置「", "」", "corrective action “", "”", r.Summary),
				Field: remediationPaths.at(i), Overdue: r.Due.Before(asOf)})
		}
	}
	sortDue(out)
	return out
}

// endedByRecord is the due item of contract i of record k (retired, or
// rejected after use) that records no end (to) and no return of its
// information: the contract ended at the latest with the decision that
// made k a record, in force on asOf (in), so the return is due on that
// decision's date (on asOf, overdue, when it records none). Its Note says
// so, without claiming an end date; its Field is the data_returned_on to
// record. Its texts are cut from tx (may be nil).
func endedByRecord(k *Contractor, i int, in *Approval, asOf Date, tx *textArena) DueItem {
	c := &k.Contracts[i]
	on := in.DecidedOn
	wordJa, wordEn := "廃止", "retirement"
	if in.Status == StatusRejected {
		wordJa, wordEn = "却下", "rejection"
	}
	var note Text
	if on.IsZero() {
		on = asOf
		note = tx.join([]string{wordJa, "の時点で契約の終了日がなく、預けた情報の返却・消去が記録されていない"},
			[]string{"no end date of the contract at the ", wordEn, " and no return or deletion of the information recorded"})
	} else {
		var db [10]byte
		d := tx.bytes(on.AppendISO(db[:0]))
		note = tx.join([]string{wordJa, "（", d, "）時点で契約の終了日がなく、預けた情報の返却・消去が記録されていない"},
			[]string{"no end date of the contract at the ", wordEn, " (", d, ") and no return or deletion of the information recorded"})
	}
	return DueItem{Kind: DueContractEnd, EntryKind: KindContractor, EntryID: k.ID, Date: on,
		Section: dueSection(k), What: c.ID, Label: tx.quoted("契約（", "）", "contract (", ")", c.ID),
		Field: "contracts[" + strconv.Itoa(i) + "].data_returned_on", Overdue: on.Before(asOf) || in.DecidedOn.IsZero(), Note: note}
}

// certRenewed reports whether certificate i of cs was renewed by asOf: a
// later entry of the same type and registration (certRegistration), held
// on asOf (HeldOn), runs to a later valid_until. Its own expiry is then
// not due: the certificate was held on, as one whose valid_until was
// updated in place. This runs for every certificate of every entry: the
// registrations (in buffers on the stack) are compared only for a later
// certificate of the same type held on asOf, which most have none of.
func certRenewed(cs []Certification, i int, asOf Date) bool {
	c := &cs[i]
	var rb, nb [64]byte
	var reg []byte
	for j := range cs {
		n := &cs[j]
		if n.Type != c.Type || !n.ValidUntil.After(c.ValidUntil) || !n.HeldOn(asOf) {
			continue
		}
		if reg == nil {
			if reg = certRegistration(rb[:0], c.Type, c.Number); len(reg) == 0 {
				return false
			}
		}
		if string(certRegistration(nb[:0], n.Type, n.Number)) == string(reg) {
			return true
		}
	}
	return false
}

// certRegistration returns, written into buf (from its start; a longer
// one is allocated), the part of a certificate number that stays the same
// across renewals: the number itself, except that a Privacy Mark's
// registration number carries its renewal count in brackets (第10820123(05)号
// becomes (06) at the next renewal), which is dropped. Without it the
// expiry of a Privacy Mark renewed with its new number stayed in the due
// lists, overdue, as a certificate lost. Full-width ASCII reads as ASCII
// and spaces (ASCII and ideographic) are dropped (ＩＳ５５７０３１,
// ＩＳ　５５７０３１ and IS 557031 are one number); in a Privacy Mark's
// number full-width digits and brackets read as ASCII ones
// (２１０００１２３（０５） is 21000123(05)), and a leading 第 and trailing 号
// are trimmed.
func certRegistration(buf []byte, t CertType, number string) []byte {
	n := strings.TrimSpace(number)
	buf = buf[:0]
	if t != CertPrivacyMark {
		for i := 0; i < len(n); i++ {
			if n[i] >= utf8.RuneSelf || n[i] == ' ' {
				return appendHalfWidth(buf, n)
			}
		}
		return append(buf, n...)
	}
	for i := 0; i < len(n); {
		switch {
		case strings.HasPrefix(n[i:], "（"):
			buf = append(buf, '(')
			i += len("（")
		case strings.HasPrefix(n[i:], "）"):
			buf = append(buf, ')')
			i += len("）")
		case strings.HasPrefix(n[i:], "\u3000"):
			i += len("\u3000")
		case n[i] == ' ':
			i++
		case n[i] == 0xEF && i+2 < len(n) && n[i+1] == 0xBC && n[i+2] >= 0x90 && n[i+2] <= 0x99: // ０-９ (U+FF10-FF19)
			buf = append(buf, '0'+n[i+2]-0x90)
			i += 3
		default:
			buf = append(buf, n[i])
			i++
		}
	}
	buf = bytes.TrimSuffix(bytes.TrimPrefix(buf, []byte("第")), []byte("号"))
	if reg, ok := privacyMarkNumber(buf); ok {
		return reg
	}
	return buf
}

// appendHalfWidth appends s to buf with its full-width ASCII (ＩＳ５５７０３１)
// as ASCII and without its spaces (ASCII and ideographic): ＩＳ５５７０３１,
// ＩＳ　５５７０３１ and IS 557031 are all IS557031.
func appendHalfWidth(buf []byte, s string) []byte {
	for _, r := range s {
		if r == ' ' || r == '\u3000' {
			continue
		}
		buf = utf8.AppendRune(buf, NarrowRune(r))
	}
	return buf
}

// privacyMarkNumber splits a Privacy Mark registration number with its
// renewal count, 10820123(05) (^([0-9]+)\([0-9]+\)$), and returns the
// number before the brackets; ok is false when n is not of that form.
func privacyMarkNumber(n []byte) (reg []byte, ok bool) {
	i := bytes.IndexByte(n, '(')
	if i <= 0 || len(n) < i+3 || n[len(n)-1] != ')' {
		return nil, false
	}
	if !allDigits(n[:i]) || !allDigits(n[i+1:len(n)-1]) {
		return nil, false
	}
	return n[:i], true
}

// allDigits reports whether s consists of ASCII digits only.
func allDigits(s []byte) bool {
	for _, c := range s {
		if c < '0' || c > '9' {
			return false
		}
	}
	return true
}

// rejectedAfterUse reports whether a, rejected as in force on asOf (in,
// the status of a.InForceOn(asOf)), had approved the entry before (a
// signed decision in its history by asOf: a renewal refused): its
// contracts ran, and the rejection returns the council's information no
// more than a retirement does.
func rejectedAfterUse(a *Approval, in ApprovalStatus, asOf Date) bool {
	return in == StatusRejected &&
		slices.ContainsFunc(a.History, func(h DecisionRecord) bool { return h.Status.Signed() && (asOf.IsZero() || !h.On.After(asOf)) })
}

// LatestReportOn returns the index in k.Reports of the latest report dated
// by asOf (received by then); when every one is dated after asOf, the
// latest of them (not received by then: the report is not met and due on
// asOf); -1 when k records no report. Of reports on the same date the
// first listed counts. The report due item and the catalogue's OUT-32
// both read it.
func (k *Contractor) LatestReportOn(asOf Date) int {
	reps := k.Reports
	latest, after := -1, -1
	for i := range reps {
		on := reps[i].On
		if !on.After(asOf) {
			if latest < 0 || reps[latest].On.Before(on) {
				latest = i
			}
		} else if after < 0 || reps[after].On.Before(on) {
			after = i
		}
	}
	if latest < 0 {
		return after
	}
	return latest
}

// laterDoneNote is the Note of the due item of a yearly task whose last
// date is after the as-of date (dueItemsInto).
var laterDoneNote = T("実施日が基準日より後（基準日までの記録なし）", "done after the as-of date (none recorded by then)")

// indexedPaths are the field paths prefix[i]suffix, built once for small i.
type indexedPaths struct {
	prefix, suffix string
	small          [16]string
}

func newIndexedPaths(prefix, suffix string) *indexedPaths {
	p := &indexedPaths{prefix: prefix, suffix: suffix}
	for i := range p.small {
		p.small[i] = prefix + strconv.Itoa(i) + suffix
	}
	return p
}

// at returns the path of index i.
func (p *indexedPaths) at(i int) string {
	if i >= 0 && i < len(p.small) {
		return p.small[i]
	}
	return p.prefix + strconv.Itoa(i) + p.suffix
}

var (
	certPaths        = newIndexedPaths("certifications[", "].valid_until")
	contractToPaths  = newIndexedPaths("contracts[", "].to")
	remediationPaths = newIndexedPaths("remediation[", "].due")
	roundPaths       = newIndexedPaths("rounds[", "].reply_due")
	reportPaths      = newIndexedPaths("reports[", "].on")
	historyOnPaths   = newIndexedPaths("approval.history[", "].on")
)

// dueSection is the section of e's due items: the owner's, or for a
// social account the responsible section when one is recorded.
func dueSection(e Entry) string {
	if s, ok := e.(*Social); ok {
		return s.StaffSection()
	}
	return e.Base().Owner.Section
}

// sortDue sorts due items by date, kind and field.
func sortDue(items []DueItem) {
	if len(items) > 12 {
		slices.SortStableFunc(items, func(a, b DueItem) int { return compareDue(&a, &b) })
		return
	}
	// Insertion sort (stable) for the few items of an entry: an item out
	// of place is held aside while the items it goes before move up one
	// (a copy each, not a swap of 192-byte items at every step); an item
	// in place costs one comparison, so an entry's items, which come
	// mostly in order, and the review item appended to sorted ones sort in
	// about one pass.
	for i := 1; i < len(items); i++ {
		if compareDue(&items[i], &items[i-1]) >= 0 {
			continue
		}
		x := items[i]
		j := i - 1
		for j > 0 && compareDue(&x, &items[j-1]) < 0 {
			j--
		}
		copy(items[j+1:i+1], items[j:i])
		items[j] = x
	}
}

func compareDue(a, b *DueItem) int {
	if c := a.Date.Compare(b.Date); c != 0 {
		return c
	}
	if a.Kind != b.Kind {
		return strings.Compare(string(a.Kind), string(b.Kind))
	}
	return strings.Compare(a.Field, b.Field)
}

// quoted is s between ja0 and ja1, and between en0 and en1, or the zero
// Text when s is empty; cut from tx (may be nil).
func (tx *textArena) quoted(ja0, ja1, en0, en1, s string) Text {
	if s == "" {
		return Text{}
	}
	return tx.join([]string{ja0, s, ja1}, []string{en0, s, en1})
}

// certShort are the short names of certificate types used in due items.
var certShort = map[CertType][2]string{
	CertISMS: {"ISMS認証", "ISMS certificate"}, CertPrivacyMark: {"プライバシーマーク", "Privacy Mark"},
	CertISO27017: {"ISO/IEC 27017認証", "ISO/IEC 27017 certificate"}, CertISO27018: {"ISO/IEC 27018認証", "ISO/IEC 27018 certificate"},
	CertSOC2: {"SOC 2 報告書", "SOC 2 report"}, CertASPICCertify: {"ASPIC認定", "ASPIC certification"},
	CertOther: {"認証", "certificate"},
}

// certLabel names certificate c for people: a short name of its type (or
// its name for type other) and its number in brackets: "ISMS認証（IS 999040）". It is cut from tx (may be nil).
func (tx *textArena) certLabel(c *Certification) Text {
	short := certShort[c.Type]
	ja, en := pick("ja", short, string(c.Type)), pick("en", short, string(c.Type))
	if c.Type == CertOther && c.Name != "" {
		ja, en = c.Name, c.Name
	}
	if c.Number != "" {
		return tx.join([]string{ja, "（", c.Number, "）"}, []string{en, " (", c.Number, ")"})
	}
	return T(ja, en)
}

// certWhat is the What of certificate c's due item: its type (or its
// name for type other) and its number; cut from tx (may be nil).
func (tx *textArena) certWhat(c *Certification) string {
	w := string(c.Type)
	if c.Type == CertOther && c.Name != "" {
		w = c.Name
	}
	if c.Number != "" {
		w = tx.concat(w, " ", c.Number)
	}
	return w
}

// Expiry-finding requirement ids, one per due kind except the password
// change. They are not catalogue requirements: Assess adds them for due
// items that are overdue (outcome not-met) or fall due within the expiry
// window (outcome partial). The finding's Evidence is the due item's field
// path.
//
// EXP-REVIEW is the only finding about the review date, since only the
// engine knows the date (it depends on the residual risk). A password
// change has no expiry finding (the catalogue judges it); its due item is
// still listed. catalog.MergedRequirements lists the catalogue ids merged
// into these.
const (
	ExpReview      = "EXP-REVIEW"
	ExpCertificate = "EXP-CERT"
	ExpISMAP       = "EXP-ISMAP"
	ExpContractEnd = "EXP-CONTRACT"
	ExpApproval    = "EXP-APPROVAL"
	ExpOnsiteCheck = "EXP-ONSITE"
	ExpRemediation = "EXP-REMEDIATION"
)

// expiryRule describes the expiry finding of one due kind.
type expiryRule struct {
	id string
	// severity is the base severity; bump raises it to high when the entry
	// handles confidentiality class 3C or higher (requirements-facts §8).
	severity Severity
	bump     bool
	clause   string
	subjJa   string
	subjEn   string
	deadJa   string
	deadEn   string
	remedy   Text
}

var expiryRules = map[DueKind]expiryRule{
	DueReview: {ExpReview, SeverityMedium, false, "6(9)", "見直し", "review", "期限", "due date",
		T("リスク評価を見直し、台帳の前回の見直し日（と見直し期限）を更新してください。", "Review the risk assessment and update the last review date (and the review due date) in the register.")},
	DueCertificate: {ExpCertificate, SeverityMedium, true, "", "認証", "certificate", "有効期限", "expiry date",
		T("更新後の認証の証明書の写しを入手し、新しい有効期限を台帳に記録してください。", "Obtain a copy of the renewed certificate and record the new expiry date.")},
	DueISMAP: {ExpISMAP, SeverityMedium, true, "", "ISMAP登録", "ISMAP listing", "有効期限", "expiry date",
		T("ISMAPクラウドサービスリストで登録の更新を確認し、新しい有効期限を台帳に記録してください。", "Check the renewal on the ISMAP cloud service list and record the new expiry date.")},
	DueContractEnd: {ExpContractEnd, SeverityMedium, false, "", "契約", "contract", "終了日", "end date",
		T("契約の更新又は利用終了の手続を行い、終了した場合はデータの返却・廃棄を記録してください。", "Renew the contract or end the use; when it ends, record the return or deletion of the data.")},
	DueApproval: {ExpApproval, SeverityHigh, false, "", "承認", "approval", "有効期限", "expiry date",
		T("承認の更新手続を行ってください。", "Renew the approval.")},
	DueOnsiteCheck: {ExpOnsiteCheck, SeverityMedium, true, "", "年次の実地確認", "yearly on-site check", "期限", "due date",
		T("委託先の実地確認（困難な場合はビデオ通話・写真等）を行い、台帳の最終の実地確認日を更新してください。", "Check the contractor on site (by video or photos where a visit is impractical) and update the date of the last on-site check in the register.")},
	DueRemediation: {ExpRemediation, SeverityMedium, true, "", "是正措置", "remediation item", "期限", "due date",
		T("是正措置の完了を確認して完了日を台帳に記録するか、期限を再設定してください。", "Confirm the corrective action is done and record the date it was closed, or agree a new due date.")},
}

// dueTitles are the finding titles of the due kinds, built once.
var dueTitles = func() map[DueKind]Text {
	m := map[DueKind]Text{}
	for k := range expiryRules {
		m[k] = T(k.Label("ja"), k.Label("en"))
	}
	return m
}()

// ExpiryFindings turns due items into findings: an item dated before asOf
// is not met, one dated within windowDays of asOf (inclusive) is partial,
// later ones give no finding. sensitive raises the severity of certificate,
// ISMAP, on-site check and remediation findings from medium to high
// (use it for entries handling confidentiality class 3C or higher).
//
// An item dated by the council's answer (Field "answers.Q-…", DueItemsAt)
// gets the provenance of an answer entered in the register: ExpiryFindings
// has no entry to find the self-check workbook the answer came from.
// ExpiryFindingsAt, given the entry, names it, as Assess does.
func ExpiryFindings(items []DueItem, asOf Date, windowDays int, sensitive bool) []Finding {
	return expiryFindingsInto(nil, items, asOf, windowDays, sensitive, nil, nil)
}

// ExpiryFindingsAt is ExpiryFindings for the due items of e (DueItemsAt
// with org and reqs): the finding of an item dated by the council's answer has the
// provenance of that answer among those that count against reqs: the
// self-check workbook it was imported from, with its date and cell, as
// Assess gives it (stage 2 and 6). Like DueItemsAt it panics with the
// error of CheckOrganisation when org has a setting register.yaml could
// not hold, and with the error of CheckEntry when e is nil or holds a
// value CheckEntry refuses.
func ExpiryFindingsAt(org *Organisation, reqs []Requirement, e Entry, items []DueItem, asOf Date, windowDays int, sensitive bool) []Finding {
	org = orZero(org)
	mustCheckEntry(org, e)
	out := expiryFindingsInto(nil, items, asOf, windowDays, sensitive, nil, nil)
	if len(out) == 0 || len(e.Base().Assessments) == 0 || len(e.Base().Answers) == 0 {
		return out // no answer imported from a workbook
	}
	subj := &Subject{Org: org, Entry: e, Answers: e.Base().Answers, AsOf: asOf}
	_, att := attest(subj, prepareReqs(sortedFor(reqs, e.Kind())), nil)
	for i := range out {
		answerSourced(&out[i], &att, nil)
	}
	return out
}

// expiryFindingsInto is ExpiryFindings appending to out (which it sorts),
// with the provenances from provs and the messages cut from tx (both may
// be nil).
func expiryFindingsInto(out []Finding, items []DueItem, asOf Date, windowDays int, sensitive bool, provs *provenances, tx *textArena) []Finding {
	for i := range items {
		if f, ok := expiryFinding(&items[i], asOf, windowDays, sensitive, provs, tx); ok {
			out = append(out, f)
		}
	}
	sortFindings(out)
	return out
}

// expiryFinding is the expiry finding of it (see ExpiryFindings), with its
// provenance from provs and its message cut from tx (both may be nil); ok
// is false when it gives none.
func expiryFinding(it *DueItem, asOf Date, windowDays int, sensitive bool, provs *provenances, tx *textArena) (Finding, bool) {
	r, spec, ok := expiryRuleOf(it.Kind, sensitive)
	if !ok {
		return Finding{}, false
	}
	days := asOf.DaysUntil(it.Date)
	var outcome Outcome
	switch {
	case days < 0 || it.Overdue:
		outcome = OutcomeNotMet
	case days <= windowDays:
		outcome = OutcomePartial
	default:
		return Finding{}, false
	}
	// The subject: the item's label when it has one ("ISMS認証（IS 999040）"),
	// else the kind's subject with What in brackets.
	subjJa, subjEn := r.subjJa, r.subjEn
	whatJa0, whatJa1, whatEn0, whatEn1 := "", "", "", ""
	whatJa, whatEn := it.What, it.What
	if it.Label != (Text{}) {
		subjJa, subjEn = it.Label.Ja, it.Label.In("en")
		whatJa, whatEn = "", ""
	}
	if whatJa != "" {
		whatJa0, whatJa1, whatEn0, whatEn1 = "（", "）", " (", ")"
	}
	var db [10]byte
	d := tx.bytes(it.Date.AppendISO(db[:0]))
	var msg Text
	evidence := it.Field
	switch {
	case it.Note == laterDoneNote:
		msg = tx.join(
			[]string{subjJa, "の実施日が基準日より後の日付で、基準日までの実施の記録がありません（日付の誤りなら直してください）。"},
			[]string{"The ", subjEn, " is dated after the as-of date and none is recorded by then (correct the date if it is a slip)."})
	case it.Kind == DueReview && it.Note == laterReviewNote:
		msg = T("見直し・承認の決定の日付が基準日より後で、基準日までの見直しの記録がありません。見直しが必要です（日付の誤りなら直してください）。",
			"The review or approval decision is dated after the as-of date and no review is recorded by then: a review is due now (correct the date if it is a slip).")
	case it.Kind == DueReview && it.Note != (Text{}):
		msg = T("見直しも承認の決定も記録されていません。最初の見直しが必要です。",
			"No review and no approval decision is recorded: the first review is due now.")
		evidence = "last_reviewed"
	case it.Kind == DueContractEnd && strings.HasSuffix(it.Field, ".data_returned_on"):
		// A record's contract with no end date (endedByRecord): its
		// Note says why, without an end date to name.
		var db [10]byte
		d := tx.bytes(it.Date.AppendISO(db[:0]))
		if outcome == OutcomeNotMet {
			msg = tx.join([]string{subjJa, "：", it.Note.Ja, "ため、返却・消去の期限（", d, "）を過ぎています。"},
				[]string{"The ", subjEn, ": ", it.Note.In("en"), ", so the return or deletion was due on ", d, "."})
		} else {
			msg = tx.join([]string{subjJa, "：", it.Note.Ja, "ため、返却・消去が必要です（", d, "）。"},
				[]string{"The ", subjEn, ": ", it.Note.In("en"), ", so the return or deletion is due (", d, ")."})
		}
	case outcome == OutcomeNotMet:
		tailJa, tailEn := "", ""
		if it.Kind == DueContractEnd && it.EntryKind == KindContractor {
			tailJa, tailEn = "データの返却・廃棄の記録がありません。", " No return or deletion of the data is recorded."
		}
		msg = tx.join(
			[]string{subjJa, whatJa0, whatJa, whatJa1, "の", r.deadJa, "（", d, "）を過ぎています。", tailJa},
			[]string{"The ", r.deadEn, " of the ", subjEn, whatEn0, whatEn, whatEn1, " (", d, ") has passed.", tailEn})
	default:
		n := strconv.Itoa(days)
		msg = tx.join(
			[]string{subjJa, whatJa0, whatJa, whatJa1, "の", r.deadJa, "（", d, "）まであと", n, "日です。"},
			[]string{"The ", r.deadEn, " of the ", subjEn, whatEn0, whatEn, whatEn1, " (", d, ") is in ", n, " days."})
	}
	return Finding{
		FindingSpec: spec,
		Outcome:     outcome,
		Evidence:    evidence,
		Message:     msg,
		DueOn:       provs.due(it.Date),
		Provenance:  expiryProvenance(provs, it.Field),
	}, true
}

// expiryProvenance is the provenance of an expiry finding whose item
// rests on field: a recorded fact, or the council's answer that dates a
// yearly task (LastDone; only the council's answers do), whose source
// Assess fills in (run.answerSourced).
func expiryProvenance(provs *provenances, field string) *Provenance {
	if strings.HasPrefix(field, "answers.") {
		return provs.answer(Provenance{From: AttestCouncil, Field: field})
	}
	return provs.register(field)
}

// dueKinds lists the due kinds with an expiry rule, in a fixed order
// (DuePassword has none).
var dueKinds = [...]DueKind{DueReview, DueCertificate, DueISMAP, DueContractEnd, DueApproval, DueOnsiteCheck, DueRemediation}

// expiryRuleList is expiryRules by the index of the kind in dueKinds,
// looked up without hashing; expirySpecs are the finding specs of each
// rule (title from dueTitles, weight 0), at the base severity ([0]) and
// raised to high for sensitive entries ([1]).
var expiryRuleList, expirySpecs = func() (rs [len(dueKinds)]*expiryRule, ss [len(dueKinds)][2]*FindingSpec) {
	for i, k := range dueKinds {
		if r, ok := expiryRules[k]; ok {
			rs[i] = &r
			for b := range ss[i] {
				sev := r.severity
				if b == 1 && r.bump {
					sev = SeverityHigh
				}
				ss[i][b] = &FindingSpec{Requirement: r.id, Title: dueTitles[k], Severity: sev, Clause: r.clause, Remediation: r.remedy}
			}
		}
	}
	return rs, ss
}()

// expiryRuleOf returns the expiry rule of due kind k and the spec of its
// findings (raised for a sensitive entry); ok is false for a kind without
// a rule. dueKinds lists every kind of expiryRules
// (TestDueKindsHaveExpiryRules).
func expiryRuleOf(k DueKind, sensitive bool) (r *expiryRule, spec *FindingSpec, ok bool) {
	for i, dk := range dueKinds {
		if dk == k {
			if expiryRuleList[i] == nil {
				return nil, nil, false
			}
			b := 0
			if sensitive {
				b = 1
			}
			return expiryRuleList[i], expirySpecs[i][b], true
		}
	}
	return nil, nil, false
}
