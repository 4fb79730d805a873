package entrycache

import (
	"bytes"
	"fmt"
	"os"
	"path/filepath"
	"runtime"
	"strings"
	"testing"
)

// spillValues are the values the spill tests put: of several sizes,
// one empty, one larger than Save's write buffer.
func spillValues() map[[32]byte][]byte {
	vs := map[[32]byte][]byte{}
	for i := range 40 {
		vs[[32]byte{byte(i), 'k'}] = bytes.Repeat([]byte(fmt.Sprintf("value %d;", i)), i*i)
	}
	vs[[32]byte{'e'}] = []byte{}
	// Larger than Save's write buffer; together more than spillChunk, so
	// that the spill file is written to and read from.
	vs[[32]byte{'b'}] = bytes.Repeat([]byte("big"), spillChunk/4)
	vs[[32]byte{'B'}] = bytes.Repeat([]byte("BIG"), spillChunk/2)
	return vs
}

// TestSpill: the values given to Put are held in the spill file, not in
// memory; Get reads a spilled value back after a Save; a second Save
// keeps what the first wrote and what was added since; the cache file is
// byte for byte the one written with every value in memory; and no spill
// file is left in the folder.
func TestSpill(t *testing.T) {
	tool := [32]byte{3}
	vs := spillValues()
	write := func(spill bool) []byte {
		dir := filepath.Join(t.TempDir(), Folder)
		p := Open(dir, tool)
		p.noSpill = !spill
		second := [32]byte{'s', 'e', 'c'}
		for k, v := range vs {
			if k != second {
				p.Put(k, bytes.Clone(v))
			}
		}
		for k, v := range p.used {
			if spill && len(vs[k]) > 0 && v.b != nil {
				t.Fatalf("value %x kept in memory with a spill file", k[:2])
			}
		}
		if spill && p.flushed == 0 {
			t.Fatal("nothing written to the spill file")
		}
		if err := p.Save(); err != nil {
			t.Fatal(err)
		}
		for k, want := range vs {
			if got, ok := p.Get(k); !ok || !bytes.Equal(got, want) {
				t.Fatalf("spill %v: Get(%x) after Save = %d bytes, %v; want %d bytes", spill, k[:2], len(got), ok, len(want))
			}
		}
		p.Put(second, []byte("added after the first save"))
		if err := p.Save(); err != nil {
			t.Fatal(err)
		}
		if runtime.GOOS != "windows" {
			names, _ := filepath.Glob(filepath.Join(dir, spillPrefix+"*"))
			if len(names) > 0 {
				t.Errorf("spill files in the folder after Save: %v", names)
			}
		}
		q := Open(dir, tool)
		vs[second] = []byte("added after the first save")
		for k, want := range vs {
			if got, ok := q.Get(k); !ok || !bytes.Equal(got, want) {
				t.Fatalf("spill %v: Get(%x) from the file = %d bytes, %v; want %d bytes", spill, k[:2], len(got), ok, len(want))
			}
		}
		delete(vs, second)
		b, err := os.ReadFile(filepath.Join(dir, fileName))
		if err != nil {
			t.Fatal(err)
		}
		return b
	}
	if a, b := write(true), write(false); !bytes.Equal(a, b) {
		t.Error("the cache file written through the spill file differs from the one written from memory")
	}
}

// TestSpillLeftOver: a spill file left in the folder (by a process that
// stopped where an open file cannot be removed) is removed by Open.
func TestSpillLeftOver(t *testing.T) {
	// Folder names that are patterns for filepath.Glob.
	for _, reg := range []string{"reg", "reg [2026]", "reg[", "reg*"} {
		dir := filepath.Join(t.TempDir(), reg, Folder)
		if err := os.MkdirAll(dir, 0o755); err != nil {
			t.Fatal(err)
		}
		left := filepath.Join(dir, spillPrefix+"123")
		if err := os.WriteFile(left, []byte(strings.Repeat("x", 100)), 0o644); err != nil {
			t.Fatal(err)
		}
		Open(dir, [32]byte{3})
		if _, err := os.Stat(left); !os.IsNotExist(err) {
			t.Errorf("%s: left-over spill file still there (%v)", reg, err)
		}
	}
}

// TestSpillClose: Close lets go of the spill file; a value spilled before
// is then reported missing, and Save fails leaving the cache file; a Put
// after Close keeps its value in memory; Close twice is no error.
func TestSpillClose(t *testing.T) {
	p, dir, before := savedSpill(t)
	f := p.spill
	if err := p.Close(); err != nil {
		t.Fatal(err)
	}
	if _, err := f.Stat(); err == nil {
		t.Error("the spill file is still open after Close")
	}
	if names, _ := filepath.Glob(filepath.Join(dir, spillPrefix+"*")); len(names) > 0 {
		t.Errorf("spill files in the folder after Close: %v", names)
	}
	for _, k := range [][32]byte{{1}, {2}} {
		if _, ok := p.Get(k); ok {
			t.Errorf("Get(%x) after Close: found", k[:1])
		}
	}
	p.Put([32]byte{3}, []byte("after close"))
	if v := p.used[[32]byte{3}]; string(v.b) != "after close" {
		t.Errorf("a value put after Close is not kept in memory: %+v", v)
	}
	if err := p.Save(); err == nil {
		t.Error("Save after Close with spilled values: no error")
	}
	if after, _ := os.ReadFile(filepath.Join(dir, fileName)); !bytes.Equal(before, after) {
		t.Error("a failed Save changed the cache file")
	}
	if err := p.Close(); err != nil {
		t.Errorf("second Close: %v", err)
	}
}

// TestSpillPutTwice: the value put last under a key is the one saved,
// whether the first is already in the spill file or still pending.
func TestSpillPutTwice(t *testing.T) {
	dir := filepath.Join(t.TempDir(), Folder)
	tool := [32]byte{3}
	p := Open(dir, tool)
	k := [32]byte{7}
	p.Put(k, []byte("first"))
	p.Put([32]byte{8}, bytes.Repeat([]byte("8"), spillChunk)) // writes "first" to the file
	p.Put(k, []byte("second"))
	p.Put(k, []byte("third, still pending"))
	if err := p.Save(); err != nil {
		t.Fatal(err)
	}
	if v, ok := Open(dir, tool).Get(k); !ok || string(v) != "third, still pending" {
		t.Errorf("Get = %q, %v; want the value put last", v, ok)
	}
}

// TestSpillUnreadable: when a spilled value cannot be read back, Save
// fails and leaves the cache file as it was, and Get reports the value
// missing (the caller parses the file again).
func TestSpillUnreadable(t *testing.T) {
	p, dir, before := savedSpill(t)
	p.Put([32]byte{3}, []byte("third"))
	p.spill.Close()
	if err := p.Save(); err == nil {
		t.Error("Save with an unreadable spill file: no error")
	}
	after, err := os.ReadFile(filepath.Join(dir, fileName))
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(before, after) {
		t.Error("a failed Save changed the cache file")
	}
	if _, ok := p.Get([32]byte{1}); ok {
		t.Error("Get of an unreadable spilled value: found")
	}
	if v, ok := p.Get([32]byte{2}); !ok || string(v) != "pending" {
		t.Errorf("Get of a value not yet written to the spill file = %q, %v", v, ok)
	}
	if names, _ := filepath.Glob(filepath.Join(dir, "."+fileName+".tmp-*")); len(names) > 0 {
		t.Errorf("temporary files left: %v", names)
	}
}

// TestSpillWriteFails: when the spill file cannot be written (a full
// disk), the values not written and those put next stay in memory, and
// Save writes them all.
func TestSpillWriteFails(t *testing.T) {
	dir := filepath.Join(t.TempDir(), Folder)
	tool := [32]byte{3}
	p := Open(dir, tool)
	vs := spillValues()
	first := true
	for k, v := range vs {
		p.Put(k, bytes.Clone(v))
		if first {
			p.spill.Close() // the next write fails
			first = false
		}
	}
	if !p.noSpill {
		t.Fatal("the failed write was not noticed")
	}
	if err := p.Save(); err != nil {
		t.Fatal(err)
	}
	q := Open(dir, tool)
	for k, want := range vs {
		if got, ok := q.Get(k); !ok || !bytes.Equal(got, want) {
			t.Fatalf("Get(%x) = %d bytes, %v; want %d bytes", k[:2], len(got), ok, len(want))
		}
	}
}

// savedSpill returns a Pack of a new cache folder dir that saved two
// values, the first (of spillChunk bytes) written to the spill file by
// the put of the second ("pending", still in memory), and the cache file
// then written.
func savedSpill(t *testing.T) (p *Pack, dir string, file []byte) {
	t.Helper()
	dir = filepath.Join(t.TempDir(), Folder)
	p = Open(dir, [32]byte{3})
	p.Put([32]byte{1}, bytes.Repeat([]byte("1"), spillChunk))
	p.Put([32]byte{2}, []byte("pending"))
	if err := p.Save(); err != nil {
		t.Fatal(err)
	}
	file, err := os.ReadFile(filepath.Join(dir, fileName))
	if err != nil {
		t.Fatal(err)
	}
	return p, dir, file
}
