package sitegen

import (
	"bytes"
	"encoding/json"
	"testing"

	"golang.org/x/net/html"
)

// element is one start tag of a parsed page.
type element struct {
	tag, parent string
	attr        map[string]string
	hasCaption  bool // for tables: first child element is <caption>
}

// parseHTML parses a page with the HTML5 parser and returns its elements in
// document order.
func parseHTML(t testing.TB, name string, b []byte) []element {
	t.Helper()
	doc, err := html.Parse(bytes.NewReader(b))
	if err != nil {
		t.Fatalf("%s: %v", name, err)
	}
	var out []element
	var walk func(n *html.Node)
	walk = func(n *html.Node) {
		if n.Type == html.ElementNode {
			el := element{tag: n.Data, attr: map[string]string{}}
			if n.Parent != nil && n.Parent.Type == html.ElementNode {
				el.parent = n.Parent.Data
				if el.parent == "tr" && n.Parent.Parent != nil {
					el.parent = n.Parent.Parent.Data
				}
			}
			for _, a := range n.Attr {
				el.attr[a.Key] = a.Val
			}
			if n.Data == "table" {
				for c := n.FirstChild; c != nil; c = c.NextSibling {
					if c.Type == html.ElementNode {
						el.hasCaption = c.Data == "caption"
						break
					}
				}
			}
			out = append(out, el)
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c)
		}
	}
	walk(doc)
	return out
}

// toGeneric turns v into maps, slices and strings through JSON.
func toGeneric(v any) any {
	b, err := json.Marshal(v)
	if err != nil {
		panic(err)
	}
	var out any
	if err := json.Unmarshal(b, &out); err != nil {
		panic(err)
	}
	return out
}
