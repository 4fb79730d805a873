package main

import (
	"cmp"
	"errors"
	"fmt"
	"io"
	"strings"

	"github.com/gikai-sec/riskregister/riskassess"
	"github.com/gikai-sec/riskregister/riskassess/ical"
	"github.com/gikai-sec/riskregister/riskassess/report"
	"github.com/gikai-sec/riskregister/riskassess/wareki"
)

// addDatesFlag adds --dates, which overrides register.yaml's date_style.
func addDatesFlag(cmdFlags interface {
	StringVar(p *string, name string, value string, usage string)
}, s *string) {
	cmdFlags.StringVar(s, "dates", "", "日付の表示 iso|wareki（既定: register.yaml の date_style、なければ iso） / how dates are shown: iso or wareki (default: date_style of register.yaml, else iso)")
}

// parseDates checks the --dates flag; "" is allowed (use the register's).
func parseDates(s string) (riskassess.DateStyle, error) {
	if s == "" || riskassess.DateStyle(s).Valid() {
		return riskassess.DateStyle(s), nil
	}
	if r, ok := riskassess.Replacement(riskassess.DateStyle(""), s); ok {
		return "", badUsage(fmt.Sprintf("--dates %q: %s と書いてください", s, r), fmt.Sprintf("--dates %q: write %s", s, r))
	}
	return "", badUsage(fmt.Sprintf("--dates %q: iso か wareki を指定してください", s), fmt.Sprintf("--dates %q: use iso or wareki", s))
}

// dateStyle returns the style in force: the flag's, else the register's,
// else ISO.
func dateStyle(flag riskassess.DateStyle, reg *riskassess.Register) riskassess.DateStyle {
	if flag != "" {
		return flag
	}
	if reg != nil && reg.Org.DateStyle != "" {
		return reg.Org.DateStyle
	}
	return riskassess.DateISO
}

// parseFiscalYearFlag reads --fiscal-year (2026, 2026年, R8, 令和8年度, FY2026).
func parseFiscalYearFlag(s string) (riskassess.FiscalYear, error) {
	y, err := wareki.ParseFiscalYear(s)
	var fe *wareki.FiscalYearError
	if errors.As(err, &fe) {
		ja, en, _ := strings.Cut(fe.Reason, " / ")
		return 0, badUsage(fmt.Sprintf("--fiscal-year %q: 年度を読めません: %s（使える書式: %s）", s, ja, wareki.AcceptedFiscalYearForms),
			fmt.Sprintf("--fiscal-year %q: cannot read the fiscal year: %s (accepted forms: 2026, FY2026, R8)", s, en))
	}
	return y, nil
}

// writePlanTable writes the year plan p as a table grouped by month and
// section (each shown on the first row of its group), then the items
// carried over from before the year (overdue) and the chase list of
// overdue questionnaire replies.
func writePlanTable(w io.Writer, reg *riskassess.Register, p report.YearPlan, style riskassess.DateStyle, lang riskassess.Lang) error {
	w = newTermWriter(w)
	l := func(ja, en string) string { return l10n(lang, ja, en) }
	fy := wareki.FiscalYearLabel(p.Year, style, lang)
	date := func(d riskassess.Date) string { return wareki.FormatStyle(d, style, lang) }
	if _, err := fmt.Fprintf(w, "%s\n\n", l(fmt.Sprintf("%sの予定（基準日 %s）", fy, date(p.AsOf)),
		fmt.Sprintf("Plan of %s (as of %s)", fy, date(p.AsOf)))); err != nil {
		return err
	}
	status := func(it report.PlanItem) string {
		n := p.AsOf.DaysUntil(it.Date)
		switch {
		case it.Expected:
			return l(fmt.Sprintf("見込み・あと%d日", n), fmt.Sprintf("expected, in %d days", n))
		case n < 0:
			return l(fmt.Sprintf("%d日超過", -n), fmt.Sprintf("%d days overdue", -n))
		case it.Overdue:
			return l("期限超過（未実施）", "overdue (never done)")
		case n == 0:
			return l("本日", "today")
		}
		return l(fmt.Sprintf("あと%d日", n), fmt.Sprintf("in %d days", n))
	}
	row := func(it report.PlanItem) []string {
		return []string{date(it.Date), status(it), it.Kind.Label(lang), dueCell(it.Name.In(lang)), it.EntryID,
			dueCell(cmp.Or(it.ExpectedNote(date).In(lang), it.What, it.Note.In(lang)))}
	}
	if p.Count == 0 {
		if _, err := fmt.Fprintln(w, l("この年度に期限の来る項目はありません。", "Nothing falls due in this fiscal year.")); err != nil {
			return err
		}
	} else {
		rows := [][]string{{l("月", "Month"), l("所管課", "Section"), l("期日", "Date"), l("状態", "Status"),
			l("期限の種類", "Due"), l("名称", "Name"), "ID", l("対象", "Item")}}
		for _, m := range p.Months {
			month := wareki.MonthLabel(m.Month.Year, m.Month.Month, style, lang)
			for _, s := range m.Sections {
				section := report.SectionLabel(&reg.Org, s.Section, lang)
				for _, it := range s.Items {
					rows = append(rows, append([]string{month, section}, row(it)...))
					month, section = "", ""
				}
			}
		}
		if err := writeAligned(w, rows, nil, true); err != nil {
			return err
		}
		if _, err := fmt.Fprintln(w, l(fmt.Sprintf("%d 件", p.Count), fmt.Sprintf("%d items", p.Count))); err != nil {
			return err
		}
	}
	if len(p.Carried) > 0 {
		if _, err := fmt.Fprintf(w, "\n%s\n", l(fmt.Sprintf("前年度以前からの期限超過 %d 件（%sより前の期日で、基準日に期限を過ぎているもの）", len(p.Carried), fy),
			fmt.Sprintf("Overdue from before the year: %d items (dated before %s and overdue on the as-of date)", len(p.Carried), fy))); err != nil {
			return err
		}
		rows := [][]string{{l("期日", "Date"), l("状態", "Status"), l("期限の種類", "Due"), l("名称", "Name"), "ID",
			l("対象", "Item"), l("所管課", "Section")}}
		for _, it := range p.Carried {
			rows = append(rows, append(row(it), report.SectionLabel(&reg.Org, it.Section, lang)))
		}
		if err := writeAligned(w, rows, nil, true); err != nil {
			return err
		}
	}
	return writeChase(w, reg, p, style, lang)
}

// writeChase writes the chase list: questionnaire replies overdue.
func writeChase(w io.Writer, reg *riskassess.Register, p report.YearPlan, style riskassess.DateStyle, lang riskassess.Lang) error {
	l := func(ja, en string) string { return l10n(lang, ja, en) }
	if len(p.Chase) == 0 {
		_, err := fmt.Fprintf(w, "\n%s\n", l("回答期限を過ぎた確認票はありません。", "No questionnaire reply is overdue."))
		return err
	}
	if _, err := fmt.Fprintf(w, "\n%s\n", l(fmt.Sprintf("督促リスト: 回答期限を過ぎた確認票 %d 件", len(p.Chase)),
		fmt.Sprintf("Chase list: %d questionnaire replies overdue", len(p.Chase)))); err != nil {
		return err
	}
	rows := [][]string{{l("回答期限", "Reply due"), l("状態", "Status"), l("回", "Round"), l("名称", "Name"), "ID", l("所管課", "Section")}}
	for _, it := range p.Chase {
		n := it.Date.DaysUntil(p.AsOf)
		rows = append(rows, []string{wareki.FormatStyle(it.Date, style, lang), l(fmt.Sprintf("%d日超過", n), fmt.Sprintf("%d days overdue", n)),
			dueCell(it.What), dueCell(it.Name.In(lang)), it.EntryID, report.SectionLabel(&reg.Org, it.Section, lang)})
	}
	return writeAligned(w, rows, nil, true)
}

// planItems flattens the plan's items, in plan order, then the items
// carried over from before the year and the overdue replies of the chase
// list dated outside the year (those within it are in the months): every
// item of the plan once.
func planItems(p report.YearPlan) []report.PlanItem {
	var out []report.PlanItem
	for _, m := range p.Months {
		for _, s := range m.Sections {
			out = append(out, s.Items...)
		}
	}
	out = append(out, p.Carried...)
	for _, it := range p.Chase {
		if !p.Year.Contains(it.Date) {
			out = append(out, it)
		}
	}
	return out
}

// planCalendar returns the calendar of the plan p: an event for each of
// its items (planItems), an expected turn of a recurring task
// (PlanItem.Expected) marked so in its summary (【見込み】, [EXPECTED]) and
// its description (what its date is counted from).
func planCalendar(reg *riskassess.Register, p report.YearPlan, lang riskassess.Lang) ical.Calendar {
	items := planItems(p)
	due := make([]riskassess.DueItem, len(items))
	for i := range items {
		due[i] = items[i].DueItem
	}
	cal := ical.DueCalendar(reg, due, p.AsOf, lang)
	for i := range items {
		if !items[i].Expected {
			continue
		}
		ev := &cal.Events[i]
		if n := items[i].AfterAsOf; n > 0 {
			// Counted from the as-of date: a UID that does not move
			// with it, so that the next file updates the event.
			ev.UID = ical.ExpectedUIDOf(reg.Org.Name.Ja, items[i].DueItem, n)
		}
		ev.Summary = l10n(lang, "【見込み】", "[EXPECTED] ") + ev.Summary
		ev.Description += "\n" + items[i].ExpectedNote(nil).In(lang)
	}
	return cal
}
