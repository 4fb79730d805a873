package riskassess

import (
	"slices"
	"sync"
)

// enumRow is one value of an enum type with its Japanese and English
// labels (both "" for a type without labels, such as AnswerType).
type enumRow[E ~string] struct {
	value  E
	ja, en string
}

// row returns the enumRow of value v with labels ja and en.
func row[E ~string](v E, ja, en string) enumRow[E] { return enumRow[E]{value: v, ja: ja, en: en} }

// enumTable is the one declaration of an enum type's values, in
// documentation order: the type's Valid, Allowed and Label methods, the
// spellings Replacement accepts (with the aliases of spelling.go) and,
// through Allowed, the JSON Schema enum (internal/schemagen) all come from
// it. TestEnumTables ties each table to the type's constants.
type enumTable[E enumType] struct {
	rows    []enumRow[E]
	aliases map[string]E
	vocab   func() *vocab
}

// enumType is what an enumTable declares: a string type with the methods
// of Enum (written with the table: Valid and Allowed call it).
type enumType interface {
	~string
	Enum
}

// anyEnum is an enumTable of any type, for Replacement and the tests.
type anyEnum interface {
	// value returns s as a value of the table's type.
	value(s string) Enum
	owns(e Enum) bool
	allowed() []string
	labels(v string) (ja, en string)
	spellings() *vocab
}

// enumTables lists every enumTable, in declaration order.
var enumTables []anyEnum

// newEnum declares an enum type: its values with their labels and the
// other spellings Replacement accepts for them (aliases, may be nil).
func newEnum[E enumType](aliases map[string]E, rows ...enumRow[E]) *enumTable[E] {
	t := &enumTable[E]{rows: rows, aliases: aliases}
	t.vocab = sync.OnceValue(t.buildVocab)
	enumTables = append(enumTables, t)
	return t
}

func (t *enumTable[E]) valid(v E) bool {
	for _, r := range t.rows {
		if r.value == v {
			return true
		}
	}
	return false
}

// allowed returns the values as strings, in a new slice.
func (t *enumTable[E]) allowed() []string {
	out := make([]string, len(t.rows))
	for i, r := range t.rows {
		out[i] = string(r.value)
	}
	return out
}

// values returns the values, in a new slice.
func (t *enumTable[E]) values() []E {
	out := make([]E, len(t.rows))
	for i, r := range t.rows {
		out[i] = r.value
	}
	return out
}

// label returns the English label of v when lang is "en", else the
// Japanese one; v itself for a value not in the table or without labels.
func (t *enumTable[E]) label(v E, lang Lang) string {
	for _, r := range t.rows {
		if r.value == v {
			if r.ja == "" {
				break
			}
			if lang == "en" {
				return r.en
			}
			return r.ja
		}
	}
	return string(v)
}

func (t *enumTable[E]) value(s string) Enum { return E(s) }

func (t *enumTable[E]) owns(e Enum) bool {
	_, ok := e.(E)
	return ok
}

func (t *enumTable[E]) labels(v string) (ja, en string) {
	i := slices.IndexFunc(t.rows, func(r enumRow[E]) bool { return string(r.value) == v })
	if i < 0 {
		return "", ""
	}
	return t.rows[i].ja, t.rows[i].en
}

func (t *enumTable[E]) spellings() *vocab { return t.vocab() }

// buildVocab folds every value, every label (whole, before its bracket
// and inside it: 約款（利用規約） gives 約款 and 利用規約 too) and every
// alias. A spelling that two values share is dropped and listed as
// ambiguous.
func (t *enumTable[E]) buildVocab() *vocab {
	v := newVocab()
	for _, r := range t.rows {
		v.add(string(r.value), string(r.value))
	}
	for _, r := range t.rows {
		for _, l := range []string{r.ja, r.en} {
			for _, s := range labelVariants(l) {
				v.add(s, string(r.value))
			}
		}
	}
	for s, a := range t.aliases {
		v.add(s, string(a))
	}
	return v
}
