package store

import (
	"go/ast"
	"go/parser"
	"go/token"
	"os"
	"strconv"
	"strings"
	"testing"
)

// TestEveryCodeDocumented checks that every Code constant of errors.go has
// a doc comment with an example and a fix, and a section in docs/errors.md.
func TestEveryCodeDocumented(t *testing.T) {
	f, err := parser.ParseFile(token.NewFileSet(), "errors.go", nil, parser.ParseComments)
	if err != nil {
		t.Fatal(err)
	}
	md, err := os.ReadFile("../../docs/errors.md")
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
			if id, ok := vs.Type.(*ast.Ident); !ok || id.Name != "Code" {
				continue
			}
			n++
			code, _ := strconv.Unquote(vs.Values[0].(*ast.BasicLit).Value)
			doc := vs.Doc.Text()
			if !strings.Contains(doc, "Example") || !strings.Contains(doc, "Fix:") {
				t.Errorf("%s: doc comment lacks an Example or a Fix", vs.Names[0].Name)
			}
			if !strings.Contains(string(md), "## `"+code+"`") {
				t.Errorf("docs/errors.md has no section for %q", code)
			}
		}
	}
	if n < 20 {
		t.Errorf("found only %d codes", n)
	}
}
