package report

import (
	"cmp"
	"iter"
	"slices"
	"strconv"
	"strings"
	"unicode"

	"github.com/gikai-sec/riskregister/riskassess"
)

// PlanItem is one dated item of a year plan: the due item and the name the
// plan shows for its entry.
type PlanItem struct {
	riskassess.DueItem
	// Name is the entry's name (the id when the entry is not in the
	// register).
	Name riskassess.Text `json:"name"`
	// Expected marks an item the register does not date itself: a later
	// turn of a recurring task (a review, a yearly task) that falls in the
	// year, counted from the turn the register dates (From) as if that
	// turn is done on its date, or on the as-of date when it is overdue
	// (see PlanYear). Its date is the latest the turn can fall due.
	Expected bool `json:"expected,omitempty"`
	// From is the date an expected item is counted from: the due date of
	// the turn before it, or the as-of date for an overdue one.
	From riskassess.Date `json:"from,omitzero"`
	// Months is the interval an expected item is counted by.
	Months int `json:"months,omitempty"`
	// AfterAsOf is, for an expected item counted from the as-of date (the
	// turn the register dates is overdue, so the chain starts when it is
	// done, at the earliest on the as-of date), the months from the as-of
	// date to it (the sum of the intervals); 0 for any other item. Its date
	// moves with the as-of date while the overdue turn is not done; this
	// does not (the calendar's UID, ical.ExpectedUIDOf).
	AfterAsOf int `json:"after_as_of,omitempty"`
}

// ExpectedNote says, for an expected item (Expected), what its date is
// counted from, the date written by date (nil: ISO, 2026-04-01); the zero
// Text for any other item.
func (it *PlanItem) ExpectedNote(date func(riskassess.Date) string) riskassess.Text {
	if !it.Expected {
		return riskassess.Text{}
	}
	from, m := it.From.String(), strconv.Itoa(it.Months)
	if date != nil {
		from = date(it.From)
	}
	return riskassess.T("前回を"+from+"に行えば"+m+"か月後",
		"+"+m+" months if done on "+from)
}

// PlanSection is the items of one section within one month.
type PlanSection struct {
	// Section is the section id ("" for items without one).
	Section string     `json:"section"`
	Items   []PlanItem `json:"items"`
}

// PlanMonth is one month of a year plan.
type PlanMonth struct {
	// Month is the first day of the month.
	Month    riskassess.Date `json:"month"`
	Sections []PlanSection   `json:"sections"`
}

// YearPlan is what falls due in one fiscal year (年度計画), by month and
// section, with the items dated before the year that are still overdue
// (carried over) and the chase list of questionnaire replies overdue.
type YearPlan struct {
	Year riskassess.FiscalYear `json:"fiscal_year"`
	AsOf riskassess.Date       `json:"as_of"`
	// Months are the twelve months of Year, April first; a month without
	// items has no sections. They hold the expected turns of recurring
	// tasks too (PlanItem.Expected).
	Months []PlanMonth `json:"months"`
	// Count is the number of items in Months, the expected ones included.
	Count int `json:"count"`
	// Carried lists the items dated before Year that are overdue on AsOf
	// (DueItem.OverdueAsOf, the rule of `due`): work left open from
	// earlier years (前年度以前からの期限超過), oldest first. Questionnaire
	// replies on Chase are not repeated here.
	Carried []PlanItem `json:"carried"`
	// Chase lists the questionnaire replies not imported whose reply date
	// is before AsOf (whatever their fiscal year), oldest first.
	Chase []PlanItem `json:"chase"`
}

// OverdueCount returns the number of distinct items of p overdue on AsOf:
// those of Months marked overdue, Carried, and the replies of Chase dated
// outside Year (those within Year are in Months too). When AsOf is within Year
// or before it, this is the number of items `due` lists as overdue on AsOf
// for the same assessments.
func (p *YearPlan) OverdueCount() int {
	n := len(p.Carried)
	for _, m := range p.Months {
		for _, s := range m.Sections {
			for _, it := range s.Items {
				if it.Overdue {
					n++
				}
			}
		}
	}
	for _, it := range p.Chase {
		if !p.Year.Contains(it.Date) {
			n++
		}
	}
	return n
}

// PlanYear returns the year plan of fiscal year fy: every due item of the
// assessments dated within fy (reviews, on-site checks, questionnaire
// replies, certificate, ISMAP, contract and approval expiries, password
// changes, remediation), grouped by month and then by section in the order
// of reg.Org.Sections (sections not listed there last, by id), and within a
// section sorted by date, the entry's reading (SortName), kind, id and due
// kind. A recurring task (a review; a yearly on-site check, confirmation,
// report, terms check or password change) falls due again after its
// interval once done: its later turns within fy are in the months too,
// marked Expected (see expecting.turns), so that the plan of a year after
// the as-of date, or of one with reviews every few months, does not leave
// out work that will fall due in it. An entry retired or rejected by a
// decision dated after asOf has no item dated on or after that day but
// what a record keeps (a retired contractor's contract ends and corrective
// actions: riskassess.KeptByRecord), as its expected turns stop there. An
// entry that is a record on asOf and approved (or requested: in the
// approval process again, as the engine reads it) again by a later
// decision has its items from that day (backItems: its review and yearly tasks as
// of that day, one past due then on that day) and their expected turns;
// riskassess.DueItems and ReviewOf date them (riskassess.DueItemsAt and
// ReviewAt in PlanYearAt, which also counts the council's answers), and
// panic as they do when
// reg's organisation or the entry holds a value Assess refuses (the
// assessments could not have been made). Items dated before fy that are
// overdue on asOf (DueItem.OverdueAsOf) are carried over (Carried), oldest
// first, except the replies already on the chase list and those of an
// entry that is a record for good by fy's first day that a record does not
// keep. The other dates are
// those the assessments computed as of asOf: a review
// is its next review date, an on-site check or a password change the next
// one after the last recorded. reg may be nil (names are then the ids).
//
// fy is named by the calendar year it starts in: 2026 for 令和8年度 (see
// riskassess.FiscalYear), not the era year 8. PlanYear does not check it:
// PlanYear(reg, as, 8, asOf) is the plan of the year 8, with nothing due and
// nothing carried (only Chase, which ignores fy). Read a year people typed
// with wareki.ParseFiscalYear (令和8年度, R8, FY2026; 1900–2200), as the
// command's --fiscal-year does; sitegen refuses an Options.FiscalYear out
// of that range.
func PlanYear(reg *riskassess.Register, as []riskassess.Assessment, fy riskassess.FiscalYear, asOf riskassess.Date) YearPlan {
	return PlanYearAt(reg, nil, as, fy, asOf)
}

// PlanYearAt is PlanYear with reqs, the catalogue as was assessed against:
// the items of an entry that comes back after the as-of date (backItems)
// are dated as Assess dates the others, a yearly task whose register field
// is empty by the council's answer to its date question
// (riskassess.DueItemsAt, riskassess.ReviewAt). PlanYear (reqs nil) reads
// the register alone for them.
func PlanYearAt(reg *riskassess.Register, reqs []riskassess.Requirement, as []riskassess.Assessment, fy riskassess.FiscalYear, asOf riskassess.Date) YearPlan {
	p := YearPlan{Year: fy, AsOf: asOf}
	var entries map[riskassess.EntryKey]riskassess.Entry
	if reg != nil {
		entries = EntryIndex(reg)
	}
	x := expecting{fy: fy, asOf: asOf, entries: entries, reqs: reqs}
	if reg != nil {
		x.org = &reg.Org
		x.off = offKinds(x.org)
		x.scheme = reg.Org.Scheme()
	} else {
		x.scheme = (&riskassess.Organisation{}).Scheme()
	}
	var items []PlanItem
	items, p.Chase, p.Carried = x.collect(as)
	// The reading of each item's entry is looked up once per entry, not
	// at every comparison (SortName folds the whole name).
	sortKey := map[riskassess.EntryKey]string{}
	readings := func(items []PlanItem) []string {
		names := make([]string, len(items))
		for i := range items {
			k := riskassess.EntryKey{Kind: items[i].EntryKind, ID: items[i].EntryID}
			s, ok := sortKey[k]
			if !ok {
				if e := entries[k]; e != nil {
					s = SortName(e)
				}
				sortKey[k] = s
			}
			names[i] = s
		}
		return names
	}
	order := map[string]int{}
	if reg != nil {
		for i, s := range reg.Org.Sections {
			order[s.ID] = i
		}
	}
	names := readings(items)
	secs := make([]int, len(items))
	for i := range items {
		if k, ok := order[items[i].Section]; ok {
			secs[i] = k
		} else {
			secs[i] = len(order) // by id, after the listed sections
		}
	}
	sortStableBy(items, func(i, j int) int {
		a, b := &items[i], &items[j]
		if c := cmp.Compare(a.Date.Year*12+int(a.Date.Month), b.Date.Year*12+int(b.Date.Month)); c != 0 {
			return c
		}
		if c := cmp.Compare(secs[i], secs[j]); c != 0 {
			return c
		}
		if secs[i] == len(order) {
			if c := strings.Compare(a.Section, b.Section); c != 0 {
				return c
			}
		}
		return comparePlanItems(a, b, names[i], names[j])
	})
	for _, list := range [][]PlanItem{p.Carried, p.Chase} {
		names := readings(list)
		sortStableBy(list, func(i, j int) int { return comparePlanItems(&list[i], &list[j], names[i], names[j]) })
	}
	p.Count = len(items)
	for _, m := range fy.Months() {
		pm := PlanMonth{Month: m}
		// The items of a month and section are next to each other in
		// items: a section's Items is their run in it (its capacity cut to
		// its length), not a copy.
		for len(items) > 0 && items[0].Date.Year == m.Year && items[0].Date.Month == m.Month {
			n := 1
			for n < len(items) && items[n].Date.Year == m.Year && items[n].Date.Month == m.Month && items[n].Section == items[0].Section {
				n++
			}
			pm.Sections = append(pm.Sections, PlanSection{Section: items[0].Section, Items: items[:n:n]})
			items = items[n:]
		}
		p.Months = append(p.Months, pm)
	}
	return p
}

// laterRecord is an entry that becomes a record for good after the as-of
// date (recordLater): e, and from, the first day of the last run of its
// decisions that keeps it a record (riskassess.RecordFrom). The zero
// laterRecord is any other entry, which keeps every item.
type laterRecord struct {
	e    riskassess.Entry
	from riskassess.Date
}

// drops reports whether the entry leaves out due item d: dated on or after
// the day it becomes a record for good, and not kept by a record
// (riskassess.KeptByRecord). The engine leaves these out of the
// assessment's items already (riskassess.DueItems); the plan and the due
// lists apply the same rule to items they are given.
func (r laterRecord) drops(d *riskassess.DueItem) bool { return r.goneBy(d.Date, d) }

// goneBy reports whether the entry is a record for good by day (from on
// or before it) that does not keep due item d: a task of the entry, even
// one overdue before, is no longer due on day.
func (r laterRecord) goneBy(day riskassess.Date, d *riskassess.DueItem) bool {
	return r.e != nil && !r.from.After(day) && !riskassess.KeptByRecord(r.e, r.from, d.Kind)
}

// recordLater returns e, and the day from which it is a record for good
// (riskassess.RecordFrom: a retirement or a rejection decided after asOf
// that no later decision reverts), when there is one; the zero
// laterRecord otherwise, and for a nil e.
func recordLater(e riskassess.Entry, asOf riskassess.Date) laterRecord {
	if e == nil {
		return laterRecord{}
	}
	if from := riskassess.RecordFrom(e, asOf); !from.IsZero() {
		return laterRecord{e: e, from: from}
	}
	return laterRecord{}
}

// backInUse returns the day after asOf on which e, a record on asOf
// (riskassess.RecordOn: retired or rejected), is no record any more: the
// first date of its approval after asOf from which riskassess.RecordOn
// does not hold, an approval again or a request (requested, or a draft)
// to use it again, which after a retirement or rejection is the state
// (riskassess.Approval.InForceOn): the entry is in the approval process
// again, as a first application is, and the engine (Assess, DueItems)
// gives it its review and yearly tasks from that day, so the plan does
// too. It is zero when there is none, when e is in use on asOf, and for
// a nil e.
func backInUse(e riskassess.Entry, asOf riskassess.Date) riskassess.Date {
	if e == nil {
		return riskassess.Date{}
	}
	ap := &e.Base().Approval
	ahead := ap.DecidedOn.After(asOf)
	for i := 0; i < len(ap.History) && !ahead; i++ {
		ahead = ap.History[i].On.After(asOf)
	}
	if !ahead || !riskassess.RecordOn(e, asOf) {
		return riskassess.Date{} // the cheap test first: most entries decide nothing ahead
	}
	var back riskassess.Date
	try := func(on riskassess.Date) {
		if on.After(asOf) && (back.IsZero() || on.Before(back)) && !riskassess.RecordOn(e, on) {
			back = on
		}
	}
	try(ap.DecidedOn)
	for i := range ap.History {
		try(ap.History[i].On)
	}
	return back
}

// backItems returns the due items of e, a record on the as-of date
// approved or requested again on back (backInUse), from that day on: those of
// riskassess.DueItemsAt as of back, with the review riskassess.ReviewAt gives
// then (the approval is a review), at the residual risk of a (e's
// assessment), reqs the catalogue a was assessed against: a yearly task
// whose register field is empty is dated by the council's answer, as Assess
// dates the items of an entry in use (reqs nil: the register alone). An item dated before back, past due when the entry comes
// back, is due on back, its Note saying so; an item a's own (the record's)
// already has, of the same kind, field and date (a retired contractor's
// contract end), is left out; none is overdue (as of the as-of date, before
// back). A retirement after back that stands leaves out what falls due
// after it, as riskassess.DueItems does (riskassess.RecordFrom). org is
// the register's organisation (nil: the zero one).
func backItems(org *riskassess.Organisation, reqs []riskassess.Requirement, e riskassess.Entry, a *riskassess.Assessment, back riskassess.Date) []riskassess.DueItem {
	rev := riskassess.ReviewAt(org, reqs, e, a.Residual, back)
	items := riskassess.DueItemsAt(org, reqs, e, rev.Date, back)
	in := e.Base().Approval.InForceOn(back).Status
	kept := items[:0]
	for _, it := range items {
		if slices.ContainsFunc(a.Due, func(d riskassess.DueItem) bool {
			return d.Kind == it.Kind && d.Field == it.Field && d.Date == it.Date
		}) {
			continue
		}
		if it.Date.Before(back) {
			b, was := back.String(), it.Date.String()
			switch {
			case in.Signed():
				it.Note = riskassess.T("再び承認された日（"+b+"）に期限（"+was+"）を過ぎている",
					"past due ("+was+") when approved again on "+b)
			case in == riskassess.StatusRequested || in == riskassess.StatusDraft:
				it.Note = riskassess.T("再び申請された日（"+b+"）に期限（"+was+"）を過ぎている",
					"past due ("+was+") when requested again on "+b)
			default:
				it.Note = riskassess.T("廃止・却下の後の決定の日（"+b+"）に期限（"+was+"）を過ぎている",
					"past due ("+was+") on "+b+", the decision after the retirement or rejection")
			}
			it.Date = back
		}
		it.Overdue = false
		kept = append(kept, it)
	}
	return kept
}

// recurs reports whether a task of due kind k falls due again once done:
// the review and the yearly tasks. An expiry, a contract end, a
// remediation or a reply does not.
func recurs(k riskassess.DueKind) bool {
	switch k {
	case riskassess.DueReview, riskassess.DueOnsiteCheck, riskassess.DuePassword, riskassess.DueConfirmation,
		riskassess.DueReport, riskassess.DueTermsCheck, riskassess.DuePlatformTerms:
		return true
	}
	return false
}

// offKinds returns the yearly tasks org switches off (DueOff, and those
// whose requirement it disables).
func offKinds(org *riskassess.Organisation) []riskassess.DueKind {
	if org == nil {
		return nil
	}
	return append(slices.Clone(org.DueOff), riskassess.DisabledTasks(org)...)
}

// expecting is what PlanYear collects the items of a year by
// (expecting.collect) and counts the expected turns of recurring tasks by
// (expecting.turns): the register's entries, the organisation (nil when
// the plan has no register), the catalogue (nil: the register alone),
// the yearly tasks it switches off, its
// classification scheme, the fiscal year and the as-of date.
type expecting struct {
	// entries is the register's entries by key (EntryIndex), nil
	// without a register.
	entries map[riskassess.EntryKey]riskassess.Entry
	org     *riskassess.Organisation
	// reqs is the catalogue the assessments were made against (nil:
	// the register alone), for the items of an entry that comes back
	// (backItems).
	reqs   []riskassess.Requirement
	off    []riskassess.DueKind
	scheme riskassess.ClassificationScheme
	fy     riskassess.FiscalYear
	asOf   riskassess.Date
}

// collect returns the items of the year plan of as (the due items within
// the fiscal year and the later turns of recurring tasks expected in it,
// in the order of as), the chase list and the items carried over, each
// unsorted. Each is sized once, the expected turns counted too: at
// 100,000 synthetic entries the year holds about 280,000 items (75 MB)
// and the two lists 60 MB more, and growing a slice would keep the old
// one beside the new.
func (x *expecting) collect(as []riskassess.Assessment) (items, chase, carried []PlanItem) {
	var n [3]int // items, chase, carried
	// backs holds, by the index of its assessment, the items of an entry
	// that is a record on the as-of date and approved again later
	// (backInUse, backItems), found once in the counting pass.
	var backs map[int]backSet
	for i := range as {
		var e riskassess.Entry
		later := x.recordLater(&as[i])
		for _, d := range as[i].Due {
			if x.inYear(later, d) {
				n[0]++
			}
			for range x.expects(&as[i], d, &e, x.asOf) {
				n[0]++
			}
			if l := x.list(later, d); l != 0 {
				n[l]++
			}
		}
		if b := x.back(&as[i]); len(b.items) > 0 {
			if backs == nil {
				backs = map[int]backSet{}
			}
			backs[i] = b
			for _, d := range b.items {
				if x.fy.Contains(d.Date) {
					n[0]++
				}
				for range x.expects(&as[i], d, &e, b.on) {
					n[0]++
				}
			}
		}
	}
	items = make([]PlanItem, 0, n[0])
	chase, carried = make([]PlanItem, 0, n[listChase]), make([]PlanItem, 0, n[listCarried])
	for i := range as {
		a := &as[i]
		var e riskassess.Entry
		later := x.recordLater(a)
		expected := func(d riskassess.DueItem, since riskassess.Date) {
			for t := range x.expects(a, d, &e, since) {
				y := d
				y.Date, y.Overdue, y.Note, y.Field = t.date, false, riskassess.Text{}, ""
				it := x.item(a, y)
				it.Expected, it.From, it.Months, it.AfterAsOf = true, t.from, t.months, t.afterAsOf
				items = append(items, it)
			}
		}
		for _, d := range a.Due {
			if x.inYear(later, d) {
				d.Overdue = d.OverdueAsOf(x.asOf)
				items = append(items, x.item(a, d))
			}
			expected(d, x.asOf)
			switch x.list(later, d) {
			case listChase:
				d.Overdue = true
				chase = append(chase, x.item(a, d))
			case listCarried:
				d.Overdue = true
				carried = append(carried, x.item(a, d))
			}
		}
		// An entry approved again after the as-of date: its items from
		// that day, all after the as-of date (none on the chase list nor
		// carried over).
		if b, ok := backs[i]; ok {
			for _, d := range b.items {
				if x.fy.Contains(d.Date) {
					items = append(items, x.item(a, d))
				}
				expected(d, b.on)
			}
		}
	}
	return items, chase, carried
}

// backSet is the items of an entry approved again after the as-of date
// (backItems) and the day it comes back (backInUse).
type backSet struct {
	items []riskassess.DueItem
	on    riskassess.Date
}

// back returns the items of a's entry when it is a record on the as-of
// date approved again after it, and the day it comes back; none without a
// register.
func (x *expecting) back(a *riskassess.Assessment) backSet {
	e := x.entries[riskassess.EntryKey{Kind: a.Kind, ID: a.EntryID}]
	on := backInUse(e, x.asOf)
	if on.IsZero() {
		return backSet{}
	}
	return backSet{backItems(x.org, x.reqs, e, a, on), on}
}

// The lists of a year plan besides its months (expecting.list).
const (
	listChase   = 1 // the chase list (YearPlan.Chase)
	listCarried = 2 // carried over (YearPlan.Carried)
)

// list returns the list besides the months that due item d is on: the
// chase list for a reply overdue on the as-of date, carried over for any
// other item dated before the year and overdue on it, else 0. An item of
// an entry that is a record for good by the year's first day (later, from
// recordLater) is not carried over unless a record keeps it: the task is
// no longer due once the entry is retired.
func (x *expecting) list(later laterRecord, d riskassess.DueItem) int {
	switch {
	case d.Kind == riskassess.DueReply && !d.Date.IsZero() && d.Date.Before(x.asOf):
		return listChase
	case !d.Date.IsZero() && d.Date.Before(x.fy.Start()) && d.OverdueAsOf(x.asOf) && !later.goneBy(x.fy.Start(), &d):
		return listCarried
	}
	return 0
}

// recordLater is recordLater for the entry of a.
func (x *expecting) recordLater(a *riskassess.Assessment) laterRecord {
	return recordLater(x.entries[riskassess.EntryKey{Kind: a.Kind, ID: a.EntryID}], x.asOf)
}

// inYear reports whether due item d is an item of the year: dated within
// it and not left out by an entry that becomes a record for good on a
// later day (later, from recordLater: dated before that day or kept by a
// record). The assessment dates the items as of the as-of date, when the
// entry was in use.
func (x *expecting) inYear(later laterRecord, d riskassess.DueItem) bool {
	return x.fy.Contains(d.Date) && !later.drops(&d)
}

// item returns due item d of assessment a as a plan item: with the
// entry's kind, id and name, and its section when d has none.
func (x *expecting) item(a *riskassess.Assessment, d riskassess.DueItem) PlanItem {
	if d.EntryKind == "" {
		d.EntryKind = a.Kind
	}
	if d.EntryID == "" {
		d.EntryID = a.EntryID
	}
	it := PlanItem{DueItem: d, Name: riskassess.T(d.EntryID, d.EntryID)}
	if e := x.entries[riskassess.EntryKey{Kind: d.EntryKind, ID: d.EntryID}]; e != nil {
		it.Name = e.Base().Name
		if it.Section == "" {
			it.Section = e.Base().Owner.Section
		}
	}
	return it
}

// expects returns the later turns of due item d of a (turns) for an
// entry in use from since (the as-of date, or the day a record comes back:
// backInUse), none when its task does not recur or is dated after the
// year; *e is a's entry, looked up on the first call that needs it.
func (x *expecting) expects(a *riskassess.Assessment, d riskassess.DueItem, e *riskassess.Entry, since riskassess.Date) iter.Seq[turn] {
	if !recurs(d.Kind) || d.Date.IsZero() || d.Date.After(x.fy.End()) {
		return func(func(turn) bool) {}
	}
	if *e == nil {
		*e = x.entries[riskassess.EntryKey{Kind: cmp.Or(d.EntryKind, a.Kind), ID: cmp.Or(d.EntryID, a.EntryID)}]
	}
	return x.turns(*e, a, d, since)
}

// turn is a later turn of a recurring task (expecting.turns): its date,
// the date it is counted from, the interval and, when counted from the
// as-of date, the months from it (PlanItem.AfterAsOf; else 0).
type turn struct {
	date, from        riskassess.Date
	months, afterAsOf int
}

// turns yields the later turns within the fiscal year of the
// recurring task of due item d of assessment a (entry e, nil when the
// register does not hold it): counted from d's date, or from the as-of
// date when d is overdue on it (done now at the earliest), each turn the
// interval after the one before, as the register dates a turn done on its
// due date (AddMonths, so 31 January plus one month is 28 February and the
// next turn 28 March). The interval is 12 months for a yearly task and the
// review interval of the residual risk for a review, at most 12 months for
// a service and for a contractor with a contract in force on the day 12
// months on, whose yearly operation review or re-evaluation brings the
// review forward (unless switched off). A contractor's confirmation and report fall due only
// while a contract is in force (Contractor.ContractInForceOn), its on-site
// check only while a live contract's work calls for it
// (Contractor.OnsiteCheckApplies): no turn is expected after that. Nor
// is one on or after the day the entry becomes a record for good
// (recordLater: an approval retired or rejected, or a social account
// retired, by a decision dated after the as-of date that no later
// decision reverts), which has no review nor yearly task. since is the
// day from which the entry is in use: the as-of date, or for a record on
// it the day it is approved again (backInUse); a record on since has no
// turn.
func (x *expecting) turns(e riskassess.Entry, a *riskassess.Assessment, d riskassess.DueItem, since riskassess.Date) iter.Seq[turn] {
	return func(yield func(turn) bool) { x.eachTurn(e, a, d, since, yield) }
}

// eachTurn calls yield with each turn of turns until it returns false.
func (x *expecting) eachTurn(e riskassess.Entry, a *riskassess.Assessment, d riskassess.DueItem, since riskassess.Date, yield func(turn) bool) {
	months := 12
	c, _ := e.(*riskassess.Contractor)
	reeval := c != nil && !slices.Contains(x.off, riskassess.DueReevaluation)
	if d.Kind == riskassess.DueReview {
		if x.org == nil {
			return // no review intervals to count by
		}
		months = x.org.ReviewIntervals.Months(a.Residual)
		if _, ok := e.(*riskassess.Service); ok && !slices.Contains(x.off, riskassess.DueOperationReview) {
			months = min(months, 12)
		}
	}
	if months < 1 {
		return
	}
	applies := func(on riskassess.Date) bool {
		switch {
		case c == nil:
			return true
		case d.Kind == riskassess.DueConfirmation || d.Kind == riskassess.DueReport:
			return c.ContractInForceOn(on)
		case d.Kind == riskassess.DueOnsiteCheck:
			return c.OnsiteCheckApplies(&x.scheme, on)
		}
		return true
	}
	if e != nil && riskassess.RecordOn(e, since) {
		return // a record has no review nor yearly task
	}
	rec := recordLater(e, since)
	from, after := d.Date, -1 // after: months from the as-of date, -1 when not counted from it
	if d.OverdueAsOf(x.asOf) {
		from, after = x.asOf, 0
	}
	for prev := from; ; {
		m := months
		if d.Kind == riskassess.DueReview && reeval && m > 12 && c.ContractInForceOn(prev.AddMonths(12)) {
			// The yearly re-evaluation, while a contract is in force on
			// the day it falls due.
			m = 12
		}
		next := prev.AddMonths(m)
		if next.After(x.fy.End()) || !next.After(prev) || !applies(next) ||
			rec.e != nil && !next.Before(rec.from) {
			// After the year, or the task no longer applies: the entry
			// is retired or rejected for good by then (a decision dated
			// after the as-of date that no later one reverts:
			// recordLater), so nothing falls due on it any more.
			return
		}
		if !next.Before(x.fy.Start()) {
			t := turn{date: next, from: prev, months: m}
			if after >= 0 {
				t.afterAsOf = after + m
			}
			if !yield(t) {
				return
			}
		}
		if after >= 0 {
			after += m
		}
		prev = next
	}
}

// comparePlanItems compares two items of a year plan by date, then by
// the reading of their entries (an and bn: SortName), the entry kind
// (Kinds order) and id, then the due kind, field and what. Each key is
// compared only when the ones before it are equal.
func comparePlanItems(a, b *PlanItem, an, bn string) int {
	if c := a.Date.Compare(b.Date); c != 0 {
		return c
	}
	if a.EntryKind != b.EntryKind || a.EntryID != b.EntryID {
		if c := strings.Compare(an, bn); c != 0 {
			return c
		}
		if c := cmp.Compare(dueKindOrder(a.EntryKind), dueKindOrder(b.EntryKind)); c != 0 {
			return c
		}
		if c := strings.Compare(a.EntryID, b.EntryID); c != 0 {
			return c
		}
	}
	if c := strings.Compare(string(a.Kind), string(b.Kind)); c != 0 {
		return c
	}
	if c := strings.Compare(a.Field, b.Field); c != 0 {
		return c
	}
	return strings.Compare(a.What, b.What)
}

// SortName returns the key tables sort entry e by: its reading in katakana
// when the register records one (name_kana, or a contractor's
// legal_name_kana), else its Japanese name; hiragana is folded to katakana
// and half-width katakana to full width, so that a reading and a kana name
// sort together. Ties are broken by the caller (kind, id).
func SortName(e riskassess.Entry) string {
	b := e.Base()
	s := b.NameKana
	if c, ok := e.(*riskassess.Contractor); ok && s == "" {
		s = c.LegalNameKana
	}
	if s == "" {
		s = b.Name.Ja
	}
	return foldKana(s)
}

// foldKana maps hiragana to katakana, half-width katakana to full width,
// full-width ASCII to ASCII and drops spaces and middle dots, for sorting.
func foldKana(s string) string {
	var b strings.Builder
	rs := []rune(s)
	for i := 0; i < len(rs); i++ {
		r := rs[i]
		switch {
		case r >= 'ぁ' && r <= 'ゖ':
			r += 'ァ' - 'ぁ'
		case r >= '\uFF66' && r <= '\uFF9D':
			r = halfKana[r-'\uFF66']
			if i+1 < len(rs) && (rs[i+1] == '\uFF9E' || rs[i+1] == '\uFF9F') {
				// ﾞ / ﾟ: the voiced form is the next code point (ガ = カ+1,
				// パ = ハ+2); ｳﾞ is ヴ.
				if r == 'ウ' && rs[i+1] == '\uFF9E' {
					r = 'ヴ'
				} else if rs[i+1] == '\uFF9E' {
					r++
				} else {
					r += 2
				}
				i++
			}
		case r >= '\uFF01' && r <= '\uFF5E':
			r -= 0xFEE0
		case unicode.IsSpace(r), r == '・', r == '\uFF65':
			continue
		}
		b.WriteRune(r)
	}
	return b.String()
}

// halfKana are the full-width forms of the half-width katakana U+FF66–U+FF9D.
var halfKana = []rune("ヲァィゥェォャュョッーアイウエオカキクケコサシスセソタチツテトナニヌネノハヒフヘホマミムメモヤユヨラリルレロワン")
