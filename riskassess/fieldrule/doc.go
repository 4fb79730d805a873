// Package fieldrule holds the value rules of register fields that are
// plain strings in the model: the form of an entry id, the check digit of
// a 法人番号 (corporate number), the form of an ISMAP registration number
// and whether a link leaves the published site. The loader
// (riskassess/store) refuses a value that breaks a rule and proposes the
// replacement where there is one; riskassess/xlsx, riskassess/publiclist,
// sitegen and the synthetic registers of internal/synth apply the same
// rules, so that a value is valid or not in the same way everywhere.
//
// The shortest use:
//
//	if err := fieldrule.CheckCorporateNumber(c.CorporateNumber); err != nil { … }
//	if fix, ok := fieldrule.ISMAPNumberReplacement("ｃ２１－０００８－２"); ok { … } // "C21-0008-2"
//
// The rules are pure functions of their argument. The value sets of the
// model's enum types (their Valid and Allowed methods, riskassess.Replacement)
// and of country codes (riskassess.ValidCountry) stay with the model in
// package riskassess, which shares their spelling rules.
//
// The package imports only the standard library, so that every adapter can
// use it without importing another.
package fieldrule
