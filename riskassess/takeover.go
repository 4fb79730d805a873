package riskassess

import (
	"strconv"
	"strings"
)

// PasswordTakeover is a credential custodian or operator of a social
// account who took it over after its password was last changed
// (Social.PasswordTakeoverOn).
type PasswordTakeover struct {
	// ID is the person's id as the account names them (trimmed) and Field
	// the path that names them: "credential_custodian" or "operators[i]".
	ID, Field string
	// Person is the person register.yaml lists under ID.
	Person *Person
	// From is the day they took the account over, when the password was
	// next due: the first day of the unbroken run of their postings on the
	// line (the current posting and those in previous, one holding the
	// day before the next's from) that covers the as-of date, so a
	// promotion within the line after they came onto it keeps the day
	// they came; the as-of date when people does not date it, or dates it
	// after the as-of date.
	From Date
	// HeldThen is true when they held a post on the day of the change, off
	// the line they are judged on (the account's, or their own for someone
	// of another division); false when people records none on that day
	// (they came after it, unless previous lacks their earlier post).
	HeldThen bool
	// Left is true when the person did not take the account over but
	// left it: still named on it, they held their last post on the
	// account's line after the change and hold none on it on the as-of
	// date (moved off the line, or out of the organisation). From is then
	// the day after that last day (Until of the posting, in people; else
	// the from of the post they moved to; else the as-of date), when the
	// password they know had to be changed.
	Left bool
	// LastDay is, for one who left, their last day on the line; zero
	// when people does not give it (From is then the as-of date).
	LastDay Date
}

// PasswordTakeoverOn returns who took account a over after its password
// was last changed on changed (LastDone: password_changed_on, else the
// council's answer), by org's people on asOf: the first of the credential
// custodian and then the operators, in that order, who holds a post on
// asOf and held none on its line on the day of the change. The line is
// the account's (StaffSection; Organisation.SameLine) for someone on it on
// asOf, else, for someone of another division named on purpose (who never
// held a post on the account's line), the line of their own post on asOf;
// a person with no post on the day of the change took over either way.
// Such a person was handed a password their predecessor still knows, and
// the requirement changes it when those in charge change (担当者の異動時)
// as well as yearly: the change is due on their PasswordTakeover.From.
// This is the one rule of the catalogue's SNS-14 and of the password's due
// item (DueItems, DuePassword), which are dated alike.
//
// A credential custodian or operator still named on the account who left
// its line after the change (Left: their last post on it ended on or
// after the day of the change and before asOf, by the until of that
// posting in people) is a change of those in charge as well: they still
// know the password. The earliest of the takeovers and departures is
// returned. A departure whose last day on the line people does not give
// (no until in previous) is not known
// when it happened: one to a post people dates (from) left on that day,
// one people does not date at all is due on asOf, as a takeover people
// does not date (SNS-04, SNS-20 and validate report the person too).
//
// ok is false when nobody took over or left so; when changed is zero or after
// asOf, or more than 12 months before it (the yearly change is due first:
// SNS-14 is not met and the due item dated on its yearly date); when org
// lists no people (nothing is known of changes); and for a person not
// listed, not in post on asOf, or moved off the account's line by then
// (Person.MovedOffLine: a post on the line in previous; SNS-04, SNS-20
// and validate report them), unless they left after the change, above. A
// promotion within the section or a move from a section above or below on
// the line is no takeover.
func (a *Social) PasswordTakeoverOn(org *Organisation, changed, asOf Date) (t PasswordTakeover, ok bool) {
	if org == nil || len(org.People) == 0 || changed.IsZero() || changed.After(asOf) || changed.AddMonths(12).Before(asOf) {
		return t, false
	}
	line := a.StaffSection()
	// check reports whether the person named id (operator i, or the
	// custodian when i < 0) took over; the path is built only then.
	check := func(id string, i int) bool {
		p := org.Person(id)
		if p == nil {
			return false
		}
		now, _, in := p.PostOn(asOf)
		if !in || p.MovedOffLine(org, line, asOf) {
			return false // not in post, or moved off the line: SNS-04, SNS-20 and validate
		}
		// Someone of another division named on purpose is judged on the
		// line of their own post.
		own := line
		if own != "" && !org.SameLine(now, own) {
			own = now
		}
		onLine := func(sec string) bool { return own == "" || org.SameLine(sec, own) }
		then, _, held := p.PostOn(changed)
		if held && onLine(then) {
			return false
		}
		from := p.lineFrom(asOf, onLine)
		if from.IsZero() || from.After(asOf) { // not dated by people: due now
			from = asOf
		}
		field := "credential_custodian"
		if i >= 0 {
			field = "operators[" + strconv.Itoa(i) + "]"
		}
		t = PasswordTakeover{ID: id, Field: field, Person: p, From: from, HeldThen: held}
		return true
	}
	// left returns, for the person named id (operator i, or the custodian
	// when i < 0) who holds no post on the account's line on asOf, the
	// departure: the day after their last dated day on it, when that was
	// on or after the day of the change.
	left := func(id string, i int) (PasswordTakeover, bool) {
		p := org.Person(id)
		if p == nil {
			return PasswordTakeover{}, false
		}
		if _, _, in := p.PostOn(asOf); in && !p.MovedOffLine(org, line, asOf) {
			return PasswordTakeover{}, false // on the line, or of another division named on purpose
		}
		var last Date
		consider := func(sec string, until Date) {
			if !until.IsZero() && until.Before(asOf) && !until.Before(changed) && until.After(last) && (line == "" || org.SameLine(sec, line)) {
				last = until
			}
		}
		consider(p.Section, p.Until)
		undated := false
		for _, q := range p.Previous {
			consider(q.Section, q.Until)
			undated = undated || q.Until.IsZero() && (line == "" || org.SameLine(q.Section, line))
		}
		field := "credential_custodian"
		if i >= 0 {
			field = "operators[" + strconv.Itoa(i) + "]"
		}
		t := PasswordTakeover{ID: id, Field: field, Person: p, Left: true}
		switch {
		case !last.IsZero():
			t.LastDay, t.From = last, last.AddDays(1)
		case undated && p.HoldsOn(asOf) && !p.From.IsZero():
			// Moved off the line to a post people dates, from the day
			// that posting began.
			if !p.From.After(changed) || p.From.After(asOf) {
				return PasswordTakeover{}, false
			}
			t.LastDay, t.From = p.From.AddDays(-1), p.From
		case undated && p.HoldsOn(asOf):
			// Moved off the line on a day people does not give: not
			// known to be before the change, so due now (as a takeover
			// people does not date).
			t.From = asOf
		default:
			return PasswordTakeover{}, false
		}
		return t, true
	}
	took := false
	if id := strings.TrimSpace(a.CredentialCustodian); id != "" && check(id, -1) {
		took = true
	}
	for i, id := range a.Operators {
		if took {
			break
		}
		took = check(strings.TrimSpace(id), i)
	}
	// The earliest departure, when before the takeover (or there is none).
	var gone PasswordTakeover
	consider := func(id string, i int) {
		if g, ok := left(id, i); ok && (gone.ID == "" || g.From.Before(gone.From)) {
			gone = g
		}
	}
	if id := strings.TrimSpace(a.CredentialCustodian); id != "" {
		consider(id, -1)
	}
	for i, id := range a.Operators {
		if id = strings.TrimSpace(id); id != "" {
			consider(id, i)
		}
	}
	switch {
	case gone.ID != "" && (!took || gone.From.Before(t.From)):
		return gone, true
	case took:
		return t, true
	}
	return PasswordTakeover{}, false
}

// lineFrom returns the first day of the unbroken run of p's postings on
// the line (onLine) that covers d: the from of the posting held on d
// (PostOn's), moved back to the from of each posting on the line that
// holds the day before, so that a promotion or a move within the line
// after the person came onto it does not move the day later. An undated
// posting before ends the run at the dated one after it; zero when no
// posting covers d or it is not dated.
func (p *Person) lineFrom(d Date, onLine func(string) bool) Date {
	from, _ := p.postingFrom(d, onLine)
	for !from.IsZero() {
		f, ok := p.postingFrom(from.AddDays(-1), onLine)
		if !ok || f.IsZero() || !f.Before(from) {
			break
		}
		from = f
	}
	return from
}

// postingFrom returns the first day of p's posting that covers d (the
// current posting, else the first of previous, as PostOn reads it) when
// it is on the line (onLine); ok is false when none covers d or it is off
// the line. The day is zero when the posting is not dated.
func (p *Person) postingFrom(d Date, onLine func(string) bool) (from Date, ok bool) {
	if p.HoldsOn(d) {
		return p.From, onLine(p.Section)
	}
	for _, q := range p.Previous {
		if covers(q.From, q.Until, d) {
			return q.From, onLine(q.Section)
		}
	}
	return Date{}, false
}
