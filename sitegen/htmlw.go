package sitegen

import (
	"bytes"
	"fmt"
	"io"
	"slices"
	"strconv"
	"strings"

	"github.com/gikai-sec/riskregister/riskassess"
)

// hw is the one way sitegen writes HTML: every page is the layout
// (layout.go) around a content function, and every content function, the
// SVG charts included, writes through hw, in the style of goldmark's
// renderers. Markup is written with raw (trusted constants only), values
// with text (element text and double-quoted attribute values: the pages
// have no other attribute form), URL attribute values with url, numbers
// with int and rawf. There is no template and no other escaper in the
// package (TestOneEscaper).
//
// A direct writer is used rather than html/template because its cost per
// byte is what a 10,000-entry build spends most of its time on: executing
// a template costs about a microsecond per action (reflection plus the
// escaper call), and an entry page with 40 findings has over a thousand.
//
// s, when not nil, takes the bytes of b out as the page is written (a
// page made from every entry is not held whole: renderAndWrite).
type hw struct {
	b *bytes.Buffer
	s *spill
}

// raw writes trusted markup: constants of the code, or HTML produced by
// goldmark with raw HTML off (notes, guides). Never data from the
// register. With a spill, b is handed to it once it holds spillSize
// bytes: every page writes markup between its rows, so b stays about
// that size.
func (w hw) raw(s string) {
	w.b.WriteString(s)
	if w.s != nil && w.b.Len() >= spillSize {
		w.s.flush(w.b)
	}
}

// spillSize is how many bytes of a spilled page hw holds before writing
// them out.
const spillSize = 256 << 10

// spill writes the bytes of a page to w while the page is rendered.
type spill struct {
	w io.Writer
	// err is the first error of w; nothing is written after it.
	err error
}

// flush writes the bytes of b to s.w (unless an earlier write failed)
// and empties b.
func (s *spill) flush(b *bytes.Buffer) {
	if s.err == nil {
		_, s.err = s.w.Write(b.Bytes())
	}
	b.Reset()
}

// textEsc marks the bytes text replaces; everything else is copied.
var textEsc = [256]bool{'&': true, '<': true, '>': true, '"': true, '\'': true, 0: true}

// text writes s escaped for use as element text or inside a double-quoted
// attribute value: & < > " ' become character references and NUL becomes
// U+FFFD, as html/template does ('+', which html/template also escapes
// against UTF-7 sniffing, is left: every page declares UTF-8 first, and
// browsers no longer know UTF-7). Invalid UTF-8 is copied unchanged.
func (w hw) text(s string) {
	last := 0
	for i := 0; i < len(s); i++ {
		// Eight bytes at a time while none of them needs escaping: most
		// text is Japanese, whose UTF-8 bytes are all 0x80 or above.
		for i+8 <= len(s) {
			if x := load64(s, i); !allAbove3F(x) && wordHasEsc(x) {
				break
			}
			i += 8
		}
		if i >= len(s) {
			break
		}
		if !textEsc[s[i]] {
			continue
		}
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
		default: // NUL
			rep = "\uFFFD"
		}
		w.b.WriteString(s[last:i])
		w.b.WriteString(rep)
		last = i + 1
	}
	w.b.WriteString(s[last:])
}

// load64 returns the eight bytes of s from i as a little-endian word.
func load64(s string, i int) uint64 {
	s = s[i : i+8]
	return uint64(s[0]) | uint64(s[1])<<8 | uint64(s[2])<<16 | uint64(s[3])<<24 |
		uint64(s[4])<<32 | uint64(s[5])<<40 | uint64(s[6])<<48 | uint64(s[7])<<56
}

const (
	lsb8 = 0x0101010101010101 // the low bit of each byte
	msb8 = 0x8080808080808080 // the high bit of each byte
)

// hasZeroByte reports whether a byte of x is 0 (exact: the borrows of the
// subtraction can misplace which byte, never whether one is).
func hasZeroByte(x uint64) bool { return (x-lsb8)&^x&msb8 != 0 }

// allAbove3F reports whether every byte of x is 0x40 or above (bit 7 or
// bit 6 set), and so needs no escaping.
func allAbove3F(x uint64) bool { return (x|x<<1)&msb8 == msb8 }

// wordHasEsc reports whether one of the eight bytes of x is one that text
// escapes (textEsc: NUL " & ' < >, all below 0x40).
func wordHasEsc(x uint64) bool {
	return hasZeroByte(x) || hasZeroByte(x^(lsb8*'"')) || hasZeroByte(x^(lsb8*'&')) ||
		hasZeroByte(x^(lsb8*'\'')) || hasZeroByte(x^(lsb8*'<')) || hasZeroByte(x^(lsb8*'>'))
}

// unsafeURL is what url writes instead of a URL whose scheme is refused;
// the same marker as html/template's.
const unsafeURL = "#ZgotmplZ"

// safeURL is the one URL filter of sitegen: it reports whether s, used as
// a link, can only navigate. A URL with a scheme (the text before the
// first ':' when it holds none of '/', '?' and '#') is allowed only for
// http, https and mailto, in any case; javascript:, vbscript:, data:,
// file:, tel:, every other scheme, and anything a browser could read as
// one after dropping spaces, tabs or newlines (" javascript:",
// "java\tscript:") or decoding references ("&#106;avascript:") are
// refused. A URL without a scheme (a relative path, "#frag", "?q=a:b",
// "//host/x") is allowed. This is html/template's filter, except that a
// ':' after '?' or '#' (a fragment "#f-A:1") does not make a scheme, as it
// does not for the browser (a scheme is letters, digits, '+', '-', '.').
// The register's own URLs pass a stricter policy on top of it
// (classifyURL).
func safeURL(s string) bool {
	scheme, _, ok := strings.Cut(s, ":")
	if !ok || strings.ContainsAny(scheme, "/?#") {
		return true
	}
	return strings.EqualFold(scheme, "http") || strings.EqualFold(scheme, "https") || strings.EqualFold(scheme, "mailto")
}

// url writes s as (part of) a double-quoted URL attribute value: when
// safeURL refuses it, unsafeURL; otherwise s normalised as html/template
// does (every byte outside the unreserved and reserved sets of RFC 3986,
// such as spaces, quotes, '<', '>', parentheses and non-ASCII, is
// percent-encoded; valid %XX escapes are kept) and with '&' as &amp;.
// Each part of a URL written in pieces (root + path) is filtered on its
// own, as html/template filtered each action.
func (w hw) url(s string) {
	if !safeURL(s) {
		w.b.WriteString(unsafeURL)
		return
	}
	w.urlRest(s)
}

// urlRest writes s normalised and escaped as url does, without the
// filter: for a part of a URL after its start was written as a constant
// (a path and "#"), where no scheme can begin.
func (w hw) urlRest(s string) {
	last := 0
	for i := 0; i < len(s); i++ {
		c := s[i]
		switch {
		case 'a' <= c && c <= 'z', 'A' <= c && c <= 'Z', '0' <= c && c <= '9':
			continue
		}
		switch c {
		case '!', '#', '$', '*', '+', ',', '/', ':', ';', '=', '?', '@', '[', ']', '-', '.', '_', '~':
			continue
		case '%':
			if i+2 < len(s) && isHex(s[i+1]) && isHex(s[i+2]) {
				continue
			}
		}
		w.b.WriteString(s[last:i])
		if c == '&' {
			w.b.WriteString("&amp;")
		} else {
			w.b.WriteByte('%')
			w.b.WriteByte("0123456789abcdef"[c>>4])
			w.b.WriteByte("0123456789abcdef"[c&15])
		}
		last = i + 1
	}
	w.b.WriteString(s[last:])
}

// reqLink writes the href value of requirement id's place on
// requirements.html from a page at root (reqAnchor).
func (w hw) reqLink(root, id string) {
	w.url(root)
	w.raw("requirements.html#" + reqAnchorPrefix)
	w.urlRest(id)
}

func isHex(c byte) bool {
	return '0' <= c && c <= '9' || 'a' <= c && c <= 'f' || 'A' <= c && c <= 'F'
}

// int writes n in decimal.
func (w hw) int(n int) {
	var a [20]byte
	w.b.Write(strconv.AppendInt(a[:0], int64(n), 10))
}

// rawf writes fmt.Sprintf(format, args...) unescaped, for markup with
// numbers (the coordinates of the charts). It panics when an argument is
// not a number: text goes through text.
func (w hw) rawf(format string, args ...any) {
	for _, a := range args {
		switch a.(type) {
		case int, float64:
		default:
			panic(fmt.Sprintf("hw.rawf: %T argument: write text with hw.text", a))
		}
	}
	fmt.Fprintf(w.b, format, args...)
}

// dash writes s escaped, or a muted dash when s is empty.
func (w hw) dash(s string) {
	if s == "" {
		w.raw(`<span class="muted">—</span>`)
		return
	}
	w.text(s)
}

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
	w.url(l.Href)
	w.raw(`"`)
	if l.External {
		w.raw(` rel="noopener noreferrer"`)
	}
	w.raw(`>`)
	w.text(l.Text)
	w.raw(`</a>`)
}

// linkHrefFirst is link in the form of the accounts page: href before the
// class, and no other class.
func (w hw) linkHrefFirst(l linkView) {
	if l.Href == "" {
		w.raw(`<span class="nolink">`)
		w.text(l.Text)
		w.raw(`</span>`)
		return
	}
	w.raw(`<a href="`)
	w.url(l.Href)
	w.raw(`"`)
	if l.External {
		w.raw(` class="ext" rel="noopener noreferrer"`)
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
	w.url(root)
	if r.linkTail != "" {
		w.raw(r.linkTail) // written by builder.row as below
		return
	}
	w.url(r.Href)
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
func (w hw) dueTable(lang riskassess.Lang, root, caption string, rows []dueRow, withEntry bool) {
	w.dueTableOf(lang, root, caption, len(rows), func(i int) dueRow { return rows[i] }, withEntry)
}

// dueTableOf is dueTable for n rows made one at a time by row(i), as
// they are written.
func (w hw) dueTableOf(lang riskassess.Lang, root, caption string, n int, row func(int) dueRow, withEntry bool) {
	if n == 0 {
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
	for i := range n {
		rv := row(i)
		r := &rv
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
