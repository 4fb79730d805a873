package sitegen

import (
	"fmt"
	"strings"

	"github.com/gikai-sec/riskregister/riskassess"
)

// This file writes the content of the pages that are numerous (entry
// pages) or long (register, owners, approvals, due items, requirement
// details); pages.go the single pages. The layout around them is layout
// (layout.go).

// entryContent writes the main content of an entry page.
func entryContent(lang riskassess.Lang, root string, p *entryPage) func(hw) {
	return func(w hw) {
		row := &p.Row
		w.raw(`<p class="crumbs"><a href="`)
		w.url(root)
		w.raw("register.html")
		w.raw(`">`)
		w.text(tr(lang, "nav.register"))
		w.raw(`</a> › `)
		w.text(row.KindLabel)
		w.raw("</p>\n<h1>")
		w.text(row.Name)
		if p.AltName != "" {
			w.raw(` <span class="alt" lang="`)
			w.raw(string(otherLang(lang)))
			w.raw(`">`)
			w.text(p.AltName)
			w.raw(`</span>`)
		}
		w.raw("</h1>\n<p class=\"badges\">")
		w.badge(row.StatusClass, tr(lang, "status")+": "+row.Status)
		w.raw(` `)
		w.badge(row.ResidualClass, tr(lang, "residual")+": "+row.Residual)
		switch {
		case row.Record:
			w.raw(` `)
			w.badge("decision-record", tr(lang, "record"))
		case row.Decision != "":
			w.raw(` `)
			w.badge(row.DecisionClass, tr(lang, "decision")+": "+row.Decision)
		}
		w.raw(`</p>`)
		section := func(id, title string, body func()) {
			w.raw("\n<section aria-labelledby=\"h-")
			w.text(id)
			w.raw("\">\n<h2 id=\"h-")
			w.text(id)
			w.raw(`">`)
			w.text(title)
			w.raw("</h2>\n")
			body()
			w.raw("\n</section>")
		}
		muted := func(s string) {
			w.raw(`<p class="muted">`)
			w.text(s)
			w.raw(`</p>`)
		}
		detailSections := func(approvalPart bool) {
			for i := range p.Sections {
				s := &p.Sections[i]
				if (s.ID == "approval") != approvalPart {
					continue
				}
				section(s.ID, s.Title, func() {
					if len(s.Facts) > 0 {
						w.facts(s.Facts, "")
					}
					for j := range s.Tables {
						w.table(&s.Tables[j], false)
					}
				})
			}
		}
		if p.Next != nil {
			section("next", tr(lang, "entry.next"), func() { nextSteps(w, lang, p.Next) })
		}
		section("summary", tr(lang, "entry.summary"), func() { w.facts(p.Summary, "") })
		section("assessment", tr(lang, "entry.assessment"), func() {
			if p.Assessed {
				w.facts(p.Assessment, "")
			} else {
				muted(tr(lang, "notassessed"))
			}
		})
		detailSections(true)
		if len(p.Due) > 0 {
			section("due", tr(lang, "entry.due"), func() { w.dueTable(lang, root, tr(lang, "entry.due"), p.Due, false) })
		}
		anchored := map[string]bool{}
		// The labels of every finding, looked up once per page.
		lSeverity, lClause, lEvidence, lDue, lProvenance := tr(lang, "severity"), tr(lang, "clause"), tr(lang, "evidence"), tr(lang, "due"), tr(lang, "provenance")
		lConflict, lRemediation := tr(lang, "conflict"), tr(lang, "remediation")
		section("findings", tr(lang, "entry.findings"), func() {
			if len(p.Groups) == 0 {
				muted(tr(lang, "none"))
			}
			for _, g := range p.Groups {
				// The section gets "group-…", not the badge class: the
				// badge colours are for badges only.
				w.raw("\n<section class=\"group group-")
				w.text(strings.TrimPrefix(g.Class, "outcome-"))
				w.raw("\">\n<h3>")
				w.badge(g.Class, g.Outcome)
				w.raw(` `)
				w.int(len(g.Findings))
				if g.Brief {
					// Met and not applicable: one line each, no remediation.
					w.raw("</h3>\n<ul class=\"findings brief\">")
					for i := range g.Findings {
						f := &g.Findings[i]
						w.raw("\n<li><a href=\"")
						w.reqLink(root, f.Requirement)
						w.raw(`">`)
						w.text(f.Requirement)
						w.raw(`</a> `)
						w.text(f.Title)
						if f.Message != "" {
							w.raw(` <span class="muted">— `)
							w.text(f.Message)
							w.raw(`</span>`)
						}
						if f.Answered {
							// An answer decided it: say whose and from when.
							open, closing := "（", "）"
							if lang == "en" {
								open, closing = "(", ")"
							}
							w.raw(` <span class="muted">`)
							w.text(open)
							w.text(lProvenance)
							w.raw(": ")
							w.text(f.Provenance)
							w.text(closing)
							w.raw(`</span>`)
						}
						w.raw(`</li>`)
					}
					w.raw("\n</ul>\n</section>")
					continue
				}
				w.raw("</h3>\n<ul class=\"findings\">")
				for i := range g.Findings {
					f := &g.Findings[i]
					w.raw("\n<li class=\"finding\"")
					if !anchored[f.Requirement] {
						anchored[f.Requirement] = true
						w.raw(` id="f-`) // findingAnchor
						w.text(f.Requirement)
						w.raw(`"`)
					}
					w.raw("><h4><a href=\"")
					w.reqLink(root, f.Requirement)
					w.raw(`">`)
					w.text(f.Requirement)
					w.raw(`</a> `)
					w.text(f.Title)
					w.raw("</h4>\n<p class=\"meta\">")
					sep := false
					const plain, code, date = 0, 1, 2
					meta := func(label, v string, as int) {
						if v == "" {
							return
						}
						if sep {
							w.raw(" · ")
						}
						sep = true
						w.text(label)
						w.raw(`: `)
						switch as {
						case code:
							w.raw(`<code>`)
							w.text(v)
							w.raw(`</code>`)
						case date:
							w.time(v)
						default:
							w.text(v)
						}
					}
					meta(lSeverity, f.Severity, plain)
					meta(lClause, f.Clause, plain)
					meta(lEvidence, f.Evidence, code)
					meta(lDue, f.Due, date)
					meta(lProvenance, f.Provenance, plain)
					w.raw(`</p>`)
					if f.Message != "" {
						w.raw("\n<p>")
						w.text(f.Message)
						w.raw(`</p>`)
					}
					if f.Conflict != "" {
						w.raw("\n<p class=\"conflict\"><strong>")
						w.text(lConflict)
						w.raw(`</strong> `)
						w.text(f.Conflict)
						w.raw(`</p>`)
					}
					if f.Remediation != "" {
						w.raw("\n<p class=\"remediation\"><strong>")
						w.text(lRemediation)
						w.raw(`</strong> `)
						w.text(f.Remediation)
						w.raw(`</p>`)
					}
					w.raw(`</li>`)
				}
				w.raw("\n</ul>\n</section>")
			}
		})
		detailSections(false)
		if len(p.Changes.Rows) > 0 {
			section("changes", tr(lang, "entry.changes"), func() { w.table(&p.Changes, true) })
		}
		if len(p.Foreign.Rows) > 0 {
			section("foreign", tr(lang, "entry.foreign"), func() { w.table(&p.Foreign, true) })
		}
		if len(p.Answers.Rows) > 0 {
			section("answers", tr(lang, "entry.answers"), func() { w.table(&p.Answers, true) })
		}
		if len(p.Reviews.Rows) > 0 {
			section("reviews", tr(lang, "entry.reviews"), func() { w.table(&p.Reviews, true) })
		}
		if len(p.Rounds.Rows) > 0 {
			section("rounds", tr(lang, "entry.rounds"), func() { w.table(&p.Rounds, true) })
		}
		section("history", tr(lang, "entry.history"), func() {
			if len(p.History.Rows) > 0 {
				w.table(&p.History, true)
			} else {
				muted(tr(lang, "none"))
			}
		})
		if p.Notes != "" {
			section("notes", tr(lang, "entry.notes"), func() {
				w.raw(`<div class="notes">`)
				w.raw(p.Notes) // goldmark output: raw HTML off, links checked
				w.raw(`</div>`)
			})
		}
		if len(p.Evidence) > 0 {
			section("evidence", tr(lang, "entry.evidence"), func() {
				w.raw(`<ul class="evidence">`)
				for _, l := range p.Evidence {
					w.raw("\n<li>")
					w.link(l, "evidence")
					w.raw(`</li>`)
				}
				w.raw("\n</ul>")
			})
		}
	}
}

// registerRows writes the rows of the register table.
func registerRows(lang riskassess.Lang, rows []entryRow) func(hw) {
	// data-label names each cell's column for the stacked layout of narrow
	// screens (site.css), where the column headers are hidden.
	lab := func(key string) string { return ` data-label="` + tr(lang, key) + `"` }
	lKind, lID, lSec, lStatus, lRes, lDec, lScore, lNext := lab("kind"), lab("id"), lab("section"), lab("status"), lab("residual"), lab("decision"), lab("score"), lab("nextreview")
	return func(w hw) {
		for i := range rows {
			r := &rows[i]
			w.raw("\n<tr data-kind=\"")
			w.text(r.KindLabel)
			w.raw(`"><td` + lKind + `>`)
			w.text(r.KindLabel)
			w.raw(`</td><td class="opt"` + lID + `>`)
			w.text(r.ID)
			w.raw(`</td><th scope="row">`)
			w.entryLink("", r)
			w.raw(`</th><td` + lSec + `>`)
			w.text(r.Section)
			w.raw(`</td><td` + lStatus + `>`)
			w.badge(r.StatusClass, r.Status)
			w.raw(`</td><td` + lRes + ` data-value="`)
			w.int(r.ResidualRank)
			w.raw(`">`)
			w.badge(r.ResidualClass, r.Residual)
			w.raw(`</td><td` + lDec + `>`)
			switch {
			case r.Record:
				w.badge("decision-record", tr(lang, "record"))
			case r.Decision != "":
				w.badge(r.DecisionClass, r.Decision)
			}
			if r.Score == "" {
				// No score (not assessed, or no requirement applies):
				// "—", sorted below every score.
				w.raw(`</td><td class="num"` + lScore + ` data-value="-1">`)
				w.dash("")
			} else {
				w.raw(`</td><td class="num"` + lScore + `>`)
				w.text(r.Score)
			}
			w.raw(`</td><td` + lNext + `>`)
			if r.NextReview != "" {
				w.time(r.NextReview)
				if r.ReviewOverdue {
					w.raw(` `)
					w.badge("overdue", tr(lang, "overdue"))
				}
			}
			w.raw(`</td></tr>`)
		}
	}
}

// ownersContent writes the owners page body after its intro.
func ownersContent(lang riskassess.Lang, secs []ownerSection) func(hw) {
	head := trs(lang, "name", "owners.role", "kind", "status", "residual", "nextreview")
	return func(w hw) {
		if len(secs) == 0 {
			w.raw("\n<p class=\"muted\">")
			w.text(tr(lang, "none"))
			w.raw(`</p>`)
		}
		for i := range secs {
			s := &secs[i]
			w.raw("\n<section class=\"owner-section\" aria-labelledby=\"sec-")
			w.text(s.ID)
			w.raw("\">\n<h2 id=\"sec-")
			w.text(s.ID)
			w.raw(`">`)
			w.text(s.Name)
			w.raw(`</h2>`)
			for j := range s.People {
				p := &s.People[j]
				w.raw("\n<h3>")
				w.text(p.Name)
				if p.Position != "" {
					w.raw(` <span class="muted">（`)
					w.text(p.Position)
					w.raw(`）</span>`)
				}
				w.raw("</h3>")
				w.tableOpenClass(p.Name, true, head, "stack")
				for _, role := range p.Roles {
					e := role.Entry
					w.raw("\n<tr><th scope=\"row\">")
					w.entryLink("", e)
					w.raw(`</th>`)
					w.td(head[1])
					w.text(role.Role)
					w.raw(`</td>`)
					w.td(head[2])
					w.text(e.KindLabel)
					w.raw(`</td>`)
					w.td(head[3])
					w.badge(e.StatusClass, e.Status)
					w.raw(`</td>`)
					w.td(head[4])
					w.badge(e.ResidualClass, e.Residual)
					w.raw(`</td>`)
					w.td(head[5])
					w.dash(e.NextReview)
					if e.ReviewOverdue {
						w.raw(` `)
						w.badge("overdue", tr(lang, "overdue"))
					}
					w.raw(`</td></tr>`)
				}
				w.tableClose()
			}
			if len(s.Unstaffed) > 0 {
				w.raw("\n<h3>")
				w.text(tr(lang, "owners.section"))
				w.raw("</h3>\n<ul>")
				for _, e := range s.Unstaffed {
					w.raw("\n<li>")
					w.entryLink("", e)
					w.raw(` <span class="muted">`)
					w.text(e.KindLabel)
					w.raw(`</span></li>`)
				}
				w.raw("\n</ul>")
			}
			if len(s.Vacant) > 0 {
				w.raw("\n<h3>")
				w.text(tr(lang, "owners.vacant"))
				w.raw("</h3>\n<ul>")
				for _, v := range s.Vacant {
					w.raw("\n<li>")
					w.entryLink("", v.Entry)
					w.raw(` <span class="muted">`)
					w.text(v.Role)
					w.raw(`</span></li>`)
				}
				w.raw("\n</ul>")
			}
			if len(s.Due) > 0 {
				w.raw("\n<h3>")
				w.text(tr(lang, "entry.due"))
				w.raw(`</h3>`)
				w.dueTable(lang, "", s.Name+" — "+tr(lang, "entry.due"), s.Due, true)
			}
			w.raw("\n</section>")
		}
	}
}

// approvalsContent writes the approvals log table: a row per decision of
// refs, in their order, each made by rowOf just before it is written.
func approvalsContent(lang riskassess.Lang, title string, refs []approvalRef, rowOf func(approvalRef) approvalRow) func(hw) {
	return func(w hw) {
		if len(refs) == 0 {
			w.raw("\n<p class=\"muted\">")
			w.text(tr(lang, "none"))
			w.raw(`</p>`)
			return
		}
		head := trs(lang, "entry", "date", "kind", "status", "residual", "approver", "note")
		head[4] = l(lang, "現在の残留リスク", "Residual risk now") // the entry's, not at the decision
		w.tableOpenClass(title, false, head, "stack")
		for _, ref := range refs {
			row := rowOf(ref)
			r := &row
			// The entry's name leads the row (on a phone the row is a
			// card headed by it), then the date of the decision.
			w.raw("\n<tr><th scope=\"row\">")
			w.entryLink("", r.Entry)
			w.raw(`</th>`)
			w.td(head[1])
			w.time(r.Date)
			if r.Later {
				w.raw(`<span class="muted">`)
				w.text(afterAsOfNote(lang))
				w.raw(`</span>`)
			}
			w.raw(`</td>`)
			w.td(head[2])
			w.text(r.Entry.KindLabel)
			w.raw(`</td>`)
			w.td(head[3])
			w.badge(r.StatusClass, r.Status)
			w.raw(`</td>`)
			w.td(head[4])
			w.badge(r.Entry.ResidualClass, r.Entry.Residual)
			w.raw(`</td>`)
			w.td(head[5])
			w.dash(r.Approver)
			w.raw(`</td>`)
			w.td(head[6])
			w.dash(r.Note)
			w.raw(`</td></tr>`)
		}
		w.tableClose()
	}
}

// requirementContent writes a requirement's detail page: its description
// and every entry that does not meet it.
func requirementContent(lang riskassess.Lang, root string, r *reqView) func(hw) {
	return func(w hw) {
		w.raw(`<p class="crumbs"><a href="`)
		w.url(root + "requirements.html#" + r.Anchor)
		w.raw(`">`)
		w.text(tr(lang, "nav.requirements"))
		w.raw("</a></p>\n<h1><span class=\"req-id\">")
		w.text(r.ID)
		w.raw(`</span> `)
		w.text(r.Title)
		w.raw("</h1>\n")
		reqFacts(w, lang, r)
		w.raw("\n<h2>")
		w.text(fmt.Sprintf("%s (%d)", tr(lang, "reqs.failing"), len(r.Failing)))
		w.raw(`</h2>`)
		if len(r.Failing) == 0 {
			w.raw("\n<p class=\"muted\">")
			w.text(tr(lang, "none"))
			w.raw(`</p>`)
			return
		}
		w.tableOpen(tr(lang, "reqs.failing"), true, trs(lang, "entry", "kind", "result", "section", "message"))
		for _, h := range r.Failing {
			w.raw("\n<tr><th scope=\"row\">")
			w.entryLink(root, h.Entry)
			w.raw(`</th><td>`)
			w.text(h.Entry.KindLabel)
			w.raw(`</td><td>`)
			w.badge(h.Class, h.Outcome)
			w.raw(`</td><td>`)
			w.dash(h.Entry.Section)
			w.raw(`</td><td>`)
			w.dash(h.Message)
			w.raw(`</td></tr>`)
		}
		w.tableClose()
	}
}

// reqFacts writes the description list of a requirement.
func reqFacts(w hw, lang riskassess.Lang, r *reqView) {
	var fs []fact
	for _, kv := range [][2]string{{"req", r.Text}, {"clause", r.Clause}, {"severity", r.Severity}, {"kinds", r.Kinds}, {"attested", r.AttestedBy}, {"remediation", r.Remediation}} {
		if kv[1] != "" {
			fs = append(fs, fact{Label: tr(lang, kv[0]), Value: kv[1]})
		}
	}
	if len(fs) > 0 {
		w.facts(fs, "compact")
	}
}

// dueContent writes the full list of overdue and upcoming items.
func dueContent(lang riskassess.Lang, overdue, upcoming []dueRow) func(hw) {
	return func(w hw) {
		for _, part := range []struct {
			id, key string
			rows    []dueRow
		}{{"overdue", "dash.overdue", overdue}, {"upcoming", "dash.upcoming", upcoming}} {
			w.raw("\n<section aria-labelledby=\"h-")
			w.raw(part.id)
			w.raw("\">\n<h2 id=\"h-")
			w.raw(part.id)
			w.raw(`">`)
			w.text(tr(lang, part.key))
			w.raw(fmt.Sprintf(" (%d)</h2>", len(part.rows)))
			w.dueTable(lang, "", tr(lang, part.key), part.rows, true)
			w.raw("\n</section>")
		}
	}
}

// reqFile returns the file name of a requirement's detail page: the id
// with every byte outside [A-Za-z0-9.-] written as _XX (hex).
func reqFile(id string) string {
	var b strings.Builder
	b.WriteString("requirements/")
	for i := 0; i < len(id); i++ {
		c := id[i]
		if c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '-' || (c == '.' && i > 0) {
			b.WriteByte(c)
		} else {
			fmt.Fprintf(&b, "_%02x", c)
		}
	}
	b.WriteString(".html")
	return b.String()
}

// nextSteps writes the 次にすること section: why the decision is what it
// is, the steps (what, who, by when), and for those who edit the files the
// requirement ids and field paths behind them in a <details>.
func nextSteps(w hw, lang riskassess.Lang, n *nextView) {
	if n.Why != "" {
		w.raw(`<p class="why">`)
		w.text(n.Why)
		w.raw(`</p>`)
	}
	if len(n.Steps) == 0 {
		if n.Why == "" {
			w.raw(`<p class="muted">`)
			w.text(tr(lang, "entry.next.none"))
			w.raw(`</p>`)
		}
		return
	}
	w.raw("\n<ol class=\"steps\">")
	for i := range n.Steps {
		s := &n.Steps[i]
		w.raw("\n<li class=\"step\"><p class=\"what\">")
		w.badge(s.SevClass, s.Severity)
		w.raw(` `)
		w.text(s.What)
		w.raw("</p>\n<p class=\"meta\">")
		w.text(tr(lang, "entry.next.who"))
		w.raw(`: <strong>`)
		w.text(s.Who)
		w.raw(`</strong> · `)
		w.text(tr(lang, "entry.next.due"))
		w.raw(`: `)
		w.time(s.Due)
		switch {
		case s.Overdue:
			w.raw(` `)
			w.badge("overdue", tr(lang, "overdue"))
		case s.Now:
			w.raw(` `)
			w.badge("overdue", tr(lang, "entry.next.now"))
		}
		w.raw(`</p></li>`)
	}
	w.raw("\n</ol>")
	if n.More > 0 {
		w.raw("\n<p class=\"muted\">")
		w.text(fmt.Sprintf(tr(lang, "entry.next.more"), n.More))
		w.raw(`</p>`)
	}
	w.raw("\n<details class=\"editors\"><summary>")
	w.text(tr(lang, "entry.next.editors"))
	w.raw("</summary>\n<ol>")
	for i := range n.Steps {
		s := &n.Steps[i]
		w.raw(`<li>`)
		if s.Requirement != "" {
			w.raw(`<code>`)
			w.text(s.Requirement)
			w.raw(`</code>`)
		}
		if s.Field != "" {
			w.raw(` <code>`)
			w.text(s.Field)
			w.raw(`</code>`)
		}
		if s.Requirement == "" && s.Field == "" {
			w.raw(`<span class="muted">—</span>`)
		}
		w.raw(`</li>`)
	}
	w.raw("</ol>\n</details>")
}
