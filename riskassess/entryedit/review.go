package entryedit

import (
	"strings"

	"github.com/gikai-sec/riskregister/riskassess"
)

// ApplyReview records r in e: it appends r to the review log and sets
// last_reviewed to r.On. A review with outcome ReviewRetired also retires
// the entry as the register models it: approval.status retired, decided
// on r.On by the reviewer's position (approval.approver), and a retired
// record with the reason appended to approval.history. The decision that
// status, approver and decided_on held until then goes into the history
// first (PriorDecision), so that retiring never erases when and by whom the
// entry was approved. ApplyReview does not check r; CheckReview does.
func ApplyReview(e riskassess.Entry, r riskassess.ReviewRecord) {
	b := e.Base()
	b.Reviews = append(b.Reviews, r)
	b.LastReviewed = r.On
	// The review meets the review due date the entry had (a review done a
	// few days early counts: with review_due: 2027-03-31 kept, a review
	// of 2027-03-25 left the next review at 03-31, overdue from 04-01). A
	// later follow-up date is set after recording the review.
	b.ReviewDue = riskassess.Date{}
	if r.Outcome == riskassess.ReviewRetired {
		if prior, ok := PriorDecision(b.Approval); ok {
			b.Approval.History = append(b.Approval.History, prior)
		}
		b.Approval.Status = riskassess.StatusRetired
		b.Approval.DecidedOn = r.On
		b.Approval.Approver = r.Position
		b.Approval.History = append(b.Approval.History, riskassess.DecisionRecord{Status: riskassess.StatusRetired, Approver: r.Position, On: r.On, Note: r.Reason})
	}
}

// ReplacedReview returns the last_reviewed of e that a review on date on
// replaces and that its record must keep (ReviewRecord.PreviousReview):
// last_reviewed when it is before on and no record of the review log is
// of that date (a review made before the log was kept); otherwise the
// zero Date. Without it the earlier review would be lost from the file,
// and as of a date before on the entry would read as never reviewed.
func ReplacedReview(e riskassess.Entry, on riskassess.Date) riskassess.Date {
	b := e.Base()
	lr := b.LastReviewed
	if lr.IsZero() || !lr.Before(on) {
		return riskassess.Date{}
	}
	for i := range b.Reviews {
		if b.Reviews[i].On == lr {
			return riskassess.Date{}
		}
	}
	return lr
}

// PriorDecision returns the decision approval a holds now (its status,
// approver, decided_on and valid_until, with its conditions as the note, as the 承認記録
// page shows it) as a history record, and true when that decision is dated
// and approval.history does not hold it yet. A retirement overwrites
// status, approver and decided_on: without this record the approval it
// ends would vanish from the entry, the 承認記録 page and diff.
func PriorDecision(a riskassess.Approval) (riskassess.DecisionRecord, bool) {
	if a.DecidedOn.IsZero() || a.Status == "" {
		return riskassess.DecisionRecord{}, false
	}
	for _, h := range a.History {
		if h.On == a.DecidedOn && h.Status == a.Status {
			return riskassess.DecisionRecord{}, false
		}
	}
	return riskassess.DecisionRecord{Status: a.Status, Approver: a.Approver, On: a.DecidedOn, ValidUntil: a.ValidUntil, Note: strings.Join(a.Conditions, " / ")}, true
}

// Logged reports whether the last record of e's review log (the review
// in force, riskassess.LatestReview) is r: the same date, position,
// person, outcome and reason (the residual risk and decision recorded
// with it are not compared: they are the assessment at the time, not what
// was reviewed). A command run twice finds its first record this way and
// adds no second one. An earlier record equal to r does not count: r
// repeated after another review (変更なし, then 再評価した, then 変更なし
// again) is a new review that puts its outcome back in force.
func Logged(e riskassess.Entry, r riskassess.ReviewRecord) bool {
	l, ok := riskassess.LatestReview(e)
	return ok && l.On == r.On && l.Position == r.Position && l.Person == r.Person && l.Outcome == r.Outcome && l.Reason == r.Reason
}

// CheckReview returns why review r cannot be recorded in e, or the zero
// Text when it can: a required field is empty, the outcome is unknown, the
// date is before the latest review already logged (the log is kept in date
// order), the entry is already retired (a record is not reviewed), or r
// retires the entry on a date before the latest decision of its approval
// (decided_on or a record of approval.history). The
// references to the position and the person are checked by the loader
// after the edit.
func CheckReview(e riskassess.Entry, r riskassess.ReviewRecord) riskassess.Text {
	switch {
	case r.On.IsZero():
		return riskassess.T("見直しの日付がありません（--date 2026-12-01 の形で指定してください）", "the review has no date (give --date as 2026-12-01)")
	case r.Position == "":
		return riskassess.T("見直した人の役職がありません（register.yaml の役職 ID を指定してください）", "the reviewer's position is missing (give a position id of register.yaml)")
	case r.Person == "":
		return riskassess.T("見直した人がいません（register.yaml の職員 ID を指定してください）", "the reviewer is missing (give a person id of register.yaml)")
	case !r.Outcome.Valid() || r.Outcome == "":
		return riskassess.T("見直しの結果 "+string(r.Outcome)+" は使えません。still-valid・rescored・conditions-changed・retired のいずれかにしてください",
			"the outcome "+string(r.Outcome)+" is not one of still-valid, rescored, conditions-changed, retired")
	case r.Reason == "":
		return riskassess.T("見直しの理由がありません（--reason で書いてください）", "the review has no reason (write it with --reason)")
	}
	if last, ok := riskassess.LatestReview(e); ok && r.On.Before(last.On) {
		return riskassess.T("見直しの日付 "+r.On.String()+" が、記録済みの最新の見直し（"+last.On.String()+"）より前です。見直しの記録は日付順です",
			"the review date "+r.On.String()+" is before the latest review logged ("+last.On.String()+"); the log is kept in date order")
	}
	// Without a log, last_reviewed is the last review: an earlier review
	// would move it back and lose the later date from the file.
	if lr := e.Base().LastReviewed; !lr.IsZero() && r.On.Before(lr) {
		return riskassess.T("見直しの日付 "+r.On.String()+" が、台帳の前回の見直し日（last_reviewed: "+lr.String()+"）より前です。前回の見直し日が失われるため記録しません",
			"the review date "+r.On.String()+" is before the last review date in the register (last_reviewed: "+lr.String()+"); recording it would lose that date")
	}
	if riskassess.Retired(e) {
		return riskassess.T("このエントリは廃止済みです。廃止の記録は見直しません", "this entry is retired; a retired record is not reviewed")
	}
	// A retirement becomes the latest decision (decided_on, the last
	// record of approval.history): one dated before a decision already
	// recorded would put that decision after it, which the loader refuses.
	if r.Outcome == riskassess.ReviewRetired {
		a := &e.Base().Approval
		last := a.DecidedOn
		for _, h := range a.History {
			if h.On.After(last) {
				last = h.On
			}
		}
		if r.On.Before(last) {
			return riskassess.T("廃止の日付 "+r.On.String()+" が、記録済みの最新の決裁（"+last.String()+"）より前です。廃止はその後の日付で記録してください",
				"the retirement date "+r.On.String()+" is before the latest decision recorded ("+last.String()+"); record the retirement on or after it")
		}
	}
	return riskassess.Text{}
}
