package riskassess

import (
	"cmp"
	"errors"
	"fmt"
	"math"
	"runtime"
	"slices"
	"strings"
	"sync"
	"sync/atomic"
	"time"
)

// NoControlScore is the control score of an entry to which no requirement
// applies: the score is inconclusive, not 100. It falls in the worst
// control-score band of the matrix (there is no evidence of any control).
const NoControlScore = -1

// Scorer turns findings into an assessment. Its Blockers must be set
// (the catalogue's rules, catalog.Blockers); its other fields' zero values
// mean the defaults (the organisation's matrix or DefaultMatrix,
// DefaultInherentThresholds, DefaultExpiryWindowDays, GOMAXPROCS workers).
type Scorer struct {
	// Blockers are the blocker rules, checked in order. They are catalogue
	// data (catalog.Blockers). nil is an error (ErrNoBlockers): a scorer
	// never silently scores without blockers; a non-nil empty slice means
	// no blockers. Every rule must have a Check.
	Blockers []BlockerRule
	// Matrix maps inherent level × control-score band to residual level;
	// the zero Matrix means the organisation's (MatrixFor). Any other must
	// be complete and consistent, as residual_matrix in register.yaml: bands
	// within 0–100, highest first; every cell a RiskLevel; no cell lower
	// than for a better band or a lower inherent level (else Assess fails).
	Matrix Matrix
	// Thresholds map inherent points to inherent levels; zero means
	// DefaultInherentThresholds; any other must have 0 < Medium < High <
	// Critical (else Assess fails).
	Thresholds InherentThresholds
	// ExpiryWindowDays is how far ahead a due item becomes a partial expiry
	// finding; 0 means DefaultExpiryWindowDays (90), a negative value means
	// only overdue items become findings.
	ExpiryWindowDays int
	// Workers is how many goroutines AssessAll assesses a large register
	// with (each takes blocks of entries; the result is the same, in the
	// same order, whatever the number). 0 means runtime.GOMAXPROCS(0); 1
	// assesses on the calling goroutine only. Requirement checks and
	// blocker rules must be pure (safe to call concurrently).
	Workers int
}

// parallelBlock is how many entries a worker of AssessAll takes at a time;
// registers of fewer than two blocks are assessed on one goroutine.
const parallelBlock = 256

func (sc Scorer) window() int {
	switch {
	case sc.ExpiryWindowDays == 0:
		return DefaultExpiryWindowDays
	case sc.ExpiryWindowDays < 0:
		return -1
	}
	return sc.ExpiryWindowDays
}

// ErrNoRequirements is the error of Scorer.Assess and AssessAll called without
// requirements: an assessment against no catalogue would look plausible
// (levels, decisions, dates) and mean nothing. Pass the catalogue in force,
// catalog.ForOrg(&reg.Org), or load the register with riskassess/load,
// which returns it.
var ErrNoRequirements = errors.New("riskassess: no requirements to assess against (pass the catalogue in force, e.g. catalog.ForOrg(&reg.Org)) / 評価に使う要件がありません（catalog.ForOrg などで要件カタログを渡してください）")

// ErrAsOf is the error of Scorer.Assess and AssessAll called with a zero
// as-of date or one that is not a day of the calendar (NewDate does not
// check; 2026-13-40): every date of an assessment (what is overdue, what
// expires, the next review) is counted from the as-of date, and the zero
// Date would make nothing overdue and nothing expired, a plausible answer
// that means nothing. The error returned wraps it and names the date.
var ErrAsOf = errors.New("riskassess: the as-of date is not set or is not a day of the calendar (pass the date to assess on, e.g. riskassess.NewDate(2026, 11, 27)) / 基準日（as-of）が指定されていないか、暦にない日付です")

// ErrNilRegister is the error of Scorer.AssessAll called with a nil
// register: most likely one whose loading failed, whose error was not
// checked; no assessments (nothing due, nothing to approve) would be a
// plausible wrong answer. sitegen.Build refuses a nil register too.
var ErrNilRegister = errors.New("riskassess: nil register (load it with riskassess/load and check the error) / 台帳がありません（nil）")

// check returns the error of Assess and AssessAll called with reqs, if any.
func (sc *Scorer) check(reqs []Requirement) error {
	if len(reqs) == 0 {
		return ErrNoRequirements
	}
	if err := checkRequirements(reqs); err != nil {
		return err
	}
	if err := sc.checkSettings(); err != nil {
		return err
	}
	return checkBlockers(sc.Blockers)
}

// checkSettings returns an error when sc.Matrix or sc.Thresholds is set
// but is not one register.yaml's residual_matrix could hold (store checks
// that one): a matrix with only its bands set gave every entry the
// residual level "", one with bands of fractions put every score above 1
// in the best band, and thresholds with only Critical set made every entry
// at least 高.
func (sc *Scorer) checkSettings() error {
	if m := &sc.Matrix; !m.IsZero() {
		if err := checkMatrix("Scorer.Matrix", m); err != nil {
			return fmt.Errorf("riskassess: %w", err)
		}
	}
	if th := sc.Thresholds; !th.IsZero() && !(th.Medium > 0 && th.Medium < th.High && th.High < th.Critical) {
		return fmt.Errorf("riskassess: Scorer.Thresholds %+v: want 0 < Medium < High < Critical (the zero value means the defaults %+v) / 固有リスクのしきい値は 0 < 中 < 高 < 重大 にしてください", th, defaultInherentThresholds)
	}
	return nil
}

// checkMatrix returns an error, naming the matrix as name (its Go
// expression; the message has no package prefix), when m is not one register.yaml's residual_matrix could
// hold: bands within 0–100, highest first, not fractions; every cell a
// RiskLevel; no cell lower than for a better band or a lower inherent
// level.
func checkMatrix(name string, m *Matrix) error {
	for i, b := range m.Bands {
		if !(b > 0 && b <= 100) || (i > 0 && b >= m.Bands[i-1]) {
			return fmt.Errorf("%s.Bands %v: want three lowest control scores within 0–100, highest first, e.g. [80 60 40] / 残留リスクの表の帯 %v は、0〜100 の下限を高い順に 3 つ書いてください", name, m.Bands, m.Bands)
		}
	}
	if m.Bands[0] <= 1 {
		return fmt.Errorf("%s.Bands %v look like fractions: control scores run from 0 to 100 / 残留リスクの表の帯 %v は割合の書き方です（対策スコアは 0〜100）", name, m.Bands, m.Bands)
	}
	for i := range m.Cells {
		for j, c := range m.Cells[i] {
			if !c.Valid() {
				return fmt.Errorf("%s.Cells[%d][%d] is %q: want one of %s / 残留リスクの表の [%d][%d] %q は使えません", name, i, j, c, strings.Join(c.Allowed(), ", "), i, j, c)
			}
			if (j > 0 && c.Rank() < m.Cells[i][j-1].Rank()) || (i > 0 && c.Rank() < m.Cells[i-1][j].Rank()) {
				return fmt.Errorf("%s.Cells[%d][%d] (%s) is lower than for a better control score or a lower inherent risk / 残留リスクの表の [%d][%d]（%s）が、対策スコアがより良い帯か固有リスクがより低い欄より低くなっています", name, i, j, c, i, j, c.Label("ja"))
			}
		}
	}
	return nil
}

// checkRequirements returns an error naming the first requirement of reqs
// that the organisation's settings (catalog.ForOrg) would refuse and the
// scorer would otherwise count silently wrong: an empty id, a severity
// that is not one of Severity.Allowed ("Critical" was never critical, so
// never a blocker, and weighed 1), no kind or an unknown one (never
// checked), or an id that an earlier requirement has (both were checked
// and counted: a requirement appended to the catalogue to replace one of
// its own weighed twice, met and not met at once), or a weight that is NaN
// (taken as by severity without a word) or above MaxWeight (+Inf made the
// control score 0 or NaN).
func checkRequirements(reqs []Requirement) error {
	seen := make(map[string]struct{}, len(reqs))
	for i := range reqs {
		r := &reqs[i]
		if _, dup := seen[r.ID]; dup && r.ID != "" {
			return fmt.Errorf("riskassess: requirement %q appears twice (requirement %d repeats the id of an earlier one) / 要件 %q が 2 回あります（%d 番目が前の要件と同じ ID です）", r.ID, i, r.ID, i+1)
		}
		seen[r.ID] = struct{}{}
		switch {
		case r.ID == "":
			return fmt.Errorf("riskassess: requirement %d has no ID / %d 番目の要件に ID がありません", i, i+1)
		case !r.Severity.Valid():
			return fmt.Errorf("riskassess: requirement %q: unknown severity %q (want one of %s) / 要件 %q の重大度 %q は使えません", r.ID, r.Severity, strings.Join(r.Severity.Allowed(), ", "), r.ID, r.Severity)
		case len(r.Kinds) == 0:
			return fmt.Errorf("riskassess: requirement %q has no Kinds / 要件 %q に種別（Kinds）がありません", r.ID, r.ID)
		case WeightOutOfRange(r.Weight):
			return fmt.Errorf("riskassess: requirement %q: weight %v: want at most %d (0 or less: by severity) / 要件 %q の重み %v は使えません（%d 以下にしてください。0 以下は重大度による重み）", r.ID, r.Weight, MaxWeight, r.ID, r.Weight, MaxWeight)
		}
		for _, k := range r.Kinds {
			if !k.Valid() {
				return fmt.Errorf("riskassess: requirement %q: unknown kind %q (want one of %s) / 要件 %q の種別 %q は使えません", r.ID, k, strings.Join(k.Allowed(), ", "), r.ID, k)
			}
		}
	}
	return nil
}

// checkAsOf returns an error wrapping ErrAsOf when d is zero or not a day
// of the calendar.
func checkAsOf(d Date) error {
	if d.IsZero() || !fastYear(d.Year) || d.Month < time.January || d.Month > time.December ||
		d.Day < 1 || d.Day > daysIn(d.Year, d.Month) {
		return fmt.Errorf("%w: %q", ErrAsOf, d.String())
	}
	return nil
}

// daysIn returns the number of days of month m of year y.
func daysIn(y int, m time.Month) int {
	return time.Date(y, m+1, 0, 0, 0, 0, 0, time.UTC).Day()
}

// MatrixFor returns the residual-risk matrix sc assesses org's entries
// with: sc.Matrix when it is set, else org.MatrixInForce() (register.yaml's
// residual_matrix, or DefaultMatrix). It does not check org: an incomplete
// ResidualMatrix gives DefaultMatrix, as MatrixInForce says; Residual and
// Assess refuse it (CheckOrganisation).
func (sc Scorer) MatrixFor(org *Organisation) Matrix {
	if !sc.Matrix.IsZero() {
		return sc.Matrix
	}
	return org.MatrixInForce()
}

// Inherent returns the inherent risk of e as of asOf with sc's thresholds
// (the package function Inherent uses the default ones). It is stage 1 of
// Assess. Like Inherent, it panics with the error of CheckOrganisation
// (wrapping ErrOrgSetting or ErrDueOff) when org has a setting
// register.yaml could not hold, and with the error of CheckEntry when e
// has a field whose value CheckEntry refuses.
func (sc Scorer) Inherent(org *Organisation, e Entry, asOf Date) InherentRisk {
	org = orZero(org)
	th := sc.Thresholds
	if th.IsZero() {
		th = defaultInherentThresholds
	}
	s := mustCheckEntry(org, e)
	return inherent(&s, e, asOf, th)
}

// TriggeredBlockers returns the blocker rules of sc that trigger for c, in rule
// order, with their evidence; nil when none does. Assess calls it with
// the catalogue findings and the expiry findings of every due item except
// the review (stage 5). It returns ErrNoBlockers when sc.Blockers is nil,
// an error naming a rule without Check, and the error of CheckOrganisation
// for c.Org (wrapping ErrOrgSetting or ErrDueOff) when it has a setting
// register.yaml could not hold, which a rule would read (its scheme).
func (sc Scorer) TriggeredBlockers(c *BlockerContext) ([]Blocker, error) {
	if err := checkBlockers(sc.Blockers); err != nil {
		return nil, err
	}
	if err := CheckOrganisation(c.Org); err != nil {
		return nil, err
	}
	return evalBlockers(sc.Blockers, c), nil
}

// Residual returns the residual risk of an entry of org with inherent
// level inh, control score score and the triggered blockers: 重大 when a
// blocker triggered, else the cell of sc.MatrixFor(org) (stage 5 of
// Assess). It panics with the error of CheckOrganisation (wrapping
// ErrOrgSetting) when org has a setting register.yaml could not hold (an
// incomplete ResidualMatrix, which MatrixFor replaces by the default one),
// where Assess returns that error.
func (sc Scorer) Residual(org *Organisation, inh RiskLevel, score float64, blockers []Blocker) RiskLevel {
	mustCheckOrganisation(org)
	m := sc.MatrixFor(org)
	return residual(&m, inh, score, blockers)
}

// Assess scores entry e against reqs as of asOf. It is the pipeline of
// the public stage functions, and gives what composing them gives:
//
//  1. inherent risk from the entry's facts (sc.Inherent);
//  2. the due items except the review (DueItemsAt with a zero next
//     review: a yearly task whose register field is empty is dated by the
//     council's answer that counts, LastDone, as the catalogue dates it)
//     and their expiry findings (ExpiryFindingsAt, sensitive when
//     InherentRisk.ConfidentialityRank is 3 or more; one dated by an
//     answer has the answer's provenance: the self-check it came from);
//  3. the catalogue's findings (Findings: each requirement for e's kind
//     checked, those marked AfterResidual still pending), with the expiry
//     findings merged in requirement-id order (on equal ids the
//     catalogue's finding first);
//  4. the control score of those findings (ControlScore);
//  5. the triggered blockers (sc.TriggeredBlockers) and the residual risk
//     (sc.Residual); then the requirements marked AfterResidual (the
//     approval chain) are checked with Subject.Residual set (FindingsAt);
//     their findings have weight 0;
//  6. the review date (ReviewAt), its due item and its expiry finding;
//  7. the recommended decision (Decide) and the counts (Count).
//
// Blocker rules thus see the catalogue findings (those of AfterResidual
// requirements still not answered) and the expiry findings of every due
// item except the review (whose date depends on the result). A record
// (Record: rejected or retired) has no next review, and no due items but
// the contract ends of a retired contractor still holding the council's
// information (see DueItems).
// Assess only cuts the slices from shared blocks and lays the findings
// out in their final order at once; TestAssessIsThePipeline holds it to
// the composition.
//
// Assess returns ErrNoRequirements when reqs is empty: an entry is always
// assessed against a catalogue; an error naming a requirement without ID,
// with a severity not in Severity.Allowed, without a valid kind or with
// the id of another requirement (as catalog.ForOrg refuses them in
// register.yaml); an error when sc.Matrix
// or sc.Thresholds is set but incomplete or inconsistent; ErrNoBlockers
// when sc.Blockers is nil; an error naming a blocker rule without Check; an
// error wrapping ErrDueOff when org.DueOff names a kind other than the
// yearly tasks, or ErrOrgSetting when another setting of org is one
// register.yaml could not hold (CheckOrganisation); an error wrapping ErrAsOf when asOf is the zero Date
// or not a day of the calendar; and an error wrapping ErrEntryValue when
// a field of e holds a value its type or org's classification scheme does
// not allow (CheckEntry), which would be scored as no value, or wrapping
// ErrNilEntry when e is nil. An entry to which
// no requirement of reqs applies gets NoControlScore. A nil org is the zero
// Organisation (every setting at its default).
func (sc Scorer) Assess(org *Organisation, reqs []Requirement, e Entry, asOf Date) (Assessment, error) {
	org = orZero(org)
	if err := sc.check(reqs); err != nil {
		return Assessment{}, err
	}
	if err := CheckOrganisation(org); err != nil {
		return Assessment{}, err
	}
	if err := checkAsOf(asOf); err != nil {
		return Assessment{}, err
	}
	if err := CheckEntry(org, e); err != nil {
		return Assessment{}, err
	}
	return newRun(&sc, org, reqs, 1).assess(e, asOf), nil
}

// AssessAll assesses every entry of reg in reg.Entries() order.
//
// A register of more than 256 entries is assessed on sc.Workers
// goroutines (default GOMAXPROCS), each taking blocks of 256 entries; the
// result is the same as on one goroutine. Requirement Applies and Check
// functions and blocker rules are then called concurrently, which their
// contract (pure functions) allows. A panic in one of them is re-raised
// on the calling goroutine.
//
// The findings, due items, blockers and texts of the assessments are cut
// from a few large blocks rather than allocated one by one (less work for
// the allocator and the garbage collector); each slice's capacity is
// capped at its length, so appending to one assessment's slice never
// touches another's.
//
// AssessAll returns ErrNilRegister when reg is nil, and the errors of
// Assess (ErrNoRequirements, a requirement without ID, severity or kind,
// two requirements with one ID, an invalid Matrix or Thresholds,
// ErrNoBlockers, a blocker rule without Check, ErrDueOff, ErrOrgSetting for
// reg.Org (CheckOrganisation), ErrAsOf), and an error wrapping
// ErrDuplicateEntry for two entries of one kind and id
// (CheckUniqueEntries), before assessing anything; and an error wrapping ErrEntryValue (or ErrNilEntry
// for a nil entry), naming the first entry of reg.Entries() that
// CheckEntry refuses, with no assessments (each entry is checked as it is
// assessed, while its fields are in the cache: a pass over the register
// before would cost a cache miss per field).
func (sc Scorer) AssessAll(reg *Register, reqs []Requirement, asOf Date) ([]Assessment, error) {
	if reg == nil {
		return nil, ErrNilRegister
	}
	if err := sc.check(reqs); err != nil {
		return nil, err
	}
	if err := CheckOrganisation(&reg.Org); err != nil {
		return nil, err
	}
	if err := checkAsOf(asOf); err != nil {
		return nil, err
	}
	entries := reg.Entries()
	if err := CheckUniqueEntries(entries); err != nil {
		return nil, err
	}
	r := newRun(&sc, &reg.Org, reqs, len(entries))
	out := make([]Assessment, len(entries))
	blocks := (len(entries) + parallelBlock - 1) / parallelBlock
	k := sc.Workers
	if k <= 0 {
		k = runtime.GOMAXPROCS(0)
	}
	k = min(k, blocks)
	if k <= 1 {
		// One block of findings for about the whole register: the heap
		// reaches its size at once instead of growing chunk by chunk, so
		// the garbage collector does not rescan the findings made so far
		// at every doubling.
		r.findings.buf = make([]Finding, 0, r.findingsFor(entries))
		for i, e := range entries {
			// Each entry is checked just before it is assessed, while
			// its fields are in the cache for both.
			if err := checkEntry(&r.scheme, e); err != nil {
				return nil, err
			}
			out[i] = r.assess(e, asOf)
		}
		return out, nil
	}
	// Each worker has its own run (blocks, subject, caches) sharing the
	// prepared requirements; it takes the next block of entries and writes
	// their assessments to their places in out.
	runs := make([]*run, k)
	for w := range runs {
		runs[w] = r.fork()
	}
	// The first entry CheckEntry refuses in each block stops the block;
	// that of the first such block is the first of the register.
	errs := make([]error, blocks)
	assessBlocks(k, blocks, func(w, b int) {
		for i := b * parallelBlock; i < min((b+1)*parallelBlock, len(entries)); i++ {
			if err := checkEntry(&runs[w].scheme, entries[i]); err != nil {
				errs[b] = err
				return
			}
			out[i] = runs[w].assess(entries[i], asOf)
		}
	})
	for _, err := range errs {
		if err != nil {
			return nil, err
		}
	}
	return out, nil
}

// assessBlocks calls f(w, b) for every block b in [0, blocks) on k
// goroutines (w in [0, k): calls with the same w never overlap), handing
// out the blocks in increasing order, and returns when every call has
// returned. A panic in f stops the handing out of blocks; assessBlocks
// re-raises the first one on the calling goroutine once the other calls
// have returned.
func assessBlocks(k, blocks int, f func(w, b int)) {
	var (
		next     atomic.Int64
		mu       sync.Mutex
		panicked any
		wg       sync.WaitGroup
	)
	for w := range k {
		wg.Go(func() {
			defer func() {
				if p := recover(); p != nil {
					next.Store(int64(blocks)) // hand out nothing more
					mu.Lock()
					if panicked == nil {
						panicked = p
					}
					mu.Unlock()
				}
			}()
			for {
				b := int(next.Add(1) - 1)
				if b >= blocks {
					return
				}
				f(w, b)
			}
		})
	}
	wg.Wait()
	if panicked != nil {
		panic(panicked)
	}
}

// fork returns a run sharing r's read-only parts (requirements,
// conditions) with blocks and caches of its own, for another goroutine.
func (r *run) fork() *run {
	w := &run{org: r.org, scheme: r.scheme, blockers: r.blockers, matrix: r.matrix, th: r.th,
		window: r.window, off: r.off, byKind: r.byKind, late: r.late, tasks: r.tasks, conds: r.conds}
	w.condSeen = make([]uint32, len(r.condSeen))
	w.findings.chunk, w.due.chunk, w.texts.chunk, w.blockerBlock.chunk = r.findings.chunk, r.due.chunk, r.texts.chunk, r.blockerBlock.chunk
	w.provs.block.chunk, w.provs.dates.chunk, w.provs.texts.chunk = r.provs.block.chunk, r.provs.dates.chunk, r.provs.texts.chunk
	w.attest.tx = w.arena() // its own, not r's
	return w
}

// run is what the assessments of one Assess or AssessAll call share: the
// scorer's settings, the requirements of each kind (sorted once) with
// their weights, approval conditions and factor texts built once, and the
// blocks the per-entry slices are cut from.
type run struct {
	org      *Organisation
	scheme   ClassificationScheme
	blockers []BlockerRule
	matrix   *Matrix
	th       InherentThresholds
	window   int
	off      dueOff // the yearly tasks switched off (Organisation.DueOff)
	byKind   map[Kind][]preparedReq
	// late are the requirements of each kind checked after the residual.
	late map[Kind][]preparedReq
	// tasks are the date questions of the yearly tasks of each kind
	// (taskQuestionsOf).
	tasks map[Kind]*taskQuestions
	conds map[*FindingSpec]condition
	// condSeen[id] is the stamp (condStamp) of the last decision that
	// listed the condition with that id: decide drops a repeated
	// condition without comparing texts. Each run (fork) has its own.
	condSeen  []uint32
	condStamp uint32
	levels    []levelFactor
	// Blocks the per-entry slices are cut from (see block); their chunks
	// are 0 for a single Assess, which allocates each slice on its own.
	findings block[Finding]
	due      block[DueItem]
	texts    block[Text]
	// blockerBlock holds the triggered blockers of the assessments.
	blockerBlock block[Blocker]
	// provs are the provenances of the findings.
	provs provenances
	// txt is where the texts of the assessments are cut from (see
	// arena).
	txt  textArena
	subj Subject
	bctx BlockerContext
	// attest holds attest's maps from one entry to the next.
	attest attestScratch
	// sites remembers where the work sites read are abroad; each run
	// (fork) has its own.
	sites siteMemo
}

// preparedReq is a requirement with the specs of its findings: fixed
// for an outcome that needs no action, act (with the remediation) for one
// that does. Both have the requirement's effective weight (0 for a
// requirement checked after the residual risk).
type preparedReq struct {
	r          *Requirement
	fixed, act *FindingSpec
	// digest is the QuestionDigest of r.Question, computed once when
	// first needed (see questionDigest).
	digest *lazyDigest
	// pos is the requirement's index in the list prepareReqs made (the
	// requirements of a kind, sorted): where attestation.byReq holds
	// its answer.
	pos int
}

// lazyDigest is a question's digest, computed at most once, safely from
// several goroutines (a run's prepared requirements are shared).
type lazyDigest struct {
	once sync.Once
	d    string
}

// questionDigest returns the QuestionDigest of p's question: only answers
// whose record holds a digest need it, so it is computed when first asked
// for, once per run.
func (p *preparedReq) questionDigest() string {
	p.digest.once.Do(func() { p.digest.d = QuestionDigest(p.r.Question) })
	return p.digest.d
}

// reqSlot holds what prepareReqs makes for one requirement, allocated
// together.
type reqSlot struct {
	fixed, act FindingSpec
	digest     lazyDigest
}

func prepareReqs(rs []*Requirement) []preparedReq {
	ps := make([]preparedReq, len(rs))
	slots := make([]reqSlot, len(rs))
	for i, q := range rs {
		w := EffectiveWeight(q)
		if q.AfterResidual {
			w = 0
		}
		sl := &slots[i]
		fixed, act := &sl.fixed, &sl.act
		*fixed = FindingSpec{Requirement: q.ID, Title: q.Title, Severity: q.Severity, Clause: q.Clause, Weight: w}
		*act = *fixed
		act.Remediation = q.Remediation
		ps[i] = preparedReq{r: q, fixed: fixed, act: act, digest: &sl.digest, pos: i}
	}
	return ps
}

// lateReqs returns the requirements of ps checked after the residual risk.
func lateReqs(ps []preparedReq) []preparedReq {
	var out []preparedReq
	for _, p := range ps {
		if p.r.AfterResidual {
			out = append(out, p)
		}
	}
	return out
}

// pendingResidual is the message of a requirement checked after the
// residual risk, while the residual is not known (see Findings).
var pendingResidual = T("残留リスクが決まった後に判定する（Assess）", "decided once the residual risk is known (Assess)")

// levelFactor is the inherent-risk factor text of a confidentiality level.
type levelFactor struct {
	label Text
	rank  int
	text  Text
}

// maxLevelFactors bounds run.levels (a scheme has a handful of levels).
const maxLevelFactors = 16

func newRun(sc *Scorer, org *Organisation, reqs []Requirement, entries int) *run {
	m := sc.MatrixFor(org)
	r := &run{org: org, scheme: org.Scheme(), blockers: sc.Blockers, matrix: &m,
		th: sc.Thresholds, window: sc.window(), off: dueOffOf(org)}
	if r.th.IsZero() {
		r.th = defaultInherentThresholds
	}
	r.byKind = make(map[Kind][]preparedReq, len(kinds))
	r.late = make(map[Kind][]preparedReq, len(kinds))
	r.tasks = make(map[Kind]*taskQuestions, len(kinds))
	for _, k := range kinds {
		r.byKind[k] = prepareReqs(sortedFor(reqs, k))
		r.late[k] = lateReqs(r.byKind[k])
		r.tasks[k] = taskQuestionsOf(r.byKind[k])
	}
	if entries > 1 {
		r.findings.chunk, r.due.chunk, r.texts.chunk, r.blockerBlock.chunk = 4096, 1024, 2048, 512
		r.provs.block.chunk, r.provs.dates.chunk, r.provs.texts.chunk = 1024, 1024, 256
		r.attest.tx = r.arena()
		// The approval condition of every spec a finding that needs
		// action can have, built once (read-only afterwards, so that
		// forked runs share it).
		// Specs with the same condition text share its id.
		r.conds = make(map[*FindingSpec]condition, 2*len(reqs)+len(expirySpecs))
		ids := make(map[Text]int32)
		add := func(sp *FindingSpec) {
			c := conditionOf(sp)
			id, ok := ids[c]
			if !ok {
				id = int32(len(ids))
				ids[c] = id
			}
			r.conds[sp] = condition{c, id}
		}
		for _, k := range kinds {
			for _, q := range r.byKind[k] {
				add(q.act)
			}
		}
		for i := range expirySpecs {
			for _, sp := range expirySpecs[i] {
				if sp != nil {
					add(sp)
				}
			}
		}
		r.condSeen = make([]uint32, len(ids))
	}
	return r
}

// findingsFor returns about how many findings assessing entries makes:
// the requirements of each entry's kind, the two free slots of each
// entry's region (see catalogueFindings) and one expiry finding per entry
// (most entries have none or one; a run that needs more takes further
// blocks of r.findings.chunk).
func (r *run) findingsFor(entries []Entry) int {
	n := 0
	for _, e := range entries {
		n += len(r.byKind[e.Kind()]) + 3
	}
	return n
}

// block is a store of Ts that a run cuts per-entry slices from. chunk is
// how many Ts a new block holds; 0 allocates each slice on its own (a
// single Assess).
type block[T any] struct {
	buf   []T
	chunk int
}

// take returns n zero Ts, capacity n.
func (b *block[T]) take(n int) []T {
	if b.chunk == 0 {
		return make([]T, n)
	}
	if cap(b.buf)-len(b.buf) < n {
		b.buf = make([]T, 0, max(n, b.chunk))
	}
	l := len(b.buf)
	b.buf = b.buf[:l+n]
	return b.buf[l : l+n : l+n]
}

// takeFindings returns n zero findings, capacity n.
func (r *run) takeFindings(n int) []Finding { return r.findings.take(n) }

// takeDue returns a copy of items, capacity len(items); nil when empty.
func (r *run) takeDue(items []DueItem) []DueItem {
	if len(items) == 0 {
		return nil
	}
	out := r.due.take(len(items))
	copy(out, items)
	return out
}

// allocateEach makes r allocate every per-assessment slice and text on
// its own (each block's chunk 0), as for a single Assess: for Assessor,
// whose caller keeps few assessments and must not keep a block of others
// with one (TestAllocateEachZeroesEveryBlock).
func (r *run) allocateEach() {
	r.findings.chunk, r.due.chunk, r.texts.chunk, r.blockerBlock.chunk = 0, 0, 0, 0
	r.provs.block.chunk, r.provs.dates.chunk, r.provs.texts.chunk = 0, 0, 0
}

// arena returns where r cuts the texts of its assessments from: r.txt for
// the run of a register, nil (each text allocated on its own) for a
// single Assess, which would not fill a chunk.
func (r *run) arena() *textArena {
	if r.texts.chunk == 0 {
		return nil
	}
	return &r.txt
}

// takeBlockers returns a copy of bs, capacity len(bs); nil when empty.
func (r *run) takeBlockers(bs []Blocker) []Blocker {
	if len(bs) == 0 {
		return nil
	}
	out := r.blockerBlock.take(len(bs))
	copy(out, bs)
	return out
}

// takeTexts returns n zero texts, capacity n.
func (r *run) takeTexts(n int) []Text { return r.texts.take(n) }

// condition is an approval condition built once for a run (run.conds),
// with its id: the index of its text among the distinct conditions of the
// run (equal texts, equal ids).
type condition struct {
	text Text
	id   int32
}

// condition returns the approval condition of a finding with spec s
// (see Decide) and its id, -1 when r (may be nil) has not built it.
func (r *run) condition(s *FindingSpec) (Text, int32) {
	if r != nil {
		if c, ok := r.conds[s]; ok {
			return c.text, c.id
		}
	}
	return conditionOf(s), -1
}

// levelFactor returns the inherent-risk factor of the confidentiality
// level named label with the given rank; r may be nil.
func (r *run) levelFactor(label Text, rank int) Text {
	if r == nil {
		return factor(label.Ja, label.In("en"), rank)
	}
	for i := range r.levels {
		if l := &r.levels[i]; l.rank == rank && l.label == label {
			return l.text
		}
	}
	t := factor(label.Ja, label.In("en"), rank)
	if len(r.levels) < maxLevelFactors {
		r.levels = append(r.levels, levelFactor{label, rank, t})
	}
	return t
}

// assess is Scorer.Assess for one entry: the stages of the pipeline, in
// order, each the stage function of the same name (the function that the
// public one is a thin wrapper of), given r so that its slices are cut
// from r's blocks. TestAssessIsThePipeline composes the public stage
// functions and compares the result with Assess and AssessAll.
func (r *run) assess(e Entry, asOf Date) Assessment {
	a := Assessment{Kind: e.Kind(), EntryID: e.Base().ID, Entry: e, AsOf: asOf}

	// 1. Inherent risk (Scorer.Inherent).
	x := exposureWith(&r.scheme, e, asOf, &r.sites)
	inh := r.inherent(&x)
	a.Inherent, a.InherentScore, a.InherentFactors = inh.Level, inh.Points, inh.Factors

	// 2. The answers that count (attest), which date a yearly task whose
	// register field is empty (LastDone) for the due items, the review and
	// the catalogue alike; the due items except the review, whose date
	// depends on the residual (DueItemsAt with no next review), and their
	// expiry findings (ExpiryFindingsAt).
	reqs := r.byKind[e.Kind()]
	// The subject lives in r, not one per entry.
	r.subj = Subject{Org: r.org, Entry: e, Answers: e.Base().Answers, AsOf: asOf}
	answers, att := attest(&r.subj, reqs, &r.attest)
	ta := taskAnswers{answers: answers, qs: r.tasks[e.Kind()]}
	var dbuf [16]DueItem
	items := dueItemsInto(dbuf[:0], r.org, e, &x, nil, r.off, &ta, asOf, r.arena())
	var ebuf [8]Finding
	exp := expiryFindingsInto(ebuf[:0], items, asOf, r.window, inh.ConfidentialityRank >= 3, &r.provs, r.arena())
	for i := range exp {
		r.answerSourced(&exp[i], &att)
	}

	// 3. Catalogue findings (Findings) merged with the expiry findings in
	// requirement-id order; the review's expiry finding joins them in
	// step 6.
	fs, region, late := r.catalogueFindings(e, reqs, answers, &att, exp)

	// 4. Control score (ControlScore; expiry findings have weight 0).
	a.ControlScore = ControlScore(fs)

	// 5. Blockers (Scorer.TriggeredBlockers) and the residual risk
	// (Scorer.Residual); then the requirements checked after the residual
	// (FindingsAt).
	r.bctx = BlockerContext{Org: r.org, Scheme: &r.scheme, Entry: e, Findings: fs, AsOf: asOf}
	var bbuf [8]Blocker
	a.Blockers = r.takeBlockers(evalBlockersInto(bbuf[:0], r.blockers, &r.bctx))
	r.bctx = BlockerContext{}
	a.Residual = residual(r.matrix, a.Inherent, a.ControlScore, a.Blockers)
	r.checkLate(&late, e, asOf, fs, a.Residual)

	// 6. The review (ReviewAt), its due item and its expiry finding.
	if !RecordOn(e, asOf) {
		// Retired (or rejected) for good before the review falls due
		// (RecordFrom): no review at all (reviewBeforeRecord), so no next
		// review, no item and no finding, as DueItems drops it.
		a.Review = reviewBeforeRecord(e, reviewOf(r.org, r.off, &ta, e, a.Residual, asOf, r.arena()), asOf)
		a.NextReview = a.Review.Date
		if !a.Review.Date.IsZero() {
			rev := reviewItem(e, &a.Review)
			items = append(items, rev)
			sortDue(items)
			if f, ok := expiryFinding(&rev, asOf, r.window, inh.ConfidentialityRank >= 3, &r.provs, r.arena()); ok {
				r.answerSourced(&f, &att)
				fs = insertFinding(region, fs, f)
			}
		}
	}
	a.Due = r.takeDue(items)
	a.Findings = fs[:len(fs):len(fs)]

	// 7. The decision (Decide) and the counts (CountOutcomes).
	a.Decision, a.Conditions = decide(a.Residual, a.Blockers, fs, r)
	a.Counts = CountOutcomes(fs)
	return a
}

// answerSourced gives an expiry finding dated by an answer (Evidence
// answers.Q-…, see expiryProvenance) the provenance of that answer as att
// knows it: the self-check it was imported from, with its date and cell.
func (r *run) answerSourced(f *Finding, att *attestation) { answerSourced(f, att, &r.provs) }

// answerSourced is run.answerSourced with the provenances from provs (may
// be nil).
func answerSourced(f *Finding, att *attestation, provs *provenances) {
	if att.info == nil || !strings.HasPrefix(f.Evidence, "answers.") {
		return // no answer from a workbook: entered in the register
	}
	inf, ok := att.lookup(f.Evidence[len("answers."):], nil)
	if !ok || inf.dropped() {
		return
	}
	field := inf.cell()
	if field == "" {
		field = f.Evidence
	}
	f.Provenance = provs.answer(Provenance{From: inf.src.By, Field: field, On: inf.src.On, Source: inf.src.Source})
}

// inherent is Scorer.Inherent on the exposure x, with the factor texts
// cut from r's blocks.
func (r *run) inherent(x *exposure) InherentRisk {
	var fl factorList
	fl.fill(x, r)
	inh := InherentRisk{Level: r.th.Level(fl.points), Points: fl.points, ConfidentialityRank: x.confRank}
	if fl.n > 0 {
		inh.Factors = r.takeTexts(fl.n)
		copy(inh.Factors, fl.buf[:fl.n])
	}
	return inh
}

// residual is Scorer.Residual: the matrix cell of the inherent level and
// the control score, or 重大 when a blocker triggered.
func residual(m *Matrix, inh RiskLevel, score float64, blockers []Blocker) RiskLevel {
	if len(blockers) > 0 {
		return RiskCritical
	}
	return m.Residual(inh, score)
}

// lateChecks are the requirements of an entry checked once the residual
// risk is known, with what their checks need (see FindingsAt).
type lateChecks struct {
	reqs    []preparedReq
	answers map[string]Answer
	att     attestation
}

// checkLate replaces the pending findings of the late requirements in fs
// by their findings for e with the residual risk known.
func (r *run) checkLate(l *lateChecks, e Entry, asOf Date, fs []Finding, residual RiskLevel) {
	if len(l.reqs) == 0 {
		return
	}
	// The subject lives in r, not one per entry.
	r.subj = Subject{Org: r.org, Entry: e, Answers: l.answers, AsOf: asOf, Residual: residual}
	for _, q := range l.reqs {
		// The finding's place was laid out with the others.
		for i := range fs {
			if f := &fs[i]; f.FindingSpec == q.act && f.Message == pendingResidual {
				checkInto(fs, i, &r.subj, q, &r.provs)
				l.att.provenance(f, &q, &r.subj, &r.provs)
				break
			}
		}
	}
	r.subj = Subject{}
}

// catalogueFindings is Findings for e (the subject in r.subj, whose
// requirements are reqs, with the answers that count and their
// attestation att from attest) merged with the sorted expiry findings exp
// (as mergeFindings merges them), cut from one region of r's findings
// block with a free slot at each end for the review's expiry finding (see
// insertFinding). late holds what checking the late requirements needs.
func (r *run) catalogueFindings(e Entry, reqs []preparedReq, answers map[string]Answer, att *attestation, exp []Finding) (fs, region []Finding, late lateChecks) {
	n := len(reqs) + len(exp)
	region = r.takeFindings(n + 2)
	fs = region[1 : n+1]
	r.subj.Answers = answers
	var pbuf [8]int
	if pos, ok := placeExpiry(pbuf[:0], reqs, exp); ok {
		findingsInto(fs, &r.subj, att, &r.provs, reqs, exp, pos)
	} else {
		// An expiry finding has the id of a requirement: its place depends
		// on the evidence, known only after the check.
		findingsInto(fs[:len(reqs)], &r.subj, att, &r.provs, reqs, nil, nil)
		fs = mergeFindings(fs[:len(reqs):len(reqs)], exp)
		region = fs[:len(fs):len(fs)]
	}
	r.subj = Subject{}
	if lr := r.late[e.Kind()]; len(lr) > 0 {
		late = lateChecks{reqs: lr, answers: answers, att: *att}
	}
	return fs, region, late
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
// are not met, partial or not answered. A requirement marked AfterResidual
// is not answered here, with a message saying so: only Assess knows the
// residual risk its check needs. Findings panics with the error of
// CheckOrganisation (wrapping ErrOrgSetting or ErrDueOff) when org has a
// setting register.yaml could not hold, and with the error of CheckEntry
// (wrapping ErrEntryValue) when a field of e holds a value its type or
// org's scheme does not allow, which a check would read as no value:
// Assess returns these errors.
func Findings(org *Organisation, reqs []Requirement, e Entry, asOf Date) []Finding {
	return FindingsAt(org, reqs, e, asOf, "")
}

// FindingsAt is Findings for an entry whose residual risk is known: the
// requirements marked AfterResidual are checked with Subject.Residual set
// to residual (stage 5 of Assess). With an empty residual it is Findings;
// it panics as Findings does.
func FindingsAt(org *Organisation, reqs []Requirement, e Entry, asOf Date, residual RiskLevel) []Finding {
	mustCheckEntry(orZero(org), e)
	ps := prepareReqs(sortedFor(reqs, e.Kind()))
	out := make([]Finding, len(ps))
	subj := &Subject{Org: org, Entry: e, Answers: e.Base().Answers, AsOf: asOf, Residual: residual}
	var att attestation
	subj.Answers, att = attest(subj, ps, nil)
	findingsInto(out, subj, &att, nil, ps, nil, nil)
	return out
}

// findingsInto writes the findings of reqs for subj to out, with the
// expiry findings exp among them: exp[k] goes before the finding of
// reqs[pos[k]] (len(out) == len(reqs)+len(exp); pos from placeExpiry).
// Their provenances come from provs (may be nil).
func findingsInto(out []Finding, subj *Subject, att *attestation, provs *provenances, reqs []preparedReq, exp []Finding, pos []int) {
	k := 0
	for i := range reqs {
		for k < len(exp) && pos[k] <= i {
			out[i+k] = exp[k]
			k++
		}
		checkInto(out, i+k, subj, reqs[i], provs)
		att.provenance(&out[i+k], &reqs[i], subj, provs)
	}
	for ; k < len(exp); k++ {
		out[len(reqs)+k] = exp[k]
	}
}

// checkInto writes the finding of requirement q for subj to out[at]
// (an index, not a *Finding: see TestFindingPageFaults). A
// requirement checked after the residual risk gets, while subj.Residual is
// empty, a not-answered finding with the message pendingResidual, which
// Assess replaces once the residual is known. Its Due comes from ps (may
// be nil).
func checkInto(out []Finding, at int, subj *Subject, q preparedReq, ps *provenances) {
	r := q.r
	var res Result
	byAnswer := false
	switch {
	case r.AfterResidual && subj.Residual == "":
		res = Result{Outcome: OutcomeNotAnswered, Message: pendingResidual}
	case r.Applies != nil && !r.Applies(subj):
		res.Outcome = OutcomeNotApplicable
	case r.Check != nil:
		res = r.Check(subj)
	default:
		res, byAnswer = answerResult(r, subj.Answers), true
	}
	switch res.Outcome {
	case OutcomeMet, OutcomePartial, OutcomeNotMet, OutcomeNotAnswered, OutcomeNotApplicable:
	default:
		res.Outcome = OutcomeNotAnswered
	}
	if res.Evidence == "" {
		if res.Outcome == OutcomeNotApplicable && !byAnswer {
			// Not applicable by the register's facts (Applies, or a check
			// naming no evidence): its basis is the register's field, never
			// the cell of an answer that did not decide it.
			res.Evidence = r.Field
		} else {
			res.Evidence = defaultEvidence(r, subj.Answers)
		}
	}
	spec := q.fixed
	if needsAction(res.Outcome) {
		spec = q.act
	}
	f := &out[at]
	// Field by field, not *f = Finding{…}: f is in a block of findings,
	// where clearing the whole finding first costs a write barrier for
	// each of its pointers while the garbage collector marks. Provenance
	// and Conflict are cleared only when set (a finding checked again).
	f.FindingSpec, f.Outcome, f.Evidence, f.Message, f.DueOn = spec, res.Outcome, res.Evidence, res.Message, ps.due(res.Due)
	if f.Provenance != nil {
		f.Provenance = nil
	}
	if f.Conflict != nil {
		f.Conflict = nil
	}
}

// placeExpiry appends to pos, for each of the sorted expiry findings exp,
// the number of findings of reqs that come before it in the merged order
// (mergeFindings). ok is false when an expiry finding has the id of one of
// reqs: its place then depends on the evidence, known only after the
// check, and the caller merges afterwards.
func placeExpiry(pos []int, reqs []preparedReq, exp []Finding) ([]int, bool) {
	for k := range exp {
		id := exp[k].Requirement
		lo, hi := 0, len(reqs)
		for lo < hi {
			h := int(uint(lo+hi) >> 1)
			if CompareIDs(id, reqs[h].r.ID) < 0 {
				hi = h
			} else {
				lo = h + 1
			}
		}
		if hi > 0 && CompareIDs(id, reqs[hi-1].r.ID) == 0 {
			return pos, false
		}
		pos = append(pos, hi)
	}
	return pos, true
}

// insertFinding merges f into fs (as mergeFindings does), where fs lies
// within region and region has a free slot before or after fs (or both):
// the shorter side of fs moves into it.
func insertFinding(region, fs []Finding, f Finding) []Finding {
	// Offset of fs in region.
	off := cap(region) - cap(fs)
	n := len(fs)
	p := findingPlace(fs, &f)
	frontFree, backFree := off > 0, off+n < len(region)
	if frontFree && (p <= n-p || !backFree) {
		out := region[off-1 : off+n]
		copy(out[:p], fs[:p])
		out[p] = f
		return out
	}
	if backFree {
		out := region[off : off+n+1]
		copy(out[p+1:], fs[p:])
		out[p] = f
		return out
	}
	return mergeFindings(fs, []Finding{f})
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
	switch v := strings.TrimSpace(a.Value); {
	case v == "yes":
		return Result{Outcome: OutcomeMet}
	case v == "partial":
		return Result{Outcome: OutcomePartial}
	case v == "no":
		return Result{Outcome: OutcomeNotMet}
	case NotApplicable(v):
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
// present, with 0 when there is none, and so is any unknown outcome of a
// finding. CountOutcomes counts the known outcomes without a map.
func Count(fs []Finding) map[Outcome]int {
	n, other := countOutcomes(fs)
	m := n.Map()
	for _, o := range other {
		m[o]++
	}
	return m
}

// CountOutcomes returns the number of findings of fs per outcome
// (Assessment.Counts); a finding whose outcome is not one of Outcomes is
// not counted (the scorer gives none: it counts an unknown outcome of a
// check as not answered).
func CountOutcomes(fs []Finding) OutcomeCounts {
	n, _ := countOutcomes(fs)
	return n
}

// countOutcomes counts the known outcomes of fs; other are the unknown
// outcomes, one per finding (nil when there is none).
func countOutcomes(fs []Finding) (n OutcomeCounts, other []Outcome) {
	for i := range fs {
		if p := n.field(fs[i].Outcome); p != nil {
			*p++
		} else {
			other = append(other, fs[i].Outcome)
		}
	}
	return n, other
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
	return decide(residual, blockers, fs, nil)
}

// decide is Decide; r (may be nil) supplies prebuilt conditions and the
// block the conditions are cut from.
func decide(residual RiskLevel, blockers []Blocker, fs []Finding, r *run) (Decision, []Text) {
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
	n := 0
	for i := range fs {
		if f := &fs[i]; needsAction(f.Outcome) && severityRank(f.Severity) >= 2 {
			n++
		}
	}
	var conds []Text
	if n > 0 && r != nil && r.texts.chunk > 0 {
		conds = r.takeTexts(n)[:0]
	}
	// A condition with an id is dropped as a repeat by its id, while
	// every condition listed has one; after one without, by its text.
	var stamp uint32
	if r != nil && len(r.condSeen) > 0 {
		r.condStamp++
		if r.condStamp == 0 { // wrapped: forget every stamp
			clear(r.condSeen)
			r.condStamp = 1
		}
		stamp = r.condStamp
	}
	byText := stamp == 0
	for i := range fs {
		f := &fs[i]
		if !needsAction(f.Outcome) || severityRank(f.Severity) < 2 {
			continue
		}
		c, id := r.condition(f.FindingSpec)
		if id >= 0 && !byText {
			if r.condSeen[id] != stamp {
				r.condSeen[id] = stamp
				conds = append(conds, c)
			}
			continue
		}
		if !slices.Contains(conds, c) {
			conds = append(conds, c)
		}
		byText = true
	}
	if len(conds) == 0 {
		conds = nil
		conds = append(conds, T("残留リスクが「高」のため、リスク低減の計画を定め、短い間隔で見直すこと。",
			"Residual risk is high: agree a risk-reduction plan and review at short intervals."))
	}
	return DecisionConditional, conds
}

// conditionOf returns the approval condition of a finding with spec s:
// its remediation, or when there is none a request to meet its title,
// after the requirement id.
func conditionOf(s *FindingSpec) Text {
	rem := s.Remediation
	if rem.Ja == "" {
		rem = T(s.Title.Ja+"を満たすこと。", "Meet: "+s.Title.In("en")+".")
	}
	return T(s.Requirement+": "+rem.Ja, s.Requirement+": "+rem.In("en"))
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
				return cmp.Compare(len(ra), len(rb))
			}
			if c := strings.Compare(ra, rb); c != 0 {
				return c
			}
			continue
		}
		if ca != cb {
			return cmp.Compare(int(ca), int(cb))
		}
		i++
		j++
	}
	if c := cmp.Compare(len(a)-i, len(b)-j); c != 0 {
		return c
	}
	return strings.Compare(a, b)
}

func isDigit(c byte) bool { return '0' <= c && c <= '9' }

func compareFindings(a, b *Finding) int {
	if c := CompareIDs(a.Requirement, b.Requirement); c != 0 {
		return c
	}
	return strings.Compare(a.Evidence, b.Evidence)
}

func sortFindings(fs []Finding) {
	if len(fs) > 12 {
		slices.SortStableFunc(fs, func(a, b Finding) int { return compareFindings(&a, &b) })
		return
	}
	// Insertion sort (stable) for the few expiry findings of an entry.
	for i := 1; i < len(fs); i++ {
		for j := i; j > 0 && compareFindings(&fs[j], &fs[j-1]) < 0; j-- {
			fs[j], fs[j-1] = fs[j-1], fs[j]
		}
	}
}

// mergeFindings merges the sorted extra findings into sorted fs, in place
// when fs has room (stable: on a tie the finding of fs comes first).
// Working from the back, each extra finding goes to its findingPlace
// among the findings of fs not yet moved.
func mergeFindings(fs, extra []Finding) []Finding {
	if len(extra) == 0 {
		return fs
	}
	n, m := len(fs), len(extra)
	fs = slices.Grow(fs, m)[:n+m]
	i := n // fs[:i] are the findings of fs not yet moved
	for j := m - 1; j >= 0; j-- {
		x := &extra[j]
		p := findingPlace(fs[:i], x)
		copy(fs[p+j+1:i+j+1], fs[p:i])
		fs[p+j] = *x
		i = p
	}
	return fs
}

// findingPlace returns where x goes in the sorted fs: after the last
// finding that does not sort after it. The place is found by binary search
// on the id and, among equal ids, by scanning down with the full
// comparison (compareFindings).
func findingPlace(fs []Finding, x *Finding) int {
	// hi: the first finding whose id sorts after x's.
	lo, hi := 0, len(fs)
	for lo < hi {
		h := int(uint(lo+hi) >> 1)
		if CompareIDs(x.Requirement, fs[h].Requirement) < 0 {
			hi = h
		} else {
			lo = h + 1
		}
	}
	p := hi
	for p > 0 && compareFindings(x, &fs[p-1]) < 0 {
		p--
	}
	return p
}
