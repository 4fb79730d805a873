// Package problem holds the one problem type of the register's front door
// (riskassess/load): a problem found in a register folder, with where it
// is (file, line, column, field path), its documented code
// (docs/errors.md), whether it is only a warning, what to do in Japanese
// and English, and the replacement value when there is one. load.Dir
// converts the errors of the loader (riskassess/store), of the catalogue
// settings and of the requirement references (riskassess/catalog) into
// one List; the command prints it and sitegen.WriteProblems shows it in
// the browser (serve).
//
// The shortest use:
//
//	res, _ := load.Dir(folder)
//	for _, p := range res.Problems {
//		fmt.Println(p.Message(lang)) // contractors/acme.yaml:3:7: …
//	}
//	if res.Problems.HasErrors() { … } // invalid; warnings alone are not
//
// The model and the scorer (package riskassess) do not produce problems:
// they take a register the front door has checked.
//
// The package imports only riskassess and the standard library, so that
// the front door, sitegen and the command can share it without importing
// each other.
package problem
