package catalog

import (
	"go/ast"
	"go/parser"
	"go/token"
	"os"
	"strconv"
	"strings"
	"testing"
)

// TestEveryCodeDocumented checks that every code constant of codes.go has
// a doc comment with an example and a fix, and a section in docs/errors.md
// that shows the message, as the store's codes do.
func TestEveryCodeDocumented(t *testing.T) {
	md, err := os.ReadFile("../../docs/errors.md")
	if err != nil {
		t.Fatal(err)
	}
	f, err := parser.ParseFile(token.NewFileSet(), "codes.go", nil, parser.ParseComments)
	if err != nil {
		t.Fatal(err)
	}
	n := 0
	for _, d := range f.Decls {
		g, ok := d.(*ast.GenDecl)
		if !ok || g.Tok != token.CONST {
			continue
		}
		for _, s := range g.Specs {
			vs := s.(*ast.ValueSpec)
			code, _ := strconv.Unquote(vs.Values[0].(*ast.BasicLit).Value)
			n++
			doc := vs.Doc.Text()
			if !strings.Contains(doc, "Example") || !strings.Contains(doc, "Fix:") {
				t.Errorf("%s: doc comment lacks an Example or a Fix", code)
			}
			head := "## `" + code + "`"
			i := strings.Index(string(md), head)
			if i < 0 {
				t.Errorf("docs/errors.md has no section for %q", code)
				continue
			}
			section := string(md[i+len(head):])
			if j := strings.Index(section, "\n## "); j >= 0 {
				section = section[:j]
			}
			if !strings.Contains(section, "**表示 / Message:**") {
				t.Errorf("docs/errors.md: the section for %q does not show the message", code)
			}
		}
	}
	if n != 4 {
		t.Errorf("found %d codes in codes.go, want 4", n)
	}
}
