package load

import (
	"github.com/gikai-sec/riskregister/riskassess"
	"github.com/gikai-sec/riskregister/riskassess/problem"
	"github.com/gikai-sec/riskregister/riskassess/report"
	"github.com/gikai-sec/riskregister/riskassess/store"
)

// Codes of the staff warnings of Staff. They are warnings: the register
// stays valid, validate exits 0, and riskregister rotation lists them with
// the holder to write in.
const (
	// CodeStaffMoved: a person named as owner, responsible person,
	// operator, credential custodian or service manager now holds another
	// section or position than the entry names (人事異動).
	//
	// Example:
	//	owner: {section: gikai-koho, position: kakaricho, person: sakamoto-r}
	//	# people: sakamoto-r is now kacho of gikai-somu
	// Also: a person who signed an approval (approval.signatures[].person)
	// held another position on the day of the sign-off, by their records,
	// or held it off the line of the entry's owner.section while someone
	// on that line held it that day (another division's 課長).
	// Fix: write the current holder in the field, or correct the person's
	// record in register.yaml.
	CodeStaffMoved = "staff-moved"

	// CodeStaffNotInPost: the person named does not hold their post on the
	// as-of date: their until has passed (moved away, retired) or their
	// from has not come (在任期間外).
	//
	// Example:
	//	credential_custodian: ogawa-h
	//	# people: ogawa-h until 2027-03-31
	// Fix: write the successor in the field.
	CodeStaffNotInPost = "staff-not-in-post"

	// CodeStaffVacant: the entry names a section and position but no
	// person, and nobody in people holds that post on the as-of date
	// (空席).
	//
	// Example:
	//	owner: {section: gikai-giji, position: kacho}
	//	# nobody in people is kacho of gikai-giji
	// Fix: name the person responsible, or record the new holder in people.
	CodeStaffVacant = "staff-vacant"

	// CodeStaffAmbiguous: the entry names a section and position but no
	// person, and two or more people hold that post: the tool does not
	// pick one (在任者が複数).
	//
	// Example:
	//	responsible: {section: gikai-koho, position: shunin}
	//	# two people are shunin of gikai-koho
	// Fix: name the responsible person in the entry.
	CodeStaffAmbiguous = "staff-ambiguous"
)

// staffCodes maps the problems that Staff warns about to their codes.
var staffCodes = map[report.StaffProblem]string{
	report.StaffMoved: CodeStaffMoved, report.StaffLeft: CodeStaffNotInPost,
	report.StaffVacant: CodeStaffVacant, report.StaffAmbiguous: CodeStaffAmbiguous,
}

// Staff returns a warning for every responsibility of reg that is not held
// as the entry names it on day d (report.Assignments: a named person who
// moved or is not in post, a vacant post, a post with several holders and no
// person named) and every sign-off by a person who held another position
// that day (report.SignOffMismatches), located at the field in the
// entry's file of the register
// folder dir. The warnings do not make the register invalid; a hand-over to
// a new holder since the last review (StaffNewHolder) is not a warning but
// is listed by riskregister rotation. The result is sorted
// (problem.Sort) and deterministic for the same folder and day.
func Staff(dir string, reg *riskassess.Register, d riskassess.Date) problem.List {
	return StaffWith(dir, reg, d, Options{})
}

// StaffWith is Staff with options: with opts.Cache the warnings of files
// unchanged since a run that located the same fields are located from the
// cache instead of parsing the files again (store.LocateAllWith); the
// result is the same.
func StaffWith(dir string, reg *riskassess.Register, d riskassess.Date, opts Options) problem.List {
	var out problem.List
	for _, a := range append(report.Assignments(reg, d), report.SignOffMismatches(reg)...) {
		if !a.Problem.Warning() {
			continue
		}
		path := a.Field()
		if a.Role == riskassess.RoleApprover {
			path += ".person"
		}
		out = append(out, problem.Problem{File: a.File, Path: path, Code: staffCodes[a.Problem], Warning: true, Msg: a.Message})
	}
	locateByFile(store.LocatorWith(dir, opts.Cache), out)
	problem.Sort(out)
	return out
}
