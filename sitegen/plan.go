package sitegen

import (
	"cmp"
	"fmt"
	"strings"

	"github.com/gikai-sec/riskregister/riskassess"
	"github.com/gikai-sec/riskregister/riskassess/report"
	"github.com/gikai-sec/riskregister/riskassess/wareki"
)

// dateStyle returns the date style of the site: Options.Dates, else the
// register's date_style, else ISO.
func (b *builder) dateStyle() riskassess.DateStyle {
	return cmp.Or(b.opts.Dates, b.reg.Org.DateStyle, riskassess.DateISO)
}

// dateText writes d for people in the site's date style and language
// (令和8年4月1日 or 2026-04-01); "" for the zero Date.
func (b *builder) dateText(d riskassess.Date) string {
	_, shown := b.dates.texts(d)
	return shown
}

// planView is the 年度計画 page.
type planView struct {
	Year   string
	Months []planMonthView
	Count  int
	// Carried are the items dated before the year and overdue on the
	// as-of date (report.YearPlan.Carried).
	Carried []report.PlanItem
	// Chase are the questionnaire replies overdue (the chase list).
	Chase []report.PlanItem
	// date writes a date in the site's style (an expected item's note).
	date func(riskassess.Date) string
	// row makes the row of an item as the page writes it: the rows of
	// every item made at once were, after the approvals page's, the
	// largest view of a 100,000-entry build.
	row func(riskassess.DueItem) dueRow
}

type planMonthView struct {
	ID, Label string
	Count     int
	Sections  []planSectionView
}

type planSectionView struct {
	Name  string
	Items []report.PlanItem
}

// fiscalYear returns the fiscal year the plan page shows: Options.FiscalYear,
// else that of the as-of date.
func (b *builder) fiscalYear() riskassess.FiscalYear {
	if b.opts.FiscalYear != 0 {
		return b.opts.FiscalYear
	}
	return riskassess.FiscalYearOf(b.opts.AsOf)
}

// plan builds the 年度計画 page: report.PlanYear of the site's fiscal
// year, with the dates in the site's style.
func (b *builder) plan() *planView {
	fy := b.fiscalYear()
	p := report.PlanYearAt(b.reg, b.opts.Requirements, b.all, fy, b.opts.AsOf)
	v := &planView{Year: wareki.FiscalYearLabel(fy, b.dateStyle(), b.lang), Count: p.Count,
		Carried: p.Carried, Chase: p.Chase, row: b.dueRow, date: b.dateText}
	for _, m := range p.Months {
		mv := planMonthView{ID: fmt.Sprintf("m-%04d-%02d", m.Month.Year, int(m.Month.Month)),
			Label: wareki.MonthLabel(m.Month.Year, m.Month.Month, b.dateStyle(), b.lang)}
		for _, s := range m.Sections {
			sv := planSectionView{Name: b.section(s.Section), Items: s.Items}
			if sv.Name == "" {
				sv.Name = tr(b.lang, "plan.nosection")
			}
			mv.Count += len(sv.Items)
			mv.Sections = append(mv.Sections, sv)
		}
		v.Months = append(v.Months, mv)
	}
	return v
}

// rows returns a function giving the row of item i of items (planView.row).
func (v *planView) rows(items []report.PlanItem) func(int) dueRow {
	return func(i int) dueRow { return v.row(items[i].DueItem) }
}

// planContent writes the 年度計画 page: a month index, the chase list,
// the items carried over from before the year (when there are any), then
// each month's items grouped by section.
func planContent(lang riskassess.Lang, v *planView) func(hw) {
	return func(w hw) {
		w.raw("\n<p class=\"plan-year\">")
		w.text(v.Year)
		w.raw(" — ")
		w.text(fmt.Sprintf(tr(lang, "plan.count"), v.Count))
		w.raw("</p>")
		w.raw("\n<nav class=\"months\" aria-label=\"")
		w.text(tr(lang, "plan.months"))
		w.raw("\">\n<ul>")
		// A month without items has no section of its own (twelve "nothing
		// this month" sections are a long scroll on a phone): its link
		// goes to the one line that names every such month.
		var empty []string
		for _, m := range v.Months {
			if m.Count == 0 {
				empty = append(empty, m.Label)
			}
		}
		for _, m := range v.Months {
			w.raw(`<li><a href="#`)
			if m.Count == 0 {
				w.raw("plan-empty")
			} else {
				w.raw(m.ID)
			}
			w.raw(`">`)
			w.text(m.Label)
			w.raw(` <span class="n">`)
			w.int(m.Count)
			w.raw(`</span></a></li>`)
		}
		w.raw("</ul>\n</nav>")

		w.raw("\n<section aria-labelledby=\"h-chase\">\n<h2 id=\"h-chase\">")
		w.text(tr(lang, "plan.chase"))
		w.raw(fmt.Sprintf(" (%d)</h2>", len(v.Chase)))
		if len(v.Chase) > 0 {
			w.raw("\n<p>")
			w.text(tr(lang, "plan.chase.intro"))
			w.raw("</p>")
			w.dueTableOf(lang, "", tr(lang, "plan.chase"), len(v.Chase), v.rows(v.Chase), true)
		} else {
			// The heading names the list: the empty state is one sentence.
			w.raw("\n<p class=\"muted\">")
			w.text(tr(lang, "plan.chase.none"))
			w.raw("</p>")
		}
		w.raw("\n</section>")
		if len(v.Carried) > 0 {
			w.raw("\n<section aria-labelledby=\"h-carried\">\n<h2 id=\"h-carried\">")
			w.text(tr(lang, "plan.carried"))
			w.raw(fmt.Sprintf(" (%d)</h2>", len(v.Carried)))
			w.raw("\n<p>")
			w.text(tr(lang, "plan.carried.intro"))
			w.raw("</p>")
			w.dueTableOf(lang, "", tr(lang, "plan.carried"), len(v.Carried), v.rows(v.Carried), true)
			w.raw("\n</section>")
		}
		if len(empty) > 0 {
			w.raw("\n<p class=\"muted\" id=\"plan-empty\">")
			w.text(tr(lang, "plan.empty") + strings.Join(empty, tr(lang, "plan.empty.sep")))
			w.raw("</p>")
		}

		for _, m := range v.Months {
			if m.Count == 0 {
				continue // named in the plan-empty line
			}
			w.raw("\n<section aria-labelledby=\"")
			w.raw(m.ID)
			w.raw("\">\n<h2 id=\"")
			w.raw(m.ID)
			w.raw(`">`)
			w.text(m.Label)
			w.raw(fmt.Sprintf(" (%d)</h2>", m.Count))
			w.raw("\n<div class=\"table-wrap\">\n<table class=\"data plan\">\n<caption class=\"vh\">")
			w.text(m.Label)
			w.raw("</caption>\n<colgroup><col class=\"c-date\"><col class=\"c-item\"><col class=\"c-entry\"><col class=\"c-what\"></colgroup>\n<thead><tr>")
			for _, h := range trs(lang, "date", "item", "entry", "what") {
				w.raw(`<th scope="col">`)
				w.text(h)
				w.raw(`</th>`)
			}
			w.raw("</tr></thead>")
			for _, s := range m.Sections {
				w.raw("\n<tbody>\n<tr class=\"group\"><th scope=\"rowgroup\" colspan=\"4\">")
				w.text(s.Name)
				w.raw(`</th></tr>`)
				for i := range s.Items {
					row := v.row(s.Items[i].DueItem)
					r := &row
					if s.Items[i].Expected {
						// A later turn of a recurring task: say what its
						// date is counted from.
						r.What = s.Items[i].ExpectedNote(v.date).In(lang)
					}
					w.raw("\n<tr><td>")
					w.timeAs(r.Date, r.Shown)
					if r.Overdue {
						w.raw(` `)
						w.badge("overdue", tr(lang, "overdue"))
					}
					if s.Items[i].Expected {
						w.raw(` `)
						w.badge("expected", tr(lang, "plan.expected"))
					}
					w.raw(`</td><td class="item">`)
					w.text(r.Label)
					w.raw(`</td><td class="entry">`)
					w.entryLink("", r.Entry)
					if r.What == "" {
						w.raw(`</td><td class="what none">`)
					} else {
						w.raw(`</td><td class="what">`)
					}
					w.dash(r.What)
					w.raw(`</td></tr>`)
				}
				w.raw("\n</tbody>")
			}
			w.raw("\n</table>\n</div>\n</section>")
		}
	}
}
