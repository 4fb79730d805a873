package sitegen

import (
	"bytes"
	"embed"
	"errors"
	"fmt"
	"html/template"
	"strings"
	"sync"
)

//go:embed templates
var files embed.FS

// pageTemplates are the page templates; each is parsed with layout.html.
var pageTemplates = []string{"index", "register", "bare", "generic", "requirements", "accounts", "downloads", "public-index", "services"}

// parseTemplates parses the layout once and each page template on a clone
// of it.
func parseTemplates(opts *Options) (map[string]*template.Template, error) {
	lang := opts.Lang
	funcs := template.FuncMap{
		"t": func(key string) string { return tr(lang, key) },
		"tableHTML": func(t tableView) template.HTML {
			var b bytes.Buffer
			hw{&b}.table(&t, false)
			return template.HTML(b.String())
		},
		"dueTableHTML": func(root, caption string, rows []dueRow) template.HTML {
			var b bytes.Buffer
			hw{&b}.dueTable(lang, root, caption, rows, true)
			return template.HTML(b.String())
		},
	}
	base, err := template.New("layout.html").Funcs(funcs).ParseFS(files, "templates/layout.html")
	if err != nil {
		return nil, err
	}
	out := map[string]*template.Template{}
	for _, name := range pageTemplates {
		t, err := base.Clone()
		if err != nil {
			return nil, err
		}
		if _, err := t.ParseFS(files, "templates/"+name+".html"); err != nil {
			return nil, fmt.Errorf("template %s: %w", name, err)
		}
		out[name] = t
	}
	return out, nil
}

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
		b, err := files.ReadFile("templates/assets/" + n)
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

// pageRenderer executes the page templates. Pages with the "bare" template
// (entry and requirement pages: thousands of them) do not execute the
// layout each time: the layout is executed once per (root, menu item) with
// sentinels for the title and the content, and each page is written as
// head + escaped title + middle + content + tail. The bytes are the same as
// executing the layout, which TestBareLayoutCache checks.
type pageRenderer struct {
	ts      map[string]*template.Template
	mu      sync.Mutex
	layouts map[string]*layoutParts
}

type layoutParts struct{ head, mid, tail string }

const (
	titleSentinel   = "RRTITLE9f3c2a7e"
	contentSentinel = "RRCONTENT9f3c2a7e"
)

func newPageRenderer(opts *Options) (*pageRenderer, error) {
	ts, err := parseTemplates(opts)
	if err != nil {
		return nil, err
	}
	return &pageRenderer{ts: ts, layouts: map[string]*layoutParts{}}, nil
}

// render writes page p into b.
func (r *pageRenderer) render(b *bytes.Buffer, p *page) error {
	if testHookPage != nil {
		if err := testHookPage(p.path); err != nil {
			return err
		}
	}
	b.Grow(p.size)
	if p.raw != nil {
		return p.raw(b)
	}
	t := r.ts[p.tmpl]
	if t == nil {
		return fmt.Errorf("no template %q", p.tmpl)
	}
	pv := p.data.(*pageView)
	if p.tmpl == "bare" && p.content != nil {
		lp, err := r.layout(pv)
		if err != nil {
			return err
		}
		b.WriteString(lp.head)
		hw{b}.text(pv.Title)
		b.WriteString(lp.mid)
		if err := p.content(hw{b}); err != nil {
			return err
		}
		b.WriteString(lp.tail)
		return nil
	}
	if p.content != nil {
		var c bytes.Buffer
		c.Grow(p.size)
		if err := p.content(hw{&c}); err != nil {
			return err
		}
		pv.Content = template.HTML(c.String())
	}
	return t.ExecuteTemplate(b, "layout", pv)
}

// layout returns the layout parts for pv's root and menu item.
func (r *pageRenderer) layout(pv *pageView) (*layoutParts, error) {
	key := pv.Root + "|" + pv.Nav
	r.mu.Lock()
	defer r.mu.Unlock()
	if lp := r.layouts[key]; lp != nil {
		return lp, nil
	}
	v := *pv
	v.Title, v.Content, v.Body = titleSentinel, contentSentinel, nil
	var b bytes.Buffer
	if err := r.ts["bare"].ExecuteTemplate(&b, "layout", &v); err != nil {
		return nil, err
	}
	s := b.String()
	if strings.Count(s, titleSentinel) != 1 || strings.Count(s, contentSentinel) != 1 {
		return nil, errors.New("layout: title or content appears more than once")
	}
	head, rest, _ := strings.Cut(s, titleSentinel)
	mid, tail, ok := strings.Cut(rest, contentSentinel)
	if !ok {
		return nil, errors.New("layout: content before title")
	}
	lp := &layoutParts{head, mid, tail}
	r.layouts[key] = lp
	return lp, nil
}
