// Package foreign turns a vendor's answers to a foreign security
// questionnaire (CSA CAIQ, EDUCAUSE HECVAT) into answers to the register's
// own questions, through a mapping kept with the catalogue (Mapping: its
// links and unmapped questions, read from the catalogue's mappings/ by
// riskassess/catalog and checked by Mapping.Check).
//
// The shortest use: riskassess/xlsx reads the workbook into a Workbook;
// Map applies the mapping for the entry's kind; the command records the
// answers and keeps the evidence with the import for a person to judge:
//
//	out := foreign.Map(w, mapping, reqs, riskassess.KindService)
//	fmt.Println(len(out.Answers), "answers,", len(out.Evidence), "for a person to judge")
//
// Only full links answer, and only when every full link to a requirement
// has the same yes/no answer; everything else is evidence for a person,
// never a score. Map is pure and deterministic.
//
// The package imports only riskassess and the standard library, like
// riskassess/report, so that riskassess/catalog (which reads the
// mappings), riskassess/xlsx (which reads the workbook) and the command can
// all use it. The strength of a link (riskassess.Strength) stays in
// riskassess: the evidence recorded with an entry (riskassess.ForeignEvidence)
// carries it.
package foreign
