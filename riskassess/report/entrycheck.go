package report

import "github.com/gikai-sec/riskregister/riskassess"

// mustCheck panics with the error of riskassess.CheckEntry for e (one
// wrapping riskassess.ErrEntryValue), if any: the functions of this package
// that read an entry's enum fields without its assessment (Assignments,
// SignOffMismatches, CouncilItems, RegisterTable) have no error to return,
// as riskassess.Assessor's function has none, and would read a value its
// type does not allow ("Approved", "3a") as no value, a plausible wrong
// answer. An entry loaded by riskassess/load never has one; for a register
// built in Go, riskassess.Scorer.AssessAll returns the error.
func mustCheck(org *riskassess.Organisation, e riskassess.Entry) {
	if err := riskassess.CheckEntry(org, e); err != nil {
		panic(err)
	}
}
