package docs_test

import (
	"testing"

	"github.com/gikai-sec/riskregister/internal/codedoc"
)

// TestErrorsDocumentOnlyDeclaredCodes: every code with a section in
// errors.md is declared by the package that emits it (store, catalog, the
// front door's staff warnings or sitegen's link warning). The packages'
// own tests check the other way (every code they declare has a section);
// this one finds a section left behind for a code the tool can no longer
// emit.
func TestErrorsDocumentOnlyDeclaredCodes(t *testing.T) {
	declared := map[string]bool{}
	for _, src := range []struct{ path, typeName string }{
		{"../riskassess/store/errors.go", "Code"},
		{"../riskassess/catalog/codes.go", ""},
		{"../riskassess/load/staff.go", ""},
		{"../sitegen/links.go", ""},
	} {
		docs, err := codedoc.Docs(src.path, src.typeName)
		if err != nil {
			t.Fatal(err)
		}
		for code := range docs {
			declared[code] = true
		}
	}
	sections, err := codedoc.Sections("errors.md")
	if err != nil {
		t.Fatal(err)
	}
	if len(sections) < 30 {
		t.Fatalf("found only %d sections in errors.md", len(sections))
	}
	for _, code := range sections {
		if !declared[code] {
			t.Errorf("errors.md documents %q, which no package declares: the tool cannot emit it", code)
		}
	}
}
