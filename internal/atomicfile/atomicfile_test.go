package atomicfile

import (
	"errors"
	"io"
	"os"
	"path/filepath"
	"testing"
)

// entries lists the names in dir.
func entries(t *testing.T, dir string) []string {
	t.Helper()
	es, err := os.ReadDir(dir)
	if err != nil {
		t.Fatal(err)
	}
	var names []string
	for _, e := range es {
		names = append(names, e.Name())
	}
	return names
}

func TestWrite(t *testing.T) {
	dir := t.TempDir()
	p := filepath.Join(dir, "a.txt")
	if err := Write(p, 0o640, func(w io.Writer) error { _, err := io.WriteString(w, "新しい"); return err }); err != nil {
		t.Fatal(err)
	}
	b, _ := os.ReadFile(p)
	fi, _ := os.Stat(p)
	if string(b) != "新しい" || fi.Mode().Perm() != 0o640 {
		t.Errorf("got %q mode %v, want 新しい 0640", b, fi.Mode().Perm())
	}
	if got := entries(t, dir); len(got) != 1 {
		t.Errorf("folder holds %q, want the file only", got)
	}
}

// TestWriteFailureKeepsOriginal: a failing write or a failing rename leaves
// the old file as it was and no temporary file behind.
func TestWriteFailureKeepsOriginal(t *testing.T) {
	boom := errors.New("disk full")
	for name, setup := range map[string]func() func(io.Writer) error{
		"write": func() func(io.Writer) error {
			return func(w io.Writer) error { io.WriteString(w, "half"); return boom }
		},
		"rename": func() func(io.Writer) error {
			Rename = func(string, string) error { return boom }
			t.Cleanup(func() { Rename = os.Rename })
			return func(w io.Writer) error { _, err := io.WriteString(w, "new"); return err }
		},
	} {
		t.Run(name, func(t *testing.T) {
			dir := t.TempDir()
			p := filepath.Join(dir, "a.txt")
			if err := os.WriteFile(p, []byte("old"), 0o644); err != nil {
				t.Fatal(err)
			}
			if err := Write(p, 0o644, setup()); !errors.Is(err, boom) {
				t.Fatalf("Write = %v, want %v", err, boom)
			}
			Rename = os.Rename
			if b, _ := os.ReadFile(p); string(b) != "old" {
				t.Errorf("file = %q, want old", b)
			}
			if got := entries(t, dir); len(got) != 1 {
				t.Errorf("folder holds %q, want the file only", got)
			}
		})
	}
	if err := Write(filepath.Join(t.TempDir(), "missing", "x"), 0o644, func(io.Writer) error { return nil }); err == nil {
		t.Error("Write into a missing folder: no error")
	}
}
