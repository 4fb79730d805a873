package sitegen

// This file writes the content of the single pages (dashboard, register,
// requirements, accounts, downloads and the public pages) and the frame
// of the list pages (generic); content.go writes the numerous and long
// ones. Each is a render function in the style of goldmark's renderers:
// markup as raw constants, every value through hw.

import "github.com/gikai-sec/riskregister/riskassess"

// generic is the content of a list page: the title, the lead (when not
// empty) and body.
func generic(title, lead string, body func(hw)) func(hw) {
	return func(w hw) {
		w.raw("<h1>")
		w.text(title)
		w.raw("</h1>")
		if lead != "" {
			w.raw("\n<p class=\"lead\">")
			w.text(lead)
			w.raw("</p>")
		}
		w.raw("\n")
		body(w)
	}
}

// colHeads writes a <th scope="col"> for each of the messages keys.
func colHeads(w hw, lang riskassess.Lang, keys ...string) {
	for _, k := range keys {
		w.raw(`<th scope="col">`)
		w.text(tr(lang, k))
		w.raw(`</th>`)
	}
}

// registerContent writes register.html: the table of every entry, which
// assets/app.js makes sortable and filterable.
func registerContent(lang riskassess.Lang, title string, rows []entryRow) func(hw) {
	body := registerRows(lang, rows)
	return func(w hw) {
		w.raw("<h1>")
		w.text(title)
		w.raw("</h1>\n<p class=\"help\">")
		w.text(tr(lang, "reg.help"))
		w.raw("</p>\n<div id=\"register-controls\" class=\"controls\" hidden data-label-filter=\"")
		w.text(tr(lang, "reg.filter"))
		w.raw("\" data-label-kind=\"")
		w.text(tr(lang, "kind"))
		w.raw("\" data-label-all=\"—\"></div>\n<div class=\"table-wrap\">\n<table id=\"register\" class=\"data sortable stack\">\n<caption>")
		w.text(tr(lang, "reg.caption"))
		w.raw(" <span id=\"register-count\">(")
		w.int(len(rows))
		w.raw(")</span></caption>\n<thead><tr>\n")
		colHeads(w, lang, "kind", "id", "name", "section", "status", "residual", "decision")
		w.raw(`<th scope="col" class="num">`)
		w.text(tr(lang, "score"))
		w.raw(`</th>`)
		colHeads(w, lang, "nextreview")
		w.raw("\n</tr></thead>\n<tbody>")
		body(w)
		w.raw("\n</tbody>\n</table>\n</div>")
	}
}

// dashboardContent writes index.html of the internal site: the counts,
// the two charts with their tables, and the first items due.
func dashboardContent(lang riskassess.Lang, root, title, org string, d *dashboardPage) func(hw) {
	counts := func(w hw, id, key, col string, rows []countRow, badge bool) {
		w.raw("\n<section class=\"card\" aria-labelledby=\"h-")
		w.raw(id)
		w.raw("\">\n<h2 id=\"h-")
		w.raw(id)
		w.raw("\">")
		w.text(tr(lang, key))
		w.raw("</h2>\n<table class=\"data compact\"><caption class=\"vh\">")
		w.text(tr(lang, key))
		w.raw("</caption>\n<thead><tr>")
		colHeads(w, lang, col)
		w.raw(`<th scope="col" class="num">`)
		w.text(tr(lang, "count"))
		w.raw("</th></tr></thead>\n<tbody>")
		for _, r := range rows {
			if r.Sub {
				w.raw(`<tr class="sub"><th scope="row">`)
				w.text(r.Label)
			} else if badge {
				w.raw(`<tr><th scope="row">`)
				w.badge(r.Class, r.Label)
			} else {
				w.raw(`<tr><th scope="row">`)
				w.text(r.Label)
			}
			w.raw(`</th><td class="num">`)
			w.int(r.Count)
			w.raw(`</td></tr>`)
		}
		if len(rows) == 0 && id == "status" {
			w.raw(`<tr><td colspan="2">`)
			w.text(tr(lang, "none"))
			w.raw(`</td></tr>`)
		}
		w.raw("</tbody>\n</table>\n</section>")
	}
	chart := func(w hw, id, key, svg string, t *tableView) {
		w.raw("\n<section class=\"chart-box\" aria-labelledby=\"h-")
		w.raw(id)
		w.raw("\">\n<h2 id=\"h-")
		w.raw(id)
		w.raw("\">")
		w.text(tr(lang, key))
		w.raw("</h2>\n<div class=\"svg-wrap\">")
		w.raw(svg) // written by heatMap and bars through hw
		w.raw("</div>\n<details><summary>")
		w.text(tr(lang, "dash.table"))
		w.raw("</summary>")
		w.table(t, false)
		w.raw("</details>\n</section>")
	}
	more := func(w hw, page, id string, n int) {
		w.raw("\n<p><a href=\"")
		w.url(root)
		w.raw(page + "#h-" + id + "\">")
		w.text(tr(lang, "dash.more"))
		w.raw(" (")
		w.int(n)
		w.raw(")</a></p>")
	}
	return func(w hw) {
		w.raw("\n<h1>")
		w.text(title)
		w.raw("</h1>\n<p class=\"lead\">")
		w.text(org)
		w.raw(" — ")
		w.text(tr(lang, "total"))
		w.raw(" ")
		w.int(d.Total)
		w.raw("</p>\n<div class=\"cards\">")
		counts(w, "kinds", "dash.kinds", "kind", d.Kinds, false)
		counts(w, "residual", "dash.residual", "residual", d.Residual, true)
		counts(w, "decision", "dash.decision", "decision", d.Decisions, true)
		counts(w, "status", "dash.status", "status", d.Statuses, true)
		w.raw("\n</div>\n<div class=\"charts\">")
		chart(w, "heat", "dash.heat", d.HeatMap, &d.HeatTable)
		chart(w, "bars", "dash.bars", d.Bars, &d.BarsTable)
		w.raw("\n</div>\n<section aria-labelledby=\"h-overdue\">\n<h2 id=\"h-overdue\">")
		w.text(tr(lang, "dash.overdue"))
		w.raw("</h2>\n")
		w.dueTable(lang, root, tr(lang, "dash.overdue"), d.Overdue, true)
		if d.OverdueCount > len(d.Overdue) {
			more(w, "due.html", "overdue", d.OverdueCount)
		}
		w.raw("\n</section>\n<section aria-labelledby=\"h-chase\">\n<h2 id=\"h-chase\">")
		w.text(tr(lang, "plan.chase"))
		w.raw("</h2>\n")
		if len(d.Chase) > 0 {
			w.dueTable(lang, root, tr(lang, "plan.chase"), d.Chase, true)
		} else {
			w.raw("\n<p class=\"muted\">")
			w.text(tr(lang, "plan.chase.none"))
			w.raw("</p>")
		}
		w.raw("\n<p><a href=\"")
		w.url(root)
		w.raw("plan.html#h-chase\">")
		w.text(tr(lang, "dash.plan"))
		if d.ChaseCount > len(d.Chase) {
			w.raw(" (")
			w.int(d.ChaseCount)
			w.raw(")")
		}
		w.raw("</a></p>\n</section>\n<section aria-labelledby=\"h-upcoming\">\n<h2 id=\"h-upcoming\">")
		w.text(tr(lang, "dash.upcoming"))
		w.raw("</h2>\n")
		w.dueTable(lang, root, tr(lang, "dash.upcoming"), d.Upcoming, true)
		if d.UpcomingCount > len(d.Upcoming) {
			more(w, "due.html", "upcoming", d.UpcomingCount)
		}
		w.raw("\n</section>")
	}
}

// fact writes one <div class="fact"> of a description list with the
// label of key and the value written by value.
func (w hw) factOf(lang riskassess.Lang, key string, value func()) {
	w.raw(`<div class="fact"><dt>`)
	w.text(tr(lang, key))
	w.raw(`</dt><dd>`)
	value()
	w.raw(`</dd></div>`)
}

// requirementsContent writes requirements.html: every requirement with
// the count of entries not meeting it and a link to its detail page.
func requirementsContent(lang riskassess.Lang, root, title string, reqs []reqView) func(hw) {
	return func(w hw) {
		w.raw("\n<h1>")
		w.text(title)
		w.raw("</h1>\n<p class=\"lead\">")
		w.text(tr(lang, "reqs.intro"))
		w.raw("</p>")
		if len(reqs) == 0 {
			w.raw("\n<p class=\"muted\">")
			w.text(tr(lang, "none"))
			w.raw("</p>")
		}
		for i := range reqs {
			r := &reqs[i]
			w.raw("\n<section class=\"requirement\" id=\"")
			w.text(r.Anchor)
			w.raw("\" aria-labelledby=\"")
			w.text(r.Anchor)
			w.raw("-h\">\n<h2 id=\"")
			w.text(r.Anchor)
			w.raw("-h\"><span class=\"req-id\">")
			w.text(r.ID)
			w.raw("</span> ")
			w.text(r.Title)
			w.raw("</h2>\n<dl class=\"facts compact\">")
			for _, kv := range [...]struct{ key, v string }{{"req", r.Text}, {"clause", r.Clause}, {"severity", r.Severity}, {"kinds", r.Kinds}, {"attested", r.AttestedBy}} {
				if kv.v != "" {
					w.factOf(lang, kv.key, func() { w.text(kv.v) })
				}
			}
			w.raw("\n")
			w.factOf(lang, "reqs.failing", func() {
				if len(r.hits) == 0 {
					w.text(tr(lang, "none"))
					return
				}
				for j, c := range [...]struct {
					class, key string
					n          int
				}{{"outcome-not-met", "reqs.notmet", r.NotMet}, {"outcome-partial", "reqs.partial", r.Partial}, {"outcome-not-answered", "reqs.notanswered", r.NotAnswered}} {
					if j > 0 {
						w.raw(" ")
					}
					w.raw(`<span class="badge ` + c.class + `">`)
					w.text(tr(lang, c.key))
					w.raw(" ")
					w.int(c.n)
					w.raw(`</span>`)
				}
				w.raw(` — <a href="`)
				w.url(root)
				w.url(r.Href)
				w.raw(`">`)
				w.text(tr(lang, "reqs.detail"))
				w.raw(`</a>`)
			})
			w.raw("\n</dl>\n</section>")
		}
	}
}

// accountsContent writes accounts.html: where to report a fake account,
// and the official accounts (with a link to each one's entry page on the
// internal site).
func accountsContent(lang riskassess.Lang, root, title string, p *accountsPage) func(hw) {
	return func(w hw) {
		w.raw("\n<h1>")
		w.text(title)
		w.raw("</h1>\n<p class=\"lead\">")
		w.text(tr(lang, "accounts.intro"))
		w.raw("</p>")
		if c := p.Contact; c != nil {
			w.raw("\n<section class=\"contact\" aria-labelledby=\"h-contact\">\n<h2 id=\"h-contact\">")
			w.text(tr(lang, "accounts.report"))
			w.raw("</h2>\n<p>")
			w.text(tr(lang, "accounts.report.lead"))
			w.raw("</p>\n<dl class=\"facts compact\">\n")
			w.factOf(lang, "accounts.contact", func() { w.text(c.Name) })
			if c.Phone != "" {
				w.raw("\n")
				w.factOf(lang, "accounts.phone", func() { w.text(c.Phone) })
			}
			if c.Email != "" {
				w.raw("\n")
				w.factOf(lang, "accounts.email", func() {
					w.raw(`<a href="`)
					w.url(c.EmailHref)
					w.raw(`">`)
					w.text(c.Email)
					w.raw(`</a>`)
				})
			}
			if c.URL.Text != "" {
				w.raw("\n")
				w.factOf(lang, "accounts.form", func() { w.linkHrefFirst(c.URL) })
			}
			w.raw("\n</dl>\n</section>")
		}
		if p.NoContact {
			w.raw("\n<p class=\"help\">")
			w.text(tr(lang, "accounts.nocontact"))
			w.raw(" <code>public_contact</code>")
			w.text(tr(lang, "closeparen"))
			w.raw("</p>")
		}
		if len(p.Rows) == 0 {
			w.raw("\n<section aria-labelledby=\"h-accounts\">\n<h2 id=\"h-accounts\">")
			w.text(tr(lang, "accounts.caption"))
			w.raw("</h2>\n<p class=\"muted\">")
			w.text(tr(lang, "accounts.none"))
			w.raw("</p>\n</section>")
			return
		}
		w.tableOpenClass(tr(lang, "accounts.caption"), false, trs(lang, "handle", "platform", "accountstatus", "purpose", "section"), "stack")
		for i := range p.Rows {
			r := &p.Rows[i]
			w.raw("\n<tr><th scope=\"row\">")
			w.linkHrefFirst(r.Link)
			if r.Entry != nil {
				w.raw(` <a class="small" href="`)
				w.url(root)
				w.url(r.Entry.Href)
				w.raw(`">（`)
				w.text(tr(lang, "entry"))
				w.raw(`）</a>`)
			}
			w.raw(`</th>`)
			w.td(tr(lang, "platform"))
			w.text(r.Platform)
			w.raw(`</td>`)
			w.td(tr(lang, "accountstatus"))
			w.badge(r.StatusClass, r.Status)
			if r.Notice.Text != "" {
				w.raw(" ")
				w.linkHrefFirst(r.Notice)
			}
			w.raw(`</td>`)
			w.td(tr(lang, "purpose"))
			w.dash(r.Purpose)
			w.raw(`</td>`)
			w.td(tr(lang, "section"))
			w.dash(r.Section)
			w.raw(`</td></tr>`)
		}
		w.tableClose()
	}
}

// downloadsContent writes downloads.html: the files with what they hold.
func downloadsContent(lang riskassess.Lang, title string, rows []downloadRow) func(hw) {
	return func(w hw) {
		w.raw("<h1>")
		w.text(title)
		w.raw("</h1>\n<p class=\"lead\">")
		w.text(tr(lang, "downloads.intro"))
		w.raw("</p>\n<div class=\"table-wrap\">\n<table class=\"data\">\n<caption>")
		w.text(title)
		w.raw("</caption>\n<thead><tr>")
		colHeads(w, lang, "file", "desc")
		w.raw(`<th scope="col" class="num">`)
		w.text(tr(lang, "rows"))
		w.raw("</th></tr></thead>\n<tbody>")
		for _, r := range rows {
			w.raw("\n<tr><th scope=\"row\"><a href=\"")
			w.url(r.Href)
			w.raw("\" download>")
			w.text(r.Name)
			w.raw("</a></th><td>")
			w.text(r.Desc)
			w.raw("</td><td class=\"num\">")
			w.int(r.Rows)
			w.raw("</td></tr>")
		}
		w.raw("\n</tbody>\n</table>\n</div>")
	}
}

// publicIndexContent writes index.html of the public site.
func publicIndexContent(lang riskassess.Lang, title string) func(hw) {
	return func(w hw) {
		w.raw("<h1>")
		w.text(title)
		w.raw("</h1>\n<p class=\"lead\">")
		w.text(tr(lang, "public.intro"))
		w.raw("</p>\n<ul class=\"big-links\">\n<li><a href=\"accounts.html\">")
		w.text(tr(lang, "nav.accounts"))
		w.raw("</a></li>\n<li><a href=\"services.html\">")
		w.text(tr(lang, "nav.services"))
		w.raw("</a></li>\n</ul>")
	}
}

// servicesContent writes services.html of the public site: the approved
// services with purpose, section and approval.
func servicesContent(lang riskassess.Lang, title string, rows []serviceRow) func(hw) {
	return func(w hw) {
		w.raw("<h1>")
		w.text(title)
		w.raw("</h1>\n<p class=\"lead\">")
		w.text(tr(lang, "services.intro"))
		w.raw("</p>")
		if len(rows) == 0 {
			w.raw("\n<p class=\"muted\">")
			w.text(tr(lang, "none"))
			w.raw("</p>")
			return
		}
		w.tableOpen(tr(lang, "services.caption"), false, trs(lang, "name", "purpose", "section", "status"))
		for _, r := range rows {
			w.raw("\n<tr><th scope=\"row\">")
			w.text(r.Name)
			w.raw("</th><td>")
			w.dash(r.Purpose)
			w.raw("</td><td>")
			w.dash(r.Section)
			w.raw("</td><td>")
			w.text(r.Status)
			w.raw("</td></tr>")
		}
		w.tableClose()
	}
}
