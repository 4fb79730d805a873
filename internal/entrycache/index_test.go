package entrycache

import (
	"os"
	"path/filepath"
	"testing"

	"github.com/gikai-sec/riskregister/riskassess/store"
)

// TestIndexKeepsOnlySettledStamps: a stamp whose inode-change time is not
// earlier than the clock read at Open is not kept (the file may change
// again within the same tick without changing its stamp); an earlier one
// is kept, found only with the same stamp and the same tool, and a
// corrupt index is ignored.
func TestIndexKeepsOnlySettledStamps(t *testing.T) {
	dir := filepath.Join(t.TempDir(), Folder)
	tool := [32]byte{1}
	p := Open(dir, tool)
	if p.clock == 0 {
		t.Skip("no file stamps on this platform")
	}
	old := store.FileStamp{Ino: 7, Size: 10, MTime: p.clock - 5, CTime: p.clock - 1}
	recent := store.FileStamp{Ino: 8, Size: 10, MTime: p.clock, CTime: p.clock}
	d1, d2 := [32]byte{'a'}, [32]byte{'b'}
	p.Record("contractors/a.yaml", old, d1)
	p.Record("contractors/b.yaml", recent, d2)
	if err := p.Save(); err != nil {
		t.Fatal(err)
	}
	q := Open(dir, tool)
	if d, ok := q.Digest("contractors/a.yaml", old); !ok || d != d1 {
		t.Errorf("settled stamp: got %x %v, want %x", d, ok, d1)
	}
	if _, ok := q.Digest("contractors/b.yaml", recent); ok {
		t.Error("a stamp as recent as the clock was kept")
	}
	changed := old
	changed.CTime++
	if _, ok := q.Digest("contractors/a.yaml", changed); ok {
		t.Error("found under another inode-change time")
	}
	if _, ok := Open(dir, [32]byte{2}).Digest("contractors/a.yaml", old); ok {
		t.Error("found by another tool")
	}
	b, err := os.ReadFile(filepath.Join(dir, indexName))
	if err != nil {
		t.Fatal(err)
	}
	b[len(b)/2] ^= 1
	if err := os.WriteFile(filepath.Join(dir, indexName), b, 0o644); err != nil {
		t.Fatal(err)
	}
	if _, ok := Open(dir, tool).Digest("contractors/a.yaml", old); ok {
		t.Error("found in a corrupt index")
	}
}

// TestOpenMissingRegister: Open does not create the folders above the
// cache folder (a mistyped --register must not appear on disk).
func TestOpenMissingRegister(t *testing.T) {
	reg := filepath.Join(t.TempDir(), "no-such-register")
	p := Open(filepath.Join(reg, Folder), [32]byte{1})
	if p.clock != 0 {
		t.Error("a clock without a cache folder")
	}
	if _, err := os.Stat(reg); !os.IsNotExist(err) {
		t.Errorf("Open created the register folder: %v", err)
	}
}

// TestToolWith: the identity remembered in the cache folder is Tool's; a
// damaged record, or one of another stamp, is not used.
func TestToolWith(t *testing.T) {
	want, err := Tool()
	if err != nil {
		t.Fatal(err)
	}
	dir := filepath.Join(t.TempDir(), Folder)
	for i := range 2 {
		got, err := ToolWith(dir)
		if err != nil || got != want {
			t.Fatalf("run %d: ToolWith %x, %v; want %x", i, got, err, want)
		}
	}
	rec := filepath.Join(dir, toolName)
	b, err := os.ReadFile(rec)
	if err != nil {
		t.Skipf("no record kept (the test binary is newer than the clock?): %v", err)
	}
	exe, _ := os.Executable()
	fi, _ := os.Stat(exe)
	st, _ := store.StampOf(fi)
	if id, ok := parseTool(b, exe, st); !ok || id != want {
		t.Fatalf("record: %x %v, want %x", id, ok, want)
	}
	other := st
	other.CTime++
	if _, ok := parseTool(b, exe, other); ok {
		t.Error("record used for another stamp")
	}
	// A forged identity under a damaged checksum is not used.
	forged := toolRecord(exe, st, [32]byte{9})
	forged[len(forged)-1] ^= 1
	if err := os.WriteFile(rec, forged, 0o644); err != nil {
		t.Fatal(err)
	}
	if got, _ := ToolWith(dir); got != want {
		t.Fatalf("damaged record: ToolWith %x, want %x", got, want)
	}
}

// TestLen: an empty folder's cache has no values; after Save, the cache
// opened again has the values put.
func TestLen(t *testing.T) {
	dir := filepath.Join(t.TempDir(), "c")
	var tool [32]byte
	p := Open(dir, tool)
	if n := p.Len(); n != 0 {
		t.Fatalf("Len of a new cache %d, want 0", n)
	}
	p.Put([32]byte{1}, []byte("a"))
	p.Put([32]byte{2}, []byte("b"))
	if err := p.Save(); err != nil {
		t.Fatal(err)
	}
	p.Close()
	q := Open(dir, tool)
	defer q.Close()
	if n := q.Len(); n != 2 {
		t.Errorf("Len after Save %d, want 2", n)
	}
}

// TestFileSize: FileSize is 0 without a cache file, the file's bytes with
// one (what Size says after Open), 0 when the name is a folder, and 0 when
// the file is larger than Open reads (maxFile), as Size is then.
func TestFileSize(t *testing.T) {
	dir := filepath.Join(t.TempDir(), "c")
	if n := FileSize(dir); n != 0 {
		t.Errorf("FileSize without a cache %d, want 0", n)
	}
	var tool [32]byte
	p := Open(dir, tool)
	p.Put([32]byte{1}, []byte("a"))
	if err := p.Save(); err != nil {
		t.Fatal(err)
	}
	p.Close()
	q := Open(dir, tool)
	defer q.Close()
	if got, want := FileSize(dir), q.Size(); got != want || got == 0 {
		t.Errorf("FileSize %d, Size after Open %d: want the same, not 0", got, want)
	}
	other := filepath.Join(t.TempDir(), "d")
	if err := os.MkdirAll(filepath.Join(other, fileName), 0o755); err != nil {
		t.Fatal(err)
	}
	if n := FileSize(other); n != 0 {
		t.Errorf("FileSize with a folder named %s %d, want 0", fileName, n)
	}
	big := filepath.Join(t.TempDir(), "e")
	if err := os.MkdirAll(big, 0o755); err != nil {
		t.Fatal(err)
	}
	for _, size := range []int64{maxFile, maxFile + 1, 1 << 40} {
		// A sparse file: no disk is used.
		if err := os.WriteFile(filepath.Join(big, fileName), nil, 0o644); err != nil {
			t.Fatal(err)
		}
		if err := os.Truncate(filepath.Join(big, fileName), size); err != nil {
			t.Skip("no sparse file here:", err)
		}
		want := size
		if size > maxFile {
			want = 0
		}
		if got := FileSize(big); got != want {
			t.Errorf("FileSize of a file of %d bytes %d, want %d", size, got, want)
		}
	}
}
