package riskassess_test

import "github.com/gikai-sec/riskregister/riskassess"

// mustAssess returns the assessments of an Assess or AssessAll call that
// must succeed (the tests pass a catalogue), and panics otherwise.
func mustAssess[T any](v T, err error) T {
	if err != nil {
		panic(err)
	}
	return v
}

// exportDate parses an ISO date that must be valid.
func exportDate(s string) riskassess.Date {
	v, err := riskassess.ParseDate(s)
	if err != nil {
		panic(err)
	}
	return v
}
