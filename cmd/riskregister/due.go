package main

import (
	"cmp"
	"fmt"
	"io"
	"strconv"
	"strings"

	"github.com/gikai-sec/riskregister/riskassess"
	"github.com/gikai-sec/riskregister/riskassess/ical"
	"github.com/gikai-sec/riskregister/riskassess/listsnapshot"
	"github.com/gikai-sec/riskregister/riskassess/publiclist"
	"github.com/gikai-sec/riskregister/riskassess/report"
	"github.com/gikai-sec/riskregister/riskassess/wareki"
	"github.com/spf13/cobra"
)

func newDueCmd(a *app) *cobra.Command {
	var within, format, out, dir, asOfStr, kind, fiscal, dates string
	cmd := &cobra.Command{
		Use:   "due [--within 90d | --fiscal-year 2026] [--format table|ics] [-o FILE]",
		Short: "期限の到来する項目を一覧にする / list what falls due",
		Long: `見直し、認証・ISMAP登録・承認の有効期限、契約終了、年次の実地確認・対策状況の確認・報告の受領、
利用規約の確認、SNSのパスワード変更、是正措置の期限のうち、基準日より前（期限超過）と --within の期間内のものを、期日・種類・ID の順に
一覧にします。--within は 90d（日）、12w（週）、3m（月）、1y（年）。--format ics で iCalendar
（RFC 5545）を書き出し、予定表に取り込めます。公表リスト（lists/）のスナップショットが
register.yaml の public_lists.max_age_months（既定 3 か月）より古ければ、また、サービスの ismap.list の
リストや法人番号のデータのスナップショットが基準日以前になく、またはスナップショットが法人番号を探しておらず、
その登録や法人番号を照合していなければ、標準エラーに警告します。

Lists everything that falls due (reviews, certificate / ISMAP / approval expiry, contract ends,
yearly on-site checks, confirmations of a contractor's measures and its reports, terms checks,
social-media password changes, remediation): overdue items and items
within --within (90d, 12w, 3m, 1y) of the as-of date, sorted by date, kind and entry id, as a
table or as an iCalendar file (--format ics). Warns on stderr when the newest snapshot of a public
list (lists/) is older than public_lists.max_age_months of register.yaml (default 3), and when a
service's ismap.list, or the corporate-number data, has no snapshot on or before the as-of date, or
the snapshot did not look for a corporate number, so that a listing or corporate number is not checked.

--fiscal-year（2026・2026年・R8・令和8・令和8年度・FY2026）を指定すると、その年度（4月1日～翌年3月31日）に期限の来る
項目を月・所管課ごとにまとめた年度計画と、年度より前の期日で基準日に期限を過ぎたままの項目（前年度以前からの
期限超過。due が期限超過とするものと同じ）、回答期限を過ぎた確認票の督促リストを表示します（--within とは
同時に使えません）。見直しや年次の作業のように繰り返すものは、前の回を期日（期限超過なら基準日）に行った場合の
年度内の次の回も「見込み」として月の予定に入ります。--format ics では、これらをすべて 1 件ずつ書き出します。--dates wareki で日付を和暦
（令和8年4月1日）で表示します（既定は register.yaml の date_style）。

--fiscal-year (2026, 2026年, R8, 令和8, 令和8年度, FY2026) shows the plan of that fiscal year (1 April to 31 March):
what falls due, by month and section, the items dated before the year that are still overdue (overdue from
before the year: those due counts as overdue) and the chase list of questionnaire replies overdue (not with
--within). A recurring task (a review, a yearly task) also has its later turns within the year in the months,
marked expected, dated as if the turn before is done on its date (an overdue one on the as-of date).
--format ics writes all of them, each once. --dates wareki shows dates in the Japanese era form
(default: date_style of register.yaml).`,
		Example: `  riskregister due --within 90d
  riskregister due --fiscal-year 令和8年度 --dates wareki
  riskregister due --fiscal-year 2026 --format ics -o plan-2026.ics`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			asOf, err := parseAsOf(asOfStr)
			if err != nil {
				return err
			}
			days, err := parseWithin(within, asOf)
			if err != nil {
				return err
			}
			style, err := parseDates(dates)
			if err != nil {
				return err
			}
			var fy riskassess.FiscalYear
			if fiscal != "" {
				if cmd.Flags().Changed("within") {
					return badUsage("--within, --fiscal-year: どちらか一方を指定してください", "--within, --fiscal-year: use one of the two")
				}
				if fy, err = parseFiscalYearFlag(fiscal); err != nil {
					return err
				}
			}
			if format != "table" && format != "ics" {
				return badUsage(fmt.Sprintf("--format %q: table か ics を指定してください", format), fmt.Sprintf("--format %q: use table or ics", format))
			}
			if err := checkOutputExt(out, format, map[string]string{".ics": "ics"}); err != nil {
				return err
			}
			k, err := parseKind(kind)
			if err != nil {
				return err
			}
			reg, reqs, err := a.loadRegister(dir)
			if err != nil {
				return err
			}
			as, err := a.assessRegister(reg, reqs, asOf)
			if err != nil {
				return err
			}
			a.warnSnapshots(reg, asOf)
			if k != "" {
				kept := as[:0:0]
				for _, x := range as {
					if x.Kind == k {
						kept = append(kept, x)
					}
				}
				as = kept
			}
			style = dateStyle(style, reg)
			if fy != 0 {
				p := report.PlanYearAt(reg, reqs, as, fy, asOf)
				return a.expWrite("due", out, func(w io.Writer) error {
					if format == "ics" {
						return ical.Write(w, planCalendar(reg, p, a.lang))
					}
					return writePlanTable(w, reg, p, style, a.lang)
				})
			}
			items := report.DueListInAt(reg, reqs, as, asOf, days)
			if k != "" {
				kept := items[:0]
				for _, it := range items {
					if it.EntryKind == k {
						kept = append(kept, it)
					}
				}
				items = kept
			}
			write := func(w io.Writer) error {
				if format == "ics" {
					return ical.Write(w, ical.DueCalendar(reg, items, asOf, a.lang))
				}
				return writeDueTableStyle(w, reg, items, asOf, days, style, a.lang)
			}
			return a.expWrite("due", out, write)
		},
	}
	cmd.Flags().StringVar(&within, "within", "90d", "期間 90d|12w|3m|1y / window after the as-of date")
	cmd.Flags().StringVar(&format, "format", "table", "形式 table|ics / output format")
	cmd.Flags().StringVarP(&out, "output", "o", "", "出力先ファイル（省略時は標準出力） / output file (default stdout)")
	cmd.Flags().StringVar(&kind, "kind", "", "種別 contractor|service|social / only this kind")
	cmd.Flags().StringVar(&fiscal, "fiscal-year", "", "年度計画 2026|2026年|R8|令和8年度|FY2026（4月～翌3月） / plan of a fiscal year: 2026, 2026年, R8, 令和8年度, FY2026 (April to March)")
	addDatesFlag(cmd.Flags(), &dates)
	addRegisterFlag(cmd, &dir)
	addAsOfFlag(cmd, &asOfStr)
	return cmd
}

// parseWithin parses a window such as "90d", "12w", "3m" or "1y" (a bare
// number means days) into a number of days after asOf; months and years
// are calendar months from asOf.
func parseWithin(s string, asOf riskassess.Date) (int, error) {
	bad := badUsage(fmt.Sprintf("--within: %q: 90d（日）・12w（週）・3m（月）・1y（年）の形で指定してください", s),
		fmt.Sprintf("--within: %q: use a form like 90d, 12w, 3m or 1y", s))
	s = strings.TrimSpace(strings.ToLower(s))
	if s == "" {
		return 0, bad
	}
	unit := s[len(s)-1]
	num := s[:len(s)-1]
	if unit >= '0' && unit <= '9' {
		unit, num = 'd', s
	}
	n, err := strconv.Atoi(num)
	if err != nil || n < 0 || n > 36500 || strings.HasPrefix(num, "+") {
		return 0, bad
	}
	switch unit {
	case 'd':
		return n, nil
	case 'w':
		return 7 * n, nil
	case 'm':
		if n > 1200 {
			return 0, bad
		}
		return asOf.DaysUntil(asOf.AddMonths(n)), nil
	case 'y':
		if n > 100 {
			return 0, bad
		}
		return asOf.DaysUntil(asOf.AddMonths(12 * n)), nil
	}
	return 0, bad
}

// writeDueTable writes items as an aligned text table, filtered by
// termSafe (names and items come from the register), also into a file.
func writeDueTable(w io.Writer, reg *riskassess.Register, items []riskassess.DueItem, asOf riskassess.Date, days int, lang riskassess.Lang) error {
	return writeDueTableStyle(w, reg, items, asOf, days, riskassess.DateISO, lang)
}

// writeDueTableStyle is writeDueTable with the dates of the Date column in
// style.
func writeDueTableStyle(w io.Writer, reg *riskassess.Register, items []riskassess.DueItem, asOf riskassess.Date, days int, style riskassess.DateStyle, lang riskassess.Lang) error {
	w = newTermWriter(w)
	l := func(ja, en string) string { return l10n(lang, ja, en) }
	if len(items) == 0 {
		_, err := fmt.Fprintf(w, "%s\n", l(fmt.Sprintf("%s から %d 日以内に期限の来る項目はありません。", asOf, days),
			fmt.Sprintf("Nothing falls due within %d days of %s.", days, asOf)))
		return err
	}
	rows := [][]string{{l("期日", "Date"), l("状態", "Status"), l("期限の種類", "Due"), l("種別", "Kind"),
		"ID", l("名称", "Name"), l("対象", "Item"), l("所管課", "Section")}}
	// Looked up once per item: reg.Entry searches a slice.
	entries := report.EntryIndex(reg)
	overdue := 0
	for _, it := range items {
		n := asOf.DaysUntil(it.Date)
		var status string
		switch {
		case n < 0:
			overdue++
			status = l(fmt.Sprintf("%d日超過", -n), fmt.Sprintf("%d days overdue", -n))
		case it.Overdue:
			// A first review never done: due now.
			overdue++
			status = l("期限超過（未実施）", "overdue (never done)")
		case n == 0:
			status = l("本日", "today")
		default:
			status = l(fmt.Sprintf("あと%d日", n), fmt.Sprintf("in %d days", n))
		}
		name := it.EntryID
		e := entries[riskassess.EntryKey{Kind: it.EntryKind, ID: it.EntryID}]
		if e != nil {
			if n := e.Base().Name.In(lang); n != "" {
				name = n
			}
		}
		rows = append(rows, []string{wareki.FormatStyle(it.Date, style, lang), status, it.Kind.Label(lang), it.EntryKind.Label(lang),
			it.EntryID, dueCell(name), dueCell(cmp.Or(it.What, it.Note.In(lang))), report.DueSectionOf(&reg.Org, e, it, lang)})
	}
	if err := writeAligned(w, rows, nil, true); err != nil {
		return err
	}
	_, err := io.WriteString(w, l(fmt.Sprintf("%d 件（うち期限超過 %d 件）基準日 %s、%d 日以内\n", len(items), overdue, asOf, days),
		fmt.Sprintf("%d items (%d overdue) as of %s, within %d days\n", len(items), overdue, asOf, days)))
	return err
}

// dueMaxCell is the widest a name or item cell of the table may be, in
// terminal columns; longer text is cut with "…".
const dueMaxCell = 40

// dueCell keeps a table cell on one line and at most dueMaxCell wide.
func dueCell(s string) string {
	return textWidth.Truncate(strings.Join(strings.Fields(s), " "), dueMaxCell, "…")
}

// warnSnapshots writes staleSnapshotLines to stderr: due, check and
// assess warn alike of public lists that are stale or leave listings and
// corporate numbers not cross-checked (a check that passes says nothing
// of listings never verified otherwise). Neither stdout nor the exit
// status changes.
func (a *app) warnSnapshots(reg *riskassess.Register, asOf riskassess.Date) {
	for _, line := range staleSnapshotLines(reg, asOf, a.lang, a.regPath) {
		fmt.Fprintln(a.stderr, line)
	}
}

// staleSnapshotLines returns one warning per public list whose newest
// snapshot on asOf is older than public_lists.max_age_months (default 3)
// of register.yaml: the cross-checks then compare the register with an
// old list. pathOf names the snapshot file for the user. It also warns,
// per ISMAP list, of the services whose listing is not checked at all,
// the register holding no snapshot of that list by asOf
// (publiclist.ISMAPUnchecked), and of the corporate numbers not checked:
// no corporate snapshot by asOf, or one that did not look for them
// (publiclist.CorporateUnchecked).
func staleSnapshotLines(reg *riskassess.Register, asOf riskassess.Date, lang riskassess.Lang, pathOf func(string) string) []string {
	months := reg.Org.PublicLists.MaxAge()
	var out []string
	for _, s := range listsnapshot.Stale(reg.Lists, asOf, months) {
		out = append(out, l10n(lang,
			fmt.Sprintf("警告: %s: %sのスナップショット（%s）は %d か月より古くなっています。公表サイトから最新のリストを保存し、riskregister lists import %s で取り込んでください（docs/public-lists.md）",
				pathOf(s.Source), s.List.Label("ja"), s.Date, months, s.List),
			fmt.Sprintf("warning: %s: the snapshot of the %s (%s) is older than %d months: save the current list from the publishing site and import it with riskregister lists import %s (docs/public-lists.md)",
				pathOf(s.Source), s.List.Label("en"), s.Date, months, s.List)))
	}
	// A list with no snapshot by asOf leaves the listings on it unchecked
	// (publiclist.ISMAPUnchecked), which is worse than a stale one.
	unchecked := func(pl riskassess.PublicList, ids []string, whatJa, whatEn string) {
		if len(ids) == 0 {
			return
		}
		n, list := len(ids), strings.Join(ids, ", ")
		out = append(out, l10n(lang,
			fmt.Sprintf("警告: %sのスナップショットが基準日（%s）以前にないため、%s %d 件（%s）を照合していません。公表サイトから最新のリストを保存し、riskregister lists import %s で取り込んでください（docs/public-lists.md）",
				pl.Label("ja"), asOf, whatJa, n, list, pl),
			fmt.Sprintf("warning: no snapshot of the %s on or before the as-of date (%s): "+whatEn+" not cross-checked; save the current list from the publishing site and import it with riskregister lists import %s (docs/public-lists.md)",
				pl.Label("en"), asOf, n, list, pl)))
	}
	for _, pl := range []riskassess.PublicList{riskassess.ListISMAP, riskassess.ListISMAPLIU} {
		var ids []string
		for _, s := range reg.Services {
			if l, ok := publiclist.ISMAPUnchecked(reg.Lists, s, asOf); ok && l == pl {
				ids = append(ids, s.ID)
			}
		}
		unchecked(pl, ids, "このリストの登録を記録したサービス", "the listing of %d service(s) on it (%s) is")
	}
	// Likewise the corporate numbers of contractors and of services'
	// providers (publiclist.CorporateUnchecked): with no snapshot by
	// asOf, or not looked for in the one they are checked against (one
	// warning per such snapshot, in the order first met).
	var ids []string
	var notSearched []*riskassess.ListSnapshot
	bySnapshot := map[*riskassess.ListSnapshot][]string{}
	corporate := func(e riskassess.Entry) {
		switch why, sn := publiclist.CorporateUnchecked(reg.Lists, e, asOf); why {
		case publiclist.UncheckedNoSnapshot:
			ids = append(ids, e.Base().ID)
		case publiclist.UncheckedNotSearched:
			if bySnapshot[sn] == nil {
				notSearched = append(notSearched, sn)
			}
			bySnapshot[sn] = append(bySnapshot[sn], e.Base().ID)
		}
	}
	for _, c := range reg.Contractors {
		corporate(c)
	}
	for _, s := range reg.Services {
		corporate(s)
	}
	for _, sn := range notSearched {
		n, list, pl := len(bySnapshot[sn]), strings.Join(bySnapshot[sn], ", "), riskassess.ListCorporate
		out = append(out, l10n(lang,
			fmt.Sprintf("警告: %s: %sのスナップショット（%s）では、委託事業者・サービス %d 件（%s）の法人番号を検索していないため照合していません（取り込みの後に記録した番号など）。その番号を検索したスナップショットを riskregister lists import %s で取り込んでください（docs/public-lists.md）",
				pathOf(sn.Source), pl.Label("ja"), sn.Date, n, list, pl),
			fmt.Sprintf("warning: %s: the corporate number of %d contractor(s) or service(s) (%s) was not looked for in the snapshot of the %s of %s (e.g. recorded after the import), so it is not cross-checked: import a snapshot that searched it with riskregister lists import %s (docs/public-lists.md)",
				pathOf(sn.Source), n, list, pl.Label("en"), sn.Date, pl)))
	}
	unchecked(riskassess.ListCorporate, ids, "法人番号を記録した委託事業者・サービス", "the corporate number of %d contractor(s) or service(s) (%s) is")
	return out
}
