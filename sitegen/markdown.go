package sitegen

import (
	"bufio"
	"bytes"
	"fmt"
	"github.com/gikai-sec/riskregister/riskassess/fieldrule"
	"github.com/yuin/goldmark"
	"github.com/yuin/goldmark/ast"
	"github.com/yuin/goldmark/parser"
	"github.com/yuin/goldmark/renderer"
	"github.com/yuin/goldmark/text"
	"github.com/yuin/goldmark/util"
	"hash/maphash"
	"net/url"
	"path"
	"strings"
	"sync"
)

// newMarkdown builds the goldmark instance for notes once per build: the
// given extensions, the notesLinks transformer (notes appear on entry
// pages, two folders below the root), then raw HTML forced off (goldmark then writes
// "<!-- raw HTML omitted -->" and drops javascript:, vbscript:, file: and
// non-image data: link destinations) whatever the extensions set.
func newMarkdown(exts []goldmark.Extender) goldmark.Markdown {
	md := goldmark.New(goldmark.WithExtensions(exts...), goldmark.WithParserOptions(
		parser.WithASTTransformers(util.Prioritized(notesLinks{root: "../../"}, 1000))))
	md.Renderer().AddOptions(renderer.WithOption("Unsafe", false))
	return md
}

// markdown renders src to HTML. Panics inside goldmark are turned into
// errors naming the entry.
func markdown(md goldmark.Markdown, src, where string) (h string, err error) {
	if strings.TrimSpace(src) == "" {
		return "", nil
	}
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("%s: notes: [BUG] goldmark panicked: %v", where, r)
		}
	}()
	m := mdBufPool.Get().(*mdBuf)
	defer mdBufPool.Put(m)
	m.b.Reset()
	m.w.Reset(&m.b)
	// goldmark writes through w as is when it is a util.BufWriter, instead
	// of wrapping it in a new 4 KiB bufio.Writer per call.
	if err := md.Convert([]byte(src), m.w); err != nil {
		return "", fmt.Errorf("%s: notes: %w", where, err)
	}
	if err := m.w.Flush(); err != nil {
		return "", fmt.Errorf("%s: notes: %w", where, err)
	}
	return m.b.String(), nil
}

// notesMemo renders the notes of entries through one goldmark instance,
// and renders a text that more than one entry holds once: registers grown
// from a template, or whose entries share boilerplate notes, repeat a few
// texts thousands of times (the example grown to 10,000 entries holds 22
// texts in 4,781 notes). A text is kept with its HTML only from its
// second occurrence on (the first is remembered by its hash alone), so a
// register whose notes all differ keeps 8 bytes a text, not its HTML.
// Both tables are bounded (notesSeenMax, notesMemoBytes); past the bound
// texts are rendered every time. Safe for concurrent use; the HTML of a
// text does not depend on which entry holds it.
type notesMemo struct {
	md   goldmark.Markdown
	seed maphash.Seed
	mu   sync.Mutex
	seen map[uint64]struct{}
	html map[string]string
	size int // bytes of the texts and HTML in html
}

// notesSeenMax and notesMemoBytes bound notesMemo: the number of texts
// remembered by hash (about 40 bytes each) and the bytes of the texts and
// HTML kept.
const (
	notesSeenMax   = 1 << 16
	notesMemoBytes = 4 << 20
)

func newNotesMemo(md goldmark.Markdown) *notesMemo {
	return &notesMemo{md: md, seed: maphash.MakeSeed(), seen: map[uint64]struct{}{}, html: map[string]string{}}
}

// render returns markdown(m.md, src, where), from the memo when src was
// rendered before.
func (m *notesMemo) render(src, where string) (string, error) {
	if strings.TrimSpace(src) == "" {
		return "", nil
	}
	h := maphash.String(m.seed, src)
	m.mu.Lock()
	out, ok := m.html[src]
	_, again := m.seen[h]
	if !again && len(m.seen) < notesSeenMax {
		m.seen[h] = struct{}{}
	}
	m.mu.Unlock()
	if ok {
		return out, nil
	}
	out, err := markdown(m.md, src, where)
	if err != nil || !again {
		return out, err
	}
	m.mu.Lock()
	if n := len(src) + len(out); m.size+n <= notesMemoBytes {
		if _, dup := m.html[src]; !dup {
			m.html[src] = out
			m.size += n
		}
	}
	m.mu.Unlock()
	return out, nil
}

// mdBuf is the output buffer of one markdown call and its buffered
// writer, reused through mdBufPool.
type mdBuf struct {
	b bytes.Buffer
	w *bufio.Writer
}

var mdBufPool = sync.Pool{New: func() any {
	m := new(mdBuf)
	m.w = bufio.NewWriter(&m.b)
	return m
}}

// linkKind classifies a URL from the register for use as an href.
type linkKind int

const (
	linkNone     linkKind = iota // not usable as a link: render as text
	linkExternal                 // http or https
	linkRelative                 // relative path, resolved from the site root
)

// classifyURL is the policy for the register's own URLs (evidence, SLA,
// account and notice links, links in notes), on top of the one URL filter
// safeURL: it allows only http, https and relative URLs (no scheme, not
// scheme-relative "//host", not climbing above the site root with ".."
// (fieldrule.LinkLeavesSite)). Everything else (javascript:, data:, file:,
// mailto:, ../../etc/passwd, malformed) is linkNone.
func classifyURL(raw string) linkKind {
	s := strings.TrimSpace(raw)
	if s == "" || s != raw || strings.ContainsAny(s, "\x00\t\r\n\\") || !safeURL(s) {
		return linkNone
	}
	u, err := url.Parse(s)
	if err != nil {
		return linkNone
	}
	switch {
	case u.Scheme == "http" || u.Scheme == "https":
		if u.Host == "" {
			return linkNone
		}
		return linkExternal
	case u.Scheme == "" && u.Host == "" && !strings.HasPrefix(s, "//") && !strings.HasPrefix(s, "/"):
		if strings.Contains(strings.SplitN(s, "/", 2)[0], ":") || fieldrule.LinkLeavesSite(s) || docName(u) {
			return linkNone
		}
		return linkRelative
	}
	return linkNone
}

// docName reports whether the relative URL u is the name of a document
// (SNS運用方針（総務課保管）, 総務課キャビネット保管), which posting_rules
// and the like may hold, rather than a path: no slash, no query, no
// fragment and no file extension (.pdf, .html). Such a name is shown as
// text, not as a link that goes nowhere.
func docName(u *url.URL) bool {
	if strings.Contains(u.Path, "/") || u.RawQuery != "" || u.Fragment != "" || u.Path == "" {
		return false
	}
	ext := path.Ext(u.Path)
	if len(ext) < 2 || len(ext) > 6 {
		return true
	}
	letter := false
	for _, r := range ext[1:] {
		switch {
		case r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z':
			letter = true
		case r >= '0' && r <= '9':
		default:
			return true
		}
	}
	return !letter
}

// linkView is a link, or plain text when Href is empty.
type linkView struct {
	Text     string
	Href     string
	External bool
}

// makeLink returns a link to raw titled text (raw when text is empty); the
// href is empty (text only) unless raw is http(s) or relative. Relative
// URLs are resolved from the site root via root.
func makeLink(text, raw, root string) linkView {
	if text == "" {
		text = raw
	}
	switch classifyURL(raw) {
	case linkExternal:
		return linkView{Text: text, Href: raw, External: true}
	case linkRelative:
		return linkView{Text: text, Href: root + raw}
	}
	if text != raw && raw != "" {
		text = text + " (" + raw + ")"
	}
	return linkView{Text: text}
}

// notesLinks is a goldmark AST transformer for notes: relative link
// destinations are resolved from the site root (root, as for evidence
// links) and marked class="evidence"; external links get class="ext" and
// rel="noopener noreferrer"; a link or autolink with any other
// destination (javascript:, data:, file:, mailto:, an e-mail autolink, an
// unknown scheme such as <ms-msdt:…>) becomes its text.
//
// Images are never rendered as <img>: the site is self-contained and makes
// no request outside its folder, and notes have no images of their own in
// it. An http(s) image becomes an external link to the image, titled by
// its alt text (the URL when there is none), or just the alt text inside
// another link; any other image (relative, data:, …) becomes its alt text.
type notesLinks struct{ root string }

func (t notesLinks) Transform(doc *ast.Document, reader text.Reader, _ parser.Context) {
	src := reader.Source()
	var drop, images []ast.Node
	var autos []*ast.AutoLink
	_ = ast.Walk(doc, func(n ast.Node, entering bool) (ast.WalkStatus, error) {
		if !entering {
			return ast.WalkContinue, nil
		}
		var dest *[]byte
		switch x := n.(type) {
		case *ast.Link:
			dest = &x.Destination
		case *ast.Image:
			images = append(images, n)
			return ast.WalkContinue, nil
		case *ast.AutoLink:
			if x.AutoLinkType == ast.AutoLinkURL && classifyURL(string(x.URL(src))) == linkExternal {
				x.SetAttributeString("class", []byte("ext"))
				x.SetAttributeString("rel", []byte("noopener noreferrer"))
			} else {
				// <A0:>, <ms-msdt:…>, <user@example.org>: any other
				// scheme (or a mailto: address) is only text.
				autos = append(autos, x)
			}
			return ast.WalkContinue, nil
		default:
			return ast.WalkContinue, nil
		}
		d := string(*dest)
		switch dec := resolvedDest(*dest); classifyURL(dec) {
		case linkExternal:
			n.SetAttributeString("class", []byte("ext"))
			n.SetAttributeString("rel", []byte("noopener noreferrer"))
		case linkRelative:
			if !strings.HasPrefix(dec, "#") {
				*dest = []byte(t.root + d)
				n.SetAttributeString("class", []byte("evidence"))
			}
		default:
			drop = append(drop, n)
		}
		return ast.WalkContinue, nil
	})
	// Images first, outermost first (an image in the alt text of an image
	// that became a link is then inside a link: no nested links), then
	// links whose destination is not allowed: each becomes its text.
	for _, n := range images {
		img := n.(*ast.Image)
		p := img.Parent()
		if p == nil {
			continue
		}
		if classifyURL(resolvedDest(img.Destination)) != linkExternal || insideLink(p) {
			unwrap(img)
			continue
		}
		a := ast.NewLink()
		a.Destination = img.Destination
		a.Title = img.Title
		a.SetAttributeString("class", []byte("ext"))
		a.SetAttributeString("rel", []byte("noopener noreferrer"))
		for c := img.FirstChild(); c != nil; {
			next := c.NextSibling()
			a.AppendChild(a, c)
			c = next
		}
		if !a.HasChildren() {
			a.AppendChild(a, ast.NewString(img.Destination))
		}
		p.ReplaceChild(p, img, a)
	}
	for _, n := range drop {
		unwrap(n)
	}
	for _, a := range autos {
		if p := a.Parent(); p != nil {
			p.ReplaceChild(p, a, ast.NewString(a.Label(src)))
		}
	}
}

// resolvedDest is a link or image destination as goldmark writes it into
// the href (util.URLEscape with references resolved): backslash escapes
// and character references decoded. The policy is applied to it, not to
// the source text, where "&#46;&#46;/" is not yet a "../" climbing out of
// the site.
func resolvedDest(dest []byte) string {
	return string(util.ResolveEntityNames(util.ResolveNumericReferences(util.UnescapePunctuations(dest))))
}

// insideLink reports whether n is a link or inside one.
func insideLink(n ast.Node) bool {
	for ; n != nil; n = n.Parent() {
		switch n.(type) {
		case *ast.Link, *ast.AutoLink:
			return true
		}
	}
	return false
}

// unwrap replaces n by its children.
func unwrap(n ast.Node) {
	p := n.Parent()
	if p == nil {
		return
	}
	for c := n.FirstChild(); c != nil; {
		next := c.NextSibling()
		p.InsertBefore(p, n, c)
		c = next
	}
	p.RemoveChild(p, n)
}
