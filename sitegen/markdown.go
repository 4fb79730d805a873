package sitegen

import (
	"bytes"
	"fmt"
	"html/template"
	"net/url"
	"strings"

	"github.com/yuin/goldmark"
	"github.com/yuin/goldmark/renderer"
)

// newMarkdown builds the goldmark instance for notes once per build: the
// given extensions, then raw HTML forced off (goldmark then writes
// "<!-- raw HTML omitted -->" and drops javascript:, vbscript:, file: and
// non-image data: link destinations) whatever the extensions set.
func newMarkdown(exts []goldmark.Extender) goldmark.Markdown {
	md := goldmark.New(goldmark.WithExtensions(exts...))
	md.Renderer().AddOptions(renderer.WithOption("Unsafe", false))
	return md
}

// markdown renders src to HTML. Panics inside goldmark are turned into
// errors naming the entry.
func markdown(md goldmark.Markdown, src, where string) (h template.HTML, err error) {
	if strings.TrimSpace(src) == "" {
		return "", nil
	}
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("%s: notes: [BUG] goldmark panicked: %v", where, r)
		}
	}()
	var b bytes.Buffer
	if err := md.Convert([]byte(src), &b); err != nil {
		return "", fmt.Errorf("%s: notes: %w", where, err)
	}
	return template.HTML(b.String()), nil
}

// linkKind classifies a URL from the register for use as an href.
type linkKind int

const (
	linkNone     linkKind = iota // not usable as a link: render as text
	linkExternal                 // http or https
	linkRelative                 // relative path, resolved from the site root
)

// classifyURL allows only http, https and relative URLs (no scheme, not
// scheme-relative "//host"). Everything else (javascript:, data:, file:,
// mailto:, malformed) is linkNone.
func classifyURL(raw string) linkKind {
	s := strings.TrimSpace(raw)
	if s == "" || s != raw || strings.ContainsAny(s, "\x00\t\r\n\\") {
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
		if strings.Contains(strings.SplitN(s, "/", 2)[0], ":") {
			return linkNone
		}
		return linkRelative
	}
	return linkNone
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
