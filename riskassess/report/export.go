package report

import (
	"cmp"
	"math"
	"slices"
	"strconv"
	"strings"

	"github.com/gikai-sec/riskregister/riskassess"
)

// ExportVersion is the version of the ExportDocument format. It changes
// when a field is removed or changes meaning; added fields keep it.
const ExportVersion = "2"

// ExportDocument is the JSON export of a whole register with the
// assessment of every entry as of a date (`riskregister export --format
// json`). Its JSON Schema is schemas/export.schema.json, generated from this
// type. The same register and as-of date always give the same document.
//
// Each entry's record (ExportEntry.Contractor, Service, Social) is the
// entry as its file holds it: answers, rounds, incidents, approvals and
// other records dated after AsOf are included. Only its Assessment is as
// of AsOf, and counts none of them.
type ExportDocument struct {
	// Version is the format version, ExportVersion.
	Version string `json:"version"`
	// AsOf is the date the entries were assessed as of.
	AsOf riskassess.Date `json:"as_of"`
	// CatalogueVersion is the version of the requirement catalogue used.
	CatalogueVersion string `json:"catalogue_version,omitempty"`
	// Org summarises the organisation: name, sections, positions, people.
	Org ExportOrg `json:"org"`
	// Summary counts the entries by kind, residual risk and decision.
	Summary ExportSummary `json:"summary"`
	// Entries lists every entry with its assessment, in Register.Entries order.
	Entries []ExportEntry `json:"entries"`
}

// ExportOrg is the organisation part of an ExportDocument.
type ExportOrg struct {
	Name      riskassess.Text       `json:"name"`
	Sections  []riskassess.Section  `json:"sections"`
	Positions []riskassess.Position `json:"positions,omitempty"`
	People    []riskassess.Person   `json:"people,omitempty"`
}

// ExportSummary counts the entries of an ExportDocument. Every map has a
// key for every value of its key type (zero counts included), so that
// consumers need no defaults.
type ExportSummary struct {
	// Entries is the total number of entries.
	Entries int `json:"entries"`
	// ByKind counts entries per kind.
	ByKind map[riskassess.Kind]int `json:"by_kind"`
	// ByResidual counts entries per residual risk level.
	ByResidual map[riskassess.RiskLevel]int `json:"by_residual"`
	// ByDecision counts entries per recommended decision (approve,
	// conditional, reject) and the records on the as-of date (record:
	// rejected or retired then, which have none), as the site's dashboard,
	// the register table and assess show them (ShownDecision). An entry's
	// assessment.decision keeps what the scorer computed.
	ByDecision map[riskassess.Decision]int `json:"by_decision"`
	// Blocked is the number of entries with at least one blocker.
	Blocked int `json:"blocked"`
	// OverdueItems is the number of due items overdue on the as-of date:
	// those dated before it, and the first review of an entry never
	// reviewed (dated the as-of date), as due and the site count them.
	OverdueItems int `json:"overdue_items"`
}

// ExportEntry is one entry of an ExportDocument: exactly one of
// Contractor, Service and Social is set, matching Kind.
type ExportEntry struct {
	Kind riskassess.Kind `json:"kind"`
	ID   string          `json:"id"`
	// Source is the entry's file relative to the register folder
	// ("contractors/acme.yaml"); empty when the entry was not read from disk.
	Source     string                 `json:"source,omitempty"`
	Contractor *riskassess.Contractor `json:"contractor,omitempty"`
	Service    *riskassess.Service    `json:"service,omitempty"`
	Social     *riskassess.Social     `json:"social,omitempty"`
	// Assessment is the entry's assessment as of the document's AsOf.
	Assessment riskassess.Assessment `json:"assessment"`
}

// NewExportDocument builds the export of reg with the assessments as
// (as returned by AssessAll: matched to entries by kind and id; an entry
// without one gets a zero Assessment naming it). catalogueVersion is
// recorded as is.
func NewExportDocument(reg *riskassess.Register, as []riskassess.Assessment, asOf riskassess.Date, catalogueVersion string) ExportDocument {
	doc := ExportDocument{
		Version:          ExportVersion,
		AsOf:             asOf,
		CatalogueVersion: catalogueVersion,
		Org: ExportOrg{
			Name:      reg.Org.Name,
			Sections:  exportNonNil(reg.Org.Sections),
			Positions: reg.Org.Positions,
			People:    reg.Org.People,
		},
		Summary: ExportSummary{
			ByKind:     map[riskassess.Kind]int{},
			ByResidual: map[riskassess.RiskLevel]int{},
			ByDecision: map[riskassess.Decision]int{},
		},
		Entries: make([]ExportEntry, 0, len(reg.Contractors)+len(reg.Services)+len(reg.Social)),
	}
	for _, k := range riskassess.Kinds() {
		doc.Summary.ByKind[k] = 0
	}
	for _, l := range riskassess.RiskLevels() {
		doc.Summary.ByResidual[l] = 0
	}
	for _, d := range ShownDecisions() {
		doc.Summary.ByDecision[d] = 0
	}
	idx := assessmentRefs(as)
	for _, e := range reg.Entries() {
		b := e.Base()
		doc.Entries = append(doc.Entries, ExportEntry{Kind: e.Kind(), ID: b.ID, Source: b.Source})
		x := &doc.Entries[len(doc.Entries)-1]
		if ref := idx[riskassess.EntryKey{Kind: e.Kind(), ID: b.ID}]; ref != nil {
			x.Assessment = *ref
		} else {
			x.Assessment = riskassess.Assessment{Kind: e.Kind(), EntryID: b.ID, AsOf: asOf}
		}
		a := &x.Assessment
		switch v := e.(type) {
		case *riskassess.Contractor:
			x.Contractor = v
		case *riskassess.Service:
			x.Service = v
		case *riskassess.Social:
			x.Social = v
		}
		s := &doc.Summary
		s.Entries++
		s.ByKind[e.Kind()]++
		if a.Residual != "" {
			s.ByResidual[a.Residual]++
		}
		if d := ShownDecision(e, a); d != "" {
			s.ByDecision[d]++ // a record as DecisionRecord, as the dashboard counts
		}
		if len(a.Blockers) > 0 {
			s.Blocked++
		}
		for _, d := range a.Due {
			if d.OverdueAsOf(asOf) {
				s.OverdueItems++
			}
		}
	}
	return doc
}

func exportNonNil[T any](s []T) []T {
	if s == nil {
		return []T{}
	}
	return s
}

// AssessmentIndex maps each assessment of as to its entry key.
func AssessmentIndex(as []riskassess.Assessment) map[riskassess.EntryKey]riskassess.Assessment {
	m := make(map[riskassess.EntryKey]riskassess.Assessment, len(as))
	for _, a := range as {
		m[riskassess.EntryKey{Kind: a.Kind, ID: a.EntryID}] = a
	}
	return m
}

// assessmentRefs is AssessmentIndex with pointers into as instead of
// copies (the last of a key wins alike): for the functions that only read
// the assessments, an index of 10,000 entries is then 10,000 pointers,
// not 10,000 copied Assessments that the collector must scan.
func assessmentRefs(as []riskassess.Assessment) map[riskassess.EntryKey]*riskassess.Assessment {
	m := make(map[riskassess.EntryKey]*riskassess.Assessment, len(as))
	for i := range as {
		a := &as[i]
		m[riskassess.EntryKey{Kind: a.Kind, ID: a.EntryID}] = a
	}
	return m
}

// EntryIndex maps each entry of reg to its key. Build it once when many
// entries are looked up (Register.Entry searches a slice, so a lookup per
// entry or per due item makes a loop quadratic in the register's size).
// When two entries of a kind share an id (only a Register built in code:
// a folder cannot hold two files of one name), the first is kept, the one
// Register.Entry returns.
func EntryIndex(reg *riskassess.Register) map[riskassess.EntryKey]riskassess.Entry {
	m := make(map[riskassess.EntryKey]riskassess.Entry, len(reg.Contractors)+len(reg.Services)+len(reg.Social))
	for _, e := range reg.Entries() {
		k := riskassess.EntryKey{Kind: e.Kind(), ID: e.Base().ID}
		if _, dup := m[k]; !dup {
			m[k] = e
		}
	}
	return m
}

// ContractorIndex maps the id of each contractor of reg to the contractor:
// a service's provider (provider.contractor), found once per service
// without a search of reg.Contractors. Of two contractors sharing an id
// (only a Register built in code), the first is kept, the one
// Register.Contractor returns.
func ContractorIndex(reg *riskassess.Register) map[string]*riskassess.Contractor {
	m := make(map[string]*riskassess.Contractor, len(reg.Contractors))
	for _, c := range reg.Contractors {
		if _, dup := m[c.ID]; !dup {
			m[c.ID] = c
		}
	}
	return m
}

// NeutraliseFormula protects a text cell of a CSV or spreadsheet export
// against formula injection (OWASP "CSV injection"): when s starts with
// '=', '+', '-', '@', a tab or a carriage return, it returns s with a
// single quote ' in front, so that a spreadsheet shows the text instead of
// evaluating it. Any other string is returned unchanged. The CSV exporters
// call it for text cells through riskassess/csv's TextCell, which also
// marks text a spreadsheet would read as a number or a date (00123,
// 2026-04-01) with the same '; the xlsx register workbook does
// not need it (its text cells are string cells with the Text format, never
// evaluated, where a ' would be shown as part of the value).
func NeutraliseFormula(s string) string {
	if s == "" {
		return s
	}
	switch s[0] {
	case '=', '+', '-', '@', '\t', '\r':
		return "'" + s
	}
	return s
}

// DueListIn is DueList for the assessments of the entries of reg: it
// leaves out the items of an entry retired or rejected by a decision dated
// after asOf (recordLater) that fall on or after the day it becomes a
// record for good (a retirement reverted by a later decision leaves out
// nothing), but what a record keeps (riskassess.KeptByRecord), as
// PlanYear and the engine (riskassess.DueItems) do. The assessment dates them as of asOf, when the entry was
// in use: `due` listed the password change of an account retired before
// it. It adds, for an entry that is a record on asOf and approved or
// requested again by a later decision (backInUse), its items from that day within the window
// (backItems), as PlanYear does: the record's assessment has no review nor
// yearly task. reg nil is DueList.
func DueListIn(reg *riskassess.Register, as []riskassess.Assessment, asOf riskassess.Date, days int) []riskassess.DueItem {
	return DueListInAt(reg, nil, as, asOf, days)
}

// DueListInAt is DueListIn with reqs, the catalogue as was assessed
// against: the items of an entry that comes back after the as-of date
// (backItems) are dated as Assess dates the others, a yearly task whose
// register field is empty by the council's answer to its date question
// (riskassess.DueItemsAt, riskassess.ReviewAt). DueListIn (reqs nil)
// reads the register alone for them.
func DueListInAt(reg *riskassess.Register, reqs []riskassess.Requirement, as []riskassess.Assessment, asOf riskassess.Date, days int) []riskassess.DueItem {
	items := DueList(as, asOf, days)
	if reg == nil {
		return items
	}
	var later map[riskassess.EntryKey]laterRecord
	var backs []riskassess.DueItem
	var byKey map[riskassess.EntryKey]*riskassess.Assessment
	limit := asOf.AddDays(max(days, 0))
	for _, e := range reg.Entries() {
		key := riskassess.EntryKey{Kind: e.Kind(), ID: e.Base().ID}
		if r := recordLater(e, asOf); r.e != nil {
			if later == nil {
				later = map[riskassess.EntryKey]laterRecord{}
			}
			later[key] = r
		}
		if on := backInUse(e, asOf); !on.IsZero() && !on.After(limit) {
			if byKey == nil {
				byKey = assessmentRefs(as)
			}
			if a := byKey[key]; a != nil {
				for _, it := range backItems(&reg.Org, reqs, e, a, on) {
					if !it.Date.After(limit) {
						backs = append(backs, it)
					}
				}
			}
		}
	}
	if later == nil && backs == nil {
		return items
	}
	kept := items[:0]
	for _, it := range items {
		if later[riskassess.EntryKey{Kind: it.EntryKind, ID: it.EntryID}].drops(&it) {
			continue
		}
		kept = append(kept, it)
	}
	if backs != nil {
		kept = append(kept, backs...)
		SortDue(kept)
	}
	return kept
}

// DueList returns the due items of as that are overdue (before asOf) or
// fall due within days days of asOf (asOf+days inclusive), with Overdue set
// relative to asOf (the first review of an entry never reviewed stays
// overdue), sorted by date, then due kind, then entry kind (in Kinds
// order), then entry id, then What. days < 0 is treated as 0.
func DueList(as []riskassess.Assessment, asOf riskassess.Date, days int) []riskassess.DueItem {
	days = max(days, 0)
	limit := asOf.AddDays(days)
	due := func(d *riskassess.DueItem) bool { return !d.Date.IsZero() && !d.Date.After(limit) }
	// Counted first: the list is allocated once, at its size (nil when
	// nothing is due).
	n := 0
	for i := range as {
		for j := range as[i].Due {
			if due(&as[i].Due[j]) {
				n++
			}
		}
	}
	var out []riskassess.DueItem
	if n > 0 {
		out = make([]riskassess.DueItem, 0, n)
	}
	for _, a := range as {
		for _, d := range a.Due {
			if !due(&d) {
				continue
			}
			if d.EntryKind == "" {
				d.EntryKind = a.Kind
			}
			if d.EntryID == "" {
				d.EntryID = a.EntryID
			}
			// Overdue as of asOf; the review of an entry never reviewed
			// (dated its assessment's as-of date) stays overdue.
			d.Overdue = d.OverdueAsOf(asOf)
			out = append(out, d)
		}
	}
	SortDue(out)
	return out
}

// SortDue sorts items by date, then due kind, then entry kind (in Kinds
// order), then entry id, then What. The sort is stable.
func SortDue(items []riskassess.DueItem) {
	sortStableBy(items, func(i, j int) int { return compareDue(&items[i], &items[j]) })
}

// sortStableBy sorts items stably by cmpAt, which compares the items at
// two indices of items as it is when sortStableBy is called. Items such as
// a due item are large (about 200 bytes): the indices are sorted, by cmpAt
// and then the index (the order a stable sort keeps, so the result is
// slices.SortStableFunc's), and each item moved once, instead of at every
// step of a stable sort.
func sortStableBy[T any](items []T, cmpAt func(i, j int) int) {
	idx := make([]int, len(items))
	for i := range idx {
		idx[i] = i
	}
	slices.SortFunc(idx, func(x, y int) int {
		if c := cmpAt(x, y); c != 0 {
			return c
		}
		return cmp.Compare(x, y)
	})
	// Item i goes where idx names it, cycle by cycle, in place.
	for i := range idx {
		if idx[i] == i {
			continue
		}
		first := items[i]
		j := i
		for {
			k := idx[j]
			idx[j] = j
			if k == i {
				items[j] = first
				break
			}
			items[j] = items[k]
			j = k
		}
	}
}

// compareDue compares due items by SortDue's keys. Each key is compared
// only when the ones before it are equal (cmp.Or would compare every key
// on every comparison).
func compareDue(a, b *riskassess.DueItem) int {
	if c := a.Date.Compare(b.Date); c != 0 {
		return c
	}
	if c := strings.Compare(string(a.Kind), string(b.Kind)); c != 0 {
		return c
	}
	if a.EntryKind != b.EntryKind {
		if c := cmp.Compare(dueKindOrder(a.EntryKind), dueKindOrder(b.EntryKind)); c != 0 {
			return c
		}
	}
	if c := strings.Compare(a.EntryID, b.EntryID); c != 0 {
		return c
	}
	return strings.Compare(a.What, b.What)
}

func dueKindOrder(k riskassess.Kind) int {
	if i := slices.Index(kindsInOrder, k); i >= 0 {
		return i
	}
	return len(kindsInOrder)
}

// kindsInOrder is riskassess.Kinds, asked once (sort comparators use it).
var kindsInOrder = riskassess.Kinds()

// ValueType is the type of a Table column.
type ValueType int

// Value types of table columns.
const (
	ValueText   ValueType = iota // free text (neutralised on export)
	ValueDate                    // a Date (zero means empty)
	ValueNumber                  // a number (TableValue.Number; TableValue.Text empty means empty)
	ValueRisk                    // a RiskLevel (TableValue.Risk), shown with its label
)

// TableColumn is a column of a Table.
type TableColumn struct {
	// Key is a stable machine name ("id", "residual").
	Key string
	// Title is the header in Japanese and English.
	Title riskassess.Text
	Type  ValueType
}

// TableValue is one cell of a Table. Text holds the display text of every type
// (the label of a risk level, the ISO form of a date, the formatted
// number); Date, Number and Risk hold the typed value.
type TableValue struct {
	Text   string
	Date   riskassess.Date
	Number float64
	Risk   riskassess.RiskLevel
}

// TableRow is one entry's row of a Table.
type TableRow struct {
	Kind   riskassess.Kind
	ID     string
	Source string
	Values []TableValue
}

// Table is the tabular view of the entries of one kind, shared by the CSV
// and spreadsheet exports so that both show the same columns.
type Table struct {
	Kind    riskassess.Kind
	Columns []TableColumn
	Rows    []TableRow
}

// RecordDecision is what stands for the recommended decision of a record
// (an entry rejected or retired on the as-of date, riskassess.RecordOn):
// there is nothing to decide. The register table and the site say it alike.
var RecordDecision = riskassess.T("記録（推奨判断なし）", "Record (no recommended decision)")

// DecisionRecord is the decision shown and counted for a record (see
// ShownDecision): the key "record" of ExportSummary.ByDecision, the row
// 記録（推奨判断なし） of the site's dashboard. It is not a value of
// Assessment.Decision, which keeps what the scorer computed.
const DecisionRecord riskassess.Decision = "record"

// ShownDecision is the recommended decision every output shows and counts
// for entry e with its assessment a (as of a.AsOf): DecisionRecord for a
// record on that date (rejected or retired then, riskassess.RecordOn),
// else a.Decision (also without an entry: pass a.Entry, which the scorer
// sets); none ("") without an assessment (no residual risk: the
// dashboard's 未評価). The register table, the export's summary, assess
// and the site's dashboard all use it, so that their counts agree.
func ShownDecision(e riskassess.Entry, a *riskassess.Assessment) riskassess.Decision {
	if a == nil || a.Residual == "" {
		return ""
	}
	if e != nil && riskassess.RecordOn(e, a.AsOf) {
		return DecisionRecord
	}
	return a.Decision
}

// ShownNextReview returns the next review the register table and the
// site's register page show for e, assessed in a (not nil): the one
// review date, a.NextReview (riskassess.ReviewOf). An entry with none to
// come as of a's date shows none, whatever review_due was left in its
// file: a rejected or retired record (riskassess.RecordOn: one retired
// then and approved again later too), and one retired (or rejected) ahead
// for good before its review falls due (riskassess.RecordFrom). An
// assessment with no date for another reason (one made by hand) shows e's
// review_due.
func ShownNextReview(e riskassess.Entry, a *riskassess.Assessment) riskassess.Date {
	if !a.NextReview.IsZero() || riskassess.RecordOn(e, a.AsOf) || !riskassess.RecordFrom(e, a.AsOf).IsZero() {
		return a.NextReview
	}
	return e.Base().ReviewDue
}

// ShownDecisions are the values of ShownDecision in display order.
func ShownDecisions() []riskassess.Decision {
	return []riskassess.Decision{riskassess.DecisionApprove, riskassess.DecisionConditional, riskassess.DecisionReject, DecisionRecord}
}

// DecisionLabel is the label of a decision ShownDecision returned, in
// lang: RecordDecision for DecisionRecord, "" for none.
func DecisionLabel(d riskassess.Decision, lang riskassess.Lang) string {
	if d == DecisionRecord {
		return RecordDecision.In(lang)
	}
	return tblLabelOr(d.Label(lang), d)
}

// Status texts of the register table that are not an ApprovalStatus label,
// said alike on the site: an approval past its valid_until
// (Approval.LapsedOn), and an entry with no decision by the as-of date (its
// only decision taken after it).
var (
	ExpiredStatus   = riskassess.T("承認の有効期限切れ", "Approval expired")
	UndecidedStatus = riskassess.T("未決定（基準日に決定がない）", "Undecided (no decision by the date)")
)

// RegisterTable returns the table of the entries of kind k in reg with
// their assessments as (matched by kind and id): the key columns (ID, 名称,
// 所管課, 担当, 承認状況, 承認日, 承認期限, 固有リスク, 対策スコア, 残留リスク,
// 推奨判断, 次回見直し) followed by the kind's own columns. Labels and names
// are in lang ("ja" or "en"). An entry without an assessment gets empty
// assessment cells; RegisterTable panics with the error of
// riskassess.CheckEntry (wrapping ErrEntryValue) when such an entry has a
// value its field does not allow (approval "Approved" shown as such), as
// Assignments does (an assessed entry was checked by the scorer).
func RegisterTable(reg *riskassess.Register, as []riskassess.Assessment, k riskassess.Kind, lang riskassess.Lang) Table {
	t := Table{Kind: k, Columns: append(tblKeyColumns(), tblKindColumns(k)...)}
	idx := assessmentRefs(as)
	var contractors map[string]*riskassess.Contractor // a service's provider, looked up once per row
	if k == riskassess.KindService {
		contractors = ContractorIndex(reg)
	}
	for _, e := range reg.Entries() {
		if e.Kind() != k {
			continue
		}
		b := e.Base()
		a, ok := idx[riskassess.EntryKey{Kind: k, ID: b.ID}]
		if !ok {
			mustCheck(&reg.Org, e)
			a = &riskassess.Assessment{}
		}
		row := TableRow{Kind: k, ID: b.ID, Source: b.Source}
		// The one review date (ShownNextReview).
		next := b.ReviewDue
		if ok {
			next = ShownNextReview(e, a)
		}
		// The decision in force on the as-of date, as the site's register
		// page shows it: one retired after it was still approved then.
		// With none by then (a first decision after it), the entry was
		// undecided: no 承認日 either, since that decision did not exist
		// on the as-of date (the site's pages name it as a later one).
		ap := b.Approval
		decided := ap.DecidedOn
		status := tblLabelOr(ap.Status.Label(lang), ap.Status)
		if in := ap.InForceOn(a.AsOf); ok && in.Status != "" {
			ap = in
			decided = ap.DecidedOn
			status = tblLabelOr(ap.Status.Label(lang), ap.Status)
			if ap.LapsedOn(a.AsOf) {
				// Past its valid_until: not in force, as the site's pages
				// say (承認の有効期限切れ); the date is in 承認期限.
				status = ExpiredStatus.In(lang)
			}
		} else if ok && ap.Status != "" {
			status = UndecidedStatus.In(lang)
			decided = riskassess.Date{}
		}
		until, _ := b.Approval.ValidUntilOn(a.AsOf)
		row.Values = []TableValue{
			tblText(b.ID),
			tblText(b.Name.In(lang)),
			tblText(SectionLabel(&reg.Org, b.Owner.Section, lang)),
			// Marked when the person named was not in post on the as-of
			// date, as the entry page marks them (PersonMark).
			tblText(OwnerLabel(&reg.Org, b.Owner, lang) + PersonMark(&reg.Org, e, b.Owner, a.AsOf, lang)),
			tblText(status),
			tblDate(decided),
			// The expiry of the decision in force on the as-of date, the
			// date of its approval due item (Approval.ValidUntilOn, as
			// due, its calendar and check date it): none for an entry
			// first decided after that date, not the later decision's.
			tblDate(until),
		}
		if ok {
			// A record on the as-of date has no recommended decision, as the
			// site's pages and dashboard say (ShownDecision).
			row.Values = append(row.Values, tblRisk(a.Inherent, lang), tblNumber(a.ControlScore), tblRisk(a.Residual, lang),
				tblText(DecisionLabel(ShownDecision(e, a), lang)))
		} else {
			row.Values = append(row.Values, TableValue{}, TableValue{}, TableValue{}, TableValue{})
		}
		row.Values = append(row.Values, tblDate(next))
		row.Values = append(row.Values, tblKindValues(contractors, e, a.AsOf, lang)...)
		t.Rows = append(t.Rows, row)
	}
	return t
}

func tblKeyColumns() []TableColumn {
	return []TableColumn{
		{"id", riskassess.T("ID", "ID"), ValueText},
		{"name", riskassess.T("名称", "Name"), ValueText},
		{"section", riskassess.T("所管課", "Section"), ValueText},
		{"owner", riskassess.T("担当", "Owner"), ValueText},
		{"approval_status", riskassess.T("承認状況", "Approval"), ValueText},
		{"approved_on", riskassess.T("承認日", "Approved on"), ValueDate},
		{"approval_valid_until", riskassess.T("承認期限", "Approval valid until"), ValueDate},
		{"inherent", riskassess.T("固有リスク", "Inherent risk"), ValueRisk},
		{"control_score", riskassess.T("対策スコア", "Control score"), ValueNumber},
		{"residual", riskassess.T("残留リスク", "Residual risk"), ValueRisk},
		{"decision", riskassess.T("推奨判断", "Recommended decision"), ValueText},
		{"next_review", riskassess.T("次回見直し", "Next review"), ValueDate},
	}
}

func tblKindColumns(k riskassess.Kind) []TableColumn {
	switch k {
	case riskassess.KindContractor:
		return []TableColumn{
			{"corporate_number", riskassess.T("法人番号", "Corporate number"), ValueText},
			{"contracts", riskassess.T("契約", "Contracts"), ValueText},
			{"certifications", riskassess.T("認証", "Certifications"), ValueText},
		}
	case riskassess.KindService:
		return []TableColumn{
			{"provider", riskassess.T("提供者", "Provider"), ValueText},
			{"contract_type", riskassess.T("契約形態", "Contract type"), ValueText},
			{"delivery", riskassess.T("提供形態", "Delivery"), ValueText},
			{"ismap", riskassess.T("ISMAP", "ISMAP"), ValueText},
			{"data_locations", riskassess.T("データ所在地", "Data locations"), ValueText},
		}
	case riskassess.KindSocial:
		return []TableColumn{
			{"platform", riskassess.T("プラットフォーム", "Platform"), ValueText},
			{"handle", riskassess.T("アカウント", "Account"), ValueText},
			{"url", riskassess.T("URL", "URL"), ValueText},
			{"status", riskassess.T("状態", "Status"), ValueText},
		}
	}
	return nil
}

// tblKindValues are the kind's own columns of e; contractors
// (ContractorIndex) finds a service's provider. A social account's status
// is the one on asOf (Social.StatusOn), as its approval column is.
func tblKindValues(contractors map[string]*riskassess.Contractor, e riskassess.Entry, asOf riskassess.Date, lang riskassess.Lang) []TableValue {
	switch v := e.(type) {
	case *riskassess.Contractor:
		var contracts, certs []string
		for _, c := range v.Contracts {
			s := tblJoin(c.ID, c.Scope)
			if !c.From.IsZero() || !c.To.IsZero() {
				s += "（" + c.From.String() + "〜" + c.To.String() + "）"
			}
			contracts = append(contracts, s)
		}
		for _, c := range v.Certifications {
			certs = append(certs, tblCertText(c, asOf, lang))
		}
		return []TableValue{tblText(v.CorporateNumber), tblText(strings.Join(contracts, "\n")), tblText(strings.Join(certs, "\n"))}
	case *riskassess.Service:
		provider := v.Provider.Name
		if c := contractors[v.Provider.Contractor]; c != nil && provider == "" {
			provider = c.Name.In(lang)
			if provider == "" {
				provider = c.LegalName
			}
		}
		if provider == "" {
			provider = v.Provider.Contractor
		}
		ismap := ""
		if v.ISMAP != nil {
			list := "ISMAP"
			if v.ISMAP.List == riskassess.ISMAPLIU {
				list = "ISMAP-LIU"
			}
			ismap = tblJoin(list, v.ISMAP.Number)
			if !v.ISMAP.ValidUntil.IsZero() {
				ismap += "（〜" + v.ISMAP.ValidUntil.String() + "）"
			}
		}
		var locs []string
		for _, l := range v.DataLocations {
			locs = append(locs, tblJoin(l.Country, l.Region))
		}
		return []TableValue{tblText(provider), tblText(tblLabelOr(v.ContractType.Label(lang), v.ContractType)),
			tblText(tblLabelOr(v.Delivery.Label(lang), v.Delivery)), tblText(ismap), tblText(strings.Join(locs, ", "))}
	case *riskassess.Social:
		st := v.StatusOn(asOf)
		return []TableValue{tblText(tblLabelOr(v.Platform.Label(lang), v.Platform)), tblText(v.Handle), tblText(v.URL),
			tblText(tblLabelOr(st.Label(lang), st))}
	}
	return nil
}

// tblCertText is a certificate of the 認証 column: its name, number and
// expiry, and when it was obtained after asOf (not held then:
// Certification.HeldOn) a note saying so. A name that says it is not held
// (申請中) says so itself.
func tblCertText(c riskassess.Certification, asOf riskassess.Date, lang riskassess.Lang) string {
	name := c.Type.Label(lang)
	if c.Name != "" {
		name = c.Name
	}
	s := tblJoin(name, c.Number)
	if !c.ValidUntil.IsZero() {
		s += "（〜" + c.ValidUntil.String() + "）"
	}
	if c.ObtainedOn.After(asOf) {
		// Obtained after the as-of date: not held then, as the
		// assessment, the due items and the entry page count it.
		d := c.ObtainedOn.String()
		s += riskassess.T("（取得 "+d+"、基準日より後）", " (obtained "+d+", after the as-of date)").In(lang)
	}
	return s
}

// tblLabelOr returns label, or "" when the value itself is empty.
func tblLabelOr[S ~string](label string, v S) string {
	if v == "" {
		return ""
	}
	return label
}

// tblJoin joins the non-empty parts with a space, leaving each part as is
// (a leading tab or '=' must survive to be neutralised on export).
func tblJoin(parts ...string) string {
	var out []string
	for _, p := range parts {
		if p != "" {
			out = append(out, p)
		}
	}
	return strings.Join(out, " ")
}

func tblText(s string) TableValue { return TableValue{Text: s} }

func tblDate(d riskassess.Date) TableValue { return TableValue{Text: d.String(), Date: d} }

func tblNumber(f float64) TableValue {
	if f == riskassess.NoControlScore {
		return TableValue{} // no applicable requirement: an empty cell, as assess shows
	}
	f = math.Round(f*10) / 10
	return TableValue{Text: strconv.FormatFloat(f, 'f', -1, 64), Number: f}
}

func tblRisk(l riskassess.RiskLevel, lang riskassess.Lang) TableValue {
	return TableValue{Text: tblLabelOr(l.Label(lang), l), Risk: l}
}

// SectionLabel returns the name in lang of section id of org, or the id
// itself when org has no such section.
func SectionLabel(org *riskassess.Organisation, id string, lang riskassess.Lang) string {
	if s := org.Section(id); s != nil {
		if n := s.Name.In(lang); n != "" {
			return n
		}
	}
	return id
}

// PositionLabel returns the title in lang of position id, or the id.
func PositionLabel(org *riskassess.Organisation, id string, lang riskassess.Lang) string {
	return org.Position(id).Label(id, lang)
}

// PersonLabel returns the name in lang of person id, or the id.
func PersonLabel(org *riskassess.Organisation, id string, lang riskassess.Lang) string {
	return org.Person(id).Label(id, lang)
}

// OwnerLabel returns "position person" (e.g. "課長 山田 太郎") for o, with
// whichever part is set.
func OwnerLabel(org *riskassess.Organisation, o riskassess.Owner, lang riskassess.Lang) string {
	return tblJoin(PositionLabel(org, o.Position, lang), PersonLabel(org, o.Person, lang))
}

// DueSection returns the name in lang of the section responsible for it:
// the item's Section, else the owning section of its entry in reg. It
// searches reg for the entry: for many items use DueSectionOf with an
// EntryIndex.
func DueSection(reg *riskassess.Register, it riskassess.DueItem, lang riskassess.Lang) string {
	var e riskassess.Entry
	if it.Section == "" {
		e = reg.Entry(it.EntryKind, it.EntryID)
	}
	return DueSectionOf(&reg.Org, e, it, lang)
}

// DueSectionOf is DueSection with the item's entry e already found (nil
// when the register has none): the item's Section, else e's owning
// section, named in lang by org.
func DueSectionOf(org *riskassess.Organisation, e riskassess.Entry, it riskassess.DueItem, lang riskassess.Lang) string {
	id := it.Section
	if id == "" && e != nil {
		id = e.Base().Owner.Section
	}
	return SectionLabel(org, id, lang)
}
