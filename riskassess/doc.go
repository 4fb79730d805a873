// Package riskassess holds the domain of riskregister: the register of
// outsourcing contractors (委託事業者), external / cloud services (外部サービス)
// and official social-media accounts (ソーシャルメディアアカウント), the
// requirements they are checked against, and the assessments that result.
//
// The shortest use, from a loaded register to what to do next:
//
//	res, err := load.Dir("examples/chofu-gikai") // register + requirements in force
//	as, err := riskassess.Scorer{Blockers: res.Blockers}.AssessAll(res.Register, res.Requirements, riskassess.NewDate(2026, 11, 27))
//	publiclist.Apply(res.Register, as) // cross-checks against the register's lists/ snapshots (riskassess/publiclist)
//	for i := range as {
//		next := report.NextActions(&res.Register.Org, as[i].Entry, &as[i])
//		fmt.Println(as[i].Name("ja"), as[i].Decision.Label("ja"), next.Why.Ja)
//	}
//
// Risk levels compare without Rank arithmetic (RiskLevel.Compare, Worse,
// AtLeast); an Assessment carries its Entry.
//
// The package is the model and the scorer only. What people read is built
// from it elsewhere: the export document, register tables, labels, year
// plan, due list, council-wide items and next steps in riskassess/report,
// the changes between two dates in riskassess/diff, a foreign
// questionnaire's answers mapped to the register's questions (and the
// mapping itself) in riskassess/foreign. Shared helpers that use the model
// but are not part of it: the value rules of fields the model keeps as
// plain strings (entry ids, corporate and ISMAP numbers, links) in
// riskassess/fieldrule; merging an import's answers and recording a review
// in riskassess/entryedit; the problems the front door finds in a register
// folder in riskassess/problem; which snapshot of a public list is in force
// in riskassess/listsnapshot (docs/architecture.md).
//
// The package imports only the standard library. Reading YAML, Excel and
// writing HTML are the jobs of adapters in sub-packages (store, xlsx) and of
// sitegen; they talk to each other in the types defined here.
//
// Scoring runs in separate stages: facts and answers → findings → assessment.
// Time never comes from the clock: every function that depends on the date
// takes an "as of" Date.
package riskassess
