package riskassess

import (
	"math"
	"slices"
	"strings"
)

// NoControlScore is the control score of an entry to which no requirement
// applies: the score is inconclusive, not 100. It falls in the worst
// control-score band of the matrix (there is no evidence of any control).
const NoControlScore = -1

// Scorer turns findings into an assessment. Its zero value uses the
// defaults (DefaultBlockers, DefaultMatrix, DefaultInherentThresholds,
// DefaultExpiryWindowDays); Assess and AssessAll use the zero Scorer.
type Scorer struct {
	// Blockers are the blocker rules, checked in order. nil means
	// DefaultBlockers; a non-nil empty slice means no blockers.
	Blockers []BlockerRule
	// Matrix maps inherent level × control-score band to residual level;
	// the zero Matrix means DefaultMatrix.
	Matrix Matrix
	// Thresholds map inherent points to inherent levels; zero means
	// DefaultInherentThresholds.
	Thresholds InherentThresholds
	// ExpiryWindowDays is how far ahead a due item becomes a partial expiry
	// finding; 0 means DefaultExpiryWindowDays (90), a negative value means
	// only overdue items become findings.
	ExpiryWindowDays int
}

func (sc Scorer) blockers() []BlockerRule {
	if sc.Blockers == nil {
		return DefaultBlockers
	}
	return sc.Blockers
}

func (sc Scorer) window() int {
	switch {
	case sc.ExpiryWindowDays == 0:
		return DefaultExpiryWindowDays
	case sc.ExpiryWindowDays < 0:
		return -1
	}
	return sc.ExpiryWindowDays
}

// Assess scores entry e against reqs as of asOf with the default Scorer.
func Assess(org *Organisation, reqs []Requirement, e Entry, asOf Date) Assessment {
	return Scorer{}.Assess(org, reqs, e, asOf)
}

// AssessAll assesses every entry of reg, in reg.Entries() order, with the
// default Scorer.
func AssessAll(reg *Register, reqs []Requirement, asOf Date) []Assessment {
	return Scorer{}.AssessAll(reg, reqs, asOf)
}

// Assess scores entry e against reqs as of asOf:
//
//  1. Findings: each requirement for e's kind is checked (Findings);
//  2. inherent risk from the entry's facts (Inherent);
//  3. control score from the findings (ControlScore);
//  4. residual risk from the matrix; a triggered blocker forces 重大;
//  5. due items and expiry findings (DueItems, ExpiryFindings);
//  6. next review (NextReview) and the recommended decision (Decide).
//
// Blocker rules see the catalogue findings and the expiry findings of
// every due item except the review (whose date depends on the result).
// A retired entry has no due items and no next review.
func (sc Scorer) Assess(org *Organisation, reqs []Requirement, e Entry, asOf Date) Assessment {
	p := prepare(reqs)
	s := org.Scheme()
	return sc.assess(org, &s, p.forKind(e.Kind()), e, asOf)
}

// AssessAll assesses every entry of reg in reg.Entries() order.
func (sc Scorer) AssessAll(reg *Register, reqs []Requirement, asOf Date) []Assessment {
	p := prepare(reqs)
	s := reg.Org.Scheme()
	entries := reg.Entries()
	out := make([]Assessment, len(entries))
	for i, e := range entries {
		out[i] = sc.assess(&reg.Org, &s, p.forKind(e.Kind()), e, asOf)
	}
	return out
}

func (sc Scorer) assess(org *Organisation, s *ClassificationScheme, reqs []*Requirement, e Entry, asOf Date) Assessment {
	a := Assessment{Kind: e.Kind(), EntryID: e.Base().ID, AsOf: asOf}

	x := exposureOf(s, e, asOf)
	th := sc.Thresholds
	if th.IsZero() {
		th = DefaultInherentThresholds
	}
	inh := inherentOf(&x, th)
	a.Inherent, a.InherentScore, a.InherentFactors = inh.Level, inh.Points, inh.Factors

	// Expiry findings of every due item except the review (known before
	// the catalogue runs, so the findings slice is allocated once).
	sensitive := x.confRank >= 3
	window := sc.window()
	items := dueItems(e, &x, Date{}, "", asOf)
	exp := make([]Finding, 0, len(items))
	for _, it := range items {
		if f, ok := expiryFinding(it, asOf, window, sensitive); ok {
			exp = append(exp, f)
		}
	}
	sortFindings(exp)

	fs := findingsCap(org, reqs, e, asOf, len(exp)+1)
	a.ControlScore = ControlScore(fs)
	fs = mergeFindings(fs, exp)

	a.Blockers = evalBlockers(sc.blockers(), &BlockerContext{Org: org, Scheme: s, Entry: e, Findings: fs, AsOf: asOf})
	m := &sc.Matrix
	a.Residual = m.Residual(a.Inherent, a.ControlScore)
	if len(a.Blockers) > 0 {
		a.Residual = RiskCritical
	}

	if !retired(e) {
		next, field := nextReview(org, e, a.Residual, asOf)
		a.NextReview = next
		rev := newDueItem(e, DueReview, next, "", field, asOf)
		items = append(items, rev)
		sortDue(items)
		// A review date computed from asOf (no review or approval recorded)
		// is not an expiry: the catalogue reports the missing record.
		if field != "" {
			if f, ok := expiryFinding(rev, asOf, window, sensitive); ok {
				fs = mergeFindings(fs, []Finding{f})
			}
		}
	}
	a.Due = items
	a.Findings = fs
	a.Decision, a.Conditions = Decide(a.Residual, a.Blockers, fs)
	a.Counts = Count(fs)
	return a
}

// prepared holds requirements split by kind and sorted by id.
type prepared struct {
	byKind map[Kind][]*Requirement
}

func prepare(reqs []Requirement) prepared {
	p := prepared{byKind: make(map[Kind][]*Requirement, len(Kinds))}
	for _, k := range Kinds {
		p.byKind[k] = sortedFor(reqs, k)
	}
	return p
}

func (p prepared) forKind(k Kind) []*Requirement {
	if rs, ok := p.byKind[k]; ok {
		return rs
	}
	return nil
}

// sortedFor returns the requirements defined for kind k, sorted by id
// (natural order: OUT-2 before OUT-10), equal ids in input order.
func sortedFor(reqs []Requirement, k Kind) []*Requirement {
	var out []*Requirement
	for i := range reqs {
		if reqs[i].AppliesTo(k) {
			out = append(out, &reqs[i])
		}
	}
	slices.SortStableFunc(out, func(a, b *Requirement) int { return CompareIDs(a.ID, b.ID) })
	return out
}

// Findings checks e against every requirement in reqs defined for e's kind
// and returns one finding per requirement, sorted by requirement id
// (CompareIDs). A requirement whose Applies returns false gives
// OutcomeNotApplicable; otherwise its Check decides. A requirement without
// Check is decided by the yes/no answer to its Question ("yes" met,
// "partial" partial, "no" not met, "na" not applicable, anything else or
// no answer: not answered). A Check that returns an empty or unknown outcome
// counts as not answered. Remediation is filled in only for outcomes that
// are not met, partial or not answered.
func Findings(org *Organisation, reqs []Requirement, e Entry, asOf Date) []Finding {
	return findings(org, sortedFor(reqs, e.Kind()), e, asOf)
}

func findings(org *Organisation, reqs []*Requirement, e Entry, asOf Date) []Finding {
	return findingsCap(org, reqs, e, asOf, 0)
}

// findingsCap is findings with room for extra more findings.
func findingsCap(org *Organisation, reqs []*Requirement, e Entry, asOf Date, extra int) []Finding {
	subj := Subject{Org: org, Entry: e, Answers: e.Base().Answers, AsOf: asOf}
	out := make([]Finding, len(reqs), len(reqs)+extra)
	for i, r := range reqs {
		f := &out[i]
		f.Requirement, f.Title, f.Severity, f.Clause = r.ID, r.Title, r.Severity, r.Clause
		f.Weight = EffectiveWeight(r)
		var res Result
		switch {
		case r.Applies != nil && !r.Applies(&subj):
			res.Outcome = OutcomeNotApplicable
		case r.Check != nil:
			res = r.Check(&subj)
		default:
			res = answerResult(r, subj.Answers)
		}
		switch res.Outcome {
		case OutcomeMet, OutcomePartial, OutcomeNotMet, OutcomeNotAnswered, OutcomeNotApplicable:
		default:
			res.Outcome = OutcomeNotAnswered
		}
		f.Outcome, f.Message, f.Due = res.Outcome, res.Message, res.Due
		f.Evidence = res.Evidence
		if f.Evidence == "" {
			f.Evidence = defaultEvidence(r, subj.Answers)
		}
		if needsAction(res.Outcome) {
			f.Remediation = r.Remediation
		}
	}
	return out
}

func defaultEvidence(r *Requirement, answers map[string]Answer) string {
	if r.Question != nil {
		if a, ok := answers[r.Question.ID]; ok && a.Cell != "" {
			return a.Cell
		}
	}
	return r.Field
}

func answerResult(r *Requirement, answers map[string]Answer) Result {
	if r.Question == nil {
		return Result{Outcome: OutcomeNotAnswered}
	}
	a, ok := answers[r.Question.ID]
	if !ok {
		return Result{Outcome: OutcomeNotAnswered}
	}
	switch strings.TrimSpace(a.Value) {
	case "yes":
		return Result{Outcome: OutcomeMet}
	case "partial":
		return Result{Outcome: OutcomePartial}
	case "no":
		return Result{Outcome: OutcomeNotMet}
	case "na":
		return Result{Outcome: OutcomeNotApplicable}
	}
	return Result{Outcome: OutcomeNotAnswered}
}

// needsAction reports whether an outcome calls for remediation.
func needsAction(o Outcome) bool {
	return o == OutcomeNotMet || o == OutcomePartial || o == OutcomeNotAnswered
}

// EffectiveWeight returns r.Weight, or when it is zero or negative the
// weight of r's severity: low 1, medium 2, high 3, critical 4 (unknown 1).
func EffectiveWeight(r *Requirement) float64 {
	if r.Weight > 0 {
		return r.Weight
	}
	if n := severityRank(r.Severity); n > 0 {
		return float64(n)
	}
	return 1
}

// severityRank returns 1 (low) … 4 (critical), 0 when unknown.
func severityRank(s Severity) int {
	switch s {
	case SeverityLow:
		return 1
	case SeverityMedium:
		return 2
	case SeverityHigh:
		return 3
	case SeverityCritical:
		return 4
	}
	return 0
}

// ControlScore returns the weighted share (0–100, one decimal) of the
// applicable findings that are met: met counts 1, partial 1/2, not met and
// not answered 0; not-applicable findings and findings of weight 0 (expiry
// findings) are left out. With nothing left it returns NoControlScore (-1).
func ControlScore(fs []Finding) float64 {
	var got, total float64
	for i := range fs {
		f := &fs[i]
		if f.Weight <= 0 || f.Outcome == OutcomeNotApplicable {
			continue
		}
		total += f.Weight
		switch f.Outcome {
		case OutcomeMet:
			got += f.Weight
		case OutcomePartial:
			got += f.Weight / 2
		}
	}
	if total == 0 {
		return NoControlScore
	}
	return math.Round(got/total*1000) / 10
}

// Count returns the number of findings per outcome; every outcome is
// present, with 0 when there is none.
func Count(fs []Finding) map[Outcome]int {
	m := make(map[Outcome]int, len(Outcomes))
	for _, o := range Outcomes {
		m[o] = 0
	}
	for i := range fs {
		m[fs[i].Outcome]++
	}
	return m
}

// Decide returns the recommended decision and, for a conditional approval,
// its conditions:
//
//   - 不可 (reject) when a blocker triggered or residual is 重大;
//   - 承認可 (approve) when residual is 低 or 中 and no finding of severity
//     high or critical is not met or not answered;
//   - otherwise 条件付承認 (conditional). The conditions are the
//     remediation texts ("ID: text") of the findings of severity medium or
//     higher that are not met, partial or not answered, in finding order,
//     without duplicates. When there is none (residual 高 from inherent risk
//     alone), one general condition asks for a remediation plan and
//     closer review.
func Decide(residual RiskLevel, blockers []Blocker, fs []Finding) (Decision, []Text) {
	if len(blockers) > 0 || residual == RiskCritical {
		return DecisionReject, nil
	}
	grave := false
	for i := range fs {
		f := &fs[i]
		if (f.Outcome == OutcomeNotMet || f.Outcome == OutcomeNotAnswered) && severityRank(f.Severity) >= 3 {
			grave = true
			break
		}
	}
	if residual.Rank() <= RiskMedium.Rank() && residual.Rank() > 0 && !grave {
		return DecisionApprove, nil
	}
	var conds []Text
	for i := range fs {
		f := &fs[i]
		if !needsAction(f.Outcome) || severityRank(f.Severity) < 2 {
			continue
		}
		rem := f.Remediation
		if rem.Ja == "" {
			rem = T(f.Title.Ja+"を満たすこと。", "Meet: "+f.Title.In("en")+".")
		}
		c := T(f.Requirement+": "+rem.Ja, f.Requirement+": "+rem.In("en"))
		if !slices.Contains(conds, c) {
			conds = append(conds, c)
		}
	}
	if len(conds) == 0 {
		conds = append(conds, T("残留リスクが「高」のため、リスク低減の計画を定め、短い間隔で見直すこと。",
			"Residual risk is high: agree a risk-reduction plan and review at short intervals."))
	}
	return DecisionConditional, conds
}

// CompareIDs orders requirement ids naturally: runs of digits compare by
// value ("OUT-2" < "OUT-10"), other bytes by value; ties by plain string
// order.
func CompareIDs(a, b string) int {
	i, j := 0, 0
	for i < len(a) && j < len(b) {
		ca, cb := a[i], b[j]
		if isDigit(ca) && isDigit(cb) {
			si, sj := i, j
			for i < len(a) && isDigit(a[i]) {
				i++
			}
			for j < len(b) && isDigit(b[j]) {
				j++
			}
			ra := strings.TrimLeft(a[si:i], "0")
			rb := strings.TrimLeft(b[sj:j], "0")
			if len(ra) != len(rb) {
				return cmpInt(len(ra), len(rb))
			}
			if c := cmpString(ra, rb); c != 0 {
				return c
			}
			continue
		}
		if ca != cb {
			return cmpInt(int(ca), int(cb))
		}
		i++
		j++
	}
	if c := cmpInt(len(a)-i, len(b)-j); c != 0 {
		return c
	}
	return cmpString(a, b)
}

func isDigit(c byte) bool { return '0' <= c && c <= '9' }

func compareFindings(a, b *Finding) int {
	if c := CompareIDs(a.Requirement, b.Requirement); c != 0 {
		return c
	}
	return cmpString(a.Evidence, b.Evidence)
}

func sortFindings(fs []Finding) {
	slices.SortStableFunc(fs, func(a, b Finding) int { return compareFindings(&a, &b) })
}

// mergeFindings merges the sorted extra findings into sorted fs, in place
// when fs has room, in one pass from the back (stable: on a tie the finding
// of fs comes first).
func mergeFindings(fs, extra []Finding) []Finding {
	if len(extra) == 0 {
		return fs
	}
	n, m := len(fs), len(extra)
	fs = slices.Grow(fs, m)[:n+m]
	i, j := n-1, m-1
	for k := n + m - 1; j >= 0; k-- {
		if i >= 0 && compareFindings(&extra[j], &fs[i]) < 0 {
			fs[k] = fs[i]
			i--
		} else {
			fs[k] = extra[j]
			j--
		}
	}
	return fs
}
