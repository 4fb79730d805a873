package riskassess

import (
	"fmt"
	"strconv"
)

// MaxYear is the last year a date of an entry may have: the store
// (riskassess/load) refuses a later one in a register file
// (out-of-range), and CheckEntry in an entry built in Go. No contract,
// approval, certificate or review of a council's register today runs into
// the 22nd century, so a later year is a slip (2926 for 2026, 9999-12-31
// for "no end"), and every validity it ends (approval, certificate, ISMAP
// listing, contract) would count as in force for centuries with no word
// said. The bound is a fixed year, not a span from today or from the as-of
// date, so a register loads the same on any day.
const MaxYear = 2099

// DateRule names a pair of an entry's dates that must come in order
// (DateOrder).
type DateRule int

// The pairs of dates EntryDateOrders gives. The path of each field is
// DateOrder.Paths'; I is the index of the record in its list.
const (
	// approval.decided_on, approval.valid_until: an approval does not end
	// before it is decided, except a retirement, which is often decided
	// once the approval it ends has expired (riskregister review
	// --outcome retired keeps its valid_until).
	DateApprovalValidity DateRule = iota
	// approval.history[I].on, approval.history[I].valid_until: the same
	// for a record of the history (a retirement aside).
	DateHistoryValidity
	// approval.history[I].on, approval.decided_on: the history holds the
	// decisions before the one in force; a later one there (a rejection
	// recorded only in the history) was ignored.
	DateHistoryBeforeDecision
	// approval.signatures[I].on, approval.decided_on: a decision is signed
	// off up to the day it is taken; APR-01 counted a later sign-off as
	// given once the as-of date passed it.
	DateSignatureBeforeDecision
	// rounds[I].sent_on, rounds[I].reply_due.
	DateRoundReplyDue
	// rounds[I].sent_on, rounds[I].returned_on.
	DateRoundReturned
	// rounds[I].sent_on, rounds[I].imported_on.
	DateRoundImported
	// contracts[I].from, contracts[I].to: a contract ending before it
	// begins counted as ended (no longer live).
	DateContractEnd
	// contracts[I].from, contracts[I].data_returned_on: data returned
	// before the contract began are another contract's (a block copied
	// for a renewal keeps the old date); read as this one's, OUT-39 was
	// met and the contract stopped counting as live once it ended.
	DateContractDataReturned
	// remediation[I].raised_on, remediation[I].due.
	DateRemediationDue
	// remediation[I].raised_on, remediation[I].closed_on.
	DateRemediationClosed
	// certifications[I].obtained_on, certifications[I].valid_until.
	DateCertValidity
	// reviews[I-1].on, reviews[I].on (I ≥ 1): the review log is kept
	// oldest first; its last record is the latest review (LatestReview),
	// which ReviewOf counts when last_reviewed is after the as-of date.
	// The store refuses a record out of order as review-log.
	DateReviewLog
	// reviews[I].previous_review, reviews[I].on: the last review date a
	// review replaced (ReviewRecord.PreviousReview) is strictly before
	// it, and only the log's first record (I = 0) holds one: a later
	// record replaced the date of the record before it (OutOfOrder). The
	// store refuses one that is not as review-log.
	DatePreviousReview
)

// dateRulePaths are the two fields of each DateRule: the list (with I)
// or "" for a field of the entry's root, then the earlier and the later
// field's keys in it, the later in root when rootLater.
var dateRulePaths = [...]struct {
	list, earlier, later string
	rootLater            bool
}{
	DateApprovalValidity:        {"", "decided_on", "valid_until", false},
	DateHistoryValidity:         {"history", "on", "valid_until", false},
	DateHistoryBeforeDecision:   {"history", "on", "decided_on", true},
	DateSignatureBeforeDecision: {"signatures", "on", "decided_on", true},
	DateRoundReplyDue:           {"rounds", "sent_on", "reply_due", false},
	DateRoundReturned:           {"rounds", "sent_on", "returned_on", false},
	DateRoundImported:           {"rounds", "sent_on", "imported_on", false},
	DateContractEnd:             {"contracts", "from", "to", false},
	DateContractDataReturned:    {"contracts", "from", "data_returned_on", false},
	DateRemediationDue:          {"remediation", "raised_on", "due", false},
	DateRemediationClosed:       {"remediation", "raised_on", "closed_on", false},
	DateCertValidity:            {"certifications", "obtained_on", "valid_until", false},
	DateReviewLog:               {"reviews", "on", "on", false},
	DatePreviousReview:          {"reviews", "previous_review", "on", false},
}

// DateOrder is a pair of an entry's dates that must come in order: Later
// on or after Earlier when both are set (OutOfOrder).
type DateOrder struct {
	Rule DateRule
	// I is the index of the record in its list (Paths); for
	// DateReviewLog, of the later record (the earlier is I-1).
	I              int
	Earlier, Later Date
}

// OutOfOrder reports whether both dates are set and Later is before
// Earlier (for DatePreviousReview, not after it, or Earlier set on a
// record other than the first, I > 0): the store refuses the entry
// (bad-value; review-log for DateReviewLog and DatePreviousReview), and
// CheckEntry with ErrEntryValue.
func (o DateOrder) OutOfOrder() bool {
	if o.Rule == DatePreviousReview {
		return !o.Earlier.IsZero() && (o.I > 0 || !o.Later.IsZero() && !o.Later.After(o.Earlier))
	}
	return !o.Earlier.IsZero() && !o.Later.IsZero() && o.Later.Before(o.Earlier)
}

// Paths returns the paths of the earlier and the later field in the
// entry's YAML file, as keys (string) and indices (int) from its root
// (approval, signatures, 0, on).
func (o DateOrder) Paths() (earlier, later []any) {
	r := dateRulePaths[o.Rule]
	var base []any
	switch {
	case o.Rule <= DateSignatureBeforeDecision:
		base = []any{"approval"}
		if r.list != "" {
			base = append(base, r.list, o.I)
		}
	default:
		base = []any{r.list, o.I}
	}
	if o.Rule == DateReviewLog {
		return []any{r.list, o.I - 1, r.earlier}, append(base, r.later)
	}
	earlier = append(base[:len(base):len(base)], r.earlier)
	if r.rootLater {
		return earlier, []any{"approval", r.later}
	}
	return earlier, append(base[:len(base):len(base)], r.later)
}

// EntryDateOrders calls yield for each pair of e's dates that must come in
// order (DateOrder), in the entry's field order, until yield returns
// false. It is the one list of these rules: the store refuses an entry
// file with a pair out of order (OutOfOrder) at the later field
// (DateHistoryBeforeDecision and DateSignatureBeforeDecision at the
// earlier, the history record or the sign-off), as bad-value (DateReviewLog
// as review-log), and CheckEntry an entry built in Go. e must not be nil.
func EntryDateOrders(e Entry, yield func(DateOrder) bool) {
	b := e.Base()
	a := &b.Approval
	// A retirement is decided after the approval it ends, often once
	// that approval has expired: only a decision in force must not end
	// before it is taken.
	if a.Status != StatusRetired && !yield(DateOrder{DateApprovalValidity, 0, a.DecidedOn, a.ValidUntil}) {
		return
	}
	for i := range a.Signatures {
		if !yield(DateOrder{DateSignatureBeforeDecision, i, a.Signatures[i].On, a.DecidedOn}) {
			return
		}
	}
	for i := range a.History {
		h := &a.History[i]
		if h.Status != StatusRetired && !yield(DateOrder{DateHistoryValidity, i, h.On, h.ValidUntil}) {
			return
		}
		if !yield(DateOrder{DateHistoryBeforeDecision, i, h.On, a.DecidedOn}) {
			return
		}
	}
	for i := range b.Reviews {
		if i > 0 && !yield(DateOrder{DateReviewLog, i, b.Reviews[i-1].On, b.Reviews[i].On}) {
			return
		}
		if !yield(DateOrder{DatePreviousReview, i, b.Reviews[i].PreviousReview, b.Reviews[i].On}) {
			return
		}
	}
	for i := range b.Rounds {
		r := &b.Rounds[i]
		if !yield(DateOrder{DateRoundReplyDue, i, r.SentOn, r.ReplyDue}) ||
			!yield(DateOrder{DateRoundReturned, i, r.SentOn, r.ReturnedOn}) ||
			!yield(DateOrder{DateRoundImported, i, r.SentOn, r.ImportedOn}) {
			return
		}
	}
	var certs []Certification
	switch x := e.(type) {
	case *Contractor:
		for i := range x.Contracts {
			c := &x.Contracts[i]
			if !yield(DateOrder{DateContractEnd, i, c.From, c.To}) ||
				!yield(DateOrder{DateContractDataReturned, i, c.From, c.DataReturnedOn}) {
				return
			}
		}
		for i := range x.Remediation {
			r := &x.Remediation[i]
			if !yield(DateOrder{DateRemediationDue, i, r.RaisedOn, r.Due}) ||
				!yield(DateOrder{DateRemediationClosed, i, r.RaisedOn, r.ClosedOn}) {
				return
			}
		}
		certs = x.Certifications
	case *Service:
		certs = x.Certifications
	}
	for i := range certs {
		if !yield(DateOrder{DateCertValidity, i, certs[i].ObtainedOn, certs[i].ValidUntil}) {
			return
		}
	}
}

// checkEntryDates returns the error wrapping ErrEntryValue for the first
// date of e after the year MaxYear, in the entry's field order, or else
// for the first pair of e's dates out of order (EntryDateOrders), or else
// for a last_reviewed that is not the date of the review log's latest
// record (Common.LastReviewedAgrees).
func checkEntryDates(e Entry) error {
	if err := checkLateDates(e); err != nil {
		return err
	}
	if err := checkDateOrders(e); err != nil {
		return err
	}
	if b := e.Base(); !b.LastReviewedAgrees() {
		last := b.Reviews[len(b.Reviews)-1].On
		return fmt.Errorf("%w: %s %q: last_reviewed %q is not the date of the latest review in reviews, %s (they are one record of the last review: write last_reviewed %s, or record the later review) / %s %s の last_reviewed（%q）が reviews の最新の見直し（%s）と違います（どちらも前回の見直しの記録です）",
			ErrEntryValue, e.Kind(), b.ID, b.LastReviewed, last, last,
			e.Kind().Label("ja"), b.ID, b.LastReviewed, last)
	}
	return nil
}

// checkDateOrders returns the error wrapping ErrEntryValue for the first
// pair of e's dates out of order (EntryDateOrders).
func checkDateOrders(e Entry) error {
	var bad DateOrder
	found := false
	EntryDateOrders(e, func(o DateOrder) bool {
		if o.OutOfOrder() {
			bad, found = o, true
			return false
		}
		return true
	})
	if !found {
		return nil
	}
	ep, lp := bad.Paths()
	ef, lf := fieldPath(ep), fieldPath(lp)
	if bad.Rule == DateHistoryBeforeDecision || bad.Rule == DateSignatureBeforeDecision {
		// Named at the record, as the store does: decided_on is the
		// decision in force.
		return fmt.Errorf("%w: %s %q: %s %s is after %s %s (a decision is signed off up to the day it is taken, and approval.history holds the earlier decisions) / %s %s の %s（%s）が %s（%s）より後です（決裁は決定の日までに行い、history は過去の決裁の記録です）",
			ErrEntryValue, e.Kind(), e.Base().ID, ef, bad.Earlier, lf, bad.Later,
			e.Kind().Label("ja"), e.Base().ID, ef, bad.Earlier, lf, bad.Later)
	}
	if bad.Rule == DatePreviousReview && bad.I > 0 {
		return fmt.Errorf("%w: %s %q: %s %s is on a record other than the first (only the log's first record replaced a last_reviewed no record holds; a later one replaced the record before it) / %s %s の %s（%s）は最初の記録以外にあります（記録にない前回の見直し日を置き換えるのは最初の記録だけです。後の記録はその前の記録を置き換えます）",
			ErrEntryValue, e.Kind(), e.Base().ID, ef, bad.Earlier,
			e.Kind().Label("ja"), e.Base().ID, ef, bad.Earlier)
	}
	if bad.Rule == DatePreviousReview {
		return fmt.Errorf("%w: %s %q: %s %s is not before %s %s (the last review date this review replaced is before it) / %s %s の %s（%s）が %s（%s）より前ではありません（この見直しで置き換えた前回の見直し日です）",
			ErrEntryValue, e.Kind(), e.Base().ID, ef, bad.Earlier, lf, bad.Later,
			e.Kind().Label("ja"), e.Base().ID, ef, bad.Earlier, lf, bad.Later)
	}
	return fmt.Errorf("%w: %s %q: %s %s is before %s %s (correct one of the two dates) / %s %s の %s（%s）が %s（%s）より前になっています（どちらかの日付を直してください）",
		ErrEntryValue, e.Kind(), e.Base().ID, lf, bad.Later, ef, bad.Earlier,
		e.Kind().Label("ja"), e.Base().ID, lf, bad.Later, ef, bad.Earlier)
}

// fieldPath writes a path of DateOrder.Paths as in the entry's YAML file
// (contracts[0].to).
func fieldPath(path []any) string {
	var s string
	for _, x := range path {
		switch x := x.(type) {
		case string:
			if s != "" {
				s += "."
			}
			s += x
		case int:
			s += "[" + strconv.Itoa(x) + "]"
		}
	}
	return s
}

// late reports whether d is after the year MaxYear.
func late(d Date) bool { return d.Year > MaxYear }

// checkLateDates returns the error wrapping ErrEntryValue for the first
// date of e after the year MaxYear, in the entry's field order.
// TestCheckEntryLateDates ties the fields checked to the entry types.
func checkLateDates(e Entry) error {
	b := e.Base()
	a := &b.Approval
	for i := range a.Signatures {
		if late(a.Signatures[i].On) {
			return lateDateError(e, a.Signatures[i].On, "approval.signatures[%d].on", i)
		}
	}
	if late(a.DecidedOn) {
		return lateDateError(e, a.DecidedOn, "approval.decided_on")
	}
	if late(a.ValidUntil) {
		return lateDateError(e, a.ValidUntil, "approval.valid_until")
	}
	for i := range a.History {
		if h := &a.History[i]; late(h.On) {
			return lateDateError(e, h.On, "approval.history[%d].on", i)
		} else if late(h.ValidUntil) {
			return lateDateError(e, h.ValidUntil, "approval.history[%d].valid_until", i)
		}
	}
	if late(b.ReviewDue) {
		return lateDateError(e, b.ReviewDue, "review_due")
	}
	if late(b.LastReviewed) {
		return lateDateError(e, b.LastReviewed, "last_reviewed")
	}
	for i := range b.Evidence {
		if late(b.Evidence[i].On) {
			return lateDateError(e, b.Evidence[i].On, "evidence[%d].on", i)
		}
	}
	for i := range b.Assessments {
		if r := &b.Assessments[i]; late(r.On) {
			return lateDateError(e, r.On, "assessments[%d].on", i)
		} else if late(r.Respondent.Date) {
			return lateDateError(e, r.Respondent.Date, "assessments[%d].respondent.date", i)
		}
	}
	for i := range b.Reviews {
		if late(b.Reviews[i].On) {
			return lateDateError(e, b.Reviews[i].On, "reviews[%d].on", i)
		} else if late(b.Reviews[i].PreviousReview) {
			return lateDateError(e, b.Reviews[i].PreviousReview, "reviews[%d].previous_review", i)
		}
	}
	for i := range b.Rounds {
		switch r := &b.Rounds[i]; {
		case late(r.SentOn):
			return lateDateError(e, r.SentOn, "rounds[%d].sent_on", i)
		case late(r.ReplyDue):
			return lateDateError(e, r.ReplyDue, "rounds[%d].reply_due", i)
		case late(r.ReturnedOn):
			return lateDateError(e, r.ReturnedOn, "rounds[%d].returned_on", i)
		case late(r.ImportedOn):
			return lateDateError(e, r.ImportedOn, "rounds[%d].imported_on", i)
		}
	}
	switch x := e.(type) {
	case *Contractor:
		for i := range x.Contracts {
			c := &x.Contracts[i]
			if late(c.From) {
				return lateDateError(e, c.From, "contracts[%d].from", i)
			}
			if late(c.To) {
				return lateDateError(e, c.To, "contracts[%d].to", i)
			}
			for j := range c.Subcontractors {
				if late(c.Subcontractors[j].ApprovedOn) {
					return lateDateError(e, c.Subcontractors[j].ApprovedOn, "contracts[%d].subcontractors[%d].approved_on", i, j)
				}
			}
			if late(c.DataReturnedOn) {
				return lateDateError(e, c.DataReturnedOn, "contracts[%d].data_returned_on", i)
			}
		}
		if err := checkLateCerts(e, x.Certifications); err != nil {
			return err
		}
		if late(x.LastConfirmed) {
			return lateDateError(e, x.LastConfirmed, "last_confirmed")
		}
		if late(x.LastOnsiteCheck) {
			return lateDateError(e, x.LastOnsiteCheck, "last_onsite_check")
		}
		for i := range x.Reports {
			if late(x.Reports[i].On) {
				return lateDateError(e, x.Reports[i].On, "reports[%d].on", i)
			}
		}
		if err := checkLateIncidents(e, x.Incidents); err != nil {
			return err
		}
		for i := range x.Remediation {
			switch r := &x.Remediation[i]; {
			case late(r.RaisedOn):
				return lateDateError(e, r.RaisedOn, "remediation[%d].raised_on", i)
			case late(r.Due):
				return lateDateError(e, r.Due, "remediation[%d].due", i)
			case late(r.ClosedOn):
				return lateDateError(e, r.ClosedOn, "remediation[%d].closed_on", i)
			}
		}
	case *Service:
		if late(x.ContractEnd) {
			return lateDateError(e, x.ContractEnd, "contract_end")
		}
		if x.ISMAP != nil && late(x.ISMAP.ValidUntil) {
			return lateDateError(e, x.ISMAP.ValidUntil, "ismap.valid_until")
		}
		if err := checkLateCerts(e, x.Certifications); err != nil {
			return err
		}
		if late(x.TermsCheckedOn) {
			return lateDateError(e, x.TermsCheckedOn, "terms_checked_on")
		}
		return checkLateIncidents(e, x.Incidents)
	case *Social:
		if late(x.PasswordChangedOn) {
			return lateDateError(e, x.PasswordChangedOn, "password_changed_on")
		}
		if late(x.TermsCheckedOn) {
			return lateDateError(e, x.TermsCheckedOn, "terms_checked_on")
		}
		if late(x.LastPost) {
			return lateDateError(e, x.LastPost, "last_post")
		}
	}
	return nil
}

// checkLateCerts is checkLateDates for certifications.
func checkLateCerts(e Entry, cs []Certification) error {
	for i := range cs {
		if late(cs[i].ObtainedOn) {
			return lateDateError(e, cs[i].ObtainedOn, "certifications[%d].obtained_on", i)
		}
		if late(cs[i].ValidUntil) {
			return lateDateError(e, cs[i].ValidUntil, "certifications[%d].valid_until", i)
		}
	}
	return nil
}

// checkLateIncidents is checkLateDates for incidents.
func checkLateIncidents(e Entry, is []Incident) error {
	for i := range is {
		switch r := &is[i]; {
		case late(r.On):
			return lateDateError(e, r.On, "incidents[%d].on", i)
		case late(r.ReportedOn):
			return lateDateError(e, r.ReportedOn, "incidents[%d].reported_on", i)
		case late(r.ClosedOn):
			return lateDateError(e, r.ClosedOn, "incidents[%d].closed_on", i)
		}
	}
	return nil
}

// lateDateError returns the error wrapping ErrEntryValue for e's date d
// after the year MaxYear at path (a format with the field's indices idx).
func lateDateError(e Entry, d Date, path string, idx ...int) error {
	args := make([]any, len(idx))
	for i, x := range idx {
		args[i] = x
	}
	field := fmt.Sprintf(path, args...)
	return fmt.Errorf("%w: %s %q: %s %s is after %d, the last year a register date may have (correct the year, a slip such as 2926 for 2026; for an end that is not fixed, leave the date out) / %s %s の %s（%s）は %d 年より後で、台帳の日付としてありえません（年を直してください（2026 を 2926 とする打ち間違いなど）。期限を定めない場合は日付を書かないでください）",
		ErrEntryValue, e.Kind(), e.Base().ID, field, d, MaxYear,
		e.Kind().Label("ja"), e.Base().ID, field, d, MaxYear)
}
