package riskassess

import (
	"slices"
	"strings"
)

// AnswerSource is where one of an entry's current answers came from.
type AnswerSource struct {
	// By is who gave it: AttestVendor (a vendor questionnaire),
	// AttestCouncil (a self-check sheet, or an answer entered in the
	// register by staff: then Source is empty).
	By Attester
	// On is the date of the answer: the date the respondent put on the
	// workbook, or the date it was imported (when the workbook has none,
	// or one after the import).
	On Date
	// Source is the workbook the answer was imported from; "" for an
	// answer entered in the register.
	Source string
	// Cell is the answer's cell (Answer.Cell) when it is the cell of
	// Source: "" when the answer was stored from an earlier workbook and
	// Source only repeated it (an unchanged answer keeps its stored cell,
	// which in Source may hold another question).
	Cell string
}

// questionChanged reports whether an answer was given to another text of
// p's question than its current one: recorded is the digest of the
// question its record holds (AssessmentRecord.Questions; see sourceOf),
// and it differs from the current question's QuestionDigest (computed
// only when there is a recorded one). An answer without a recorded digest
// (entered in the register, or from a record made before records held
// digests) was not given to a changed question. This is the one rule of
// whether a stored answer still answers its question: the scoring
// (attest, and through it the dates and due items that rest on answers)
// and AnswerOutdated use it.
func questionChanged(recorded string, p *preparedReq) bool {
	return recorded != "" && recorded != p.questionDigest()
}

// AnswerOutdated reports whether e's current answer to q was given to the
// question as it was before its text changed (see
// AssessmentRecord.Questions), and the date it was given: such an answer
// does not count in the scoring (the requirement is not answered) and is
// not offered again as the answer to the question as it is now.
func AnswerOutdated(e Entry, q *Question) (Date, bool) {
	if e == nil || q == nil {
		return Date{}, false
	}
	b := e.Base()
	a, ok := b.Answers[q.ID]
	if !ok || len(b.Assessments) == 0 {
		return Date{}, false
	}
	src, recorded := sourceOf(b.Assessments, q.ID, a)
	if !questionChanged(recorded, &preparedReq{r: &Requirement{Question: q}, digest: &lazyDigest{}}) {
		return Date{}, false
	}
	return src.On, true
}

// questionChangedText is why an answer given to a question whose text has
// changed since (on: the date it was given) does not count.
func questionChangedText(on Date) Text {
	d := on.String()
	return T("質問文が変わったため、"+d+" の回答（変わる前の質問文への回答）は判定に使わない。今の質問文で回答し直してもらうこと",
		"the question has changed since the answer of "+d+" was given (to the question as it was): it does not count; ask for a new answer to the question as it is now")
}

// AnswerSources returns, by question id, where each of e's current answers
// came from: the latest assessment record (see Common.Assessments) holding
// the same value for the question. An answer that no record holds was
// entered in the register by staff: it counts as the council's. A vendor's
// 該当なし ("na") that the council confirmed (a self-check record giving
// "na" with no other value in between) stays the council's when later
// vendor records only repeat it: returning the pre-filled 該当なし of the
// next questionnaire untouched does not make it a new claim.
func AnswerSources(e Entry) map[string]AnswerSource {
	b := e.Base()
	out := make(map[string]AnswerSource, len(b.Answers))
	for id, a := range b.Answers {
		out[id] = answerSource(b.Assessments, id, a)
	}
	return out
}

// answerSource is AnswerSources for one answer, given by the records recs
// (an entry's Assessments, or those of them answered by a date).
func answerSource(recs []AssessmentRecord, id string, a Answer) AnswerSource {
	src, _ := sourceOf(recs, id, a)
	return src
}

// sourceOf is answerSource, with the digest of the question the answer
// was given to as its record holds it (AssessmentRecord.Questions; ""
// when it holds none, or no record holds the answer).
func sourceOf(recs []AssessmentRecord, id string, a Answer) (AnswerSource, string) {
	v := strings.TrimSpace(a.Value)
	// after is the value right after record i, walking back from the
	// current one through the records' changes.
	after := v
	for i := len(recs) - 1; i >= 0; i-- {
		rec := &recs[i]
		given, ok := rec.Given(id, after)
		if ch, changed := rec.Changed[id]; changed {
			after = strings.TrimSpace(ch.From)
		}
		if ok && strings.TrimSpace(given) == v {
			if rec.Answerer() == AttestVendor && NotApplicable(v) {
				if j, ok := confirmedClaim(recs, id, i, after); ok {
					i, rec = j, &recs[j]
				}
			}
			src := recordSource(rec)
			src.Cell = ownCell(recs, id, i, a)
			return src, rec.Questions[id]
		}
	}
	return AnswerSource{By: AttestCouncil}, ""
}

// ownCell returns a.Cell when the answer a to question id was stored from
// record i (the record its source is): its full copy (earlier layout) has
// that cell, or i is the latest record that stored the answer, which sets
// the cell: one that received it with a change, or the first to receive
// it. A record that received the answer unchanged keeps the stored cell
// (entryedit.MergeAnswers), and so does one that changed only its comment
// without a value; then the cell is an earlier or a later workbook's and
// ownCell returns "".
func ownCell(recs []AssessmentRecord, id string, i int, a Answer) string {
	if rec := &recs[i]; len(rec.Answered) == 0 && len(rec.Answers) > 0 {
		if rec.Answers[id].Cell == a.Cell {
			return a.Cell
		}
		return ""
	}
	if a.Cell == "" {
		return ""
	}
	// The setter is the latest record that received the answer with a
	// change, else the first that received it. This runs for every answer
	// of every entry (attest): look for a change by the map first, and
	// test the receipt (a search of Answered) only where there is one.
	setter := -1
	for j := len(recs) - 1; j >= 0 && setter < 0; j-- {
		rec := &recs[j]
		if _, changed := rec.Changed[id]; !changed {
			continue
		}
		if _, ok := rec.Given(id, ""); ok {
			setter = j
		}
	}
	for j := 0; j < len(recs) && setter < 0; j++ {
		if _, ok := recs[j].Given(id, ""); ok {
			setter = j
			break
		}
	}
	if setter != i {
		return ""
	}
	return a.Cell
}

// recordSource is the source of an answer rec received, dated when it was
// given (AssessmentRecord.AnsweredOn).
func recordSource(rec *AssessmentRecord) AnswerSource {
	return AnswerSource{By: rec.Answerer(), On: rec.AnsweredOn(), Source: rec.Source}
}

// confirmedClaim returns the index of the latest council record before
// record last that gave question id the value "na" (NotApplicable), while
// the value stayed so (after is the value right before record last): the council's
// confirmation of a claim a vendor record only repeats.
func confirmedClaim(recs []AssessmentRecord, id string, last int, after string) (int, bool) {
	for i := last - 1; i >= 0 && NotApplicable(after); i-- {
		rec := &recs[i]
		given, ok := rec.Given(id, after)
		if ch, changed := rec.Changed[id]; changed {
			after = strings.TrimSpace(ch.From)
		}
		if ok && NotApplicable(strings.TrimSpace(given)) && rec.Answerer() == AttestCouncil {
			return i, true
		}
	}
	return 0, false
}

// Provenance says where a finding's outcome came from, so that an auditor
// can trace it: a fact recorded in the register (Field; also the facts an
// applicability rule rests on), a vendor questionnaire or a self-check of
// a date, or an answer entered in the register. The findings of an
// assessment run that rest on the same register field share one
// Provenance (Finding.Provenance points to it): treat it as read-only,
// and copy it before changing it.
type Provenance struct {
	// From is AttestRegister (a recorded fact, or the applicability rule
	// on recorded facts), AttestVendor or AttestCouncil (an answer).
	From Attester `json:"from,omitempty"`
	// Field is the register field path ("contracts[0].clauses") or the
	// questionnaire cell ("質問!D17") the outcome rests on, if any.
	Field string `json:"field,omitempty"`
	// On is the date of the answer (see AnswerSource.On). A finding
	// that nothing evidences (not answered) has a nil Provenance.
	On Date `json:"on,omitzero"`
	// Source is the workbook the answer was imported from.
	Source string `json:"source,omitempty"`
}

// Text describes p for people, e.g. "事業者の確認票（2026-04-15、acme.xlsx）".
func (p Provenance) Text() Text {
	var ja, en string
	switch p.From {
	case AttestRegister:
		ja, en = "台帳の記録", "register record"
	case AttestVendor:
		ja, en = "事業者の確認票", "vendor questionnaire"
	case AttestCouncil:
		ja, en = "自己点検", "self-check"
		if p.Source == "" {
			ja, en = "台帳に記入された回答", "answer entered in the register"
		}
	default:
		return Text{}
	}
	var parts []string
	if !p.On.IsZero() {
		parts = append(parts, p.On.String())
	}
	if p.Source != "" {
		parts = append(parts, p.Source)
	}
	if p.Field != "" && !strings.HasPrefix(p.Field, "answers.") {
		parts = append(parts, p.Field)
	}
	if len(parts) > 0 {
		ja += "（" + strings.Join(parts, "、") + "）"
		en += " (" + strings.Join(parts, ", ") + ")"
	}
	return T(ja, en)
}

// attestation is what findingsInto knows of who gave an entry's answers.
// The zero value (no answers from a workbook) counts every answer as the
// council's.
type attestation struct {
	// info holds, by question id, the index in infos of each of the
	// subject's answers as given (before any is dropped), with its source
	// and, for an answer that does not count, the reason; nil when no
	// answer is from a workbook. (An index, not the answerInfo itself: a
	// map value over 128 bytes costs an allocation per insert.)
	info  map[string]int32
	infos []answerInfo
	// byReq[i] is the index in infos of the answer to the question of
	// the i-th requirement attest was given (-1: none), which provenance
	// reads instead of looking the id up in info again; nil when info is.
	byReq []int32
	// registerOnly is the subject without the vendor's answers, against
	// which a counted vendor answer is compared; nil when none counts.
	registerOnly *Subject
}

// answerInfo is one of an entry's answers with where it came from.
type answerInfo struct {
	// id is the question's id, set only for an answer given after the
	// as-of date (answersAsOf); the others are found by it in a map.
	id     string
	answer Answer
	src    AnswerSource
	// question is the digest of the question the answer was given to, as
	// its record holds it (see questionChanged); "" when not recorded.
	question string
	// why says why the answer does not count; empty when it counts.
	why Text
}

// cell is the questionnaire cell the answer was read from, as far as it is
// the cell of its source (AnswerSource.Cell); an answer no import record
// holds keeps its stored cell.
func (i *answerInfo) cell() string {
	if i.src.Source == "" {
		return i.answer.Cell
	}
	return i.src.Cell
}

// dropped reports whether the answer does not count.
func (i *answerInfo) dropped() bool { return i.why.Ja != "" }

// lookup returns the answer to question id of subj (the subject whose
// answers attest returned with att) with its source, and whether there is
// one: one map lookup whether or not att knows the sources. A dropped
// answer is returned (ok true) with its reason set.
func (att *attestation) lookup(id string, subj *Subject) (answerInfo, bool) {
	if att.info != nil {
		if i, ok := att.info[id]; ok {
			return att.infos[i], true
		}
		return answerInfo{}, false
	}
	a, ok := subj.Answers[id]
	return answerInfo{answer: a, src: AnswerSource{By: AttestCouncil}}, ok
}

// attestScratch holds the maps attest fills for one entry, kept from one
// entry to the next by a run so that assessing a register does not
// allocate them per entry. What attest returns with a scratch is valid
// until the scratch is next given to attest.
type attestScratch struct {
	info     map[string]int32
	infos    []answerInfo
	byReq    []int32
	kept, ro map[string]Answer
	roSubj   Subject
	// asOf and later hold what answersAsOf returns, whys the reasons it
	// gave lately.
	asOf  map[string]Answer
	later []answerInfo
	whys  []laterWhy
	// tx is where laterText cuts its reasons from (nil: each allocated).
	tx *textArena
}

// reuse returns m emptied, or a new map when m is nil.
func reuse[V any](m map[string]V, n int) map[string]V {
	if m == nil {
		return make(map[string]V, n)
	}
	clear(m)
	return m
}

// Reasons an answer does not count.
var (
	notVendorsText = T("事業者の回答は採用しない（議会が自ら確認する項目）", "the vendor's answer does not count: the council checks this itself")
	claimNAText    = T("事業者は「該当なし」と回答（議会の確認待ち。確認されるまで未回答として扱う）",
		"the vendor answered not applicable: a claim to be confirmed by the council, counted as not answered until then")
)

// attest returns the answers of subj that count for reqs, and the
// attestation of the others. Answers count only from those who may give
// them: a vendor's answer to a question of a requirement that the vendor
// does not attest is dropped, and so is a vendor's "na" (該当なし) for a
// requirement that applies: it is a claim the council confirms (by
// answering in a self-check, or entering the answer in the register).
// Answers count as they stood on subj.AsOf: an import record answered
// after it (AssessmentRecord.AnsweredOn) is undone (answersAsOf), and an
// answer first given after it is dropped as not yet given.
// The maps it builds are taken from sc (see attestScratch); with a nil sc
// they are new. subj.Answers itself is never modified: when an answer is
// dropped, the answers that count are a copy.
func attest(subj *Subject, reqs []preparedReq, sc *attestScratch) (map[string]Answer, attestation) {
	b := subj.Entry.Base()
	if len(b.Assessments) == 0 || len(subj.Answers) == 0 {
		return subj.Answers, attestation{}
	}
	if sc == nil {
		sc = &attestScratch{}
	}
	// given are the answers as they stood on the as-of date, recs the
	// records answered by then: usually the entry's as they are.
	given, recs := subj.Answers, b.Assessments
	var later []answerInfo
	if answeredAfter(recs, subj.AsOf) {
		recs, given, later = answersAsOf(recs, subj.Answers, subj.AsOf, sc)
	}
	sc.info = reuse(sc.info, len(subj.Answers))
	sc.infos = sc.infos[:0]
	for id, a := range given {
		sc.info[id] = int32(len(sc.infos))
		src, question := sourceOf(recs, id, a)
		sc.infos = append(sc.infos, answerInfo{answer: a, src: src, question: question})
	}
	for _, inf := range later {
		sc.info[inf.id] = int32(len(sc.infos))
		sc.infos = append(sc.infos, inf)
	}
	sc.byReq = slices.Grow(sc.byReq[:0], len(reqs))[:len(reqs)]
	att := attestation{info: sc.info, infos: sc.infos, byReq: sc.byReq}
	var kept map[string]Answer
	vendorKept := false
	for i := range reqs {
		att.byReq[i] = -1
		r := reqs[i].r
		if r.Question == nil {
			continue
		}
		id := r.Question.ID
		k, ok := att.info[id]
		if !ok {
			continue
		}
		att.byReq[i] = k
		inf := &att.infos[k]
		if inf.dropped() {
			continue
		}
		switch {
		case questionChanged(inf.question, &reqs[i]):
			// Given to the question as it was, whoever gave it.
			inf.why = questionChangedText(inf.src.On)
		case inf.src.By != AttestVendor:
			continue
		case r.AttestedBy != AttestVendor:
			inf.why = notVendorsText
		case NotApplicable(strings.TrimSpace(inf.answer.Value)) && (r.Applies == nil || r.Applies(subj)):
			inf.why = claimNAText
		default:
			vendorKept = true
			continue
		}
		// Dropped: the answers that count are a copy without it.
		if kept == nil {
			sc.kept = reuse(sc.kept, len(given))
			kept = sc.kept
			for k, v := range given {
				kept[k] = v
			}
		}
		delete(kept, id)
	}
	answers := given
	if kept != nil {
		answers = kept
	}
	if vendorKept {
		sc.ro = reuse(sc.ro, len(answers))
		for k, i := range att.info {
			if inf := &att.infos[i]; !inf.dropped() && inf.src.By != AttestVendor {
				sc.ro[k] = inf.answer
			}
		}
		sc.roSubj = Subject{Org: subj.Org, Entry: subj.Entry, Answers: sc.ro, AsOf: subj.AsOf}
		att.registerOnly = &sc.roSubj
	}
	return answers, att
}

// impliedOutcome is the outcome a yes/no answer claims.
var impliedOutcome = map[string]Outcome{"yes": OutcomeMet, "partial": OutcomePartial, "no": OutcomeNotMet, "na": OutcomeNotApplicable}

// provenance fills f.Provenance (and, for a vendor answer that
// contradicts a recorded fact, f.Conflict) of the finding of q, whose
// check ran on subj, taking the Provenance from ps (may be nil).
func (att *attestation) provenance(f *Finding, q *preparedReq, subj *Subject, ps *provenances) {
	r := q.r
	if r.Question == nil {
		// No answer can be behind the outcome: a recorded fact.
		f.Provenance = ps.register(f.Evidence)
		return
	}
	id := r.Question.ID
	// inf points to the answer's info where attest recorded it (byReq),
	// else to own (lookup): not a copy of the info per finding.
	var own answerInfo
	inf, answered := &own, false
	if att.byReq != nil {
		if k := att.byReq[q.pos]; k >= 0 {
			inf, answered = &att.infos[k], true
		}
	} else {
		own, answered = att.lookup(id, subj)
	}
	if answered && inf.dropped() {
		if f.Outcome == OutcomeNotAnswered {
			f.Provenance = ps.answer(Provenance{From: inf.src.By, Field: inf.cell(), On: inf.src.On, Source: inf.src.Source})
			// Not answered: the finding's spec already has the remediation.
			f.Message = inf.why
			return
		}
		// A dropped answer is not among subj's answers.
		answered = false
	}
	// The outcome rests on the answer when the check names it as the
	// evidence (answers.Q-…, or the answer's cell) or there is no check
	// (then a not applicable rests on it only when the requirement applies:
	// the answer "na" decided it, not the register's facts).
	a := inf.answer
	answerBased := id != "" && (strings.HasPrefix(f.Evidence, "answers.") ||
		(f.Outcome != OutcomeNotApplicable && (r.Check == nil || (answered && a.Cell != "" && f.Evidence == a.Cell))) ||
		(f.Outcome == OutcomeNotApplicable && r.Check == nil && answered && (r.Applies == nil || r.Applies(subj))))
	if answerBased {
		if !answered || strings.TrimSpace(a.Value) == "" {
			f.Provenance = nil // nothing recorded, nobody answered
			return
		}
		src := inf.src
		field := inf.cell()
		if field == "" {
			field = f.Evidence
		}
		f.Provenance = ps.answer(Provenance{From: src.By, Field: field, On: src.On, Source: src.Source})
		return
	}
	f.Provenance = ps.register(f.Evidence)
	// A vendor answer the register's facts overrule.
	if att.registerOnly == nil || id == "" || r.Check == nil || f.Outcome == OutcomeNotApplicable {
		return
	}
	if !answered || inf.src.By != AttestVendor {
		return
	}
	claimed, known := impliedOutcome[strings.TrimSpace(a.Value)]
	if !known || claimed == f.Outcome {
		return
	}
	ro := r.Check(att.registerOnly)
	if ro.Outcome != f.Outcome || strings.HasPrefix(ro.Evidence, "answers.") || ro.Outcome == OutcomeNotAnswered || ro.NotAsked {
		return
	}
	src := inf.src
	claimedJa, claimedEn := claimed.Label("ja"), claimed.Label("en")
	cell := cellOr(inf.cell(), src.Source)
	f.Conflict = ps.text(JoinText([]string{"事業者の回答（", claimedJa, "、", cell, "）は台帳の記録（", f.Evidence, "）と矛盾する。台帳の記録で判定した"},
		[]string{"the vendor's answer (", claimedEn, ", ", cell, ") contradicts the register (", f.Evidence, "); the register's record decides"}))
}

// provenances hands out the provenances of the findings of a run (see
// Finding.Provenance). A recorded fact's provenance depends only on its
// field, so the run keeps one per field and the findings share it; an
// answer's is cut from a block. It hands out the findings' due dates
// (Finding.Due) and the texts of conflicts (Finding.Conflict) too, cut
// from blocks of their own (due, text). A nil *provenances, or one without
// a block chunk (a single Assess), allocates each provenance, date and
// text on its own.
type provenances struct {
	fields map[string]*Provenance
	// recent holds the provenance of the field last seen in each slot
	// (fieldSlot): a check names its field with the same string from
	// entry to entry, found there without hashing it.
	recent [64]recentProvenance
	block  block[Provenance]
	dates  block[Date]
	texts  block[Text]
}

// due returns d as a finding's Due: nil for the zero Date, else a pointer
// to a copy of d.
func (ps *provenances) due(d Date) *Date {
	if d.IsZero() {
		return nil
	}
	if ps == nil || ps.dates.chunk == 0 {
		return new(d)
	}
	s := ps.dates.take(1)
	s[0] = d
	return &s[0]
}

// text returns a pointer to a copy of t (a finding's Conflict), cut from
// a block like the due dates.
func (ps *provenances) text(t Text) *Text {
	if ps == nil || ps.texts.chunk == 0 {
		return &t
	}
	s := ps.texts.take(1)
	s[0] = t
	return &s[0]
}

// fieldSlot is the slot of field in provenances.recent.
func fieldSlot(field string) int {
	if field == "" {
		return 0
	}
	return int((uint(len(field))*7 + uint(field[len(field)-1])*3 + uint(field[len(field)/2])) & 63)
}

// register returns the provenance of a fact recorded in the register
// field.
func (ps *provenances) register(field string) *Provenance {
	if ps == nil || ps.block.chunk == 0 {
		return &Provenance{From: AttestRegister, Field: field}
	}
	slot := fieldSlot(field)
	if r := &ps.recent[slot]; r.p != nil && r.field == field {
		return r.p
	}
	p, ok := ps.fields[field]
	if !ok {
		p = &Provenance{From: AttestRegister, Field: field}
		if ps.fields == nil {
			ps.fields = make(map[string]*Provenance)
		}
		ps.fields[field] = p
	}
	ps.recent[slot] = recentProvenance{field, p}
	return p
}

// recentProvenance is a slot of provenances.recent: the field beside its
// provenance, compared without reaching into the heap.
type recentProvenance struct {
	field string
	p     *Provenance
}

// answer returns a provenance holding p.
func (ps *provenances) answer(p Provenance) *Provenance {
	if ps == nil || ps.block.chunk == 0 {
		return new(p)
	}
	s := ps.block.take(1)
	s[0] = p
	return &s[0]
}

func cellOr(cell, source string) string {
	if cell != "" {
		return cell
	}
	return source
}

// answeredAfter reports whether a record of recs was answered after asOf
// (AssessmentRecord.AnsweredOn): then the entry's answers are not all as
// they stood on asOf.
func answeredAfter(recs []AssessmentRecord, asOf Date) bool {
	for i := range recs {
		if recs[i].AnsweredOn().After(asOf) {
			return true
		}
	}
	return false
}

// answersAsOf returns the answers as they stood on asOf, from the current
// answers and the records recs that gave them: the records imported
// before the first one answered after asOf (to find the answers' sources
// in), the answers on asOf, and the answers first given after asOf (with
// the source that gave them and the reason they do not count). The changes
// of the other records are undone, latest first: a changed answer takes its earlier value
// and comment (its cell is unknown then), and an answer that such a record
// gave without an earlier record giving it had no value on asOf. An answer
// entered in the register by staff, which no record gives, is undated and
// counts. Neither answers nor recs is modified; what it returns is taken
// from sc (see attestScratch; nil: new).
//
// Records are kept in the order they were imported, each change relative
// to the record before it: a record imported after one answered after
// asOf is undone with it even when its own cover date is earlier (a
// workbook dated February imported in July after a reply of June). Kept,
// its answers would rest on the undone record's, and the sources of the
// answers as of asOf would be looked for in a history with a gap (a
// vendor's 該当なし read as entered by staff).
func answersAsOf(recs []AssessmentRecord, answers map[string]Answer, asOf Date, sc *attestScratch) ([]AssessmentRecord, map[string]Answer, []answerInfo) {
	if sc == nil {
		sc = &attestScratch{}
	}
	// k is the first record answered after asOf: it and every record
	// imported after it are undone.
	k := len(recs)
	for i := range recs {
		if recs[i].AnsweredOn().After(asOf) {
			k = i
			break
		}
	}
	byThen := recs[:k:k]
	out := reuse(sc.asOf, len(answers))
	sc.asOf = out
	later := sc.later[:0]
	for id, a := range answers {
		v, first := a, -1
		for i := len(recs) - 1; i >= k && first < 0; i-- {
			rec := &recs[i]
			if len(rec.Answered) == 0 && len(rec.Answers) > 0 { // earlier layout: a full copy
				if _, ok := rec.Answers[id]; !ok {
					continue
				}
				if prev, ok := earlierCopy(recs, id, i); ok {
					v = Answer{Value: prev.Value, Comment: prev.Comment}
				} else {
					first = i
				}
				continue
			}
			if ch, ok := rec.Changed[id]; ok {
				v.Value, v.Cell = ch.From, ""
				if ch.FromComment != nil {
					v.Comment = *ch.FromComment
				}
				continue
			}
			if _, ok := rec.Given(id, v.Value); ok && givingRecord(recs[:i], id) < 0 {
				first = i
			}
		}
		if first >= 0 || strings.TrimSpace(v.Value) == "" {
			if first < 0 {
				first = givingRecord(recs, id)
			}
			if first < 0 {
				// No record gave it a value (a comment alone, or empty in
				// the file): as without a record after asOf.
				out[id] = v
				continue
			}
			src := recordSource(&recs[first])
			src.Cell = a.Cell
			why := sc.laterText(asOf, src.On, Date{})
			if first >= k && !src.On.After(asOf) {
				// Dated by then, but recorded after a record answered later.
				why = sc.laterText(asOf, src.On, recs[first].On)
			}
			later = append(later, answerInfo{id: id, answer: a, src: src, why: why})
			continue
		}
		out[id] = v
	}
	sc.later = later
	return byThen, out, later
}

// laterText is the reason an answer given on on, after asOf, does not
// count; with a non-zero imported, the answer is dated by asOf but was
// imported on that day after a record answered after asOf. The answers of
// one record share it (kept in sc.whys).
func (sc *attestScratch) laterText(asOf, on, imported Date) Text {
	for _, w := range sc.whys {
		if w.on == on && w.asOf == asOf && w.imported == imported {
			return w.why
		}
	}
	tx := sc.tx
	a := tx.date(asOf)
	var why Text
	if imported.IsZero() {
		o := tx.date(on)
		why = tx.join([]string{"回答は評価基準日（", a, "）より後の ", o, " のもの。基準日には未回答として扱う"},
			[]string{"the answer was given on ", o, ", after the as-of date (", a, "): not answered on that date"})
	} else {
		in := tx.date(imported)
		why = tx.join([]string{"回答は評価基準日（", a, "）より後に回答された記録の後から ", in, " に取り込んだもの。基準日には未回答として扱う"},
			[]string{"the answer was imported on ", in, ", after a record answered after the as-of date (", a, "): not answered on that date"})
	}
	if len(sc.whys) >= 8 {
		sc.whys = sc.whys[:0]
	}
	sc.whys = append(sc.whys, laterWhy{asOf, on, imported, why})
	return why
}

// laterWhy is a reason laterText made.
type laterWhy struct {
	asOf, on, imported Date
	why                Text
}

// givingRecord returns the index of the latest record of recs that gave
// question id a value, or -1 (a record of the earlier layout holding it
// blank did not give one).
func givingRecord(recs []AssessmentRecord, id string) int {
	for j := len(recs) - 1; j >= 0; j-- {
		if v, ok := recs[j].Given(id, "x"); ok && strings.TrimSpace(v) != "" {
			return j
		}
	}
	return -1
}

// earlierCopy returns the answer to question id in the latest record of
// the earlier layout (a full copy) before record i of recs.
func earlierCopy(recs []AssessmentRecord, id string, i int) (Answer, bool) {
	for j := i - 1; j >= 0; j-- {
		rec := &recs[j]
		if len(rec.Answered) == 0 && len(rec.Answers) > 0 {
			a, ok := rec.Answers[id]
			return a, ok
		}
	}
	return Answer{}, false
}
