package main

import (
	"math"
	"os"
	"path/filepath"
	"runtime/debug"
	"strings"
	"testing"

	"github.com/gikai-sec/riskregister/internal/entrycache"
)

// TestWarmRunMapsCache: validate, assess and check map the entry cache
// file into memory (entrycache.OpenMapped), as /proc/self/maps shows
// after each run; build, serve's loads and a run with --no-cache read it
// or leave it, and map nothing.
func TestWarmRunMapsCache(t *testing.T) {
	needExample(t)
	dir := copyExample(t)
	defer debug.SetGCPercent(debug.SetGCPercent(100))
	defer debug.SetMemoryLimit(debug.SetMemoryLimit(math.MaxInt64))
	cacheFile := filepath.Join(dir, entrycache.Folder, "entries-v2.bin")
	site := filepath.Join(t.TempDir(), "site")
	mapped := func() int {
		b, err := os.ReadFile("/proc/self/maps")
		if err != nil {
			t.Skipf("no /proc/self/maps: %v", err)
		}
		return strings.Count(string(b), " "+cacheFile)
	}
	for _, c := range []struct {
		args []string
		maps bool
	}{
		{[]string{"validate", "--register", dir}, false}, // no cache file yet
		{[]string{"validate", "--register", dir}, true},
		{[]string{"assess", "--register", dir, "--as-of", "2026-11-27"}, true},
		{[]string{"check", "--register", dir, "--as-of", "2026-11-27", "--fail-on", "critical"}, true},
		{[]string{"assess", "--register", dir, "--as-of", "2026-11-27", "--no-cache"}, false},
		{[]string{"build", "--register", dir, "--as-of", "2026-11-27", "-o", site}, false},
	} {
		before := mapped()
		execCLI(t, c.args...)
		if got := mapped() - before; (got > 0) != c.maps {
			t.Errorf("%q: %d new mappings of the cache file, want a mapping: %v", c.args, got, c.maps)
		}
	}
}
