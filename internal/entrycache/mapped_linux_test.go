package entrycache

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestOpenMappedMaps checks that on Linux OpenMapped maps the cache file
// (it is in /proc/self/maps) rather than reading it, and Open does not.
func TestOpenMappedMaps(t *testing.T) {
	dir := filepath.Join(t.TempDir(), Folder)
	tool := [32]byte{9}
	p := Open(dir, tool)
	p.Put([32]byte{1}, []byte("value"))
	if err := p.Save(); err != nil {
		t.Fatal(err)
	}
	file := filepath.Join(dir, fileName)
	mapped := func() bool {
		b, err := os.ReadFile("/proc/self/maps")
		if err != nil {
			t.Skip("no /proc/self/maps:", err)
		}
		return strings.Contains(string(b), file)
	}
	if q := Open(dir, tool); q.Len() != 1 || mapped() {
		t.Fatalf("Open: Len %d, mapped %v; want 1 value, read", q.Len(), mapped())
	}
	if q := OpenMapped(dir, tool); q.Len() != 1 || !mapped() {
		t.Errorf("OpenMapped: Len %d, mapped %v; want 1 value, mapped", q.Len(), mapped())
	}
}
