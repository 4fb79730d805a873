package main

import (
	"bufio"
	"fmt"
	"maps"
	"slices"
	"strconv"
	"strings"

	"github.com/gikai-sec/riskregister/riskassess"
	"github.com/gikai-sec/riskregister/riskassess/publiclist"
	"github.com/gikai-sec/riskregister/riskassess/report"
	"github.com/spf13/cobra"
)

// Values of check --fail-on.
const (
	chkFailCritical = "critical" // a blocker or residual risk 重大
	chkFailHigh     = "high"     // residual risk 高 or worse
	chkFailOverdue  = "overdue"  // anything due before the as-of date
)

func newCheckCmd(a *app) *cobra.Command {
	var dir, asOfStr string
	var failOn []string
	cmd := &cobra.Command{
		Use:   "check [--fail-on critical|high|overdue]",
		Short: "重大・高リスクと期限超過を確認する（pre-commit / CI 用） / check for critical and high risk and overdue items (for pre-commit and CI)",
		Long: `台帳を評価し、問題のある項目を「ファイル: 内容」の形で1行ずつ表示します。
  重大     阻止要件に該当、または残留リスクが重大
  高       残留リスクが高
  期限切れ 認証・ISMAP登録・承認の有効期限切れ、契約終了
  期限超過 見直し・実地確認・パスワード変更・是正措置の期限超過
  公表リストとの照合（lists/ のスナップショット）: 法人の閉鎖・合併は重大、ISMAPリストにない
           サービスと国税庁のデータにない法人番号は高
--fail-on に指定した種類（critical, high, overdue。繰り返しまたはカンマ区切り、既定は critical）が
あれば終了コード 1、なければ 0 を返します。high は「高」以上（重大を含む）、overdue は期限切れと
期限超過の両方です。台帳が読めないとき・結果を書き出せないときは 1、オプションの誤りは 2 です。
公表リストのスナップショットが古いとき、基準日以前にないとき、法人番号を探していないときは、due と同じ警告を
標準エラーに表示します（終了コードは変わりません）。

Assesses the register and prints one "path: message" line per problem: blocked / critical residual
risk, high residual risk, expired certificates, ISMAP listings, approvals and contracts, and overdue
reviews, on-site checks, password changes and remediation; from the public-list snapshots (lists/), a
closed or merged corporation is critical, a service off the ISMAP list or an unknown corporate number high. Exits 1 when a problem of a --fail-on
class is found (critical, high = high or worse, overdue = expired or overdue; repeatable or
comma-separated; default critical), 0 otherwise, 1 for an invalid register or output that cannot be written and 2 for bad flags.
Warns on stderr as due does of public-list snapshots that are stale, missing on or before the as-of
date, or did not look for a corporate number (the exit status does not change).`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			asOf, err := parseAsOf(asOfStr)
			if err != nil {
				return err
			}
			fail := map[string]bool{}
			for _, v := range failOn {
				v = strings.TrimSpace(strings.ToLower(v))
				switch v {
				case chkFailCritical, chkFailHigh, chkFailOverdue:
					fail[v] = true
				default:
					return badUsage(fmt.Sprintf("--fail-on %q: critical, high, overdue のいずれかを指定してください", v), fmt.Sprintf("--fail-on %q: use critical, high or overdue", v))
				}
			}
			if len(fail) == 0 {
				return badUsage("--fail-on: critical, high, overdue のいずれかを指定してください", "--fail-on: use critical, high or overdue")
			}
			a.retainCache = true // the cache is kept until the command ends
			a.loadOnce = true
			reg, reqs, err := a.loadRegister(dir)
			if err != nil {
				return err
			}
			defer raiseGCAfterLoad()()
			as, err := a.assessRegister(reg, reqs, asOf)
			if err != nil {
				return err
			}
			// The council-wide items are independent of the problems (both
			// only read reg and as): made beside them.
			councilCh := make(chan []string, 1)
			go func() { councilCh <- councilLines(reg, as, asOf, a.lang) }()
			counts := map[string]int{} // entries per class
			seen := map[[2]string]bool{}
			failed := false
			// One write per 64 KiB, not per line (tens of thousands of
			// lines at 10,000 entries); everything is written before the
			// summary goes to stderr.
			out := bufio.NewWriterSize(a.stdout, 64<<10)
			// An entry's problems come one after the other: its path is
			// joined, and the map asked, once per entry and class, not
			// per line.
			var last [2]string
			var path string
			first := true
			eachProblem(reg, as, asOf, a.lang, func(p checkProblem) {
				if first || p.path != last[1] {
					path = a.regPath(p.path)
				}
				out.WriteString(path)
				out.WriteString(": ")
				out.WriteString(p.message)
				out.WriteByte('\n')
				if k := [2]string{p.class, p.path}; first || k != last {
					if !seen[k] {
						seen[k] = true
						counts[p.class]++
					}
					last = k
				}
				first = false
				if fail[p.class] || (p.class == chkFailCritical && fail[chkFailHigh]) {
					failed = true
				}
			})
			if err := out.Flush(); err != nil {
				// A report cut short (a full disk, a closed pipe) must not
				// pass, under its summary, for the whole of it.
				return &exitError{code: 1, msg: "check: " + a.failText("結果を書き出せませんでした", "cannot write the result", err)}
			}
			// Stale or missing public-list snapshots, as due warns of
			// them: before the summary, never failing the check.
			a.warnSnapshots(reg, asOf)
			// Records (rejected or retired on the as-of date) are not
			// checked (eachProblem): say how many, so that the counts
			// add up against the dashboard and the export's summary.
			records := 0
			for _, e := range reg.Entries() {
				if riskassess.RecordOn(e, asOf) {
					records++
				}
			}
			en := a.lang == "en"
			var summary string
			if en {
				summary = fmt.Sprintf("check: %d entries as of %s", len(as), asOf)
				if records > 0 {
					summary += fmt.Sprintf(" (%d records: only the return of their data and open corrective actions checked)", records)
				}
				summary += fmt.Sprintf(": %d critical, %d high, %d with expired or overdue items",
					counts[chkFailCritical], counts[chkFailHigh], counts[chkFailOverdue])
			} else {
				summary = fmt.Sprintf("check: 基準日 %s、%d 件を確認", asOf, len(as))
				if records > 0 {
					summary += fmt.Sprintf("（うち記録 %d 件はデータの返却・消去と是正措置の期限のみ確認）", records)
				}
				summary += fmt.Sprintf(": 重大 %d 件、高 %d 件、期限切れ・期限超過のある項目 %d 件",
					counts[chkFailCritical], counts[chkFailHigh], counts[chkFailOverdue])
			}
			// The council-wide self-check items the register decides, after
			// the summary: informational, they never fail the check.
			council := <-councilCh
			if failed {
				classes := slices.Sorted(maps.Keys(fail))
				if en {
					summary += fmt.Sprintf(" — failed (--fail-on %s)", strings.Join(classes, ","))
				} else {
					summary += fmt.Sprintf(" — 不合格（--fail-on %s）", strings.Join(classes, ","))
				}
				return &exitError{code: 1, msg: strings.Join(append([]string{summary}, council...), "\n")}
			}
			fmt.Fprintln(a.stderr, summary)
			for _, l := range council {
				fmt.Fprintln(a.stderr, l)
			}
			return nil
		},
	}
	cmd.Flags().StringSliceVar(&failOn, "fail-on", []string{chkFailCritical}, "失敗とする種類 critical|high|overdue（繰り返し・カンマ区切り可） / classes that fail the check")
	addRegisterFlag(cmd, &dir)
	addAsOfFlag(cmd, &asOfStr)
	return cmd
}

// checkProblem is one line of check's output.
type checkProblem struct {
	path    string
	class   string // chkFailCritical, chkFailHigh or chkFailOverdue
	message string
}

// eachProblem passes the problems of every entry to emit, one at a time,
// in register order: blockers / critical residual risk, high residual
// risk, then expired and overdue due items by date. check writes each as
// it comes: held in a slice, the 47,000 problems of 10,000 synthetic
// entries were copied as the slice grew (12 MB in all, 45 ms of a 0.35 s
// run spent on fresh memory, with the collector off).
func eachProblem(reg *riskassess.Register, as []riskassess.Assessment, asOf riskassess.Date, lang riskassess.Lang, emit func(checkProblem)) {
	en := lang == "en" // as l10n
	// Pointers, not copies of the assessments (report.AssessmentIndex).
	idx := make(map[riskassess.EntryKey]*riskassess.Assessment, len(as))
	for i := range as {
		idx[riskassess.EntryKey{Kind: as[i].Kind, ID: as[i].EntryID}] = &as[i]
	}
	var due []riskassess.DueItem // an entry's overdue items, reused
	var path string              // the entry's file
	add := func(class, msg string) { emit(checkProblem{path, class, msg}) }
	for _, e := range reg.Entries() {
		// A record (rejected or retired on the as-of date) has no risk to
		// check; its only due items are the return of the information a
		// retired contractor still holds and its open corrective actions
		// (riskassess.DueItems), which stay overdue until recorded.
		record := riskassess.RecordOn(e, asOf)
		b := e.Base()
		path = b.Source
		if path == "" {
			path = e.Kind().Dir() + "/" + b.ID + ".yaml"
		}
		a, ok := idx[riskassess.EntryKey{Kind: e.Kind(), ID: b.ID}]
		if !ok {
			continue
		}
		if !record {
			riskProblems(a, add, lang)
		}
		// The overdue items, in the order report.SortDue gives them: it
		// keeps the order of equal items, so sorting those alone orders
		// them as sorting every item would.
		due = due[:0]
		for _, d := range a.Due {
			if !d.Date.IsZero() && d.OverdueAsOf(asOf) {
				due = append(due, d)
			}
		}
		report.SortDue(due)
		for _, d := range due {
			what := d.Kind.Label(lang)
			if d.What != "" {
				what += " " + d.What
			}
			// Joined, not formatted (fmt.Sprintf): tens of thousands of
			// lines at 10,000 entries.
			date := d.Date.String()
			var msg string
			switch {
			case d.Note != (riskassess.Text{}):
				// A first review never done: due now, not some days ago.
				if en {
					msg = "overdue: " + what + " (" + date + ", " + d.Note.In(lang) + ")"
				} else {
					msg = "期限超過: " + what + "（" + date + "、" + d.Note.In(lang) + "）"
				}
			case slices.Contains([]riskassess.DueKind{riskassess.DueCertificate, riskassess.DueISMAP, riskassess.DueApproval, riskassess.DueContractEnd}, d.Kind):
				if days := strconv.Itoa(d.Date.DaysUntil(asOf)); en {
					msg = "expired: " + what + " (" + date + ", " + days + " days ago)"
				} else {
					msg = "期限切れ: " + what + "（" + date + "、" + days + "日経過）"
				}
			default:
				if days := strconv.Itoa(d.Date.DaysUntil(asOf)); en {
					msg = "overdue: " + what + " (" + date + ", " + days + " days overdue)"
				} else {
					msg = "期限超過: " + what + "（" + date + "、" + days + "日超過）"
				}
			}
			add(chkFailOverdue, msg)
		}
	}
}

// riskProblems adds the risk problems of a (not a record) by add:
// blockers / critical residual risk, high residual risk, and public-list
// cross-checks not met.
func riskProblems(a *riskassess.Assessment, add func(class, msg string), lang riskassess.Lang) {
	l := func(ja, en string) string { return l10n(lang, ja, en) }
	for _, bl := range a.Blockers {
		msg := l("重大: 阻止要件 ", "critical: blocking rule ") + bl.ID
		if m := bl.Message.In(lang); m != "" {
			msg += " — " + m
		}
		add(chkFailCritical, msg)
	}
	switch {
	case a.Residual == riskassess.RiskCritical && len(a.Blockers) == 0:
		add(chkFailCritical, l("重大: 残留リスクが重大です（推奨判断: ", "critical: residual risk is critical (recommended decision: ")+
			a.Decision.Label(lang)+l("）", ")"))
	case a.Residual == riskassess.RiskHigh:
		add(chkFailHigh, l("高: 残留リスクが高です（推奨判断: ", "high: residual risk is high (recommended decision: ")+
			a.Decision.Label(lang)+l("）", ")"))
	}
	// Cross-checks against public lists: a closed or merged
	// corporation is critical, a service off the ISMAP list or a
	// number the agency does not know is high.
	for _, f := range a.Findings {
		if !publiclist.IsCrossCheck(f.Requirement) || f.Outcome != riskassess.OutcomeNotMet {
			continue
		}
		switch f.Severity {
		case riskassess.SeverityCritical:
			add(chkFailCritical, l("重大: ", "critical: ")+f.Requirement+" — "+f.Message.In(lang))
		case riskassess.SeverityHigh:
			add(chkFailHigh, l("高: ", "high: ")+f.Requirement+" — "+f.Message.In(lang))
		}
	}
}

// councilLines summarises the council-wide self-check items
// (report.CouncilItems) for check: one line with every item's result,
// then one line per item not met naming the entries concerned (at most
// five, then a count).
func councilLines(reg *riskassess.Register, as []riskassess.Assessment, asOf riskassess.Date, lang riskassess.Lang) []string {
	// Only the ids of the entries are shown: no gap's message is needed.
	items := report.CouncilItemsBrief(reg, as, asOf, nil)
	label := map[riskassess.Outcome][2]string{
		riskassess.OutcomeMet: {"適合", "met"}, riskassess.OutcomeNotMet: {"不適合", "not met"}, riskassess.OutcomeNotApplicable: {"対象なし", "nothing to check"},
	}
	var parts []string
	var out []string
	for _, it := range items {
		parts = append(parts, it.ID+" "+l10n(lang, label[it.Outcome][0], label[it.Outcome][1]))
		if it.Outcome != riskassess.OutcomeNotMet {
			continue
		}
		var ids []string
		seen := map[string]bool{}
		for _, g := range it.Gaps {
			if id := g.EntryID; !seen[id] {
				seen[id] = true
				ids = append(ids, id)
			}
		}
		shown := ids
		if len(shown) > 5 {
			shown = append(shown[:5:5], l10n(lang, fmt.Sprintf("ほか %d 件", len(ids)-5), fmt.Sprintf("and %d more", len(ids)-5)))
		}
		out = append(out, l10n(lang,
			fmt.Sprintf("  %s %s — %d 件: %s", it.ID, it.Text.Ja, len(ids), strings.Join(shown, "、")),
			fmt.Sprintf("  %s %s — %d entries: %s", it.ID, it.Text.In("en"), len(ids), strings.Join(shown, ", "))))
	}
	head := l10n(lang, "議会全体の点検項目（自己点検、台帳から判定）: ", "council-wide self-check items (decided from the register): ") +
		strings.Join(parts, l10n(lang, "、", ", "))
	return append([]string{head}, out...)
}
