package report

import (
	"slices"
	"strconv"
	"strings"
	"sync"

	"github.com/gikai-sec/riskregister/riskassess"
)

// Step is one thing to do next about an entry (次にすること), written for
// the people who do it: What and Who never contain a register field path,
// a requirement id or a staff id. Requirement and Field carry those for the
// people who edit the files.
type Step struct {
	// What says what to do, in plain words.
	What riskassess.Text
	// Who is the person responsible, by name and post ("西村 博之（情報政策課長）"),
	// or the post or section when nobody holds it on the day.
	Who riskassess.Text
	// Due is the deadline: the item's own date, or for an undated finding
	// the next review date (the as-of date when that has passed, or when
	// there is none: an entry retired ahead before its review falls due).
	Due riskassess.Date
	// Overdue is true when the deadline is before the as-of date; Now when
	// the step is due at once (a blocker, or an overdue item).
	Overdue bool
	Now     bool
	// Severity orders the steps (a blocker counts as critical).
	Severity riskassess.Severity
	// Requirement is the requirement or blocker id behind the step; Field
	// the register field path(s) it rests on. Both may be empty.
	Requirement string
	Field       string
}

// NextSteps is what to do next about an entry and why its recommended
// decision is what it is.
type NextSteps struct {
	// Why says in one or two sentences why the entry is approvable,
	// conditional rather than approvable, or not approvable; for a
	// rejected or retired entry, that it is a record.
	Why riskassess.Text
	// Steps are at most MaxSteps actions, the gravest and earliest first.
	Steps []Step
	// More is the number of further actions not in Steps (the findings
	// list every one).
	More int
}

// MaxSteps is the most steps NextActions returns; MinSteps the fewest it
// returns when there is anything dated to prepare for (fewer when the entry
// has fewer open items and due dates).
const (
	MaxSteps = 5
	MinSteps = 3
)

// NextActions returns the next steps of entry e from its assessment a
// (Assess of e): one step per blocker (except a blocker that restates
// findings, whose evidence names only findings of a that need action:
// those findings are steps themselves) and per finding that needs action
// (not met, partial, not answered), ordered by severity (gravest first),
// then deadline (earliest first), then outcome (not met, not answered,
// partial) and requirement id. An expiry finding (EXP-…) asking for the
// same task as a requirement finding (same due date and register field:
// EXP-ONSITE and OUT-31) is no step of its own (mergeExpiries), and is
// not counted in More. When that gives fewer than MinSteps, the
// entry's coming due dates (review, expiries, contract end) fill up to
// MinSteps. A rejected or retired entry (Record) has no steps. org names
// the responsible people; a nil a gives the zero NextSteps.
func NextActions(org *riskassess.Organisation, e riskassess.Entry, a *riskassess.Assessment) NextSteps {
	if a == nil || e == nil {
		return NextSteps{}
	}
	b := e.Base()
	if riskassess.RecordOn(e, a.AsOf) { // as it stood on the as-of date
		return recordSteps(org, e, a, b.Approval.InForceOn(a.AsOf).Status == riskassess.StatusRejected)
	}
	who := responsibleFor(org, e, a.AsOf)
	deadline := a.Review.Date
	if deadline.IsZero() || deadline.Before(a.AsOf) {
		deadline = a.AsOf
	}
	// Sized once: an entry has forty or so findings, and NextActions runs
	// for every entry page.
	n := len(a.Blockers)
	for i := range a.Findings {
		if a.Findings[i].Outcome.NeedsAction() {
			n++
		}
	}
	sc := nextScratchPool.Get().(*nextScratch)
	defer sc.release()
	if cap(sc.cs) < n+MinSteps {
		sc.cs = make([]nextCand, 0, n+MinSteps)
	}
	cs := sc.cs
	for _, bl := range a.Blockers {
		if restatesFindings(&bl, a.Findings) {
			continue
		}
		cs = append(cs, nextCand{Step{What: bl.Message, Who: who, Due: a.AsOf, Now: true, Severity: riskassess.SeverityCritical,
			Requirement: bl.ID, Field: bl.Evidence}, 0, nil})
	}
	fromFindings := len(cs)
	covered := sc.covered // the due dates of the findings' steps
	for i := range a.Findings {
		f := &a.Findings[i]
		if !f.Outcome.NeedsAction() {
			continue
		}
		order := 3
		switch f.Outcome {
		case riskassess.OutcomeNotMet:
			order = 1
		case riskassess.OutcomeNotAnswered:
			order = 2
		}
		s := Step{What: f.Remediation, Who: who, Due: deadline, Severity: f.Severity, Requirement: f.Requirement, Field: f.Evidence}
		var meet *riskassess.Finding
		if s.What.Ja == "" {
			meet = f // What is written once the step is chosen (meetStep)
		}
		if d := f.Due(); !d.IsZero() {
			s.Due = d
			covered = append(covered, d)
		}
		cs = append(cs, nextCand{s, order, meet})
	}
	sc.covered = covered
	cs = mergeExpiries(cs, fromFindings)
	for i := range cs {
		s := &cs[i].Step
		s.Overdue = s.Due.Before(a.AsOf)
		s.Now = s.Now || !s.Due.After(a.AsOf)
	}
	if len(cs) < MinSteps {
		for _, d := range a.Due {
			if len(cs) >= MinSteps {
				break
			}
			if slices.Contains(covered, d.Date) || d.Date.Before(a.AsOf) {
				continue
			}
			covered = append(covered, d.Date)
			cs = append(cs, nextCand{Step{What: prepareFor(d), Who: who, Due: d.Date, Severity: riskassess.SeverityLow, Field: d.Field}, 4, nil})
		}
	}
	var firstBuf [MaxSteps]*nextCand
	first := firstStable(firstBuf[:0], cs, MaxSteps, func(x, y *nextCand) int {
		if c := y.Severity.Compare(x.Severity); c != 0 {
			return c
		}
		if c := x.Due.Compare(y.Due); c != 0 {
			return c
		}
		if x.order != y.order {
			return x.order - y.order
		}
		return riskassess.CompareIDs(x.Requirement, y.Requirement)
	})
	out := NextSteps{Why: whyDecision(a), More: len(cs) - len(first)}
	if len(first) > 0 {
		out.Steps = make([]Step, len(first))
		for i, c := range first {
			out.Steps[i] = c.Step
			if f := c.meet; f != nil {
				out.Steps[i].What = riskassess.T("「"+f.Title.Ja+"」を満たす。", "Meet: "+f.Title.In("en")+".")
			}
		}
	}
	return out
}

// nextCand is a step NextActions may return.
type nextCand struct {
	Step
	order int // outcome order: 0 blocker, 1 not met, 2 not answered, 3 partial, 4 due date
	// meet is the finding without a remediation whose step this is: its
	// What ("「title」を満たす。") is written only if the step is chosen
	// (most candidates are not: at most MaxSteps of forty or so).
	meet *riskassess.Finding
}

// nextScratch is what one NextActions call uses and drops: the
// candidates and the due dates they cover. NextActions runs for every
// entry page (10,000 per build at 10,000 entries), on every worker.
type nextScratch struct {
	cs      []nextCand
	covered []riskassess.Date
}

var nextScratchPool = sync.Pool{New: func() any { return new(nextScratch) }}

// release clears what sc holds (it points into the entry and its
// assessment) and puts it back in the pool.
func (sc *nextScratch) release() {
	clear(sc.cs[:cap(sc.cs)])
	sc.cs, sc.covered = sc.cs[:0], sc.covered[:0]
	nextScratchPool.Put(sc)
}

// mergeExpiries drops from cs[from:] (the steps of findings) each expiry
// finding's step (EXP-…) that asks for the same task as a requirement
// finding's step: the same due date and register field, or the expiry's
// field one element of the requirement's field pattern
// ("remediation[1].due" of "remediation[].due"). The requirement's step
// stays, with its wording and field, the graver severity of the two and
// the earlier outcome order; each takes at most one expiry step. So
// EXP-ONSITE and OUT-31, both asking for the on-site check due on one
// day, or EXP-REMEDIATION and OUT-35, both for the same overdue
// corrective action, are one step, and the task is not counted twice.
func mergeExpiries(cs []nextCand, from int) []nextCand {
	var drop, taken []bool
	for i := from; i < len(cs); i++ {
		x := &cs[i]
		if !strings.HasPrefix(x.Requirement, "EXP-") || x.Field == "" {
			continue
		}
		for j := from; j < len(cs); j++ {
			y := &cs[j]
			if y.Requirement == "" || strings.HasPrefix(y.Requirement, "EXP-") || y.Due.Compare(x.Due) != 0 || !sameTask(x.Field, y.Field) {
				continue
			}
			if taken == nil {
				drop, taken = make([]bool, len(cs)), make([]bool, len(cs))
			}
			if taken[j] {
				continue
			}
			taken[j], drop[i] = true, true
			if x.Severity.Compare(y.Severity) > 0 {
				y.Severity = x.Severity
			}
			y.Now = y.Now || x.Now
			y.order = min(y.order, x.order)
			break
		}
	}
	if drop == nil {
		return cs
	}
	k := 0
	for i := range cs {
		if !drop[i] {
			cs[k] = cs[i]
			k++
		}
	}
	return cs[:k]
}

// sameTask reports whether the expiry finding's field exp is one of the
// fields of req (a requirement finding's evidence: one path, or several
// joined by ", "), or an element of one of its patterns
// ("remediation[2].due" of "remediation[].due").
func sameTask(exp, req string) bool {
	var b strings.Builder
	for i := 0; i < len(exp); i++ {
		b.WriteByte(exp[i])
		if exp[i] == '[' {
			for i+1 < len(exp) && exp[i+1] >= '0' && exp[i+1] <= '9' {
				i++
			}
		}
	}
	pat := b.String()
	for p := range strings.SplitSeq(req, ", ") {
		if p == exp || pat != exp && p == pat {
			return true
		}
	}
	return false
}

// recordSteps are the next steps of e, a retired record (or a rejected
// one, rejected when true: a renewal refused keeps the same): nothing to
// decide, but the information a retired contractor still holds
// (riskassess.DueItems keeps each such contract's end due) is to be
// returned or deleted, and the date recorded; so is each corrective
// action still open (due until closed_on) to be seen through and closed.
func recordSteps(org *riskassess.Organisation, e riskassess.Entry, a *riskassess.Assessment, rejected bool) NextSteps {
	rec := riskassess.T("廃止の記録です。", "This is the record of a retired entry")
	if rejected { // a renewal refused keeps the same items (riskassess.DueItems)
		rec = riskassess.T("却下の記録です。", "This is the record of a rejection")
	}
	out := NextSteps{Why: riskassess.T(rec.Ja+"判断することはありません。", rec.In("en")+": there is nothing to decide.")}
	var data, actions bool
	for _, d := range a.Due {
		var what riskassess.Text
		var field string
		switch {
		case d.EntryKind != riskassess.KindContractor:
			continue
		case d.Kind == riskassess.DueContractEnd:
			data = true
			what = riskassess.T(d.Label.Ja+"で預けた情報の返却・消去を確かめ、その日付を台帳に記録する。",
				"Confirm the return or deletion of the information of the "+d.Label.In("en")+" and record its date in the register.")
			field = strings.TrimSuffix(strings.TrimSuffix(d.Field, ".to"), ".data_returned_on") + ".data_returned_on"
		case d.Kind == riskassess.DueRemediation:
			actions = true
			what = riskassess.T(d.Label.Ja+"が済んだことを確かめ、完了日を台帳に記録する。",
				"Confirm that the "+d.Label.In("en")+" is done and record the date it was closed in the register.")
			field = strings.TrimSuffix(d.Field, ".due") + ".closed_on"
		default:
			continue
		}
		if len(out.Steps) == MaxSteps {
			out.More++
			continue
		}
		out.Steps = append(out.Steps, Step{What: what, Who: responsibleFor(org, e, a.AsOf), Due: d.Date,
			Overdue: d.Date.Before(a.AsOf), Now: !d.Date.After(a.AsOf), Severity: riskassess.SeverityHigh, Field: field})
	}
	switch {
	case data && actions:
		out.Why = riskassess.T(rec.Ja+"判断することはありませんが、返却・消去を記録していない契約の情報が委託先に残っており、完了を記録していない是正措置もあります。",
			rec.In("en")+": there is nothing to decide, but the information of a contract with no return or deletion recorded is still with the contractor, and corrective actions are not recorded as closed.")
	case data:
		out.Why = riskassess.T(rec.Ja+"判断することはありませんが、返却・消去を記録していない契約の情報が委託先に残っています。",
			rec.In("en")+": there is nothing to decide, but the information of a contract with no return or deletion recorded is still with the contractor.")
	case actions:
		out.Why = riskassess.T(rec.Ja+"判断することはありませんが、完了を記録していない是正措置があります。",
			rec.In("en")+": there is nothing to decide, but corrective actions are not recorded as closed.")
	}
	return out
}

// firstStable appends to out (empty) pointers to the first k elements of
// s in the order a stable sort of s by cmp would put them, without
// sorting s: for the few steps NextActions keeps out of forty or so
// candidates.
func firstStable[T any](out []*T, s []T, k int, cmp func(x, y *T) int) []*T {
	for i := range s {
		x := &s[i]
		// After every element not greater than x: the stable position.
		j := len(out)
		for j > 0 && cmp(out[j-1], x) > 0 {
			j--
		}
		if j == k {
			continue
		}
		if len(out) < k {
			out = append(out, nil)
		}
		copy(out[j+1:], out[j:len(out)-1])
		out[j] = x
	}
	return out
}

// prepareFor is the step of a coming due date.
func prepareFor(d riskassess.DueItem) riskassess.Text {
	what := d.Label
	if what == (riskassess.Text{}) && d.What != "" {
		what = riskassess.T(d.What, d.What)
	}
	if d.Kind == riskassess.DueReview {
		return riskassess.T("定期の見直しを行い、結果を台帳に記録する。", "Carry out the periodic review and record it in the register.")
	}
	ja, en := d.Kind.Label("ja"), d.Kind.Label("en")
	if what != (riskassess.Text{}) {
		ja += "（" + what.Ja + "）"
		en += " (" + what.In("en") + ")"
	}
	return riskassess.T(ja+"に向けて、更新・延長・終了の手続を確かめる。", "Prepare for this date: "+en+" (renew, extend or end).")
}

// restatesFindings reports whether blocker bl only restates findings of
// fs: its evidence is a list of requirement ids ("OUT-16, CLD-03"), each
// the id of a finding of fs that needs action (not met, partial or not
// answered), so that the findings' own steps already say what to do (the
// catalogue's critical-finding blocker). A blocker whose evidence names a
// register field, or a finding that needs no action, does not.
func restatesFindings(bl *riskassess.Blocker, fs []riskassess.Finding) bool {
	if bl.Evidence == "" {
		return false
	}
	for id := range strings.SplitSeq(bl.Evidence, ", ") {
		if !slices.ContainsFunc(fs, func(f riskassess.Finding) bool { return f.Requirement == id && f.Outcome.NeedsAction() }) {
			return false
		}
	}
	return true
}

// whyDecision says why a has its decision.
func whyDecision(a *riskassess.Assessment) riskassess.Text {
	res := riskassess.T(a.Residual.Label("ja"), a.Residual.Label("en"))
	basis := riskassess.T("固有リスク「"+a.Inherent.Label("ja")+"」、対策スコア "+scoreWords(a.ControlScore, "ja"),
		"inherent risk "+a.Inherent.Label("en")+", control score "+scoreWords(a.ControlScore, "en"))
	var grave []*riskassess.Finding
	for i := range a.Findings {
		f := &a.Findings[i]
		if (f.Outcome == riskassess.OutcomeNotMet || f.Outcome == riskassess.OutcomeNotAnswered) && f.Severity.AtLeast(riskassess.SeverityHigh) {
			grave = append(grave, f)
		}
	}
	graveText := func() riskassess.Text {
		n := strconv.Itoa(len(grave))
		return riskassess.T("重要度「高」以上の要件 "+n+" 件（「"+grave[0].Title.Ja+"」など）が不適合または未回答です。",
			n+" requirement(s) of high or critical severity (such as “"+grave[0].Title.In("en")+"”) are not met or not answered.")
	}
	switch a.Decision {
	case riskassess.DecisionReject:
		for _, bl := range a.Blockers {
			if restatesFindings(&bl, a.Findings) {
				continue
			}
			more := len(a.Blockers) - 1
			ja, en := firstSentence(bl.Message.Ja, "。"), firstSentence(bl.Message.In("en"), ". ")
			if more > 0 {
				ja += "（ほかに承認を妨げる要因 " + strconv.Itoa(more) + " 件）"
				en += " (and " + strconv.Itoa(more) + " more reason(s) that bar approval)"
			}
			return riskassess.T("承認できません（不可）。"+ja+"。この点が直るまで、ほかの対策が整っても承認できません。",
				"Not approvable (reject): "+en+". Until this is put right, no other measure makes the entry approvable.")
		}
		if len(grave) > 0 && grave[0].Severity == riskassess.SeverityCritical {
			return riskassess.T("承認できません（不可）。重要度「重大」の要件「"+grave[0].Title.Ja+"」が満たされていません。",
				"Not approvable (reject): the critical requirement “"+grave[0].Title.In("en")+"” is not met.")
		}
		return riskassess.T("承認できません（不可）。残留リスクが「"+res.Ja+"」です（"+basis.Ja+"）。",
			"Not approvable (reject): the residual risk is "+res.In("en")+" ("+basis.In("en")+").")
	case riskassess.DecisionConditional:
		if a.Residual.AtLeast(riskassess.RiskHigh) {
			t := riskassess.T("残留リスクが「"+res.Ja+"」（"+basis.Ja+"）のため、承認可ではなく条件付承認です。",
				"Conditional rather than approvable: the residual risk is "+res.In("en")+" ("+basis.In("en")+").")
			if len(grave) > 0 {
				g := graveText()
				t = riskassess.T(t.Ja+g.Ja, t.En+" "+g.En)
			}
			return t
		}
		if len(grave) > 0 {
			g := graveText()
			return riskassess.T("残留リスクは「"+res.Ja+"」ですが、"+g.Ja+"そのため承認可ではなく条件付承認です。これらを満たせば承認可になります。",
				"Conditional rather than approvable: the residual risk is "+res.In("en")+", but "+g.En+" Meeting them makes the entry approvable.")
		}
		return riskassess.T("条件付承認です（残留リスク「"+res.Ja+"」、"+basis.Ja+"）。", "Conditional (residual risk "+res.In("en")+", "+basis.In("en")+").")
	case riskassess.DecisionApprove:
		return riskassess.T("残留リスクが「"+res.Ja+"」で、重要度「高」以上の要件に不適合・未回答がないため、承認可です。",
			"Approvable: the residual risk is "+res.In("en")+" and no requirement of high or critical severity is unmet or unanswered.")
	}
	return riskassess.Text{}
}

func scoreWords(s float64, lang riskassess.Lang) string {
	if s == riskassess.NoControlScore {
		return riskassess.T("なし（該当する要件なし）", "none (no requirement applies)").In(lang)
	}
	return strconv.FormatFloat(s, 'f', 1, 64)
}

// firstSentence returns s up to its first sep, without it.
func firstSentence(s, sep string) string {
	if i := strings.Index(s, sep); i > 0 {
		return s[:i]
	}
	return strings.TrimRight(s, "。.")
}

// responsibleFor is who acts on e: for a social-media account its
// responsible person when one holds the post, otherwise the owner.
func responsibleFor(org *riskassess.Organisation, e riskassess.Entry, d riskassess.Date) riskassess.Text {
	if s, ok := e.(*riskassess.Social); ok {
		if t, held := PersonInCharge(org, s.Responsible, d); held {
			return t
		}
	}
	t, _ := PersonInCharge(org, e.Base().Owner, d)
	return t
}

// PostTitle returns the post of position in section as people write it:
// "情報政策課長" (課 + 課長), "議会事務局長", "広報係主事"; in English
// "Division Head, Information Policy Division". With no position it is the
// section's name; unknown ids are written as they are.
func PostTitle(org *riskassess.Organisation, section, position string, lang riskassess.Lang) string {
	sec := SectionLabel(org, section, lang)
	if position == "" {
		return sec
	}
	pos := PositionLabel(org, position, lang)
	if lang == "en" {
		if sec == "" {
			return pos
		}
		return pos + ", " + sec
	}
	if stem, ok := strings.CutSuffix(pos, "長"); ok && stem != "" && strings.HasSuffix(sec, stem) {
		return sec + "長"
	}
	return sec + pos
}

// PersonInCharge names who holds ow in o on day d by name and post, both
// languages: "西村 博之（情報政策課長）". The person named is used when in
// post on d, otherwise the one holder of the section and position; held is
// false when nobody (or more than one person) holds it, and the text is
// then the post with 「（不在）」/「（複数在任）」. A staff id is never
// shown: an id without a person in org is written as the post alone.
func PersonInCharge(o *riskassess.Organisation, ow riskassess.Owner, d riskassess.Date) (t riskassess.Text, held bool) {
	if o == nil {
		o = &riskassess.Organisation{}
	}
	var p *riskassess.Person
	if ow.Person != "" {
		if q := o.Person(ow.Person); q != nil {
			sec, pos, in := q.PostOn(d)
			switch {
			case !in:
			case ow.Position != "" && (sec != ow.Section || pos != ow.Position):
			case ow.Position == "" && ow.Section != "" && !o.SameLine(sec, ow.Section):
			default:
				p = q
			}
		}
	}
	var hs []*riskassess.Person
	if p == nil && ow.Position != "" {
		hs = o.Holders(ow.Section, ow.Position, d)
		if len(hs) == 1 {
			p = hs[0]
		}
	}
	if p != nil {
		sec, pos, _ := p.PostOn(d)
		postJa, postEn := PostTitle(o, sec, pos, "ja"), PostTitle(o, sec, pos, "en")
		ja, en := p.Name.In("ja"), p.Name.In("en")
		if postJa == "" {
			return riskassess.T(ja, en), true
		}
		return riskassess.T(ja+"（"+postJa+"）", en+" ("+postEn+")"), true
	}
	postJa, postEn := PostTitle(o, ow.Section, ow.Position, "ja"), PostTitle(o, ow.Section, ow.Position, "en")
	switch {
	case ow.Position == "":
		return riskassess.T(postJa, postEn), false
	case len(hs) > 1:
		return riskassess.T(postJa+"（複数在任）", postEn+" (several holders)"), false
	}
	return riskassess.T(postJa+"（不在）", postEn+" (vacant)"), false
}
