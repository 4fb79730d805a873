package entrycache

import (
	"bytes"
	"fmt"
	"os"
	"path/filepath"
	"runtime"
	"testing"
)

// writeCache saves a cache of n values in folder dir for tool and returns
// them by key.
func writeCache(t *testing.T, dir string, tool [32]byte, n int) map[[32]byte][]byte {
	t.Helper()
	p := Open(dir, tool)
	defer p.Close()
	vs := map[[32]byte][]byte{}
	for i := range n {
		k := [32]byte{byte(i), byte(i >> 8)}
		vs[k] = fmt.Appendf(nil, "value %d: %s", i, bytes.Repeat([]byte{'x'}, i%50))
		p.Put(k, vs[k])
	}
	if err := p.Save(); err != nil {
		t.Fatal(err)
	}
	return vs
}

// TestOpenMapped: OpenMapped gives the values and size Open gives, for a
// valid cache file; and, as Open, an empty cache for a file that is not a
// valid cache of the tool (a byte changed, cut short, empty, another
// tool's, a folder in its place).
func TestOpenMapped(t *testing.T) {
	tool := [32]byte{7}
	tests := []struct {
		name  string
		spoil func(t *testing.T, path string)
		tool  [32]byte
		valid bool
	}{
		{name: "valid", tool: tool, valid: true},
		{name: "a byte changed", tool: tool, spoil: func(t *testing.T, path string) {
			b, err := os.ReadFile(path)
			if err != nil {
				t.Fatal(err)
			}
			b[len(b)/2] ^= 1
			if err := os.WriteFile(path, b, 0o644); err != nil {
				t.Fatal(err)
			}
		}},
		{name: "cut short", tool: tool, spoil: func(t *testing.T, path string) {
			fi, err := os.Stat(path)
			if err != nil {
				t.Fatal(err)
			}
			if err := os.Truncate(path, fi.Size()/2); err != nil {
				t.Fatal(err)
			}
		}},
		{name: "empty", tool: tool, spoil: func(t *testing.T, path string) {
			if err := os.Truncate(path, 0); err != nil {
				t.Fatal(err)
			}
		}},
		{name: "another tool's", tool: [32]byte{8}},
		{name: "a folder", tool: tool, spoil: func(t *testing.T, path string) {
			if err := os.Remove(path); err != nil {
				t.Fatal(err)
			}
			if err := os.Mkdir(path, 0o755); err != nil {
				t.Fatal(err)
			}
		}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			dir := filepath.Join(t.TempDir(), Folder)
			vs := writeCache(t, dir, tool, 300)
			if tt.spoil != nil {
				tt.spoil(t, filepath.Join(dir, fileName))
			}
			read, mapped := Open(dir, tt.tool), OpenMapped(dir, tt.tool)
			defer read.Close()
			defer mapped.Close()
			if read.Len() != mapped.Len() || read.Size() != mapped.Size() {
				t.Errorf("OpenMapped: %d values, %d bytes; Open: %d values, %d bytes", mapped.Len(), mapped.Size(), read.Len(), read.Size())
			}
			if got, want := mapped.Len() > 0, tt.valid; got != want {
				t.Fatalf("OpenMapped holds %d values; want values: %v", mapped.Len(), want)
			}
			for k, want := range vs {
				got, ok := mapped.Get(k)
				if ok != tt.valid || (ok && !bytes.Equal(got, want)) {
					t.Errorf("Get(%x) = %q, %v; want %q, %v", k[:2], got, ok, want, tt.valid)
				}
			}
		})
	}
}

// TestOpenMappedSave: a Pack of OpenMapped keeps its values when the
// cache file is saved again (by itself or by another Pack: a new file
// renamed over the mapped one), and the file saved holds what was put.
func TestOpenMappedSave(t *testing.T) {
	dir := filepath.Join(t.TempDir(), Folder)
	tool := [32]byte{9}
	vs := writeCache(t, dir, tool, 200)
	p := OpenMapped(dir, tool)
	defer p.Close()
	got := map[[32]byte][]byte{}
	for k := range vs {
		b, ok := p.Get(k)
		if !ok {
			t.Fatalf("Get(%x): not found", k[:2])
		}
		got[k] = b
	}
	// Another process saves a cache with other values.
	writeCache(t, dir, tool, 3)
	runtime.GC()
	for k, want := range vs {
		if !bytes.Equal(got[k], want) {
			t.Fatalf("value %x after the file was replaced: %q, want %q", k[:2], got[k], want)
		}
	}
	edited := [32]byte{'e', 'd', 'i', 't'} // not a key of writeCache
	p.Put(edited, []byte("edited"))
	if err := p.Save(); err != nil {
		t.Fatal(err)
	}
	q := Open(dir, tool)
	defer q.Close()
	for k, want := range vs {
		if b, ok := q.Get(k); !ok || !bytes.Equal(b, want) {
			t.Errorf("after Save of the mapped cache, Get(%x) = %q, %v; want %q", k[:2], b, ok, want)
		}
	}
	if b, ok := q.Get(edited); !ok || string(b) != "edited" {
		t.Errorf("after Save, the value put = %q, %v", b, ok)
	}
}

// TestParseMappedCutShort: a cache file cut short after it was mapped
// (its pages beyond the new end fault when read) is corrupt, and the
// process goes on.
func TestParseMappedCutShort(t *testing.T) {
	if runtime.GOOS == "windows" {
		t.Skip("not mapped on Windows")
	}
	dir := filepath.Join(t.TempDir(), Folder)
	tool := [32]byte{3}
	writeCache(t, dir, tool, 2000)
	path := filepath.Join(dir, fileName)
	b, err := mapLimited(path)
	if err != nil {
		t.Fatal(err)
	}
	if len(b) < 3*os.Getpagesize() {
		t.Fatalf("cache file of %d bytes, want several pages", len(b))
	}
	if err := os.Truncate(path, 0); err != nil {
		t.Fatal(err)
	}
	if vals, err := parseMapped(b, tool); err != errCorrupt || vals != nil {
		t.Errorf("parseMapped of a file cut short = %d values, %v; want errCorrupt", len(vals), err)
	}
}
