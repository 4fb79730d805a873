package riskassess

import "sync"

// Assessor returns a function that assesses one entry of an organisation
// against reqs as of a date, exactly as Assess (and AssessAll) would, for
// a caller that assesses entries one at a time and keeps few of the
// results: the requirements are sorted and their finding specs and
// approval conditions built once, here, and shared by every assessment
// the function makes (Assess builds them again on every call, and each of
// its results holds a copy). Each assessment's findings, due items,
// blockers, finding dates and texts are allocated on their own, so that
// one kept assessment holds no other's (AssessAll cuts them from shared
// blocks); only the provenances of register fields are shared, one per
// field, and a short message made by JoinText (the catalogue's) may share
// a 4 KB block with other texts (see JoinText).
//
// The function is safe for concurrent use; Requirement Applies and Check
// functions and blocker rules are then called concurrently, as AssessAll
// does. Assessor returns the errors of Assess (ErrNoRequirements, a
// requirement without ID, severity or kind, two with one ID, an invalid Matrix or
// Thresholds, ErrNoBlockers, a blocker rule without Check, ErrDueOff,
// ErrOrgSetting: CheckOrganisation) before anything is assessed. The function panics with an error wrapping ErrAsOf when asOf
// is the zero Date or not a day of the calendar, and with an error wrapping
// ErrEntryValue when e has a field whose value CheckEntry refuses (or
// ErrNilEntry when e is nil), where
// Assess returns that error: it has no error to return, and an assessment
// as of no date, or of a value read as no value, would be a plausible
// wrong answer.
func (sc Scorer) Assessor(org *Organisation, reqs []Requirement) (func(e Entry, asOf Date) Assessment, error) {
	org = orZero(org)
	if err := sc.check(reqs); err != nil {
		return nil, err
	}
	if err := CheckOrganisation(org); err != nil {
		return nil, err
	}
	// A run prepared as for many entries (the approval conditions built
	// once), whose slices are allocated one by one.
	r := newRun(&sc, org, reqs, 2)
	r.allocateEach()
	// Each goroutine assesses with a run of its own (its caches and
	// scratch), forked from r.
	runs := sync.Pool{New: func() any { return r.fork() }}
	return func(e Entry, asOf Date) Assessment {
		if err := checkAsOf(asOf); err != nil {
			panic(err)
		}
		if err := checkEntry(&r.scheme, e); err != nil {
			panic(err)
		}
		w := runs.Get().(*run)
		defer runs.Put(w)
		return w.assess(e, asOf)
	}, nil
}
