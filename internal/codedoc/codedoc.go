// Package codedoc is test support: it checks that the problem codes a
// package declares are documented, in their doc comments and in
// docs/errors.md. The store, the catalogue and the front door (load) each
// declare codes and each test them with Check.
package codedoc

import (
	"fmt"
	"go/ast"
	"go/parser"
	"go/token"
	"os"
	"strconv"
	"strings"
	"testing"
)

// Docs returns the doc comment of every string constant declared in the
// Go file at path, by the constant's value. When typeName is not empty,
// only constants declared with that type (Code = "...") count. It returns
// an error when the file cannot be read or parsed, or when a constant that
// counts is not one string literal.
func Docs(path, typeName string) (map[string]string, error) {
	f, err := parser.ParseFile(token.NewFileSet(), path, nil, parser.ParseComments)
	if err != nil {
		return nil, err
	}
	out := map[string]string{}
	for _, d := range f.Decls {
		g, ok := d.(*ast.GenDecl)
		if !ok || g.Tok != token.CONST {
			continue
		}
		for _, s := range g.Specs {
			vs := s.(*ast.ValueSpec)
			if typeName != "" {
				if id, ok := vs.Type.(*ast.Ident); !ok || id.Name != typeName {
					continue
				}
			}
			var lit *ast.BasicLit
			if len(vs.Values) == 1 {
				lit, _ = vs.Values[0].(*ast.BasicLit)
			}
			if lit == nil || lit.Kind != token.STRING {
				return nil, fmt.Errorf("%s: constant %s is not one string literal", path, vs.Names[0].Name)
			}
			code, err := strconv.Unquote(lit.Value)
			if err != nil {
				return nil, fmt.Errorf("%s: %s: %v", path, lit.Value, err)
			}
			doc := vs.Doc
			if doc == nil && !g.Lparen.IsValid() {
				doc = g.Doc // const X = "x", not in a group
			}
			out[code] = doc.Text()
		}
	}
	return out, nil
}

// Check reports through t every code of Docs(path, typeName) whose doc
// comment lacks an "Example" or a "Fix:", or that has no section
// "## `code`" in the Markdown file errorsMD showing the message
// ("**表示 / Message:**"). It returns the number of codes found, for the
// caller to compare with what it expects; a file that cannot be read is
// fatal.
func Check(t testing.TB, path, typeName, errorsMD string) int {
	t.Helper()
	md, err := os.ReadFile(errorsMD)
	if err != nil {
		t.Fatal(err)
	}
	codes, err := Docs(path, typeName)
	if err != nil {
		t.Fatal(err)
	}
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
	return len(codes)
}

// Sections returns the code of every section "## `code`" of the Markdown
// file errorsMD, in order, so that a test can report a section whose code
// no package declares any longer (a code the tool can no longer emit).
func Sections(errorsMD string) ([]string, error) {
	md, err := os.ReadFile(errorsMD)
	if err != nil {
		return nil, err
	}
	var out []string
	for _, line := range strings.Split(string(md), "\n") {
		rest, ok := strings.CutPrefix(line, "## `")
		if !ok {
			continue
		}
		if code, _, ok := strings.Cut(rest, "`"); ok {
			out = append(out, code)
		}
	}
	return out, nil
}
