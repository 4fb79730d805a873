package catalog

import (
	"fmt"
	"sort"

	"github.com/gikai-sec/riskregister/riskassess"
)

// RefError is a register entry field that names a requirement or question
// the catalogue does not have: a contract clause or remediation item citing
// an unknown requirement id, or an answer to an unknown question. File is
// the entry's Source ("contractors/acme.yaml"); Path is the field path in
// that file ("contracts[0].clauses[2].requirement").
type RefError struct {
	File, Path string
	// Value is the unknown id.
	Value string
	// Code is CodeUnknownRequirement, CodeRequirementNotApplicable or
	// CodeUnknownQuestion.
	Code string
	Msg  riskassess.Text
}

// Error returns "file: path: message" in Japanese and English.
func (e *RefError) Error() string {
	return e.File + ": " + e.Path + ": " + e.Msg.Ja + " / " + e.Msg.En
}

// CheckReferences returns an error for every field of reg's entries that
// names a requirement or question missing from reqs (the catalogue in force,
// as returned by ForOrg): contracts[].clauses[].requirement and
// remediation[].requirement must be requirement ids that apply to
// contractors, and the keys of answers must be question ids of requirements
// for the entry's kind. Such a typo would otherwise silently stop counting:
// a clause that cites "OUT-99" proves nothing. Requirements switched off in
// reg.Org.Requirements.Disable still exist: citing them is not an error.
// The errors are in register order, then by path.
func CheckReferences(reg *riskassess.Register, reqs []riskassess.Requirement) []*RefError {
	out, _ := CheckReferencesLimit(reg, reqs, -1)
	return out
}

// CheckReferencesLimit is CheckReferences returning at most limit errors
// (all when limit < 0), the first in register order, and the number of
// further errors, which are counted but not built: a register with a
// million unknown ids costs a scan, not a million messages.
func CheckReferencesLimit(reg *riskassess.Register, reqs []riskassess.Requirement, limit int) ([]*RefError, int) {
	known := append([]riskassess.Requirement(nil), reqs...)
	if off := reg.Org.Requirements.Disable; len(off) > 0 {
		disabled := map[string]bool{}
		for _, id := range off {
			disabled[id] = true
		}
		for _, r := range Default() {
			if disabled[r.ID] {
				known = append(known, r)
			}
		}
	}
	byID := make(map[string]*riskassess.Requirement, len(known))
	questions := map[riskassess.Kind]map[string]bool{}
	for i := range known {
		r := &known[i]
		byID[r.ID] = r
		if r.Question == nil {
			continue
		}
		for _, k := range r.Kinds {
			if questions[k] == nil {
				questions[k] = map[string]bool{}
			}
			questions[k][r.Question.ID] = true
		}
	}
	var out []*RefError
	more := 0
	full := func() bool {
		if limit >= 0 && len(out) >= limit {
			more++
			return true
		}
		return false
	}
	req := func(e riskassess.Entry, path func() string, id string) {
		r, ok := byID[id]
		to, merged := mergedRequirements[id]
		if (!ok || !r.AppliesTo(e.Kind())) && full() {
			return
		}
		switch {
		case !ok && merged && byID[to] != nil:
			out = append(out, &RefError{File: e.Base().Source, Path: path(), Value: id, Code: CodeUnknownRequirement, Msg: riskassess.T(
				fmt.Sprintf("要件 %q は %s に統合されました。%s を指定してください", id, to, to),
				fmt.Sprintf("requirement %q was merged into %s; write %s", id, to, to))})
		case !ok && merged:
			out = append(out, &RefError{File: e.Base().Source, Path: path(), Value: id, Code: CodeUnknownRequirement, Msg: riskassess.T(
				fmt.Sprintf("要件 %q は期限所見 %s に統合され、カタログの要件ではなくなりました。この参照を削除してください", id, to),
				fmt.Sprintf("requirement %q was merged into the expiry finding %s and is no longer a catalogue requirement; remove this reference", id, to))})
		case !ok:
			out = append(out, &RefError{File: e.Base().Source, Path: path(), Value: id, Code: CodeUnknownRequirement, Msg: riskassess.T(
				fmt.Sprintf("要件 %q はカタログにありません。docs/catalog.md の要件IDを指定してください", id),
				fmt.Sprintf("unknown requirement %q; use a requirement id from docs/catalog.md", id))})
		case !r.AppliesTo(e.Kind()):
			out = append(out, &RefError{File: e.Base().Source, Path: path(), Value: id, Code: CodeRequirementNotApplicable, Msg: riskassess.T(
				fmt.Sprintf("要件 %q は%sには適用されません", id, e.Kind().Label("ja")),
				fmt.Sprintf("requirement %q does not apply to a %s", id, e.Kind()))})
		}
	}
	for _, e := range reg.Entries() {
		if c, ok := e.(*riskassess.Contractor); ok {
			for i, ct := range c.Contracts {
				for j, cl := range ct.Clauses {
					req(e, func() string { return fmt.Sprintf("contracts[%d].clauses[%d].requirement", i, j) }, cl.Requirement)
				}
			}
			for i, it := range c.Remediation {
				if it.Requirement != "" {
					req(e, func() string { return fmt.Sprintf("remediation[%d].requirement", i) }, it.Requirement)
				}
			}
		}
		keys := make([]string, 0, len(e.Base().Answers))
		for k := range e.Base().Answers {
			if !questions[e.Kind()][k] {
				keys = append(keys, k)
			}
		}
		sort.Strings(keys)
		for _, k := range keys {
			if !full() {
				out = append(out, &RefError{File: e.Base().Source, Path: answerPath(k), Value: k, Code: CodeUnknownQuestion, Msg: riskassess.T(
					fmt.Sprintf("質問 %q はこの種別の確認票にありません。質問IDを確認してください（Q-要件ID）", k),
					fmt.Sprintf("no question %q for this kind; check the question id (Q- and a requirement id)", k))})
			}
		}
	}
	return out, more
}
