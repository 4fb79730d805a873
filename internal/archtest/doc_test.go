package archtest

import (
	"bytes"
	"encoding/xml"
	"errors"
	"go/ast"
	"go/build"
	"go/parser"
	"go/token"
	"io"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
)

// declared returns the top-level names declared by the non-test Go files
// of the package in dir: functions, types, constants and variables by
// name, methods as "Type.Method".
func declared(t *testing.T, dir string) map[string]bool {
	t.Helper()
	p, err := build.ImportDir(dir, 0)
	if err != nil {
		t.Fatalf("%s: %v", dir, err)
	}
	fset := token.NewFileSet()
	out := map[string]bool{}
	for _, name := range p.GoFiles {
		f, err := parser.ParseFile(fset, filepath.Join(dir, name), nil, parser.SkipObjectResolution)
		if err != nil {
			t.Fatal(err)
		}
		for _, d := range f.Decls {
			switch d := d.(type) {
			case *ast.FuncDecl:
				if d.Recv == nil {
					out[d.Name.Name] = true
					continue
				}
				typ := d.Recv.List[0].Type
				if s, ok := typ.(*ast.StarExpr); ok {
					typ = s.X
				}
				if id, ok := typ.(*ast.Ident); ok {
					out[id.Name+"."+d.Name.Name] = true
				}
			case *ast.GenDecl:
				for _, s := range d.Specs {
					switch s := s.(type) {
					case *ast.TypeSpec:
						out[s.Name.Name] = true
					case *ast.ValueSpec:
						for _, n := range s.Names {
							out[n.Name] = true
						}
					}
				}
			}
		}
	}
	return out
}

// packageDirs returns every folder of the module holding a Go package
// (non-test files), relative to root with slashes.
func packageDirs(t *testing.T, root string) []string {
	t.Helper()
	var dirs []string
	err := filepath.WalkDir(root, func(path string, d os.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if !d.IsDir() {
			return nil
		}
		if path != root && (d.Name() == "testdata" || strings.HasPrefix(d.Name(), ".") || strings.HasPrefix(d.Name(), "_")) {
			return filepath.SkipDir
		}
		if _, err := build.ImportDir(path, 0); err != nil {
			return nil // no Go package here
		}
		rel, _ := filepath.Rel(root, path)
		dirs = append(dirs, filepath.ToSlash(rel))
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	return dirs
}

// migrationRow matches a row of the migration table of docs/architecture.md:
// | group | `riskassess.Old` (note) | `pkg.New` (note) |.
var migrationRow = regexp.MustCompile("^\\|[^|]*\\| `riskassess\\.([A-Za-z0-9.]+)`[^|]*\\| `(report|diff|foreign|catalog|fieldrule|entryedit|problem|listsnapshot)\\.([A-Za-z0-9]+)`[^|]*\\|$")

// TestArchitectureDoc keeps docs/architecture.md true: it names every
// package of the module, shows the picture (a well-formed SVG with a
// title), and every name of its migration table is gone from riskassess
// and declared where the table says.
func TestArchitectureDoc(t *testing.T) {
	root := repoRoot(t)
	b, err := os.ReadFile(filepath.Join(root, "docs", "architecture.md"))
	if err != nil {
		t.Fatal(err)
	}
	doc := string(b)

	dirs := packageDirs(t, root)
	if len(dirs) < 20 {
		t.Fatalf("found only %d packages; the walk is broken", len(dirs))
	}
	for _, d := range dirs {
		if d == "." {
			continue
		}
		if !strings.Contains(doc, "`"+d+"`") {
			t.Errorf("docs/architecture.md does not name package `%s`: add it to the table of section 2", d)
		}
	}

	if !strings.Contains(doc, "](architecture.svg)") {
		t.Error("docs/architecture.md does not show architecture.svg")
	}
	svg, err := os.ReadFile(filepath.Join(root, "docs", "architecture.svg"))
	if err != nil {
		t.Fatal(err)
	}
	dec := xml.NewDecoder(bytes.NewReader(svg))
	var first string
	title := false
	for {
		tok, err := dec.Token()
		if errors.Is(err, io.EOF) {
			break
		}
		if err != nil {
			t.Fatalf("docs/architecture.svg is not well-formed XML: %v", err)
		}
		if se, ok := tok.(xml.StartElement); ok {
			if first == "" {
				first = se.Name.Local
			}
			title = title || se.Name.Local == "title"
		}
	}
	if first != "svg" || !title {
		t.Errorf("docs/architecture.svg: root element %q, title %v; want an <svg> with a <title>", first, title)
	}
	if rest := bytes.ReplaceAll(svg, []byte(`xmlns="http://www.w3.org/2000/svg"`), nil); bytes.Contains(rest, []byte("http")) || bytes.Contains(rest, []byte("href=\"/")) {
		t.Error("docs/architecture.svg refers to something outside itself; it must draw without the network")
	}

	domain := declared(t, filepath.Join(root, "riskassess"))
	views := map[string]map[string]bool{}
	rows := 0
	for line := range strings.SplitSeq(doc, "\n") {
		m := migrationRow.FindStringSubmatch(strings.TrimSpace(line))
		if m == nil {
			continue
		}
		rows++
		old, pkg, name := m[1], m[2], m[3]
		if domain[old] {
			t.Errorf("migration table: riskassess.%s is still declared in riskassess", old)
		}
		if views[pkg] == nil {
			views[pkg] = declared(t, filepath.Join(root, "riskassess", pkg))
		}
		if !views[pkg][name] {
			t.Errorf("migration table: %s.%s is not declared in riskassess/%s", pkg, name, pkg)
		}
	}
	if rows < 70 {
		t.Errorf("found only %d rows of the migration table; is the table or the pattern broken?", rows)
	}
}
