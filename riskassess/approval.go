package riskassess

import (
	"slices"
	"strconv"
)

// Signature is one sign-off of an approval (one stamp of the 決裁 form):
// the position that signed and, when recorded, the person and the day.
type Signature struct {
	// Position is the position id that signed.
	Position string `yaml:"position" json:"position"`
	// Person is the person id who signed, if recorded.
	Person string `yaml:"person,omitempty" json:"person,omitempty"`
	// On is the day of the sign-off, if recorded.
	On Date `yaml:"on,omitempty" json:"on,omitzero"`
	// Acting records that Person signed for Position without holding it
	// in people: as a deputy deciding in the holder's stead (代決・職務代理)
	// or in a concurrent post people does not record (兼務). The person
	// must still be in post, in any position, on the day of the sign-off.
	Acting bool `yaml:"acting,omitempty" json:"acting,omitempty"`
}

// SignOffs returns the sign-offs of a: its Signatures in order, then the
// approver (the position that took the decision, on DecidedOn) when no
// signature names that position. An approval written before signatures
// existed ("approver: kacho") thus counts as one sign-off by its approver.
func (a *Approval) SignOffs() []Signature {
	out := slices.Clone(a.Signatures)
	if a.Approver != "" && !slices.ContainsFunc(out, func(s Signature) bool { return s.Position == a.Approver }) {
		out = append(out, Signature{Position: a.Approver, On: a.DecidedOn})
	}
	return out
}

// Signed reports whether the approval status records a decision that the
// approval chain applies to: approved or conditional. Draft, requested,
// rejected, suspended and retired entries have no approval to check.
func (s ApprovalStatus) Signed() bool { return s == StatusApproved || s == StatusConditional }

// RouteStep is one step of an entry's approval route (決裁ルート).
type RouteStep struct {
	// Step is the step of the approval chain.
	Step ApprovalStep `json:"step"`
	// Required is true when the step applies at the entry's residual risk
	// (its min_risk is reached, or it has none).
	Required bool `json:"required"`
	// Signed is true when the approval has a sign-off of the step's
	// position; Signature is that sign-off.
	Signed    bool      `json:"signed"`
	Signature Signature `json:"signature,omitzero"`
}

// Missing reports whether the step is required and not signed.
func (s RouteStep) Missing() bool { return s.Required && !s.Signed }

// ApprovalRoute returns the approval route (決裁ルート) of e at residual
// risk level residual: every step of org.ApprovalChain defined for e's kind
// (steps whose kinds do not include it are left out), in chain order, with
// whether it is required and whether the approval of e has a sign-off of its
// position (Approval.SignOffs). One sign-off of a position satisfies every
// step of that position.
//
// A step with min_risk is required when residual is at least min_risk; when
// residual is not a known level (empty) every such step counts as required,
// so that an unknown level never drops a signature from the route. The
// route says nothing about the approval's status: callers check
// ApprovalStatus.Signed before treating a missing step as a fault.
func ApprovalRoute(org *Organisation, e Entry, residual RiskLevel) []RouteStep {
	return AppendApprovalRoute(nil, org, e, residual)
}

// AppendApprovalRoute appends the steps of ApprovalRoute(org, e, residual)
// to dst and returns the extended slice (dst itself, nil or not, when no
// step is defined for e), so that a caller that only reads the route can
// build it in a buffer of its own.
func AppendApprovalRoute(dst []RouteStep, org *Organisation, e Entry, residual RiskLevel) []RouteStep {
	if org == nil || len(org.ApprovalChain) == 0 {
		return dst
	}
	a := &e.Base().Approval
	kind := e.Kind()
	for _, st := range org.ApprovalChain {
		if len(st.Kinds) > 0 && !slices.Contains(st.Kinds, kind) {
			continue
		}
		rs := RouteStep{Step: st, Required: true}
		if st.MinRisk != "" && residual.Rank() > 0 {
			rs.Required = residual.Rank() >= st.MinRisk.Rank()
		}
		rs.Signature, rs.Signed = a.signOff(st.Position)
		dst = append(dst, rs)
	}
	return dst
}

// signOff returns the first of a.SignOffs() by position, without building
// the list: a's first signature of that position, else the approver's on
// DecidedOn when position is the approver; ok is false when there is none.
func (a *Approval) signOff(position string) (s Signature, ok bool) {
	for _, s := range a.Signatures {
		if s.Position == position {
			return s, true
		}
	}
	if a.Approver != "" && a.Approver == position {
		return Signature{Position: a.Approver, On: a.DecidedOn}, true
	}
	return Signature{}, false
}

// InForceOn returns the decision in force on day d: a itself, unless it
// was decided after d (docs/scoring.md: a date after the as-of date had not
// come by then); then the latest decision of a.History by d, with its
// status, approver, date and valid_until only, or the zero Approval (no
// status) when the history has none. A request or draft recorded as a
// itself (a renewal applied for, not yet decided) leaves the approval of
// the history before it in force, as one recorded in the history does
// (latestDecisionBy), with a's valid_until (kept from the approval it
// renews) as its expiry, passed or not, or, when a has none, the
// valid_until of that approval's history record, and, for a conditional
// approval, a's conditions; a request after a suspension leaves the
// suspension in force; one written without decided_on whose history dates
// it after d (RequestedOn) had not been made: the history by d is the
// state then. A retirement after d whose approval record in the
// history has no valid_until (written before history records had one)
// gives it the valid_until (and conditions) kept on the retirement. A
// zero d means a itself.
func (a Approval) InForceOn(d Date) Approval {
	in, _ := a.inForceOn(d)
	return in
}

// ValidUntilOn returns the valid_until of the decision in force on d
// (InForceOn) and the field of the entry it is read from
// ("approval.valid_until" or "approval.history[2].valid_until"), or a
// zero Date when that decision has none recorded. The approval's own
// valid_until counts whenever a was decided by d (a zero d: always).
func (a Approval) ValidUntilOn(d Date) (Date, string) {
	if (d.IsZero() || !a.DecidedOn.After(d)) && !a.ValidUntil.IsZero() {
		return a.ValidUntil, "approval.valid_until"
	}
	in, i := a.inForceOn(d)
	switch {
	case in.ValidUntil.IsZero():
		return Date{}, ""
	case i < 0:
		return in.ValidUntil, "approval.valid_until"
	}
	return in.ValidUntil, "approval.history[" + strconv.Itoa(i) + "].valid_until"
}

// inForceOn is InForceOn, with the index in a.History of the record whose
// valid_until the decision returned carries, or -1 (a's own, or none).
func (a Approval) inForceOn(d Date) (Approval, int) {
	if d.IsZero() {
		return a, -1
	}
	if !a.DecidedOn.After(d) {
		if !isRequest(a.Status) {
			return a, -1
		}
		if i := a.latestDecisionBy(d); i >= 0 && a.History[i].Status.Signed() {
			// The request keeps the renewed approval's valid_until:
			// that approval's expiry. Once it has passed, the approval
			// reads as one recorded as approved whose valid_until has
			// passed (承認の有効期限切れ, CLD-35 not met), not as
			// nothing approved. A request written without one leaves
			// the expiry recorded with the approval in the history. So
			// do the conditions kept on it, of a conditional approval:
			// they still bind.
			h := a.History[i]
			in := Approval{Status: h.Status, Approver: h.Approver, DecidedOn: h.On, ValidUntil: a.ValidUntil}
			if h.Status == StatusConditional {
				in.Conditions = a.Conditions
			}
			if a.ValidUntil.IsZero() && !h.ValidUntil.IsZero() {
				in.ValidUntil = h.ValidUntil
				return in, i
			}
			return in, -1
		} else if i >= 0 && a.History[i].Status == StatusSuspended {
			// A request to resume: the suspension stands until decided.
			h := a.History[i]
			return Approval{Status: h.Status, Approver: h.Approver, DecidedOn: h.On}, -1
		} else if a.DecidedOn.IsZero() && a.RequestedOn().After(d) {
			// A request (or draft) written without decided_on whose
			// history dates it after d had not been made then: the
			// history by d is the state (申請中 only from its date).
			if i < 0 {
				return Approval{}, -1
			}
			h := a.History[i]
			return Approval{Status: h.Status, Approver: h.Approver, DecidedOn: h.On, ValidUntil: h.ValidUntil}, i
		}
		return a, -1
	}
	if i := a.latestDecisionBy(d); i >= 0 {
		h := a.History[i]
		in := Approval{Status: h.Status, Approver: h.Approver, DecidedOn: h.On, ValidUntil: h.ValidUntil}
		if a.Status == StatusRetired && h.Status.Signed() && a.endedBy(i) {
			// A retirement keeps the valid_until (and conditions) of
			// the approval it ends (review --outcome retired; an
			// expired approval may be retired later): that
			// approval's expiry, passed or not, when its history
			// record has none, and its conditions whether or not
			// the record has a valid_until (review writes one).
			if h.Status == StatusConditional {
				in.Conditions = a.Conditions
			}
			if in.ValidUntil.IsZero() {
				in.ValidUntil = a.ValidUntil
				return in, -1
			}
		}
		return in, i
	}
	return Approval{}, -1
}

// RenewedRecord returns the index in a.History of the approval (approved
// or conditional) a request or draft recorded as a itself renews: the
// latest dated one of the history (the last of equal dates, whatever the
// order of the list), or -1 when the history has none. A valid_until kept
// on the request is read as that approval's expiry (InForceOn), so the
// store refuses one that differs from the valid_until of its record, or
// one kept where the history records no approval: there it read as the
// expiry of an approval the register does not hold (a period applied
// for shown as an approval valid until then).
func (a Approval) RenewedRecord() int {
	return a.latest(func(h DecisionRecord) bool { return h.Status.Signed() })
}

// RequestedOn returns the date of a request or draft recorded as a itself
// without decided_on: that of the latest record of a.History (the last of
// equal dates) when it is a request or draft. It is zero when a is a
// decision, has a decided_on, or its history dates no request last.
func (a Approval) RequestedOn() Date {
	if !isRequest(a.Status) || !a.DecidedOn.IsZero() {
		return Date{}
	}
	at := a.latest(func(DecisionRecord) bool { return true })
	if at < 0 || !isRequest(a.History[at].Status) {
		return Date{}
	}
	return a.History[at].On
}

// endedBy reports whether a.History[i] is the last decision (not a request
// or draft) before a.DecidedOn: the one a's own decision ended.
func (a Approval) endedBy(i int) bool {
	h := a.History[i]
	for k, r := range a.History {
		if k != i && !isRequest(r.Status) &&
			(r.On.After(h.On) || r.On == h.On && k > i) && r.On.Before(a.DecidedOn) {
			return false
		}
	}
	return h.On.Before(a.DecidedOn)
}

// LapsedOn reports whether a is an approval (approved or conditional)
// whose valid_until is before d: past its expiry, not in force on d
// (承認の有効期限切れ). A zero valid_until never lapses.
func (a Approval) LapsedOn(d Date) bool {
	return a.Status.Signed() && !a.ValidUntil.IsZero() && a.ValidUntil.Before(d)
}

// RenewingOn reports whether on d (not zero) the approval recorded is a
// request (or draft) to renew an approval that stays in force until the
// request is decided: InForceOn(d) returns that approval, from the history.
func (a Approval) RenewingOn(d Date) bool {
	return !d.IsZero() && !a.DecidedOn.After(d) && !a.Status.Signed() && a.InForceOn(d).Status.Signed()
}

// latestDecidedBy returns the index in a.History of the latest decision
// dated by d (the last of equal dates) that is not a request or a draft,
// or -1: the last time the approver decided on the entry.
func (a Approval) latestDecidedBy(d Date) int { return a.latestBy(d, isRequest) }

// latestDecisionBy returns the index in a.History of the latest decision
// dated by d (the last of equal dates), or -1. A request (requested) or a
// draft dated after an approval (approved, conditional) or a suspension
// does not displace it: applying to renew an approval leaves the approval
// in force until the renewal is decided, and applying to resume leaves the
// suspension (an account kept, and listed, as the council's). After a
// rejection or retirement the request is the state.
func (a Approval) latestDecisionBy(d Date) int {
	at := a.latestBy(d, func(ApprovalStatus) bool { return false })
	if at >= 0 && isRequest(a.History[at].Status) {
		if j := a.latestDecidedBy(d); j >= 0 && (a.History[j].Status.Signed() || a.History[j].Status == StatusSuspended) {
			return j
		}
	}
	return at
}

// latestBy returns the index in a.History of the latest record dated by d
// (the last of equal dates) whose status skip does not leave out, or -1.
func (a Approval) latestBy(d Date, skip func(ApprovalStatus) bool) int {
	return a.latest(func(h DecisionRecord) bool { return !h.On.After(d) && !skip(h.Status) })
}

// latest returns the index in a.History of the latest dated record (the
// last of equal dates, whatever the order of the list) that keep keeps,
// or -1.
func (a Approval) latest(keep func(DecisionRecord) bool) int {
	at := -1
	for i, h := range a.History {
		if !h.On.IsZero() && keep(h) && (at < 0 || !h.On.Before(a.History[at].On)) {
			at = i
		}
	}
	return at
}

// isRequest reports whether s is a request or a draft: an application, not
// a decision.
func isRequest(s ApprovalStatus) bool { return s == StatusRequested || s == StatusDraft }
