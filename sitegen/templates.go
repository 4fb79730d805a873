package sitegen

import (
	"bytes"
	"embed"
	"fmt"
	"html/template"
)

//go:embed templates
var files embed.FS

// pageTemplates are the page templates; each is parsed with layout.html.
var pageTemplates = []string{"index", "register", "entry", "owners", "approvals", "requirements", "accounts", "downloads", "public-index", "services"}

type tblArg struct {
	Root string
	T    tableView
}

type dueArg struct {
	Root    string
	Caption string
	Rows    []dueRow
}

type entryArg struct {
	Root string
	E    entryRow
}

// parseTemplates parses the layout once and each page template on a clone
// of it.
func parseTemplates(opts *Options) (map[string]*template.Template, error) {
	lang := opts.Lang
	funcs := template.FuncMap{
		"t":         func(key string) string { return tr(lang, key) },
		"tbl":       func(root string, t tableView) tblArg { return tblArg{root, t} },
		"dueTable":  func(root, caption string, rows []dueRow) dueArg { return dueArg{root, caption, rows} },
		"entryLink": func(root string, e entryRow) entryArg { return entryArg{root, e} },
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
