package riskassess

import (
	"cmp"
	"slices"
	"strings"
)

// ExportVersion is the version of the ExportDocument format. It changes
// when a field is removed or changes meaning; added fields keep it.
const ExportVersion = "1"

// ExportDocument is the JSON export of a whole register with the
// assessment of every entry as of a date (`riskregister export --format
// json`). Its JSON Schema is schemas/export.schema.json, generated from this
// type. The same register and as-of date always give the same document.
type ExportDocument struct {
	// Version is the format version, ExportVersion.
	Version string `json:"version"`
	// AsOf is the date the entries were assessed as of.
	AsOf Date `json:"as_of"`
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
	Name      Text       `json:"name"`
	Sections  []Section  `json:"sections"`
	Positions []Position `json:"positions,omitempty"`
	People    []Person   `json:"people,omitempty"`
}

// ExportSummary counts the entries of an ExportDocument. Every map has a
// key for every value of its key type (zero counts included), so that
// consumers need no defaults.
type ExportSummary struct {
	// Entries is the total number of entries.
	Entries int `json:"entries"`
	// ByKind counts entries per kind.
	ByKind map[Kind]int `json:"by_kind"`
	// ByResidual counts entries per residual risk level.
	ByResidual map[RiskLevel]int `json:"by_residual"`
	// ByDecision counts entries per recommended decision.
	ByDecision map[Decision]int `json:"by_decision"`
	// Blocked is the number of entries with at least one blocker.
	Blocked int `json:"blocked"`
	// OverdueItems is the number of due items before the as-of date.
	OverdueItems int `json:"overdue_items"`
}

// ExportEntry is one entry of an ExportDocument: exactly one of
// Contractor, Service and Social is set, matching Kind.
type ExportEntry struct {
	Kind Kind   `json:"kind"`
	ID   string `json:"id"`
	// Source is the entry's file relative to the register folder
	// ("contractors/acme.yaml"); empty when the entry was not read from disk.
	Source     string      `json:"source,omitempty"`
	Contractor *Contractor `json:"contractor,omitempty"`
	Service    *Service    `json:"service,omitempty"`
	Social     *Social     `json:"social,omitempty"`
	// Assessment is the entry's assessment as of the document's AsOf.
	Assessment Assessment `json:"assessment"`
}

// NewExportDocument builds the export of reg with the assessments as
// (as returned by AssessAll: matched to entries by kind and id; an entry
// without one gets a zero Assessment naming it). catalogueVersion is
// recorded as is.
func NewExportDocument(reg *Register, as []Assessment, asOf Date, catalogueVersion string) ExportDocument {
	doc := ExportDocument{
		Version:          ExportVersion,
		AsOf:             asOf,
		CatalogueVersion: catalogueVersion,
		Org: ExportOrg{
			Name:      reg.Org.Name,
			Sections:  nonNil(reg.Org.Sections),
			Positions: reg.Org.Positions,
			People:    reg.Org.People,
		},
		Summary: ExportSummary{
			ByKind:     map[Kind]int{},
			ByResidual: map[RiskLevel]int{},
			ByDecision: map[Decision]int{},
		},
		Entries: []ExportEntry{},
	}
	for _, k := range Kinds {
		doc.Summary.ByKind[k] = 0
	}
	for _, l := range RiskLevels {
		doc.Summary.ByResidual[l] = 0
	}
	for _, d := range []Decision{DecisionApprove, DecisionConditional, DecisionReject} {
		doc.Summary.ByDecision[d] = 0
	}
	idx := AssessmentIndex(as)
	for _, e := range reg.Entries() {
		b := e.Base()
		a, ok := idx[EntryKey{e.Kind(), b.ID}]
		if !ok {
			a = Assessment{Kind: e.Kind(), EntryID: b.ID, AsOf: asOf}
		}
		x := ExportEntry{Kind: e.Kind(), ID: b.ID, Source: b.Source, Assessment: a}
		switch v := e.(type) {
		case *Contractor:
			x.Contractor = v
		case *Service:
			x.Service = v
		case *Social:
			x.Social = v
		}
		doc.Entries = append(doc.Entries, x)
		s := &doc.Summary
		s.Entries++
		s.ByKind[e.Kind()]++
		if a.Residual != "" {
			s.ByResidual[a.Residual]++
		}
		if a.Decision != "" {
			s.ByDecision[a.Decision]++
		}
		if len(a.Blockers) > 0 {
			s.Blocked++
		}
		for _, d := range a.Due {
			if d.Date.Before(asOf) {
				s.OverdueItems++
			}
		}
	}
	return doc
}

func nonNil[T any](s []T) []T {
	if s == nil {
		return []T{}
	}
	return s
}

// EntryKey identifies an entry across kinds.
type EntryKey struct {
	Kind Kind
	ID   string
}

// AssessmentIndex maps each assessment of as to its entry key.
func AssessmentIndex(as []Assessment) map[EntryKey]Assessment {
	m := make(map[EntryKey]Assessment, len(as))
	for _, a := range as {
		m[EntryKey{a.Kind, a.EntryID}] = a
	}
	return m
}

// NeutraliseFormula protects a text cell of a CSV or spreadsheet export
// against formula injection (OWASP "CSV injection"): when s starts with
// '=', '+', '-', '@', a tab or a carriage return, it returns s with a
// single quote ' in front, so that a spreadsheet shows the text instead of
// evaluating it. Any other string is returned unchanged. Every exporter
// (CSV and xlsx) calls this one function for text cells.
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

// DueList returns the due items of as that are overdue (before asOf) or
// fall due within days days of asOf (asOf+days inclusive), with Overdue set
// relative to asOf, sorted by date, then due kind, then entry kind (in
// Kinds order), then entry id, then What. days < 0 is treated as 0.
func DueList(as []Assessment, asOf Date, days int) []DueItem {
	days = max(days, 0)
	limit := asOf.AddDays(days)
	var out []DueItem
	for _, a := range as {
		for _, d := range a.Due {
			if d.Date.IsZero() || d.Date.After(limit) {
				continue
			}
			if d.EntryKind == "" {
				d.EntryKind = a.Kind
			}
			if d.EntryID == "" {
				d.EntryID = a.EntryID
			}
			d.Overdue = d.Date.Before(asOf)
			out = append(out, d)
		}
	}
	SortDue(out)
	return out
}

// SortDue sorts items by date, then due kind, then entry kind (in Kinds
// order), then entry id, then What. The sort is stable.
func SortDue(items []DueItem) {
	slices.SortStableFunc(items, func(a, b DueItem) int {
		return cmp.Or(
			a.Date.Compare(b.Date),
			strings.Compare(string(a.Kind), string(b.Kind)),
			cmp.Compare(kindOrder(a.EntryKind), kindOrder(b.EntryKind)),
			strings.Compare(a.EntryID, b.EntryID),
			strings.Compare(a.What, b.What),
		)
	})
}

func kindOrder(k Kind) int {
	if i := slices.Index(Kinds, k); i >= 0 {
		return i
	}
	return len(Kinds)
}
