package sitegen

import (
	"net/url"
	"path"
	"strconv"
	"strings"
	"sync"

	"github.com/gikai-sec/riskregister/riskassess"
	"github.com/yuin/goldmark"
	"github.com/yuin/goldmark/ast"
	"github.com/yuin/goldmark/parser"
	"github.com/yuin/goldmark/text"
)

// CodeLinkNotInSite is the code of riskregister build's warning of a
// MissingLink (docs/errors.md).
const (
	// CodeLinkNotInSite: a warning of riskregister build and serve, not of the
	// loader (the register stays valid): a relative link the site shows
	// (evidence[].url, sla.url, the social url, notice_url, listed_on,
	// posting_rules) names no file of the site built (サイトにないファイル
	// へのリンク). build replaces the output folder as a whole, so a file
	// put there by hand is removed by the next build and the link breaks.
	// A document's name (no slash, no extension: classifyURL) is text,
	// not a link, and not reported.
	//
	// Example:
	//	evidence: [{title: 契約書, url: docs/keiyaku.pdf}]
	// Fix: write the document's https:// URL on the council's server; for
	// a document on a file share, leave url out and write its name and
	// place in title (posting_rules, sla.url: the name and place in the
	// field itself).
	CodeLinkNotInSite = "link-not-in-site"
)

// MissingLink is a relative link of an entry, shown as a link on a page of
// the site, that names no file of the site (Report.MissingLinks). Build
// replaces the output folder as a whole, so a file put there by hand is
// gone after the next build and the link does not open.
type MissingLink struct {
	Kind riskassess.Kind
	ID   string
	// File is the entry's file in the register folder
	// (riskassess.Common.Source), Path the field ("evidence[0].url"),
	// URL the link as written.
	File, Path, URL string
}

// missingLinks lists the relative links the site's pages show that name
// no file of pages: on the staff site evidence[].url, the links of notes
// (notesLinks resolves them from the site root too), sla.url and the
// social url, notice_url, listed_on and posting_rules; on the public site
// the notice_url of the accounts it lists. A link to a folder of the site
// ("downloads/") or to a page's anchor only ("#top") names a file. The
// result is in register order (contractors, services, social accounts).
func missingLinks(reg *riskassess.Register, pages []*page, opts *Options) []MissingLink {
	files := make(map[string]bool, len(pages))
	for _, p := range pages {
		files[p.path] = true
		for d := path.Dir(p.path); d != "."; d = path.Dir(d) {
			files[d] = true
		}
	}
	var out []MissingLink
	check := func(e riskassess.Entry, field, raw string) {
		if classifyURL(raw) != linkRelative {
			return
		}
		u, err := url.Parse(raw)
		if err != nil {
			return
		}
		if t := path.Clean(u.Path); t != "." && !files[t] {
			b := e.Base()
			out = append(out, MissingLink{Kind: e.Kind(), ID: b.ID, File: b.Source, Path: field, URL: raw})
		}
	}
	for _, e := range reg.Entries() {
		if opts.Public {
			if s, ok := e.(*riskassess.Social); ok && publishedAccount(s, opts.AsOf) {
				check(e, "notice_url", s.NoticeURL)
			}
			continue
		}
		for i, l := range e.Base().Evidence {
			check(e, "evidence["+strconv.Itoa(i)+"].url", l.URL)
		}
		for _, d := range notesLinkDests(e.Base().Notes) {
			check(e, "notes", d)
		}
		switch x := e.(type) {
		case *riskassess.Service:
			if x.SLA != nil {
				check(e, "sla.url", x.SLA.URL)
			}
		case *riskassess.Social:
			for _, f := range []struct{ name, v string }{
				{"url", x.URL}, {"notice_url", x.NoticeURL}, {"listed_on", x.ListedOn}, {"posting_rules", x.PostingRules},
			} {
				check(e, f.name, f.v)
			}
		}
	}
	return out
}

// notesParser parses notes for their links (notesLinkDests), made once.
var notesParser = sync.OnceValue(func() parser.Parser { return goldmark.DefaultParser() })

// notesLinkDests returns the destinations of the links of the notes src
// that may name a file of the site, decoded as notesLinks reads them
// (resolvedDest). Notes that can have no such link are not parsed
// (mayLinkIntoSite).
func notesLinkDests(src string) []string {
	if !mayLinkIntoSite(src) {
		return nil
	}
	doc := notesParser().Parse(text.NewReader([]byte(src)))
	var out []string
	_ = ast.Walk(doc, func(n ast.Node, entering bool) (ast.WalkStatus, error) {
		if l, ok := n.(*ast.Link); ok && entering {
			out = append(out, resolvedDest(l.Destination))
		}
		return ast.WalkContinue, nil
	})
	return out
}

// mayLinkIntoSite reports whether the notes src may have a link whose
// destination is relative (classifyURL): false when src has no reference
// definition ("]:") and every inline link's destination starts with
// "http://" or "https://" right after its "](", which no relative
// destination does (goldmark's parse of the notes is then spared: at
// 10,000 entries whose notes link to an intranet page, 0.2 s of the
// serial part of a build and 74 MB of garbage). Any other "](" ("](<",
// "]( ", "](docs/") or a "]:" says maybe.
func mayLinkIntoSite(src string) bool {
	if strings.Contains(src, "]:") {
		return true
	}
	for {
		i := strings.Index(src, "](")
		if i < 0 {
			return false
		}
		src = src[i+2:]
		if !strings.HasPrefix(src, "https://") && !strings.HasPrefix(src, "http://") {
			return true
		}
	}
}
