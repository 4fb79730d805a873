// Package load is the register's front door: one call, Dir, reads a
// register folder, applies the organisation's catalogue settings and checks
// every reference, and returns the register, the requirements in force and
// every problem found, as one list of problem.Problem.
//
// The shortest use, from a folder to a site (see Example):
//
//	res, err := load.Dir("examples/chofu-gikai")
//	sc := riskassess.Scorer{Blockers: res.Blockers}
//	as, err := sc.AssessAll(res.Register, res.Requirements, asOf)
//	publiclist.Apply(res.Register, as) // the cross-checks against lists/ (ISMAP, 法人番号)
//	_, err = sitegen.Build(ctx, res.Register, as, sitegen.Options{
//		OutDir: "public", AsOf: asOf, Requirements: res.Requirements, CatalogueVersion: catalog.Version, // recorded in downloads/register.json
//	})
//
// These are the calls of riskregister build. The scorer does not read the
// public-list snapshots of the register (lists/): without publiclist.Apply
// the assessments lack the cross-check findings (LST-…, such as an ISMAP
// number no longer on the list) that assess, check and the site of the
// command show.
//
// Every command of riskregister goes through Dir, so that a register is
// valid or not in the same way everywhere: validate lists the problems,
// and assess, build, serve, check, due, export, questionnaire and import
// refuse an invalid register with the same list.
//
// Dir runs, on whatever could be decoded, all of:
//
//   - the loader's checks (store.Load): syntax, field names and types,
//     allowed values, dates, 法人番号, required fields, duplicate ids and
//     the references to sections, positions, people, contractors and
//     classification levels;
//   - the catalogue settings of register.yaml (catalog.ForOrg), each
//     problem at the line and column of the field (code bad-setting);
//     when they are valid, Register.Org.DueOff is set to the yearly
//     tasks switched off with the disabled requirements (catalog.DueOff);
//   - the requirement and question ids cited by entries: contract clauses,
//     remediation items and answers (catalog.CheckReferences; codes
//     unknown-requirement, requirement-not-applicable, unknown-question).
//
// so that one run lists everything, not the reference errors only after
// every other error is fixed. The list is bounded: at most MaxProblems
// problems are kept and the rest only counted (Result.Omitted), and the
// checks stop building messages past the cap, so that a hostile folder
// (400,000 unknown keys, a million dangling references) costs little and
// prints little. docs/errors.md explains every code with an example and
// the fix.
//
// This package is the orchestrator: it imports the adapters store and
// catalog, which do not import each other.
package load

import (
	"errors"
	"fmt"
	"io/fs"
	"maps"
	"slices"
	"strings"

	"github.com/gikai-sec/riskregister/riskassess"
	"github.com/gikai-sec/riskregister/riskassess/catalog"
	"github.com/gikai-sec/riskregister/riskassess/problem"
	"github.com/gikai-sec/riskregister/riskassess/store"
)

// MaxProblems is the most problems a Result lists; further problems are
// counted in Result.Omitted.
const MaxProblems = 100

// Result is a register read through the front door.
type Result struct {
	// Register is the register as far as it could be decoded; nil only
	// when the folder itself cannot be read. When Problems has errors it
	// is a best effort and must not be assessed or published.
	Register *riskassess.Register
	// Requirements is the catalogue in force (catalog.ForOrg): the
	// built-in requirements with the organisation's settings applied,
	// sorted by id. It is nil when the settings are invalid or the folder
	// cannot be read.
	Requirements []riskassess.Requirement
	// Blockers are the blocker rules of the catalogue (catalog.Blockers),
	// for riskassess.Scorer.Blockers; nil only when the folder itself
	// cannot be read.
	Blockers []riskassess.BlockerRule
	// Problems lists at most MaxProblems problems, sorted by file, line
	// and column (problem.Sort).
	Problems problem.List
	// Omitted is how many further problems were found and not listed. A
	// file whose problems were cut short ends with a problem of code
	// too-many, so the count is a lower bound then.
	Omitted int

	omittedErrors bool // an omitted problem is not a warning
}

// Valid reports whether the register has no problem other than warnings.
func (r *Result) Valid() bool {
	return r.Register != nil && !r.Problems.HasErrors() && !r.omittedErrors
}

// Lines returns the problems as the lines a user reads, in lang ("en" for
// English, else Japanese): each as problem.Problem.Message, with the
// file named as in the register folder, or as pathOf(problem.File) when
// pathOf is not nil (a command names it from the working directory); then,
// when problems were left out, one line saying how many.
func (r *Result) Lines(lang riskassess.Lang, pathOf func(file string) string) []string {
	out := make([]string, 0, len(r.Problems)+1)
	for _, p := range r.Problems {
		if pathOf != nil {
			p.File = pathOf(p.File)
		}
		out = append(out, p.Message(lang))
	}
	if r.Omitted > 0 {
		out = append(out, OmittedLine(lang, r.Omitted))
	}
	return out
}

// OmittedLine is the last line of a problem list from which n problems
// were left out.
func OmittedLine(lang riskassess.Lang, n int) string {
	if lang == "en" && n == 1 {
		return fmt.Sprintf("… and 1 more problem not shown (at most %d are listed); fix these first and run again", MaxProblems)
	}
	if lang == "en" {
		return fmt.Sprintf("… and %d more problems not shown (at most %d are listed); fix these first and run again", n, MaxProblems)
	}
	return fmt.Sprintf("… ほかに %d 件の問題があります（表示は %d 件まで）。まずここまでを直して、もう一度実行してください", n, MaxProblems)
}

// InvalidError is the error Dir returns for an invalid register.
type InvalidError struct {
	Problems problem.List
	Omitted  int
}

// Error returns the problems, one per line, in English, and the line
// saying how many were left out.
func (e *InvalidError) Error() string {
	r := Result{Problems: e.Problems, Omitted: e.Omitted}
	return strings.Join(r.Lines("en", nil), "\n")
}

// ErrInvalid is matched by errors.Is for the error of an invalid register.
var ErrInvalid = errors.New("invalid register")

// Is reports whether target is ErrInvalid.
func (e *InvalidError) Is(target error) bool { return target == ErrInvalid }

// Dir loads the register folder dir and checks it completely (see the
// package documentation). It always returns a Result; the error is nil
// when the register is valid (problems that are only warnings may be
// listed) and an *InvalidError (errors.Is ErrInvalid) holding the same
// problems as the Result otherwise. The result is deterministic: the same
// folder gives the same problems in the same order.
func Dir(dir string) (*Result, error) {
	return DirWith(dir, Options{})
}

// Options are the options of DirWith.
type Options struct {
	// Cache, when not nil, keeps the decoded entry files between runs
	// (store.Cache; the command uses internal/entrycache). The result is
	// the same with or without it: only files that decoded without a
	// problem are kept, and every check that looks beyond one file runs
	// on every load.
	Cache store.Cache
}

// DirWith is Dir with options.
func DirWith(dir string, opts Options) (*Result, error) {
	reg, err := store.LoadWith(dir, store.Options{Cache: opts.Cache})
	return check(reg, err, store.LocatorWith(dir, opts.Cache))
}

// FS is Dir for a register held in fsys, whose root is the register
// folder: a git revision of the register (riskassess/history) or any
// other fs.FS. It reads through store.LoadFS and runs the same checks, so
// a register is valid or not in the same way wherever it is read from.
func FS(fsys fs.FS) (*Result, error) {
	reg, err := store.LoadFS(fsys)
	return check(reg, err, func(file string, paths []string) ([][2]int, bool) { return store.LocateAllFS(fsys, file, paths) })
}

// locator returns the line and column of each field path in a file of
// the register (store.LocateAll).
type locator func(file string, paths []string) ([][2]int, bool)

// check is DirWith and FS after loading: reg and err are the loader's
// result, at finds the fields of the register's files.
func check(reg *riskassess.Register, err error, at locator) (*Result, error) {
	dir := at
	res := &Result{Register: reg}
	if reg != nil {
		res.Blockers = catalog.Blockers()
	}
	var all problem.List
	if err != nil {
		var errs store.Errors
		if !errors.As(err, &errs) {
			// store.Load returns only Errors; anything else is a bug
			// to report rather than a register to trust.
			errs = store.Errors{{File: ".", Code: store.CodeInternal, Msg: err.Error(), Err: err}}
		}
		for _, e := range errs {
			all = append(all, problem.Problem{
				File: e.File, Line: e.Line, Col: e.Col, Path: e.Path,
				Code: string(e.Code), Msg: e.Text(), Replacement: e.Replacement,
			})
		}
	}
	if reg == nil {
		return res.finish(all)
	}

	// The catalogue in force. When its settings are wrong, the references
	// are still checked, against the built-in requirements and the
	// organisation's own ones that are valid, so that one run lists both.
	known, err := catalog.ForOrg(&reg.Org)
	switch {
	case err == nil && len(known) == 0:
		// Nothing left to assess against: every command would refuse to
		// assess (riskassess.ErrNoRequirements); say why, here.
		p := problem.Problem{File: store.RegisterFile, Path: "requirements.disable", Code: catalog.CodeBadSetting,
			Msg: riskassess.T("requirements.disable: すべての要件が無効になっていて、評価に使う要件がありません。disable から要件を外してください",
				"requirements.disable: every requirement is disabled, so there is nothing to assess against; remove some from disable")}
		ps := problem.List{p}
		locate(dir, store.RegisterFile, ps, []string{p.Path})
		all = append(all, ps...)
	case err == nil:
		res.Requirements = known
		// The yearly tasks of the disabled requirements (OUT-31's
		// on-site check, SNS-14's password change) are switched off
		// with them: no due item, no expiry finding.
		reg.Org.DueOff = catalog.DueOff(&reg.Org)
	default:
		// A value the loader already refused (a misspelt kind or
		// severity) reaches the catalogue empty: the catalogue's problem
		// with the same field would repeat the loader's, less clearly.
		refused := map[string]bool{}
		for _, p := range all {
			if p.File == store.RegisterFile && p.Path != "" {
				refused[p.Path] = true
			}
		}
		for _, p := range settingProblems(dir, err) {
			if p.Path == "" || !refused[p.Path] {
				all = append(all, p)
			}
		}
		known = catalog.Default()
		for _, c := range reg.Org.Requirements.Add {
			if r, errs := catalog.Custom(c); len(errs) == 0 {
				known = append(known, r)
			}
		}
	}

	// Requirement and question ids cited by entries. More than
	// MaxProblems+1 are never needed: a cap, and one to know there are
	// more.
	refs, more := catalog.CheckReferencesLimit(reg, known, MaxProblems+1)
	all = append(all, refProblems(dir, refs)...)
	res.Omitted += more
	res.omittedErrors = more > 0
	return res.finish(all)
}

// finish sorts all, keeps MaxProblems (and every too-many problem, which
// says where a file's list was cut) and returns res with the error Dir
// returns.
func (res *Result) finish(all problem.List) (*Result, error) {
	problem.Sort(all)
	if len(all) > MaxProblems {
		kept := all[:MaxProblems:MaxProblems]
		for _, p := range all[MaxProblems:] {
			switch {
			case p.Code == string(store.CodeTooMany):
				kept = append(kept, p)
			default:
				res.Omitted++
				res.omittedErrors = res.omittedErrors || !p.Warning
			}
		}
		all = kept
	}
	res.Problems = all
	if res.Valid() {
		return res, nil
	}
	return res, &InvalidError{Problems: res.Problems, Omitted: res.Omitted}
}

// settingProblems converts the catalogue setting errors of ForOrg, located
// in register.yaml.
func settingProblems(dir locator, err error) problem.List {
	var list []error
	if j, ok := err.(interface{ Unwrap() []error }); ok {
		list = j.Unwrap()
	} else {
		list = []error{err}
	}
	var out problem.List
	var paths []string
	for _, e := range list {
		var se *catalog.SettingError
		if !errors.As(e, &se) {
			out = append(out, problem.Problem{File: store.RegisterFile, Code: catalog.CodeBadSetting,
				Msg: riskassess.T(e.Error(), e.Error())})
			paths = append(paths, "")
			continue
		}
		t := se.Text()
		out = append(out, problem.Problem{File: store.RegisterFile, Path: se.Path, Code: catalog.CodeBadSetting,
			Msg: riskassess.T(se.Path+": "+t.Ja, se.Path+": "+t.En)})
		paths = append(paths, se.Path)
	}
	locate(dir, store.RegisterFile, out, paths)
	return out
}

// refProblems converts the reference errors of CheckReferences, located in
// their files.
func refProblems(dir locator, refs []*catalog.RefError) problem.List {
	out := make(problem.List, len(refs))
	for i, e := range refs {
		out[i] = problem.Problem{File: e.File, Path: e.Path, Code: e.Code,
			Msg: riskassess.T(e.Path+": "+e.Msg.Ja, e.Path+": "+e.Msg.En)}
	}
	locateByFile(dir, out)
	return out
}

// locateByFile sets the line and column of every problem in ps at its Path
// in its File of the register folder dir, reading each file once. A problem
// whose field cannot be found keeps no position.
func locateByFile(dir locator, ps problem.List) {
	byFile := map[string][]int{}
	for i, p := range ps {
		byFile[p.File] = append(byFile[p.File], i)
	}
	for _, f := range slices.Sorted(maps.Keys(byFile)) {
		idx := byFile[f]
		sub := make(problem.List, len(idx))
		paths := make([]string, len(idx))
		for j, i := range idx {
			sub[j], paths[j] = ps[i], ps[i].Path
		}
		locate(dir, f, sub, paths)
		for j, i := range idx {
			ps[i] = sub[j]
		}
	}
}

func locate(dir locator, file string, ps problem.List, paths []string) {
	pos, ok := dir(file, paths)
	if !ok {
		return
	}
	for i := range ps {
		if paths[i] != "" {
			ps[i].Line, ps[i].Col = pos[i][0], pos[i][1]
		}
	}
}
