// Package report turns a register and its assessments into what people
// read: the JSON export document, the register table every exporter
// writes, the names of sections, positions and people, the year plan
// (年度計画), the due list, the council-wide items, the next steps of an
// entry and who holds each responsibility on a day.
//
// The shortest use, from an assessed register to the table of its
// contractors and the next steps of its first entry:
//
//	res, err := load.Dir("examples/chofu-gikai")
//	as, err := riskassess.Scorer{Blockers: res.Blockers}.AssessAll(res.Register, res.Requirements, asOf)
//	publiclist.Apply(res.Register, as) // cross-checks against the register's lists/ snapshots
//	t := report.RegisterTable(res.Register, as, riskassess.KindContractor, "ja")
//	next := report.NextActions(&res.Register.Org, as[0].Entry, &as[0])
//
// report does not score: the findings, risk levels, decisions and due items
// come from package riskassess (the model and the scorer), and report
// arranges, names, orders and counts them (the council-wide items, for
// instance, are a checklist read off the register and its assessments).
// Every function is deterministic: the same register, assessments and as-of
// date give the same values in the same order, and nothing reads the clock
// or the disk.
//
// The package imports only riskassess and the standard library, so that the
// adapters (riskassess/csv, riskassess/xlsx, riskassess/ical), sitegen and
// the command can all use it without importing each other. The changes
// between two points of a register's history are in package riskassess/diff.
package report
