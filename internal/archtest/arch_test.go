// Package archtest holds the tests that keep the package layering of
// riskregister as the design states it (docs/architecture.md): the domain
// package riskassess (the model and the scorer) imports only the standard
// library; the views riskassess/report, riskassess/diff and
// riskassess/foreign import only riskassess and the standard library, so
// that every adapter may use them; and the adapters
// under riskassess/ never import each other (only riskassess/load, the
// front door, puts them together; riskassess/wareki, riskassess/fieldrule,
// riskassess/entryedit, riskassess/problem and riskassess/listsnapshot are
// shared helpers every adapter may use).
package archtest

import (
	"go/build"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
)

const module = "github.com/gikai-sec/riskregister"

// shared lists the packages under riskassess/ that any adapter may import:
// the domain, and the helpers that import nothing of the module but the
// domain (Japanese era dates, the value rules of register fields, the
// recording of imported answers and reviews, the front door's problem type,
// the queries on the snapshots of public lists).
var shared = []string{
	module + "/riskassess", module + "/riskassess/wareki", module + "/riskassess/fieldrule",
	module + "/riskassess/entryedit", module + "/riskassess/problem", module + "/riskassess/listsnapshot",
}

// views lists the packages under riskassess/ that turn the model and its
// assessments into what people read (export document, tables, labels, year
// plan, council items, next actions, staff, changes between two dates, a
// foreign questionnaire's answers mapped to the register's questions).
// They import only riskassess and the standard library;
// any adapter, sitegen and cmd may import them.
var views = []string{module + "/riskassess/report", module + "/riskassess/diff", module + "/riskassess/foreign"}

// frontDoor lists the packages under riskassess/ that may put adapters together.
var frontDoor = []string{module + "/riskassess/load"}

func repoRoot(t *testing.T) string {
	t.Helper()
	dir, err := filepath.Abs("../..")
	if err != nil {
		t.Fatal(err)
	}
	if _, err := os.Stat(filepath.Join(dir, "go.mod")); err != nil {
		t.Fatalf("repository root not found from %s: %v", dir, err)
	}
	return dir
}

// imports returns the non-test imports of the package in dir.
func imports(t *testing.T, dir string) []string {
	t.Helper()
	p, err := build.ImportDir(dir, 0)
	if err != nil {
		t.Fatalf("%s: %v", dir, err)
	}
	return p.Imports
}

func isStd(path string) bool {
	first, _, _ := strings.Cut(path, "/")
	return !strings.Contains(first, ".")
}

// TestDomainImportsOnlyStandardLibrary checks that riskassess imports
// only the standard library: no package of the module (not even an
// internal helper) and no third-party module.
func TestDomainImportsOnlyStandardLibrary(t *testing.T) {
	root := repoRoot(t)
	for _, imp := range imports(t, filepath.Join(root, "riskassess")) {
		if !isStd(imp) {
			t.Errorf("riskassess imports %s; the domain package may import only the standard library", imp)
		}
	}
}

func TestAdaptersDoNotImportEachOther(t *testing.T) {
	root := repoRoot(t)
	var adapters []string
	err := filepath.WalkDir(filepath.Join(root, "riskassess"), func(path string, d os.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if !d.IsDir() || path == filepath.Join(root, "riskassess") {
			return nil
		}
		if d.Name() == "testdata" {
			return filepath.SkipDir
		}
		if _, err := build.ImportDir(path, 0); err != nil {
			return nil // no Go package here
		}
		adapters = append(adapters, path)
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	if len(adapters) < 5 {
		t.Fatalf("found only %d packages under riskassess/; the walk is broken", len(adapters))
	}
	for _, dir := range adapters {
		rel, _ := filepath.Rel(root, dir)
		self := module + "/" + filepath.ToSlash(rel)
		if slices.Contains(frontDoor, self) || slices.Contains(shared, self) || slices.Contains(views, self) {
			continue
		}
		for _, imp := range imports(t, dir) {
			if !strings.HasPrefix(imp, module+"/riskassess/") || slices.Contains(shared, imp) || slices.Contains(views, imp) {
				continue
			}
			if strings.HasPrefix(imp, self+"/") {
				continue // its own sub-package
			}
			t.Errorf("%s imports %s: adapters must not import each other; pass what it needs in from riskassess/load or cmd", self, imp)
		}
	}
}

// TestSharedHelpersImportNoAdapter checks that every shared helper (every
// package of shared but riskassess itself) imports only riskassess and the
// standard library: an adapter may import a shared helper, so a helper that
// imported an adapter would let adapters import each other, and one that
// imported a third-party module would bring it into every adapter.
func TestSharedHelpersImportNoAdapter(t *testing.T) {
	root := repoRoot(t)
	for _, h := range shared {
		if h == module+"/riskassess" {
			continue
		}
		rel := strings.TrimPrefix(h, module+"/")
		for _, imp := range imports(t, filepath.Join(root, filepath.FromSlash(rel))) {
			if !isStd(imp) && imp != module+"/riskassess" {
				t.Errorf("%s imports %s; a shared helper may import only riskassess and the standard library", rel, imp)
			}
		}
	}
}

func TestViewsImportOnlyTheDomain(t *testing.T) {
	root := repoRoot(t)
	for _, v := range views {
		rel := strings.TrimPrefix(v, module+"/")
		for _, imp := range imports(t, filepath.Join(root, filepath.FromSlash(rel))) {
			if !isStd(imp) && imp != module+"/riskassess" {
				t.Errorf("%s imports %s; a view may import only riskassess and the standard library, so that every adapter can use it", rel, imp)
			}
		}
	}
}
