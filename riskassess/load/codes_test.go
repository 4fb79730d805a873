package load

import (
	"go/ast"
	"go/parser"
	"go/token"
	"os"
	"strconv"
	"strings"
	"testing"
)

// TestStaffCodesDocumented checks that every code constant of staff.go has
// a doc comment with an example and a fix, and a section in docs/errors.md
// that shows the message, as the store's and the catalogue's codes do.
func TestStaffCodesDocumented(t *testing.T) {
	md, err := os.ReadFile("../../docs/errors.md")
	if err != nil {
		t.Fatal(err)
	}
	f, err := parser.ParseFile(token.NewFileSet(), "staff.go", nil, parser.ParseComments)
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
			if doc := vs.Doc.Text(); !strings.Contains(doc, "Example") || !strings.Contains(doc, "Fix:") {
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
	if n != len(staffCodes) {
		t.Errorf("found %d codes in staff.go, want %d (one per warned problem)", n, len(staffCodes))
	}
}
