package sitegen

import (
	"html"
	"regexp"
	"strings"
	"testing"

	"github.com/gikai-sec/riskregister/riskassess/fieldrule"
	"github.com/yuin/goldmark"
	"github.com/yuin/goldmark/extension"
)

// hrefAttr finds every href and src attribute the renderer wrote.
var hrefAttr = regexp.MustCompile(`\s(href|src)="([^"]*)"`)

// FuzzMarkdown renders arbitrary notes as an entry page does, with and
// without the GFM extensions. It must never fail (a goldmark panic is
// turned into a "[BUG]" error), never write raw HTML, an <img> or a
// script, and every link must be an http(s) URL, a relative one resolved
// from the site root ("../../") or a fragment of the page itself ("#x").
func FuzzMarkdown(f *testing.F) {
	for _, s := range []string{
		"**太字** <script>alert(1)</script> <img src=x onerror=alert(1)>",
		"[click](javascript:alert(1)) [ok](https://example.org/a) <https://example.org/auto> [doc](docs/a.pdf)",
		"![i](data:text/html,x) ![a ![b](http://x.example/b.png)](http://x.example/a.png)",
		"| a | b |\n|---|---|\n| 1 | 2 |\n",
		"[r]\n\n[r]: JaVaScRiPt:alert(1)\n",
		"[x](<java\nscript:alert(1)>) [y](&#106;avascript:alert(1)) [z](\\\\evil\\x)",
		"- [ ] task\n- [x] done\n\n~~del~~ www.example.org https://example.org",
		"```html\n<script>x</script>\n```\n\n<div onclick=x>\n\n</div>",
		"[![inner](https://example.org/z.png)](https://example.org/page) [e](../../../../etc/passwd)",
		"[a](&#46;&#46;/&#46;&#46;/&#46;&#46;/etc/passwd) [b](&#37;2e&#37;2e/&#37;2e&#37;2e/x)",
	} {
		f.Add(s)
	}
	mds := []goldmark.Markdown{newMarkdown(nil), newMarkdown([]goldmark.Extender{extension.GFM})}
	f.Fuzz(func(t *testing.T, src string) {
		for _, md := range mds {
			h, err := markdown(md, src, "contractors/x.yaml")
			if err != nil {
				t.Fatalf("markdown(%q): %v", src, err)
			}
			out := string(h)
			low := strings.ToLower(out)
			for _, bad := range []string{"<script", "<img", "<iframe", "<style", "<object", "<embed", " on"} {
				if bad == " on" {
					// An event handler attribute would be  on…=" inside a tag.
					if regexp.MustCompile(`<[a-z][^>]*\son[a-z]+=`).MatchString(low) {
						t.Fatalf("event handler in %q -> %q", src, out)
					}
					continue
				}
				if strings.Contains(low, bad) {
					t.Fatalf("%q in the HTML of %q:\n%s", bad, src, out)
				}
			}
			for _, m := range hrefAttr.FindAllStringSubmatch(out, -1) {
				if m[1] == "src" {
					t.Fatalf("src attribute in %q -> %q", src, out)
				}
				u := html.UnescapeString(m[2])
				// A URL's scheme is case-insensitive (RFC 3986 §3.1):
				// htTp://… is an http link.
				lu := strings.ToLower(u)
				if strings.HasPrefix(u, "../../") && fieldrule.LinkLeavesSite(strings.TrimPrefix(u, "../../")) {
					t.Fatalf("link %q (from %q) leaves the site:\n%s", u, src, out)
				}
				if strings.HasPrefix(lu, "https://") || strings.HasPrefix(lu, "http://") || strings.HasPrefix(u, "../../") ||
					strings.HasPrefix(u, "#") { // a place on the same page
					continue
				}
				t.Fatalf("link %q (from %q) is neither http(s) nor under the site root:\n%s", u, src, out)
			}
		}
	})
}
