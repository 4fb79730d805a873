package sitegen

import (
	"bytes"
	"embed"
	"strings"
	"sync"
)

//go:embed assets
var files embed.FS

// assetPages returns the static files: the stylesheet, the register script
// (internal site only), the live-reload script (serve only) and the marker
// file that lets Build replace the folder next time.
func assetPages(opts *Options, script bool) []*page {
	names := []string{"site.css"}
	if script {
		names = append(names, "app.js")
	}
	if opts.LiveReload {
		names = append(names, "reload.js")
	}
	var out []*page
	for _, n := range names {
		b, err := files.ReadFile("assets/" + n)
		if err != nil {
			panic(err) // embedded at build time
		}
		out = append(out, &page{path: "assets/" + n, raw: func(w *bytes.Buffer) error { _, err := w.Write(b); return err }})
	}
	out = append(out, &page{path: markerFile, raw: func(w *bytes.Buffer) error {
		_, err := w.WriteString("This folder is written by `riskregister build`; it is replaced as a whole on every build.\n")
		return err
	}})
	return out
}

// renderPage writes page p into b: its raw bytes, or the layout around its
// content. An error of the content function (or of testHookPage) is
// returned as is; b then holds part of the page.
func renderPage(b *bytes.Buffer, p *page) error {
	return renderPageTo(b, p, nil)
}

// renderPageTo is renderPage, with the HTML of the layout and content
// handed to s (when not nil) as it is written: b then holds the last
// bytes, fewer than spillSize and a row or so, which the caller writes
// after them; raw files are written into b whole. An error of s is left
// in s.err.
func renderPageTo(b *bytes.Buffer, p *page, s *spill) error {
	if testHookPage != nil {
		if err := testHookPage(p.path); err != nil {
			return err
		}
	}
	if p.raw != nil || s == nil {
		b.Grow(p.size)
	}
	if p.raw != nil {
		return p.raw(b)
	}
	root := rootOf(p.path)
	v := &pageView{Lang: p.site.lang, Root: root, Title: p.title, Nav: p.nav, Site: p.site}
	content := p.view(root)
	if p.site.frames == nil {
		return layout(hw{b: b, s: s}, v, content)
	}
	// The same bytes as layout, with the parts that do not depend on the
	// page's title or content written once per site (frameOf).
	f := p.site.frames.of(v)
	w := hw{b: b, s: s}
	w.raw(f.head)
	w.text(v.Title)
	w.raw(f.top)
	if err := content(w); err != nil {
		return err
	}
	w.raw(f.foot)
	return nil
}

// frame is what layout writes around a page's title and content, for one
// root and menu item: head up to <title>, top from after the title to
// <main>, foot from </main> to the end.
type frame struct{ head, top, foot string }

// frames holds the frames of a site, made once per root and menu item
// (a site has three roots and ten menu items; ten thousand pages).
type frames struct {
	mu sync.Mutex
	m  map[[2]string]*frame
}

func newFrames() *frames { return &frames{m: map[[2]string]*frame{}} }

// of returns the frame of v (its Root, Nav and Site), writing it with
// layout the first time.
func (fs *frames) of(v *pageView) *frame {
	k := [2]string{v.Root, v.Nav}
	fs.mu.Lock()
	defer fs.mu.Unlock()
	if f, ok := fs.m[k]; ok {
		return f
	}
	// Layout is written with an empty title and a mark for the content,
	// and cut after "<title>" and around the mark. The mark cannot occur
	// in layout's markup: NUL is never written by text (it becomes
	// U+FFFD) nor url (%00).
	const contentMark = "\x00content\x00"
	var b bytes.Buffer
	mv := *v
	mv.Title = ""
	w := hw{b: &b}
	_ = layout(w, &mv, func(w hw) error { w.raw(contentMark); return nil })
	s := b.String()
	// The title is written right after the first "<title>" (text escapes
	// '<' everywhere before it).
	const titleOpen = "<title>"
	i := strings.Index(s, titleOpen)
	j := strings.Index(s, contentMark)
	if i < 0 || j < i {
		panic("sitegen: layout without <title> before the content")
	}
	i += len(titleOpen)
	f := &frame{head: s[:i], top: s[i:j], foot: s[j+len(contentMark):]}
	fs.m[k] = f
	return f
}

// cspMetaTag is the Content-Security-Policy of every page: nothing but the
// site's own files, no inline script or style.
const cspMetaTag = `<meta http-equiv="Content-Security-Policy" content="default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; object-src 'none'; base-uri 'none'; form-action 'none'">`

// layout writes a whole page: the head (title, stylesheet, scripts), the
// site header with the as-of date, the menu with v.Nav's item current,
// content inside <main>, and the footer with the guides.
func layout(w hw, v *pageView, content func(hw) error) error {
	s, lang := v.Site, v.Lang
	w.raw("<!DOCTYPE html>\n<html lang=\"")
	w.text(string(lang))
	w.raw("\">\n<head>\n<meta charset=\"utf-8\">\n<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n" +
		cspMetaTag + "\n<meta name=\"referrer\" content=\"no-referrer\">\n<title>")
	w.text(v.Title)
	w.raw(" | ")
	w.text(s.OrgName)
	w.raw("</title>\n<link rel=\"stylesheet\" href=\"")
	w.url(v.Root)
	w.raw("assets/site.css\">")
	if !s.Public {
		w.raw("\n<script src=\"")
		w.url(v.Root)
		w.raw("assets/app.js\" defer></script>")
	}
	if s.LiveReload {
		w.raw("\n<script src=\"")
		w.url(v.Root)
		w.raw("assets/reload.js\" defer></script>")
	}
	w.raw("\n</head>\n<body>\n<a class=\"skip\" href=\"#main\">")
	w.text(tr(lang, "skip"))
	w.raw("</a>\n<header class=\"site-header\">\n<p class=\"org\">")
	w.text(s.OrgName)
	w.raw("</p>\n<p class=\"site-title\"><a href=\"")
	w.url(v.Root)
	w.raw("index.html\">")
	w.text(s.Title)
	w.raw("</a></p>")
	if s.AsOf != "" {
		w.raw("\n<p class=\"asof\">")
		w.text(tr(lang, "asof"))
		w.raw(": <time datetime=\"")
		w.text(s.AsOf)
		w.raw("\">")
		w.text(s.AsOfShown)
		w.raw("</time></p>")
	}
	w.raw("\n</header>\n<nav class=\"site-nav\" aria-label=\"")
	w.text(tr(lang, "nav"))
	w.raw("\">\n<ul>")
	for _, m := range s.Menu {
		w.raw("\n<li><a href=\"")
		w.url(v.Root)
		w.url(m.Href)
		w.raw("\"")
		if m.Key == v.Nav {
			w.raw(" aria-current=\"page\"")
		}
		w.raw(">")
		w.text(m.Label)
		w.raw("</a></li>")
	}
	w.raw("\n</ul>\n</nav>\n<main id=\"main\" tabindex=\"-1\">\n")
	if err := content(w); err != nil {
		return err
	}
	w.raw("\n</main>\n<footer class=\"site-footer\">\n<p>")
	if s.Public {
		w.text(tr(lang, "footer.public"))
	} else {
		w.text(tr(lang, "footer"))
	}
	w.raw("</p>")
	if len(s.Guides) > 0 {
		w.raw("\n<p class=\"guides\">")
		w.text(tr(lang, "guides"))
		w.raw(": ")
		for i, g := range s.Guides {
			if i > 0 {
				w.raw(" · ")
			}
			w.raw("<a href=\"")
			w.url(v.Root)
			w.url(g.Href)
			w.raw("\">")
			w.text(g.Label)
			w.raw("</a>")
		}
		w.raw("</p>")
	}
	w.raw("\n</footer>\n</body>\n</html>\n")
	return nil
}
