package main

import (
	"bufio"
	"bytes"
	"encoding/csv"
	"encoding/json"
	"fmt"
	"io"
	"slices"
	"strconv"
	"strings"

	"github.com/gikai-sec/riskregister/riskassess"
	rcsv "github.com/gikai-sec/riskregister/riskassess/csv"
	"github.com/gikai-sec/riskregister/riskassess/report"
	"github.com/mattn/go-runewidth"
	"github.com/spf13/cobra"
)

// assessOptions are the flags of `riskregister assess`.
type assessOptions struct {
	dir    string
	asOf   string
	format string
	kind   string
	id     string
}

func newAssessCmd(a *app) *cobra.Command {
	var o assessOptions
	cmd := &cobra.Command{
		Use:   "assess",
		Short: "台帳を評価し、リスクと推奨判断を表示 / assess the register: risk levels and recommended decisions",
		Long: `assess は台帳の各エントリを要件カタログで評価し、固有リスク・対策スコア・残留リスク・推奨判断・
未回答数・不適合数・次回見直し日を表示します。--id を指定すると、そのエントリの評価結果（要件ごと）も
結果別に表示します。対策スコアが「-」（CSV では空欄）のときは、適用される要件がなく評価不能です。
評価方法は docs/scoring.md を参照してください。公表リストのスナップショットが古いとき、基準日以前にないとき、
法人番号を探していないときは、due と同じ警告を標準エラーに表示します。CSV では、表計算ソフトが数式・数値・日付として
読み替える文字のセル（= で始まる名称、00123、2026-04-01 など）と ' で始まる文字のセルに ' を前置します（export と同じ。
プログラムで読むときは先頭の ' を1つ除くか、--format json を使ってください）。

assess scores every entry of the register against the requirement catalogue and prints the inherent risk,
control score, residual risk, recommended decision, the number of unanswered and unmet requirements and
the next review date. With --id it also prints that entry's findings grouped by outcome. A control score
of "-" (empty in CSV) means no requirement applies: the score is inconclusive. See docs/scoring.md.
Warns on stderr as due does of public-list snapshots that are stale, missing on or before the as-of
date, or did not look for a corporate number. In CSV, text cells a spreadsheet would evaluate or read as
a number or a date (a name starting with =, 00123, 2026-04-01) and text cells starting with ' get a ' in
front, as in export (a program reading the CSV removes one leading ', or uses --format json).`,
		Example: `  riskregister assess --register examples/chofu-gikai --as-of 2026-11-27
  riskregister assess --kind service --format csv > services.csv
  riskregister assess --id gikai-chukei --lang en`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error { return a.runAssess(o) },
	}
	addRegisterFlag(cmd, &o.dir)
	addAsOfFlag(cmd, &o.asOf)
	cmd.Flags().StringVar(&o.format, "format", "table", "出力形式 table|json|csv / output format table|json|csv")
	cmd.Flags().StringVar(&o.kind, "kind", "", "種別で絞り込み contractor|service|social / only entries of this kind")
	cmd.Flags().StringVar(&o.id, "id", "", "IDで絞り込み、評価結果の明細も表示 / only this entry, with its findings")
	return cmd
}

func (a *app) runAssess(o assessOptions) error {
	switch o.format {
	case "table", "json", "csv":
	default:
		return badUsage(fmt.Sprintf("--format: 不明な形式 %q です（table, json, csv のいずれか）", o.format), fmt.Sprintf("--format: unknown format %q: want table, json or csv", o.format))
	}
	kind, err := parseKind(o.kind)
	if err != nil {
		return err
	}
	asOf, err := parseAsOf(o.asOf)
	if err != nil {
		return err
	}
	a.retainCache = true // the cache is kept until the command ends
	a.loadOnce = true
	reg, reqs, err := a.loadRegister(o.dir)
	if err != nil {
		return err
	}
	defer raiseGCAfterLoad()()
	if o.id != "" && !hasEntry(reg, kind, o.id) {
		where := "台帳"
		whereEn := "the register"
		if o.kind != "" {
			where, whereEn = kind.Label("ja"), kind.Label("en")
		}
		return badUsage(fmt.Sprintf("--id: %sに ID %q のエントリはありません", where, o.id), fmt.Sprintf("--id: no entry with id %q in %s", o.id, whereEn))
	}
	all, err := a.assessSelected(reg, reqs, asOf, kind, o.id)
	if err != nil {
		return err
	}
	as := filterAssessments(all, kind, o.id)
	// Stale or missing public-list snapshots, as due warns of them.
	a.warnSnapshots(reg, asOf)
	names := entryNames(reg)
	if err := a.writeAssess(o, reg, as, names); err != nil {
		// A report cut short (a full disk, a closed pipe) is a failure,
		// not a usage error.
		return &exitError{code: 1, msg: "assess: " + a.failText("結果を書き出せませんでした", "cannot write the result", err)}
	}
	return nil
}

// writeAssess writes the assessments as in o.format, with the findings of
// the entry o.id when given; it returns the first write error.
func (a *app) writeAssess(o assessOptions, reg *riskassess.Register, as []riskassess.Assessment, names map[riskassess.EntryKey]riskassess.Text) error {
	switch o.format {
	case "json":
		return writeAssessJSON(a.data, as)
	case "csv":
		return writeAssessCSV(a.data, as, names, a.lang)
	}
	if err := writeAssessTable(a.stdout, as, names, a.lang); err != nil {
		return err
	}
	if o.id != "" {
		for i := range as {
			if _, err := io.WriteString(a.stdout, "\n"); err != nil {
				return err
			}
			if err := writeAssessDetail(a.stdout, &reg.Org, &as[i], names, a.lang); err != nil {
				return err
			}
		}
	}
	return nil
}

// assessSelected assesses the entries of reg of kind k (any when empty)
// and id (any when empty), as assessRegister assesses every entry: the
// scorer on those entries only (an entry's assessment depends on the
// organisation and the entry, not on the other entries), then the
// cross-check findings of the whole register's public-list snapshots
// (assessPart). Without a kind or id it is assessRegister.
func (a *app) assessSelected(reg *riskassess.Register, reqs []riskassess.Requirement, asOf riskassess.Date, k riskassess.Kind, id string) ([]riskassess.Assessment, error) {
	if k == "" && id == "" {
		return a.assessRegister(reg, reqs, asOf)
	}
	keep := func(e riskassess.Entry) bool {
		return (k == "" || e.Kind() == k) && (id == "" || e.Base().ID == id)
	}
	sub := &riskassess.Register{Org: reg.Org}
	for _, c := range reg.Contractors {
		if keep(c) {
			sub.Contractors = append(sub.Contractors, c)
		}
	}
	for _, s := range reg.Services {
		if keep(s) {
			sub.Services = append(sub.Services, s)
		}
	}
	for _, s := range reg.Social {
		if keep(s) {
			sub.Social = append(sub.Social, s)
		}
	}
	return a.assessPart(reg, sub, reqs, asOf)
}

func hasEntry(reg *riskassess.Register, k riskassess.Kind, id string) bool {
	for _, e := range reg.Entries() {
		if e.Base().ID == id && (k == "" || e.Kind() == k) {
			return true
		}
	}
	return false
}

// filterAssessments keeps the assessments of kind k (all when empty) and
// id (all when empty), sorted by kind (display order) and id. Without k
// and id, when all is in that order already (the register's order), it
// returns all itself: no copy of 10,000 assessments to sort.
func filterAssessments(all []riskassess.Assessment, k riskassess.Kind, id string) []riskassess.Assessment {
	kinds := riskassess.Kinds()
	order := func(x, y *riskassess.Assessment) int {
		if c := slices.Index(kinds, x.Kind) - slices.Index(kinds, y.Kind); c != 0 {
			return c
		}
		return strings.Compare(x.EntryID, y.EntryID)
	}
	if k == "" && id == "" && inOrder(all, order) {
		return all
	}
	out := make([]riskassess.Assessment, 0, len(all))
	for _, as := range all {
		if (k == "" || as.Kind == k) && (id == "" || as.EntryID == id) {
			out = append(out, as)
		}
	}
	slices.SortStableFunc(out, func(x, y riskassess.Assessment) int { return order(&x, &y) })
	return out
}

// inOrder reports whether as is sorted by cmp, comparing the assessments
// in place (slices.IsSortedFunc would copy two of them per comparison).
func inOrder(as []riskassess.Assessment, cmp func(x, y *riskassess.Assessment) int) bool {
	for i := 1; i < len(as); i++ {
		if cmp(&as[i-1], &as[i]) > 0 {
			return false
		}
	}
	return true
}

// entryNames maps every entry of reg to its name.
func entryNames(reg *riskassess.Register) map[riskassess.EntryKey]riskassess.Text {
	m := make(map[riskassess.EntryKey]riskassess.Text)
	for _, e := range reg.Entries() {
		m[riskassess.EntryKey{Kind: e.Kind(), ID: e.Base().ID}] = e.Base().Name
	}
	return m
}

// assessLabels are the column headings, Japanese and English.
var assessLabels = [][2]string{
	{"種別", "Kind"}, {"ID", "ID"}, {"名称", "Name"}, {"固有リスク", "Inherent"}, {"対策スコア", "Control score"},
	{"残留リスク", "Residual"}, {"推奨判断", "Decision"}, {"未回答", "Not answered"}, {"不適合", "Not met"},
	{"次回見直し", "Next review"},
}

// numericCols are right-aligned in the table.
var numericCols = map[int]bool{4: true, 7: true, 8: true}

// assessValueCols are the columns of numbers and dates (score, counts,
// next review): in CSV, every other column is text (rcsv.TextCell).
var assessValueCols = map[int]bool{4: true, 7: true, 8: true, 9: true}

func shortKind(k riskassess.Kind, lang riskassess.Lang) string {
	switch k {
	case riskassess.KindContractor:
		return l10n(lang, "委託事業者", "Contractor")
	case riskassess.KindService:
		return l10n(lang, "外部サービス", "Service")
	case riskassess.KindSocial:
		return l10n(lang, "SNS", "Social")
	}
	return string(k)
}

// oneLine replaces control characters (newlines, tabs) with spaces.
func oneLine(s string) string {
	return strings.Map(func(r rune) rune {
		if r < 0x20 || r == 0x7f {
			return ' '
		}
		return r
	}, s)
}

// scoreText formats a control score; inconclusive is empty.
func scoreText(s float64) string {
	if s < 0 {
		return ""
	}
	return strconv.FormatFloat(s, 'f', 1, 64)
}

func assessRow(as *riskassess.Assessment, names map[riskassess.EntryKey]riskassess.Text, lang riskassess.Lang) []string {
	return []string{
		shortKind(as.Kind, lang),
		as.EntryID,
		oneLine(names[riskassess.EntryKey{Kind: as.Kind, ID: as.EntryID}].In(lang)),
		as.Inherent.Label(lang),
		scoreText(as.ControlScore),
		as.Residual.Label(lang),
		report.DecisionLabel(report.ShownDecision(as.Entry, as), lang), // a record: 記録（推奨判断なし）, as export and the site
		strconv.Itoa(as.Counts.NotAnswered),
		strconv.Itoa(as.Counts.NotMet),
		as.NextReview.String(),
	}
}

func headerRow(lang riskassess.Lang) []string {
	h := make([]string, len(assessLabels))
	for i, l := range assessLabels {
		h[i] = label(l, lang)
	}
	return h
}

// textWidth measures display width independently of the locale (go-runewidth
// would otherwise read LANG and count ambiguous characters as two columns on
// a Japanese system), so that output is byte-identical everywhere. Every
// text table of the CLI measures with it.
var textWidth = &runewidth.Condition{EastAsianWidth: false, StrictEmojiNeutral: true}

// writeAssessTable prints one line per assessment with columns aligned by
// display width (East Asian wide characters count two).
func writeAssessTable(w io.Writer, as []riskassess.Assessment, names map[riskassess.EntryKey]riskassess.Text, lang riskassess.Lang) error {
	rows := [][]string{headerRow(lang)}
	for i := range as {
		r := assessRow(&as[i], names, lang)
		for j := range r {
			if r[j] == "" {
				r[j] = "-"
			}
		}
		rows = append(rows, r)
	}
	return writeAligned(w, rows, numericCols, false)
}

// writeAligned writes rows as a text table: cells two spaces apart, each
// column as wide as its widest cell in display columns (textWidth), the
// columns in right right-aligned, no trailing spaces. With rule, a line of
// dashes under the first row marks it as the header.
func writeAligned(w io.Writer, rows [][]string, right map[int]bool, rule bool) error {
	width := make([]int, len(rows[0]))
	// Every cell is measured once: its width, row by row, pads it below.
	cells := 0
	for _, r := range rows {
		cells += len(r)
	}
	cellWidth := make([]int, 0, cells)
	size := 0
	for _, r := range rows {
		for j, c := range r {
			n := textWidth.StringWidth(c)
			cellWidth = append(cellWidth, n)
			width[j] = max(width[j], n)
			size += len(c)
		}
	}
	isRight := make([]bool, len(width))
	line := 0
	for j := range width {
		isRight[j] = right[j]
		line += width[j] + 2
	}
	// One buffer for the table (10,000 rows for assess), written at once.
	b := make([]byte, 0, size+len(rows)*line)
	k := 0
	for i, r := range rows {
		start := len(b)
		for j, c := range r {
			if j > 0 {
				b = append(b, "  "...)
			}
			pad := width[j] - cellWidth[k]
			k++
			if isRight[j] {
				b = appendSpaces(b, pad)
				b = append(b, c...)
			} else {
				b = append(b, c...)
				b = appendSpaces(b, pad)
			}
		}
		// No trailing spaces: those of the padding, and those the last
		// cells end with.
		for len(b) > start && b[len(b)-1] == ' ' {
			b = b[:len(b)-1]
		}
		b = append(b, '\n')
		if i == 0 && rule {
			for j, wd := range width {
				if j > 0 {
					b = append(b, "  "...)
				}
				b = append(b, strings.Repeat("-", wd)...)
			}
			b = append(b, '\n')
		}
	}
	_, err := w.Write(b)
	return err
}

// appendSpaces appends n spaces to b (none when n <= 0).
func appendSpaces(b []byte, n int) []byte {
	for ; n > 0; n-- {
		b = append(b, ' ')
	}
	return b
}

// writeAssessJSON writes as as an indented JSON array, the bytes of
// json.MarshalIndent(as, "", "  ") and a newline, one assessment at a
// time: at 10,000 entries the array is hundreds of MB, which marshalling
// it whole held twice over (compact, then indented) besides the output.
func writeAssessJSON(w io.Writer, as []riskassess.Assessment) error {
	if len(as) == 0 {
		b, err := json.MarshalIndent(as, "", "  ") // [] or null
		if err != nil {
			return err
		}
		_, err = w.Write(append(b, '\n'))
		return err
	}
	bw := bufio.NewWriterSize(w, 256<<10)
	bw.WriteString("[\n")
	var ind bytes.Buffer
	for i := range as {
		b, err := json.Marshal(&as[i])
		if err != nil {
			return err
		}
		// An element of the array: indented one level, its first line
		// by the caller (json.Indent does not prefix the first line).
		ind.Reset()
		if err := json.Indent(&ind, b, "  ", "  "); err != nil {
			return err
		}
		bw.WriteString("  ")
		bw.Write(ind.Bytes())
		if i < len(as)-1 {
			bw.WriteByte(',')
		}
		bw.WriteByte('\n')
	}
	bw.WriteString("]\n")
	return bw.Flush()
}

// writeAssessCSV writes a header and one row per assessment, UTF-8 with a
// byte-order mark as export --format csv (rcsv.BOM): without it Excel on
// a Japanese PC reads the file (assess --format csv > services.csv, as
// the help shows) as Shift_JIS and shows every name garbled. Lines end in
// CRLF, as export's do, a line break inside a field too. Like every
// exporter, it writes the text cells through rcsv.TextCell: an entry named
// =HYPERLINK(…), 3/4 or 00123 is shown as text, not evaluated or read as a
// date or a number. The score, the counts and the next review
// (assessValueCols) are written as they are, to be read as numbers and a
// date.
func writeAssessCSV(w io.Writer, as []riskassess.Assessment, names map[riskassess.EntryKey]riskassess.Text, lang riskassess.Lang) error {
	if _, err := io.WriteString(w, rcsv.BOM); err != nil {
		return err
	}
	cw := csv.NewWriter(w)
	cw.UseCRLF = true // as export --format csv (rcsv.WriteTable)
	if err := cw.Write(headerRow(lang)); err != nil {
		return err
	}
	for i := range as {
		row := assessRow(&as[i], names, lang)
		for j := range row {
			if !assessValueCols[j] {
				row[j] = rcsv.TextCell(row[j])
			}
		}
		if err := cw.Write(row); err != nil {
			return err
		}
	}
	cw.Flush()
	return cw.Error()
}

// writeAssessDetail prints one assessment in full: the inherent factors,
// what to do next (report.NextActions, when as carries its entry: the
// reason for the decision and up to five steps with who and by when, in
// words without ids), blockers, conditions (by requirement title) and the
// findings grouped by outcome (not met, partial, not answered, met, not
// applicable), with remediation; the findings keep requirement ids and
// field paths for those who edit the register.
func writeAssessDetail(w io.Writer, org *riskassess.Organisation, as *riskassess.Assessment, names map[riskassess.EntryKey]riskassess.Text, lang riskassess.Lang) error {
	var b strings.Builder
	t := func(ja, en string) string { return l10n(lang, ja, en) }
	sep := t("、", ", ")
	fmt.Fprintf(&b, "■ %s %s: %s\n", as.Kind.Label(lang), as.EntryID, oneLine(names[riskassess.EntryKey{Kind: as.Kind, ID: as.EntryID}].In(lang)))
	var factors []string
	for _, f := range as.InherentFactors {
		factors = append(factors, f.In(lang))
	}
	if lang == "en" {
		fmt.Fprintf(&b, "Inherent risk: %s (%d points)", as.Inherent.Label(lang), as.InherentScore)
	} else {
		fmt.Fprintf(&b, "固有リスク: %s（%d点）", as.Inherent.Label(lang), as.InherentScore)
	}
	if len(factors) > 0 {
		fmt.Fprintf(&b, " %s %s", t("要因:", "from:"), strings.Join(factors, sep))
	}
	b.WriteByte('\n')
	score := scoreText(as.ControlScore)
	if score == "" {
		score = t("-（適用される要件なし）", "- (no requirement applies)")
	}
	fmt.Fprintf(&b, "%s: %s  %s: %s  %s: %s\n", t("対策スコア", "Control score"), score,
		t("残留リスク", "Residual risk"), as.Residual.Label(lang), t("推奨判断", "Decision"), report.DecisionLabel(report.ShownDecision(as.Entry, as), lang))
	if !as.NextReview.IsZero() {
		fmt.Fprintf(&b, "%s: %s\n", t("次回見直し", "Next review"), as.NextReview)
	}
	if as.Entry != nil {
		ns := report.NextActions(org, as.Entry, as)
		fmt.Fprintf(&b, "\n%s\n", t("次にすること", "What to do next"))
		if why := oneLine(ns.Why.In(lang)); why != "" {
			fmt.Fprintf(&b, "  %s\n", why)
		}
		for i, s := range ns.Steps {
			due := s.Due.String()
			switch {
			case s.Overdue:
				due += t("（期限超過）", " (overdue)")
			case s.Now:
				due += t("（直ちに）", " (now)")
			}
			fmt.Fprintf(&b, "  %d. [%s] %s\n     %s %s  %s %s\n", i+1, s.Severity.Label(lang), oneLine(s.What.In(lang)),
				t("担当:", "Who:"), oneLine(s.Who.In(lang)), t("期限:", "By:"), due)
		}
		if ns.More > 0 {
			fmt.Fprintf(&b, "  %s\n", fmt.Sprintf(t("ほかに %d 件（下の要件ごとの結果にすべて）", "%d more (all are in the findings below)"), ns.More))
		}
		b.WriteByte('\n')
	}
	if len(as.Blockers) > 0 {
		fmt.Fprintf(&b, "%s:\n", t("阻止要因", "Blockers"))
		for _, bl := range as.Blockers {
			fmt.Fprintf(&b, "  - %s [%s", oneLine(bl.Message.In(lang)), bl.ID)
			if bl.Evidence != "" {
				fmt.Fprintf(&b, ": %s", bl.Evidence)
			}
			b.WriteString("]\n")
		}
	}
	if len(as.Conditions) > 0 {
		// A condition is "ID: remediation"; people read the requirement's
		// title, not its id.
		title := map[string]string{}
		for i := range as.Findings {
			if f := &as.Findings[i]; title[f.Requirement] == "" {
				title[f.Requirement] = f.Title.In(lang)
			}
		}
		fmt.Fprintf(&b, "%s:\n", t("承認の条件", "Conditions"))
		for _, c := range as.Conditions {
			line := oneLine(c.In(lang))
			if id, rest, ok := strings.Cut(line, ": "); ok && title[id] != "" {
				line = oneLine(title[id]) + t("：", ": ") + rest
			}
			fmt.Fprintf(&b, "  - %s\n", line)
		}
	}
	for _, o := range riskassess.Outcomes() {
		var group []*riskassess.Finding
		for i := range as.Findings {
			if as.Findings[i].Outcome == o {
				group = append(group, &as.Findings[i])
			}
		}
		if len(group) == 0 {
			continue
		}
		fmt.Fprintf(&b, "\n%s (%d)\n", o.Label(lang), len(group))
		for _, f := range group {
			fmt.Fprintf(&b, "  %s %s [%s]", f.Requirement, oneLine(f.Title.In(lang)), f.Severity.Label(lang))
			if f.Evidence != "" {
				fmt.Fprintf(&b, " %s %s", t("根拠:", "evidence:"), f.Evidence)
			}
			if d := f.Due(); !d.IsZero() {
				fmt.Fprintf(&b, " %s %s", t("期日:", "due:"), d)
			}
			b.WriteByte('\n')
			if m := oneLine(f.Message.In(lang)); m != "" {
				fmt.Fprintf(&b, "    %s\n", m)
			}
			if f.Provenance != nil && f.Provenance.From != "" {
				p := *f.Provenance
				if p.Field == f.Evidence {
					p.Field = ""
				}
				fmt.Fprintf(&b, "    %s %s\n", t("出所:", "source:"), oneLine(p.Text().In(lang)))
			}
			if c := conflictLine(f, lang); c != "" {
				fmt.Fprintf(&b, "    ! %s %s\n", t("矛盾:", "conflict:"), c)
			}
			if r := oneLine(f.Remediation.In(lang)); r != "" {
				fmt.Fprintf(&b, "    → %s %s\n", t("是正:", "Fix:"), r)
			}
		}
	}
	writeForeignEvidence(&b, as.Entry, as.AsOf, lang)
	_, err := io.WriteString(w, b.String())
	return err
}

// writeForeignEvidence lists the evidence of the entry's latest foreign
// questionnaire (CAIQ, HECVAT) as of asOf: the answers not scored, for a
// person to judge.
func writeForeignEvidence(b *strings.Builder, e riskassess.Entry, asOf riskassess.Date, lang riskassess.Lang) {
	if e == nil {
		return
	}
	rec, ok := e.Base().LatestForeignOn(asOf)
	if !ok || len(rec.Evidence) == 0 {
		return
	}
	fmt.Fprintf(b, "\n%s\n", l10n(lang,
		fmt.Sprintf("外部の質問票の参考（%s、%s %s）: 採点しません。担当者が判断してください", rec.Questionnaire, rec.On, rec.Source),
		fmt.Sprintf("Evidence from a foreign questionnaire (%s, %s %s): not scored, for a person to judge", rec.Questionnaire, rec.On, rec.Source)))
	for _, ev := range rec.Evidence {
		line := fmt.Sprintf("  %s ← %s: %s (%s)", ev.Requirement, ev.Question, oneLine(ev.Answer), ev.Strength.Label(lang))
		if c := oneLine(ev.Comment); c != "" {
			line += " " + c
		}
		fmt.Fprintln(b, line)
	}
}

// conflictLine is f's conflict in lang on one line, or "" when f has none.
func conflictLine(f *riskassess.Finding, lang riskassess.Lang) string {
	if f.Conflict == nil {
		return ""
	}
	return oneLine(f.Conflict.In(lang))
}
