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
// a doc comment with an example and a fix, and a section in docs/errors.md
// that shows the Japanese message.
func TestEveryCodeDocumented(t *testing.T) {
	md, err := os.ReadFile("../../docs/errors.md")
	if err != nil {
		t.Fatal(err)
	}
	codes := codeDocs(t)
	for code, doc := range codes {
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
			t.Errorf("docs/errors.md: the section for %q does not show the message (**表示 / Message:**)", code)
		}
	}
	if len(codes) < 20 {
		t.Errorf("found only %d codes", len(codes))
	}
}

// codeDocs returns the doc comment of every Code constant of errors.go, by
// code.
func codeDocs(t *testing.T) map[string]string {
	t.Helper()
	f, err := parser.ParseFile(token.NewFileSet(), "errors.go", nil, parser.ParseComments)
	if err != nil {
		t.Fatal(err)
	}
	out := map[string]string{}
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
			code, _ := strconv.Unquote(vs.Values[0].(*ast.BasicLit).Value)
			out[code] = vs.Doc.Text()
		}
	}
	return out
}
