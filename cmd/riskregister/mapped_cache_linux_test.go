package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/gikai-sec/riskregister/internal/entrycache"
)

// TestWarmRunMapsCache checks which commands map the entry cache file
// (entrycache.OpenMapped) on Linux: validate, assess and check, which read
// it once and keep it until they end, do; build, which lets the cache go
// before it renders, does not.
func TestWarmRunMapsCache(t *testing.T) {
	dir := copyExample(t)
	file, err := filepath.Abs(filepath.Join(dir, entrycache.Folder, "entries-v2.bin"))
	if err != nil {
		t.Fatal(err)
	}
	maps := func() int {
		b, err := os.ReadFile("/proc/self/maps")
		if err != nil {
			t.Skip("no /proc/self/maps:", err)
		}
		return strings.Count(string(b), file)
	}
	if code, _, stderr := execCLI(t, "validate", "--register", dir, "--as-of", "2026-11-27"); code != 0 {
		t.Fatalf("validate (filling the cache): exit %d\n%s", code, stderr)
	}
	// The first run wrote the file; from here each warm run of these
	// commands maps the file once more (the test's process never ends).
	for _, args := range [][]string{
		{"validate", "--register", dir, "--as-of", "2026-11-27"},
		{"assess", "--register", dir, "--as-of", "2026-11-27"},
		{"check", "--register", dir, "--as-of", "2026-11-27"},
		{"build", "--register", dir, "--as-of", "2026-11-27", "-o", filepath.Join(t.TempDir(), "site")},
	} {
		n := maps()
		code, _, stderr := execCLI(t, args...)
		if code > 1 {
			t.Fatalf("%s: exit %d\n%s", args[0], code, stderr)
		}
		got := maps() > n
		if want := args[0] != "build"; got != want {
			t.Errorf("%s mapped the cache file: %v, want %v", args[0], got, want)
		}
	}
}
