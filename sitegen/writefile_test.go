package sitegen

import (
	"errors"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestWriteFile: writeFile creates a file with mode 0644 (less the umask),
// replaces a longer one whole, and names the path and the step that
// failed, as os.WriteFile does.
func TestWriteFile(t *testing.T) {
	dir := t.TempDir()
	name := filepath.Join(dir, "page.html")
	if err := writeFile(name, []byte(strings.Repeat("old ", 1000))); err != nil {
		t.Fatal(err)
	}
	big := []byte(strings.Repeat("x", 3<<20))
	for _, want := range [][]byte{[]byte("new"), big, {}} {
		if err := writeFile(name, want); err != nil {
			t.Fatal(err)
		}
		got, err := os.ReadFile(name)
		if err != nil {
			t.Fatal(err)
		}
		if string(got) != string(want) {
			t.Fatalf("file holds %d bytes, want %d", len(got), len(want))
		}
	}
	if fi, err := os.Stat(name); err != nil || fi.Mode().Perm()&^0o644 != 0 {
		t.Errorf("mode %v, %v; want at most 0644", fi.Mode(), err)
	}
	missing := filepath.Join(dir, "no", "page.html")
	err := writeFile(missing, []byte("x"))
	var pe *fs.PathError
	if !errors.As(err, &pe) || pe.Op != "open" || pe.Path != missing || !errors.Is(err, fs.ErrNotExist) {
		t.Errorf("writeFile into a missing folder: %#v, want an open *fs.PathError naming %s", err, missing)
	}
}
