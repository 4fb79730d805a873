package sitegen

import (
	"bytes"
	"fmt"
	"html"
	"io/fs"
	"path"
	"regexp"
	"strings"
	"unicode/utf8"

	"github.com/gikai-sec/riskregister/docs"
	"github.com/yuin/goldmark"
	"github.com/yuin/goldmark/ast"
	"github.com/yuin/goldmark/extension"
	east "github.com/yuin/goldmark/extension/ast"
	"github.com/yuin/goldmark/parser"
	"github.com/yuin/goldmark/renderer"
	"github.com/yuin/goldmark/text"
	"github.com/yuin/goldmark/util"
)

// guides are the guides of package docs published on the internal site,
// in the order the footer lists them: the Markdown file, the page and the
// text key of its title.
var guides = []struct{ file, page, key string }{
	{"staff-guide.md", "guide/staff.html", "guide.staff"},
	{"vendor-guide.md", "guide/vendor.html", "guide.vendor"},
	{"developer-guide.md", "guide/developer.html", "guide.developer"},
}

// guidePages returns the pages of the guides, rendered from Markdown in
// the site's style (the layout and the stylesheet of every page).
func (b *builder) guidePages(add func(path, title, nav string, size int, content func(root string) func(hw) error)) {
	for _, g := range guides {
		add(g.page, tr(b.lang, g.key), "", 64<<10, func(string) func(hw) error {
			return func(w hw) error {
				h, err := renderGuide(g.file)
				if err != nil {
					return err
				}
				w.raw(`<div class="guide">`)
				w.raw(h)
				w.raw("</div>\n")
				return nil
			}
		})
	}
}

// renderGuide renders the guide file of package docs to HTML: GitHub
// tables, raw HTML off, links to the other guides pointing at their pages,
// links to other files of the repository (which the site does not carry)
// kept as their text, and headings one level down after the first, so
// that the page has one h1.
func renderGuide(file string) (string, error) {
	src, err := fs.ReadFile(docs.Guides, file)
	if err != nil {
		return "", fmt.Errorf("guide %s: %w", file, err)
	}
	md := goldmark.New(goldmark.WithExtensions(extension.Table),
		goldmark.WithParserOptions(parser.WithAutoHeadingID(), parser.WithASTTransformers(util.Prioritized(guideTransform{}, 1000))))
	md.Renderer().AddOptions(renderer.WithOption("Unsafe", false))
	var out bytes.Buffer
	if err := md.Convert(src, &out); err != nil {
		return "", fmt.Errorf("guide %s: %w", file, err)
	}
	return captionTables(out.String()), nil
}

var (
	headingHTML = regexp.MustCompile(`<h[1-6][^>]*>(.*?)</h[1-6]>`)
	anyTag      = regexp.MustCompile(`<[^>]*>`)
)

// captionTables gives every table of a rendered guide a caption (hidden
// on screen, read by screen readers): the text of the heading above it.
func captionTables(h string) string {
	const open = `<table class="data">`
	parts := strings.Split(h, open)
	var b bytes.Buffer
	w := hw{b: &b}
	caption := ""
	for i, p := range parts {
		if i > 0 {
			w.raw(open)
			w.raw("\n<caption class=\"vh\">")
			w.text(caption)
			w.raw("</caption>")
		}
		w.raw(p)
		if m := headingHTML.FindAllStringSubmatch(p, -1); m != nil {
			caption = html.UnescapeString(anyTag.ReplaceAllString(m[len(m)-1][1], ""))
		}
	}
	return b.String()
}

// guideTransform adapts a guide's links and headings to the site (see
// renderGuide).
type guideTransform struct{}

func (guideTransform) Transform(doc *ast.Document, reader text.Reader, _ parser.Context) {
	src := reader.Source()
	var unwrap []*ast.Link
	first := true
	ast.Walk(doc, func(n ast.Node, entering bool) (ast.WalkStatus, error) {
		if !entering {
			return ast.WalkContinue, nil
		}
		switch n := n.(type) {
		case *ast.Heading:
			if n.Level == 1 && first {
				first = false
			} else {
				n.Level = min(n.Level+1, 6)
			}
		case *ast.Text:
			// A line break inside Japanese text is not a space.
			if n.SoftLineBreak() && wide(lastRune(n.Segment.Value(src))) && wide(firstRune(nextText(n, src))) {
				n.SetSoftLineBreak(false)
			}
		case *east.Table:
			n.SetAttributeString("class", "data")
		case *east.TableCell:
			if _, ok := n.Parent().(*east.TableHeader); ok {
				n.SetAttributeString("scope", "col")
			}
		case *ast.Link:
			dest := string(n.Destination)
			if strings.Contains(dest, "://") || strings.HasPrefix(dest, "#") || strings.HasPrefix(dest, "mailto:") {
				return ast.WalkContinue, nil
			}
			file, frag, _ := strings.Cut(dest, "#")
			if page := guidePage(file); page != "" {
				if frag != "" {
					page += "#" + frag
				}
				n.Destination = []byte(page)
				return ast.WalkContinue, nil
			}
			unwrap = append(unwrap, n)
		}
		return ast.WalkContinue, nil
	})
	for _, l := range unwrap {
		parent := l.Parent()
		for c := l.FirstChild(); c != nil; {
			next := c.NextSibling()
			parent.InsertBefore(parent, l, c)
			c = next
		}
		parent.RemoveChild(parent, l)
	}
}

// nextText returns the text that follows the text node n in its
// paragraph ("" when none).
func nextText(n *ast.Text, src []byte) []byte {
	for s := n.NextSibling(); s != nil; s = s.FirstChild() {
		if t, ok := s.(*ast.Text); ok {
			return t.Segment.Value(src)
		}
		if s.FirstChild() == nil {
			return nil
		}
	}
	return nil
}

func lastRune(b []byte) rune {
	r, _ := utf8.DecodeLastRune(b)
	return r
}

func firstRune(b []byte) rune {
	r, _ := utf8.DecodeRune(b)
	return r
}

// wide reports whether r is a CJK letter or punctuation, between which a
// line break is no space.
func wide(r rune) bool { return r >= 0x2E80 && r != utf8.RuneError }

// guidePage returns the page of the guide file (relative to another guide
// page), or "" when file is not a published guide.
func guidePage(file string) string {
	for _, g := range guides {
		if path.Base(file) == g.file {
			return path.Base(g.page)
		}
	}
	return ""
}
