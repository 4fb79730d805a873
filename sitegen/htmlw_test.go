package sitegen

import (
	"bytes"
	"go/ast"
	"go/parser"
	"go/token"
	"net/url"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"

	"github.com/gikai-sec/riskregister/riskassess"
	"github.com/gikai-sec/riskregister/riskassess/problem"
	"github.com/google/go-cmp/cmp"
	"golang.org/x/net/html"
)

// TestSafeURL is the table of the one URL filter: only http, https and
// mailto schemes, in any case, and URLs without a scheme pass; every other
// scheme and every spelling a browser could turn into one is refused.
func TestSafeURL(t *testing.T) {
	for _, c := range []struct {
		in   string
		want bool
	}{
		{"javascript:alert(1)", false},
		{"JAVASCRIPT:alert(1)", false},
		{"JaVaScRiPt:alert(1)", false},
		{" javascript:alert(1)", false},    // browsers strip leading spaces
		{"\x01javascript:alert(1)", false}, // and C0 controls
		{"java\tscript:alert(1)", false},   // and tabs and newlines anywhere
		{"java\nscript:alert(1)", false},   //
		{"javascript\x00:alert(1)", false}, //
		// References are never decoded: url writes '&' as &amp;, so the
		// browser reads these as relative paths ('&' and '#' are no scheme
		// letters), as TestWriterURL checks.
		{"&#106;avascript:alert(1)", true},
		{"&#x6A;avascript&#x3A;alert(1)", true},
		{"javascript&colon;alert(1)", true},
		{"javascript&#58;alert(1)", true},
		{"jav&#x09;ascript:alert(1)", true},
		{"data:text/html,<script>alert(1)</script>", false},
		{"DATA:image/png;base64,iVBORw0KGgo=", false},
		{"vbscript:msgbox(1)", false},
		{"file:///etc/passwd", false},
		{"tel:+81-42-000-0000", false},
		{"ms-msdt:/id", false},
		{"https:", true},
		{"https://example.org/a?b=c:d#e", true},
		{"HTTP://EXAMPLE.ORG", true},
		{"mailto:a@example.org", true},
		{"MailTo:a@example.org", true},
		{"//evil.example/x", true}, // protocol-relative: navigation only (register URLs are held back by classifyURL)
		{"entries/contractor/a.html", true},
		{"../../register.html", true},
		{"a/b:c", true},  // ':' after '/': a path
		{"#f-A:1", true}, // ':' in a fragment
		{"requirements.html#req-A:1", true},
		{"?q=a:b", true},
		{"", true},
	} {
		if got := safeURL(c.in); got != c.want {
			t.Errorf("safeURL(%q) = %v, want %v", c.in, got, c.want)
		}
		var b bytes.Buffer
		hw{b: &b}.url(c.in)
		checkHref(t, c.in, b.String())
	}
}

// TestWriterURL: hw.url writes the refused marker for a refused scheme,
// otherwise the URL percent-encoded where a browser would encode it and
// with '&' as a reference; the parsed attribute never has a scheme other
// than http, https or mailto.
func TestWriterURL(t *testing.T) {
	for _, c := range []struct{ in, want string }{
		{"javascript:alert(1)", "#ZgotmplZ"},
		{"JAVASCRIPT:alert(1)", "#ZgotmplZ"},
		{"data:text/html,x", "#ZgotmplZ"},
		{"vbscript:x", "#ZgotmplZ"},
		{"tel:+81420000000", "#ZgotmplZ"},
		{"&#106;avascript:alert(1)", "&amp;#106;avascript:alert%281%29"},
		{"javascript&#58;alert(1)", "javascript&amp;#58;alert%281%29"},
		{"javascript&colon;alert(1)", "javascript&amp;colon;alert%281%29"},
		{"https://example.org/a b?x=1&y=\"2\"#f", "https://example.org/a%20b?x=1&amp;y=%222%22#f"},
		{"https://example.jp/資料.pdf", "https://example.jp/%e8%b3%87%e6%96%99.pdf"},
		{"https://example.org/%E3%81%82%zz", "https://example.org/%E3%81%82%25zz"},
		{"mailto:a+b@example.org", "mailto:a+b@example.org"},
		{"../../entries/service/x.html", "../../entries/service/x.html"},
		{"'><script>", "%27%3e%3cscript%3e"},
		{"//evil.example/x", "//evil.example/x"},
	} {
		var b bytes.Buffer
		hw{b: &b}.url(c.in)
		if b.String() != c.want {
			t.Errorf("url(%q) = %q, want %q", c.in, b.String(), c.want)
		}
		checkHref(t, c.in, b.String())
	}
}

// checkHref parses <a href="out"> as a browser would and fails when the
// link has a scheme other than http, https or mailto.
func checkHref(t *testing.T, in, out string) {
	t.Helper()
	doc, err := html.Parse(strings.NewReader(`<a href="` + out + `">x</a>`))
	if err != nil {
		t.Fatal(err)
	}
	var href string
	var n int
	var walk func(*html.Node)
	walk = func(x *html.Node) {
		if x.Type == html.ElementNode && x.Data == "a" {
			n++
			for _, a := range x.Attr {
				if a.Key == "href" {
					href = a.Val
				}
			}
		}
		for c := x.FirstChild; c != nil; c = c.NextSibling {
			walk(c)
		}
	}
	walk(doc)
	if n != 1 {
		t.Errorf("url(%q) = %q: broke out of the attribute (%d links)", in, out, n)
	}
	// What the URL parser sees: tabs and newlines removed, leading and
	// trailing C0 controls and spaces trimmed.
	s := strings.Map(func(r rune) rune {
		if r == '\t' || r == '\n' || r == '\r' {
			return -1
		}
		return r
	}, href)
	s = strings.TrimFunc(s, func(r rune) bool { return r <= ' ' })
	u, err := url.Parse(s)
	if err != nil {
		return // not a URL a browser would follow as one of ours either way
	}
	switch strings.ToLower(u.Scheme) {
	case "", "http", "https", "mailto":
	default:
		t.Errorf("url(%q) = %q: the browser reads scheme %q", in, out, u.Scheme)
	}
}

// TestWriterText: the one escaper.
func TestWriterText(t *testing.T) {
	for _, c := range []struct{ in, want string }{
		{`<script>alert("x")</script>`, `&lt;script&gt;alert(&#34;x&#34;)&lt;/script&gt;`},
		{`"><img src=x onerror=alert(1)>`, `&#34;&gt;&lt;img src=x onerror=alert(1)&gt;`},
		{"a'b & c", "a&#39;b &amp; c"},
		{"&amp;", "&amp;amp;"},
		{"nul\x00byte", "nul\uFFFDbyte"},
		{"自治体機密性2（+2）", "自治体機密性2（+2）"},
		{"bad \xff utf-8", "bad \xff utf-8"},
		{"", ""},
	} {
		var b bytes.Buffer
		hw{b: &b}.text(c.in)
		if b.String() != c.want {
			t.Errorf("text(%q) = %q, want %q", c.in, b.String(), c.want)
		}
	}
}

// FuzzWriter: whatever the value, text and url written into an attribute
// and an element give back exactly one element with one attribute whose
// value is the text (NUL read as U+FFFD), and a link without a refused
// scheme.
func FuzzWriter(f *testing.F) {
	for _, s := range []string{`"><script>alert(1)</script>`, "javascript:alert(1)", " JAVA\tSCRIPT:x", "&#106;avascript:x", "a&b<c>d'e\"f", "\x00", "https://example.org/?a=1&b=2"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		var b bytes.Buffer
		w := hw{b: &b}
		w.raw(`<p title="`)
		w.text(s)
		w.raw(`">`)
		w.text(s)
		w.raw(`</p>`)
		doc, err := html.Parse(&b)
		if err != nil {
			t.Fatal(err)
		}
		var ps []*html.Node
		var walk func(*html.Node)
		walk = func(x *html.Node) {
			if x.Type == html.ElementNode && x.Data != "html" && x.Data != "head" && x.Data != "body" {
				ps = append(ps, x)
			}
			for c := x.FirstChild; c != nil; c = c.NextSibling {
				walk(c)
			}
		}
		walk(doc)
		if len(ps) != 1 || len(ps[0].Attr) != 1 {
			t.Fatalf("text(%q): %d elements, want one <p> with one attribute", s, len(ps))
		}
		// The parser reads NUL as U+FFFD and CR LF or CR as LF (HTML's
		// input stream preprocessing, not escaping).
		want := strings.NewReplacer("\x00", "\uFFFD", "\r\n", "\n", "\r", "\n").Replace(strings.ToValidUTF8(s, "\uFFFD"))
		if got := ps[0].Attr[0].Val; strings.ToValidUTF8(got, "\uFFFD") != want {
			t.Errorf("text(%q) in an attribute reads back as %q", s, got)
		}
		b.Reset()
		w.url(s)
		checkHref(t, s, b.String())
	})
}

// TestRawfRefusesText: rawf takes numbers only; text goes through text.
func TestRawfRefusesText(t *testing.T) {
	defer func() {
		if recover() == nil {
			t.Error("rawf with a string argument did not panic")
		}
	}()
	var b bytes.Buffer
	hw{b: &b}.rawf(`<text x="%d">%s</text>`, 1, "<script>")
}

// TestOneEscaper: sitegen writes HTML one way. No file of the package
// (tests aside) imports html/template or text/template or calls another
// escaper (html.EscapeString, template.HTMLEscapeString, url.PathEscape …),
// and no file but htmlw.go spells a character reference for the markup
// characters, which would be an escaper of its own.
func TestOneEscaper(t *testing.T) {
	files, err := filepath.Glob("*.go")
	if err != nil {
		t.Fatal(err)
	}
	refs := []string{"&amp;", "&lt;", "&gt;", "&#34;", "&#39;", "&quot;", "&#x"}
	n := 0
	for _, name := range files {
		if strings.HasSuffix(name, "_test.go") {
			continue
		}
		n++
		src, err := os.ReadFile(name)
		if err != nil {
			t.Fatal(err)
		}
		fset := token.NewFileSet()
		f, err := parser.ParseFile(fset, name, src, 0)
		if err != nil {
			t.Fatal(err)
		}
		for _, im := range f.Imports {
			switch p, _ := strconv.Unquote(im.Path.Value); p {
			case "html/template", "text/template":
				t.Errorf("%s imports %s: pages are written with hw", fset.Position(im.Pos()), p)
			}
		}
		ast.Inspect(f, func(n ast.Node) bool {
			switch x := n.(type) {
			case *ast.SelectorExpr:
				if id, ok := x.X.(*ast.Ident); ok {
					switch id.Name + "." + x.Sel.Name {
					case "html.EscapeString", "template.HTMLEscapeString", "template.HTMLEscaper", "template.HTMLEscape",
						"url.PathEscape", "url.QueryEscape", "xml.EscapeText", "xml.Escape":
						t.Errorf("%s: %s.%s: escape with hw.text or hw.url", fset.Position(x.Pos()), id.Name, x.Sel.Name)
					}
				}
			case *ast.BasicLit:
				if x.Kind == token.STRING && name != "htmlw.go" {
					for _, r := range refs {
						if strings.Contains(x.Value, r) {
							t.Errorf("%s: %s spells the reference %s: escape with hw.text", fset.Position(x.Pos()), x.Value, r)
						}
					}
				}
			}
			return true
		})
	}
	if n < 10 {
		t.Errorf("only %d files checked", n)
	}
}

// TestWriteProblems: the page standing in for the site while the register
// is invalid, byte for byte (as the html/template version wrote it), every
// text escaped.
func TestWriteProblems(t *testing.T) {
	ps := problem.List{
		{File: "contractors/a<b>.yaml", Line: 3, Col: 5, Msg: riskassess.Text{Ja: "名前が\"空\"です & <x>", En: "name 'empty' & <x>"}},
		{File: "register.yaml", Line: 1, Msg: riskassess.Text{Ja: "警告文", En: "a warning"}, Warning: true},
	}
	head := func(lang, title, intro string) string {
		return "<!DOCTYPE html>\n<html lang=\"" + lang + "\">\n<head>\n<meta charset=\"utf-8\">\n<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<meta http-equiv=\"refresh\" content=\"2\">\n<title>" + title + "</title>\n</head>\n<body>\n<main>\n<h1>" + title + "</h1>\n<p>" + intro + "</p>\n<ol class=\"problems\">\n"
	}
	const tail = "</main>\n</body>\n</html>\n"
	ja := head("ja", "台帳に誤りがあります", "次の問題を直すと、このページは自動でサイトに切り替わります。") +
		"<li><code>contractors/a&lt;b&gt;.yaml:3:5</code> 名前が&#34;空&#34;です &amp; &lt;x&gt;</li>\n<li class=\"warning\"><code>register.yaml:1</code> 警告: 警告文</li>\n</ol>\n"
	en := head("en", "The register has problems", "Fix the problems below; this page turns into the site by itself once they are fixed.") +
		"<li><code>contractors/a&lt;b&gt;.yaml:3:5</code> name &#39;empty&#39; &amp; &lt;x&gt;</li>\n<li class=\"warning\"><code>register.yaml:1</code> warning: a warning</li>\n</ol>\n"
	for _, c := range []struct{ lang, note, want string }{
		{"ja", "", ja + tail},
		{"ja", "ほか 3 件 <省略>", ja + "<p>ほか 3 件 &lt;省略&gt;</p>\n" + tail},
		{"en", "", en + tail},
		{"xx", "", ja + tail},
	} {
		var b bytes.Buffer
		if err := WriteProblems(&b, riskassess.Lang(c.lang), ps, c.note); err != nil {
			t.Fatal(err)
		}
		if d := cmp.Diff(c.want, b.String()); d != "" {
			t.Errorf("WriteProblems(%s, %q) (-want +got):\n%s", c.lang, c.note, d)
		}
	}
}
