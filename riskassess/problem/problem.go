package problem

import (
	"cmp"
	"slices"
	"strconv"
	"strings"

	"github.com/gikai-sec/riskregister/riskassess"
)

// Problem is one problem found in a register folder: where it is, what kind
// it is and what to do, in Japanese and English. It is the one problem type
// of the register's front door (package riskassess/load), into which the
// errors of the loader (store), of the catalogue settings and of the
// requirement references (catalog) are converted.
type Problem struct {
	// File is the slash path relative to the register folder
	// ("contractors/acme.yaml"), or "." for the folder itself.
	File string
	// Line and Col are 1-based; 0 means the problem concerns the whole
	// file (or the line is unknown).
	Line, Col int
	// Path is the field path in the file ("contracts[0].clauses[1].requirement"),
	// "" when the problem is not about one field (a syntax error, the file
	// as a whole).
	Path string
	// Code identifies the kind of problem; every code is documented in
	// docs/errors.md with an example and the fix.
	Code string
	// Warning marks a problem that is shown but does not make the register
	// invalid; every other problem (Warning false, the zero value) does.
	Warning bool
	// Msg says what is wrong and how to fix it.
	Msg riskassess.Text
	// Replacement is the exact value Msg tells to write instead of the
	// one at Line:Col ("terms" for 約款, "JP" for 日本, "2026-04-10" for
	// 令和8年4月10日), or "" when it proposes none.
	Replacement string
}

// Position returns "file:line:col", "file:line" or "file".
func (p Problem) Position() string {
	switch {
	case p.Line > 0 && p.Col > 0:
		return p.File + ":" + strconv.Itoa(p.Line) + ":" + strconv.Itoa(p.Col)
	case p.Line > 0:
		return p.File + ":" + strconv.Itoa(p.Line)
	}
	return p.File
}

// Message returns the problem as one line, "file:line:col: message" in lang
// ("en" for English, else Japanese); a warning's message starts with
// 警告: / warning:.
func (p Problem) Message(lang riskassess.Lang) string {
	var b strings.Builder
	b.WriteString(p.Position())
	b.WriteString(": ")
	if p.Warning {
		if lang == "en" {
			b.WriteString("warning: ")
		} else {
			b.WriteString("警告: ")
		}
	}
	b.WriteString(p.Msg.In(lang))
	return b.String()
}

// Error returns Message("en").
func (p Problem) Error() string { return p.Message("en") }

// List is a list of problems, normally sorted by Sort.
type List []Problem

// HasErrors reports whether any problem is not a warning, that is whether
// the register is invalid.
func (ps List) HasErrors() bool {
	return slices.ContainsFunc(ps, func(p Problem) bool { return !p.Warning })
}

// Sort sorts ps by file, line, column, then message and code, so that the
// same register always gives the same list.
func Sort(ps List) {
	slices.SortStableFunc(ps, func(a, b Problem) int {
		return cmp.Or(
			cmp.Compare(a.File, b.File),
			cmp.Compare(a.Line, b.Line),
			cmp.Compare(a.Col, b.Col),
			cmp.Compare(a.Msg.En, b.Msg.En),
			cmp.Compare(a.Code, b.Code),
			cmp.Compare(a.Msg.Ja, b.Msg.Ja),
		)
	})
}
