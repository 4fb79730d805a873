package sitegen

import (
	"bytes"
	"slices"
	"strconv"
	"strings"
)

// hw writes HTML fragments for the pages that repeat the same markup
// thousands of times (entry pages, the rows of the big tables). Executing
// html/template costs about a microsecond per action (reflection plus the
// escaper call); an entry page with 40 findings has over a thousand
// actions. The fragments are written here instead, with every text and
// attribute value escaped by esc, and passed to the templates as
// template.HTML (the dashboard's tables through the tableHTML and
// dueTableHTML template functions).
type hw struct{ b *bytes.Buffer }

// raw writes trusted markup.
func (w hw) raw(s string) { w.b.WriteString(s) }

// text writes s escaped for use as text or inside a quoted attribute
// value: & < > " ' become character references.
func (w hw) text(s string) {
	last := 0
	for i := 0; i < len(s); i++ {
		var rep string
		switch s[i] {
		case '&':
			rep = "&amp;"
		case '<':
			rep = "&lt;"
		case '>':
			rep = "&gt;"
		case '"':
			rep = "&#34;"
		case '\'':
			rep = "&#39;"
		case 0:
			rep = "\uFFFD"
		default:
			continue
		}
		w.b.WriteString(s[last:i])
		w.b.WriteString(rep)
		last = i + 1
	}
	w.b.WriteString(s[last:])
}

// dash writes s escaped, or a muted dash when s is empty.
func (w hw) dash(s string) {
	if s == "" {
		w.raw(`<span class="muted">—</span>`)
		return
	}
	w.text(s)
}

func (w hw) int(n int) { w.b.WriteString(strconv.Itoa(n)) }

// badge writes <span class="badge CLASS">TEXT</span>.
func (w hw) badge(class, text string) {
	w.raw(`<span class="badge `)
	w.text(class)
	w.raw(`">`)
	w.text(text)
	w.raw(`</span>`)
}

// link writes an <a> for l, or its text in a span when it has no href.
func (w hw) link(l linkView, class string) {
	if l.Href == "" {
		w.raw(`<span class="nolink">`)
		w.text(l.Text)
		w.raw(`</span>`)
		return
	}
	if l.External {
		class = joinNonEmpty(" ", class, "ext")
	}
	w.raw(`<a`)
	if class != "" {
		w.raw(` class="`)
		w.text(class)
		w.raw(`"`)
	}
	w.raw(` href="`)
	w.text(l.Href)
	w.raw(`"`)
	if l.External {
		w.raw(` rel="noopener noreferrer"`)
	}
	w.raw(`>`)
	w.text(l.Text)
	w.raw(`</a>`)
}

// entryLink writes a link to entry r from a page at root.
func (w hw) entryLink(root string, r *entryRow) {
	if r.Href == "" {
		w.text(r.Name)
		return
	}
	w.raw(`<a href="`)
	w.text(root + r.Href)
	w.raw(`">`)
	w.text(r.Name)
	w.raw(`</a>`)
}

func (w hw) time(d string) { w.timeAs(d, d) }

// timeAs writes a <time> element for the ISO date iso showing shown (the
// date in the site's style); iso is shown when shown is "".
func (w hw) timeAs(iso, shown string) {
	w.raw(`<time datetime="`)
	w.text(iso)
	w.raw(`">`)
	if shown == "" {
		shown = iso
	}
	w.text(shown)
	w.raw(`</time>`)
}

// facts writes a definition list of facts.
func (w hw) facts(fs []fact, class string) {
	w.raw(`<dl class="facts`)
	if class != "" {
		w.raw(" " + class)
	}
	w.raw(`">`)
	for _, f := range fs {
		w.raw("\n<div class=\"fact\"><dt>")
		w.text(f.Label)
		w.raw(`</dt><dd>`)
		switch {
		case len(f.Links) > 0:
			for i, l := range f.Links {
				if i > 0 {
					w.raw("、")
				}
				w.link(l, "")
			}
		case len(f.List) > 0:
			w.raw(`<ul class="plain">`)
			for _, s := range f.List {
				w.raw(`<li>`)
				w.text(s)
				w.raw(`</li>`)
			}
			w.raw(`</ul>`)
		case f.Class != "" && f.Value != "":
			w.badge(f.Class, f.Value)
		case f.Code && f.Value != "":
			w.raw(`<code>`)
			w.text(f.Value)
			w.raw(`</code>`)
		default:
			w.dash(f.Value)
		}
		w.raw(`</dd></div>`)
	}
	w.raw("\n</dl>")
}

// table writes t in a scroll container; the first cell of each row is a
// row header. hideCaption makes the caption visually hidden (when a
// heading above says the same).
func (w hw) table(t *tableView, hideCaption bool) { w.tableClass(t, hideCaption, "") }

// tableClass is table with more classes on the table (tableOpenClass);
// with "stack" each data cell carries its column's label, so that a row
// reads as a card on a phone.
func (w hw) tableClass(t *tableView, hideCaption bool, class string) {
	w.tableOpenClass(t.Caption, hideCaption, t.Head, class)
	stack := strings.Contains(" "+class+" ", " stack ")
	for _, row := range t.Rows {
		w.raw("\n<tr>")
		for i, c := range row {
			switch {
			case i == 0:
				w.raw(`<th scope="row">`)
			case stack && i < len(t.Head):
				w.td(t.Head[i])
			default:
				w.raw(`<td>`)
			}
			switch {
			case c.Href != "":
				w.link(linkView{Text: c.Text, Href: c.Href, External: c.Ext}, "")
			case c.Class != "":
				w.raw(`<span class="`)
				w.text(c.Class)
				w.raw(`">`)
				w.text(c.Text)
				w.raw(`</span>`)
			default:
				w.dash(c.Text)
			}
			if i == 0 {
				w.raw(`</th>`)
			} else {
				w.raw(`</td>`)
			}
		}
		w.raw(`</tr>`)
	}
	w.tableClose()
}

// tableOpen writes the opening of a data table in its scroll container, up
// to <tbody>: the caption (visually hidden when hideCaption) and a column
// header for each of head.
func (w hw) tableOpen(caption string, hideCaption bool, head []string) {
	w.tableOpenClass(caption, hideCaption, head, "")
}

// tableOpenClass is tableOpen with more classes on the table: "stack"
// lays each row out as a card on narrow screens (site.css); its cells
// then need data-label (td).
func (w hw) tableOpenClass(caption string, hideCaption bool, head []string, class string) {
	w.raw("\n<div class=\"table-wrap\">\n<table class=\"data")
	if class != "" {
		w.raw(" ")
		w.text(class)
	}
	w.raw("\">\n<caption")
	if hideCaption {
		w.raw(` class="vh"`)
	}
	w.raw(`>`)
	w.text(caption)
	w.raw("</caption>\n<thead><tr>")
	for _, h := range head {
		w.raw(`<th scope="col">`)
		w.text(h)
		w.raw(`</th>`)
	}
	w.raw("</tr></thead>\n<tbody>")
}

// td opens a data cell labelled with its column's header, for the
// stacked layout of narrow screens.
func (w hw) td(label string) {
	w.raw(`<td data-label="`)
	w.text(label)
	w.raw(`">`)
}

// tableClose closes what tableOpen opened.
func (w hw) tableClose() { w.raw("\n</tbody>\n</table>\n</div>") }

// dueTable writes due items as a table with a visually hidden caption, or
// "caption: none". withEntry adds the column naming each item's entry: on
// an entry's own page every row would repeat the page's entry, so it is
// left out there.
func (w hw) dueTable(lang, root, caption string, rows []dueRow, withEntry bool) {
	if len(rows) == 0 {
		w.raw("\n<p class=\"muted\">")
		w.text(caption + ": " + tr(lang, "none"))
		w.raw(`</p>`)
		return
	}
	head := trs(lang, "date", "item", "entry", "what", "section")
	if !withEntry {
		head = slices.Delete(head, 2, 3) // "entry"
	}
	w.tableOpen(caption, true, head)
	for i := range rows {
		r := &rows[i]
		w.raw("\n<tr><th scope=\"row\">")
		w.timeAs(r.Date, r.Shown)
		if r.Overdue {
			w.raw(` `)
			w.badge("overdue", tr(lang, "overdue"))
		}
		w.raw(`</th><td>`)
		w.text(r.Label)
		if withEntry {
			w.raw(`</td><td>`)
			w.entryLink(root, r.Entry)
		}
		w.raw(`</td><td>`)
		w.dash(r.What)
		w.raw(`</td><td>`)
		w.dash(r.Section)
		w.raw(`</td></tr>`)
	}
	w.tableClose()
}
