package main

import (
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/gikai-sec/riskregister/schemas"
)

func TestSchemaWritesEmbeddedFiles(t *testing.T) {
	dir := filepath.Join(t.TempDir(), "out", "schemas")
	code, out, errOut := execCLI(t, "schema", "-o", dir)
	if code != 0 || errOut != "" {
		t.Fatalf("exit %d, stderr %q", code, errOut)
	}
	names, _ := fs.Glob(schemas.FS, "*.json")
	if len(names) < 4 {
		t.Fatalf("only %d embedded schemas", len(names))
	}
	var want []string
	for _, n := range names {
		want = append(want, filepath.Join(dir, n))
		emb, _ := fs.ReadFile(schemas.FS, n)
		got, err := os.ReadFile(filepath.Join(dir, n))
		if err != nil {
			t.Fatal(err)
		}
		if string(got) != string(emb) {
			t.Errorf("%s differs from the embedded schema", n)
		}
	}
	if got := strings.Fields(out); strings.Join(got, " ") != strings.Join(want, " ") {
		t.Errorf("stdout lists %v, want %v", got, want)
	}
	// Running again replaces the files and leaves no temporary files.
	if code, _, _ := execCLI(t, "schema", "-o", dir); code != 0 {
		t.Fatalf("second run: exit %d", code)
	}
	entries, _ := os.ReadDir(dir)
	if len(entries) != len(names) {
		t.Errorf("%d files in %s after two runs, want %d", len(entries), dir, len(names))
	}
}

func TestSchemaOutputIsAFile(t *testing.T) {
	f := filepath.Join(t.TempDir(), "file")
	if err := os.WriteFile(f, nil, 0o644); err != nil {
		t.Fatal(err)
	}
	for lang, want := range map[string]string{"ja": f + ": フォルダを作れません", "en": f + ": cannot create the folder"} {
		code, _, errOut := execCLI(t, "schema", "-o", f, "--lang", lang)
		if code != 1 || !strings.Contains(errOut, want) {
			t.Errorf("--lang %s: exit %d, stderr %q; want 1 and %q", lang, code, errOut, want)
		}
	}
}
