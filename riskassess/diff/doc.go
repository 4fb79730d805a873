// Package diff says what changed in a register between two points of its
// history (`riskregister diff`, the site's 変更の記録 page): entries added,
// removed and retired, approvals granted, renewed or expired, residual risk
// and decision changes, owner changes, changes of the settings that judge
// every entry (classification, review intervals, residual-risk matrix,
// approval chain),
// and the change of the catalogue in force with what it alone did to the
// scores.
//
// The shortest use: assess both snapshots, then compare them:
//
//	sc := riskassess.Scorer{Blockers: catalog.Blockers()}
//	as1, err := sc.AssessAll(reg1, reqs1, d1)
//	as2, err := sc.AssessAll(reg2, reqs2, d2)
//	from := &diff.Snapshot{Label: "令和7年度末", AsOf: d1, Register: reg1, Requirements: reqs1, Scorer: sc, Assessments: as1}
//	to := &diff.Snapshot{Label: "今日", AsOf: d2, Register: reg2, Requirements: reqs2, Scorer: sc, Assessments: as2}
//	ch, err := diff.Compare(from, to)
//	if err == nil && ch.Empty() { fmt.Println("変更なし") }
//
// Compare is deterministic: every list is in register order (kind, then id).
// The package imports only riskassess and the standard library, like
// riskassess/report; reading a snapshot from a folder or a git revision is
// the job of the command (riskassess/load, riskassess/history).
package diff
